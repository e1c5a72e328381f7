"""Reductions with TF.js's axis rules, dtypes and numerics.

TF.js's CPU kernels accumulate sums and products in JS doubles and store the
result in the output dtype, so sums here run in float64 and are rounded once
(``sum([1e8, 1, -1e8])`` is 1, as in TF.js). Results keep TF.js's dtypes: sum and
prod of int32/bool are int32 (wrapping like an Int32Array), mean is float32, max
and min keep the input dtype, argMax/argMin are int32.

Reducing an empty axis reads the first element of an empty buffer in TF.js, so
``max``/``min`` give NaN (float32) or 0 (int32/bool), ``all``/``any`` give false and
``argMax``/``argMin`` give 0.
"""
import builtins
import math
import numbers

import torch

from ..errors import TFJSValueError
from ..format import js_number
from ._op import check_dtype, dtype_of, numeric, op, to_torch


# --- helpers shared with the other families ------------------------------------------------

def js_str(value):
    """JS ``String(value)`` of a number, bool, string or (nested) list."""
    if isinstance(value, (list, tuple)):
        return ",".join(js_str(v) for v in value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Number):
        return js_number(value)
    return str(value)


def parse_axis(axis, rank):
    """TF.js ``parseAxisParam``: None -> every axis; negatives counted from the end."""
    if axis is None:
        return list(builtins.range(rank))
    axes = list(axis) if isinstance(axis, (list, tuple)) else [axis]
    if not builtins.all(-rank <= a < rank for a in axes):
        raise TFJSValueError(f"All values in axis param must be in range [-{rank}, {rank}) "
                             f"but got axis {js_str(axis)}")
    if not builtins.all(float(a).is_integer() for a in axes):
        raise TFJSValueError(f"All values in axis param must be integers but got axis "
                             f"{js_str(axis)}")
    # NOTE: TF.js gives garbage for repeated axes; here each axis counts once.
    return sorted({int(a) % rank for a in axes})


def keep_shape(shape, axes):
    """Shape of a reduction result with ``keepDims``."""
    return [1 if i in axes else d for i, d in enumerate(shape)]


def _no_complex(t, op_name):
    if t.is_complex():
        raise TFJSValueError(f"{op_name} does not support complex64 tensors in the CPU backend.")
    return t


def _input(x, op_name):
    return numeric(to_torch(x, "x", op_name), "x", op_name)


def _finish(r, dtype):
    """Store a float64 result in a TF.js dtype (int32 wraps like an Int32Array)."""
    if dtype == "float32":
        return r.to(torch.float32)
    from .creation import cast_torch
    return cast_torch(r, dtype)


def _reduce_size(shape, axes):
    return math.prod(shape[a] for a in axes)


def sum_torch(t, axes, keep=False):
    """Sum of a torch tensor over ``axes`` (already parsed), TF.js dtypes."""
    out_dtype = "float32" if t.is_floating_point() else "int32"
    r = t.to(torch.float64)
    if axes:
        r = torch.sum(r, dim=axes, keepdim=keep)
    return _finish(r, out_dtype)


def extreme_torch(t, axes, keep, largest):
    """max (``largest``) or min over parsed ``axes``; empty reductions as TF.js."""
    if not axes:
        return t.clone()
    work = t.to(torch.uint8) if t.dtype == torch.bool else t
    out_shape = keep_shape(t.shape, axes) if keep else \
        [d for i, d in enumerate(t.shape) if i not in axes]
    if _reduce_size(t.shape, axes) == 0:
        fill = math.nan if t.is_floating_point() else 0
        return torch.full(out_shape, fill, dtype=t.dtype, device=t.device)
    fn = torch.amax if largest else torch.amin
    return fn(work, dim=axes, keepdim=keep).to(t.dtype)


# --- public reductions ---------------------------------------------------------------------

@op
def sum(x, axis=None, keepDims=False):  # noqa: A001,N803 - TF.js names
    """Sum along ``axis`` (all axes by default). TF.js: ``tf.sum(x, axis, keepDims)``.

    bool and int32 inputs give int32; the sum is accumulated in float64.
    """
    t = _no_complex(_input(x, "sum"), "sum")
    return sum_torch(t, parse_axis(axis, t.ndim), bool(keepDims))


@op
def mean(x, axis=None, keepDims=False):  # noqa: N803 - TF.js name
    """Mean along ``axis``; always float32. TF.js: ``tf.mean(x, axis, keepDims)``."""
    t = _input(x, "mean")
    t = t.real if t.is_complex() else t
    return mean_torch(t.to(torch.float32), parse_axis(axis, t.ndim), bool(keepDims))


def mean_torch(t, axes, keep=False):
    """float32 mean over parsed axes; an empty reduction gives 0 as in TF.js."""
    n = _reduce_size(t.shape, axes)
    if n == 0:
        return sum_torch(t, axes, keep)
    return sum_torch(t.to(torch.float32) / n, axes, keep)


