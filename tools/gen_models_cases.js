// The models of tests/fixtures/models/ (see gen_models.js). Layer names are explicit so
// that weight names do not depend on TF.js's global name counters.
const path = require('path');
const G = require('./gen_models.js');
const {tf} = G;

function seq(name, layers) {
  const m = tf.sequential({name});
  layers.forEach((l) => m.add(l));
  G.fixWeights(m);
  return m;
}

function dense() {
  return seq('dense_model', [
    tf.layers.dense({units: 4, inputShape: [3], activation: 'relu', name: 'hidden'}),
    tf.layers.dense({units: 2, activation: 'softmax', name: 'out'})]);
}

function convPool() {
  return seq('conv_model', [
    tf.layers.conv2d({filters: 2, kernelSize: 3, inputShape: [6, 6, 1], padding: 'same',
      activation: 'relu', name: 'conv'}),
    tf.layers.maxPooling2d({poolSize: 2, name: 'maxpool'}),
    tf.layers.averagePooling2d({poolSize: 3, name: 'avgpool'}),
    tf.layers.flatten({name: 'flat'}),
    tf.layers.dense({units: 2, name: 'logits'})]);
}

function batchNorm() {
  return seq('bn_model', [
    tf.layers.dense({units: 3, inputShape: [4], name: 'pre'}),
    tf.layers.batchNormalization({name: 'bn'}),
    tf.layers.dense({units: 1, name: 'post'})]);
}

function lstm() {
  return seq('lstm_model', [
    tf.layers.lstm({units: 3, inputShape: [4, 2], name: 'lstm'}),
    tf.layers.dense({units: 1, name: 'head'})]);
}

function gru() {
  return seq('gru_model', [
    tf.layers.gru({units: 2, inputShape: [3, 2], returnSequences: true, name: 'gru'})]);
}

function embedding() {
  return seq('emb_model', [
    tf.layers.embedding({inputDim: 10, outputDim: 3, inputLength: 4, name: 'emb'}),
    tf.layers.flatten({name: 'flat'}),
    tf.layers.dense({units: 2, name: 'head'})]);
}

function functional() {
  const a = tf.input({shape: [3], name: 'in_a'});
  const b = tf.input({shape: [2], name: 'in_b'});
  const ha = tf.layers.dense({units: 4, activation: 'tanh', name: 'branch_a'}).apply(a);
  const cat = tf.layers.concatenate({name: 'cat'}).apply([ha, b]);
  const y1 = tf.layers.dense({units: 2, name: 'out_1'}).apply(cat);
  const y2 = tf.layers.dense({units: 1, activation: 'sigmoid', name: 'out_2'}).apply(cat);
  const m = tf.model({inputs: [a, b], outputs: [y1, y2], name: 'two_in_two_out'});
  G.fixWeights(m);
  return m;
}

function nested() {
  const inner = tf.sequential({name: 'inner'});
  inner.add(tf.layers.dense({units: 3, inputShape: [2], activation: 'relu', name: 'inner_d'}));
  const x = tf.input({shape: [2], name: 'x'});
  const y = tf.layers.dense({units: 1, name: 'outer_d'}).apply(inner.apply(x));
  const m = tf.model({inputs: x, outputs: y, name: 'nested_model'});
  G.fixWeights(m);
  return m;
}

// A topology as Keras 2 writes it (InputLayer first, Keras names and initializers),
// for the converter-layout fixture.
function kerasTopology() {
  const init = (c) => ({class_name: c, config: {seed: null}});
  const denseCfg = (name, units, act, extra = {}) => ({class_name: 'Dense', config: {
    name, trainable: true, dtype: 'float32', units, activation: act, use_bias: true,
    kernel_initializer: init('GlorotUniform'), bias_initializer: {class_name: 'Zeros', config: {}},
    kernel_regularizer: null, bias_regularizer: null, activity_regularizer: null,
    kernel_constraint: null, bias_constraint: null, ...extra}});
  return {class_name: 'Sequential', config: {name: 'sequential', layers: [
    {class_name: 'InputLayer', config: {batch_input_shape: [null, 5], dtype: 'float32',
      sparse: false, ragged: false, name: 'dense_input'}},
    denseCfg('dense', 4, 'relu'),
    {class_name: 'Dropout', config: {name: 'dropout', trainable: true, dtype: 'float32',
      rate: 0.5, noise_shape: null, seed: null}},
    denseCfg('dense_1', 3, 'softmax')]}};
}

