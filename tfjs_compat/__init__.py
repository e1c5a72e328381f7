"""tfjs_compat: TensorFlow.js's API in Python, on PyTorch.

    import tfjs_compat as tf
    tf.tensor2d([[1, 2], [3, 4]]).print()

Only explicit re-exports live here, grouped by the module that defines them.
"""
import sys as _sys

from . import _tensor_methods
from . import errors as errors
from ._jsobject import JSObject as JSObject
from .buffer import TensorBuffer as TensorBuffer
from .engine import backend as backend, dispose as dispose, env as env
from .engine import getBackend as getBackend, keep as keep, memory as memory
from .engine import ready as ready, setBackend as setBackend, tidy as tidy
from .engine import version as version
version_core = version_cpu = version_layers = "4.22.0"  # TF.js package versions
from .tensor import Tensor as Tensor

# --- ops: creation ---
from .ops.creation import buffer as buffer, cast as cast, clone as clone
from .ops.creation import complex as complex, eye as eye, fill as fill, imag as imag
from .ops.creation import linspace as linspace, oneHot as oneHot, ones as ones
from .ops.creation import onesLike as onesLike, print as print, range as range
from .ops.creation import real as real, scalar as scalar, tensor as tensor
from .ops.creation import tensor1d as tensor1d, tensor2d as tensor2d
from .ops.creation import tensor3d as tensor3d, tensor4d as tensor4d
from .ops.creation import tensor5d as tensor5d, tensor6d as tensor6d
from .ops.creation import zeros as zeros, zerosLike as zerosLike

# --- ops: arithmetic ---
from .ops.arithmetic import add as add, addN as addN, atan2 as atan2
from .ops.arithmetic import bitwiseAnd as bitwiseAnd, div as div, divNoNan as divNoNan
from .ops.arithmetic import floorDiv as floorDiv, maximum as maximum, minimum as minimum
from .ops.arithmetic import mod as mod, mul as mul, pow as pow
from .ops.arithmetic import squaredDifference as squaredDifference, sub as sub

# --- ops: logical ---
from .ops.logical import equal as equal, greater as greater
from .ops.logical import greaterEqual as greaterEqual, less as less
from .ops.logical import lessEqual as lessEqual, logicalAnd as logicalAnd
from .ops.logical import logicalNot as logicalNot, logicalOr as logicalOr
from .ops.logical import logicalXor as logicalXor, notEqual as notEqual
from .ops.logical import isFinite as isFinite, isInf as isInf, isNaN as isNaN

# --- ops: linalg ---
from .ops import linalg as _linalg
from .ops.linalg import dot as dot, einsum as einsum, matMul as matMul
from .ops.linalg import outerProduct as outerProduct

# --- ops: unary ---
from .ops.unary import abs as abs, acos as acos, acosh as acosh, asin as asin
from .ops.unary import asinh as asinh, atan as atan, atanh as atanh, ceil as ceil
from .ops.unary import clipByValue as clipByValue, cos as cos, cosh as cosh, erf as erf
from .ops.unary import exp as exp, expm1 as expm1, floor as floor, log as log
from .ops.unary import log1p as log1p, neg as neg, reciprocal as reciprocal
from .ops.unary import round as round, rsqrt as rsqrt, sign as sign, sin as sin
from .ops.unary import sinh as sinh, sqrt as sqrt, square as square, step as step
from .ops.unary import tan as tan, tanh as tanh

# --- ops: reduction ---
from .ops.reduction import all as all, any as any, argMax as argMax, argMin as argMin
from .ops.reduction import euclideanNorm as euclideanNorm, logSumExp as logSumExp
from .ops.reduction import max as max, mean as mean, min as min, moments as moments
from .ops.reduction import norm as norm, prod as prod, sum as sum
from .ops.segment import bincount as bincount, cumprod as cumprod, cumsum as cumsum
from .ops.segment import denseBincount as denseBincount
from .ops.segment import unsortedSegmentSum as unsortedSegmentSum

# --- ops: shape ---
from .ops.shape import broadcastArgs as broadcastArgs
from .ops.shape import broadcastTo as broadcastTo, concat as concat, concat1d as concat1d
from .ops.shape import concat2d as concat2d, concat3d as concat3d, concat4d as concat4d
from .ops.shape import diag as diag
from .ops.shape import ensureShape as ensureShape, expandDims as expandDims
from .ops.shape import meshgrid as meshgrid
from .ops.shape import reshape as reshape, reverse as reverse, reverse1d as reverse1d
from .ops.shape import reverse2d as reverse2d, reverse3d as reverse3d
from .ops.shape import reverse4d as reverse4d, slice as slice, slice1d as slice1d
from .ops.shape import slice2d as slice2d, slice3d as slice3d, slice4d as slice4d
from .ops.shape import split as split
from .ops.shape import squeeze as squeeze, stack as stack, tile as tile
from .ops.shape import transpose as transpose, unstack as unstack
from .ops.shape_spatial import batchToSpaceND as batchToSpaceND
from .ops.shape_spatial import depthToSpace as depthToSpace, mirrorPad as mirrorPad
from .ops.shape_spatial import pad as pad, pad1d as pad1d, pad2d as pad2d, pad3d as pad3d
from .ops.shape_spatial import pad4d as pad4d, spaceToBatchND as spaceToBatchND

