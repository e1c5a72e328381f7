// tf.regularizers.* (tfjs_compat/regularizers.py): configs, penalties, identifiers.
// @case factory_configs
const R = tf.regularizers;
console.log(R.l1().getClassName(), JSON.stringify(R.l1().getConfig()));
console.log(R.l2().getClassName(), JSON.stringify(R.l2().getConfig()));
console.log(R.l1l2().getClassName(), JSON.stringify(R.l1l2().getConfig()));
console.log(JSON.stringify(R.l1({}).getConfig()), JSON.stringify(R.l2({}).getConfig()), JSON.stringify(R.l1l2({}).getConfig()));
// @case zero_and_null_factors
const R = tf.regularizers;
console.log(JSON.stringify(R.l1({l1: 0}).getConfig()));
console.log(JSON.stringify(R.l1({l1: 0.5}).getConfig()));
console.log(JSON.stringify(R.l2({l2: 0}).getConfig()));
console.log(JSON.stringify(R.l1l2({l1: 0}).getConfig()));
console.log(JSON.stringify(R.l1l2({l1: 0, l2: 0}).getConfig()));
console.log(JSON.stringify(R.l1l2({l1: 0.3, l2: null}).getConfig()));
console.log(JSON.stringify(R.l1({l1: -1}).getConfig()));
console.log(JSON.stringify(R.l1({l1: null}).getConfig()));
// @case penalties
const R = tf.regularizers;
const x = tf.tensor2d([[1, -2], [3, -4]]);
return [R.l1l2({l1: 1, l2: 2}).apply(x), R.l1l2({l1: 0, l2: 0}).apply(x), R.l1().apply(tf.tensor1d([1, -2, 3])), R.l2().apply(tf.tensor1d([1, -2, 3])), R.l1l2().apply(tf.tensor1d([1, -2, 3])), R.l1({l1: 0.5}).apply(tf.scalar(-3)), R.l2({l2: 0.25}).apply(tf.tensor3d([[[0.5, -1.5]], [[2.5, 0.1]]]))];
// @case penalty_int32_is_float32
return [tf.regularizers.l1().apply(tf.tensor1d([1, -2, 3], 'int32')), tf.regularizers.l2().apply(tf.tensor1d([1, -2, 3], 'int32'))];
// @case penalty_skips_zero_factor_term
return [tf.regularizers.l1l2({l1: 0, l2: 1}).apply(tf.tensor1d([Infinity, 2])), tf.regularizers.l2({l2: 1}).apply(tf.tensor1d([NaN, 1]))];
// @case penalty_empty_tensor
return tf.regularizers.l1l2().apply(tf.zeros([0, 3]));
// @case dense_regularizer_identifiers
const c = (r) => JSON.stringify(tf.layers.dense({units: 2, kernelRegularizer: r}).getConfig().kernelRegularizer);
console.log(c('l1l2'));
console.log(c('L1L2'));
console.log(c(tf.regularizers.l2({l2: 0.5})));
console.log(c({className: 'L1L2', config: {l1: 0.2}}));
console.log(c({className: 'L1L2', config: {l1: 0.2, l2: 0.3}}));
console.log(c(null));
// @py
c = lambda r: JSON.stringify(tf.layers.dense({'units': 2, 'kernelRegularizer': r}).getConfig()['kernelRegularizer'])
console.log(c('l1l2'))
console.log(c('L1L2'))
console.log(c(tf.regularizers.l2({'l2': 0.5})))
console.log(c({'className': 'L1L2', 'config': {'l1': 0.2}}))
console.log(c({'className': 'L1L2', 'config': {'l1': 0.2, 'l2': 0.3}}))
console.log(c(None))
// @case unknown_regularizer_l1_string
tf.layers.dense({units: 2, kernelRegularizer: 'l1'});
// @case unknown_regularizer_l2_string
tf.layers.dense({units: 2, kernelRegularizer: 'l2'});
// @case unknown_regularizer_snake
tf.layers.dense({units: 2, kernelRegularizer: 'l1_l2'});
// @case unknown_regularizer_class
tf.layers.dense({units: 2, kernelRegularizer: {className: 'L2', config: {}}});
// @case regularizer_dict_without_config
tf.layers.dense({units: 2, kernelRegularizer: {className: 'L1L2'}});
// @case layer_losses
const layer = tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'ones', kernelRegularizer: tf.regularizers.l1({l1: 0.1}), biasRegularizer: tf.regularizers.l2({l2: 0.5})});
layer.apply(tf.zeros([1, 2]));
return layer.losses.map((f) => f());
// @py
layer = tf.layers.dense({'units': 2, 'inputShape': [2], 'kernelInitializer': 'ones', 'biasInitializer': 'ones', 'kernelRegularizer': tf.regularizers.l1({'l1': 0.1}), 'biasRegularizer': tf.regularizers.l2({'l2': 0.5})})
layer.apply(tf.zeros([1, 2]))
# NOTE: TF.js's layer.losses holds functions; Layer.losses here holds their values.
return layer.losses
