"""tf.fused.*: matMul, conv2d and depthwiseConv2d followed by a bias and an activation.

Each takes one options object, as in TF.js (``tf.fused.matMul({'a': a, 'b': b,
'bias': bias, 'activation': 'relu'})``; keyword arguments work too). The result is
``activation(op(...) + bias)``.
"""
import torch

from .. import dtypes
from .._options import parse
from ..errors import TFJSValueError
from ._op import dtype_of, numeric, to_torch, wrap
from .arithmetic import broadcast_shape
from .conv import _conv2d_checked, _depthwise_checked, _float_input
from .linalg import matmul_checks, product

_FUSED = {"bias": None, "activation": "linear", "prelu_activation_weights": None,
          "leakyrelu_alpha": 0.2}


def _activate(y, activation, prelu_weights, alpha):
    """TF.js's fused activations (backend_util.applyActivation)."""
    if activation == "linear":
        return y
    if activation == "relu":
        return torch.clamp(y, min=0)
    if activation == "relu6":
        return torch.clamp(y, 0, 6)
    if activation == "elu":
        return torch.where(y > 0, y, torch.expm1(y))
    if activation == "sigmoid":
        return torch.sigmoid(y)
    if activation == "leakyrelu":
        # NOTE: tf.fused.conv2d / depthwiseConv2d have no default alpha in TF.js, so
        # negative values become NaN there unless leakyreluAlpha is given.
        return torch.where(y < 0, y * (float("nan") if alpha is None else alpha), y)
    if activation == "prelu":
        w = to_torch(prelu_weights, "preluActivationWeights", "fused").to(y.dtype)
        return torch.where(y < 0, w * y, y)
    raise TFJSValueError(f"Activation {activation} has not been implemented for the CPU "
                         f"backend.")


def _finish(y, dtype, o, op_name):
    """Add the bias (with broadcasting), then apply the activation."""
    if o["bias"] is not None:
        b = numeric(to_torch(o["bias"], "bias", op_name), "bias", op_name)
        broadcast_shape(y, b)
        dtype = dtypes.upcast(dtype, dtype_of(b))
        y = y.to(dtypes.TORCH[dtype]) + b.to(dtypes.TORCH[dtype])
    return _activate(y, o["activation"], o["prelu_activation_weights"], o["leakyrelu_alpha"])


def matMul(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Matrix product + bias + activation. TF.js: ``tf.fused.matMul({a, b, transposeA,
    transposeB, bias, activation, preluActivationWeights, leakyreluAlpha})``.

    ``activation`` is one of 'linear' (default), 'relu', 'relu6', 'elu', 'sigmoid',
    'leakyrelu' (``leakyreluAlpha``, default 0.2) and 'prelu' (``preluActivationWeights``).

    Differences from TF.js: an unknown option key raises an error (TF.js ignores it).
    """
    o = parse(args, kwargs, {"a": None, "b": None, "transpose_a": False,
                             "transpose_b": False, **_FUSED}, "tf.fused.matMul")
    x = numeric(to_torch(o["a"], "a", "fused matMul"), "a", "fused matMul")
    y = numeric(to_torch(o["b"], "b", "fused matMul"), "b", "fused matMul")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    matmul_checks(x, y, o["transpose_a"], o["transpose_b"], "fused matMul")
    x = x.transpose(-1, -2) if o["transpose_a"] else x
    y = y.transpose(-1, -2) if o["transpose_b"] else y
    return wrap(_finish(product(x, y, dtype), dtype, o, "fused matMul"))


_CONV = {"x": None, "filter": None, "strides": None, "pad": None, "data_format": "NHWC",
         "dilations": (1, 1), "dim_rounding_mode": None, **_FUSED, "leakyrelu_alpha": None}


def conv2d(args=None, /, **kwargs):
    """2-D convolution + bias + activation. TF.js: ``tf.fused.conv2d({x, filter,
    strides, pad, dataFormat, dilations, dimRoundingMode, bias, activation,
    preluActivationWeights, leakyreluAlpha})``. As in TF.js, 'leakyrelu' without
    ``leakyreluAlpha`` turns negative values into NaN (there is no default alpha).

    Differences from TF.js: an unknown option key raises an error (TF.js ignores it).
    """
    o = parse(args, kwargs, _CONV, "tf.fused.conv2d")
    xt = _float_input(o["x"], "x", "conv2d")
    ft = _float_input(o["filter"], "filter", "conv2d")
    y = _conv2d_checked(xt, ft, o["strides"], o["pad"], o["data_format"], o["dilations"],
                        o["dim_rounding_mode"])
    return wrap(_finish(y, "float32", o, "fused conv2d"))


def depthwiseConv2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Depthwise 2-D convolution + bias + activation. TF.js: ``tf.fused.depthwiseConv2d({x,
    filter, strides, pad, dataFormat, dilations, dimRoundingMode, bias, activation,
    preluActivationWeights, leakyreluAlpha})``.

    Differences from TF.js: an unknown option key raises an error (TF.js ignores it).
    """
    o = parse(args, kwargs, _CONV, "tf.fused.depthwiseConv2d")
    xt = _float_input(o["x"], "x", "depthwiseConv2d")
    ft = _float_input(o["filter"], "filter", "depthwiseConv2d")
    y = _depthwise_checked(xt, ft, o["strides"], o["pad"], o["data_format"], o["dilations"],
                           o["dim_rounding_mode"])
    return wrap(_finish(y, "float32", o, "fused depthwiseConv2d"))