// Keras 3 spellings of the functional topology (batch_shape, module/registered_name,
// DTypePolicy objects, dict inbound nodes, flat single endpoints).
function keras3(topology) {
  const policy = {module: 'keras', class_name: 'DTypePolicy', config: {name: 'float32'},
    registered_name: null};
  const layers = topology.config.layers.map((l) => {
    const cfg = {...l.config};
    if (cfg.batch_input_shape) { cfg.batch_shape = cfg.batch_input_shape; delete cfg.batch_input_shape; }
    if (l.class_name !== 'InputLayer') cfg.dtype = policy;
    const nodes = l.inbound_nodes.map((node) => {
      const ts = node.map(([name, ni, ti]) => ({class_name: '__keras_tensor__',
        config: {shape: null, dtype: 'float32', keras_history: [name, ni, ti]}}));
      return {args: [ts.length === 1 ? ts[0] : ts], kwargs: {}};
    });
    return {module: 'keras.layers', class_name: l.class_name, config: cfg,
      registered_name: null, name: l.name, inbound_nodes: nodes};
  });
  return {module: 'keras', class_name: 'Functional', config: {name: topology.config.name,
    trainable: true, layers, input_layers: topology.config.input_layers,
    output_layers: topology.config.output_layers}, registered_name: 'Functional'};
}

async function fileCase(name, model, inputs, note) {
  const dir = path.join(G.OUT, name);
  G.writeFileLayout(dir, await G.artifactsOf(model));
  await G.record(dir, inputs, note);
}

