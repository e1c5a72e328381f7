"""``tf.layers.*`` factories of the core layers (dense, dropout, reshape, ...), the
shared ``_build`` and ``tf.layers.input``; re-exported by ``layers/__init__.py``."""
from .. import _options
from ..errors import TFJSTypeError
from .base import BASE_KEYS
from .core import (Activation, Dense, Dropout, Flatten, Masking, Permute, RepeatVector,
                   Reshape, SpatialDropout1D)


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

    Example:
        >>> layer = tf.layers.dense({'units': 2, 'kernelInitializer': 'ones'})
        >>> layer.apply(tf.ones([1, 3])).arraySync()
        [[3.0, 3.0]]
    """
    if args is None and not kwargs:
        raise TFJSTypeError("Cannot read properties of undefined (reading 'batchInputShape')")
    return _build(Dense, args, kwargs, "tf.layers.dense")


def activation(args=None, /, **kwargs):
    """Applies an activation. TF.js: ``tf.layers.activation({activation})``."""
    return _build(Activation, args, kwargs, "tf.layers.activation")


def dropout(args=None, /, **kwargs):
    """Dropout during training. TF.js: ``tf.layers.dropout({rate, noiseShape, seed})``.

    Differences from TF.js:
        A seeded mask equals TF.js's only once the package's Alea generator
        (``ops/random.py``) exists; until then it is reproducible but different.
    """
    return _build(Dropout, args, kwargs, "tf.layers.dropout")


def spatialDropout1d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Drops whole channels of [batch, steps, channels] inputs during training.

    TF.js: ``tf.layers.spatialDropout1d({rate, seed})``. Same seed note as ``dropout``.
    """
    return _build(SpatialDropout1D, args, kwargs, "tf.layers.spatialDropout1d")


def flatten(args=None, /, **kwargs):
    """Flattens all but the batch dim. TF.js: ``tf.layers.flatten({dataFormat})``."""
    return _build(Flatten, args, kwargs, "tf.layers.flatten")


def reshape(args=None, /, **kwargs):
    """Reshapes to targetShape. TF.js: ``tf.layers.reshape({targetShape})``.

    Example:
        >>> tf.layers.reshape({'targetShape': [2, -1]}).apply(tf.ones([1, 6])).shape
        [1, 2, 3]
    """
    return _build(Reshape, args, kwargs, "tf.layers.reshape")


def permute(args=None, /, **kwargs):
    """Permutes non-batch dims. TF.js: ``tf.layers.permute({dims})`` (dims start at 1).

    Example:
        >>> tf.layers.permute({'dims': [2, 1]}).apply(tf.ones([1, 2, 3])).shape
        [1, 3, 2]
    """
    return _build(Permute, args, kwargs, "tf.layers.permute")


def repeatVector(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Repeats [batch, features] n times. TF.js: ``tf.layers.repeatVector({n})``.

    Example:
        >>> tf.layers.repeatVector({'n': 3}).apply(tf.ones([1, 2])).shape
        [1, 3, 2]
    """
    return _build(RepeatVector, args, kwargs, "tf.layers.repeatVector")


def masking(args=None, /, **kwargs):
    """Masks timesteps equal to maskValue. TF.js: ``tf.layers.masking({maskValue: 0})``.

    Timesteps whose features all equal ``maskValue`` become zeros, and later layers of a
    model receive a [batch, steps] boolean mask (RNNs skip those steps).
    """
    return _build(Masking, args, kwargs, "tf.layers.masking")


def inputLayer(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """An input layer. TF.js: ``tf.layers.inputLayer({inputShape | batchInputShape,
    batchSize, dtype, sparse, name})``. Usually made by ``tf.input`` or Sequential.
    """
    from ..models.graph import InputLayer
    return _options.build(InputLayer, args, kwargs, "tf.layers.inputLayer")


def input(config=None, /, **kwargs):  # noqa: A001 - TF.js name
    """A symbolic model input; the same as ``tf.input``. TF.js: ``tf.layers.input``."""
    from ..models.graph import input as make_input
    return make_input(config, **kwargs)
