"""A dense layer with a softmax activation (the layer program of the TF.js
activation-functions material).

The JavaScript original:

    const model = tf.sequential();
    model.add(tf.layers.dense({units: 3, inputShape: [4], activation: 'softmax'}));
    const input = tf.tensor2d([[1, 2, 3, 4], [0.5, -1, 0, 2]]);
    const output = model.predict(input);
    output.print();
    output.sum(1).print();

``main(fixed=True)`` sets the weights first (as the tests' TF.js run does):

    model.setWeights([tf.tensor2d([[0.1, -0.2, 0.3], [0.4, 0.0, -0.1],
                                   [-0.3, 0.2, 0.1], [0.05, 0.1, -0.2]]),
                      tf.tensor1d([0.1, 0, -0.1])]);

Run: python examples/softmax_dense.py
"""
import tfjs_compat as tf


def main(fixed=False):
    model = tf.sequential()
    model.add(tf.layers.dense({'units': 3, 'inputShape': [4], 'activation': 'softmax'}))
    if fixed:
        model.setWeights([tf.tensor2d([[0.1, -0.2, 0.3], [0.4, 0.0, -0.1],
                                       [-0.3, 0.2, 0.1], [0.05, 0.1, -0.2]]),
                          tf.tensor1d([0.1, 0, -0.1])])
    inp = tf.tensor2d([[1, 2, 3, 4], [0.5, -1, 0, 2]])
    output = model.predict(inp)
    output.print()
    output.sum(1).print()


if __name__ == "__main__":
    main()
