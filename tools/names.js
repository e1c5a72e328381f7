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
// Classes reached through calls rather than tf.* exports, and Tensor's instance fields.
out['Environment.prototype'] = protoMethods(tf.env().constructor);
out['KernelBackend.prototype'] = protoMethods(tf.backend().constructor);
out['Tensor.fields'] = Object.keys(tf.scalar(0)).sort();
out['Callback.prototype'] = protoMethods(tf.Callback);
out['CustomCallback.prototype'] = protoMethods(tf.CustomCallback);
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
