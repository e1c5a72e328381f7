"""Binary arithmetic with broadcasting and TF.js's dtype rules (tfjs-facts.md 2.2).

A plain number operand is a float32 scalar; mixed dtypes upcast along
bool < int32 < float32 < complex64. int32 ``div`` floors; ``floorDiv`` is always
int32; bool arithmetic stays bool (the result is stored as TF.js stores it in a
Uint8Array, then read as true when non-zero).
"""
import torch

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ._op import dtype_of, numeric, op, to_torch


def broadcast_shape(a, b):
    """Broadcast shape of two torch tensors, with TF.js's error text."""
    try:
        return torch.broadcast_shapes(a.shape, b.shape)
    except RuntimeError:
        raise TFJSValueError(f"Operands could not be broadcast together with shapes "
                             f"{js_list(a.shape)} and {js_list(b.shape)}.") from None


def binary_args(a, b, op_name):
    """Convert both operands, reject strings, upcast to a common dtype."""
    x = numeric(to_torch(a, "a", op_name), "a", op_name)
    y = numeric(to_torch(b, "b", op_name), "b", op_name)
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    broadcast_shape(x, y)
    target = dtypes.TORCH[dtype]
    return x.to(target), y.to(target), dtype


def to_uint8_bool(v):
    """TF.js bool storage of a computed number: ToUint8(v) != 0."""
    v = torch.where(torch.isfinite(v), torch.trunc(v), 0.0)
    return torch.remainder(v, 256.0) != 0


def _bool_arith(fn, x, y):
    return to_uint8_bool(fn(x.to(torch.float32), y.to(torch.float32)))


def _int_div(x, y):
    """int32 division as TF.js: floor, and x / 0 -> 0."""
    q = torch.floor(x.double() / y.double())
    return torch.where(torch.isfinite(q), q, 0.0).to(torch.int32)


def _via_double(fn, x, y):
    """An int32 op computed exactly in float64, stored with JS ToInt32 rules."""
    from .creation import cast_torch
    return cast_torch(fn(x.double(), y.double()), "int32")


@op
def add(a, b):
    """a + b, elementwise with broadcasting. TF.js: ``tf.add(a, b)``."""
    x, y, dtype = binary_args(a, b, "add")
    return _bool_arith(torch.add, x, y) if dtype == "bool" else x + y


@op
def sub(a, b):
    """a - b. TF.js: ``tf.sub(a, b)``."""
    x, y, dtype = binary_args(a, b, "sub")
    return _bool_arith(torch.sub, x, y) if dtype == "bool" else x - y


@op
def mul(a, b):
    """a * b. TF.js: ``tf.mul(a, b)``."""
    x, y, dtype = binary_args(a, b, "mul")
    return _bool_arith(torch.mul, x, y) if dtype == "bool" else x * y


@op
def div(a, b):
    """a / b; int32 / int32 floors (x / 0 -> 0). TF.js: ``tf.div(a, b)``."""
    x, y, dtype = binary_args(a, b, "div")
    if dtype == "int32":
        return _int_div(x, y)
    if dtype == "bool":
        return _bool_arith(torch.div, x, y)
    return x / y


@op
def floorDiv(a, b):  # noqa: N802 - TF.js name
    """floor(a / b), always int32. TF.js: ``tf.floorDiv(a, b)``."""
    x, y, dtype = binary_args(a, b, "floorDiv")
    if dtype == "int32":
        return _int_div(x, y)
    q = torch.floor(x.to(torch.float32) / y.to(torch.float32))
    from .creation import cast_torch
    return cast_torch(q, "int32")


@op
def mod(a, b):
    """Remainder with the sign of the divisor. TF.js: ``tf.mod(a, b)``."""
    x, y, dtype = binary_args(a, b, "mod")
    if dtype == "int32":
        return _via_double(torch.remainder, x, y)
    if dtype == "bool":
        return _bool_arith(torch.remainder, x, y)
    return torch.remainder(x, y)


@op
def pow(base, exp):  # noqa: A001 - TF.js name
    """base ** exp. TF.js: ``tf.pow(base, exp)``."""
    x = numeric(to_torch(base, "base", "pow"), "base", "pow")
    y = numeric(to_torch(exp, "exp", "pow"), "exp", "pow")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    broadcast_shape(x, y)
    x, y = x.to(dtypes.TORCH[dtype]), y.to(dtypes.TORCH[dtype])
    if dtype == "int32":
        return _via_double(torch.pow, x, y)
    if dtype == "bool":
        return _bool_arith(torch.pow, x, y)
    return torch.pow(x, y)


@op
def maximum(a, b):
    """Elementwise max; bools compare as int32. TF.js: ``tf.maximum(a, b)``."""
    x, y, dtype = binary_args(a, b, "maximum")
    if dtype == "bool":
        x, y = x.to(torch.int32), y.to(torch.int32)
    return torch.maximum(x, y)


@op
def minimum(a, b):
    """Elementwise min; bools compare as int32. TF.js: ``tf.minimum(a, b)``."""
    x, y, dtype = binary_args(a, b, "minimum")
    if dtype == "bool":
        x, y = x.to(torch.int32), y.to(torch.int32)
    return torch.minimum(x, y)


@op
def squaredDifference(a, b):  # noqa: N802 - TF.js name
    """(a - b) ** 2. TF.js: ``tf.squaredDifference(a, b)``."""
    x, y, dtype = binary_args(a, b, "squaredDifference")
    if dtype == "bool":
        return _bool_arith(lambda p, q: (p - q) ** 2, x, y)
    d = x - y
    return d * d


@op
def addN(tensors):  # noqa: N802 - TF.js name
    """Sum of a list of same-shape, same-dtype tensors. TF.js: ``tf.addN(tensors)``."""
    if not isinstance(tensors, (list, tuple)) or len(tensors) < 1:
        raise TFJSValueError(
            f"Must pass at least one tensor to tf.addN(), but got {len(tensors or [])}")
    ts = [to_torch(t, f"tensors{i}", "addN") for i, t in enumerate(tensors)]
    for t in ts:
        if t.dtype != ts[0].dtype:
            raise TFJSValueError("All tensors passed to tf.addN() must have the same dtype")
        if t.shape != ts[0].shape:
            raise TFJSValueError("All tensors passed to tf.addN() must have the same shape")
    out = ts[0]
    for t in ts[1:]:
        out = out + t
    return out.clone() if len(ts) == 1 else out


@op
def neg(x):
    """-x. TF.js: ``tf.neg(x)`` (bool stays bool)."""
    t = numeric(to_torch(x, "x", "neg"), "x", "neg")
    return t.clone() if t.dtype == torch.bool else -t
