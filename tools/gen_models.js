// Builds small models in real TF.js 4.22.0 with fixed weights, writes them in the
// tfjs-node file:// layout (model.json + weights.bin) and in the tensorflowjs converter
// layout (model_config wrapper, sharded group1-shardNofM.bin, quantized weights), then
// loads every written directory back FROM DISK with TF.js (tf.io.http with a fetchFunc
// that reads files) and records its predictions in expected.json.
// Usage: node tools/gen_models.js OUT_DIR      (run by tools/gen_models.py)
const path = require('path');
const fs = require('fs');
const tf = require(path.join(__dirname, 'node_modules', '@tensorflow', 'tfjs'));

const OUT = process.argv[2];

// --- fixed values ------------------------------------------------------------------
function values(n, seed) {
  const out = new Float32Array(n);
  for (let j = 0; j < n; j++) out[j] = Math.sin(1 + 0.37 * j + 1.3 * seed) * 0.5;
  return out;
}

function fixWeights(model) {
  model.weights.forEach((w, i) => {
    let v = values(w.shape.reduce((a, b) => a * b, 1), i);
    if (w.originalName.endsWith('moving_variance')) v = v.map((x) => Math.abs(x) + 0.5);
    w.write(tf.tensor(v, w.shape, w.dtype));
  });
}

function input(shape, seed, dtype = 'float32', maxInt = 10) {
  const n = shape.reduce((a, b) => a * b, 1);
  if (dtype === 'int32') {
    return tf.tensor(Array.from({length: n}, (_, j) => (j * 7 + seed * 3) % maxInt), shape, 'int32');
  }
  return tf.tensor(values(n, seed + 100).map((x) => x * 4), shape);
}

// --- writing layouts -----------------------------------------------------------------
async function artifactsOf(model) {
  let art;
  await model.save(tf.io.withSaveHandler(async (a) => { art = a; return {}; }));
  return art;
}

// tfjs-node file_system.ts key order (tfjs-facts.md 6.3).
function modelJsonOf(art) {
  const json = {modelTopology: art.modelTopology,
    weightsManifest: [{paths: ['weights.bin'], weights: art.weightSpecs}],
    format: art.format, generatedBy: art.generatedBy, convertedBy: art.convertedBy};
  if (art.trainingConfig != null) json.trainingConfig = art.trainingConfig;
  if (art.userDefinedMetadata != null) json.userDefinedMetadata = art.userDefinedMetadata;
  return json;
}

function writeFileLayout(dir, art) {
  fs.mkdirSync(dir, {recursive: true});
  fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(modelJsonOf(art)));
  fs.writeFileSync(path.join(dir, 'weights.bin'), Buffer.from(art.weightData));
}

// The converter's layout: topology wrapped in model_config, weights in shards.
function writeConverterLayout(dir, topology, specs, data, shardBytes) {
  fs.mkdirSync(dir, {recursive: true});
  const buf = Buffer.from(data);
  const n = Math.max(1, Math.ceil(buf.length / shardBytes));
  const paths = [];
  for (let i = 0; i < n; i++) {
    const name = `group1-shard${i + 1}of${n}.bin`;
    fs.writeFileSync(path.join(dir, name), buf.subarray(i * shardBytes, (i + 1) * shardBytes));
    paths.push(name);
  }
  const json = {format: 'layers-model', generatedBy: 'keras v2.15.0',
    convertedBy: 'TensorFlow.js Converter v4.22.0',
    modelTopology: {keras_version: '2.15.0', backend: 'tensorflow', model_config: topology},
    weightsManifest: [{paths, weights: specs}]};
  fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
}

// Affine uint8/uint16 codes (tensorflowjs converter style) or float16 values.
function quantize(specs, data, qdtype) {
  const f32 = new Float32Array(data);
  const outSpecs = [], chunks = [];
  let off = 0;
  for (const s of specs) {
    const n = s.shape.reduce((a, b) => a * b, 1);
    const v = f32.subarray(off, off + n); off += n;
    if (qdtype === 'float16') {
      const h = new Uint16Array(n);
      for (let i = 0; i < n; i++) h[i] = toHalf(v[i]);
      chunks.push(Buffer.from(h.buffer));
      outSpecs.push({...s, quantization: {dtype: 'float16', original_dtype: 'float32'}});
      continue;
    }
    const levels = qdtype === 'uint8' ? 255 : 65535;
    const min = Math.min(0, ...v), max = Math.max(0, ...v);
    const scale = (max - min) / levels || 1;
    const codes = qdtype === 'uint8' ? new Uint8Array(n) : new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = Math.round((v[i] - min) / scale);
    chunks.push(Buffer.from(codes.buffer));
    outSpecs.push({...s, quantization: {dtype: qdtype, min, scale, original_dtype: 'float32'}});
  }
  return [outSpecs, Buffer.concat(chunks)];
}

function toHalf(x) {   // round-to-nearest-even float32 -> float16 bits (finite inputs)
  const f = new Float32Array([x]), u = new Uint32Array(f.buffer)[0];
  const sign = (u >>> 16) & 0x8000, e = ((u >>> 23) & 0xff) - 127 + 15;
  let m = u & 0x7fffff;
  if (e <= 0) {
    if (e < -10) return sign;
    m |= 0x800000;
    const shift = 14 - e, half = m >>> shift, rem = m & ((1 << shift) - 1), mid = 1 << (shift - 1);
    return sign | (half + (rem > mid || (rem === mid && (half & 1)) ? 1 : 0));
  }
  const half = (e << 10) | (m >>> 13), rem = m & 0x1fff;
  return sign | (half + (rem > 0x1000 || (rem === 0x1000 && (half & 1)) ? 1 : 0));
}

// --- loading back with TF.js from disk --------------------------------------------------
async function loadFromDisk(dir) {
  const fetchFunc = async (url) => new Response(fs.readFileSync(url), {status: 200});
  return tf.loadLayersModel(tf.io.http(path.join(dir, 'model.json'), {fetchFunc}));
}

function ser(t) {
  return {dtype: t.dtype, shape: t.shape, values: Array.from(t.dataSync())};
}

async function record(dir, inputs, note) {
  const model = await loadFromDisk(dir);
  let out = model.predict(inputs.length === 1 ? inputs[0] : inputs);
  out = Array.isArray(out) ? out : [out];
  // What TF.js writes when it saves the loaded model again (file:// layout).
  const art = await artifactsOf(model);
  const resaved = {modelJson: JSON.stringify(modelJsonOf(art)),
    weightsSha256: require('crypto').createHash('sha256')
      .update(Buffer.from(art.weightData)).digest('hex')};
  const expected = {note, inputs: inputs.map(ser), outputs: out.map(ser),
    weightNames: model.weights.map((w) => w.originalName), resaved};
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected) + '\n');
}

module.exports = {tf, fixWeights, input, artifactsOf, writeFileLayout, writeConverterLayout,
  quantize, record, loadFromDisk, ser, OUT};

if (require.main === module) {
  require(path.join(__dirname, 'gen_models_cases.js')).main().catch((e) => {
    console.error(e.stack || e); process.exit(1);
  });
}
