// Reductions, norms, cumulative, segment and counting ops (tfjs_compat/ops/reduction.py,
// tfjs_compat/ops/segment.py).
// @case sum_all_float
return tf.sum(tf.tensor2d([[1, 2], [3, 4.5]]));
// @case sum_axis_keepdims
const x = tf.tensor2d([[1, 2], [3, 4]]);
return [tf.sum(x, 0), tf.sum(x, 1), tf.sum(x, -1, true), tf.sum(x, [1, 0]), tf.sum(x, [])];
// @case sum_dtypes
return [tf.sum(tf.tensor1d([1, 2, 3], 'int32')), tf.sum(tf.tensor1d([true, false, true])), tf.sum([1, 2, 3])];
// @case sum_int_wraps
return tf.sum(tf.tensor1d([2147483647, 1], 'int32'));
// @case sum_double_accumulation
return tf.sum(tf.tensor1d([1e8, 1, -1e8]));
// @case sum_empty
return [tf.sum(tf.zeros([0])), tf.sum(tf.zeros([2, 0]), 1), tf.sum(tf.zeros([2, 0]), 0)];
// @case sum_nan
return tf.sum(tf.tensor1d([1, NaN, 3]));
// @case sum_scalar
return tf.sum(tf.scalar(3));
// @case sum_chained
return tf.tensor2d([[1, 2], [3, 4]]).sum(1, true);
// @case sum_axis_out_of_range
tf.sum(tf.tensor2d([[1, 2], [3, 4]]), 2);
// @case sum_axis_negative_out_of_range
tf.sum(tf.tensor2d([[1, 2], [3, 4]]), -3);
// @case sum_axis_list_out_of_range
tf.sum(tf.ones([2, 2, 2]), [0, 3]);
// @case sum_axis_fraction
tf.sum(tf.tensor2d([[1, 2], [3, 4]]), 1.5);
// @case sum_scalar_axis
tf.sum(tf.scalar(3), 0);
// @case sum_string
tf.sum(tf.tensor1d(['a']));
// @case sum_null
tf.sum(null);
// @case sum_complex
tf.sum(tf.complex([1, 2], [2, 3]));
// @case mean_basic
const x = tf.tensor2d([[1, 2], [3, 4]]);
return [tf.mean(x), tf.mean(x, 0), tf.mean(x, -1, true)];
// @case mean_int_bool
return [tf.mean(tf.tensor1d([1, 2], 'int32')), tf.mean(tf.tensor2d([[true, false], [true, true]]), 1)];
// @case mean_int_precision
return tf.mean(tf.tensor1d([16777217, 1], 'int32'));
// @case mean_empty
return [tf.mean(tf.zeros([0])), tf.mean(tf.zeros([2, 0]), 1)];
// @case mean_floats
return tf.mean(tf.tensor1d([0.1, 0.2, 0.3, 0.7]));
// @case mean_chained
return tf.tensor2d([[1, 2], [3, 4]]).mean(0, true);
// @case prod_basic
const x = tf.tensor2d([[1, 2], [3, 4]]);
return [tf.prod(x), tf.prod(x, 1), tf.prod(x, 0, true)];
// @case prod_dtypes
return [tf.prod(tf.tensor1d([2, 3], 'int32')), tf.prod(tf.tensor1d([true, false, true])), tf.prod(tf.tensor1d([true, true]))];
// @case prod_int_wraps
return tf.prod(tf.tensor1d([100000, 100000], 'int32'));
// @case prod_empty
return [tf.prod(tf.zeros([0])), tf.prod(tf.zeros([0], 'int32'))];
// @case prod_chained
return tf.tensor1d([1.5, 2, -3]).prod();
// @case prod_complex
tf.prod(tf.complex([1], [2]));
// @case max_min_basic
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.max(x), tf.max(x, 0), tf.max(x, 1, true), tf.min(x), tf.min(x, 0), tf.min(x, -1, true)];
// @case max_min_dtypes
const i = tf.tensor2d([[1, 2], [3, 4]], null, 'int32');
const b = tf.tensor2d([[true, false], [false, false]]);
return [tf.max(i), tf.min(i, 1), tf.max(b, 1), tf.min(b), tf.max(b)];
// @case max_min_nan
return [tf.max(tf.tensor1d([1, NaN, 3])), tf.min(tf.tensor1d([NaN, 1, 3])), tf.max(tf.tensor1d([1, 3, NaN])), tf.max(tf.tensor2d([[1, NaN], [2, 3]]), 1)];
// @case max_min_empty
return [tf.max(tf.zeros([0])), tf.min(tf.zeros([0])), tf.max(tf.zeros([0], 'int32')), tf.min(tf.zeros([0], 'bool')), tf.max(tf.zeros([2, 0]), 1)];
// @case max_min_infinity
return [tf.max(tf.tensor1d([-Infinity, -5])), tf.min(tf.tensor1d([Infinity, -Infinity]))];
// @case max_min_chained
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [x.max(), x.min(1), x.max(-1, true)];
// @case max_axis_error
tf.max(tf.tensor1d([1, 2]), 1);
// @case max_string
tf.max(tf.tensor1d(['a']));
// @case max_complex
tf.max(tf.complex([1], [2]));
// @case min_complex
tf.min(tf.complex([1], [2]));
// @case argmax_basic
const x = tf.tensor2d([[1, 5], [3, 4]]);
return [tf.argMax(x), tf.argMax(x, 1), tf.argMax(x, -1), tf.argMax(x, [0]), tf.argMin(x), tf.argMin(x, 1)];
// @case argmax_dtypes
return [tf.argMax(tf.tensor1d([1, 7, 3], 'int32')), tf.argMax(tf.tensor1d([true, false, true])), tf.argMin(tf.tensor1d([true, false, true])), tf.argMax(tf.tensor2d([[true, false], [false, true]]), 1)];
// @case argmax_ties_first
return [tf.argMax(tf.tensor1d([3, 1, 3])), tf.argMin(tf.tensor1d([1, 1, 3]))];
// @case argmax_nan
return [tf.argMax(tf.tensor1d([1, NaN, 3])), tf.argMin(tf.tensor1d([1, NaN, 3])), tf.argMax(tf.tensor1d([NaN, 1, 3])), tf.argMin(tf.tensor1d([NaN, 1, 3])), tf.argMax(tf.tensor1d([-Infinity, NaN]))];
// @case argmax_empty
return [tf.argMax(tf.zeros([0])), tf.argMax(tf.zeros([2, 0]), 1), tf.argMin(tf.zeros([2, 0]), 0)];
// @case argmax_chained
const x = tf.tensor2d([[1, 5], [3, 4]]);
return [x.argMax(), x.argMin(1)];
// @case argmax_axis_error
tf.argMax(tf.tensor2d([[1, 2], [3, 4]]), 2);
// @case argmax_scalar_error
tf.argMax(tf.scalar(3));
// @case argmax_string
tf.argMax(tf.tensor1d(['a']));
// @case argmax_complex
tf.argMax(tf.complex([1], [2]));
// @case all_any_basic
const b = tf.tensor2d([[true, false], [true, true]]);
return [tf.all(b), tf.any(b), tf.all(b, 1), tf.any(b, 0), tf.all(b, 1, true), tf.any(tf.tensor2d([[true, false], [false, false]]), 1, true)];
// @case all_any_arrays
return [tf.all([true, false]), tf.any([false, true])];
// @case all_any_empty
return [tf.all(tf.zeros([0], 'bool')), tf.any(tf.zeros([0], 'bool')), tf.all(tf.zeros([2, 0], 'bool'), 1)];
// @case all_any_chained
const b = tf.tensor2d([[true, false], [true, true]]);
return [b.all(1), b.any()];
// @case all_float_error
tf.all(tf.tensor1d([1, 0]));
// @case any_int_error
tf.any(tf.tensor1d([1, 0], 'int32'));
// @case logsumexp_basic
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.logSumExp(x), tf.logSumExp(x, 1), tf.logSumExp(x, 0, true), tf.logSumExp(tf.tensor1d([1000, 1000]))];
// @case logsumexp_int
return tf.logSumExp(tf.tensor2d([[1, -2], [3, 4]], null, 'int32'), 1);
// @case logsumexp_infinities
return [tf.logSumExp(tf.tensor1d([-Infinity, -Infinity])), tf.logSumExp(tf.tensor1d([Infinity, 1])), tf.logSumExp(tf.zeros([0]))];
// @case logsumexp_bool
return [tf.logSumExp(tf.tensor1d([false, false])), tf.logSumExp(tf.tensor1d([true, true, true])), tf.logSumExp(tf.tensor2d([[true, false], [false, false]]), 1)];
// @case logsumexp_chained
return tf.tensor1d([0, 0, 0, 0]).logSumExp();
// @case logsumexp_axis_error
tf.logSumExp(tf.tensor2d([[1, 2], [3, 4]]), 9);
// @case logsumexp_string
tf.logSumExp(tf.tensor1d(['a']));
// @case moments_basic
const m = tf.moments(tf.tensor2d([[1, -2], [3, 4]]));
return m;
// @case moments_axis_keepdims
const m = tf.moments(tf.tensor2d([[1, -2], [3, 4]]), 0, true);
return [m.mean, m.variance];
// @case moments_int_bool
const a = tf.moments(tf.tensor2d([[1, -2], [3, 4]], null, 'int32'), 1);
const b = tf.moments(tf.tensor1d([true, false]));
return [a.mean, a.variance, b.mean, b.variance];
// @case norm_vector_ords
const v = tf.tensor1d([3, -4, 1]);
return [tf.norm(v), tf.norm(v, 'euclidean'), tf.norm(v, 2), tf.norm(v, 1), tf.norm(v, Infinity), tf.norm(v, -Infinity)];
// @case norm_flattened_matrix
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.norm(x), tf.norm(x, 1), tf.norm(x, Infinity), tf.norm(x, -Infinity), tf.norm(x, 'euclidean', null, true)];
// @case norm_matrix_ords
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.norm(x, 'fro', [0, 1]), tf.norm(x, 'euclidean', [0, 1]), tf.norm(x, 1, [0, 1]), tf.norm(x, Infinity, [0, 1]), tf.norm(x, -Infinity, [0, 1]), tf.norm(x, 1, [1, 0]), tf.norm(x, 1, [0, 1], true)];
// @case norm_vector_axis
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.norm(x, 'euclidean', 1), tf.norm(x, 2, -1, true), tf.norm(x, 1, 1), tf.norm(x, Infinity, 0), tf.norm(x, -Infinity, 1)];
// @case norm_3d
const y = tf.tensor3d([1, -2, 3, 4, 5, -6, 7, 8], [2, 2, 2]);
return [tf.norm(y), tf.norm(y, 1, [0, 2]), tf.norm(y, Infinity, [0, 2]), tf.norm(y, -Infinity, [0, 2], true), tf.norm(y, 1, [2, 0]), tf.norm(y, 'fro', [1, 2]), tf.norm(y, 'euclidean', [1])];
// @case norm_int_bool
const i = tf.tensor2d([[1, -2], [3, 4]], null, 'int32');
const b = tf.tensor1d([true, false, true]);
return [tf.norm(i, 1), tf.norm(i, Infinity), tf.norm(i, 1, [0, 1]), tf.norm(b, 1), tf.norm(b, Infinity)];
// @case norm_scalar
const s = tf.scalar(-3);
return [tf.norm(s), tf.norm(s, 'fro'), tf.norm(s, 3), tf.norm(s, 'euclidean', 1), tf.norm(s, 'euclidean', null, true), tf.norm(tf.scalar(-3, 'int32'))];
// @case norm_empty_complex
return [tf.norm(tf.zeros([0])), tf.norm(tf.zeros([0]), Infinity), tf.norm(tf.complex([3], [4]))];
// @case norm_keepdims_1d
return tf.norm(tf.tensor1d([3, 4]), 'euclidean', null, true);
// @case norm_chained
return [tf.tensor1d([3, 4]).norm(), tf.tensor2d([[1, -2], [3, 4]]).norm(1, 1, true)];
// @case norm_fro_on_vector
tf.norm(tf.tensor1d([3, 4]), 'fro');
// @case norm_ord_2_on_matrix
tf.norm(tf.tensor2d([[1, 2], [3, 4]]), 2, [0, 1]);
// @case norm_ord_3
tf.norm(tf.tensor1d([3, 4]), 3);
// @case norm_ord_fraction
tf.norm(tf.tensor1d([3, 4]), 0.5);
// @case norm_ord_nuc
tf.norm(tf.tensor2d([[1, 2], [3, 4]]), 'nuc', [0, 1]);
// @case norm_ord_0
tf.norm(tf.tensor1d([3, 4]), 0);
// @case norm_three_axes
tf.norm(tf.ones([2, 2, 2]), 'euclidean', [0, 1, 2]);
// @case norm_matrix_axis_error_inf
tf.norm(tf.tensor2d([[1, 2], [3, 4]]), Infinity, [1, 0]);
// @case norm_matrix_axis_error_1
tf.norm(tf.tensor2d([[1, 2], [3, 4]]), 1, [-1, -2]);
// @case norm_vector_axis_list_error
tf.norm(tf.tensor1d([3, 4]), 'euclidean', [0, 1]);
// @case norm_int_euclidean_error
tf.norm(tf.tensor1d([3, 4], 'int32'));
// @case norm_string
tf.norm(tf.tensor1d(['a']));
// @case euclidean_norm_basic
const x = tf.tensor2d([[1, -2], [3, 4]]);
return [tf.euclideanNorm(x), tf.euclideanNorm(x, 1), tf.euclideanNorm(x, null, true), tf.euclideanNorm(x, [0, 1]), x.euclideanNorm(0)];
// @case euclidean_norm_int_error
tf.euclideanNorm(tf.tensor1d([3, 4], 'int32'));
// @case euclidean_norm_axis_error
tf.euclideanNorm(tf.tensor2d([[1, 2], [3, 4]]), 2);
// @case cumsum_basic
const v = tf.tensor1d([1, 2, 3, 4]);
return [tf.cumsum(v), tf.cumsum(v, 0, true), tf.cumsum(v, 0, false, true), tf.cumsum(v, 0, true, true)];
// @case cumsum_2d
const x = tf.tensor2d([[1, 2], [3, 4]]);
return [tf.cumsum(x), tf.cumsum(x, 1), x.cumsum(1, true, true)];
// @case cumsum_3d_exclusive_reverse
return tf.cumsum(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]), 1, true, true);
// @case cumsum_dtypes
return [tf.cumsum(tf.tensor1d([1, 2, 3], 'int32')), tf.cumsum(tf.tensor1d([true, true]))];
// @case cumsum_double_accumulation
return tf.cumsum(tf.tensor1d([0.1, 0.2, 0.3, 0.4]));
// @case cumsum_scalar_empty
return [tf.cumsum(tf.scalar(2)), tf.cumsum(tf.scalar(2, 'int32')), tf.cumsum(tf.zeros([0]))];
// @case cumsum_string
tf.cumsum(tf.tensor1d(['a']));
// @case cumsum_complex
tf.cumsum(tf.complex([1], [1]));
// @case cumprod_basic
const v = tf.tensor1d([1, 2, 3, 4]);
return [tf.cumprod(v), tf.cumprod(v, 0, true), tf.cumprod(v, 0, false, true), tf.cumprod(v, 0, true, true)];
// @case cumprod_2d_dtypes
return [tf.cumprod(tf.tensor2d([[1, 2], [3, 4]]), 1, false, true), tf.cumprod(tf.tensor1d([1, 2, 3, 4], 'int32')), tf.cumprod(tf.tensor1d([true, false])), tf.cumprod(tf.scalar(2))];
// @case cumprod_chained
return tf.tensor2d([[1, 2], [3, 4]]).cumprod(1);
// @case unsorted_segment_sum_basic
const d = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
return tf.unsortedSegmentSum(d, tf.tensor1d([0, 2, 0], 'int32'), 3);
// @case unsorted_segment_sum_drops_out_of_range
return [tf.unsortedSegmentSum(tf.tensor1d([1, 2, 3, 4]), tf.tensor1d([1, 0, 1, 5], 'int32'), 3), tf.unsortedSegmentSum(tf.tensor1d([1, 2, 3, 4]), tf.tensor1d([1, -1, 1, 0], 'int32'), 3)];
// @case unsorted_segment_sum_dtypes
return [tf.unsortedSegmentSum(tf.tensor1d([1, 2, 3, 4], 'int32'), tf.tensor1d([1, 0, 1, 0], 'int32'), 2), tf.unsortedSegmentSum(tf.tensor1d([true, false]), tf.tensor1d([1, 0], 'int32'), 2), tf.unsortedSegmentSum(tf.tensor1d([0.1, 0.2, 0.3]), [0, 0, 0], 1)];
// @case unsorted_segment_sum_2d_ids
return tf.unsortedSegmentSum(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor2d([[0, 1]], null, 'int32'), 2);
// @case unsorted_segment_sum_chained
return tf.tensor1d([1, 2, 3]).unsortedSegmentSum(tf.tensor1d([1, 1, 0], 'int32'), 2);
// @case unsorted_segment_sum_float_ids
tf.unsortedSegmentSum(tf.tensor1d([1, 2]), tf.tensor1d([1, 0]), 2);
// @case unsorted_segment_sum_fraction
tf.unsortedSegmentSum(tf.tensor1d([1, 2]), tf.tensor1d([1, 0], 'int32'), 2.5);
// @case unsorted_segment_sum_length_mismatch
tf.unsortedSegmentSum(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor1d([0, 1], 'int32'), 2);
// @case unsorted_segment_sum_string
tf.unsortedSegmentSum(tf.tensor1d(['a']), tf.tensor1d([0], 'int32'), 2);
// @case bincount_basic
const x = tf.tensor1d([1, 2, 1, 3, 5], 'int32');
return [tf.bincount(x, tf.tensor1d([]), 6), tf.bincount(x, tf.tensor1d([0.5, 1, 2, 1, 1]), 6), tf.bincount(x, tf.tensor1d([]), 3), tf.bincount(x, tf.tensor1d([]), 0)];
// @case bincount_weight_dtypes
const x = tf.tensor1d([1, 2], 'int32');
return [tf.bincount(x, tf.tensor1d([1, 2], 'int32'), 3), tf.bincount(x, tf.tensor1d([true, true]), 3), tf.bincount(tf.tensor2d([[1, 2]], null, 'int32'), tf.tensor2d([[1, 2]]), 3)];
// @case bincount_float_input
tf.bincount(tf.tensor1d([1, 2]), tf.tensor1d([]), 3);
// @case bincount_negative_size
tf.bincount(tf.tensor1d([1], 'int32'), tf.tensor1d([]), -1);
// @case bincount_negative_value
tf.bincount(tf.tensor1d([-1, 1], 'int32'), tf.tensor1d([]), 3);
// @case bincount_weights_mismatch
tf.bincount(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1]), 3);
// @case dense_bincount_1d
const x = tf.tensor1d([1, 2, 1, 3, 5], 'int32');
const w = tf.tensor1d([0.5, 1, 2, 1, 1]);
return [tf.denseBincount(x, tf.tensor1d([]), 6), tf.denseBincount(x, w, 6), tf.denseBincount(x, tf.tensor1d([]), 6, true), tf.denseBincount(x, tf.tensor1d([1, 1, 1, 1, 1], 'int32'), 4)];
// @case dense_bincount_2d
const x = tf.tensor2d([[1, 2, 1], [0, 0, 3]], null, 'int32');
const w = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
return [tf.denseBincount(x, tf.tensor1d([]), 4), tf.denseBincount(x, w, 4), tf.denseBincount(x, tf.tensor1d([]), 4, true), tf.denseBincount(x, w, 4, true)];
// @case dense_bincount_rank3
tf.denseBincount(tf.zeros([1, 1, 1], 'int32'), tf.tensor1d([]), 4);
// @case dense_bincount_rank0
tf.denseBincount(tf.scalar(1, 'int32'), tf.tensor1d([]), 3);
// @case dense_bincount_float_input
tf.denseBincount(tf.tensor1d([1]), tf.tensor1d([]), 2);
// @case dense_bincount_negative_size
tf.denseBincount(tf.tensor1d([1], 'int32'), tf.tensor1d([]), -2);
// @case dense_bincount_negative_value
tf.denseBincount(tf.tensor2d([[-1, 1]], null, 'int32'), tf.tensor1d([]), 3);
// @case dense_bincount_weights_mismatch
tf.denseBincount(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1]), 3);
// @case confusion_matrix_basic
return tf.math.confusionMatrix(tf.tensor1d([0, 1, 2, 1, 0], 'int32'), tf.tensor1d([0, 2, 2, 1, 0], 'int32'), 3);
// @case confusion_matrix_float_and_out_of_range
return [tf.math.confusionMatrix(tf.tensor1d([0, 1]), tf.tensor1d([0, 1], 'int32'), 2), tf.math.confusionMatrix(tf.tensor1d([0, 3], 'int32'), tf.tensor1d([0, 1], 'int32'), 2), tf.math.confusionMatrix(tf.tensor1d([0, -1], 'int32'), tf.tensor1d([0, 1], 'int32'), 2)];
// @case confusion_matrix_no_classes
tf.math.confusionMatrix(tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0, 1], 'int32'));
// @case confusion_matrix_zero_classes
tf.math.confusionMatrix(tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0, 1], 'int32'), 0);
// @case confusion_matrix_fraction_classes
tf.math.confusionMatrix(tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0, 1], 'int32'), 1.5);
// @case confusion_matrix_rank_labels
tf.math.confusionMatrix(tf.tensor2d([[0, 1]], null, 'int32'), tf.tensor1d([0, 1], 'int32'), 2);
// @case confusion_matrix_rank_predictions
tf.math.confusionMatrix(tf.tensor1d([0, 1], 'int32'), tf.tensor2d([[0, 1]], null, 'int32'), 2);
// @case confusion_matrix_length
tf.math.confusionMatrix(tf.tensor1d([0, 1, 1], 'int32'), tf.tensor1d([0, 1], 'int32'), 2);
// @case print_reductions
tf.tensor2d([[1, 2], [3, 4]]).mean(0).print();
tf.norm(tf.tensor1d([3, -4, 1])).print();
tf.argMax(tf.tensor2d([[1, 5], [3, 4]]), 1).print();
