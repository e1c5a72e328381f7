// Runs fixture cases under real TF.js and prints their outcomes as JSON.
// Input (stdin): JSON list of {id, js}. Output (stdout, last line): JSON list of results.
// Used by tools/gen_fixtures.py; each case body runs inside an async function.
const path = require('path');
const tf = require(path.join(__dirname, 'node_modules', '@tensorflow', 'tfjs'));

function num(v) {
  if (Number.isNaN(v)) return {$num: 'NaN'};
  if (v === Infinity) return {$num: 'Infinity'};
  if (v === -Infinity) return {$num: '-Infinity'};
  if (Object.is(v, -0)) return {$num: '-0'};
  return v;
}

function ser(v, seen = new Set()) {
  if (v === undefined) return {$undefined: true};
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return num(v);
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof tf.Tensor) {
    if (v.isDisposed) return {$tensor: {disposed: true, shape: v.shape, dtype: v.dtype}};
    const data = v.dtype === 'string' ? v.dataSync() : Array.from(v.dataSync(), num);
    return {$tensor: {dtype: v.dtype, shape: v.shape, values: data}};
  }
  if (ArrayBuffer.isView(v)) return {$typed: v.constructor.name, values: Array.from(v, num)};
  if (v instanceof tf.TensorBuffer) {
    return {$buffer: {dtype: v.dtype, shape: v.shape, values: Array.from(v.values, num)}};
  }
  if (seen.has(v)) return {$cycle: true};
  seen.add(v);
  if (Array.isArray(v)) return v.map((x) => ser(x, seen));
  if (v instanceof Date) return {$date: true};
  if (typeof v === 'function') return {$function: true};
  const out = {};
  for (const k of Object.keys(v)) out[k] = ser(v[k], seen);
  return {$object: out};
}

async function main() {
  const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  // A fresh case sees the backend uninitialised, as a new program does (cpu is the only
  // backend registered in Node, so it is the one TF.js picks).
  if (!cases.every((c) => c.fresh)) await tf.setBackend('cpu');
  const results = [];
  const origLog = console.log, origWarn = console.warn, origErr = console.error;
  for (const c of cases) {
    let out = '', err = '';
    const fmt = (args) => require('util').format(...args) + '\n';
    console.log = (...a) => { out += fmt(a); };
    console.warn = (...a) => { err += fmt(a); };
    console.error = (...a) => { err += fmt(a); };
    const r = {id: c.id};
    try {
      const fn = new Function('tf', `return (async () => {\n${c.js}\n})();`);
      r.value = ser(await fn(tf));
      r.error = null;
    } catch (e) {
      r.error = {name: e && e.constructor ? e.constructor.name : 'Error', message: String(e && e.message !== undefined ? e.message : e)};
    }
    console.log = origLog; console.warn = origWarn; console.error = origErr;
    r.stdout = out;
    r.stderr = err.split('\n').filter((l) => !/Hi, looks like|^=+$|tfjs-node|^\s*$/.test(l)).join('\n');
    results.push(r);
  }
  process.stdout.write('\n' + JSON.stringify(results) + '\n');
}
main().catch((e) => { console.error(e); process.exit(1); });