# --- ops: indexing ---
from .ops.indexing import booleanMaskAsync as booleanMaskAsync, gather as gather
from .ops.indexing import gatherND as gatherND, inTopKAsync as inTopKAsync
from .ops.indexing import lowerBound as lowerBound, scatterND as scatterND
from .ops.indexing import searchSorted as searchSorted, setdiff1dAsync as setdiff1dAsync
from .ops.indexing import sparseToDense as sparseToDense, stridedSlice as stridedSlice
from .ops.indexing import tensorScatterUpdate as tensorScatterUpdate, topk as topk
from .ops.indexing import unique as unique, upperBound as upperBound, where as where
from .ops.indexing import whereAsync as whereAsync

# --- ops: activation ---
from .ops.activation import elu as elu, leakyRelu as leakyRelu, logSigmoid as logSigmoid
from .ops.activation import logSoftmax as logSoftmax, prelu as prelu, relu as relu
from .ops.activation import relu6 as relu6, selu as selu, sigmoid as sigmoid
from .ops.activation import softmax as softmax, softplus as softplus
from .ops.normalization import batchNorm as batchNorm, batchNorm2d as batchNorm2d
from .ops.normalization import batchNorm3d as batchNorm3d, batchNorm4d as batchNorm4d
from .ops.normalization import dropout as dropout
from .ops.normalization import localResponseNormalization as localResponseNormalization

# --- ops: conv / pooling ---
from .ops.conv import conv1d as conv1d, conv2d as conv2d, conv2dTranspose as conv2dTranspose
from .ops.conv import conv3d as conv3d, conv3dTranspose as conv3dTranspose
from .ops.conv import depthwiseConv2d as depthwiseConv2d, separableConv2d as separableConv2d
from .ops.pooling import avgPool as avgPool, avgPool3d as avgPool3d, dilation2d as dilation2d
from .ops.pooling import maxPool as maxPool, maxPool3d as maxPool3d, pool as pool
from .ops.pooling import maxPoolWithArgmax as maxPoolWithArgmax

# --- ops: random ---
from .ops.random import multinomial as multinomial, rand as rand
from .ops.random import randomGamma as randomGamma, randomNormal as randomNormal
from .ops.random import randomStandardNormal as randomStandardNormal
from .ops.random import randomUniform as randomUniform
from .ops.random import randomUniformInt as randomUniformInt
from .ops.random import truncatedNormal as truncatedNormal

# --- layers and models ---
from . import layers as layers  # noqa: E402
from .models.graph import SymbolicTensor as SymbolicTensor, input as input  # noqa: E402
from .models.layers_model import LayersModel as LayersModel, model as model  # noqa: E402
from .models.sequential import Sequential as Sequential  # noqa: E402
from .models.sequential import sequential as sequential  # noqa: E402
from .layers.base import register_class as _register_class  # noqa: E402
from ._namespace import Namespace as _LayersNamespace  # noqa: E402
serialization = _LayersNamespace("tf.serialization", registerClass=_register_class)

# --- variables, gradients, train ---
from .variable import Variable as Variable, variable as variable  # noqa: E402
from .variable import disposeVariables as disposeVariables  # noqa: E402
from .gradients import customGrad as customGrad, grad as grad, grads as grads  # noqa: E402
from .gradients import valueAndGrad as valueAndGrad  # noqa: E402
from .gradients import valueAndGrads as valueAndGrads  # noqa: E402
from .gradients import variableGrads as variableGrads  # noqa: E402
from . import train as _train  # noqa: E402
from .train import Optimizer as Optimizer, SGDOptimizer as SGDOptimizer  # noqa: E402
from .train import MomentumOptimizer as MomentumOptimizer  # noqa: E402
from .train import AdagradOptimizer as AdagradOptimizer  # noqa: E402
from .train import AdadeltaOptimizer as AdadeltaOptimizer  # noqa: E402
from .train import AdamOptimizer as AdamOptimizer  # noqa: E402
from .train import AdamaxOptimizer as AdamaxOptimizer  # noqa: E402
from .train import RMSPropOptimizer as RMSPropOptimizer  # noqa: E402
from . import train as train  # noqa: E402  (dir() lists only TF.js's factories)
from ._namespace import Namespace as _TrainNamespace  # noqa: E402
OptimizerConstructors = _TrainNamespace(
    "tf.OptimizerConstructors", **{n: getattr(_train, n) for n in _train.FACTORIES})