@op
def prod(x, axis=None, keepDims=False):  # noqa: N803 - TF.js name
    """Product along ``axis``; bool/int32 give int32. TF.js: ``tf.prod(x, axis, keepDims)``."""
    t = _no_complex(_input(x, "prod"), "prod")
    axes = parse_axis(axis, t.ndim)
    r = t.to(torch.float64)
    for a in reversed(axes):
        r = torch.prod(r, dim=a, keepdim=bool(keepDims))
    return _finish(r, "float32" if t.is_floating_point() else "int32")


@op
def max(x, axis=None, keepDims=False):  # noqa: A001,N803 - TF.js names
    """Maximum along ``axis``; NaN wins; keeps the dtype. TF.js: ``tf.max(x, axis, keepDims)``."""
    t = _no_complex(_input(x, "max"), "max")
    return extreme_torch(t, parse_axis(axis, t.ndim), bool(keepDims), True)


@op
def min(x, axis=None, keepDims=False):  # noqa: A001,N803 - TF.js names
    """Minimum along ``axis``; NaN wins; keeps the dtype. TF.js: ``tf.min(x, axis, keepDims)``."""
    t = _no_complex(_input(x, "min"), "min")
    return extreme_torch(t, parse_axis(axis, t.ndim), bool(keepDims), False)


def _arg_extreme(x, axis, op_name, largest):
    t = _no_complex(_input(x, op_name), op_name)
    a = parse_axis(axis, t.ndim)[0]
    if t.shape[a] == 0:
        shape = [d for i, d in enumerate(t.shape) if i != a]
        return torch.zeros(shape, dtype=torch.int32, device=t.device)
    work = t.to(torch.float32) if t.dtype == torch.bool else t
    if work.is_floating_point():
        # TF.js scans with a strict comparison from the first element: NaNs after the
        # first are never picked, and a leading NaN wins (index 0).
        fill = -math.inf if largest else math.inf
        first_nan = torch.isnan(work.narrow(a, 0, 1)).squeeze(a)
        work = torch.nan_to_num(work, nan=fill, posinf=math.inf, neginf=-math.inf)
    idx = (torch.argmax if largest else torch.argmin)(work, dim=a)
    if work.is_floating_point():
        idx = torch.where(first_nan, 0, idx)
    return idx.to(torch.int32)


@op
def argMax(x, axis=0):  # noqa: N802 - TF.js name
    """Index of the largest value along ``axis`` (int32). TF.js: ``tf.argMax(x, axis=0)``."""
    return _arg_extreme(x, axis, "argMax", True)


@op
def argMin(x, axis=0):  # noqa: N802 - TF.js name
    """Index of the smallest value along ``axis`` (int32). TF.js: ``tf.argMin(x, axis=0)``."""
    return _arg_extreme(x, axis, "argMin", False)


def _logical_reduce(x, axis, keep_dims, op_name, fn):
    t = check_dtype(to_torch(x, "x", op_name, "bool"), ("bool",), "x", op_name)
    axes = parse_axis(axis, t.ndim)
    if not axes:
        return t.clone()
    if _reduce_size(t.shape, axes) == 0:
        shape = keep_shape(t.shape, axes) if keep_dims else \
            [d for i, d in enumerate(t.shape) if i not in axes]
        return torch.zeros(shape, dtype=torch.bool, device=t.device)
    r = t
    for a in reversed(axes):
        r = fn(r, dim=a, keepdim=bool(keep_dims))
    return r


@op
def all(x, axis=None, keepDims=False):  # noqa: A001,N803 - TF.js names
    """Logical AND along ``axis`` of a bool tensor. TF.js: ``tf.all(x, axis, keepDims)``.

    An empty reduction gives false, as TF.js does.
    """
    return _logical_reduce(x, axis, keepDims, "all", torch.all)


@op
def any(x, axis=None, keepDims=False):  # noqa: A001,N803 - TF.js names
    """Logical OR along ``axis`` of a bool tensor. TF.js: ``tf.any(x, axis, keepDims)``."""
    return _logical_reduce(x, axis, keepDims, "any", torch.any)


def log_sum_exp_torch(t, axes, keep=False):
    """TF.js's logSumExp steps: max, x - max, exp, sum, log, + max (float32 each)."""
    m = extreme_torch(t, axes, True, True)
    a = t.to(torch.float64) - m.to(torch.float64)
    if t.dtype == torch.bool:
        a = torch.where(a < 0, 255.0, a)   # TF.js keeps bool - bool as Uint8 (-1 -> 255)
    b = torch.exp(a).to(torch.float32)
    d = torch.log(sum_torch(b, axes, keep).to(torch.float64))
    base = m if keep else m.reshape(d.shape)
    return (base.to(torch.float64) + d.to(torch.float32).to(torch.float64)).to(torch.float32)


