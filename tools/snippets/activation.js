// Activation ops (tfjs_compat/ops/activation.py).
// @case relu_dtypes
return [tf.relu(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.relu(tf.tensor1d([-2, 0, 7], 'int32')), tf.relu(tf.tensor1d([true, false])), tf.relu(tf.tensor1d([NaN, Infinity, -Infinity])), tf.relu(tf.scalar(1)), tf.relu(tf.zeros([0]))];
// @case relu6_dtypes
return [tf.relu6(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.relu6(tf.tensor1d([-2, 0, 7], 'int32')), tf.relu6(tf.tensor1d([true, false])), tf.relu6(tf.tensor1d([NaN, Infinity, -Infinity]))];
// @case elu_values
return [tf.elu(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.elu(tf.tensor1d([NaN, Infinity, -Infinity])), tf.elu(tf.scalar(1))];
// @case selu_dtypes
return [tf.selu(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.selu(tf.tensor1d([-2, 0, 7], 'int32')), tf.selu(tf.tensor1d([true, false])), tf.selu(tf.tensor1d([NaN, Infinity, -Infinity])), tf.selu(tf.scalar(1))];
// @case leaky_relu_dtypes
return [tf.leakyRelu(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.leakyRelu(tf.tensor1d([-2, 0, 7], 'int32')), tf.leakyRelu(tf.tensor1d([true, false])), tf.leakyRelu(tf.tensor1d([NaN, Infinity, -Infinity])), tf.leakyRelu([-1, 2])];
// @case leaky_relu_alpha
return [tf.leakyRelu(tf.tensor1d([-2, -0.5, 0, 0.5, 7]), 0.5), tf.leakyRelu(tf.tensor1d([-2, 0, 7], 'int32'), 0.5)];
// @case prelu_values
const x = tf.tensor1d([-2, -0.5, 0, 0.5, 7]);
return [tf.prelu(x, tf.scalar(0.1)), tf.prelu(tf.tensor2d([[-1, 2], [-3, -4]]), tf.tensor1d([0.1, 0.5])), tf.prelu(x, 0.2)];
// @case prelu_dtypes
return [tf.prelu(tf.tensor1d([-2, 0, 7], 'int32'), tf.scalar(2, 'int32')), tf.prelu(tf.tensor1d([-2, 0, 7], 'int32'), tf.scalar(0.5)), tf.prelu(tf.tensor1d([true, false]), 0.2)];
// @case prelu_broadcast_error
tf.prelu(tf.tensor2d([[-1, 2], [-3, -4]]), tf.tensor1d([0.1, 0.5, 1]));
// @case prelu_string
tf.prelu(tf.tensor1d(['a']), 0.2);
// @case sigmoid_values
return [tf.sigmoid(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.sigmoid(tf.tensor1d([NaN, Infinity, -Infinity])), tf.sigmoid(tf.scalar(1)), tf.sigmoid(tf.tensor1d([-100, 100, -20]))];
// @case softplus_dtypes
return [tf.softplus(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.softplus(tf.tensor1d([-2, 0, 7], 'int32')), tf.softplus(tf.tensor1d([true, false])), tf.softplus(tf.tensor1d([NaN, Infinity, -Infinity])), tf.softplus(tf.scalar(1))];
// @case softplus_thresholds
return tf.softplus(tf.tensor1d([-30, -14, -13.9, 13.9, 14, 30]));
// @case log_sigmoid_dtypes
return [tf.logSigmoid(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.logSigmoid(tf.tensor1d([-2, 0, 7], 'int32')), tf.logSigmoid(tf.tensor1d([true, false])), tf.logSigmoid(tf.tensor1d([NaN, Infinity, -Infinity])), tf.logSigmoid(tf.scalar(1))];
// @case log_sigmoid_extremes
return tf.logSigmoid(tf.tensor1d([-30, -14, 14, 30]));
// @case softmax_values
return [tf.softmax(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]])), tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), 1), tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), -1), tf.softmax(tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]))];
// @case softmax_extremes
return [tf.softmax(tf.tensor1d([1000, 0])), tf.softmax(tf.tensor1d([Infinity, 0])), tf.softmax(tf.tensor1d([-Infinity, 0])), tf.softmax(tf.tensor1d([NaN, 1])), tf.softmax(tf.zeros([0]))];
// @case softmax_non_last_dim
tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), 0);
// @case softmax_non_last_dim_negative
tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), -2);
// @case softmax_dim_too_large
tf.softmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), 2);
// @case softmax_scalar
tf.softmax(tf.scalar(1));
// @case softmax_int
tf.softmax(tf.tensor1d([1, 2], 'int32'));
// @case softmax_string
tf.softmax(tf.tensor1d(['a']));
// @case log_softmax_values
return [tf.logSoftmax(tf.tensor1d([-2, -0.5, 0, 0.5, 7])), tf.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), 1), tf.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), -1)];
// @case log_softmax_dtypes
return [tf.logSoftmax(tf.tensor1d([-2, 0, 7], 'int32')), tf.logSoftmax(tf.tensor1d([true, false])), tf.logSoftmax(tf.tensor1d([true, true]))];
// @case log_softmax_extremes
return [tf.logSoftmax(tf.tensor1d([1000, 0])), tf.logSoftmax(tf.tensor1d([-Infinity, 0])), tf.logSoftmax(tf.tensor1d([NaN, 1])), tf.logSoftmax(tf.zeros([0]))];
// @case log_softmax_non_last_axis
tf.logSoftmax(tf.tensor2d([[1, 2, 3], [1, 1, 1]]), 0);
// @case log_softmax_scalar
tf.logSoftmax(tf.scalar(1));
// @case log_softmax_string
tf.logSoftmax(tf.tensor1d(['a']));
// @case float_only_errors_elu
tf.elu(tf.tensor1d([1, 2], 'int32'));
// @case float_only_errors_elu_bool
tf.elu(tf.tensor1d([true]));
// @case float_only_errors_sigmoid
tf.sigmoid(tf.tensor1d([1, 2], 'int32'));
// @case string_errors_relu
tf.relu(tf.tensor1d(['a']));
// @case string_errors_selu
tf.selu(tf.tensor1d(['a']));
// @case string_errors_leaky
tf.leakyRelu(tf.tensor1d(['a']));
// @case string_errors_softplus
tf.softplus(tf.tensor1d(['a']));
// @case string_errors_log_sigmoid
tf.logSigmoid(tf.tensor1d(['a']));
// @case null_errors_relu
tf.relu(null);
// @case chained_methods
const x = tf.tensor2d([[-1, 2], [0.5, -3]]);
return [x.relu(), x.relu6(), x.elu(), x.selu(), x.leakyRelu(), x.leakyRelu(0.1), x.prelu(tf.tensor1d([0.5, 0.25])), x.sigmoid(), x.logSigmoid(), x.softplus(), x.softmax(), x.softmax(-1), x.logSoftmax(), x.logSoftmax(1)];
// @case print_activations
tf.sigmoid(tf.tensor1d([-1, 0, 1])).print();
tf.softmax(tf.tensor2d([[1, 2], [3, 3]])).print();
tf.relu(tf.tensor1d([-1, 2], 'int32')).print();