async function main() {
  const I = G.input;
  await fileCase('dense', dense(), [I([2, 3], 1)], 'tfjs-node layout written from TF.js artifacts');
  const conv = convPool();
  await fileCase('conv_pool', conv, [I([2, 6, 6, 1], 2)], 'conv2d + max/avg pooling');
  await fileCase('batchnorm', batchNorm(), [I([3, 4], 3)], 'moving stats are non-trivial');
  await fileCase('lstm', lstm(), [I([2, 4, 2], 4)], 'lstm then dense');
  await fileCase('gru', gru(), [I([2, 3, 2], 5)], 'gru, returnSequences');
  await fileCase('embedding', embedding(), [I([3, 4], 6, 'int32')], 'int32 indices');
  const fn = functional();
  const fnInputs = [I([2, 3], 7), I([2, 2], 8)];
  await fileCase('functional', fn, fnInputs, 'two inputs, two outputs');
  await fileCase('nested', nested(), [I([2, 2], 10)], 'a Sequential inside a model');

  // includeOptimizer: Adam state saved after two updates; after loading, one more
  // trainOnBatch in TF.js gives the weights recorded in afterStep.
  const adamModel = dense();
  adamModel.compile({optimizer: tf.train.adam(0.01), loss: 'meanSquaredError',
    metrics: ['mse']});
  const tx = I([4, 3], 11), ty = tf.tensor2d([[1, 0], [0, 1], [1, 0], [0, 1]]);
  await adamModel.fit(tx, ty, {epochs: 2, batchSize: 4, shuffle: false, verbose: 0});
  const adamDir = path.join(G.OUT, 'trained_adam');
  let adamArt;
  await adamModel.save(tf.io.withSaveHandler(async (a) => { adamArt = a; return {}; }),
    {includeOptimizer: true});
  G.writeFileLayout(adamDir, adamArt);
  await G.record(adamDir, [I([2, 3], 1)], 'includeOptimizer: adam after 2 steps');
  const loaded = await G.loadFromDisk(adamDir);
  await loaded.trainOnBatch(tx, ty);
  const adamExp = JSON.parse(require("fs").readFileSync(path.join(adamDir, 'expected.json')));
  adamExp.train = {x: G.ser(tx), y: G.ser(ty),
    afterStep: loaded.getWeights().map(G.ser),
    optimizerAfterStep: (await loaded.optimizer.getWeights()).map((w) => ({name: w.name,
      ...G.ser(w.tensor)}))};
  require('fs').writeFileSync(path.join(adamDir, 'expected.json'),
    JSON.stringify(adamExp) + '\n');

  // tf.io.encodeWeights of mixed dtypes (tfjs-facts.md 6.2), and a decode of it.
  const enc = await tf.io.encodeWeights({a: tf.tensor2d([1, 2], [1, 2], 'int32'),
    b: tf.tensor1d([true, false], 'bool'), c: tf.tensor1d(['hi', 'x'], 'string'),
    d: tf.scalar(1.5), e: tf.complex([1, 2], [3, 4])});
  const dec = tf.io.decodeWeights(enc.data, enc.specs);
  const decoded = {};
  for (const k of Object.keys(dec)) {
    decoded[k] = dec[k].dtype === 'complex64' ? {dtype: 'complex64', shape: dec[k].shape}
      : G.ser(dec[k]);
  }
  require('fs').writeFileSync(path.join(G.OUT, 'codec.json'), JSON.stringify({
    specs: enc.specs, hex: Buffer.from(enc.data).toString('hex'), decoded}, null, 1) + '\n');

  // Converter layouts: TF.js topology in model_config, 3 shards.
  const convArt = await G.artifactsOf(conv);
  const convDir = path.join(G.OUT, 'converter_conv');
  G.writeConverterLayout(convDir, convArt.modelTopology, convArt.weightSpecs,
    convArt.weightData, 40);
  await G.record(convDir, [I([2, 6, 6, 1], 2)], 'converter layout, 3 shards');

  // A Keras-2 topology with Keras names, converted layout, 2 shards.
  const kDir = path.join(G.OUT, 'converter_keras');
  const kModel = await tf.models.modelFromJSON({modelTopology: kerasTopology()});
  G.fixWeights(kModel);
  const kArt = await G.artifactsOf(kModel);
  G.writeConverterLayout(kDir, kerasTopology(), kArt.weightSpecs, kArt.weightData, 64);
  await G.record(kDir, [I([2, 5], 9)], 'Keras-2 style topology (InputLayer first)');

  // Quantized weights of the dense model.
  const dArt = await G.artifactsOf(dense());
  for (const q of ['uint8', 'uint16', 'float16']) {
    const dir = path.join(G.OUT, `quantized_${q}`);
    const [specs, data] = G.quantize(dArt.weightSpecs, dArt.weightData, q);
    G.writeConverterLayout(dir, dArt.modelTopology, specs, data, 1 << 20);
    await G.record(dir, [I([2, 3], 1)], `${q} quantization`);
  }

  // Keras 3 spelling of the functional model (TF.js 4.22 cannot read it): expected
  // values are TF.js's predictions of the same weights with the TF.js topology.
  const fArt = await G.artifactsOf(fn);
  const k3Dir = path.join(G.OUT, 'keras3_functional');
  G.writeConverterLayout(k3Dir, keras3(fArt.modelTopology), fArt.weightSpecs,
    fArt.weightData, 1 << 20);
  const tmp = path.join(G.OUT, 'functional');
  await G.record(tmp, fnInputs, 'two inputs, two outputs');
  const exp = JSON.parse(require('fs').readFileSync(path.join(tmp, 'expected.json')));
  delete exp.resaved;   // TF.js cannot load this file, so it cannot save it again
  exp.note = 'Keras-3 spelling of functional/; values: TF.js predictions of functional/';
  require('fs').writeFileSync(path.join(k3Dir, 'expected.json'),
    JSON.stringify(exp) + '\n');
}

module.exports = {main};
