"""``tf.layers.*`` factories of the convolution, cropping/padding/upsampling and pooling
layers (and TF.js's pooling aliases); re-exported by ``layers/__init__.py``."""
from .. import _options
from ..errors import TFJSTypeError
from .base import BASE_KEYS, Layer
from .convolutional import (Conv1D, Conv2D, Conv2DTranspose, Conv3D,
                            Conv3DTranspose, DepthwiseConv2D, SeparableConv2D)
from .padding import Cropping2D, UpSampling2D, ZeroPadding2D
from .pooling import (AveragePooling1D, AveragePooling2D, AveragePooling3D,
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
