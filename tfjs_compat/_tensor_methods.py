"""Chainable Tensor methods: ``x.add(y)`` is ``tf.add(x, y)``.

Each method is an explicit one-liner calling its op, so IDEs see them. ``ops`` is
bound by ``tfjs_compat.ops`` once it has loaded (breaking the tensor <-> ops cycle).
"""
ops = None  # set by tfjs_compat/ops/__init__.py


class TensorMethods:
    """Mixin of TF.js's chained ops and Python operators for :class:`Tensor`."""

    __slots__ = ()

    # --- Python operators (TF.js dtype rules) ---------------------------------------
    def __add__(self, other): return ops.add(self, other)
    def __radd__(self, other): return ops.add(other, self)
    def __sub__(self, other): return ops.sub(self, other)
    def __rsub__(self, other): return ops.sub(other, self)
    def __mul__(self, other): return ops.mul(self, other)
    def __rmul__(self, other): return ops.mul(other, self)
    def __truediv__(self, other): return ops.div(self, other)
    def __rtruediv__(self, other): return ops.div(other, self)
    def __floordiv__(self, other): return ops.floorDiv(self, other)
    def __rfloordiv__(self, other): return ops.floorDiv(other, self)
    def __mod__(self, other): return ops.mod(self, other)
    def __rmod__(self, other): return ops.mod(other, self)
    def __pow__(self, other): return ops.pow(self, other)
    def __rpow__(self, other): return ops.pow(other, self)
    def __matmul__(self, other): return ops.matMul(self, other)
    def __rmatmul__(self, other): return ops.matMul(other, self)
    def __neg__(self): return ops.neg(self)
    def __eq__(self, other): return ops.equal(self, other)
    def __ne__(self, other): return ops.notEqual(self, other)
    def __lt__(self, other): return ops.less(self, other)
    def __le__(self, other): return ops.lessEqual(self, other)
    def __gt__(self, other): return ops.greater(self, other)
    def __ge__(self, other): return ops.greaterEqual(self, other)

    # --- creation -----------------------------------------------------------------
    def cast(self, dtype): return ops.cast(self, dtype)

    # --- arithmetic ---------------------------------------------------------------
    def add(self, b): return ops.add(self, b)
    def sub(self, b): return ops.sub(self, b)
    def mul(self, b): return ops.mul(self, b)
    def div(self, b): return ops.div(self, b)
    def floorDiv(self, b): return ops.floorDiv(self, b)  # noqa: N802
    def mod(self, b): return ops.mod(self, b)
    def pow(self, exp): return ops.pow(self, exp)
    def maximum(self, b): return ops.maximum(self, b)
    def minimum(self, b): return ops.minimum(self, b)
    def squaredDifference(self, b): return ops.squaredDifference(self, b)  # noqa: N802
    def divNoNan(self, b): return ops.divNoNan(self, b)  # noqa: N802
    def atan2(self, b): return ops.atan2(self, b)

    # --- logical ------------------------------------------------------------------
    def equal(self, b): return ops.equal(self, b)
    def notEqual(self, b): return ops.notEqual(self, b)  # noqa: N802
    def less(self, b): return ops.less(self, b)
    def lessEqual(self, b): return ops.lessEqual(self, b)  # noqa: N802
    def greater(self, b): return ops.greater(self, b)
    def greaterEqual(self, b): return ops.greaterEqual(self, b)  # noqa: N802
    def logicalAnd(self, b): return ops.logicalAnd(self, b)  # noqa: N802
    def logicalOr(self, b): return ops.logicalOr(self, b)  # noqa: N802
    def logicalXor(self, b): return ops.logicalXor(self, b)  # noqa: N802
    def logicalNot(self): return ops.logicalNot(self)  # noqa: N802
    def isNaN(self): return ops.isNaN(self)  # noqa: N802
    def isInf(self): return ops.isInf(self)  # noqa: N802
    def isFinite(self): return ops.isFinite(self)  # noqa: N802

    # --- linalg -------------------------------------------------------------------
    def matMul(self, b, transposeA=False, transposeB=False):  # noqa: N802,N803
        return ops.matMul(self, b, transposeA, transposeB)
    def dot(self, t2): return ops.dot(self, t2)

    # --- unary --------------------------------------------------------------------
    def abs(self): return ops.abs(self)
    def neg(self): return ops.neg(self)
    def sign(self): return ops.sign(self)
    def round(self): return ops.round(self)
    def ceil(self): return ops.ceil(self)
    def floor(self): return ops.floor(self)
    def step(self, alpha=0.0): return ops.step(self, alpha)
    def clipByValue(self, clipValueMin, clipValueMax):  # noqa: N802,N803
        return ops.clipByValue(self, clipValueMin, clipValueMax)
    def square(self): return ops.square(self)
    def sqrt(self): return ops.sqrt(self)
    def rsqrt(self): return ops.rsqrt(self)
    def reciprocal(self): return ops.reciprocal(self)
    def exp(self): return ops.exp(self)
    def expm1(self): return ops.expm1(self)
    def log(self): return ops.log(self)
    def log1p(self): return ops.log1p(self)
    def erf(self): return ops.erf(self)
    def sin(self): return ops.sin(self)
    def cos(self): return ops.cos(self)
    def tan(self): return ops.tan(self)
    def asin(self): return ops.asin(self)
    def acos(self): return ops.acos(self)
    def atan(self): return ops.atan(self)
    def sinh(self): return ops.sinh(self)
    def cosh(self): return ops.cosh(self)
    def tanh(self): return ops.tanh(self)
    def asinh(self): return ops.asinh(self)
    def acosh(self): return ops.acosh(self)
    def atanh(self): return ops.atanh(self)
    def asType(self, dtype): return ops.cast(self, dtype)  # noqa: N802
    def toFloat(self): return ops.cast(self, "float32")  # noqa: N802
    def toInt(self): return ops.cast(self, "int32")  # noqa: N802
    def toBool(self): return ops.cast(self, "bool")  # noqa: N802

    # --- reduction ----------------------------------------------------------------
    def sum(self, axis=None, keepDims=False): return ops.sum(self, axis, keepDims)  # noqa: N803
    def mean(self, axis=None, keepDims=False): return ops.mean(self, axis, keepDims)  # noqa: N803
    def prod(self, axis=None, keepDims=False): return ops.prod(self, axis, keepDims)  # noqa: N803
    def max(self, axis=None, keepDims=False): return ops.max(self, axis, keepDims)  # noqa: N803
    def min(self, axis=None, keepDims=False): return ops.min(self, axis, keepDims)  # noqa: N803
    def all(self, axis=None, keepDims=False): return ops.all(self, axis, keepDims)  # noqa: N803
    def any(self, axis=None, keepDims=False): return ops.any(self, axis, keepDims)  # noqa: N803
    def argMax(self, axis=0): return ops.argMax(self, axis)  # noqa: N802
    def argMin(self, axis=0): return ops.argMin(self, axis)  # noqa: N802
    def logSumExp(self, axis=None, keepDims=False):  # noqa: N802,N803
        return ops.logSumExp(self, axis, keepDims)
    def norm(self, ord="euclidean", axis=None, keepDims=False):  # noqa: A002,N803
        return ops.norm(self, ord, axis, keepDims)
    def euclideanNorm(self, axis=None, keepDims=False):  # noqa: N802,N803
        return ops.euclideanNorm(self, axis, keepDims)
    def cumsum(self, axis=0, exclusive=False, reverse=False):
        return ops.cumsum(self, axis, exclusive, reverse)
    def cumprod(self, axis=0, exclusive=False, reverse=False):
        return ops.cumprod(self, axis, exclusive, reverse)
    def unsortedSegmentSum(self, segmentIds, numSegments):  # noqa: N802,N803
        return ops.unsortedSegmentSum(self, segmentIds, numSegments)

    # --- shape --------------------------------------------------------------------
    def reshape(self, shape): return ops.reshape(self, shape)
    def reshapeAs(self, x): return ops.reshape(self, x.shape)  # noqa: N802
    def flatten(self): return ops.reshape(self, [self.size])
    def as1D(self): return ops.reshape(self, [self.size])  # noqa: N802
    def as2D(self, rows, columns): return ops.reshape(self, [rows, columns])  # noqa: N802

    def as3D(self, rows, columns, depth):  # noqa: N802
        return ops.reshape(self, [rows, columns, depth])

    def as4D(self, rows, columns, depth, depth2):  # noqa: N802
        return ops.reshape(self, [rows, columns, depth, depth2])

    def as5D(self, rows, columns, depth, depth2, depth3):  # noqa: N802
        return ops.reshape(self, [rows, columns, depth, depth2, depth3])

    def asScalar(self):  # noqa: N802
        if self.size != 1:
            raise ops.errors.TFJSValueError("The array must have only 1 element.")
        return ops.reshape(self, [])

    def expandDims(self, axis=0): return ops.expandDims(self, axis)  # noqa: N802
    def squeeze(self, axis=None): return ops.squeeze(self, axis)
    def transpose(self, perm=None): return ops.transpose(self, perm)

    def concat(self, x, axis=0):
        return ops.concat([self, x] if isinstance(x, type(self)) else [self, *x], axis)

    def stack(self, x, axis=0):
        return ops.stack([self, x] if isinstance(x, type(self)) else [self, *x], axis)

    def unstack(self, axis=0): return ops.unstack(self, axis)

    def split(self, numOrSizeSplits, axis=0):  # noqa: N803
        return ops.split(self, numOrSizeSplits, axis)

    def slice(self, begin, size=None): return ops.slice(self, begin, size)

    def stridedSlice(self, begin, end, strides=None, beginMask=0, endMask=0,  # noqa: N802,N803
                     ellipsisMask=0, newAxisMask=0, shrinkAxisMask=0):  # noqa: N803
        return ops.stridedSlice(self, begin, end, strides, beginMask, endMask, ellipsisMask,
                                newAxisMask, shrinkAxisMask)

    def tile(self, reps): return ops.tile(self, reps)

    def pad(self, paddings, constantValue=0):  # noqa: N803
        return ops.pad(self, paddings, constantValue)

    def mirrorPad(self, paddings, mode): return ops.mirrorPad(self, paddings, mode)  # noqa: N802
    def reverse(self, axis=None): return ops.reverse(self, axis)
    def broadcastTo(self, shape): return ops.broadcastTo(self, shape)  # noqa: N802

    def batchToSpaceND(self, blockShape, crops):  # noqa: N802,N803
        return ops.batchToSpaceND(self, blockShape, crops)

    def spaceToBatchND(self, blockShape, paddings):  # noqa: N802,N803
        return ops.spaceToBatchND(self, blockShape, paddings)

    def depthToSpace(self, blockSize, dataFormat="NHWC"):  # noqa: N802,N803
        return ops.depthToSpace(self, blockSize, dataFormat)

    # --- indexing -----------------------------------------------------------------
    def gather(self, indices, axis=0, batchDims=0):  # noqa: N803
        return ops.gather(self, indices, axis, batchDims)

    def topk(self, k=1, sorted=True): return ops.topk(self, k, sorted)  # noqa: A002
    def unique(self, axis=0): return ops.unique(self, axis)
    def where(self, condition, x): return ops.where(condition, self, x)

    # --- activation ---------------------------------------------------------------
    def relu(self): return ops.relu(self)
    def relu6(self): return ops.relu6(self)
    def elu(self): return ops.elu(self)
    def selu(self): return ops.selu(self)
    def leakyRelu(self, alpha=0.2): return ops.leakyRelu(self, alpha)  # noqa: N802
    def prelu(self, alpha): return ops.prelu(self, alpha)
    def sigmoid(self): return ops.sigmoid(self)
    def logSigmoid(self): return ops.logSigmoid(self)  # noqa: N802
    def softplus(self): return ops.softplus(self)
    def softmax(self, dim=-1): return ops.softmax(self, dim)
    def logSoftmax(self, axis=-1): return ops.logSoftmax(self, axis)  # noqa: N802
    def batchNorm(self, mean, variance, offset=None, scale=None,  # noqa: N802
                  varianceEpsilon=None):  # noqa: N803
        return ops.batchNorm(self, mean, variance, offset, scale, varianceEpsilon)
    def localResponseNormalization(self, depthRadius=5, bias=1, alpha=1,  # noqa: N802
                                   beta=0.5):  # noqa: N803
        return ops.localResponseNormalization(self, depthRadius, bias, alpha, beta)

    # --- conv / pooling -----------------------------------------------------------
    def conv1d(self, filter, stride, pad, dataFormat="NWC", dilation=1,  # noqa: A002,N803
               dimRoundingMode=None):  # noqa: N803
        return ops.conv1d(self, filter, stride, pad, dataFormat, dilation, dimRoundingMode)
    def conv2d(self, filter, strides, pad, dataFormat="NHWC", dilations=(1, 1),  # noqa: A002,N803
               dimRoundingMode=None):  # noqa: N803
        return ops.conv2d(self, filter, strides, pad, dataFormat, dilations, dimRoundingMode)
    def conv2dTranspose(self, filter, outputShape, strides, pad,  # noqa: A002,N802,N803
                        dimRoundingMode=None):  # noqa: N803
        return ops.conv2dTranspose(self, filter, outputShape, strides, pad, dimRoundingMode)
    def depthwiseConv2d(self, filter, strides, pad, dataFormat="NHWC",  # noqa: A002,N802,N803
                        dilations=(1, 1), dimRoundingMode=None):  # noqa: N803
        return ops.depthwiseConv2d(self, filter, strides, pad, dataFormat, dilations,
                                   dimRoundingMode)
    def separableConv2d(self, depthwiseFilter, pointwiseFilter, strides, pad,  # noqa: N802,N803
                        dilation=(1, 1), dataFormat="NHWC"):  # noqa: N803
        return ops.separableConv2d(self, depthwiseFilter, pointwiseFilter, strides, pad,
                                   dilation, dataFormat)
    def dilation2d(self, filter, strides, pad, dilations=(1, 1),  # noqa: A002
                   dataFormat="NHWC"):  # noqa: N803
        return ops.dilation2d(self, filter, strides, pad, dilations, dataFormat)
    def maxPool(self, filterSize, strides, pad, dimRoundingMode=None):  # noqa: N802,N803
        return ops.maxPool(self, filterSize, strides, pad, dimRoundingMode)
    def avgPool(self, filterSize, strides, pad, dimRoundingMode=None):  # noqa: N802,N803
        return ops.avgPool(self, filterSize, strides, pad, dimRoundingMode)
    def pool(self, windowShape, poolingType, pad, dilations=None, strides=None,  # noqa: N803
             dimRoundingMode=None):  # noqa: N803
        return ops.pool(self, windowShape, poolingType, pad, dilations, strides,
                        dimRoundingMode)

    # --- random / misc ------------------------------------------------------------
    def variable(self, trainable=True, name=None, dtype=None):
        return ops.variable(self, trainable, name, dtype)
    def oneHot(self, depth, onValue=1, offValue=0, dtype="int32"):  # noqa: N802,N803
        return ops.oneHot(self, depth, onValue, offValue, dtype)
    def onesLike(self): return ops.onesLike(self)  # noqa: N802
    def zerosLike(self): return ops.zerosLike(self)  # noqa: N802

    def throwIfDisposed(self):  # noqa: N802 - TF.js name
        """Raise TF.js's 'Tensor is disposed.' if this tensor was disposed."""
        self._data()

    # --- image / signal -----------------------------------------------------------
    def resizeBilinear(self, size, alignCorners=False,  # noqa: N802,N803
                       halfPixelCenters=False):  # noqa: N803
        return ops.image.resizeBilinear(self, size, alignCorners, halfPixelCenters)
    def resizeNearestNeighbor(self, size, alignCorners=False,  # noqa: N802,N803
                              halfPixelCenters=False):  # noqa: N803
        return ops.image.resizeNearestNeighbor(self, size, alignCorners, halfPixelCenters)
    def fft(self): return ops.fft(self)
    def ifft(self): return ops.ifft(self)
    def rfft(self): return ops.rfft(self)
    def irfft(self): return ops.irfft(self)


def _document_chained_methods():
    """Give each one-line chained method a docstring pointing at its op."""
    for name, fn in vars(TensorMethods).items():
        if callable(fn) and not name.startswith("_") and not fn.__doc__:
            fn.__doc__ = (f"TF.js: ``tensor.{name}(...)``, the chained form of "
                          f"``tf.{name}(tensor, ...)``; see that op's docstring.")


_document_chained_methods()
