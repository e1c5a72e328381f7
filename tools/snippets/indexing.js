// Indexing ops (tfjs_compat/ops/indexing.py).
// @case strided_slice_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.stridedSlice(x, [0, 0], [2, 3], [1, 2]), tf.stridedSlice(x, [-1, -1], [-3, -4], [-1, -1]), tf.stridedSlice(x, [0, 1], [2, 3]), tf.stridedSlice(x, [0, 0], [10, 10], [1, 1])];
// @case strided_slice_masks
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.stridedSlice(x, [1, 1], [2, 3], [1, 1], 1), tf.stridedSlice(x, [0, 1], [1, 2], [1, 1], 0, 2), tf.stridedSlice(x, [0, 0], [1, 2], [1, 1], 0, 0, 0, 1), tf.stridedSlice(x, [1, 0], [2, 3], [1, 1], 0, 0, 0, 0, 1), tf.stridedSlice(x, [-1, 0], [2, 3], [1, 1], 0, 0, 0, 0, 1)];
// @case strided_slice_ellipsis
const r = tf.range(0, 24).reshape([2, 3, 4]);
return [tf.stridedSlice(r, [0, 1], [1, 2], [1, 1], 0, 0, 1), tf.stridedSlice(r, [0, 1], [1, 3], [1, 1], 0, 0, 2), tf.stridedSlice(r, [0, 0, 0], [1, 1, 2], [1, 1, 1], 0, 0, 1, 4), tf.stridedSlice(r, [1], [2])];
// @case strided_slice_reverse_step
const v = tf.tensor([1, 2, 3, 4, 5, 6, 7]);
return [tf.stridedSlice(v, [0], [0], [-1], 1, 1), tf.stridedSlice(v, [5], [0], [-2]), tf.stridedSlice(v, [1], [7], [3]), tf.stridedSlice(v, [-10], [10], [1])];
// @case strided_slice_empty
const v = tf.tensor([1, 2, 3, 4]);
return [tf.stridedSlice(v, [3], [0], [2]), tf.stridedSlice(v, [2], [2], [1]), tf.stridedSlice(tf.zeros([2, 3]), [0, 2], [2, 2], [1, 1])];
// @case strided_slice_string_scalar_method
return [tf.stridedSlice(tf.tensor([['a', 'b'], ['c', 'd']]), [0, 1], [2, 2], [1, 1]), tf.stridedSlice(tf.scalar(5), [], [], []), tf.tensor([1, 2, 3, 4]).stridedSlice([1], [4], [2])];
// @case strided_slice_bool_int
return [tf.stridedSlice(tf.tensor([true, false, true]), [0], [3], [2]), tf.stridedSlice(tf.tensor([1, 2, 3], [3], 'int32'), [2], [0], [-1])];
// @case strided_slice_err_stride0
tf.stridedSlice(tf.zeros([2, 3]), [0, 0], [2, 3], [0, 1]);
// @case strided_slice_err_shrink_oob
tf.stridedSlice(tf.zeros([2, 3]), [5, 0], [6, 3], [1, 1], 0, 0, 0, 0, 1);
// @case strided_slice_err_ellipses
tf.stridedSlice(tf.zeros([2, 3, 4]), [0, 0], [1, 1], [1, 1], 0, 0, 3);
// @case strided_slice_quirk_unit_stride_backwards
// NOTE: TF.js reads end < begin with stride 1 as slice() sizes and fails.
tf.stridedSlice(tf.tensor([[1, 2, 3], [4, 5, 6]]), [1, 0], [0, 3], [1, 1]);
// @case strided_slice_quirk_unit_stride_backwards2
tf.stridedSlice(tf.tensor([1, 2, 3, 4]), [3], [0], [1]);
// @case gather_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.gather(x, [2, 0], 1), tf.gather(x, tf.tensor([1, 0], [2], 'int32')), x.gather([[0, 1], [1, 0]]), tf.gather(x, 1), tf.gather(x, [], 0), tf.gather(x, [0, 0], -1)];
// @case gather_dtypes
return [tf.gather(tf.tensor([true, false]), [1, 0, 1]), tf.gather(tf.tensor([5, 6, 7], [3], 'int32'), [2])];
// @case gather_batch_dims
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.gather(x, [[1], [2]], 1, 1), tf.gather(x, [1, 2], 1, 1), tf.gather(x, [[1], [2]], -1, -1), x.gather([[0, 2], [1, 1]], 1, 1)];
// @case gather_batch_dims_3d
const r = tf.range(0, 24).reshape([2, 3, 4]);
return tf.gather(r, [[3, 0], [1, 1]], 2, 1);
// @case gather_err_float_indices
tf.gather(tf.zeros([2, 3]), tf.tensor([1, 0]));
// @case gather_err_oob
tf.gather(tf.zeros([2, 3]), [5]);
// @case gather_err_negative
tf.gather(tf.zeros([2, 3]), [-1]);
// @case gather_err_batch
tf.gather(tf.zeros([2, 3]), [[1], [2], [0]], 1, 1);
// @case gather_err_string
tf.gather(tf.tensor(['a', 'b']), [1]);
// @case gather_err_axis
tf.gather(tf.zeros([2, 3]), [0], 2);
// @case gather_nd
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.gatherND(x, [[1, 2], [0, 0]]), tf.gatherND(x, [[1]]), tf.gatherND(x, [1, 0]), tf.gatherND(tf.tensor([['a', 'b'], ['c', 'd']]), [[1]]), tf.gatherND(tf.range(0, 8, 1, 'int32').reshape([2, 2, 2]), [[[0, 1]], [[1, 0]]])];
// @case gather_nd_err_oob
tf.gatherND(tf.zeros([2, 3]), [[2, 0]]);
// @case gather_nd_err_negative
tf.gatherND(tf.zeros([2, 3]), [[-1, 0]]);
// @case gather_nd_err_float
tf.gatherND(tf.zeros([2, 3]), tf.tensor([[1, 2]]));
// @case gather_nd_err_depth
tf.gatherND(tf.zeros([2, 3]), [[1, 2, 0]]);
// @case gather_nd_err_scalar_input
tf.gatherND(tf.scalar(1), [[0]]);
// @case gather_nd_err_scalar_indices
tf.gatherND(tf.zeros([2, 3]), 1);
// @case scatter_nd
return [tf.scatterND([[1], [3], [1]], [9, 10, 11], [5]), tf.scatterND(tf.tensor([[1], [3]], [2, 1], 'int32'), tf.tensor([9, 10], [2], 'int32'), [5]), tf.scatterND([[1]], [[1, 2]], [2, 2]), tf.scatterND([[0, 1], [1, 0]], [5, 6], [2, 2]), tf.scatterND([[0]], [true], [2]), tf.scatterND([[0]], [1], [0])];
// @case scatter_nd_err_float
tf.scatterND(tf.tensor([[1]]), [1], [2]);
// @case scatter_nd_err_updates
tf.scatterND([[1]], [1, 2], [2]);
// @case scatter_nd_err_oob
tf.scatterND([[5]], [1], [2]);
// @case scatter_nd_err_rank
tf.scatterND([[0, 0, 0]], [1], [2, 2]);
// @case scatter_nd_err_string
tf.scatterND([[0]], ['a'], [2]);
// @case scatter_nd_err_scalar_indices
tf.scatterND(1, [1], [2]);
// @case tensor_scatter_update
// NOTE: TF.js's cpu kernel writes into the input's buffer, so each call gets a fresh input.
const x = () => tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.tensorScatterUpdate(tf.tensor([1, 2, 3, 4]), [[1], [3], [1]], [9, 10, 11]), tf.tensorScatterUpdate(x(), [[1]], [[7, 8, 9]]), tf.tensorScatterUpdate(x(), [[0, 2], [1, 0]], [-1, -2]), tf.tensorScatterUpdate(tf.tensor([1, 2], [2], 'int32'), [[0]], tf.tensor([7], [1], 'int32'))];
// @py
x = lambda: tf.tensor([[1, 2, 3], [4, 5, 6]])
return [tf.tensorScatterUpdate(tf.tensor([1, 2, 3, 4]), [[1], [3], [1]], [9, 10, 11]), tf.tensorScatterUpdate(x(), [[1]], [[7, 8, 9]]), tf.tensorScatterUpdate(x(), [[0, 2], [1, 0]], [-1, -2]), tf.tensorScatterUpdate(tf.tensor([1, 2], [2], 'int32'), [[0]], tf.tensor([7], [1], 'int32'))]
// @case tensor_scatter_update_err_shape
tf.tensorScatterUpdate(tf.zeros([2, 3]), [[1]], [[7, 8]]);
// @case tensor_scatter_update_err_dtype
tf.tensorScatterUpdate(tf.zeros([2, 3]), [[1]], tf.tensor([[7, 8, 9]], [1, 3], 'int32'));
// @case tensor_scatter_update_err_scalar
tf.tensorScatterUpdate(tf.scalar(1), [[1]], [7]);
// @case tensor_scatter_update_err_oob
tf.tensorScatterUpdate(tf.tensor([1, 2]), [[5]], [7]);
// @case tensor_scatter_update_err_string
tf.tensorScatterUpdate(tf.tensor(['a', 'b']), [[1]], ['z']);
// @case sparse_to_dense
return [tf.sparseToDense([[0, 1], [1, 2]], [3, 4], [2, 3], 9), tf.sparseToDense([1, 3], [5, 6], [5]), tf.sparseToDense([1, 3], 7, [5]), tf.sparseToDense(tf.tensor([1, 3], [2], 'int32'), tf.tensor([5, 6], [2], 'int32'), [5]), tf.sparseToDense([1], tf.tensor([5], [1], 'int32'), [3], 2.5), tf.sparseToDense([1, 1], [3, 4], [3])];
// @case sparse_to_dense_string
return tf.sparseToDense([1], ['a'], [3], 'z');
// @case sparse_to_dense_err_float_indices
tf.sparseToDense(tf.tensor([1, 3]), [5, 6], [5]);
// @case sparse_to_dense_err_values
tf.sparseToDense([[0, 1], [1, 2]], [3, 4, 5], [2, 3]);
// @case sparse_to_dense_err_oob
tf.sparseToDense([7], [3], [5]);
// @case sparse_to_dense_err_string_default
tf.sparseToDense([1], ['a'], [3]);
// @case sparse_to_dense_err_default_dtype
tf.sparseToDense([1], [1], [3], tf.scalar(1, 'int32'));
// @case sparse_to_dense_err_output_shape
tf.sparseToDense([[0, 1]], [3], [2]);
// @case where_basic
return [tf.where(tf.tensor([true, false, true]), tf.tensor([1, 2, 3]), tf.tensor([4, 5, 6])), tf.where([true, false], [1, 2], [3, 4]), tf.tensor([1, 2]).where(tf.tensor([false, true]), tf.tensor([3, 4]))];
// @case where_broadcast
return [tf.where(tf.tensor([true, false]), tf.tensor([[1, 2], [3, 4]]), tf.tensor([[5, 6], [7, 8]])), tf.where(tf.tensor([[true], [false]]), tf.tensor([[1, 2], [3, 4]]), 0)];
// @case where_dtypes
return [tf.where(tf.tensor([true, false]), tf.tensor([1, 2], [2], 'int32'), tf.tensor([3, 4])), tf.where(tf.tensor([true, false]), tf.tensor([true, true]), tf.tensor([3, 4], [2], 'int32')), tf.where(tf.tensor([true, false]), tf.tensor([1, 2], [2], 'int32'), tf.tensor([3, 4], [2], 'int32'))];
// @case where_err_cond_dtype
tf.where(tf.tensor([1, 0]), [1, 2], [3, 4]);
// @case where_err_string
tf.where(tf.tensor([true, false]), tf.tensor(['a', 'b']), tf.tensor(['c', 'd']));
// @case where_err_broadcast_a
tf.where(tf.tensor([true, false, true]), tf.tensor([1, 2]), tf.tensor([3, 4]));
// @case where_err_broadcast_b
tf.where(tf.tensor([true, false]), tf.tensor([1, 2]), tf.tensor([3, 4, 5]));
// @case where_async
return [await tf.whereAsync(tf.tensor([[true, false], [false, true]])), await tf.whereAsync(tf.tensor([false])), await tf.whereAsync(tf.scalar(true))];
// @case where_async_no_await
const r = tf.whereAsync(tf.tensor([false, true, true]));
return await r;
// @case where_async_err
await tf.whereAsync(tf.tensor([1, 0, 2]));
// @case boolean_mask
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [await tf.booleanMaskAsync(x, tf.tensor([false, true])), await tf.booleanMaskAsync(x, tf.tensor([[true, false, true], [false, true, false]])), await tf.booleanMaskAsync(x, tf.tensor([true, false, true]), 1), await tf.booleanMaskAsync(x, tf.tensor([false, false])), await tf.booleanMaskAsync(tf.tensor([1, 2, 3], [3], 'int32'), [true, false, true])];
// @case boolean_mask_err_shape
await tf.booleanMaskAsync(tf.zeros([2, 3]), tf.tensor([true, false, true]));
// @case boolean_mask_err_float
await tf.booleanMaskAsync(tf.zeros([2, 3]), tf.tensor([1, 0]));
// @case boolean_mask_err_scalar
await tf.booleanMaskAsync(tf.zeros([2, 3]), tf.scalar(true));
// @case boolean_mask_err_string
await tf.booleanMaskAsync(tf.tensor(['a', 'b']), tf.tensor([true, false]));
// @case topk_basic
return [tf.topk(tf.tensor([[1, 5, 5, 2], [3, 3, 3, 0]]), 3), tf.topk(tf.tensor([1, 5, 2])), tf.tensor([1, 5, 2, 7]).topk(2)];
// @case topk_dtypes
return [tf.topk(tf.tensor([1, 5, 2], [3], 'int32'), 2), tf.topk(tf.tensor([true, false, true]), 2), tf.topk(tf.tensor([1, 2]), 0)];
// @case topk_ties_neg_zero
return tf.topk(tf.tensor([0, -0, 1, 1]), 4);
// @case topk_unsorted
return [tf.topk(tf.tensor([3, 1, 4, 1, 5, 9, 2, 6]), 4, false), tf.topk(tf.tensor([1, 2, 3, 4, 5, 6]), 3, false), tf.topk(tf.tensor([1, 5, 2]), 3, false), tf.topk(tf.tensor([[5, 1, 7, 7, 3], [2, 8, 8, 0, 9]]), 2, false)];
// @case topk_unsorted_large
// 700 values exercise the sampling step of the selection (more than 600 elements).
const vals = Array.from({length: 700}, (_, i) => (i * 7919) % 701);
return tf.topk(tf.tensor(vals), 50, false);
// @py
vals = [(i * 7919) % 701 for i in range(700)]
return tf.topk(tf.tensor(vals), 50, False)
// @case topk_err_k
tf.topk(tf.tensor([1, 5, 2]), 4);
// @case topk_err_k_neg
tf.topk(tf.tensor([1, 5, 2]), -1);
// @case topk_err_scalar
tf.topk(tf.scalar(1), 1);
// @case topk_err_string
tf.topk(tf.tensor(['a']), 1);
// @case unique_basic
return [tf.unique(tf.tensor([3, 1, 3, 2, 1])), tf.unique(tf.tensor([3, 1, 3], [3], 'int32')), tf.tensor([true, true, false]).unique()];
// @case unique_string
return tf.unique(tf.tensor(['b', 'a', 'b']));
// @case unique_axis
return [tf.unique(tf.tensor([[1, 2], [3, 4], [1, 2]]), 0), tf.unique(tf.tensor([[1, 2, 1], [3, 4, 3]]), 1), tf.unique(tf.tensor([[1, 2, 1], [3, 4, 3]]), -1), tf.unique(tf.tensor([[1, 2, 1], [3, 4, 3]]))];
// @case unique_nan_neg_zero
return [tf.unique(tf.tensor([NaN, 1, NaN])), tf.unique(tf.tensor([0, -0, 1]))];
// @case unique_err_axis
tf.unique(tf.tensor([[1, 2, 1], [3, 4, 3]]), 2);
// @case unique_err_scalar
tf.unique(tf.scalar(1));
// @case setdiff1d
return [await tf.setdiff1dAsync([1, 2, 3, 4, 5, 2], [2, 5]), await tf.setdiff1dAsync(tf.tensor([1, 2, 3, 1], [4], 'int32'), tf.tensor([2], [1], 'int32')), await tf.setdiff1dAsync([1, 2], [1, 2])];
// @case setdiff1d_err_dtype
await tf.setdiff1dAsync(tf.tensor([1, 2, 3], [3], 'int32'), [2]);
// @case setdiff1d_err_rank_x
await tf.setdiff1dAsync(tf.tensor([[1, 2]]), [2]);
// @case setdiff1d_err_rank_y
await tf.setdiff1dAsync([1, 2], [[2]]);
// @case setdiff1d_err_string
await tf.setdiff1dAsync(tf.tensor(['a', 'b']), tf.tensor(['a']));
// @case search_sorted
return [tf.lowerBound([1, 2, 2, 3], [0, 2, 2.5, 4]), tf.upperBound([1, 2, 2, 3], [0, 2, 2.5, 4]), tf.searchSorted([1, 2, 2, 3], [2]), tf.searchSorted([1, 2, 2, 3], [2], 'right'), tf.searchSorted([[1, 2, 3], [4, 5, 6]], [[2, 7], [4, 5]]), tf.searchSorted([1, 2, 3], [NaN])];
// @case search_sorted_dtypes
return [tf.searchSorted(tf.tensor([1, 2, 3], [3], 'int32'), tf.tensor([2], [1], 'int32')), tf.searchSorted(tf.tensor([1, 2, 3], [3], 'int32'), tf.tensor([2.5])), tf.upperBound(tf.tensor([[1, 2], [3, 4]], [2, 2], 'int32'), tf.tensor([[2], [2]], [2, 1], 'int32'))];
// @case search_sorted_err_leading
tf.searchSorted([[1, 2, 3], [4, 5, 6]], [2]);
// @case search_sorted_err_leading2
tf.searchSorted([[1, 2, 3], [4, 5, 6]], [[2], [3], [4]]);
// @case search_sorted_err_empty
tf.searchSorted(tf.zeros([0]), [2]);
// @case search_sorted_err_string
tf.searchSorted(tf.tensor(['a']), tf.tensor(['b']));
// @case in_top_k
const p = tf.tensor([[1, 5, 3], [4, 2, 6]]);
return [await tf.inTopKAsync(p, tf.tensor([1, 0], [2], 'int32'), 1), await tf.inTopKAsync(p, [1, 2]), await tf.inTopKAsync(p, [2, 1], 2), await tf.inTopKAsync(tf.tensor([[5, 5, 3]]), [1], 1), await tf.inTopKAsync(tf.tensor([[1, 5, 3]]), tf.tensor([1])), await tf.inTopKAsync(tf.zeros([1, 2, 3]), [[1, 0]]), await tf.inTopKAsync(tf.tensor([[1, 5, 3]]), [7], 1)];
// @case in_top_k_err_shape
await tf.inTopKAsync(tf.tensor([[1, 5, 3]]), [1, 0]);
// @case in_top_k_err_k
await tf.inTopKAsync(tf.tensor([[1, 5, 3]]), [1], 4);
// @case in_top_k_err_k0
await tf.inTopKAsync(tf.tensor([[1, 5, 3]]), [1], 0);
// @case in_top_k_err_rank
await tf.inTopKAsync(tf.tensor([1, 5, 3]), [1]);
// @case in_top_k_err_last
await tf.inTopKAsync(tf.zeros([1, 2, 3]), [[1]]);
// @case topk_fields_print
const r = tf.topk(tf.tensor([[1, 9, 4], [7, 2, 8]]), 2);
r.values.print();
r.indices.print();
const u = tf.unique(tf.tensor([4, 4, 1]));
return [r.values, r.indices, u.values, u.indices];
// @case search_sorted_3d
return [tf.searchSorted(tf.tensor([[[1, 2, 3], [4, 5, 6]], [[1, 1, 1], [0, 5, 9]]]), tf.tensor([[[2], [5]], [[1], [9]]])), tf.upperBound(tf.tensor([[[1, 2, 3], [4, 5, 6]], [[1, 1, 1], [0, 5, 9]]]), tf.tensor([[[2], [5]], [[1], [9]]]))];
// @case unique_3d_axis1
return tf.unique(tf.tensor([[[1, 2], [1, 2], [3, 4]], [[5, 6], [5, 6], [7, 8]]]), 1);
// @case gather_nd_print
tf.gatherND(tf.tensor([[1, 2], [3, 4]]), [[1, 1], [0, 1]]).print();
