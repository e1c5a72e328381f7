"""``tf.layers.*``: factories taking TF.js options (a dict and/or keyword arguments,
camelCase or snake_case keys) and building the layer classes."""
from .. import _options
from .base import BASE_KEYS, InputSpec as InputSpec, Layer as Layer
from .core import Activation, Dense, Dropout, Flatten, Reshape


def _build(cls, args, kwargs, api):
    keys = [k for k in _options.signature_keys(cls) if k != "base"] + list(BASE_KEYS)
    return cls(**_options.merge(args, kwargs, keys, api))


def dense(args=None, /, **kwargs):
    """Fully connected layer. TF.js: ``tf.layers.dense({units, activation, useBias, ...})``.

    Options: units (required), activation ('linear'), useBias (true), kernelInitializer
    ('glorotNormal'), biasInitializer ('zeros'), inputDim, kernel/bias constraints and
    regularizers, activityRegularizer, and the common layer options (inputShape,
    batchInputShape, batchSize, dtype, name, trainable, weights).

    Shape: input [batch, ..., inputDim] -> output [batch, ..., units].
    """
    if args is None and not kwargs:
        raise TypeError("Cannot read properties of undefined (reading 'batchInputShape')")
    return _build(Dense, args, kwargs, "tf.layers.dense")


def activation(args=None, /, **kwargs):
    """Applies an activation. TF.js: ``tf.layers.activation({activation})``."""
    return _build(Activation, args, kwargs, "tf.layers.activation")


def dropout(args=None, /, **kwargs):
    """Dropout during training. TF.js: ``tf.layers.dropout({rate, noiseShape, seed})``."""
    return _build(Dropout, args, kwargs, "tf.layers.dropout")


def flatten(args=None, /, **kwargs):
    """Flattens all but the batch dim. TF.js: ``tf.layers.flatten({dataFormat})``."""
    return _build(Flatten, args, kwargs, "tf.layers.flatten")


def reshape(args=None, /, **kwargs):
    """Reshapes to targetShape. TF.js: ``tf.layers.reshape({targetShape})``."""
    return _build(Reshape, args, kwargs, "tf.layers.reshape")