# --- ops: image / signal / string / sparse / misc ---
from .ops.signal import cosineWindow as cosineWindow, fft as fft, ifft as ifft  # noqa: E402
from .ops.signal import irfft as irfft, rfft as rfft  # noqa: E402
from .ops.signal import enclosingPowerOfTwo as enclosingPowerOfTwo  # noqa: E402
from .ops.ragged import raggedGather as raggedGather, raggedRange as raggedRange  # noqa: E402
from .ops.ragged import raggedTensorToTensor as raggedTensorToTensor  # noqa: E402
from .ops.misc import basicLSTMCell as basicLSTMCell, multiRNNCell as multiRNNCell  # noqa: E402
from .ops.misc import movingAverage as movingAverage, op as op  # noqa: E402
from .ops.misc import upcastType as upcastType, sumOutType as sumOutType  # noqa: E402
from .ops.misc import profile as profile, time as time, nextFrame as nextFrame  # noqa: E402
from .ops.misc import deprecationWarn as deprecationWarn  # noqa: E402
from .ops.misc import disableDeprecationWarnings as disableDeprecationWarnings  # noqa: E402
from .ops.misc import enableDebugMode as enableDebugMode  # noqa: E402
from .ops.misc import enableProdMode as enableProdMode  # noqa: E402

# --- io ---
# NOTE: tf.io and tf.models are namespaces that rebind tfjs_compat.io / tfjs_compat.models;
# import the modules with ``from tfjs_compat.io import saving`` (sys.modules).
from . import io as _io  # noqa: E402
from .io.saving import loadLayersModel as loadLayersModel  # noqa: E402
from ._namespace import Namespace as _IONamespace  # noqa: E402
io = _IONamespace("tf.io", **{n: getattr(_io, n) for n in _io.PUBLIC})
models = _IONamespace("tf.models", modelFromJSON=_io.modelFromJSON)

# --- nested namespaces ---
from . import util as util  # noqa: E402
# Each is built from functions defined in ops/ (for example
# linalg = Namespace("tf.linalg", qr=_linalg.qr, ...)); add members in the family's line.
from ._namespace import Namespace as _Namespace  # noqa: E402
linalg = _Namespace("tf.linalg", bandPart=_linalg.bandPart, gramSchmidt=_linalg.gramSchmidt, qr=_linalg.qr)  # noqa: E501
from .ops import image as _image, image_nms as _nms, signal as _signal  # noqa: E402
from .ops import sparse as _sparse, string_ops as _string_ops  # noqa: E402
string = _Namespace("tf.string", **{n: getattr(_string_ops, n) for n in _string_ops.PUBLIC})
sparse = _Namespace("tf.sparse", **{n: getattr(_sparse, n) for n in _sparse.PUBLIC})
image = _Namespace("tf.image", **{n: getattr(_image, n) for n in _image.PUBLIC}, **{n: getattr(_nms, n) for n in _nms.PUBLIC})  # noqa: E501
signal = _Namespace("tf.signal", frame=_signal.frame, stft=_signal.stft, hannWindow=_signal.hannWindow, hammingWindow=_signal.hammingWindow)  # noqa: E501
spectral = _Namespace("tf.spectral", fft=_signal.fft, ifft=_signal.ifft, rfft=_signal.rfft, irfft=_signal.irfft)  # noqa: E501
from .ops import fused as _fused  # noqa: E402
fused = _Namespace("tf.fused", matMul=_fused.matMul, conv2d=_fused.conv2d, depthwiseConv2d=_fused.depthwiseConv2d)  # noqa: E501
# NOTE: import the compile-level losses/metrics modules before tf.losses is bound below:
# loading tfjs_compat.losses later would rebind the package attribute to the module.
from . import losses as _layers_losses, metrics as _metrics  # noqa: E402,F401
from .models import callbacks as _callbacks  # noqa: E402
from .ops import losses as _losses, segment as _segment  # noqa: E402
from .ops.losses import Reduction as Reduction  # noqa: E402
losses = _Namespace("tf.losses", **{n: getattr(_losses, n) for n in _losses.PUBLIC})
math = _Namespace("tf.math", confusionMatrix=_segment.confusionMatrix)
from . import data as _data  # noqa: E402
data = _Namespace("tf.data", **{n: getattr(_data, n) for n in _data.PUBLIC})
from . import constraints as _constraints, initializers as _initializers  # noqa: E402
from . import regularizers as _regularizers  # noqa: E402
# NOTE: these rebind tfjs_compat.initializers etc. to the namespaces; import the modules
# with ``from .initializers import get`` (sys.modules), not ``from . import initializers``.
initializers = _Namespace("tf.initializers", **{n: getattr(_initializers, n) for n in _initializers.PUBLIC})  # noqa: E501
regularizers = _Namespace("tf.regularizers", **{n: getattr(_regularizers, n) for n in _regularizers.PUBLIC})  # noqa: E501
constraints = _Namespace("tf.constraints", **{n: getattr(_constraints, n) for n in _constraints.PUBLIC})  # noqa: E501

# --- training: metrics and callbacks (models/training*.py, models/callbacks.py) ---
from .models.callbacks import Callback as Callback, CustomCallback as CustomCallback  # noqa: E402,E501
from .models.callbacks import History as History  # noqa: E402
metrics = _Namespace("tf.metrics", **_metrics.PUBLIC)
callbacks = _Namespace("tf.callbacks", earlyStopping=_callbacks.earlyStopping)

__version__ = "0.1.0"

# Tensor methods call ops through this package.
_tensor_methods.ops = _sys.modules[__name__]
