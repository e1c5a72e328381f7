// tfjs-layers activations (tfjs_compat/activations.py) through tf.layers.activation.
// @case all_activations_rank1
const x = tf.tensor1d([-3, -1, -0.5, 0, 0.5, 1, 3, 10]);
const f = (n) => tf.layers.activation({activation: n}).apply(x);
return [f('elu'), f('selu'), f('relu'), f('relu6'), f('linear'), f('sigmoid'), f('hardSigmoid'), f('softplus'), f('softsign'), f('tanh'), f('softmax'), f('logSoftmax'), f('gelu'), f('gelu_new'), f('mish'), f('swish')];
// @py
x = tf.tensor1d([-3, -1, -0.5, 0, 0.5, 1, 3, 10])
f = lambda n: tf.layers.activation({'activation': n}).apply(x)
return [f('elu'), f('selu'), f('relu'), f('relu6'), f('linear'), f('sigmoid'), f('hardSigmoid'), f('softplus'), f('softsign'), f('tanh'), f('softmax'), f('logSoftmax'), f('gelu'), f('gelu_new'), f('mish'), f('swish')]
// @case all_activations_rank2
const x = tf.tensor2d([[-2.5, 0.1, 7], [4, -6, 0.25]]);
const f = (n) => tf.layers.activation({activation: n}).apply(x);
return [f('elu'), f('selu'), f('relu'), f('relu6'), f('linear'), f('sigmoid'), f('hardSigmoid'), f('softplus'), f('softsign'), f('tanh'), f('softmax'), f('logSoftmax'), f('gelu'), f('gelu_new'), f('mish'), f('swish')];
// @py
x = tf.tensor2d([[-2.5, 0.1, 7], [4, -6, 0.25]])
f = lambda n: tf.layers.activation({'activation': n}).apply(x)
return [f('elu'), f('selu'), f('relu'), f('relu6'), f('linear'), f('sigmoid'), f('hardSigmoid'), f('softplus'), f('softsign'), f('tanh'), f('softmax'), f('logSoftmax'), f('gelu'), f('gelu_new'), f('mish'), f('swish')]
// @case gelu_tail_values
// TF.js's erf is the Abramowitz-Stegun approximation; gelu shows it in the tails.
const x = tf.tensor1d([-5, -4, -3.5, -3, -2.2, -1.7, 0.3, 2.2, 4]);
return [tf.layers.activation({activation: 'gelu'}).apply(x), tf.layers.activation({activation: 'gelu_new'}).apply(x)];
// @case softmax_rank3
const x = tf.tensor3d([[[1, 2, 3], [0, 0, 0]], [[-1, 5, 2], [10, 20, 30]]]);
return [tf.layers.activation({activation: 'softmax'}).apply(x), tf.layers.activation({activation: 'logSoftmax'}).apply(x)];
// @case softmax_large_logits
return tf.layers.activation({activation: 'softmax'}).apply(tf.tensor1d([1000, 0, -1000]));
// @case softplus_sigmoid_extremes
return [tf.layers.activation({activation: 'softplus'}).apply(tf.tensor1d([100, -100, 20, -20, 1e-8])), tf.layers.activation({activation: 'sigmoid'}).apply(tf.tensor1d([100, -100, 20, -20, NaN]))];
// @case softmax_scalar_error
tf.layers.activation({activation: 'softmax'}).apply(tf.scalar(3));
// @case unknown_activation
tf.layers.activation({activation: 'Relu'});
// @case unknown_activation_snake
tf.layers.dense({units: 1, activation: 'hard_sigmoid'});
// @case activation_configs
console.log(JSON.stringify(tf.layers.activation({activation: 'gelu_new'}).getConfig().activation));
console.log(JSON.stringify(tf.layers.activation({activation: null}).getConfig().activation));
console.log(JSON.stringify(tf.layers.activation({}).getConfig().activation));
console.log(JSON.stringify(tf.layers.dense({units: 1, activation: 'hardSigmoid'}).getConfig().activation));
// @py
console.log(JSON.stringify(tf.layers.activation({'activation': 'gelu_new'}).getConfig()['activation']))
console.log(JSON.stringify(tf.layers.activation({'activation': None}).getConfig()['activation']))
console.log(JSON.stringify(tf.layers.activation({}).getConfig()['activation']))
console.log(JSON.stringify(tf.layers.dense({'units': 1, 'activation': 'hardSigmoid'}).getConfig()['activation']))
// @case dense_with_activations
const x = tf.tensor2d([[1, -2], [0.5, 3]]);
const f = (n) => tf.layers.dense({units: 3, inputShape: [2], activation: n, kernelInitializer: tf.initializers.constant({value: 0.3}), biasInitializer: tf.initializers.constant({value: -0.2})}).apply(x);
return [f('relu'), f('softmax'), f('gelu'), f('hardSigmoid'), f('selu'), f('mish')];
// @py
x = tf.tensor2d([[1, -2], [0.5, 3]])
f = lambda n: tf.layers.dense({'units': 3, 'inputShape': [2], 'activation': n, 'kernelInitializer': tf.initializers.constant({'value': 0.3}), 'biasInitializer': tf.initializers.constant({'value': -0.2})}).apply(x)
return [f('relu'), f('softmax'), f('gelu'), f('hardSigmoid'), f('selu'), f('mish')]
// @case int32_and_bool_inputs
const x = tf.tensor1d([-3, 0, 2], 'int32');
const b = tf.tensor1d([true, false], 'bool');
const f = (n, v) => tf.layers.activation({activation: n}).apply(v);
return [f('selu', x), f('selu', b), f('relu', x), f('relu', b), f('relu6', x), f('relu6', b), f('linear', x), f('linear', b), f('hardSigmoid', x), f('softplus', x), f('softplus', b), f('softsign', x), f('logSoftmax', x), f('logSoftmax', b), f('gelu', x), f('gelu_new', b), f('swish', x)];
// @py
# NOTE: the Activation layer here casts non-float inputs to float32 first; the
# activation functions themselves follow TF.js's dtype rules, checked directly.
from tfjs_compat.activations import get
x = tf.tensor1d([-3, 0, 2], 'int32')
b = tf.tensor1d([True, False], 'bool')
f = lambda n, v: get(n).apply(v)
return [f('selu', x), f('selu', b), f('relu', x), f('relu', b), f('relu6', x), f('relu6', b), f('linear', x), f('linear', b), f('hardSigmoid', x), f('softplus', x), f('softplus', b), f('softsign', x), f('logSoftmax', x), f('logSoftmax', b), f('gelu', x), f('gelu_new', b), f('swish', x)]
// @case int32_rejected_elu
tf.layers.activation({activation: 'elu'}).apply(tf.tensor1d([1, 2], 'int32'));
// @py
from tfjs_compat.activations import get
get('elu').apply(tf.tensor1d([1, 2], 'int32'))
// @case int32_rejected_sigmoid
tf.layers.activation({activation: 'sigmoid'}).apply(tf.tensor1d([1, 2], 'int32'));
// @py
from tfjs_compat.activations import get
get('sigmoid').apply(tf.tensor1d([1, 2], 'int32'))
// @case bool_rejected_tanh
tf.layers.activation({activation: 'tanh'}).apply(tf.tensor1d([true], 'bool'));
// @py
from tfjs_compat.activations import get
get('tanh').apply(tf.tensor1d([True], 'bool'))
// @case int32_rejected_mish
tf.layers.activation({activation: 'mish'}).apply(tf.tensor1d([1, 2], 'int32'));
// @py
from tfjs_compat.activations import get
get('mish').apply(tf.tensor1d([1, 2], 'int32'))
// @case int32_rejected_softmax
tf.layers.activation({activation: 'softmax'}).apply(tf.tensor1d([1, 2], 'int32'));
// @py
from tfjs_compat.activations import get
get('softmax').apply(tf.tensor1d([1, 2], 'int32'))