@op
def logSumExp(x, axis=None, keepDims=False):  # noqa: N802,N803 - TF.js names
    """log(sum(exp(x))) along ``axis``, shifted by the max. TF.js: ``tf.logSumExp``.

    As in TF.js, an infinite maximum makes the result NaN.
    """
    t = _input(x, "logSumExp")
    return log_sum_exp_torch(t, parse_axis(axis, t.ndim), bool(keepDims))


def moments(x, axis=None, keepDims=False):  # noqa: N803 - TF.js name
    """Mean and variance along ``axis``. TF.js: ``tf.moments(x, axis, keepDims)``.

    Returns:
        ``{'mean': Tensor, 'variance': Tensor}`` (a dict with attribute access), float32.
    """
    from .._jsobject import JSObject
    from ._op import wrap
    t = _input(x, "moments").to(torch.float32)
    axes = parse_axis(axis, t.ndim)
    m = mean_torch(t, axes, True)
    d = t - m
    variance = mean_torch(d * d, axes, bool(keepDims))
    m = m if keepDims else m.reshape(variance.shape)
    return JSObject(mean=wrap(m), variance=wrap(variance))


from ._op import OPS as _OPS  # noqa: E402
_OPS["moments"] = moments


# --- norms --------------------------------------------------------------------------------

def _abs(t):
    return t if t.dtype == torch.bool else torch.abs(t)


def _sqrt_checked(t):
    if t.dtype != torch.float32:   # TF.js applies tf.sqrt, which wants float32
        check_dtype(t, ("float32",), "x", "sqrt")
    return torch.sqrt(t.to(torch.float64)).to(torch.float32)


def _square(t):
    return t.to(torch.float32) * t if t.is_floating_point() else \
        _finish(t.to(torch.float64) ** 2, "int32")


def _bad_ord(ord):
    return TFJSValueError(f"Error in norm: invalid ord value: {js_str(ord)}")


def _vector_norm(t, ord, axis):
    if ord == 1:
        return sum_torch(_abs(t), parse_axis(axis, t.ndim))
    if ord in (math.inf, -math.inf):
        return extreme_torch(_abs(t), parse_axis(axis, t.ndim), False, ord > 0)
    if ord in ("euclidean", 2):
        return _sqrt_checked(sum_torch(_square(_abs(t)), parse_axis(axis, t.ndim)))
    raise _bad_ord(ord)


def _matrix_norm(t, ord, axis):
    a0, a1 = axis
    if ord == 1:
        s = sum_torch(_abs(t), parse_axis(a0, t.ndim))
        return extreme_torch(s, parse_axis(a1 - 1, s.ndim), False, True)
    if ord in (math.inf, -math.inf):
        s = sum_torch(_abs(t), parse_axis(a1, t.ndim))
        return extreme_torch(s, parse_axis(a0, s.ndim), False, ord > 0)
    if ord in ("fro", "euclidean"):
        return _sqrt_checked(sum_torch(_square(t), parse_axis(axis, t.ndim)))
    raise _bad_ord(ord)


@op
def norm(x, ord="euclidean", axis=None, keepDims=False):  # noqa: A002,N803 - TF.js names
    """Vector or matrix norm. TF.js: ``tf.norm(x, ord, axis, keepDims)``.

    Args:
        ord: vector norms ``'euclidean'``/2, 1, ``Infinity``, ``-Infinity``; matrix norms
            (``axis`` of two axes) ``'fro'``/``'euclidean'``, 1, ``Infinity``, ``-Infinity``.
        axis: None (the flattened tensor), one axis, or two axes.

    A scalar gives ``|x|`` whatever the other arguments; int32/bool inputs keep their
    dtype for 1/Infinity norms and fail in ``sqrt`` for the euclidean norm, as in TF.js.
    """
    return _norm(x, ord, axis, keepDims, "norm")


def _norm(x, ord, axis, keep_dims, op_name):  # noqa: A002
    t = _input(x, op_name)
    t = t.abs() if t.is_complex() else t
    if t.ndim == 0:
        return _abs(t).clone()
    axes = [0] if axis is None else axis
    flat = t.reshape(-1) if axis is None else t
    if flat.ndim == 1 or not isinstance(axes, (list, tuple)) or len(axes) == 1:
        r = _vector_norm(flat, ord, axes)
    elif len(axes) == 2:
        r = _matrix_norm(flat, ord, axes)
    else:
        raise TFJSValueError(f"Error in norm: invalid axis: {js_str(axes)}")
    if keep_dims:
        r = r.reshape(keep_shape(t.shape, parse_axis(axis, t.ndim)))
    return r


@op
def euclideanNorm(x, axis=None, keepDims=False):  # noqa: N802,N803 - TF.js names
    """Euclidean norm along ``axis``. TF.js: ``tf.euclideanNorm(x, axis, keepDims)``."""
    return _norm(x, "euclidean", axis, keepDims, "euclideanNorm")
