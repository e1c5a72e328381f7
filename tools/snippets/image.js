// @case resize_bilinear_int_up
return tf.image.resizeBilinear(tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32'), [3, 3]);
// @case resize_bilinear_batch_channels
return tf.image.resizeBilinear(tf.tensor4d([1, 10, 2, 20, 3, 30, 4, 40, 5, 50, 6, 60], [2, 1, 3, 2]), [2, 5]);
// @case resize_bilinear_align_corners
return tf.image.resizeBilinear(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1]), [2, 4], true);
// @case resize_bilinear_half_pixel
return tf.image.resizeBilinear(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1]), [5, 2], false, true);
// @case resize_bilinear_down
return tf.image.resizeBilinear(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], [4, 4, 1]), [2, 3]);
// @case resize_bilinear_align_to_one
return tf.image.resizeBilinear(tf.tensor3d([1, 2, 3, 4], [2, 2, 1]), [1, 1], true);
// @case resize_bilinear_bool
return tf.image.resizeBilinear(tf.tensor3d([true, false, true, false], [2, 2, 1], 'bool'), [3, 3]);
// @case resize_bilinear_method
return tf.tensor3d([1, 2, 3, 4], [2, 2, 1]).resizeBilinear([3, 2]);
// @case resize_bilinear_array_input
return tf.image.resizeBilinear([[[1], [5]]], [1, 3]);
// @case resize_bilinear_rank_error
tf.image.resizeBilinear(tf.ones([2, 2]), [3, 3]);
// @case resize_bilinear_size_error
tf.image.resizeBilinear(tf.ones([2, 2, 1]), [3, 3, 3]);
// @case resize_bilinear_flags_error
tf.image.resizeBilinear(tf.ones([2, 2, 1]), [3, 3], true, true);
// @case resize_bilinear_string_error
tf.image.resizeBilinear(tf.tensor3d(['a', 'b', 'c', 'd'], [2, 2, 1]), [3, 3]);
// @case resize_nearest_int_up
return tf.image.resizeNearestNeighbor(tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32'), [3, 3]);
// @case resize_nearest_align_corners
return tf.image.resizeNearestNeighbor(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1]), [2, 5], true);
// @case resize_nearest_half_pixel
return tf.image.resizeNearestNeighbor(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1]), [5, 2], false, true);
// @case resize_nearest_down_batch
return tf.image.resizeNearestNeighbor(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], [1, 4, 2, 2]), [2, 3]);
// @case resize_nearest_method
return tf.tensor3d([1, 2, 3, 4], [2, 2, 1]).resizeNearestNeighbor([4, 4], true);
// @case resize_nearest_bool_error
tf.image.resizeNearestNeighbor(tf.tensor3d([true, false, true, false], [2, 2, 1], 'bool'), [3, 3]);
// @case resize_nearest_rank_error
tf.image.resizeNearestNeighbor(tf.ones([2, 2]), [3, 3]);
// @case resize_nearest_size_error
tf.image.resizeNearestNeighbor(tf.ones([2, 2, 1]), [3]);
// @case resize_nearest_flags_error
tf.image.resizeNearestNeighbor(tf.ones([2, 2, 1]), [3, 3], true, true);
// @case crop_bilinear
return tf.image.cropAndResize(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), [[0, 0, 1, 1], [0.25, 0.25, 0.75, 1]], [0, 0], [2, 3]);
// @case crop_nearest
return tf.image.cropAndResize(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), [[0, 0, 1, 1], [0.1, 0.3, 0.9, 0.7]], [0, 0], [3, 3], 'nearest');
// @case crop_extrapolation
return tf.image.cropAndResize(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2, 1]), [[-0.5, -0.5, 1.5, 1.5], [0, 0, 1, 1]], [1, 0], [3, 3], 'bilinear', 7);
// @case crop_single_pixel_and_flipped
return tf.image.cropAndResize(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 2, 3]), [[0, 0, 1, 1], [1, 1, 0, 0]], [0, 0], [1, 2]);
// @case crop_int_image
return tf.image.cropAndResize(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1], 'int32'), [[0, 0, 1, 1]], [0], [2, 2], 'nearest');
// @case crop_box_index_out_of_range
return tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1, 1]], [1], [2, 2]);
// @case crop_rank_error
tf.image.cropAndResize(tf.ones([2, 2, 1]), [[0, 0, 1, 1]], [0], [2, 2]);
// @case crop_boxes_error
tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1]], [0], [2, 2]);
// @case crop_box_ind_error
tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1, 1]], [0, 0], [2, 2]);
// @case crop_size_length_error
tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1, 1]], [0], [2]);
// @case crop_size_zero_error
tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1, 1]], [0], [0, 2]);
// @case crop_method_error
tf.image.cropAndResize(tf.ones([1, 2, 2, 1]), [[0, 0, 1, 1]], [0], [2, 2], 'foo');
// @case flip_left_right
return tf.image.flipLeftRight(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [2, 1, 3, 2]));
// @case flip_left_right_array
return tf.image.flipLeftRight([[[[1], [2]], [[3], [4]]]]);
// @case flip_left_right_int_error
tf.image.flipLeftRight(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1], 'int32'));
// @case flip_left_right_rank_error
tf.image.flipLeftRight(tf.ones([2, 2, 1]));
// @case rotate_quarter
return tf.image.rotateWithOffset(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), Math.PI / 2);
// @case rotate_fill_and_center
return tf.image.rotateWithOffset(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], [1, 4, 4, 1]), 0.7, 100, [1, 2]);
// @case rotate_rgb_fill_array
return tf.image.rotateWithOffset(tf.tensor4d(tf.range(0, 32).dataSync(), [1, 2, 4, 4]), 1, [10, 20, 30]);
// @case rotate_int_error
tf.image.rotateWithOffset(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1], 'int32'), 1);
// @case rotate_rank_error
tf.image.rotateWithOffset(tf.ones([2, 2, 1]), 1);
// @case gray_to_rgb
return tf.image.grayscaleToRGB(tf.tensor3d([1, 2, 3, 4], [2, 2, 1]));
// @case gray_to_rgb_int_2d
return tf.image.grayscaleToRGB(tf.tensor2d([1, 2], [2, 1], 'int32'));
// @case gray_to_rgb_rank_error
tf.image.grayscaleToRGB(tf.ones([2]));
// @case gray_to_rgb_channel_error
tf.image.grayscaleToRGB(tf.ones([2, 3]));
// @case rgb_to_gray_float
// @tol 1e-6
return tf.image.rgbToGrayscale(tf.tensor3d([10, 20, 30, 255, 0, 128, 1, 1, 1, 0, 0, 0], [2, 2, 3]));
// @case rgb_to_gray_int_truncates
return tf.image.rgbToGrayscale(tf.tensor2d([10, 20, 30, 200, 100, 50], [2, 3], 'int32'));
// @case rgb_to_gray_bool
return tf.image.rgbToGrayscale(tf.tensor2d([true, false, true, false, false, false], [2, 3], 'bool'));
// @case rgb_to_gray_rank4
// @tol 1e-6
return tf.image.rgbToGrayscale(tf.ones([1, 2, 1, 3]));
// @case rgb_to_gray_rank_error
tf.image.rgbToGrayscale(tf.ones([3]));
// @case rgb_to_gray_channel_error
tf.image.rgbToGrayscale(tf.ones([2, 2]));
// @case rgb_to_gray_rank7_error
tf.image.rgbToGrayscale(tf.ones([1, 1, 1, 1, 1, 1, 3]));
// @case threshold_binary_gray_int
return tf.image.threshold(tf.tensor3d([100, 200, 50, 250], [2, 2, 1], 'int32'));
// @case threshold_binary_rgb_inverted
return tf.image.threshold(tf.tensor3d([100, 200, 50, 250, 1, 1, 120, 130, 128, 0, 255, 255], [2, 2, 3]), 'binary', true, 0.4);
// @case threshold_binary_edge
return tf.image.threshold(tf.tensor3d([127, 127.5, 128, 0], [2, 2, 1]));
// @case threshold_otsu_gray
return tf.image.threshold(tf.tensor3d([10, 12, 11, 200, 210, 205, 13, 199, 50], [3, 3, 1], 'int32'), 'otsu');
// @case threshold_otsu_rgb_inverted
return tf.image.threshold(tf.tensor3d([100, 200, 50, 250, 1, 1, 1, 1, 1, 1, 1, 1], [2, 2, 3]), 'otsu', true);
// @case threshold_otsu_uniform
return tf.image.threshold(tf.fill([2, 2, 1], 40), 'otsu');
// @case threshold_rank_error
tf.image.threshold(tf.ones([2, 2]));
// @case threshold_channel_error
tf.image.threshold(tf.ones([2, 2, 2]));
// @case threshold_method_error
tf.image.threshold(tf.ones([2, 2, 1]), 'foo');
// @case threshold_dtype_error
tf.image.threshold(tf.tensor3d([true, false, true, false], [2, 2, 1], 'bool'));
// @case transform_translate_nearest
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), [[1, 0, 1, 0, 1, 0, 0, 0]]);
// @case transform_scale_bilinear_fill
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]), [[0.5, 0, 0.25, 0, 0.75, -0.5, 0, 0]], 'bilinear', 'constant', -1);
// @case transform_reflect
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 3, 4, 1]), [[1, 0, -5, 0, 1, 3, 0, 0]], 'nearest', 'reflect');
// @case transform_reflect_far
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6], [1, 2, 3, 1]), [[1, 0, -13.5, 0, 1, 9, 0, 0]], 'bilinear', 'reflect', 0, [3, 5]);
// @case transform_wrap
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 3, 4, 1]), [[1, 0, -5, 0, 1, 4, 0, 0]], 'nearest', 'wrap');
// @case transform_wrap_bilinear
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 3, 4, 1]), [[1, 0, 6.5, 0, 1, -2.25, 0, 0]], 'bilinear', 'wrap');
// @case transform_nearest_mode
return tf.image.transform(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 3, 4, 1]), [[1, 0, -2, 0, 1, 2, 0, 0]], 'nearest', 'nearest');
// @case transform_projective
// (TF.js fills every image after the first of a batch with fillValue; see the
// docstring's Differences, so the cases use one image.)
return tf.image.transform(tf.tensor4d(tf.range(0, 9).dataSync(), [1, 3, 3, 1]), [[1, 0, 0, 0, 1, 0, 0.1, 0.2]], 'bilinear');
// @case transform_swap_axes
return tf.image.transform(tf.tensor4d(tf.range(0, 6).dataSync(), [1, 2, 3, 1]), [[0, 1, 0, 1, 0, 0, 0, 0]], 'nearest', 'constant', 7, [3, 2]);
// @case transform_zero_projection
return tf.image.transform(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]), [[1, 0, 0, 0, 1, 0, -1, 0]], 'nearest', 'constant', 5);
// @case transform_output_shape_channels
return tf.image.transform(tf.tensor4d(tf.range(0, 8).dataSync(), [1, 2, 2, 2]), [[1, 0, 0.5, 0, 1, 0, 0, 0]], 'bilinear', 'nearest', 0, [3, 1]);
// @case transform_int_error
tf.image.transform(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1], 'int32'), [[1, 0, 0, 0, 1, 0, 0, 0]]);
// @case transform_rank_error
tf.image.transform(tf.ones([2, 2, 1]), [[1, 0, 0, 0, 1, 0, 0, 0]]);
// @case transform_transforms_error
tf.image.transform(tf.ones([1, 2, 2, 1]), [[1, 0, 0, 0, 1, 0, 0]]);
// @case nms_basic
return tf.image.nonMaxSuppression(tf.tensor2d([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, -0.1, 1, 0.9, 0, 10, 1, 11, 0, 10.1, 1, 11.1, 0, 100, 1, 101], [6, 4]), tf.tensor1d([0.9, 0.75, 0.6, 0.95, 0.5, 0.3]), 3, 0.5, 0);
// @case nms_defaults_clamped
return tf.image.nonMaxSuppression(tf.tensor2d([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, -0.1, 1, 0.9, 0, 10, 1, 11, 0, 10.1, 1, 11.1, 0, 100, 1, 101], [6, 4]), tf.tensor1d([0.9, 0.75, 0.6, 0.95, 0.5, 0.3]), 10);
// @case nms_score_threshold
return tf.image.nonMaxSuppression([[0, 0, 1, 1], [0, 0, 1, 1], [2, 2, 3, 3], [5, 5, 6, 6]], [0.5, 0.5, 0.3, 0.2], 4, 0.5, 0.3);
// @case nms_ties_and_flipped_corners
return tf.image.nonMaxSuppression([[1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0.4, 1], [3, 3, 4, 4]], [0.7, 0.7, 0.7, 0.7], 4, 0.3);
// @case nms_iou_equal_threshold
return tf.image.nonMaxSuppression([[0, 0, 2, 1], [1, 0, 3, 1], [0, 0, 0, 0]], [0.9, 0.8, 0.7], 3, 1 / 3);
// @case nms_zero_output
return tf.image.nonMaxSuppression(tf.ones([2, 4]), [1, 2], 0);
// @case nms_empty
return tf.image.nonMaxSuppression(tf.zeros([0, 4]), tf.zeros([0]), 3);
// @case nms_async
const r = await tf.image.nonMaxSuppressionAsync([[0, 0, 1, 1], [0, 0.5, 1, 1.5], [0, 0.9, 1, 1.9]], [0.1, 0.2, 0.3], 3, 0.3);
return r;
// @case nms_iou_error
tf.image.nonMaxSuppression(tf.ones([2, 4]), [1, 2], 3, 1.5);
// @case nms_boxes_rank_error
tf.image.nonMaxSuppression(tf.ones([4]), [1], 3);
// @case nms_boxes_columns_error
tf.image.nonMaxSuppression(tf.ones([2, 3]), [1, 2], 3);
// @case nms_scores_rank_error
tf.image.nonMaxSuppression(tf.ones([2, 4]), [[1], [2]], 3);
// @case nms_scores_shape_error
tf.image.nonMaxSuppression(tf.ones([2, 4]), [1, 2, 3], 3);
// @case nms_int_boxes_error
tf.image.nonMaxSuppression(tf.tensor2d([1, 1, 1, 1], [1, 4], 'int32'), [1], 3);
// @case nms_with_score_soft
// @tol 1e-6
return tf.image.nonMaxSuppressionWithScore([[0, 0, 1, 1], [0, 0.2, 1, 1.2], [0, 0.6, 1, 1.6], [0, 5, 1, 6]], [0.9, 0.8, 0.7, 0.1], 4, 0.9, 0.05, 0.5);
// @case nms_with_score_hard
return tf.image.nonMaxSuppressionWithScore(tf.tensor2d([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, -0.1, 1, 0.9, 0, 10, 1, 11, 0, 10.1, 1, 11.1, 0, 100, 1, 101], [6, 4]), tf.tensor1d([0.9, 0.75, 0.6, 0.95, 0.5, 0.3]), 10, 0.5, 0, 0.5);
// @case nms_with_score_async
// @tol 1e-6
const r = await tf.image.nonMaxSuppressionWithScoreAsync([[0, 0, 1, 1], [0, 0.3, 1, 1.3]], [0.6, 0.5], 2, 0.8, 0.0, 1.0);
return r;
// @case nms_with_score_sigma_error
tf.image.nonMaxSuppressionWithScore(tf.ones([2, 4]), [1, 2], 3, 0.5, 0, 2);
// @case nms_padded
return tf.image.nonMaxSuppressionPadded(tf.tensor2d([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, -0.1, 1, 0.9, 0, 10, 1, 11, 0, 10.1, 1, 11.1, 0, 100, 1, 101], [6, 4]), tf.tensor1d([0.9, 0.75, 0.6, 0.95, 0.5, 0.3]), 10, 0.5, 0.4, true);
// @case nms_padded_no_pad
return tf.image.nonMaxSuppressionPadded(tf.tensor2d([0, 0, 1, 1, 0, 0.1, 1, 1.1, 0, -0.1, 1, 0.9, 0, 10, 1, 11, 0, 10.1, 1, 11.1, 0, 100, 1, 101], [6, 4]), tf.tensor1d([0.9, 0.75, 0.6, 0.95, 0.5, 0.3]), 4, 0.5, 0.4);
// @case nms_padded_async
const r = await tf.image.nonMaxSuppressionPaddedAsync([[0, 0, 1, 1], [0, 0, 1, 1]], [0.5, 0.6], 2, 0.5, 0, true);
return r;
// @case rotate_center_fractions
return tf.image.rotateWithOffset(tf.tensor4d(tf.range(1, 17).dataSync(), [1, 4, 4, 1]), 0.7, 100, [0.25, 0.75]);
