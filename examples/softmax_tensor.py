"""Softmax of a tensor (the tensor program of the TF.js activation-functions material).

The JavaScript original:

    const a = tf.tensor1d([1, 2, 3]);
    tf.softmax(a).print();
    const logits = tf.tensor2d([[2, 1, 0.1], [1, 1, 1]]);
    logits.softmax().print();
    logits.softmax().sum(1).print();

Each row of the result is positive and sums to 1. (No randomness: ``fixed`` changes
nothing and exists so every example has the same entry point.)

Run: python examples/softmax_tensor.py
"""
import tfjs_compat as tf


def main(fixed=False):
    a = tf.tensor1d([1, 2, 3])
    tf.softmax(a).print()
    logits = tf.tensor2d([[2, 1, 0.1], [1, 1, 1]])
    logits.softmax().print()
    logits.softmax().sum(1).print()


if __name__ == "__main__":
    main()
