"""Activation ops with TF.js's dtype rules and numerics.

TF.js's CPU kernels compute each element in a JS double and store it in the
output dtype; the ops below do the same (float64 math, one rounding). Ops that
keep an int32 or bool input dtype store the value as TF.js's typed arrays do:
int32 truncates toward zero, bool is ``ToUint8(v) != 0`` (so ``selu(true)`` is true
and ``softplus(false)`` is false).
"""
import math

import torch

from ..errors import TFJSValueError
from ._op import check_dtype, numeric, op, to_torch
from .arithmetic import broadcast_shape, to_uint8_bool
from .reduction import extreme_torch, parse_axis, sum_torch

SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
# TF.js softplus: exp(x) below log(eps) + 2, x above its negation (eps = 2**-23).
_SOFTPLUS_THRESHOLD = math.log(1.1920928955078125e-7) + 2.0


def _store(r, like):
    """A float64 result stored in ``like``'s dtype, as a TF.js typed array would."""
    if like.dtype == torch.bool:
        return to_uint8_bool(r)
    if like.dtype == torch.int32:
        from .creation import cast_torch
        return cast_torch(r, "int32")
    return r.to(torch.float32)


def _numeric_x(x, op_name):
    return numeric(to_torch(x, "x", op_name), "x", op_name)


def _float_x(x, op_name):
    return check_dtype(to_torch(x, "x", op_name), ("float32",), "x", op_name)


def softplus_torch(d):
    """TF.js's softplus on float64 values."""
    return torch.where(d > -_SOFTPLUS_THRESHOLD, d,
                       torch.where(d < _SOFTPLUS_THRESHOLD, torch.exp(d),
                                   torch.log(1.0 + torch.exp(d))))


@op
def relu(x):
    """max(x, 0); keeps the dtype. TF.js: ``tf.relu(x)``."""
    t = _numeric_x(x, "relu")
    return t.clone() if t.dtype == torch.bool else torch.where(t < 0, torch.zeros_like(t), t)


@op
def relu6(x):
    """min(max(x, 0), 6); keeps the dtype. TF.js: ``tf.relu6(x)``."""
    t = _numeric_x(x, "relu6")
    if t.dtype == torch.bool:
        return t.clone()
    return torch.where(t < 0, torch.zeros_like(t), torch.where(t > 6, torch.full_like(t, 6), t))


@op
def elu(x):
    """x if x >= 0 else exp(x) - 1; float32 only. TF.js: ``tf.elu(x)``."""
    d = _float_x(x, "elu").to(torch.float64)
    return torch.where(d >= 0, d, torch.exp(d) - 1).to(torch.float32)


@op
def selu(x):
    """Scaled ELU with TF.js's constants; keeps the dtype. TF.js: ``tf.selu(x)``."""
    t = _numeric_x(x, "selu")
    d = t.to(torch.float64)
    r = torch.where(d >= 0, SELU_SCALE * d, SELU_SCALE * SELU_ALPHA * (torch.exp(d) - 1))
    return _store(r, t)


@op
def leakyRelu(x, alpha=0.2):  # noqa: N802 - TF.js name
    """x if x >= 0 else alpha * x; float32 result. TF.js: ``tf.leakyRelu(x, alpha=0.2)``."""
    t = _numeric_x(x, "leakyRelu").to(torch.float32)
    a = torch.tensor(0.2 if alpha is None else alpha, dtype=torch.float32, device=t.device)
    return torch.where(t < 0, a * t, t)


@op
def prelu(x, alpha):
    """x if x >= 0 else alpha * x, ``alpha`` broadcast; float32. TF.js: ``tf.prelu(x, alpha)``."""
    t = _numeric_x(x, "prelu").to(torch.float32)
    a = numeric(to_torch(alpha, "alpha", "prelu"), "alpha", "prelu").to(torch.float32)
    broadcast_shape(t, a)
    return torch.where(t < 0, a * t, t)


@op
def sigmoid(x):
    """1 / (1 + exp(-x)); float32 only. TF.js: ``tf.sigmoid(x)``."""
    d = _float_x(x, "sigmoid").to(torch.float64)
    return (1.0 / (1.0 + torch.exp(-d))).to(torch.float32)


@op
def softplus(x):
    """log(1 + exp(x)) with TF.js's cut-offs; keeps the dtype. TF.js: ``tf.softplus(x)``."""
    t = _numeric_x(x, "softplus")
    return _store(softplus_torch(t.to(torch.float64)), t)


@op
def logSigmoid(x):  # noqa: N802 - TF.js name
    """log(sigmoid(x)) = -softplus(-x); keeps the dtype. TF.js: ``tf.logSigmoid(x)``."""
    t = _numeric_x(x, "logSigmoid")
    if t.dtype == torch.bool:   # TF.js: neg(bool) is a copy, so this is softplus(x)
        return _store(softplus_torch(t.to(torch.float64)), t)
    s = _store(softplus_torch(-t.to(torch.float64)), t)
    return -s


def _last_dim_only(t, dim, what, word):
    if dim is None or dim == -1:
        dim = t.ndim - 1
    if dim != t.ndim - 1:
        raise TFJSValueError(f"{what} along a non-last dimension is not yet supported. "
                             f"Logits was rank {t.ndim} and {word} was {dim}")
    return parse_axis(dim, t.ndim)


def softmax_torch(t, axes):
    """TF.js's softmax kernel steps (max, sub, exp, sum, div), float32 each."""
    m = extreme_torch(t, axes, True, True)
    e = torch.exp((t - m).to(torch.float64)).to(torch.float32)
    return e / sum_torch(e, axes, True)


def log_softmax_torch(t, axes):
    """TF.js's logSoftmax steps: a = x - max; a - log(sum(exp(a)))."""
    m = extreme_torch(t, axes, True, True)
    a = t.to(torch.float64) - m.to(torch.float64)
    if t.dtype == torch.bool:
        a = torch.where(a < 0, 255.0, a)   # bool - bool is stored as Uint8: -1 -> 255
    a = a.to(torch.float32)
    e = torch.exp(a.to(torch.float64)).to(torch.float32)
    d = torch.log(sum_torch(e, axes, True).to(torch.float64)).to(torch.float32)
    return a - d


@op
def softmax(logits, dim=-1):
    """Softmax over the last dimension; float32 only. TF.js: ``tf.softmax(logits, dim=-1)``."""
    t = check_dtype(to_torch(logits, "logits", "softmax"), ("float32",), "logits", "softmax")
    return softmax_torch(t, _last_dim_only(t, dim, "Softmax", "dim"))


@op
def logSoftmax(logits, axis=-1):  # noqa: N802 - TF.js name
    """Log of softmax over the last axis; float32 result. TF.js: ``tf.logSoftmax``."""
    t = numeric(to_torch(logits, "logits", "logSoftmax"), "logits", "logSoftmax")
    axes = _last_dim_only(t, axis, "Log Softmax", "axis")
    return log_softmax_torch(t, axes)

