"""``tf.layers.*`` factories of the normalization, embedding, merge, activation, noise
and preprocessing layers; re-exported by ``layers/__init__.py``."""
from ..errors import TFJSTypeError
from ._factories_core import _build
from .advanced_activations import (ELU, LeakyReLU, PReLU, ReLU, Softmax,
                                   ThresholdedReLU)
from .embeddings import Embedding
from .merge import Add, Average, Concatenate, Dot, Maximum, Minimum, Multiply
from .noise import AlphaDropout, GaussianDropout, GaussianNoise
from .normalization import BatchNormalization, LayerNormalization
from .preprocessing import (CategoryEncoding, CenterCrop, RandomWidth,
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
