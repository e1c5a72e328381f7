// Shape manipulation ops (tfjs_compat/ops/shape.py).
// @case reshape_basic
return tf.reshape(tf.tensor([1, 2, 3, 4, 5, 6]), [2, 3]);
// @case reshape_implicit
return tf.tensor([[1, 2, 3], [4, 5, 6]]).reshape([-1, 2]);
// @case reshape_print
tf.tensor([1, 2, 3, 4]).reshape([2, 2]).print();
// @case reshape_plain_list
return tf.reshape([1, 2, 3, 4], [2, 2]);
// @case reshape_scalar
return tf.reshape(tf.tensor([5]), []);
// @case reshape_string
return tf.reshape(tf.tensor(['a', 'b', 'c', 'd']), [2, 2]);
// @case reshape_int_bool
return [tf.tensor([1, 2], [2], 'int32').reshape([2, 1]), tf.tensor([true, false]).reshape([1, 2])];
// @case reshape_empty
return tf.zeros([0, 3]).reshape([-1, 3]);
// @case reshape_err_size
tf.tensor([1, 2, 3, 4, 5, 6]).reshape([4]);
// @case reshape_err_two_implicit
tf.tensor([1, 2, 3, 4, 5, 6]).reshape([-1, -1]);
// @case reshape_err_fraction
tf.tensor([1, 2, 3, 4, 5, 6]).reshape([-1, 4]);
// @case reshape_err_negative
tf.tensor([1, 2, 3, 4, 5, 6]).reshape([-2, 3]);
// @case reshape_err_empty_infer
tf.zeros([0, 3]).reshape([0, -1]);
// @case reshape_err_fractional_dim
tf.tensor([1, 2, 3, 4, 5, 6]).reshape([2.5, 2]);
// @case reshape_shares_buffer
const x = tf.tensor([1, 2, 3, 4]);
const m0 = tf.memory().numDataBuffers;
const y = x.reshape([2, 2]);
const z = y.expandDims(0).squeeze();
const f = x.flatten();
const t = tf.transpose(y);
return [tf.memory().numDataBuffers - m0, z.shape, f.shape];
// @case methods_as_nd
const x = tf.tensor([1, 2, 3, 4]);
return [x.as1D(), x.as2D(2, 2), x.as3D(1, 2, 2), x.as4D(1, 1, 2, 2), x.as5D(1, 1, 1, 2, 2), tf.tensor([[7]]).asScalar(), x.reshapeAs(tf.zeros([4, 1])), tf.tensor([[1, 2]]).flatten()];
// @case as_scalar_err
tf.tensor([1, 2]).asScalar();
// @case as2d_err
tf.tensor([1, 2, 3, 4]).as2D(3, 2);
// @case reshape_as_err
tf.tensor([1, 2]).reshapeAs(tf.zeros([3]));
// @case expand_dims
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.expandDims(x), x.expandDims(1), x.expandDims(2), x.expandDims(-1), x.expandDims(-3), tf.expandDims(tf.scalar(3))];
// @case expand_dims_string
return tf.expandDims(tf.tensor(['a', 'b']), 1);
// @case expand_dims_err_big
tf.zeros([2, 3]).expandDims(3);
// @case expand_dims_err_neg
tf.zeros([2, 3]).expandDims(-4);
// @case squeeze_all
return [tf.squeeze(tf.zeros([1, 2, 1])), tf.zeros([1, 2, 1]).squeeze([0]), tf.zeros([1, 2, 1]).squeeze(-1), tf.zeros([1, 1]).squeeze()];
// @case squeeze_string
return tf.squeeze(tf.tensor([['a'], ['b']]));
// @case squeeze_err_not_one
tf.zeros([2, 3]).squeeze([0]);
// @case squeeze_err_axis
tf.zeros([1, 2]).squeeze([5]);
// @case transpose_default
return tf.transpose(tf.tensor([[1, 2, 3], [4, 5, 6]]));
// @case transpose_perm
return tf.range(0, 24).reshape([2, 3, 4]).transpose([1, 2, 0]);
// @case transpose_int_bool
return [tf.transpose(tf.tensor([[1, 2]], [1, 2], 'int32')), tf.transpose(tf.tensor([[true, false]]))];
// @case transpose_conjugate
return [tf.transpose(tf.complex([[1, 2]], [[3, 4]]), [1, 0], true), tf.transpose(tf.complex([[1, 2]], [[3, 4]]))];
// @case transpose_print
tf.tensor([[1, 2, 3], [4, 5, 6]]).transpose().print();
// @case transpose_err_len
tf.zeros([2, 3]).transpose([0]);
// @case transpose_err_range
tf.zeros([2, 3]).transpose([0, 2]);
// @case transpose_err_negative
tf.zeros([2, 3]).transpose([-1, 0]);
// @case transpose_err_string
tf.transpose(tf.tensor(['a', 'b']));
// @case concat_axis0
return tf.concat([tf.tensor([[1, 2, 3], [4, 5, 6]]), tf.tensor([[7, 8, 9]])]);
// @case concat_axis1_neg
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.concat([x, x], 1), tf.concat([x, x], -1)];
// @case concat_three
return tf.concat([tf.tensor([1]), tf.tensor([2, 3]), tf.tensor([4])]);
// @case concat_dtype_first_wins
return [tf.concat([tf.tensor([[1, 2, 3]]), tf.tensor([[1, 2, 3]], [1, 3], 'int32')], 0), tf.concat([tf.tensor([1], [1], 'int32'), tf.tensor([2.7, -2.7])])];
// @case concat_bool_first
return tf.concat([tf.tensor([true]), tf.tensor([1, 0], [2], 'int32')]);
// @case concat_string
return tf.concat([tf.tensor([['a', 'b'], ['c', 'd']]), tf.tensor([['e'], ['f']])], 1);
// @case concat_one_and_empty
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.concat([x]), tf.concat([x], 5), tf.concat([tf.zeros([0, 3]), x])];
// @case concat_plain_lists
return tf.concat([[1, 2], [3]]);
// @case concat_method
const a = tf.tensor([1, 2]);
return [a.concat(tf.tensor([3])), a.concat([tf.tensor([3]), tf.tensor([4, 5])])];
// @case concat_complex
return tf.concat([tf.complex([1], [2]), tf.complex([3], [4])]);
// @case concat_err_empty
tf.concat([]);
// @case concat_err_shape
tf.concat([tf.zeros([2, 3]), tf.zeros([3, 4])], 1);
// @case concat_err_shape3d
tf.concat([tf.zeros([1, 2, 3]), tf.zeros([1, 2, 3]), tf.zeros([2, 3, 4])], 1);
// @case concat_err_rank
tf.concat([tf.zeros([2, 3]), tf.zeros([3])], 0);
// @case concat_err_axis
tf.concat([tf.zeros([2, 3]), tf.zeros([2, 3])], 2);
// @case concat_err_scalars
tf.concat([tf.scalar(1), tf.scalar(2)]);
// @case concat_err_complex
tf.concat([tf.complex([1], [2]), tf.tensor([3])]);
// @case concat1d_to_4d
return [tf.concat1d([tf.tensor([1]), tf.tensor([2, 3])]), tf.concat2d([tf.zeros([1, 2]), tf.ones([1, 2])], 0), tf.concat3d([tf.zeros([1, 1, 2]), tf.ones([1, 1, 1])], 2), tf.concat4d([tf.ones([1, 1, 1, 2]), tf.zeros([1, 1, 1, 1])], -1)];
// @case concat2d_err
tf.concat2d([tf.zeros([2, 3]), tf.zeros([3, 4])], 1);
// @case concat3d_err
tf.concat3d([tf.zeros([1, 2, 3]), tf.zeros([1, 3, 4])], 2);
// @case concat4d_err
tf.concat4d([tf.zeros([1, 1, 2, 3]), tf.zeros([1, 1, 3, 4])], 3);
// @case concat1d_err_rank
tf.concat1d([tf.zeros([2]), tf.zeros([2, 2])]);
// @case stack_basic
const a = tf.tensor([1, 2]);
const b = tf.tensor([3, 4]);
return [tf.stack([a, b]), tf.stack([a, b], 1), tf.stack([a, b], -1), a.stack(b), a.stack([b, b])];
// @case stack_scalars_one_string
return [tf.stack([tf.scalar(1), tf.scalar(2)]), tf.stack([tf.tensor([1, 2])]), tf.stack([tf.tensor(['a']), tf.tensor(['b'])])];
// @case stack_err_shapes
tf.stack([tf.tensor([1, 2]), tf.tensor([3, 4, 5])]);
// @case stack_err_dtypes
tf.stack([tf.tensor([1, 2]), tf.tensor([3, 4], [2], 'int32')]);
// @case stack_err_empty
tf.stack([]);
// @case stack_err_axis
tf.stack([tf.tensor([1, 2]), tf.tensor([3, 4])], 3);
// @case stack_err_axis_neg
tf.stack([tf.tensor([1, 2]), tf.tensor([3, 4])], -4);
// @case unstack_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.unstack(x), x.unstack(1), tf.unstack(x, -1)];
// @case unstack_string
return tf.unstack(tf.tensor([['a', 'b'], ['c', 'd']]));
// @case unstack_err_axis
tf.unstack(tf.zeros([2, 3]), 2);
// @case unstack_err_axis_neg
tf.unstack(tf.zeros([2, 3]), -3);
// @case unstack_err_scalar
tf.unstack(tf.scalar(1));
// @case split_num
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.split(x, 3, 1), x.split(2)];
// @case split_sizes
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.split(x, [1, -1], 1), tf.split(x, [0, 3], 1), tf.split(x, [2, 1], -1)];
// @case split_int
return tf.split(tf.tensor([1, 2, 3, 4], [4], 'int32'), 2);
// @case split_err_uneven
tf.split(tf.zeros([2, 3]), 2, 1);
// @case split_err_zero
tf.split(tf.zeros([2, 3]), 0, 1);
// @case split_err_sum
tf.split(tf.zeros([2, 3]), [1, 1], 1);
// @case split_err_two_neg
tf.split(tf.zeros([2, 3]), [-1, -1], 1);
// @case split_err_neg2
tf.split(tf.zeros([2, 3]), [-2, 5], 1);
// @case split_err_overflow
tf.split(tf.zeros([2, 3]), [4, -1], 1);
// @case split_err_axis
tf.split(tf.zeros([2, 3]), 1, 2);
// @case split_err_string
tf.split(tf.tensor(['a', 'b']), 2);
// @case slice_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.slice(x, [0, 1], [2, -1]), tf.slice(x, 1, 1), tf.slice(x, [1]), x.slice([0, 0], [0, 2])];
// @case slice_1d_number
return tf.slice(tf.tensor([1, 2, 3, 4]), 1);
// @case slice_partial_begin_size
const r = tf.range(0, 24).reshape([2, 3, 4]);
return [tf.slice(r, [1, 1], [-1, 1]), tf.slice(r, [1, 1, 1], [1]), tf.slice(r, [1], [1])];
// @case slice_string_bool
return [tf.slice(tf.tensor([['a', 'b'], ['c', 'd']]), [1, 0], [1, 2]), tf.slice(tf.tensor([true, false, true]), 1, 2)];
// @case slice_err_overflow
tf.slice(tf.zeros([2, 3]), [0, 2], [2, 2]);
// @case slice_err_rank
tf.slice(tf.zeros([2, 3]), [0, 0, 0], [1, 1, 1]);
// @case slice_err_negative_begin
tf.slice(tf.zeros([2, 3]), [-1, 0], [1, 1]);
// @case slice_err_negative_size
tf.slice(tf.zeros([2, 3]), [0, 0], [-2, 1]);
// @case slice1d_to_4d
return [tf.slice1d(tf.tensor([1, 2, 3, 4]), 1, 2), tf.slice2d(tf.tensor([[1, 2], [3, 4]]), [1, 0], [1, 2]), tf.slice3d(tf.range(0, 8).reshape([2, 2, 2]), [1, 0, 1], [1, 2, 1]), tf.slice4d(tf.range(0, 16).reshape([2, 2, 2, 2]), [1, 1, 0, 0], [1, 1, 2, -1])];
// @case slice1d_err
tf.slice1d(tf.zeros([2, 3]), 1, 2);
// @case slice2d_err
tf.slice2d(tf.zeros([4]), [0, 0], [1, 1]);
// @case slice3d_err
tf.slice3d(tf.zeros([2, 3]), [0, 0, 0], [1, 1, 1]);
// @case slice4d_err
tf.slice4d(tf.zeros([2, 3]), [0, 0, 0, 0], [1, 1, 1, 1]);
// @case tile_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.tile(x, [2, 1]), x.tile([1, 2]), tf.tile(x, [0, 2]), tf.tile(tf.scalar(3), [])];
// @case tile_string_bool
return [tf.tile(tf.tensor([['a', 'b']]), [2, 2]), tf.tile(tf.tensor([true, false]), [2])];
// @case tile_err_len
tf.tile(tf.zeros([2, 3]), [2]);
// @case tile_err_negative
tf.tile(tf.zeros([2, 3]), [-1, 2]);
// @case pad_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.pad(x, [[1, 0], [0, 2]], 9), x.pad([[0, 1], [1, 0]]), tf.pad(x, [[-1, 0], [0, 0]])];
// @case pad_dtypes
return [tf.pad(tf.tensor([1, 2], [2], 'int32'), [[1, 1]], 2.7), tf.pad(tf.tensor([true]), [[1, 1]]), tf.pad(tf.tensor([false]), [[1, 1]], 1), tf.pad(tf.tensor([1]), [[1, 0]], NaN)];
// @case pad_print
tf.pad(tf.tensor([[1, 2], [3, 4]]), [[1, 1], [1, 1]]).print();
// @case pad_err_scalar
tf.pad(tf.scalar(1), []);
// @case pad_err_string
tf.pad(tf.tensor([['a']]), [[1, 0], [0, 0]]);
// @case pad1d_to_4d
return [tf.pad1d(tf.tensor([1, 2]), [1, 2], 5), tf.pad2d(tf.tensor([[1]]), [[1, 0], [0, 1]]), tf.pad3d(tf.ones([1, 1, 1]), [[0, 0], [1, 0], [0, 1]], 2), tf.pad4d(tf.ones([1, 1, 1, 1]), [[0, 0], [0, 0], [1, 1], [0, 0]])];
// @case pad1d_err
tf.pad1d(tf.tensor([1, 2]), [1]);
// @case pad2d_err
tf.pad2d(tf.zeros([2, 3]), [[1, 2]]);
// @case pad3d_err
tf.pad3d(tf.zeros([1, 1, 1]), [[1, 2], [1, 1], [1]]);
// @case pad4d_err
tf.pad4d(tf.zeros([1, 1, 1, 1]), [[1, 2], [1, 1], [1, 1], [1]]);
// @case mirror_pad
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.mirrorPad(x, [[1, 1], [2, 2]], 'reflect'), x.mirrorPad([[2, 2], [3, 3]], 'symmetric'), tf.mirrorPad(tf.tensor([1, 2, 3], [3], 'int32'), [[1, 0]], 'reflect')];
// @case mirror_pad_err_size
tf.mirrorPad(tf.zeros([2, 3]), [[2, 2], [1, 1]], 'reflect');
// @case mirror_pad_err_size_sym
tf.mirrorPad(tf.zeros([2, 3]), [[3, 2], [1, 1]], 'symmetric');
// @case mirror_pad_err_negative
tf.mirrorPad(tf.zeros([2, 3]), [[-1, 0], [0, 0]], 'reflect');
// @case mirror_pad_err_mode
tf.mirrorPad(tf.zeros([2, 3]), [[1, 1], [1, 1]], 'foo');
// @case mirror_pad_err_len
tf.mirrorPad(tf.zeros([2, 3]), [[1, 1]], 'reflect');
// @case mirror_pad_err_scalar
tf.mirrorPad(tf.scalar(1), [], 'reflect');
// @case mirror_pad_err_string
tf.mirrorPad(tf.tensor([['a']]), [[0, 0], [0, 0]], 'reflect');
// @case reverse_basic
const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
return [tf.reverse(x), x.reverse(1), tf.reverse(x, [-1, 0]), tf.reverse(tf.scalar(1)), tf.reverse(tf.tensor([true, false, false]))];
// @case reverse_nd
const r = tf.range(0, 24).reshape([2, 3, 4]);
return [tf.reverse1d(tf.tensor([1, 2, 3])), tf.reverse2d(tf.tensor([[1, 2], [3, 4]]), 0), tf.reverse3d(r, [0, 2]), tf.reverse4d(tf.range(0, 16).reshape([2, 2, 2, 2]), 3)];
// @case reverse_err_axis
tf.reverse(tf.zeros([2, 3]), 2);
// @case reverse_err_string
tf.reverse(tf.tensor(['a', 'b']), 0);
// @case reverse1d_err
tf.reverse1d(tf.zeros([2, 3]));
// @case reverse2d_err
tf.reverse2d(tf.zeros([2, 3, 4]));
// @case reverse3d_err
tf.reverse3d(tf.zeros([2, 3]));
// @case reverse4d_err
tf.reverse4d(tf.zeros([2, 3]));
// @case broadcast_to
return [tf.broadcastTo(tf.tensor([1, 2]), [2, 2]), tf.tensor([1, 2]).broadcastTo([3, 1, 2]), tf.broadcastTo(tf.scalar(3), [2, 2]), tf.broadcastTo(tf.tensor([[1], [2]], [2, 1], 'int32'), [2, 3])];
// @case broadcast_to_same_shares
const x = tf.tensor([1, 2, 3, 4]);
const m0 = tf.memory().numDataBuffers;
const y = tf.broadcastTo(x, [4]);
const c = tf.concat([x]);
const s = tf.stack([x]);
const t = tf.tile(x, [1]);
return tf.memory().numDataBuffers - m0;
// @case broadcast_to_err
tf.broadcastTo(tf.tensor([1, 2]), [2, 3]);
// @case broadcast_to_err_rank
tf.broadcastTo(tf.tensor([[1, 2]]), [2]);
// @case broadcast_to_err_string
tf.broadcastTo(tf.tensor(['a']), [2]);
// @case broadcast_args
return [tf.broadcastArgs(tf.tensor([2, 1], [2], 'int32'), tf.tensor([3, 1, 4], [3], 'int32')), tf.broadcastArgs([2, 1], [3, 1, 4])];
// @case broadcast_args_err_dtype
tf.broadcastArgs(tf.tensor([2, 1]), tf.tensor([3, 1, 4]));
// @case broadcast_args_err_shapes
tf.broadcastArgs(tf.tensor([2, 3], [2], 'int32'), tf.tensor([4], [1], 'int32'));
// @case broadcast_args_err_rank
tf.broadcastArgs(tf.tensor([[2]], [1, 1], 'int32'), tf.tensor([4], [1], 'int32'));
// @case meshgrid_xy
return tf.meshgrid([1, 2, 3], [4, 5]);
// @case meshgrid_ij
return tf.meshgrid([1, 2, 3], [4, 5], {indexing: 'ij'});
// @py
return tf.meshgrid([1, 2, 3], [4, 5], {'indexing': 'ij'})
// @case meshgrid_one_none_mixed
return [tf.meshgrid([1, 2, 3]), tf.meshgrid(), tf.meshgrid([[1, 2]], [3]), tf.meshgrid(tf.tensor([1, 2], [2], 'int32'), tf.tensor([3]))];
// @case meshgrid_err_indexing
tf.meshgrid([1, 2], [3], {indexing: 'foo'});
// @py
tf.meshgrid([1, 2], [3], indexing='foo')
// @case space_to_batch
const q = tf.range(0, 16).reshape([1, 4, 4, 1]);
return [tf.spaceToBatchND(q, [2, 2], [[0, 0], [0, 0]]), tf.spaceToBatchND(tf.range(1, 7).reshape([1, 2, 3, 1]), [2, 2], [[0, 0], [0, 1]]), tf.range(0, 8).reshape([2, 4]).spaceToBatchND([2], [[0, 0]])];
// @case space_to_batch_err_divisible
tf.spaceToBatchND(tf.zeros([1, 2, 3, 1]), [2, 2], [[0, 0], [0, 0]]);
// @case space_to_batch_err_rank
tf.spaceToBatchND(tf.zeros([1, 6]), [2, 2], [[0, 0], [0, 0]]);
// @case space_to_batch_err_paddings
tf.spaceToBatchND(tf.zeros([1, 4, 4, 1]), [2, 2], [[0, 0]]);
// @case batch_to_space
const sb = tf.spaceToBatchND(tf.range(0, 16).reshape([1, 4, 4, 1]), [2, 2], [[0, 0], [0, 0]]);
return [tf.batchToSpaceND(sb, [2, 2], [[0, 0], [0, 0]]), sb.batchToSpaceND([2, 2], [[0, 1], [1, 0]]), tf.batchToSpaceND(tf.range(0, 8).reshape([4, 2]), [2], [[1, 0]])];
// @case batch_to_space_err_batch
tf.batchToSpaceND(tf.zeros([3, 1, 1, 1]), [2, 2], [[0, 0], [0, 0]]);
// @case batch_to_space_err_rank
tf.batchToSpaceND(tf.zeros([4, 1]), [2, 2], [[0, 0], [0, 0]]);
// @case batch_to_space_err_crops
tf.batchToSpaceND(tf.zeros([4, 2, 2, 1]), [2, 2], [[0, 0]]);
// @case depth_to_space
return [tf.depthToSpace(tf.range(0, 8).reshape([1, 1, 2, 4]), 2), tf.range(0, 18).reshape([2, 1, 1, 9]).depthToSpace(3)];
// @case depth_to_space_err_nchw
tf.depthToSpace(tf.range(0, 8).reshape([1, 4, 1, 2]), 2, 'NCHW');
// @case depth_to_space_err_depth
tf.depthToSpace(tf.range(0, 6).reshape([1, 1, 2, 3]), 2);
// @case depth_to_space_err_block
tf.depthToSpace(tf.range(0, 8).reshape([1, 1, 2, 4]), 1);
// @case depth_to_space_err_rank
tf.depthToSpace(tf.range(0, 8).reshape([2, 4]), 2);
// @case depth_to_space_err_int
tf.depthToSpace(tf.range(0, 8, 1, 'int32').reshape([1, 1, 2, 4]), 2);
// @case diag
return [tf.diag(tf.tensor([1, 2, 3])), tf.diag(tf.tensor([[1, 2], [3, 4]])), tf.diag(tf.scalar(1)), tf.diag(tf.tensor([1, 2], [2], 'int32')), tf.diag(tf.tensor([true, false]))];
// @case diag_err_string
tf.diag(tf.tensor(['a']));
// @case ensure_shape
const x = tf.tensor([[1, 2]]);
return [tf.ensureShape(x, [1, 2]) === x, tf.ensureShape(x, [null, 2]), tf.ensureShape(tf.tensor(['a']), [1])];
// @py
x = tf.tensor([[1, 2]])
return [tf.ensureShape(x, [1, 2]) is x, tf.ensureShape(x, [None, 2]), tf.ensureShape(tf.tensor(['a']), [1])]
// @case ensure_shape_err
tf.ensureShape(tf.tensor([[1, 2]]), [null, 3]);
// @case ensure_shape_err_rank
tf.ensureShape(tf.tensor([[1, 2]]), [2]);
