// Examples (examples/*.py): each case is the JS program of one example in its
// deterministic form (fixed weights, shuffle false); the Python side runs the example's
// main(fixed=True). tests/test_examples.py compares the printed output too.
// Generated from the examples' docstrings; edit both together.
// @case getting_started_fixed
const model = tf.sequential();
model.add(tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: tf.initializers.constant({value: 0.5}), biasInitializer: 'zeros'}));
model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);
await model.fit(xs, ys, {epochs: 250, shuffle: false, verbose: 0});
model.predict(tf.tensor2d([20], [1, 1])).print();
// @py
import importlib.util, inspect, pathlib
spec = importlib.util.spec_from_file_location('example_getting_started', pathlib.Path(tf.__file__).resolve().parents[1] / 'examples' / 'getting_started.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
r = mod.main(fixed=True)
if inspect.isawaitable(r):
    await r
// @case softmax_tensor
const a = tf.tensor1d([1, 2, 3]);
tf.softmax(a).print();
const logits = tf.tensor2d([[2, 1, 0.1], [1, 1, 1]]);
logits.softmax().print();
logits.softmax().sum(1).print();
// @py
import importlib.util, inspect, pathlib
spec = importlib.util.spec_from_file_location('example_softmax_tensor', pathlib.Path(tf.__file__).resolve().parents[1] / 'examples' / 'softmax_tensor.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
r = mod.main(fixed=True)
if inspect.isawaitable(r):
    await r
// @case softmax_dense_fixed
const model = tf.sequential();
model.add(tf.layers.dense({units: 3, inputShape: [4], activation: 'softmax'}));
model.setWeights([tf.tensor2d([[0.1, -0.2, 0.3], [0.4, 0.0, -0.1], [-0.3, 0.2, 0.1], [0.05, 0.1, -0.2]]), tf.tensor1d([0.1, 0, -0.1])]);
const input = tf.tensor2d([[1, 2, 3, 4], [0.5, -1, 0, 2]]);
const output = model.predict(input);
output.print();
output.sum(1).print();
// @py
import importlib.util, inspect, pathlib
spec = importlib.util.spec_from_file_location('example_softmax_dense', pathlib.Path(tf.__file__).resolve().parents[1] / 'examples' / 'softmax_dense.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
r = mod.main(fixed=True)
if inspect.isawaitable(r):
    await r
// @case iris_fixed
const text = process.mainModule.require('fs').readFileSync(process.cwd() + '/examples/data/iris.csv', 'utf8');
const names = ['setosa', 'versicolor', 'virginica'];
const rows = text.trim().split('\n').slice(1).map((l) => l.split(','));
const xs = tf.tensor2d(rows.map((r) => r.slice(0, 4).map(Number)));
const ys = tf.oneHot(tf.tensor1d(rows.map((r) => names.indexOf(r[4])), 'int32'), 3)
    .cast('float32');
const mean = xs.mean(0);
const std = xs.sub(mean).square().mean(0).sqrt();
const xn = xs.sub(mean).div(std);
const model = tf.sequential();
model.add(tf.layers.dense({units: 8, activation: 'relu', inputShape: [4]}));
model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
model.setWeights(model.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
model.compile({optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy',
               metrics: ['accuracy']});
const h = await model.fit(xn, ys, {epochs: 40, batchSize: 8, shuffle: false});
console.log('loss', h.history.loss[39].toFixed(3), 'acc', h.history.acc[39].toFixed(3));
const probe = tf.tensor2d([[5.0, 3.4, 1.5, 0.2], [6.0, 2.9, 4.5, 1.5], [6.9, 3.1, 5.4, 2.1]]);
const pred = model.predict(probe.sub(mean).div(std)).argMax(1).arraySync();
console.log(pred.map((i) => names[i]).join(' '));
// @py
import importlib.util, inspect, pathlib
spec = importlib.util.spec_from_file_location('example_iris', pathlib.Path(tf.__file__).resolve().parents[1] / 'examples' / 'iris.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
r = mod.main(fixed=True)
if inspect.isawaitable(r):
    await r
// @case convnet_digits_fixed
function digits(n) {                 // n images per class, labels 0, 1, 2
  const images = [], labels = [];
  let seed = 7;
  const noise = () => { seed = (seed * 16807) % 2147483647;
                        return (seed % 1000) / 1000 * 0.3; };
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) {
    const img = [];
    for (let r = 0; r < 8; r++) for (let q = 0; q < 8; q++) {
      const on = c === 0 ? ((r === 1 || r === 6) && q > 1 && q < 6) ||
                           ((q === 1 || q === 6) && r > 1 && r < 6)
               : c === 1 ? (q === 3 + (i % 2) && r > 0 && r < 7)
               : (r === 2 + (i % 2) || r === 5 + (i % 2)) && q > 0 && q < 7;
      img.push((on ? 1 : 0) + noise());
    }
    images.push(img); labels.push(c);
  }
  return [tf.tensor4d(images.flat(), [3 * n, 8, 8, 1]),
          tf.oneHot(tf.tensor1d(labels, 'int32'), 3).cast('float32')];
}
const [xs, ys] = digits(8);
const model = tf.sequential();
model.add(tf.layers.conv2d({filters: 4, kernelSize: 3, activation: 'relu',
                            inputShape: [8, 8, 1]}));
model.add(tf.layers.maxPooling2d({poolSize: 2}));
model.add(tf.layers.flatten());
model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
model.setWeights(model.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
model.compile({optimizer: tf.train.adam(0.02), loss: 'categoricalCrossentropy',
               metrics: ['accuracy']});
const h = await model.fit(xs, ys, {epochs: 12, batchSize: 6, shuffle: false});
console.log('loss', h.history.loss[11].toFixed(3), 'acc', h.history.acc[11].toFixed(3));
const [tx, ty] = digits(2);
const [loss, acc] = model.evaluate(tx, ty);
console.log('test acc', acc.dataSync()[0].toFixed(3));
console.log(model.predict(tx).argMax(1).arraySync().join(' '));
// @py
import importlib.util, inspect, pathlib
spec = importlib.util.spec_from_file_location('example_convnet_digits', pathlib.Path(tf.__file__).resolve().parents[1] / 'examples' / 'convnet_digits.py')
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
r = mod.main(fixed=True)
if inspect.isawaitable(r):
    await r
