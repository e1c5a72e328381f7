"""Comparison and logical ops: results are bool tensors."""
import numpy as np
import torch

from .. import dtypes
from ..errors import TFJSValueError
from ._op import check_dtype, dtype_of, op, to_torch
from .arithmetic import broadcast_shape


def _compare(a, b, op_name, fn, np_fn):
    x = to_torch(a, "a", op_name)
    y = to_torch(b, "b", op_name)
    if isinstance(x, np.ndarray) or isinstance(y, np.ndarray):
        if not (isinstance(x, np.ndarray) and isinstance(y, np.ndarray)):
            raise TFJSValueError(f"Argument 'a' passed to '{op_name}' must be numeric "
                                 f"tensor, but got string tensor")
        return torch.from_numpy(np.asarray(np_fn(x, y), dtype=bool))
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    broadcast_shape(x, y)
    target = dtypes.TORCH[dtype]
    return fn(x.to(target), y.to(target))


@op
def equal(a, b):
    """a == b elementwise (strings too). TF.js: ``tf.equal(a, b)``."""
    return _compare(a, b, "equal", torch.eq, np.equal)


@op
def notEqual(a, b):  # noqa: N802 - TF.js name
    """a != b elementwise. TF.js: ``tf.notEqual(a, b)``."""
    return _compare(a, b, "notEqual", torch.ne, np.not_equal)


@op
def less(a, b):
    """a < b. TF.js: ``tf.less(a, b)``."""
    return _compare(a, b, "less", torch.lt, np.less)


@op
def lessEqual(a, b):  # noqa: N802 - TF.js name
    """a <= b. TF.js: ``tf.lessEqual(a, b)``."""
    return _compare(a, b, "lessEqual", torch.le, np.less_equal)


@op
def greater(a, b):
    """a > b. TF.js: ``tf.greater(a, b)``."""
    return _compare(a, b, "greater", torch.gt, np.greater)


@op
def greaterEqual(a, b):  # noqa: N802 - TF.js name
    """a >= b. TF.js: ``tf.greaterEqual(a, b)``."""
    return _compare(a, b, "greaterEqual", torch.ge, np.greater_equal)


def _logical(a, b, op_name, fn):
    x = check_dtype(to_torch(a, "a", op_name, "bool"), ("bool",), "a", op_name)
    y = check_dtype(to_torch(b, "b", op_name, "bool"), ("bool",), "b", op_name)
    broadcast_shape(x, y)
    return fn(x, y)


@op
def logicalAnd(a, b):  # noqa: N802 - TF.js name
    """a AND b on bool tensors. TF.js: ``tf.logicalAnd(a, b)``."""
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
