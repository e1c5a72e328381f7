"""TF.js's getting-started program, ported by changing syntax only.

The JavaScript original (TF.js "Getting started": learn y = 2x - 1 from six points):

    const model = tf.sequential();
    model.add(tf.layers.dense({units: 1, inputShape: [1]}));
    model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
    const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
    const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);
    await model.fit(xs, ys, {epochs: 250});
    model.predict(tf.tensor2d([20], [1, 1])).print();

``main(fixed=True)`` is the deterministic variant the tests compare with TF.js: the
kernel starts at 0.5 and the bias at 0 (``kernelInitializer: tf.initializers.constant
({value: 0.5}), biasInitializer: 'zeros'``), fit runs with ``shuffle: false`` and
``verbose: 0``.

Run: python examples/getting_started.py   (prints a value close to 39)
"""
import asyncio

import tfjs_compat as tf


async def main(fixed=False):
    model = tf.sequential()
    if fixed:
        model.add(tf.layers.dense({'units': 1, 'inputShape': [1],
                                   'kernelInitializer': tf.initializers.constant({'value': 0.5}),
                                   'biasInitializer': 'zeros'}))
    else:
        model.add(tf.layers.dense({'units': 1, 'inputShape': [1]}))
    model.compile({'loss': 'meanSquaredError', 'optimizer': 'sgd'})
    xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1])
    ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1])
    extra = {'shuffle': False, 'verbose': 0} if fixed else {}
    await model.fit(xs, ys, {'epochs': 250, **extra})
    model.predict(tf.tensor2d([20], [1, 1])).print()


if __name__ == "__main__":
    asyncio.run(main())
