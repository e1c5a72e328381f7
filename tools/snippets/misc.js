// @case lstm_cell
// @tol 1e-6
const ch = tf.basicLSTMCell(tf.scalar(1.0), tf.tensor2d([0.1, -0.2, 0.3, 0.4, 0.5, -0.6, 0.7, 0.8, -0.9, 1.0, 0.2, -0.3], [3, 4]), tf.tensor1d([0.1, 0.2, -0.1, 0.05]), tf.tensor2d([1, 2, -1, 0.5], [2, 2]), tf.tensor2d([0.3, -0.4], [2, 1]), tf.tensor2d([0.2, 0.1], [2, 1]));
return ch;
// @case multi_rnn_cell
// @tol 1e-6
const k1 = tf.tensor2d([0.1, -0.2, 0.3, 0.4, 0.5, -0.6, 0.7, 0.8, -0.9, 1.0, 0.2, -0.3], [3, 4]);
const k2 = tf.tensor2d([0.2, 0.1, -0.3, 0.4, -0.5, 0.6, 0.7, -0.8], [2, 4]);
const b = tf.tensor1d([0.1, 0.2, -0.1, 0.05]);
const cell1 = (data, c, h) => tf.basicLSTMCell(tf.scalar(1.0), k1, b, data, c, h);
const cell2 = (data, c, h) => tf.basicLSTMCell(tf.scalar(0.5), k2, b, data, c, h);
return tf.multiRNNCell([cell1, cell2], tf.tensor2d([1, 2], [1, 2]), [tf.zeros([1, 1]), tf.ones([1, 1])], [tf.ones([1, 1]), tf.zeros([1, 1])]);
// @case moving_average_debias
// @tol 1e-6
return tf.movingAverage(tf.tensor1d([1, 2]), tf.tensor1d([3, 5]), 0.6, 2);
// @case moving_average_no_debias
// @tol 1e-6
return tf.movingAverage(tf.tensor1d([1, 2]), tf.tensor1d([3, 5]), 0.6, 2, false);
// @case moving_average_tensor_args
// @tol 1e-6
return tf.movingAverage([1, 2], [3, 5], tf.scalar(0.9), tf.scalar(3));
// @case moving_average_int_inputs
// @tol 1e-6
return tf.movingAverage(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([3, 5], 'int32'), 0.5, 1);
// @case moving_average_step_error
tf.movingAverage(tf.tensor1d([1, 2]), tf.tensor1d([3, 5]), 0.6);
// @case moving_average_shape_error
tf.movingAverage(tf.tensor1d([1, 2]), tf.tensor1d([3, 5, 6]), 0.6, 1);
// @case upcast_types
return [tf.upcastType('int32', 'float32'), tf.upcastType('bool', 'bool'), tf.upcastType('complex64', 'float32'), tf.upcastType('bool', 'int32')];
// @case upcast_string_error
tf.upcastType('string', 'float32');
// @case sum_out_types
return [tf.sumOutType('bool'), tf.sumOutType('int32'), tf.sumOutType('float32'), tf.sumOutType('complex64')];
// @case sum_out_string_error
tf.sumOutType('string');
// @case enclosing_power_of_two
return [tf.enclosingPowerOfTwo(5), tf.enclosingPowerOfTwo(8), tf.enclosingPowerOfTwo(1), tf.enclosingPowerOfTwo(0.3), tf.enclosingPowerOfTwo(0), tf.enclosingPowerOfTwo(1000)];
// @case op_wrapper_tidies fresh
// (own process: the tensor count must not see other cases' garbage)
const f = tf.op({myOp: (x) => { const y = x.add(1); return y.mul(2); }});
const x = tf.ones([2]);
const before = tf.memory().numTensors;
const r = f(x);
return [tf.memory().numTensors - before, r];
// @py
f = tf.op({'myOp': lambda x: x.add(1).mul(2)})
x = tf.ones([2])
before = tf.memory().numTensors
r = f(x)
return [tf.memory().numTensors - before, r]
// @case op_wrapper_error
tf.op({a: (x) => x, b: (x) => x});
// @case time_keys
const t = await tf.time(() => tf.ones([2]).add(1));
return [Object.keys(t), typeof t.kernelMs, t.wallMs >= 0];
// @py
t = await tf.time(lambda: tf.ones([2]).add(1))
return [list(t.keys()), 'number' if isinstance(t.kernelMs, float) else 'other', t.wallMs >= 0]
// @case profile_counts
const p = await tf.profile(() => { const x = tf.ones([2]); return x.add(1); });
return [p.newTensors, p.newBytes, p.result];
// @py
held = []   # keep the intermediate alive, as JS does until it is disposed
p = await tf.profile(lambda: held.append(tf.ones([2])) or held[0].add(1))
return [p.newTensors, p.newBytes, p.result]
// @case next_frame
const v = await tf.nextFrame();
return v === undefined;
// @py
v = await tf.nextFrame()
return v is None
// @case prod_mode
const a = tf.env().get('PROD');
tf.enableProdMode();
const b = tf.env().get('PROD');
tf.env().set('PROD', false);
return [a, b];
// @case debug_mode
tf.enableDebugMode();
const d = tf.env().get('DEBUG');
tf.env().set('DEBUG', false);
return d;
// @case deprecation_warnings
tf.deprecationWarn('Old thing.');
const a = tf.env().get('DEPRECATION_WARNINGS_ENABLED');
tf.disableDeprecationWarnings();
tf.deprecationWarn('Silenced.');
const b = tf.env().get('DEPRECATION_WARNINGS_ENABLED');
tf.env().set('DEPRECATION_WARNINGS_ENABLED', true);
return [a, b];
// @case ragged_gather_1d
const r = tf.raggedGather([tf.tensor1d([0, 3, 3, 7], 'int32')], tf.tensor1d([1, 2, 3, 4, 5, 6, 7]), tf.tensor1d([2, 0], 'int32'), 1);
return r;
// @case ragged_gather_two_levels
return tf.raggedGather([tf.tensor1d([0, 2, 3], 'int32'), tf.tensor1d([0, 1, 3, 4], 'int32')], tf.tensor1d([1, 2, 3, 4]), tf.tensor1d([1, 0, 1], 'int32'), 2);
// @case ragged_gather_2d_indices
return tf.raggedGather([tf.tensor1d([0, 3, 3, 7], 'int32')], tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], [7, 2]), tf.tensor2d([2, 0, 1, 1], [2, 2], 'int32'), 2);
// @case ragged_gather_scalar_index
return tf.raggedGather([tf.tensor1d([0, 3], 'int32')], tf.tensor1d([1, 2, 3]), tf.scalar(0, 'int32'), 0);
// @case ragged_gather_int_values
return tf.raggedGather([tf.tensor1d([0, 1, 3], 'int32')], tf.tensor1d([5, 6, 7], 'int32'), [1, 1, 0], 1);
// @case ragged_gather_index_error
tf.raggedGather([tf.tensor1d([0, 3, 3, 7], 'int32')], tf.tensor1d([1, 2, 3, 4, 5, 6, 7]), tf.tensor1d([5], 'int32'), 1);
// @case ragged_gather_scalar_params_error
tf.raggedGather([tf.tensor1d([0, 3], 'int32')], tf.scalar(1), tf.tensor1d([0], 'int32'), 1);
// @case ragged_gather_unsorted_error
tf.raggedGather([tf.tensor1d([0, 3, 2], 'int32')], tf.tensor1d([1, 2, 3]), tf.tensor1d([1], 'int32'), 1);
// @case ragged_gather_string_error
tf.raggedGather([tf.tensor1d([0, 3], 'int32')], tf.tensor1d(['a', 'b', 'c']), tf.tensor1d([0], 'int32'), 1);
// @case ragged_range_int
return tf.raggedRange(tf.tensor1d([3, 5, 12], 'int32'), tf.tensor1d([7, 3, 15], 'int32'), tf.tensor1d([1, -1, 2], 'int32'));
// @case ragged_range_float
return tf.raggedRange([0, 1.5], [3, 2.5], [1, 0.25]);
// @case ragged_range_scalar_broadcast
return tf.raggedRange(0, [3, 1, 2], 1);
// @case ragged_range_empty_rows
return tf.raggedRange(tf.tensor1d([5, 0], 'int32'), tf.tensor1d([1, 0], 'int32'), tf.tensor1d([2, 1], 'int32'));
// @case ragged_range_shape_error
tf.raggedRange(tf.tensor1d([3], 'int32'), tf.tensor1d([7, 8], 'int32'), tf.tensor1d([1, 1], 'int32'));
// @case ragged_range_dtype_error
tf.raggedRange(3, tf.tensor1d([7, 8], 'int32'), 2);
// @case ragged_range_delta_error
tf.raggedRange(tf.tensor1d([3], 'int32'), tf.tensor1d([7], 'int32'), tf.tensor1d([0], 'int32'));
// @case ragged_range_rank_error
tf.raggedRange(tf.tensor2d([3], [1, 1], 'int32'), tf.tensor1d([7], 'int32'), tf.tensor1d([1], 'int32'));
// @case ragged_to_tensor_splits
return tf.raggedTensorToTensor(tf.tensor1d([4, 4], 'int32'), tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8, 9]), tf.scalar(0), [tf.tensor1d([0, 3, 3, 7, 9], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_infer_shape
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8, 9]), tf.scalar(-1), [tf.tensor1d([0, 3, 3, 7, 9], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_truncate
return tf.raggedTensorToTensor(tf.tensor1d([3, 2], 'int32'), tf.tensor1d([1, 2, 3, 4, 5, 6, 7, 8, 9]), tf.scalar(-1), [tf.tensor1d([0, 3, 3, 7, 9], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_value_rowids
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3, 4, 5]), tf.scalar(0), [tf.scalar(4, 'int32'), tf.tensor1d([0, 0, 2, 3, 3], 'int32')], ['FIRST_DIM_SIZE', 'VALUE_ROWIDS']);
// @case ragged_to_tensor_two_levels
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1, -1], 'int32'), tf.tensor1d([1, 2, 3, 4, 5, 6]), tf.scalar(0), [tf.tensor1d([0, 2, 3], 'int32'), tf.tensor1d([0, 1, 3, 6], 'int32')], ['ROW_SPLITS', 'ROW_SPLITS']);
// @case ragged_to_tensor_inner_dims
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1, -1], 'int32'), tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]), tf.tensor1d([7, 8]), [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_int_default_cast
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3], 'int32'), 9, [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_inner_dims_given
// (a default of the full inner shape, e.g. [7, 8], is ignored by TF.js: zeros; see
// the docstring's Differences)
return tf.raggedTensorToTensor(tf.tensor1d([-1, -1, 2], 'int32'), tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]), tf.tensor1d([7]), [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_inner_dims_mismatch_error
tf.raggedTensorToTensor(tf.tensor1d([-1, 1, 1], 'int32'), tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]), tf.scalar(0), [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_partition_size_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1, -1], 'int32'), tf.tensor1d([1, 2, 3, 4, 5, 6]), tf.scalar(0), [tf.tensor1d([0, 2, 3], 'int32'), tf.tensor1d([0, 1, 3, 4, 6], 'int32')], ['ROW_SPLITS', 'ROW_SPLITS']);
// @case ragged_to_tensor_rank_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]), tf.tensor1d([7, 8]), [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_shape_dtype_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1]), tf.tensor1d([1, 2, 3]), 0, [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
// @case ragged_to_tensor_no_types_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3]), 0, [tf.tensor1d([0, 2, 3], 'int32')], []);
// @case ragged_to_tensor_rowids_first_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3]), 0, [tf.tensor1d([0, 2, 3], 'int32')], ['VALUE_ROWIDS']);
// @case ragged_to_tensor_rowid_range_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3]), 0, [tf.scalar(2, 'int32'), tf.tensor1d([0, 0, 2], 'int32')], ['FIRST_DIM_SIZE', 'VALUE_ROWIDS']);
// @case ragged_to_tensor_default_rank_error
tf.raggedTensorToTensor(tf.tensor1d([-1, -1], 'int32'), tf.tensor1d([1, 2, 3]), [0, 0], [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']);
