// Loads model directories from disk with real TF.js and prints its predictions.
// stdin: JSON [{dir, inputs: [{values, shape, dtype}]}]; stdout (last line): JSON list of
// [{outputs: [{shape, values}]} | {error}]. Used by tests/io/test_io_tfjs_node.py.
const path = require('path');
const fs = require('fs');
const tf = require(path.join(__dirname, 'node_modules', '@tensorflow', 'tfjs'));

async function main() {
  await tf.setBackend('cpu');
  const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
  const fetchFunc = async (url) => new Response(fs.readFileSync(url), {status: 200});
  const results = [];
  for (const c of cases) {
    try {
      const model = await tf.loadLayersModel(
        tf.io.http(path.join(c.dir, 'model.json'), {fetchFunc}));
      const xs = c.inputs.map((i) => tf.tensor(i.values, i.shape, i.dtype));
      let out = model.predict(xs.length === 1 ? xs[0] : xs);
      out = Array.isArray(out) ? out : [out];
      results.push({outputs: out.map((t) => ({shape: t.shape, values: Array.from(t.dataSync())})),
        weightNames: model.weights.map((w) => w.originalName)});
    } catch (e) {
      results.push({error: String(e && e.message || e)});
    }
  }
  process.stdout.write('\n' + JSON.stringify(results) + '\n');
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });
