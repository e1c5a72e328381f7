// Prints TF.js 4.22.0's public names as JSON: the tf namespace, nested namespaces and
// the prototype methods users call. Run by tools/names.py.
const path = require('path');
const tf = require(path.join(__dirname, 'node_modules', '@tensorflow', 'tfjs'));
const out = {};
const isClass = (v) => typeof v === 'function' && /^class\s/.test(Function.prototype.toString.call(v));
out.tf = Object.keys(tf).sort();
const nested = ['linalg', 'image', 'signal', 'spectral', 'losses', 'string', 'sparse', 'math',
  'util', 'backend_util', 'train', 'layers', 'initializers', 'regularizers', 'constraints',
  'metrics', 'callbacks', 'models', 'io', 'data', 'serialization', 'browser', 'env', 'version',
  'device_util', 'kernel_impls', 'broadcast_util', 'tensor_util', 'webgl', 'test_util', 'Reduction'];
for (const ns of nested) {
  const v = tf[ns];
  if (v && (typeof v === 'object') && !Array.isArray(v)) out['tf.' + ns] = Object.keys(v).sort();
}
function protoMethods(cls) {
  const names = new Set();
  let p = cls.prototype;
  while (p && p !== Object.prototype) {
    for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') names.add(k);
    p = Object.getPrototypeOf(p);
  }
  return [...names].sort();
}
out['Tensor.prototype'] = protoMethods(tf.Tensor);
out['Variable.prototype'] = protoMethods(tf.Variable);
out['TensorBuffer.prototype'] = protoMethods(tf.TensorBuffer);
out['LayersModel.prototype'] = protoMethods(tf.LayersModel);
out['Sequential.prototype'] = protoMethods(tf.Sequential);
out['Layer.prototype'] = protoMethods(tf.layers.dense({units: 1}).constructor);
out['Optimizer.prototype'] = protoMethods(tf.Optimizer || Object.getPrototypeOf(tf.train.sgd(0.1).constructor));
out['Optimizer subclasses.prototype'] = [...new Set(Object.keys(tf.train).flatMap(
  (k) => protoMethods(tf.train[k](0.1, 0.9).constructor)))].sort();
// Classes reached through calls rather than tf.* exports, and Tensor's instance fields.
out['Environment.prototype'] = protoMethods(tf.env().constructor);
out['KernelBackend.prototype'] = protoMethods(tf.backend().constructor);
out['Tensor.fields'] = Object.keys(tf.scalar(0)).sort();
out['Callback.prototype'] = protoMethods(tf.Callback);
out['CustomCallback.prototype'] = protoMethods(tf.CustomCallback);
// Members (prototype methods and instance fields) of objects users get from factories:
// every optimizer and a representative instance of each layer family.
function members(obj) {
  const names = new Set(Object.keys(obj));
  let p = Object.getPrototypeOf(obj);
  while (p && p !== Object.prototype) {
    for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') names.add(k);
    p = Object.getPrototypeOf(p);
  }
  return names;
}
const memberNames = new Set();
const optimizers = [() => tf.train.sgd(0.1), () => tf.train.momentum(0.1, 0.9),
  () => tf.train.adagrad(0.1), () => tf.train.adadelta(), () => tf.train.adam(),
  () => tf.train.adamax(), () => tf.train.rmsprop(0.1)];
const layers = [() => tf.layers.lstm({units: 1}), () => tf.layers.gru({units: 1}),
  () => tf.layers.simpleRNN({units: 1}), () => tf.layers.lstmCell({units: 1}),
  () => tf.layers.gruCell({units: 1}), () => tf.layers.simpleRNNCell({units: 1}),
  () => tf.layers.bidirectional({layer: tf.layers.lstm({units: 1})}),
  () => tf.layers.timeDistributed({layer: tf.layers.dense({units: 1})}),
  () => tf.layers.rnn({cell: [tf.layers.lstmCell({units: 1})]}),
  () => tf.layers.convLstm2d({filters: 1, kernelSize: 1}),
  () => tf.layers.conv2d({filters: 1, kernelSize: 1}),
  () => tf.layers.separableConv2d({filters: 1, kernelSize: 1}),
  () => tf.layers.depthwiseConv2d({kernelSize: 1}),
  () => tf.layers.batchNormalization(), () => tf.layers.embedding({inputDim: 2, outputDim: 1}),
  () => tf.layers.concatenate(), () => tf.layers.dropout({rate: 0.5}),
  () => tf.layers.maxPooling2d({}), () => tf.layers.globalAveragePooling2d({}),
  () => tf.sequential(), () => tf.callbacks.earlyStopping(), () => new tf.History(),
  () => new tf.CustomCallback({})];
for (const make of optimizers.concat(layers)) {
  try { for (const k of members(make())) memberNames.add(k); } catch (e) { /* skip */ }
}
for (const k of members(tf.data.array([1]))) memberNames.add(k);
for (const k of protoMethods(tf.data.CSVDataset)) memberNames.add(k);
out['members'] = [...memberNames].sort();
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
