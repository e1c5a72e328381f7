// @case fill_rows_basic
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0, 1, 3, 2, 0], [4, 2], 'int32'), [0, 10, 13, 14], tf.tensor1d([5, 6], 'int32'), -1);
// @case fill_rows_int_values
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0, 1, 3, 2, 0], [4, 2], 'int32'), tf.tensor1d([0, 10, 13, 14], 'int32'), [5, 6], -1);
// @case fill_rows_all_empty
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([], [0, 2], 'int32'), [], [3, 2], 7);
// @case fill_rows_unsorted
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([2, 0, 0, 1], [2, 2], 'int32'), [1, 2], [3, 2], 7);
// @case fill_rows_unsorted_same_row
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([3, 1, 0, 2, 3, 0, 0, 0], [4, 2], 'int32'), [1, 2, 3, 4], [5, 4], 9);
// @case fill_rows_default_cast_int
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), tf.tensor1d([1, 2], 'int32'), [3, 2], 7.5);
// @case fill_rows_default_float
return tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), [1, 2], [3, 2], 7.5);
// @case fill_rows_array_indices_rank3
return tf.sparse.sparseFillEmptyRows([[0, 0, 1], [2, 1, 1]], [1, 2], [4, 2, 2], 0);
// @case fill_rows_negative_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, -1, 0], [2, 2], 'int32'), [1, 2], [3, 2], 7);
// @case fill_rows_too_big_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 5, 0], [2, 2], 'int32'), [1, 2], [3, 2], 7);
// @case fill_rows_indices_rank_error
tf.sparse.sparseFillEmptyRows(tf.tensor1d([0, 0], 'int32'), [1, 2], [3, 2], 7);
// @case fill_rows_values_rank_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), [[1, 2]], [3, 2], 7);
// @case fill_rows_shape_rank_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), [1, 2], [[3, 2]], 7);
// @case fill_rows_default_rank_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), [1, 2], [3, 2], [7]);
// @case fill_rows_zero_rows_error
tf.sparse.sparseFillEmptyRows(tf.tensor2d([0, 0, 1, 0], [2, 2], 'int32'), [1, 2], [0, 2], 7);
// @case reshape_infer
return tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 2, 3], [5, 3], 'int32'), [2, 3, 6], [9, -1]);
// @case reshape_int_tensors_3d
return tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0, 1, 1, 5, 1, 2, 3], [3, 3], 'int32'), tf.tensor1d([2, 3, 6], 'int32'), tf.tensor1d([3, 2, -1], 'int32'));
// @case reshape_flatten
return tf.sparse.sparseReshape(tf.tensor2d([0, 1, 5], [1, 3], 'int32'), tf.tensor1d([2, 3, 6], 'int32'), tf.tensor1d([36], 'int32'));
// @case reshape_empty
return tf.sparse.sparseReshape(tf.tensor2d([], [0, 3], 'int32'), tf.tensor1d([2, 0, 6], 'int32'), tf.tensor1d([4, 0], 'int32'));
// @case reshape_two_unknown_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [2, 3, 6], tf.tensor1d([-1, -1], 'int32'));
// @case reshape_negative_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [2, 3, 6], tf.tensor1d([-2, 4], 'int32'));
// @case reshape_multiple_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [2, 3, 6], tf.tensor1d([5, -1], 'int32'));
// @case reshape_size_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [2, 3, 6], tf.tensor1d([5, 7], 'int32'));
// @case reshape_empty_infer_error
tf.sparse.sparseReshape(tf.tensor2d([], [0, 3], 'int32'), [2, 0, 6], tf.tensor1d([0, -1], 'int32'));
// @case reshape_indices_rank_error
tf.sparse.sparseReshape(tf.tensor1d([0, 0], 'int32'), [2, 3, 6], [36]);
// @case reshape_shape_rank_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [[2, 3, 6]], [36]);
// @case reshape_new_shape_rank_error
tf.sparse.sparseReshape(tf.tensor2d([0, 0, 0], [1, 3], 'int32'), [2, 3, 6], [[36]]);
// @case segment_sum_one_segment
return tf.sparse.sparseSegmentSum(tf.tensor2d([[1, 2, 3, 4], [-1, -2, -3, -4], [6, 7, 8, 9]]), tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0, 0], 'int32'));
// @case segment_sum_two_segments
return tf.sparse.sparseSegmentSum(tf.tensor2d([[1, 2, 3, 4], [-1, -2, -3, -4], [6, 7, 8, 9]]), tf.tensor1d([0, 1, 2], 'int32'), tf.tensor1d([0, 0, 1], 'int32'));
// @case segment_sum_gap
return tf.sparse.sparseSegmentSum(tf.tensor2d([[1, 2, 3, 4], [-1, -2, -3, -4], [6, 7, 8, 9]]), tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0, 2], 'int32'));
// @case segment_sum_int
return tf.sparse.sparseSegmentSum(tf.tensor1d([1, 2, 3], 'int32'), tf.tensor1d([0, 2, 2], 'int32'), tf.tensor1d([0, 0, 3], 'int32'));
// @case segment_sum_empty
return tf.sparse.sparseSegmentSum(tf.tensor2d([[1, 2, 3, 4], [-1, -2, -3, -4]]), tf.tensor1d([], 'int32'), tf.tensor1d([], 'int32'));
// @case segment_mean_basic
return tf.sparse.sparseSegmentMean(tf.tensor2d([[1, 2, 3, 4], [-1, -2, -3, -4], [6, 7, 8, 9]]), tf.tensor1d([0, 1, 2], 'int32'), tf.tensor1d([0, 0, 1], 'int32'));
// @case segment_mean_float
// @tol 1e-6
return tf.sparse.sparseSegmentMean(tf.tensor1d([1, 2, 4]), tf.tensor1d([0, 1, 2, 2], 'int32'), tf.tensor1d([0, 0, 0, 1], 'int32'));
// @case segment_mean_gap_rank3
return tf.sparse.sparseSegmentMean(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]), tf.tensor1d([1, 0, 1], 'int32'), tf.tensor1d([0, 2, 2], 'int32'));
// @case segment_mean_int_truncates
return tf.sparse.sparseSegmentMean(tf.tensor1d([1, 2, -4], 'int32'), tf.tensor1d([0, 1, 2, 2], 'int32'), tf.tensor1d([0, 0, 1, 1], 'int32'));
// @case segment_mean_bool
return tf.sparse.sparseSegmentMean(tf.tensor1d([true, false], 'bool'), tf.tensor1d([1, 0], 'int32'), tf.tensor1d([0, 1], 'int32'));
// @case segment_bad_index_error
tf.sparse.sparseSegmentSum(tf.ones([3, 2]), tf.tensor1d([0, 5], 'int32'), tf.tensor1d([0, 0], 'int32'));
// @case segment_not_increasing_error
tf.sparse.sparseSegmentSum(tf.ones([3, 2]), tf.tensor1d([0, 1], 'int32'), tf.tensor1d([1, 0], 'int32'));
// @case segment_negative_id_error
tf.sparse.sparseSegmentMean(tf.ones([3, 2]), tf.tensor1d([0, 1], 'int32'), tf.tensor1d([-1, 0], 'int32'));
// @case segment_size_error
tf.sparse.sparseSegmentSum(tf.ones([3, 2]), tf.tensor1d([0, 1], 'int32'), tf.tensor1d([0], 'int32'));
// @case segment_indices_rank_error
tf.sparse.sparseSegmentSum(tf.ones([3, 2]), tf.tensor2d([0, 1], [1, 2], 'int32'), tf.tensor1d([0, 0], 'int32'));
// @case segment_ids_rank_error
tf.sparse.sparseSegmentMean(tf.ones([3, 2]), tf.tensor1d([0, 1], 'int32'), tf.tensor2d([0, 0], [1, 2], 'int32'));
// @case segment_scalar_data_error
tf.sparse.sparseSegmentSum(tf.scalar(1), tf.tensor1d([0], 'int32'), tf.tensor1d([0], 'int32'));
