"""Comparison, logical and NaN/Infinity tests: results are bool tensors.

Comparisons upcast both operands (bool < int32 < float32) and broadcast; string
tensors compare with string tensors only. Logical ops take bool operands (plain
values are converted to bool first, as TF.js does).
"""
import numpy as np
import torch

from .. import dtypes, engine
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .arithmetic import broadcast_shape, not_complex


def _compare(a, b, op_name, kernel, fn, np_fn):
    x = to_torch(a, "a", op_name)
    y = to_torch(b, "b", op_name)
    dx, dy = dtype_of(x), dtype_of(y)
    dtype = dx if dx == dy else dtypes.upcast(dx, dy)   # "Can not upcast string with ..."
    if dtype == "complex64":
        raise not_complex(kernel)
    if x.shape != y.shape:
        broadcast_shape(x, y)
    if dtype == "string":
        return engine.to_device(torch.from_numpy(np.asarray(np_fn(x, y), dtype=bool)))
    if dx != dy:   # TF.js compares exact int32 values with float32 ones (as doubles)
        return fn(x.double(), y.double())
    return fn(x, y)


@op
def equal(a, b):
    """a == b elementwise, with broadcasting (strings too). TF.js: ``tf.equal(a, b)``.

    Example:
        >>> tf.equal(tf.tensor1d([1, 2]), 2).print()
        Tensor
            [false, true]
    """
    return _compare(a, b, "equal", "Equal", torch.eq, np.equal)


@op
def notEqual(a, b):  # noqa: N802 - TF.js name
    """a != b elementwise (NaN != NaN). TF.js: ``tf.notEqual(a, b)``."""
    return _compare(a, b, "notEqual", "NotEqual", torch.ne, np.not_equal)


@op
def less(a, b):
    """a < b elementwise. TF.js: ``tf.less(a, b)``."""
    return _compare(a, b, "less", "Less", torch.lt, np.less)


@op
def lessEqual(a, b):  # noqa: N802 - TF.js name
    """a <= b elementwise. TF.js: ``tf.lessEqual(a, b)``."""
    return _compare(a, b, "lessEqual", "LessEqual", torch.le, np.less_equal)


@op
def greater(a, b):
    """a > b elementwise. TF.js: ``tf.greater(a, b)``."""
    return _compare(a, b, "greater", "Greater", torch.gt, np.greater)


@op
def greaterEqual(a, b):  # noqa: N802 - TF.js name
    """a >= b elementwise. TF.js: ``tf.greaterEqual(a, b)``."""
    return _compare(a, b, "greaterEqual", "GreaterEqual", torch.ge, np.greater_equal)


def _logical(a, b, op_name, fn):
    x = check_dtype(to_torch(a, "a", op_name, "bool"), ("bool",), "a", op_name)
    y = check_dtype(to_torch(b, "b", op_name, "bool"), ("bool",), "b", op_name)
    if x.shape != y.shape:
        broadcast_shape(x, y)
    return fn(x, y)


@op
def logicalAnd(a, b):  # noqa: N802 - TF.js name
    """a AND b on bool tensors, with broadcasting. TF.js: ``tf.logicalAnd(a, b)``.

    Example:
        >>> tf.logicalAnd(tf.tensor1d([True, True]), [True, False]).print()
        Tensor
            [true, false]
    """
    return _logical(a, b, "logicalAnd", torch.logical_and)


@op
def logicalOr(a, b):  # noqa: N802 - TF.js name
    """a OR b on bool tensors. TF.js: ``tf.logicalOr(a, b)``."""
    return _logical(a, b, "logicalOr", torch.logical_or)


@op
def logicalXor(a, b):  # noqa: N802 - TF.js name
    """a XOR b on bool tensors. TF.js: ``tf.logicalXor(a, b)``."""
    return _logical(a, b, "logicalXor", torch.logical_xor)


@op
def logicalNot(x):  # noqa: N802 - TF.js name
    """NOT x on a bool tensor. TF.js: ``tf.logicalNot(x)``."""
    t = check_dtype(to_torch(x, "x", "logicalNot", "bool"), ("bool",), "x", "logicalNot")
    return torch.logical_not(t)


def _test(x, op_name, kernel, fn):
    t = numeric(to_torch(x, "x", op_name), "x", op_name)
    if t.is_complex():
        raise not_complex(kernel)
    return fn(t)


@op
def isNaN(x):  # noqa: N802 - TF.js name
    """True where x is NaN (never for int32 / bool). TF.js: ``tf.isNaN(x)``.

    Example:
        >>> tf.isNaN(tf.tensor1d([1, float('nan')])).print()
        Tensor
            [false, true]
    """
    return _test(x, "isNaN", "IsNan", torch.isnan)


@op
def isInf(x):  # noqa: N802 - TF.js name
    """True where x is +-Infinity. TF.js: ``tf.isInf(x)``."""
    return _test(x, "isInf", "IsInf", torch.isinf)


@op
def isFinite(x):  # noqa: N802 - TF.js name
    """True where x is neither NaN nor +-Infinity. TF.js: ``tf.isFinite(x)``."""
    return _test(x, "isFinite", "IsFinite", torch.isfinite)
