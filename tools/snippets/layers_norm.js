// Normalization layers (tfjs_compat/layers/normalization.py): batchNormalization and
// layerNormalization: names, getConfig, weights, training vs inference, moving
// statistics (biased variance), axis handling (TF.js cycles statistics along the flat
// data for a non-last axis), shapes and errors.
// @case auto_names_and_default_configs fresh
const ls = [tf.layers.batchNormalization(), tf.layers.layerNormalization(), tf.layers.batchNormalization({}), tf.layers.layerNormalization({axis: 1})];
for (const l of ls) console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.supportsMasking);
// @py
ls = [tf.layers.batchNormalization(), tf.layers.layerNormalization(), tf.layers.batchNormalization({}), tf.layers.layerNormalization({'axis': 1})]
for l in ls:
    console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.supportsMasking)
// @case bn_config_options
const b = tf.layers.batchNormalization({axis: -2, momentum: 0.9, epsilon: 0.1, center: false, scale: true, gammaInitializer: 'zeros', betaInitializer: 'ones', movingMeanInitializer: 'ones', movingVarianceInitializer: tf.initializers.constant({value: 4}), gammaConstraint: tf.constraints.nonNeg(), betaRegularizer: tf.regularizers.l2(), name: 'bnc', inputShape: [3, 2]});
return JSON.stringify(b.getConfig());
// @case bn_training_moving_stats
const x = tf.tensor2d([[1, 2, 3], [4, 6, 9], [0, -1, 2], [3, 3, 3]]);
const b = tf.layers.batchNormalization({name: 'bn1'});
const y = b.apply(x, {training: true});
return [y, b.getWeights(), b.weights.map(w => w.name), b.weights.map(w => w.trainable), b.trainableWeights.length, b.nonTrainableWeights.length, b.countParams()];
// @py
x = tf.tensor2d([[1, 2, 3], [4, 6, 9], [0, -1, 2], [3, 3, 3]])
b = tf.layers.batchNormalization({'name': 'bn1'})
y = b.apply(x, {'training': True})
return [y, b.getWeights(), [w.name for w in b.weights], [w.trainable for w in b.weights], len(b.trainableWeights), len(b.nonTrainableWeights), b.countParams()]
// @case bn_inference_then_training_momentum
const x = tf.tensor2d([[1, 2, 3], [4, 6, 9], [0, -1, 2], [3, 3, 3]]);
const b = tf.layers.batchNormalization({name: 'bn2', momentum: 0.5});
const y0 = b.apply(x);
const y1 = b.apply(x, {training: true});
const y2 = b.apply(x, {training: true});
const y3 = b.apply(x);
return [y0, y1, y2, y3, b.getWeights()];
// @case bn_momentum_zero_biased_variance
const b = tf.layers.batchNormalization({momentum: 0, name: 'bn3'});
const y = b.apply(tf.tensor2d([[0], [2]]), {training: true});
return [y, b.getWeights()];
// @case bn_set_weights_inference
const b = tf.layers.batchNormalization({name: 'bn4', epsilon: 0.01});
b.build([null, 3]);
b.setWeights([tf.tensor1d([1, 2, 0.5]), tf.tensor1d([0, -1, 3]), tf.tensor1d([0.5, 1, -2]), tf.tensor1d([4, 0.25, 9])]);
const b4 = tf.layers.batchNormalization({name: 'bn4b', weights: [tf.tensor1d([1, 2]), tf.tensor1d([0, -1]), tf.tensor1d([0.5, 1]), tf.tensor1d([4, 0.25])]});
return [b.apply(tf.tensor2d([[1, 2, 3], [-1, 0, 5]])), b4.apply(tf.tensor3d([[[1, 2], [3, 4], [5, 6]]])), b4.getWeights()];
// @case bn_options_change_math
const x = tf.tensor2d([[1, 2, 3], [4, 6, 9], [0, -1, 2], [3, 3, 3]]);
const b = tf.layers.batchNormalization({momentum: 0.9, epsilon: 0.1, gammaInitializer: tf.initializers.constant({value: 2}), betaInitializer: 'ones', movingMeanInitializer: 'ones', movingVarianceInitializer: tf.initializers.constant({value: 4}), name: 'bn5'});
const y0 = b.apply(x);
const y1 = b.apply(x, {training: true});
return [y0, y1, b.getWeights()];
// @case bn_center_scale_off_inference
const x = tf.tensor2d([[1, 2, 3], [4, 6, 9]]);
const b1 = tf.layers.batchNormalization({center: false, name: 'bn6'});
const b2 = tf.layers.batchNormalization({scale: false, name: 'bn7'});
const b3 = tf.layers.batchNormalization({center: false, scale: false, name: 'bn8'});
return [b1.apply(x), b2.apply(x), b3.apply(x), b1.weights.map(w => w.name), b2.weights.map(w => w.name), b3.weights.map(w => w.name)];
// @py
x = tf.tensor2d([[1, 2, 3], [4, 6, 9]])
b1 = tf.layers.batchNormalization({'center': False, 'name': 'bn6'})
b2 = tf.layers.batchNormalization({'scale': False, 'name': 'bn7'})
b3 = tf.layers.batchNormalization({'center': False, 'scale': False, 'name': 'bn8'})
return [b1.apply(x), b2.apply(x), b3.apply(x), [w.name for w in b1.weights], [w.name for w in b2.weights], [w.name for w in b3.weights]]
// @case bn_center_off_training_error
tf.layers.batchNormalization({center: false}).apply(tf.ones([2, 3]), {training: true});
// @case bn_scale_off_training_error
tf.layers.batchNormalization({scale: false}).apply(tf.ones([2, 3]), {training: true});
// @case bn_axis_not_last_cycles
const x = tf.tensor3d([[[1, 2], [3, 5]], [[0, 1], [7, 2]]]);
const b1 = tf.layers.batchNormalization({axis: 1, name: 'bn9'});
const b2 = tf.layers.batchNormalization({axis: 0, name: 'bn10'});
const b3 = tf.layers.batchNormalization({axis: 1, name: 'bn11'});
const x3 = tf.tensor3d([[[1, 2, 3, 4], [3, 5, 0, 1], [2, 2, 2, 8]], [[0, 1, 1, 1], [7, 2, -1, 0], [5, 5, 5, 5]]]);
return [b1.apply(x, {training: true}), b1.getWeights(), b2.apply(tf.tensor2d([[1, 2], [3, 5]]), {training: true}), b2.getWeights(), b3.apply(x3, {training: true}), b3.getWeights(), b3.apply(x3)];
// @case bn_rank4_channels
const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 4, 6, 8], [2, 2, 2, 2]);
const b = tf.layers.batchNormalization({name: 'bn12'});
const y = b.apply(x, {training: true});
return [y, b.getWeights(), b.apply(x)];
// @case bn_int32_input
const b = tf.layers.batchNormalization({name: 'bn13'});
return [b.apply(tf.tensor2d([[1, 2], [5, 9]], [2, 2], 'int32')), b.apply(tf.tensor2d([[1, 2], [5, 9]], [2, 2], 'int32'), {training: true})];
// @case bn_symbolic_shapes
const b1 = tf.layers.batchNormalization({});
const b2 = tf.layers.batchNormalization({axis: 1});
return [b1.apply(tf.input({shape: [null, 3]})).shape, b2.apply(tf.input({shape: [4, 5]})).shape, b1.computeOutputShape([null, 7]), b1.weights.map(w => w.shape), b2.weights.map(w => w.shape)];
// @py
b1 = tf.layers.batchNormalization({})
b2 = tf.layers.batchNormalization({'axis': 1})
return [b1.apply(tf.input({'shape': [None, 3]})).shape, b2.apply(tf.input({'shape': [4, 5]})).shape, b1.computeOutputShape([None, 7]), [w.shape for w in b1.weights], [w.shape for w in b2.weights]]
// @case bn_undefined_axis_dim
tf.layers.batchNormalization({name: 'bnu'}).apply(tf.input({shape: [3, null]}));
// @case bn_axis_out_of_range
tf.layers.batchNormalization({axis: 5}).apply(tf.input({shape: [3, 2]}));
// @case bn_axis_list
tf.layers.batchNormalization({axis: [1, 2]}).apply(tf.input({shape: [3, 2]}));
// @case bn_incompatible_second_call
const b = tf.layers.batchNormalization({name: 'bnx'});
b.apply(tf.ones([2, 3]));
b.apply(tf.ones([2, 4]));
// @case bn_rank1_error
tf.layers.batchNormalization({}).apply(tf.tensor1d([1, 2, 3]));
// @case bn_rank5_error
tf.layers.batchNormalization({}).apply(tf.ones([1, 1, 1, 1, 2]), {training: true});
// @case bn_in_model_fit
// @tol 1e-4
const model = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', name: 'fd'}), tf.layers.batchNormalization({name: 'fbn', momentum: 0.5})]});
model.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const h = await model.fit(tf.tensor2d([[1, 2, 3], [0, 1, 0], [2, 2, 1]]), tf.tensor2d([[1, 0], [0, 1], [1, 1]]), {epochs: 2, batchSize: 3, shuffle: false, verbose: 0});
return [h.history.loss, model.getWeights(), model.weights.map(w => w.name), model.predict(tf.tensor2d([[1, 1, 1]]))];
// @py
model = tf.sequential({'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': 'ones', 'name': 'fd'}), tf.layers.batchNormalization({'name': 'fbn', 'momentum': 0.5})]})
model.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError'})
h = await model.fit(tf.tensor2d([[1, 2, 3], [0, 1, 0], [2, 2, 1]]), tf.tensor2d([[1, 0], [0, 1], [1, 1]]), {'epochs': 2, 'batchSize': 3, 'shuffle': False, 'verbose': 0})
return [h.history.loss, model.getWeights(), [w.name for w in model.weights], model.predict(tf.tensor2d([[1, 1, 1]]))]
// @case ln_basic
const x = tf.tensor3d([[[1, 2, 3], [4, 6, 9]], [[0, -1, 2], [3, 3, 3]]]);
const l = tf.layers.layerNormalization({name: 'ln1'});
const y = l.apply(x);
return [y, l.weights.map(w => w.name), l.weights.map(w => w.shape), l.countParams(), JSON.stringify(l.getConfig())];
// @py
x = tf.tensor3d([[[1, 2, 3], [4, 6, 9]], [[0, -1, 2], [3, 3, 3]]])
l = tf.layers.layerNormalization({'name': 'ln1'})
y = l.apply(x)
return [y, [w.name for w in l.weights], [w.shape for w in l.weights], l.countParams(), JSON.stringify(l.getConfig())]
// @case ln_axis_options
const x = tf.tensor3d([[[1, 2, 3], [4, 6, 9]], [[0, -1, 2], [3, 3, 3]]]);
const l1 = tf.layers.layerNormalization({axis: [1, 2], name: 'ln2'});
const l2 = tf.layers.layerNormalization({axis: 1, center: false, epsilon: 0.5, name: 'ln3'});
const l3 = tf.layers.layerNormalization({axis: -2, scale: false, betaInitializer: 'ones', name: 'ln4'});
const l4 = tf.layers.layerNormalization({axis: 0, name: 'ln5'});
return [l1.apply(x), l2.apply(x), l3.apply(x), l4.apply(x), l1.weights.map(w => w.shape), l2.weights.map(w => w.name), l3.weights.map(w => w.name), JSON.stringify(l2.getConfig())];
// @py
x = tf.tensor3d([[[1, 2, 3], [4, 6, 9]], [[0, -1, 2], [3, 3, 3]]])
l1 = tf.layers.layerNormalization({'axis': [1, 2], 'name': 'ln2'})
l2 = tf.layers.layerNormalization({'axis': 1, 'center': False, 'epsilon': 0.5, 'name': 'ln3'})
l3 = tf.layers.layerNormalization({'axis': -2, 'scale': False, 'betaInitializer': 'ones', 'name': 'ln4'})
l4 = tf.layers.layerNormalization({'axis': 0, 'name': 'ln5'})
return [l1.apply(x), l2.apply(x), l3.apply(x), l4.apply(x), [w.shape for w in l1.weights], [w.name for w in l2.weights], [w.name for w in l3.weights], JSON.stringify(l2.getConfig())]
// @case ln_set_weights
const l = tf.layers.layerNormalization({name: 'ln6', epsilon: 0.01});
l.apply(tf.ones([1, 3]));
l.setWeights([tf.tensor1d([1, 2, -1]), tf.tensor1d([0.5, 0, 1])]);
const l4 = tf.layers.layerNormalization({name: 'ln6b', gammaInitializer: tf.initializers.constant({value: 3}), betaInitializer: 'ones'});
return [l.apply(tf.tensor2d([[1, 2, 4], [0, 0, 3]])), l.apply(tf.tensor2d([[1, 2, 3]], [1, 3], 'int32')), l4.apply(tf.tensor4d([1, 2, 4, 0, 0, 3, 5, 5], [1, 2, 2, 2]))];
// @case ln_symbolic_shapes
const l = tf.layers.layerNormalization({});
const l2 = tf.layers.layerNormalization({axis: [1, 2]});
return [l.apply(tf.input({shape: [null, 3]})).shape, l2.apply(tf.input({shape: [2, 3]})).shape, l.computeOutputShape([null, 5]), l2.weights.map(w => w.shape)];
// @py
l = tf.layers.layerNormalization({})
l2 = tf.layers.layerNormalization({'axis': [1, 2]})
return [l.apply(tf.input({'shape': [None, 3]})).shape, l2.apply(tf.input({'shape': [2, 3]})).shape, l.computeOutputShape([None, 5]), [w.shape for w in l2.weights]]
// @case ln_invalid_axis_high
tf.layers.layerNormalization({axis: 3}).apply(tf.ones([1, 2, 3]));
// @case ln_invalid_axis_low
tf.layers.layerNormalization({axis: -4}).apply(tf.ones([1, 2, 3]));
// @case ln_duplicate_axes
tf.layers.layerNormalization({axis: [1, 1]}).apply(tf.ones([1, 2, 3]));
// @case ln_axis_not_number
tf.layers.layerNormalization({axis: 'a'});
// @case ln_axis_not_integer
tf.layers.layerNormalization({axis: 1.5});
// @case ln_axis_list_not_integers
tf.layers.layerNormalization({axis: [1.5]});
// @case ln_axis_bool
tf.layers.layerNormalization({axis: true});
// @case ln_rank1_error
tf.layers.layerNormalization({}).apply(tf.tensor1d([1, 2, 3]));
// @case ln_rank5_error
tf.layers.layerNormalization({}).apply(tf.ones([1, 1, 1, 1, 2]));
// @case ln_undefined_dim
tf.layers.layerNormalization({}).apply(tf.input({shape: [3, null]}));
// @case ln_second_call_mismatch
const l = tf.layers.layerNormalization({});
l.apply(tf.ones([2, 3]));
l.apply(tf.ones([2, 4]));
