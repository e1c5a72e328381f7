r"""An iris classifier trained on a small bundled CSV (examples/data/iris.csv: 30 rows of
Fisher's iris data, 10 per species).

The JavaScript original (Node; the CSV is read as text and parsed by hand):

    const text = require('fs').readFileSync('examples/data/iris.csv', 'utf8');
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
    model.compile({optimizer: tf.train.adam(0.05), loss: 'categoricalCrossentropy',
                   metrics: ['accuracy']});
    const h = await model.fit(xn, ys, {epochs: 40, batchSize: 8, shuffle: true});
    console.log('loss', h.history.loss[39].toFixed(3), 'acc', h.history.acc[39].toFixed(3));
    const probe = tf.tensor2d([[5.0, 3.4, 1.5, 0.2], [6.0, 2.9, 4.5, 1.5], [6.9, 3.1, 5.4, 2.1]]);
    const pred = model.predict(probe.sub(mean).div(std)).argMax(1).arraySync();
    console.log(pred.map((i) => names[i]).join(' '));

``main(fixed=True)`` is the deterministic variant the tests compare with TF.js: the
weights start from sin ramps (``setWeights``) and fit runs with ``shuffle: false``.

Run: python examples/iris.py
"""
import asyncio
import csv
from pathlib import Path

import tfjs_compat as tf

DATA = Path(__file__).resolve().parent / "data" / "iris.csv"
NAMES = ['setosa', 'versicolor', 'virginica']


def load():
    with open(DATA, newline="") as f:
        rows = list(csv.reader(f))[1:]
    xs = tf.tensor2d([[float(v) for v in r[:4]] for r in rows])
    ys = tf.oneHot(tf.tensor1d([NAMES.index(r[4]) for r in rows], 'int32'), 3).cast('float32')
    return xs, ys


async def main(fixed=False):
    xs, ys = load()
    mean = xs.mean(0)
    std = xs.sub(mean).square().mean(0).sqrt()
    xn = xs.sub(mean).div(std)
    model = tf.sequential()
    model.add(tf.layers.dense({'units': 8, 'activation': 'relu', 'inputShape': [4]}))
    model.add(tf.layers.dense({'units': 3, 'activation': 'softmax'}))
    if fixed:
        model.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5)
                          .reshape(w.shape) for i, w in enumerate(model.getWeights())])
    model.compile({'optimizer': tf.train.adam(0.05), 'loss': 'categoricalCrossentropy',
                   'metrics': ['accuracy']})
    h = await model.fit(xn, ys, {'epochs': 40, 'batchSize': 8, 'shuffle': not fixed,
                                 'verbose': 0 if fixed else 1})
    print('loss', f"{h.history.loss[39]:.3f}", 'acc', f"{h.history.acc[39]:.3f}")
    probe = tf.tensor2d([[5.0, 3.4, 1.5, 0.2], [6.0, 2.9, 4.5, 1.5], [6.9, 3.1, 5.4, 2.1]])
    pred = model.predict(probe.sub(mean).div(std)).argMax(1).arraySync()
    print(' '.join(NAMES[i] for i in pred))


if __name__ == "__main__":
    asyncio.run(main())
