// tf.constraints.* (tfjs_compat/constraints.py): configs, projections, identifiers.
// @case factory_configs
const C = tf.constraints;
console.log(C.maxNorm({}).getClassName(), JSON.stringify(C.maxNorm({}).getConfig()));
console.log(C.minMaxNorm({}).getClassName(), JSON.stringify(C.minMaxNorm({}).getConfig()));
console.log(C.nonNeg().getClassName(), JSON.stringify(C.nonNeg().getConfig()));
console.log(C.nonNeg({}).getClassName(), JSON.stringify(C.nonNeg({}).getConfig()));
console.log(C.unitNorm({}).getClassName(), JSON.stringify(C.unitNorm({}).getConfig()));
// @case zero_and_null_options
const C = tf.constraints;
console.log(JSON.stringify(C.maxNorm({maxValue: 0, axis: 1}).getConfig()));
console.log(JSON.stringify(C.maxNorm({maxValue: null, axis: null}).getConfig()));
console.log(JSON.stringify(C.minMaxNorm({minValue: 0, maxValue: 0, rate: 0, axis: 1}).getConfig()));
console.log(JSON.stringify(C.minMaxNorm({minValue: null, maxValue: null, rate: null, axis: null}).getConfig()));
console.log(JSON.stringify(C.unitNorm({axis: 1}).getConfig()));
console.log(JSON.stringify(C.unitNorm({axis: null}).getConfig()));
console.log(JSON.stringify(C.maxNorm({maxValue: 3, axis: [0, 1]}).getConfig()));
// @case no_options_max_norm
tf.constraints.maxNorm();
// @case no_options_min_max_norm
tf.constraints.minMaxNorm();
// @case no_options_unit_norm
tf.constraints.unitNorm();
// @case max_norm_values
const w = tf.tensor2d([[1, -2, 0], [3, 4, 0]]);
const C = tf.constraints;
return [C.maxNorm({maxValue: 2}).apply(w), C.maxNorm({maxValue: 2, axis: 1}).apply(w), C.maxNorm({maxValue: 2, axis: -1}).apply(w), C.maxNorm({maxValue: 2, axis: [0, 1]}).apply(w), C.maxNorm({}).apply(w), C.maxNorm({maxValue: 100}).apply(w), C.maxNorm({maxValue: 2}).apply(tf.tensor1d([3, 4]))];
// @case unit_norm_values
const w = tf.tensor2d([[1, -2, 0], [3, 4, 0]]);
return [tf.constraints.unitNorm({}).apply(w), tf.constraints.unitNorm({axis: 1}).apply(w), tf.constraints.unitNorm({axis: 0}).apply(tf.tensor3d([[[1, 2]], [[3, -4]]]))];
// @case min_max_norm_values
const w = tf.tensor2d([[1, -2, 0], [3, 4, 0]]);
const C = tf.constraints;
return [C.minMaxNorm({}).apply(w), C.minMaxNorm({minValue: 2, maxValue: 3, rate: 0.5}).apply(w), C.minMaxNorm({minValue: 2, maxValue: 3, rate: 0.5, axis: 1}).apply(w), C.minMaxNorm({minValue: 5, maxValue: 6, rate: 1}).apply(w), C.minMaxNorm({minValue: 0, maxValue: 1, rate: 0}).apply(w)];
// @case non_neg_values
return [tf.constraints.nonNeg().apply(tf.tensor2d([[1, -2, 0], [3, -4, 0.5]])), tf.constraints.nonNeg().apply(tf.tensor1d([3, -4], 'int32'))];
// @case max_norm_axis_out_of_range
tf.constraints.maxNorm({maxValue: 2, axis: 2}).apply(tf.tensor2d([[1, 2], [3, 4]]));
// @case max_norm_int32
tf.constraints.maxNorm({maxValue: 2}).apply(tf.tensor1d([3, 4], 'int32'));
// @case unit_norm_int32
tf.constraints.unitNorm({}).apply(tf.tensor1d([3, 4], 'int32'));
// @case dense_constraint_identifiers
const c = (k) => JSON.stringify(tf.layers.dense({units: 2, kernelConstraint: k}).getConfig().kernelConstraint);
console.log(c('maxNorm'));
console.log(c('minMaxNorm'));
console.log(c('nonNeg'));
console.log(c('unitNorm'));
console.log(c('MaxNorm'));
console.log(c('NonNeg'));
console.log(c({className: 'MaxNorm', config: {maxValue: 3}}));
console.log(c({className: 'MinMaxNorm', config: {minValue: 0.5, rate: 0.2}}));
console.log(c(tf.constraints.unitNorm({axis: 1})));
// @py
c = lambda k: JSON.stringify(tf.layers.dense({'units': 2, 'kernelConstraint': k}).getConfig()['kernelConstraint'])
for k in ['maxNorm', 'minMaxNorm', 'nonNeg', 'unitNorm', 'MaxNorm', 'NonNeg']:
    console.log(c(k))
console.log(c({'className': 'MaxNorm', 'config': {'maxValue': 3}}))
console.log(c({'className': 'MinMaxNorm', 'config': {'minValue': 0.5, 'rate': 0.2}}))
console.log(c(tf.constraints.unitNorm({'axis': 1})))
// @case unknown_constraint_snake
tf.layers.dense({units: 2, kernelConstraint: 'max_norm'});
// @case unknown_constraint
tf.layers.dense({units: 2, kernelConstraint: 'foo'});
// @case constraint_applied_after_fit_step
// TF.js's fit does not apply constraints: the kernel leaves the max-norm ball.
const model = tf.sequential();
model.add(tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', useBias: false, kernelConstraint: tf.constraints.maxNorm({maxValue: 1})}));
model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
await model.fit(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1, 0], [0, 1]]), {epochs: 2, batchSize: 2, shuffle: false});
return model.getWeights()[0];
// @case fit_ignores_constraints_sgd_batches
const model = tf.sequential();
model.add(tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', kernelConstraint: tf.constraints.maxNorm({maxValue: 0.1}), biasConstraint: tf.constraints.nonNeg()}));
model.compile({loss: 'meanSquaredError', optimizer: tf.train.sgd(0.05)});
await model.fit(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[-5, 0], [0, -6]]), {epochs: 5, batchSize: 1, shuffle: false});
return model.getWeights();
