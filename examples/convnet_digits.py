"""A small convnet on synthetic 8x8 "digit" images (0: a ring, 1: a vertical bar,
2: two horizontal bars), with a little deterministic noise.

The JavaScript original:

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
    model.compile({optimizer: tf.train.adam(0.02), loss: 'categoricalCrossentropy',
                   metrics: ['accuracy']});
    const h = await model.fit(xs, ys, {epochs: 12, batchSize: 6});
    console.log('loss', h.history.loss[11].toFixed(3), 'acc', h.history.acc[11].toFixed(3));
    const [tx, ty] = digits(2);
    const [loss, acc] = model.evaluate(tx, ty);
    console.log('test acc', acc.dataSync()[0].toFixed(3));
    console.log(model.predict(tx).argMax(1).arraySync().join(' '));

``main(fixed=True)`` is the deterministic variant the tests compare with TF.js: weights
from sin ramps (``setWeights``), ``shuffle: false``.

Run: python examples/convnet_digits.py
"""
import asyncio

import tfjs_compat as tf


def digits(n):
    """n images per class (3n in all), as float32 [3n, 8, 8, 1], and one-hot labels."""
    images, labels = [], []
    seed = [7]

    def noise():
        seed[0] = (seed[0] * 16807) % 2147483647   # exact in JS doubles too
        return (seed[0] % 1000) / 1000 * 0.3
    for i in range(n):
        for c in range(3):
            img = []
            for r in range(8):
                for q in range(8):
                    if c == 0:
                        on = ((r in (1, 6)) and 1 < q < 6) or ((q in (1, 6)) and 1 < r < 6)
                    elif c == 1:
                        on = q == 3 + (i % 2) and 0 < r < 7
                    else:
                        on = (r == 2 + (i % 2) or r == 5 + (i % 2)) and 0 < q < 7
                    img.append((1 if on else 0) + noise())
            images.append(img)
            labels.append(c)
    flat = [v for img in images for v in img]
    return (tf.tensor4d(flat, [3 * n, 8, 8, 1]),
            tf.oneHot(tf.tensor1d(labels, 'int32'), 3).cast('float32'))


async def main(fixed=False):
    xs, ys = digits(8)
    model = tf.sequential()
    model.add(tf.layers.conv2d({'filters': 4, 'kernelSize': 3, 'activation': 'relu',
                                'inputShape': [8, 8, 1]}))
    model.add(tf.layers.maxPooling2d({'poolSize': 2}))
    model.add(tf.layers.flatten())
    model.add(tf.layers.dense({'units': 3, 'activation': 'softmax'}))
    if fixed:
        model.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5)
                          .reshape(w.shape) for i, w in enumerate(model.getWeights())])
    model.compile({'optimizer': tf.train.adam(0.02), 'loss': 'categoricalCrossentropy',
                   'metrics': ['accuracy']})
    h = await model.fit(xs, ys, {'epochs': 12, 'batchSize': 6, 'shuffle': not fixed,
                                 'verbose': 0 if fixed else 1})
    print('loss', f"{h.history.loss[11]:.3f}", 'acc', f"{h.history.acc[11]:.3f}")
    tx, ty = digits(2)
    loss, acc = model.evaluate(tx, ty)
    print('test acc', f"{acc.dataSync()[0]:.3f}")
    print(' '.join(str(v) for v in model.predict(tx).argMax(1).arraySync()))


if __name__ == "__main__":
    asyncio.run(main())
