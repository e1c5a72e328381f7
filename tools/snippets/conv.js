// @case conv2d_valid
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid');
// @case conv2d_same
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'same');
// @case conv2d_same_stride2
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, 'same');
// @case conv2d_same_even_kernel_stride2
// The odd padding pixel goes at the bottom/right.
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([2, 2, 1, 1]), 2, 'same');
// @case conv2d_same_even_kernel
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([2, 2, 1, 1]), 1, 'same');
// @case conv2d_strides_pair
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), [1, 2], 'valid');
// @case conv2d_pad_number
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 1);
// @case conv2d_pad_number_2
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 2);
// @case conv2d_pad_number_stride4
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 4, 2);
// @case conv2d_pad_explicit
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, [[0, 0], [1, 0], [0, 2], [0, 0]]);
// @case conv2d_pad_explicit_stride2
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, [[0, 0], [1, 0], [0, 1], [0, 0]]);
// @case conv2d_pad_explicit_ceil
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, [[0, 0], [1, 0], [0, 1], [0, 0]], 'NHWC', 1, 'ceil');
// @case conv2d_dilation
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid', 'NHWC', 2);
// @case conv2d_dilation_same_pair
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'same', 'NHWC', [2, 1]);
// @case conv2d_rounding_floor
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, 1, 'NHWC', 1, 'floor');
// @case conv2d_rounding_ceil
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 3, 0, 'NHWC', 1, 'ceil');
// @case conv2d_rounding_round
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 3, 0, 'NHWC', 1, 'round');
// @case conv2d_rounding_default_trunc
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 3, 0);
// @case conv2d_unbatched
return tf.conv2d(tf.tensor(tf.range(0, 25).dataSync(), [5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid');
// @case conv2d_multi_channel
return tf.conv2d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1], [2, 2, 2, 3]), 1, 'valid');
// @case conv2d_batch2
return tf.conv2d(tf.tensor([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1], [2, 3, 3, 1]), tf.tensor([-3, -2, -1, 0, 1, 2, 3, 4], [2, 2, 1, 2]), 1, 'same');
// @case conv2d_nchw
return tf.conv2d(tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [1, 2, 3, 3]), tf.ones([2, 2, 2, 1]), 1, 'same', 'NCHW');
// @case conv2d_nchw_explicit
return tf.conv2d(tf.ones([1, 1, 4, 4]), tf.ones([2, 2, 1, 2]), 1, [[0, 0], [0, 0], [1, 1], [1, 0]], 'NCHW');
// @case conv2d_kernel_too_big
return tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([3, 3, 1, 1]), 1, 'valid');
// @case conv2d_float_values
// @tol 1e-05
// Non-integer sums: accumulation order may differ in the last bits.
return tf.conv2d(tf.tensor([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], [1, 3, 3, 1]), tf.tensor([0.5, -0.25, 0.125, 1.5], [2, 2, 1, 1]), 1, 'same');
// @case conv2d_method
return tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]).conv2d(tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid');
// @case conv2d_array_input
return tf.conv2d([[[[1], [2]], [[3], [4]]]], [[[[1]], [[2]]], [[[3]], [[4]]]], 1, 'valid');
// @case conv2d_rank_error
tf.conv2d(tf.ones([25]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid');
// @case conv2d_filter_rank_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([9]), 1, 'valid');
// @case conv2d_depth_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([3, 3, 2, 1]), 1, 'valid');
// @case conv2d_nchw_depth_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid', 'NCHW');
// @case conv2d_strides_dilations_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, 'valid', 'NHWC', 2);
// @case conv2d_strides_dilations_pair_error
tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([1, 1, 1, 1]), [2, 1], 'valid', 'NHWC', [2, 1]);
// @case conv2d_rounding_pad_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 2, 1.5, 'NHWC', 1, 'floor');
// @case conv2d_rounding_same_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'same', 'NHWC', 1, 'floor');
// @case conv2d_rounding_explicit_error
tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([1, 1, 1, 1]), 1, [[0, 0], [0, 0.5], [0, 0], [0, 0]], 'NHWC', 1, 'floor');
// @case conv2d_unknown_rounding_error
tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([1, 1, 1, 1]), 1, 1, 'NHWC', 1, 'foo');
// @case conv2d_unknown_pad_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'foo');
// @case conv2d_zero_stride_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 0, 'valid');
// @case conv2d_zero_dilation_error
tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid', 'NHWC', 0);
// @case conv2d_int32_error
tf.conv2d(tf.ones([1, 5, 5, 1], 'int32'), tf.ones([2, 2, 1, 1], 'int32'), 1, 'valid');
// @case conv2d_filter_int32_error
tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([2, 2, 1, 1], 'int32'), 1, 'valid');
// @case conv2d_string_error
tf.conv2d(tf.tensor(['a'], [1, 1, 1, 1]), tf.ones([1, 1, 1, 1]), 1, 'valid');
// @case conv2d_null_error
tf.conv2d(null, tf.tensor([1, 0, 0, 1, 1, 0, 0, -1, 1], [3, 3, 1, 1]), 1, 'valid');
// @case conv2d_pad_number_wide_filter
// TF.js sizes both axes from the filter height (1) with a numeric pad.
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([1, 3, 1, 1]), 1, 1);
// @case conv2d_pad_number_tall_filter
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([3, 1, 1, 1]), 1, 1);
// @case conv2d_pad_number_strides_pair
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([1, 3, 1, 1]), [1, 2], 1);
// @case conv2d_pad_number_dilation_pair
return tf.conv2d(tf.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], [1, 5, 5, 1]), tf.ones([2, 1, 1, 1]), 1, 1, 'NHWC', [3, 1]);
// @case conv1d_valid
return tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv1d_same_stride2
return tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 2, 'same');
// @case conv1d_same_dilation
return tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'same', 'NWC', 2);
// @case conv1d_unbatched
return tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv1d_method
return tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]).conv1d(tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv1d_pad_number_error
// TF.js pads the height-1 axis too, then fails to reshape.
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 1);
// @case conv1d_pad_explicit_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, [[0, 0], [1, 0], [0, 0]]);
// @case conv1d_strides_dilation_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 2, 'valid', 'NWC', 2);
// @case conv1d_ncw_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid', 'NCW');
// @case conv1d_rank_error
tf.conv1d(tf.ones([10]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv1d_filter_rank_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.ones([4, 3]), 1, 'valid');
// @case conv1d_depth_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.ones([2, 3, 1]), 1, 'valid');
// @case conv1d_rounding_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 1.5, 'NWC', 1, 'floor');
// @case conv1d_rounding_same_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'same', 'NWC', 1, 'ceil');
// @case conv1d_stride_list_error
tf.conv1d(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 5, 2]), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), [1, 1], 'valid');
// @case conv1d_int32_error
tf.conv1d(tf.ones([1, 5, 2], 'int32'), tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv1d_null_error
tf.conv1d(null, tf.tensor([1, 0, 0, 1, 1, 1, -1, 2, 0, 1, 1, 0], [2, 2, 3]), 1, 'valid');
// @case conv2dt_valid
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 1, 'valid');
// @case conv2dt_valid_stride2
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 6, 6, 3], 2, 'valid');
// @case conv2dt_valid_stride2_larger
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 7, 7, 3], 2, 'valid');
// @case conv2dt_valid_stride2_crop
// A conv2d of 5x5 gives 2x2: TF.js uses only that part of x.
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 5, 5, 3], 2, 'valid');
// @case conv2dt_same_stride2
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 6, 6, 3], 2, 'same');
// @case conv2dt_same_stride2_odd
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 5, 5, 3], 2, 'same');
// @case conv2dt_same
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 3, 3, 3], 1, 'same');
// @case conv2dt_pad_number
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 2, 2, 3], 1, 1);
// @case conv2dt_pad_number_stride2
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 5, 5, 3], 2, 1);
// @case conv2dt_rounding_floor
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 2, 1, 'floor');
// @case conv2dt_rounding_ceil
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 2, 0, 'ceil');
// @case conv2dt_pad_explicit
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 3, 3, 3], 1, [[0, 0], [1, 0], [0, 1], [0, 0]]);
// @case conv2dt_strides_pair
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], [1, 2], 'valid');
// @case conv2dt_unbatched
return tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [4, 4, 3], 1, 'valid');
// @case conv2dt_int32
return tf.conv2dTranspose(tf.ones([1, 3, 3, 2], 'int32'), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 1, 'valid');
// @case conv2dt_method
return tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]).conv2dTranspose(tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 1, 'valid');
// @case conv2dt_shape_length_error
tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [4, 4, 3], 1, 'valid');
// @case conv2dt_rank5_error
tf.conv2dTranspose(tf.ones([1, 2, 2, 2, 1]), tf.ones([1, 1, 1, 1]), [1, 2, 2, 2, 1], 1, 'valid');
// @case conv2dt_filter_rank_error
tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.ones([24]), [1, 4, 4, 3], 1, 'valid');
// @case conv2dt_in_depth_error
tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 2], 1, 'valid');
// @case conv2dt_out_depth_error
tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.ones([2, 2, 3, 3]), [1, 4, 4, 3], 1, 'valid');
// @case conv2dt_rounding_error
tf.conv2dTranspose(tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], [1, 3, 3, 2]), tf.tensor([1, 0, 2, -1, 1, 1, 0, 1, 1, 2, 0, 1, 1, 0, -1, 1, 2, 1, 1, 0, 1, 1, 0, 2], [2, 2, 3, 2]), [1, 4, 4, 3], 1, 1.5, 'floor');
// @case conv2dt_rounding_valid_error
tf.conv2dTranspose(tf.ones([1, 2, 2, 1]), tf.ones([1, 1, 1, 1]), [1, 2, 2, 1], 1, 'valid', 'floor');
// @case conv2dt_unknown_pad_error
tf.conv2dTranspose(tf.ones([1, 2, 2, 1]), tf.ones([1, 1, 1, 1]), [1, 2, 2, 1], 1, 'foo');
// @case conv3d_valid
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'valid');
// @case conv3d_same_stride2
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 2, 'same');
// @case conv3d_same_strides_triple
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), [1, 2, 1], 'same');
// @case conv3d_same_dilation
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'same', 'NDHWC', 2);
// @case conv3d_pad_number
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 1);
// @case conv3d_unbatched
return tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'valid');
// @case conv3d_int32
return tf.conv3d(tf.ones([1, 2, 2, 2, 1], 'int32'), tf.ones([1, 1, 1, 1, 1], 'int32'), 1, 'valid');
// @case conv3d_int32_float32
return tf.conv3d(tf.ones([1, 2, 2, 2, 1]), tf.ones([1, 1, 1, 1, 1], 'int32'), 1, 'valid');
// @case conv3d_strides_dilations_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 2, 'valid', 'NDHWC', 2);
// @case conv3d_rank_error
tf.conv3d(tf.ones([3, 3, 6]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'valid');
// @case conv3d_filter_rank_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.ones([8, 2, 3]), 1, 'valid');
// @case conv3d_depth_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.ones([2, 2, 2, 3, 1]), 1, 'valid');
// @case conv3d_explicit_pad_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, [[0, 0], [1, 0], [0, 0], [0, 1], [0, 0]]);
// @case conv3d_ncdhw_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'valid', 'NCDHW');
// @case conv3d_unknown_pad_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 1, 'foo');
// @case conv3d_zero_stride_error
tf.conv3d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1], [1, 3, 3, 3, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0], [2, 2, 2, 2, 3]), 0, 'valid');
// @case conv3dt_valid
return tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [1, 3, 3, 3, 3], 1, 'valid');
// @case conv3dt_same_stride2
return tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [1, 4, 4, 4, 3], 2, 'same');
// @case conv3dt_same
return tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [1, 2, 2, 2, 3], 1, 'same');
// @case conv3dt_valid_stride2_larger
return tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [1, 5, 5, 5, 3], 2, 'valid');
// @case conv3dt_unbatched
return tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [3, 3, 3, 3], 1, 'valid');
// @case conv3dt_int32
return tf.conv3dTranspose(tf.ones([1, 2, 2, 2, 1], 'int32'), tf.ones([1, 1, 1, 1, 1], 'int32'), [1, 2, 2, 2, 1], 1, 'same');
// @case conv3dt_shape_length_error
tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [3, 3, 3, 3], 1, 'valid');
// @case conv3dt_rank6_error
tf.conv3dTranspose(tf.ones([2, 2, 2, 2, 1, 1]), tf.ones([1, 1, 1, 1, 1]), [2, 2, 2, 2, 1, 1], 1, 'valid');
// @case conv3dt_filter_rank_error
tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.ones([1, 1, 1, 1]), [1, 3, 3, 3, 3], 1, 'valid');
// @case conv3dt_in_depth_error
tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1], [2, 2, 2, 3, 2]), [1, 3, 3, 3, 2], 1, 'valid');
// @case conv3dt_out_depth_error
tf.conv3dTranspose(tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 2, 2, 2, 2]), tf.ones([2, 2, 2, 3, 3]), [1, 3, 3, 3, 3], 1, 'valid');
// @case depthwise_valid
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'valid');
// @case depthwise_same_stride2
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 2, 'same');
// @case depthwise_same_dilation
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'same', 'NHWC', 2);
// @case depthwise_strides_pair
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), [2, 1], 'valid');
// @case depthwise_pad_number
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 1);
// @case depthwise_rounding_ceil
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 2, 1, 'NHWC', 1, 'ceil');
// @case depthwise_pad_explicit
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, [[0, 0], [1, 0], [0, 1], [0, 0]]);
// @case depthwise_unbatched
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'valid');
// @case depthwise_multiplier1
return tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, -2, -1, 0, 1, -2, -1, 0, 1, -2, -1, 0, 1, -2, -1], [3, 3, 2, 1]), 1, 'same');
// @case depthwise_method
return tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]).depthwiseConv2d(tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'valid');
// @case depthwise_strides_dilations_error
tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 2, 'valid', 'NHWC', 2);
// @case depthwise_rank_error
tf.depthwiseConv2d(tf.ones([32]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'valid');
// @case depthwise_filter_rank_error
tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.ones([8, 2]), 1, 'valid');
// @case depthwise_channels_error
tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.ones([2, 2, 3, 1]), 1, 'valid');
// @case depthwise_nchw_channels_error
tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 'valid', 'NCHW');
// @case depthwise_int32_error
tf.depthwiseConv2d(tf.ones([1, 2, 2, 1], 'int32'), tf.ones([1, 1, 1, 1]), 1, 'valid');
// @case depthwise_rounding_error
tf.depthwiseConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2, -1, 0, 1, 2, -2], [2, 2, 2, 2]), 1, 1.5, 'NHWC', 1, 'round');
// @case separable_valid
return tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_same_stride2
return tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 2, 'same');
// @case separable_same_dilation
return tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'same', 2);
// @case separable_pad_number
return tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 1);
// @case separable_unbatched
return tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_method
return tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]).separableConv2d(tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_nchw_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid', [1, 1], 'NCHW');
// @case separable_pointwise_in_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.ones([1, 1, 3, 3]), 1, 'valid');
// @case separable_pointwise_first_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.ones([2, 1, 4, 3]), 1, 'valid');
// @case separable_pointwise_second_error
tf.separableConv2d(tf.ones([1, 3, 3, 2]), tf.ones([2, 2, 2, 1]), tf.ones([1, 2, 2, 3]), 1, 'valid');
// @case separable_depthwise_channels_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.ones([2, 2, 3, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_rank_error
tf.separableConv2d(tf.ones([32]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_depthwise_rank_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.ones([8, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 1, 'valid');
// @case separable_pointwise_rank_error
// TF.js's message reports the depthwise filter's rank.
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.ones([12]), 1, 'valid');
// @case separable_strides_dilation_error
tf.separableConv2d(tf.tensor([-3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0, 1, 2, 3, -3, -2, -1, 0], [1, 4, 4, 2]), tf.tensor([-1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1], [2, 2, 2, 2]), tf.tensor([-1, 0, 1, 2, -1, 0, 1, 2, -1, 0, 1, 2], [1, 1, 4, 3]), 2, 'valid', 2);
// @case separable_int32_error
tf.separableConv2d(tf.ones([1, 2, 2, 1], 'int32'), tf.ones([1, 1, 1, 1]), tf.ones([1, 1, 1, 1]), 1, 'valid');
// @case fused_conv2d_bias_relu
return tf.fused.conv2d({x: tf.tensor(tf.range(0, 9).dataSync(), [1, 3, 3, 1]), filter: tf.ones([2, 2, 1, 2]), strides: 1, pad: 'valid', bias: tf.tensor1d([-10, 1]), activation: 'relu'});
// @case fused_conv2d_plain_same
return tf.fused.conv2d({x: tf.tensor(tf.range(0, 9).dataSync(), [1, 3, 3, 1]), filter: tf.ones([2, 2, 1, 2]), strides: 1, pad: 'same'});
// @case fused_conv2d_prelu
return tf.fused.conv2d({x: tf.tensor(tf.range(0, 9).dataSync(), [1, 3, 3, 1]), filter: tf.ones([2, 2, 1, 2]), strides: 1, pad: 'valid', activation: 'prelu', preluActivationWeights: tf.scalar(0.5), bias: tf.scalar(-20)});
// @case fused_conv2d_bias_error
tf.fused.conv2d({x: tf.tensor(tf.range(0, 9).dataSync(), [1, 3, 3, 1]), filter: tf.ones([2, 2, 1, 2]), strides: 1, pad: 'valid', bias: tf.tensor1d([1, 2, 3])});
// @case fused_conv2d_int32_error
tf.fused.conv2d({x: tf.ones([1, 1, 1, 1], 'int32'), filter: tf.ones([1, 1, 1, 1]), strides: 1, pad: 'valid'});
// @case fused_depthwise_bias_relu
return tf.fused.depthwiseConv2d({x: tf.tensor(tf.range(0, 18).dataSync(), [1, 3, 3, 2]), filter: tf.ones([2, 2, 2, 1]), strides: 1, pad: 'valid', bias: tf.tensor1d([-30, 1]), activation: 'relu'});
// @case fused_depthwise_leakyrelu_no_alpha_nan
// TF.js has no default leakyreluAlpha for fused convolutions: negatives become NaN.
return tf.fused.depthwiseConv2d({x: tf.tensor(tf.range(0, 18).dataSync(), [1, 3, 3, 2]), filter: tf.ones([2, 2, 2, 1]), strides: 1, pad: 'same', bias: tf.scalar(-40), activation: 'leakyrelu'});
// @case fused_depthwise_leakyrelu_alpha
return tf.fused.depthwiseConv2d({x: tf.tensor(tf.range(0, 18).dataSync(), [1, 3, 3, 2]), filter: tf.ones([2, 2, 2, 1]), strides: 1, pad: 'same', bias: tf.scalar(-40), activation: 'leakyrelu', leakyreluAlpha: 0.25});
