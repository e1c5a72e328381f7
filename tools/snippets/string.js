// @case ngrams_pad_dynamic
return tf.string.stringNGrams(['a', 'b', 'c', 'd'], tf.tensor1d([0, 4], 'int32'), '|', [1, 2], 'LP', 'RP', -1, false);
// @case ngrams_two_rows_pad_one
return tf.string.stringNGrams(['a', 'b', 'c', 'd', 'e'], tf.tensor1d([0, 2, 5], 'int32'), ' ', [3], '<', '>', 1, false);
// @case ngrams_preserve_short
return tf.string.stringNGrams(['a', 'b', 'c', 'd', 'e'], tf.tensor1d([0, 2, 5], 'int32'), ' ', [4], '', '', 0, true);
// @case ngrams_preserve_short_padded
return tf.string.stringNGrams(['a', 'b', 'c'], tf.tensor1d([0, 1, 3], 'int32'), ' ', [5], '<', '>', 1, true);
// @case ngrams_too_short_dropped
return tf.string.stringNGrams(['a', 'b', 'c', 'd', 'e'], tf.tensor1d([0, 2, 5], 'int32'), ' ', [4], '', '', 0, false);
// @case ngrams_pad_wider_than_width
return tf.string.stringNGrams(['a', 'b'], tf.tensor1d([0, 2], 'int32'), ' ', [3], 'x', 'y', 5, false);
// @case ngrams_empty_row_dynamic_pad
return tf.string.stringNGrams(['a', 'b', 'c'], tf.tensor1d([0, 0, 3], 'int32'), '-', [2], '<', '>', -1, true);
// @case ngrams_widths_order
return tf.string.stringNGrams(['a', 'b', 'c'], tf.tensor1d([0, 3], 'int32'), '', [2, 1], '<', '>', 1, true);
// @case ngrams_splits_2d
return tf.string.stringNGrams(['a'], tf.tensor2d([0, 1], [1, 2], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_data_rank_error
tf.string.stringNGrams([['a']], tf.tensor1d([0, 1], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_splits_dtype_error
tf.string.stringNGrams(['a'], [0, 1], ' ', [1], '', '', 0, false);
// @case ngrams_split_range_error
tf.string.stringNGrams(['a', 'b'], tf.tensor1d([0, 1, 3], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_first_split_error
tf.string.stringNGrams(['a', 'b'], tf.tensor1d([1, 2], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_decreasing_split_error
tf.string.stringNGrams(['a', 'b'], tf.tensor1d([0, 2, 1], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_last_split_error
tf.string.stringNGrams(['a', 'b', 'c'], tf.tensor1d([0, 2], 'int32'), ' ', [1], '', '', 0, false);
// @case ngrams_numeric_data_error
tf.string.stringNGrams([1, 2], tf.tensor1d([0, 2], 'int32'), ' ', [1], '', '', 0, false);
// @case split_skip_empty
return tf.string.stringSplit(['hello world', 'a  b', ''], ' ');
// @case split_keep_empty
return tf.string.stringSplit(['hello world', 'a  b', ''], ' ', false);
// @case split_char_set
return tf.string.stringSplit(['a,b;c', 'x'], ',;');
// @case split_empty_delimiter
return tf.string.stringSplit(['abc', 'x y'], '');
// @case split_only_delimiters
return tf.string.stringSplit(['  '], ' ');
// @case split_only_delimiters_keep
return tf.string.stringSplit(['  '], ' ', false);
// @case split_tensor_args
return tf.string.stringSplit(tf.tensor1d(['a b']), tf.scalar(' '));
// @case split_unicode
return tf.string.stringSplit(['héllo wörld'], ' ');
// @case split_rank_error
tf.string.stringSplit([['a']], ' ');
// @case split_delimiter_error
tf.string.stringSplit(['a'], [' ']);
// @case split_numeric_error
tf.string.stringSplit([1], ' ');
// @case hash_small
return tf.string.stringToHashBucketFast(['Hello', 'TensorFlow', '2.x', ''], 3);
// @case hash_large
return tf.string.stringToHashBucketFast(['Hello', 'TensorFlow', '2.x', ''], 1000000);
// @case hash_long_strings
return tf.string.stringToHashBucketFast(['a fairly long string that is more than sixty four bytes long, to reach the loop', 'seventeen chars!!', 'thirty-three characters long, yes', 'héllo wörld ünïcode'], 2147483647);
// @case hash_2d
return tf.string.stringToHashBucketFast([['a', 'b'], ['c', 'd']], 10);
// @case hash_scalar
return tf.string.stringToHashBucketFast(tf.scalar('abc'), 7);
// @case hash_buckets_error
tf.string.stringToHashBucketFast(['a'], 0);
// @case hash_numeric_error
tf.string.stringToHashBucketFast([1], 10);
// @case regex_global
return tf.string.staticRegexReplace(['a1b22c', 'xyz'], '\\d+', '#');
// @case regex_first_only
return tf.string.staticRegexReplace(['a1b22c', 'xyz'], '\\d', '#', false);
// @case regex_group_reference
return tf.string.staticRegexReplace(['abc', 'bob'], '(b)', '[$1]');
// @case regex_backslash_not_reference
return tf.string.staticRegexReplace(['abc'], '(b)', '[\\1]');
// @case regex_whole_match_2d
return tf.string.staticRegexReplace(tf.tensor2d(['aXb', 'XX'], [1, 2]), 'X', '$&$&');
// @case regex_dollar
return tf.string.staticRegexReplace(['aXb'], 'X', '$$');
// @case regex_named_group
return tf.string.staticRegexReplace(['2024-05'], '(?<y>\\d+)-(?<m>\\d+)', '$<m>/$<y>');
// @case regex_numeric_error
tf.string.staticRegexReplace([1], 'a', 'b');
