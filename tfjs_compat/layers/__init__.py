"""``tf.layers.*``: factories taking TF.js options (a dict and/or keyword arguments,
camelCase or snake_case keys) and building the layer classes."""
from .. import _options
from ..errors import TFJSTypeError
from .base import BASE_KEYS, InputSpec as InputSpec, Layer as Layer
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


# --- recurrent ---
from .recurrent import GRU, LSTM, RNN as RNN, SimpleRNN, option_keys  # noqa: E402
from .recurrent_cells import (GRUCell, LSTMCell, RNNCell as RNNCell,  # noqa: E402
                              SimpleRNNCell, StackedRNNCells)
from .wrappers import Bidirectional, TimeDistributed  # noqa: E402
from .convolutional_recurrent import ConvLSTM2D, ConvLSTM2DCell  # noqa: E402


def _recurrent(cls, args, kwargs, api, first_read):
    """Build ``cls`` from TF.js options; no options at all is TF.js's TypeError."""
    if args is None and not kwargs:
        raise TFJSTypeError(f"Cannot read properties of undefined (reading '{first_read}')")
    return cls(**_options.merge(args, kwargs, option_keys(cls), api))


def simpleRNN(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Fully connected RNN. TF.js: ``tf.layers.simpleRNN({units, ...})``.

    Options: units (required), activation ('tanh'), useBias, kernelInitializer
    ('glorotNormal'), recurrentInitializer ('orthogonal'), biasInitializer ('zeros'),
    regularizers, constraints, dropout, recurrentDropout, returnSequences, returnState,
    goBackwards, stateful, unroll, and the common layer options.

    Shape: [batch, time, features] -> [batch, units] ([batch, time, units] with
    returnSequences; plus the final state with returnState).
    """
    return _recurrent(SimpleRNN, args, kwargs, "tf.layers.simpleRNN", "units")


def gru(args=None, /, **kwargs):
    """Gated recurrent unit layer. TF.js: ``tf.layers.gru({units, ...})``.

    Options as simpleRNN plus recurrentActivation ('hardSigmoid'), implementation and
    resetAfter (false; true is an error in TF.js 4.22). Gate order z, r, h.
    """
    return _recurrent(GRU, args, kwargs, "tf.layers.gru", "implementation")


def lstm(args=None, /, **kwargs):
    """Long short-term memory layer. TF.js: ``tf.layers.lstm({units, ...})``.

    Options as gru (without resetAfter) plus unitForgetBias. Gate order i, f, c, o;
    states [h, c].

    Example:
        >>> layer = tf.layers.lstm({'units': 2, 'returnSequences': True})
        >>> layer.apply(tf.ones([1, 5, 3])).shape
        [1, 5, 2]
    """
    return _recurrent(LSTM, args, kwargs, "tf.layers.lstm", "implementation")


def simpleRNNCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of simpleRNN, for ``tf.layers.rnn``. TF.js: ``tf.layers.simpleRNNCell``."""
    return _recurrent(SimpleRNNCell, args, kwargs, "tf.layers.simpleRNNCell", "units")


def gruCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of gru, for ``tf.layers.rnn``. TF.js: ``tf.layers.gruCell``."""
    return _recurrent(GRUCell, args, kwargs, "tf.layers.gruCell", "resetAfter")


def lstmCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of lstm, for ``tf.layers.rnn``. TF.js: ``tf.layers.lstmCell``."""
    return _recurrent(LSTMCell, args, kwargs, "tf.layers.lstmCell", "units")


def stackedRNNCells(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cells run one after another each timestep. TF.js: ``tf.layers.stackedRNNCells``."""
    return _recurrent(StackedRNNCells, args, kwargs, "tf.layers.stackedRNNCells", "cells")


def rnn(args=None, /, **kwargs):
    """An RNN over any cell (or list of cells, stacked). TF.js: ``tf.layers.rnn({cell})``.

    Options: cell (required), returnSequences, returnState, goBackwards, stateful,
    unroll, inputDim, inputLength, and the common layer options.
    """
    return _recurrent(RNN, args, kwargs, "tf.layers.rnn", "cell")


def bidirectional(args=None, /, **kwargs):
    """Runs an RNN both ways and merges. TF.js: ``tf.layers.bidirectional({layer, mergeMode})``.

    mergeMode: 'concat' (default), 'sum', 'mul', 'ave', or null for a list of both.
    """
    return _recurrent(Bidirectional, args, kwargs, "tf.layers.bidirectional", "layer")


def timeDistributed(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Applies a layer to every timestep. TF.js: ``tf.layers.timeDistributed({layer})``."""
    return _recurrent(TimeDistributed, args, kwargs, "tf.layers.timeDistributed", "layer")


# --- convolutional / pooling ---
from .convolutional import (Conv1D, Conv2D, Conv2DTranspose, Conv3D,  # noqa: E402
                            Conv3DTranspose, DepthwiseConv2D, SeparableConv2D)
from .padding import Cropping2D, UpSampling2D, ZeroPadding2D  # noqa: E402
from .pooling import (AveragePooling1D, AveragePooling2D, AveragePooling3D,  # noqa: E402
                      GlobalAveragePooling1D, GlobalAveragePooling2D, GlobalMaxPooling1D,
                      GlobalMaxPooling2D, MaxPooling1D, MaxPooling2D, MaxPooling3D)


def _spatial(cls, args, kwargs, api, first_read=None):
    """Build a conv/pooling layer; its keys are the union of its classes' signatures.

    ``first_read``: the option TF.js reads first, for its TypeError when called with no
    options at all (e.g. ``Cannot read properties of undefined (reading 'poolSize')``).
    """
    if args is None and not kwargs and first_read is not None:
        if first_read == "kernelSize":
            raise TFJSTypeError("Cannot use 'in' operator to search for 'kernelSize' in "
                                "undefined")
        raise TFJSTypeError(f"Cannot read properties of undefined (reading '{first_read}')")
    keys = list(BASE_KEYS)
    for klass in cls.__mro__:
        if klass is Layer:
            break
        if "__init__" in klass.__dict__:
            keys += [k for k in _options.signature_keys(klass) if k not in keys]
    return cls(**_options.merge(args, kwargs, keys, api))


def conv1d(args=None, /, **kwargs):
    """1-D convolution over [batch, steps, channels]. TF.js: ``tf.layers.conv1d``.

    Options: filters, kernelSize (required; number or [k]), strides (1), padding
    ('valid' | 'same'; 'causal' is accepted but raises when called, as in TF.js),
    dilationRate (1), activation ('linear'), useBias (true), kernelInitializer
    ('glorotNormal'), biasInitializer ('zeros'), kernel/bias regularizers and
    constraints, activityRegularizer, and the common layer options.

    Shape: [batch, steps, channels] -> [batch, newSteps, filters]; kernel
    [k, channels, filters], bias [filters].

    Example:
        >>> layer = tf.layers.conv1d({'filters': 1, 'kernelSize': 2,
        ...                           'kernelInitializer': 'ones'})
        >>> layer.apply(tf.ones([1, 3, 1])).arraySync()
        [[[2.0], [2.0]]]
    """
    return _spatial(Conv1D, args, kwargs, "tf.layers.conv1d", "kernelSize")


def conv2d(args=None, /, **kwargs):
    """2-D convolution. TF.js: ``tf.layers.conv2d({filters, kernelSize, ...})``.

    Options: filters, kernelSize (required; number or [kh, kw]), strides (1), padding
    ('valid' | 'same'), dataFormat ('channelsLast' | 'channelsFirst'), dilationRate (1),
    activation ('linear'), useBias (true), kernelInitializer ('glorotNormal'),
    biasInitializer ('zeros'), regularizers, constraints and the common layer options.

    Shape: [batch, h, w, c] -> [batch, h', w', filters] (valid: floor((n - k) / s) + 1,
    same: ceil(n / s)); kernel [kh, kw, c, filters], bias [filters].

    Example:
        >>> layer = tf.layers.conv2d({'filters': 1, 'kernelSize': 2,
        ...                           'kernelInitializer': 'ones'})
        >>> layer.apply(tf.ones([1, 3, 3, 1])).shape
        [1, 2, 2, 1]
    """
    return _spatial(Conv2D, args, kwargs, "tf.layers.conv2d", "kernelSize")


def conv2dTranspose(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Transposed 2-D convolution. TF.js: ``tf.layers.conv2dTranspose``.

    Options as conv2d, without dilationRate; padding 'valid' or 'same' only.
    Shape: same: n * s; valid: n * s + max(k - s, 0). Kernel [kh, kw, filters, c].

    Example:
        >>> layer = tf.layers.conv2dTranspose({'filters': 1, 'kernelSize': 2,
        ...                                    'strides': 2, 'kernelInitializer': 'ones'})
        >>> layer.apply(tf.ones([1, 2, 2, 1])).shape
        [1, 4, 4, 1]
    """
    return _spatial(Conv2DTranspose, args, kwargs, "tf.layers.conv2dTranspose", "kernelSize")


def conv3d(args=None, /, **kwargs):
    """3-D convolution over [batch, d, h, w, c]. TF.js: ``tf.layers.conv3d``.

    Options as conv2d; kernel [kd, kh, kw, c, filters].

    Example:
        >>> layer = tf.layers.conv3d({'filters': 2, 'kernelSize': 2})
        >>> layer.apply(tf.ones([1, 3, 3, 3, 1])).shape
        [1, 2, 2, 2, 2]
    """
    return _spatial(Conv3D, args, kwargs, "tf.layers.conv3d", "kernelSize")


def conv3dTranspose(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Transposed 3-D convolution. TF.js: ``tf.layers.conv3dTranspose``.

    Options as conv2dTranspose; kernel [kd, kh, kw, filters, c].

    Example:
        >>> layer = tf.layers.conv3dTranspose({'filters': 1, 'kernelSize': 2})
        >>> layer.apply(tf.ones([1, 2, 2, 2, 1])).shape
        [1, 3, 3, 3, 1]
    """
    return _spatial(Conv3DTranspose, args, kwargs, "tf.layers.conv3dTranspose",
                    "kernelSize")


def depthwiseConv2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Depthwise 2-D convolution. TF.js: ``tf.layers.depthwiseConv2d``.

    Options: kernelSize (required), depthMultiplier (1), depthwiseInitializer
    ('glorotNormal'), depthwiseRegularizer, depthwiseConstraint, and strides, padding,
    dataFormat, dilationRate, activation, useBias, bias options as conv2d.
    Shape: [batch, h, w, c] -> [batch, h', w', c * depthMultiplier]; depthwise_kernel
    [kh, kw, c, depthMultiplier].

    Differences from TF.js:
        ``kernelInitializer`` and other keys TF.js silently ignores here are rejected.

    Example:
        >>> layer = tf.layers.depthwiseConv2d({'kernelSize': 2, 'depthMultiplier': 2})
        >>> layer.apply(tf.ones([1, 3, 3, 2])).shape
        [1, 2, 2, 4]
    """
    return _spatial(DepthwiseConv2D, args, kwargs, "tf.layers.depthwiseConv2d", "kernelSize")


def separableConv2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Depthwise then pointwise 2-D convolution. TF.js: ``tf.layers.separableConv2d``.

    Options: filters, kernelSize (required), depthMultiplier (1), depthwiseInitializer
    and pointwiseInitializer ('glorotUniform'), their regularizers and constraints, and
    the conv2d options. Weights: depthwise_kernel [kh, kw, c, depthMultiplier],
    pointwise_kernel [1, 1, c * depthMultiplier, filters], bias [filters].

    Example:
        >>> layer = tf.layers.separableConv2d({'filters': 3, 'kernelSize': 2})
        >>> layer.apply(tf.ones([1, 3, 3, 2])).shape
        [1, 2, 2, 3]
    """
    return _spatial(SeparableConv2D, args, kwargs, "tf.layers.separableConv2d", "kernelSize")


def cropping2D(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Crops rows/columns at the borders. TF.js: ``tf.layers.cropping2D({cropping})``.

    cropping: number, [rows, cols] or [[top, bottom], [left, right]]; dataFormat.

    Example:
        >>> tf.layers.cropping2D({'cropping': 1}).apply(tf.ones([1, 4, 4, 1])).shape
        [1, 2, 2, 1]
    """
    return _spatial(Cropping2D, args, kwargs, "tf.layers.cropping2D", "cropping")


def upSampling2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Repeats rows/columns. TF.js: ``tf.layers.upSampling2d({size, dataFormat,
    interpolation})``; size [2, 2], interpolation 'nearest' or 'bilinear'.

    Example:
        >>> tf.layers.upSampling2d({'size': [2, 3]}).apply(tf.ones([1, 2, 2, 1])).shape
        [1, 4, 6, 1]
    """
    return _spatial(UpSampling2D, args, kwargs, "tf.layers.upSampling2d", "size")


def zeroPadding2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Pads rows/columns with zeros. TF.js: ``tf.layers.zeroPadding2d({padding})``.

    padding (1): number, [rows, cols] or [[top, bottom], [left, right]]; dataFormat.

    Example:
        >>> tf.layers.zeroPadding2d({'padding': [1, 2]}).apply(tf.ones([1, 2, 2, 1])).shape
        [1, 4, 6, 1]
    """
    return _spatial(ZeroPadding2D, args, kwargs, "tf.layers.zeroPadding2d")


def maxPooling1d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Max pooling over steps. TF.js: ``tf.layers.maxPooling1d({poolSize, strides, padding})``.

    poolSize (2), strides (poolSize), padding ('valid'). Input [batch, steps, channels].

    Example:
        >>> tf.layers.maxPooling1d({}).apply(tf.tensor3d([[[1], [3], [2], [0]]])).arraySync()
        [[[3.0], [2.0]]]
    """
    return _spatial(MaxPooling1D, args, kwargs, "tf.layers.maxPooling1d", "poolSize")


def maxPooling2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """2-D max pooling. TF.js: ``tf.layers.maxPooling2d({poolSize, strides, padding,
    dataFormat})``; poolSize [2, 2], strides = poolSize, padding 'valid'.

    Example:
        >>> tf.layers.maxPooling2d({}).apply(tf.ones([1, 4, 4, 1])).shape
        [1, 2, 2, 1]
    """
    return _spatial(MaxPooling2D, args, kwargs, "tf.layers.maxPooling2d", "poolSize")


def maxPooling3d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """3-D max pooling. TF.js: ``tf.layers.maxPooling3d``; poolSize [2, 2, 2].

    Example:
        >>> tf.layers.maxPooling3d({}).apply(tf.ones([1, 4, 4, 4, 1])).shape
        [1, 2, 2, 2, 1]
    """
    return _spatial(MaxPooling3D, args, kwargs, "tf.layers.maxPooling3d", "poolSize")


def averagePooling1d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Average pooling over steps. TF.js: ``tf.layers.averagePooling1d``.

    Options as maxPooling1d; 'same' padding is left out of each average.

    Example:
        >>> tf.layers.averagePooling1d({}).apply(tf.tensor3d([[[1], [3]]])).arraySync()
        [[[2.0]]]
    """
    return _spatial(AveragePooling1D, args, kwargs, "tf.layers.averagePooling1d", "poolSize")


def averagePooling2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """2-D average pooling. TF.js: ``tf.layers.averagePooling2d``; options as
    maxPooling2d; 'same' padding is left out of each average.

    Example:
        >>> tf.layers.averagePooling2d({}).apply(tf.ones([1, 4, 4, 1])).shape
        [1, 2, 2, 1]
    """
    return _spatial(AveragePooling2D, args, kwargs, "tf.layers.averagePooling2d", "poolSize")


def averagePooling3d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """3-D average pooling. TF.js: ``tf.layers.averagePooling3d``.

    Example:
        >>> tf.layers.averagePooling3d({}).apply(tf.ones([1, 4, 4, 4, 1])).shape
        [1, 2, 2, 2, 1]
    """
    return _spatial(AveragePooling3D, args, kwargs, "tf.layers.averagePooling3d", "poolSize")


def globalMaxPooling1d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Max over steps. TF.js: ``tf.layers.globalMaxPooling1d``; [b, steps, c] -> [b, c].

    Example:
        >>> tf.layers.globalMaxPooling1d({}).apply(tf.tensor3d([[[1], [3]]])).arraySync()
        [[3.0]]
    """
    return _spatial(GlobalMaxPooling1D, args, kwargs, "tf.layers.globalMaxPooling1d")


def globalMaxPooling2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Max over rows and columns. TF.js: ``tf.layers.globalMaxPooling2d({dataFormat})``.

    Example:
        >>> tf.layers.globalMaxPooling2d({}).apply(tf.ones([1, 2, 2, 3])).shape
        [1, 3]
    """
    return _spatial(GlobalMaxPooling2D, args, kwargs, "tf.layers.globalMaxPooling2d",
                    "dataFormat")


def globalAveragePooling1d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Mean over steps. TF.js: ``tf.layers.globalAveragePooling1d``.

    Example:
        >>> tf.layers.globalAveragePooling1d({}).apply(tf.tensor3d([[[1], [3]]])).arraySync()
        [[2.0]]
    """
    return _spatial(GlobalAveragePooling1D, args, kwargs, "tf.layers.globalAveragePooling1d")


def globalAveragePooling2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Mean over rows and columns. TF.js: ``tf.layers.globalAveragePooling2d``.

    Example:
        >>> tf.layers.globalAveragePooling2d({}).apply(tf.ones([1, 2, 2, 3])).shape
        [1, 3]
    """
    return _spatial(GlobalAveragePooling2D, args, kwargs,
                    "tf.layers.globalAveragePooling2d", "dataFormat")


# TF.js aliases (same factories, as in TF.js's exports_layers.ts)
maxPool1d = maxPooling1d
maxPool2d = maxPooling2d
avgPool1d = averagePooling1d
avgPool2d = averagePooling2d
avgPool3d = averagePooling3d
avgPooling1d = averagePooling1d
avgPooling2d = averagePooling2d
avgPooling3d = averagePooling3d
globalMaxPool1d = globalMaxPooling1d
globalMaxPool2d = globalMaxPooling2d


def convLstm2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Convolutional LSTM. TF.js: ``tf.layers.convLstm2d({filters, kernelSize, ...})``.

    Input [batch, time, rows, cols, channels] (channelsLast); options as lstm plus
    filters, kernelSize, strides, padding, dataFormat, dilationRate.
    """
    return _recurrent(ConvLSTM2D, args, kwargs, "tf.layers.convLstm2d", "filters")


def convLstm2dCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of convLstm2d. TF.js: ``tf.layers.convLstm2dCell({filters, kernelSize})``."""
    return _recurrent(ConvLSTM2DCell, args, kwargs, "tf.layers.convLstm2dCell", "filters")


# --- normalization / embedding / merge / activations / noise / preprocessing ---
from .advanced_activations import (ELU, LeakyReLU, PReLU, ReLU, Softmax,  # noqa: E402
                                   ThresholdedReLU)
from .embeddings import Embedding  # noqa: E402
from .merge import Add, Average, Concatenate, Dot, Maximum, Minimum, Multiply  # noqa: E402
from .noise import AlphaDropout, GaussianDropout, GaussianNoise  # noqa: E402
from .normalization import BatchNormalization, LayerNormalization  # noqa: E402
from .preprocessing import (CategoryEncoding, CenterCrop, RandomWidth,  # noqa: E402
                            Rescaling, Resizing)


def _needs_args(cls, args, kwargs, api, first_read):
    """Build ``cls``; calling with no options at all is TF.js's TypeError."""
    if args is None and not kwargs:
        raise TFJSTypeError(f"Cannot read properties of undefined (reading '{first_read}')")
    return _build(cls, args, kwargs, api)


def batchNormalization(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Batch normalization. TF.js: ``tf.layers.batchNormalization({axis, momentum,
    epsilon, center, scale, betaInitializer, gammaInitializer, movingMeanInitializer,
    movingVarianceInitializer, beta/gamma constraints and regularizers})``.

    Defaults: axis -1, momentum 0.99, epsilon 1e-3, center and scale true. Applied with
    ``{training: true}`` (as ``fit`` does) it normalizes with the batch mean and biased
    variance and updates ``moving = moving - (moving - batch) * (1 - momentum)``;
    otherwise it uses the moving statistics. Inputs of rank 2 to 4.

    Weights: gamma, beta (trainable), moving_mean, moving_variance (non-trainable).

    Example:
        >>> bn = tf.layers.batchNormalization({'momentum': 0})
        >>> bn.apply(tf.tensor2d([[0], [2]]), {'training': True}).arraySync()
        [[-0.9995003938674927], [0.9995003938674927]]
        >>> bn.getWeights()[2].arraySync(), bn.getWeights()[3].arraySync()
        ([1.0], [1.0])
    """
    return _build(BatchNormalization, args, kwargs, "tf.layers.batchNormalization")


def layerNormalization(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Layer normalization over ``axis`` (-1, or a list). TF.js:
    ``tf.layers.layerNormalization({axis, epsilon, center, scale, betaInitializer,
    gammaInitializer, betaRegularizer, gammaRegularizer})``. Inputs of rank 2 to 4.

    Example:
        >>> ln = tf.layers.layerNormalization({'epsilon': 0})
        >>> ln.apply(tf.tensor2d([[1, 3]])).arraySync()
        [[-1.0, 1.0]]
    """
    return _build(LayerNormalization, args, kwargs, "tf.layers.layerNormalization")


def embedding(args=None, /, **kwargs):
    """Index -> vector lookup. TF.js: ``tf.layers.embedding({inputDim, outputDim,
    embeddingsInitializer, embeddingsRegularizer, activityRegularizer,
    embeddingsConstraint, maskZero, inputLength})``.

    Shape: [batch, ...] indices -> [batch, ..., outputDim]; the model input is
    ``[batchSize, ...inputLength]`` (``[None, None]`` without inputLength). With
    ``maskZero`` index 0 is masked for later layers.

    Example:
        >>> e = tf.layers.embedding({'inputDim': 3, 'outputDim': 2,
        ...                          'embeddingsInitializer': 'ones'})
        >>> e.apply(tf.tensor2d([[0, 2]])).shape
        [1, 2, 2]
    """
    return _needs_args(Embedding, args, kwargs, "tf.layers.embedding", "batchInputShape")


def add(args=None, /, **kwargs):
    """Element-wise sum of a list of inputs. TF.js: ``tf.layers.add()``.

    Example:
        >>> tf.layers.add().apply([tf.ones([1, 2]), tf.ones([1, 2])]).arraySync()
        [[2.0, 2.0]]
    """
    return _build(Add, args, kwargs, "tf.layers.add")


def average(args=None, /, **kwargs):
    """Element-wise mean of a list of inputs. TF.js: ``tf.layers.average()``."""
    return _build(Average, args, kwargs, "tf.layers.average")


def concatenate(args=None, /, **kwargs):
    """Concatenates a list of inputs along ``axis`` (-1). TF.js:
    ``tf.layers.concatenate({axis})``.

    Example:
        >>> tf.layers.concatenate().apply([tf.ones([1, 2]), tf.zeros([1, 1])]).arraySync()
        [[1.0, 1.0, 0.0]]
    """
    return _build(Concatenate, args, kwargs, "tf.layers.concatenate")


def dot(args=None, /, **kwargs):
    """Dot product of two inputs along ``axes``. TF.js: ``tf.layers.dot({axes,
    normalize})`` (``normalize``: L2-normalize first, giving cosine similarity).

    Example:
        >>> tf.layers.dot({'axes': 1}).apply([tf.ones([1, 3]), tf.ones([1, 3])]).arraySync()
        [[3.0]]
    """
    return _needs_args(Dot, args, kwargs, "tf.layers.dot", "axes")


def maximum(args=None, /, **kwargs):
    """Element-wise maximum of a list of inputs. TF.js: ``tf.layers.maximum()``."""
    return _build(Maximum, args, kwargs, "tf.layers.maximum")


def minimum(args=None, /, **kwargs):
    """Element-wise minimum of a list of inputs. TF.js: ``tf.layers.minimum()``."""
    return _build(Minimum, args, kwargs, "tf.layers.minimum")


def multiply(args=None, /, **kwargs):
    """Element-wise product of a list of inputs. TF.js: ``tf.layers.multiply()``."""
    return _build(Multiply, args, kwargs, "tf.layers.multiply")


def reLU(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """ReLU, optionally capped. TF.js: ``tf.layers.reLU({maxValue})``.

    Example:
        >>> tf.layers.reLU({'maxValue': 2}).apply(tf.tensor1d([-1, 1, 5])).arraySync()
        [0.0, 1.0, 2.0]
    """
    return _build(ReLU, args, kwargs, "tf.layers.reLU")


def leakyReLU(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Leaky ReLU; ``alpha`` defaults to 0.3 (the op ``tf.leakyRelu`` uses 0.2).
    TF.js: ``tf.layers.leakyReLU({alpha})``.

    Example:
        >>> tf.layers.leakyReLU({'alpha': 0.5}).apply(tf.tensor1d([-2, 2])).arraySync()
        [-1.0, 2.0]
    """
    return _build(LeakyReLU, args, kwargs, "tf.layers.leakyReLU")


def prelu(args=None, /, **kwargs):
    """Parametric ReLU with a learned ``alpha`` (zeros). TF.js: ``tf.layers.prelu({
    alphaInitializer, alphaRegularizer, alphaConstraint, sharedAxes})``.

    Weights: alpha, shaped like the input without the batch dim (1 along sharedAxes).
    """
    return _build(PReLU, args, kwargs, "tf.layers.prelu")


def elu(args=None, /, **kwargs):
    """ELU. TF.js: ``tf.layers.elu({alpha})``; only alpha 1 is supported (as TF.js)."""
    return _build(ELU, args, kwargs, "tf.layers.elu")


def thresholdedReLU(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """``x`` where ``x > theta`` else 0. TF.js: ``tf.layers.thresholdedReLU({theta: 1})``.

    Example:
        >>> tf.layers.thresholdedReLU().apply(tf.tensor1d([1, 2])).arraySync()
        [0.0, 2.0]
    """
    return _build(ThresholdedReLU, args, kwargs, "tf.layers.thresholdedReLU")


def softmax(args=None, /, **kwargs):
    """Softmax layer. TF.js: ``tf.layers.softmax({axis})``; TF.js's default axis is 1
    (so rank-3 inputs need ``axis: -1``); a list of axes normalizes over all of them."""
    return _build(Softmax, args, kwargs, "tf.layers.softmax")


def gaussianNoise(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Adds N(0, stddev) noise in training. TF.js: ``tf.layers.gaussianNoise({stddev})``.

    Differences from TF.js:
        The noise comes from torch's generator (TF.js's is unseeded too).
    """
    return _needs_args(GaussianNoise, args, kwargs, "tf.layers.gaussianNoise", "stddev")


def gaussianDropout(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Multiplies by N(1, sqrt(rate/(1-rate))) noise in training. TF.js:
    ``tf.layers.gaussianDropout({rate})``.

    Differences from TF.js:
        The noise comes from torch's generator (TF.js ignores ``seed`` as well).
    """
    return _needs_args(GaussianDropout, args, kwargs, "tf.layers.gaussianDropout", "rate")


def alphaDropout(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """SELU-preserving dropout in training. TF.js: ``tf.layers.alphaDropout({rate,
    noiseShape})``.

    Differences from TF.js:
        The mask comes from torch's generator (TF.js ignores ``seed`` as well).
    """
    return _needs_args(AlphaDropout, args, kwargs, "tf.layers.alphaDropout", "rate")


def rescaling(args=None, /, **kwargs):
    """``x * scale + offset``. TF.js: ``tf.layers.rescaling({scale, offset: 0})``.

    Example:
        >>> tf.layers.rescaling({'scale': 2, 'offset': 1}).apply(tf.tensor1d([1, 2])).arraySync()
        [3.0, 5.0]
    """
    return _needs_args(Rescaling, args, kwargs, "tf.layers.rescaling", "scale")


def centerCrop(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Central crop of images. TF.js: ``tf.layers.centerCrop({height, width})``."""
    return _needs_args(CenterCrop, args, kwargs, "tf.layers.centerCrop", "height")


def resizing(args=None, /, **kwargs):
    """Resizes images. TF.js: ``tf.layers.resizing({height, width, interpolation:
    'bilinear' | 'nearest', cropToAspectRatio: false})``."""
    return _needs_args(Resizing, args, kwargs, "tf.layers.resizing", "height")


def categoryEncoding(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Encodes integer ids. TF.js: ``tf.layers.categoryEncoding({numTokens,
    outputMode: 'multiHot' | 'oneHot' | 'count'})``.

    Example:
        >>> tf.layers.categoryEncoding({'numTokens': 3}).apply(tf.tensor1d([0, 2])).arraySync()
        [1.0, 0.0, 1.0]
    """
    return _needs_args(CategoryEncoding, args, kwargs, "tf.layers.categoryEncoding",
                       "numTokens")


def randomWidth(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Resizes images to a random width. TF.js: ``tf.layers.randomWidth({factor,
    interpolation, seed})``.

    Differences from TF.js:
        Without a seed the factor comes from torch's generator.
    """
    return _needs_args(RandomWidth, args, kwargs, "tf.layers.randomWidth", "seed")


def input(config=None, /, **kwargs):  # noqa: A001 - TF.js name
    """A symbolic model input; the same as ``tf.input``. TF.js: ``tf.layers.input``."""
    from ..models.graph import input as make_input
    return make_input(config, **kwargs)
