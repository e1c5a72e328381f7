// Golden reader cases: dataSync/data/arraySync/array/bytes/bufferSync/buffer for every
// dtype, properties, disposal, clone, and TensorBuffer (tfjs-facts.md 2.3-2.5).
// String bytes() are compared as lists of byte values (Python returns bytes objects).
// @case datasync_float32
return tf.tensor([[1.5, -2], [0.1, NaN]]).dataSync();
// @case data_float32
return await tf.tensor([[1.5, -2], [0.1, NaN]]).data();
// @case arraysync_float32
return tf.tensor([[1.5, -2], [0.1, NaN]]).arraySync();
// @case array_float32
return await tf.tensor([[1.5, -2], [0.1, NaN]]).array();
// @case bytes_float32
return await tf.tensor([[1.5, -2], [0.1, NaN]]).bytes();
// @case buffersync_float32
return tf.tensor([[1.5, -2], [0.1, NaN]]).bufferSync();
// @case buffer_float32
return await tf.tensor([[1.5, -2], [0.1, NaN]]).buffer();
// @case props_float32
const t = tf.tensor([[1.5, -2], [0.1, NaN]]);
return [t.shape, t.rank, t.size, t.strides, t.dtype, t.isDisposed];
// @case dispose_float32
const t = tf.tensor([[1.5, -2], [0.1, NaN]]);
t.dispose();
t.dispose();
return [t.isDisposed, t.shape, t.rank, t.size, t.strides, t.dtype];
// @case clone_float32
const t = tf.tensor([[1.5, -2], [0.1, NaN]]);
const c = t.clone();
t.dispose();
return [c, c.dataSync(), c.arraySync()];
// @py
t = tf.tensor([[1.5, -2], [0.1, NaN]])
c = t.clone()
t.dispose()
return [c, c.dataSync(), c.arraySync()]
// @case datasync_int32
return tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').dataSync();
// @case data_int32
return await tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').data();
// @case arraysync_int32
return tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').arraySync();
// @case array_int32
return await tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').array();
// @case bytes_int32
return await tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').bytes();
// @case buffersync_int32
return tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').bufferSync();
// @case buffer_int32
return await tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32').buffer();
// @case props_int32
const t = tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32');
return [t.shape, t.rank, t.size, t.strides, t.dtype, t.isDisposed];
// @case dispose_int32
const t = tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32');
t.dispose();
t.dispose();
return [t.isDisposed, t.shape, t.rank, t.size, t.strides, t.dtype];
// @case clone_int32
const t = tf.tensor([[1, -2], [2147483647, -2147483648]], null, 'int32');
const c = t.clone();
t.dispose();
return [c, c.dataSync(), c.arraySync()];
// @py
t = tf.tensor([[1, -2], [2147483647, -2147483648]], None, 'int32')
c = t.clone()
t.dispose()
return [c, c.dataSync(), c.arraySync()]
// @case datasync_bool
return tf.tensor([[true, false], [false, true]]).dataSync();
// @case data_bool
return await tf.tensor([[true, false], [false, true]]).data();
// @case arraysync_bool
return tf.tensor([[true, false], [false, true]]).arraySync();
// @case array_bool
return await tf.tensor([[true, false], [false, true]]).array();
// @case bytes_bool
return await tf.tensor([[true, false], [false, true]]).bytes();
// @case buffersync_bool
return tf.tensor([[true, false], [false, true]]).bufferSync();
// @case buffer_bool
return await tf.tensor([[true, false], [false, true]]).buffer();
// @case props_bool
const t = tf.tensor([[true, false], [false, true]]);
return [t.shape, t.rank, t.size, t.strides, t.dtype, t.isDisposed];
// @case dispose_bool
const t = tf.tensor([[true, false], [false, true]]);
t.dispose();
t.dispose();
return [t.isDisposed, t.shape, t.rank, t.size, t.strides, t.dtype];
// @case clone_bool
const t = tf.tensor([[true, false], [false, true]]);
const c = t.clone();
t.dispose();
return [c, c.dataSync(), c.arraySync()];
// @py
t = tf.tensor([[True, False], [False, True]])
c = t.clone()
t.dispose()
return [c, c.dataSync(), c.arraySync()]
// @case datasync_string
return tf.tensor([['a', 'é'], ['', 'xyz']]).dataSync();
// @case data_string
return await tf.tensor([['a', 'é'], ['', 'xyz']]).data();
// @case arraysync_string
return tf.tensor([['a', 'é'], ['', 'xyz']]).arraySync();
// @case array_string
return await tf.tensor([['a', 'é'], ['', 'xyz']]).array();
// @case bytes_string
return (await tf.tensor([['a', 'é'], ['', 'xyz']]).bytes()).map((b) => Array.from(b));
// @py
return [list(b) for b in await tf.tensor([['a', 'é'], ['', 'xyz']]).bytes()]
// @case buffersync_string
return tf.tensor([['a', 'é'], ['', 'xyz']]).bufferSync();
// @case buffer_string
return await tf.tensor([['a', 'é'], ['', 'xyz']]).buffer();
// @case props_string
const t = tf.tensor([['a', 'é'], ['', 'xyz']]);
return [t.shape, t.rank, t.size, t.strides, t.dtype, t.isDisposed];
// @case dispose_string
const t = tf.tensor([['a', 'é'], ['', 'xyz']]);
t.dispose();
t.dispose();
return [t.isDisposed, t.shape, t.rank, t.size, t.strides, t.dtype];
// @case clone_string
const t = tf.tensor([['a', 'é'], ['', 'xyz']]);
const c = t.clone();
t.dispose();
return [c, c.dataSync(), c.arraySync()];
// @py
t = tf.tensor([['a', 'é'], ['', 'xyz']])
c = t.clone()
t.dispose()
return [c, c.dataSync(), c.arraySync()]
// @case datasync_complex64
return tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).dataSync();
// @case data_complex64
return await tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).data();
// @case arraysync_complex64
return tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).arraySync();
// @case array_complex64
return await tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).array();
// @case bytes_complex64
return await tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).bytes();
// @case buffersync_complex64
tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).bufferSync();
// @case buffer_complex64
await tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]).buffer();
// @case props_complex64
const t = tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]);
return [t.shape, t.rank, t.size, t.strides, t.dtype, t.isDisposed];
// @case dispose_complex64
const t = tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]);
t.dispose();
t.dispose();
return [t.isDisposed, t.shape, t.rank, t.size, t.strides, t.dtype];
// @case clone_complex64
const t = tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]]);
const c = t.clone();
t.dispose();
return [c, c.dataSync(), c.arraySync()];
// @py
t = tf.complex([[1, 2], [3, 4]], [[-1, 0.5], [0, 2]])
c = t.clone()
t.dispose()
return [c, c.dataSync(), c.arraySync()]
// @case scalar_arraysync_float
return tf.scalar(0.1).arraySync();
// @case scalar_datasync_float
return tf.scalar(0.1).dataSync();
// @case scalar_props_float
const t = tf.scalar(0.1);
return [t.shape, t.rank, t.size, t.strides, t.dtype];
// @case scalar_arraysync_int
return tf.scalar(7, 'int32').arraySync();
// @case scalar_datasync_int
return tf.scalar(7, 'int32').dataSync();
// @case scalar_props_int
const t = tf.scalar(7, 'int32');
return [t.shape, t.rank, t.size, t.strides, t.dtype];
// @case scalar_arraysync_bool
return tf.scalar(true).arraySync();
// @case scalar_datasync_bool
return tf.scalar(true).dataSync();
// @case scalar_props_bool
const t = tf.scalar(true);
return [t.shape, t.rank, t.size, t.strides, t.dtype];
// @case scalar_arraysync_string
return tf.scalar('s').arraySync();
// @case scalar_datasync_string
return tf.scalar('s').dataSync();
// @case scalar_props_string
const t = tf.scalar('s');
return [t.shape, t.rank, t.size, t.strides, t.dtype];
// @case scalar_arraysync_complex
return tf.complex(1, 2).arraySync();
// @case scalar_datasync_complex
return tf.complex(1, 2).dataSync();
// @case scalar_props_complex
const t = tf.complex(1, 2);
return [t.shape, t.rank, t.size, t.strides, t.dtype];
// @case scalar_bytes
return await tf.scalar(1).bytes();
// @case scalar_buffersync
return tf.scalar(1).bufferSync();
// @case scalar_buffer_get
return tf.scalar(2.5).bufferSync().get();
// @case shape_0
const t = tf.tensor(Array.from({length: 0}, (_, i) => i), [0]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(0)), [0])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x0
const t = tf.tensor(Array.from({length: 0}, (_, i) => i), [2, 0]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(0)), [2, 0])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_0x2
const t = tf.tensor(Array.from({length: 0}, (_, i) => i), [0, 2]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(0)), [0, 2])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x0x3
const t = tf.tensor(Array.from({length: 0}, (_, i) => i), [2, 0, 3]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(0)), [2, 0, 3])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_3
const t = tf.tensor(Array.from({length: 3}, (_, i) => i), [3]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(3)), [3])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x3
const t = tf.tensor(Array.from({length: 6}, (_, i) => i), [2, 3]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(6)), [2, 3])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x3x4
const t = tf.tensor(Array.from({length: 24}, (_, i) => i), [2, 3, 4]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(24)), [2, 3, 4])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_1x2x3
const t = tf.tensor(Array.from({length: 6}, (_, i) => i), [1, 2, 3]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(6)), [1, 2, 3])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x1x1x2
const t = tf.tensor(Array.from({length: 4}, (_, i) => i), [2, 1, 1, 2]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(4)), [2, 1, 1, 2])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_1x1x1x1x2
const t = tf.tensor(Array.from({length: 2}, (_, i) => i), [1, 1, 1, 1, 2]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(2)), [1, 1, 1, 1, 2])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case shape_2x1x2x1x1x2
const t = tf.tensor(Array.from({length: 8}, (_, i) => i), [2, 1, 2, 1, 1, 2]);
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()];
// @py
t = tf.tensor(list(range(8)), [2, 1, 2, 1, 1, 2])
return [t.shape, t.rank, t.size, t.strides, t.arraySync(), t.dataSync()]
// @case arraysync_empty_int
return tf.tensor([], [2, 0], 'int32').arraySync();
// @case arraysync_empty_string
return tf.tensor([], [0, 3], 'string').arraySync();
// @case arraysync_complex_rank2
return tf.complex([[1, 2]], [[3, 4]]).arraySync();
// @case arraysync_complex_rank3
return tf.complex([[[1], [2]]], [[[3], [4]]]).arraySync();
// @case arraysync_bool_rank3
return tf.tensor([[[true]], [[false]]]).arraySync();
// @case arraysync_float_values
return tf.tensor([0.1, 1/3, 1e-7, -0, Infinity]).arraySync();
// @case bytes_float_values
return await tf.tensor([1.5, -2, 0.1, NaN, Infinity]).bytes();
// @case bytes_int_values
return await tf.tensor([1, -2, 256, 2147483647], null, 'int32').bytes();
// @case bytes_empty
return await tf.tensor([]).bytes();
// @case bytes_string_scalar
return (await tf.scalar('hé').bytes()).map((b) => Array.from(b));
// @py
return [list(b) for b in await tf.scalar('hé').bytes()]
// @case bytes_string_unicode
return (await tf.tensor(['日本', '😀', '']).bytes()).map((b) => Array.from(b));
// @py
return [list(b) for b in await tf.tensor(['日本', '😀', '']).bytes()]
// @case datasync_bool_from_numbers
return tf.tensor([2, 0, -0.6], null, 'bool').dataSync();
// @case datasync_range
return tf.range(0, 4, 1, 'int32').dataSync();
// @case arraysync_copy_independent
const t = tf.tensor([[1, 2]]);
const a = t.arraySync();
a[0][0] = 9;
return t;
// @py
t = tf.tensor([[1, 2]])
a = t.arraySync()
a[0][0] = 9
return t
// @case buffer_await_set
const b = await tf.tensor([[1, 2], [3, 4]]).buffer();
b.set(-1, 1, 1);
return [b.get(1, 1), b.get(0, 1), b.toTensor()];
// @case disposed_datasync
const t = tf.tensor([1, 2]);
t.dispose();
t.dataSync();
// @case disposed_data
const t = tf.tensor([1, 2]);
t.dispose();
await t.data();
// @case disposed_arraysync
const t = tf.tensor([1, 2]);
t.dispose();
t.arraySync();
// @case disposed_array
const t = tf.tensor([1, 2]);
t.dispose();
await t.array();
// @case disposed_bytes
const t = tf.tensor([1, 2]);
t.dispose();
await t.bytes();
// @case disposed_buffersync
const t = tf.tensor([1, 2]);
t.dispose();
t.bufferSync();
// @case disposed_buffer
const t = tf.tensor([1, 2]);
t.dispose();
await t.buffer();
// @case disposed_tostring
const t = tf.tensor([1, 2]);
t.dispose();
t.toString();
// @case disposed_print
const t = tf.tensor([1, 2]);
t.dispose();
t.print();
// @case disposed_clone
const t = tf.tensor([1, 2]);
t.dispose();
t.clone();
// @case disposed_tostring_verbose
const t = tf.tensor([1, 2]);
t.dispose();
t.toString(true);
// @case disposed_print_verbose
const t = tf.tensor([1, 2]);
t.dispose();
t.print(true);
// @case disposed_datasync_int32
const t = tf.tensor([1], null, 'int32');
t.dispose();
t.dataSync();
// @case disposed_arraysync_int32
const t = tf.tensor([1], null, 'int32');
t.dispose();
t.arraySync();
// @case disposed_datasync_bool
const t = tf.tensor([true]);
t.dispose();
t.dataSync();
// @case disposed_arraysync_bool
const t = tf.tensor([true]);
t.dispose();
t.arraySync();
// @case disposed_datasync_string
const t = tf.tensor(['a']);
t.dispose();
t.dataSync();
// @case disposed_arraysync_string
const t = tf.tensor(['a']);
t.dispose();
t.arraySync();
// @case disposed_complex_data
const t = tf.complex([1], [2]);
t.dispose();
await t.data();
// @case disposed_clone_original_kept
const t = tf.tensor([1, 2]);
const c = t.clone();
c.dispose();
return [t, c.isDisposed];
// @case tb_values_float32
return tf.buffer([2, 3], 'float32', [1.5, 2, 3, 4, 5, 6]);
// @case tb_get_float32
const b = tf.buffer([2, 3], 'float32', [1.5, 2, 3, 4, 5, 6]);
return [b.get(0, 0), b.get(1, 2), b.get(0, 2), b.get(1, 0)];
// @case tb_to_tensor_float32
return tf.buffer([3, 2], 'float32', [1.5, 2, 3, 4, 5, 6]).toTensor();
// @case tb_props_float32
const b = tf.buffer([2, 3], 'float32', [1.5, 2, 3, 4, 5, 6]);
return [b.shape, b.dtype, b.size, b.rank, b.strides];
// @case tb_values_int32
return tf.buffer([2, 3], 'int32', [1, 2, 3, 4, 5, 6]);
// @case tb_get_int32
const b = tf.buffer([2, 3], 'int32', [1, 2, 3, 4, 5, 6]);
return [b.get(0, 0), b.get(1, 2), b.get(0, 2), b.get(1, 0)];
// @case tb_to_tensor_int32
return tf.buffer([3, 2], 'int32', [1, 2, 3, 4, 5, 6]).toTensor();
// @case tb_props_int32
const b = tf.buffer([2, 3], 'int32', [1, 2, 3, 4, 5, 6]);
return [b.shape, b.dtype, b.size, b.rank, b.strides];
// @case tb_values_bool
return tf.buffer([2, 3], 'bool', [1, 0, 1, 0, 0, 1]);
// @case tb_get_bool
const b = tf.buffer([2, 3], 'bool', [1, 0, 1, 0, 0, 1]);
return [b.get(0, 0), b.get(1, 2), b.get(0, 2), b.get(1, 0)];
// @case tb_to_tensor_bool
return tf.buffer([3, 2], 'bool', [1, 0, 1, 0, 0, 1]).toTensor();
// @case tb_props_bool
const b = tf.buffer([2, 3], 'bool', [1, 0, 1, 0, 0, 1]);
return [b.shape, b.dtype, b.size, b.rank, b.strides];
// @case tb_values_string
return tf.buffer([2, 3], 'string', ['a', 'b', 'c', 'd', 'e', 'f']);
// @case tb_get_string
const b = tf.buffer([2, 3], 'string', ['a', 'b', 'c', 'd', 'e', 'f']);
return [b.get(0, 0), b.get(1, 2), b.get(0, 2), b.get(1, 0)];
// @case tb_to_tensor_string
return tf.buffer([3, 2], 'string', ['a', 'b', 'c', 'd', 'e', 'f']).toTensor();
// @case tb_props_string
const b = tf.buffer([2, 3], 'string', ['a', 'b', 'c', 'd', 'e', 'f']);
return [b.shape, b.dtype, b.size, b.rank, b.strides];
// @case tb_default_float
return tf.buffer([2, 2]);
// @case tb_default_int
return tf.buffer([3], 'int32');
// @case tb_default_bool
return tf.buffer([2], 'bool');
// @case tb_set_get
const b = tf.buffer([2, 3]);
b.set(5, 1, 2);
b.set(7, 0, 0);
return [b.get(1, 2), b.get(0, 0), b.get(0, 1), b.toTensor()];
// @case tb_set_float_rounds
const b = tf.buffer([2]);
b.set(0.1, 0);
b.set(1e39, 1);
return [b.get(0), b.get(1), b.values];
// @case tb_set_int32
const b = tf.buffer([2, 2], 'int32');
b.set(1.7, 0, 0);
b.set(-1.7, 0, 1);
b.set(2147483648, 1, 0);
b.set(NaN, 1, 1);
return b.toTensor();
// @case tb_set_bool
const b = tf.buffer([4], 'bool');
b.set(0.4, 0);
b.set(1, 1);
b.set(true, 2);
b.set(256, 3);
return [b.get(0), b.get(1), b.get(2), b.get(3), b.toTensor()];
// @case tb_set_string
const b = tf.buffer([2], 'string', ['a', 'b']);
b.set('x', 1);
return [b.get(1), b.toTensor()];
// @case tb_set_no_locs_rank1
const b = tf.buffer([2]);
b.set(3);
return b.values;
// @case tb_get_no_locs
const b = tf.buffer([2, 3], 'float32', [9, 1, 2, 3, 4, 5]);
return [b.get(), b.get(0)];
// @case tb_scalar
const b = tf.buffer([]);
return [b.get(), b.locToIndex([]), b.indexToLoc(0), b.size, b.rank, b.strides, b.shape];
// @case tb_loc_index
const b = tf.buffer([2, 3]);
return [b.locToIndex([1, 2]), b.indexToLoc(5), b.indexToLoc(0), b.locToIndex([0, 0]), b.indexToLoc(4)];
// @case tb_loc_index_rank3
const b = tf.buffer([3, 4, 5]);
return [b.indexToLoc(37), b.locToIndex([1, 3, 2]), b.strides, b.indexToLoc(59), b.locToIndex([2, 3, 4])];
// @case tb_loc_index_rank1
const b = tf.buffer([4]);
return [b.locToIndex([3]), b.indexToLoc(3), b.strides];
// @case tb_loc_index_short
const b = tf.buffer([2, 3]);
return b.locToIndex([1]);
// @case tb_loc_index_rank4
const b = tf.buffer([2, 3, 4, 5]);
return [b.strides, b.indexToLoc(119), b.locToIndex([1, 2, 3, 4]), b.indexToLoc(61)];
// @case tb_strides_empty_dim
return [tf.buffer([2, 0, 3]).strides, tf.buffer([2, 0, 3]).size];
// @case tb_set_at_wraps_row
const b = tf.buffer([2, 3]);
b.set(1, 0, 3);
return b.values;
// @case tb_from_tensor_roundtrip
const t = tf.tensor([[1, 2], [3, 4]], null, 'int32');
const b = t.bufferSync();
b.set(10, 0, 1);
return [b.toTensor(), b.strides];
// @case tb_bool_from_tensor
return tf.tensor([1, 2, 0], null, 'bool').bufferSync();
// @case tb_string_from_tensor
return tf.tensor(['a', 'bb']).bufferSync();
// @case err_tb_get_out_of_range
tf.buffer([2, 3]).get(2, 0);
// @case err_tb_get_out_of_range_col
tf.buffer([2, 3]).get(1, 3);
// @case err_tb_get_negative
tf.buffer([2]).get(-1);
// @case err_tb_set_wrong_rank
tf.buffer([2, 3]).set(1, 0);
// @case err_tb_set_too_many
tf.buffer([2]).set(1, 0, 0);
// @case err_tb_scalar_set
tf.buffer([]).set(3);
// @case err_tb_scalar_set_loc
tf.buffer([]).set(3, 0);
// @case err_tb_length
tf.buffer([2], 'int32', [1, 2, 3]);
// @case err_tb_complex
tf.buffer([2], 'complex64');
// @case err_tb_length_string
tf.buffer([3], 'string', ['a']);
// @case err_tb_bad_dtype
tf.buffer([2], 'uint8');
