"""Binary arithmetic with broadcasting and TF.js's dtype rules (tfjs-facts.md 2.2).

A plain number operand is a float32 scalar; mixed dtypes upcast along
bool < int32 < float32 < complex64. Only ``add``, ``sub`` and ``mul`` accept
complex64. TF.js's CPU kernels compute every element as a JS double and store it
in the output's typed array, so:

* int32 results are computed in float64 and stored with JS ``ToInt32``
  (truncate, wrap modulo 2**32, NaN/Infinity -> 0): ``div`` floors, ``x / 0 -> 0``;
* bool results are stored as TF.js stores them in a Uint8Array (``ToUint8``) and
  read as true when non-zero (``add(true, true)`` holds 2 in TF.js: true here);
* an int32 operand upcast to float32 keeps its exact value (TF.js's cast leaves the
  int32 buffer alone), so int32-with-float32 ops run in float64 and round once.
"""
import torch

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ..engine import _State as _STATE
from ..tensor import Tensor
from ._op import dtype_of, numeric, op, to_torch

_F32 = torch.float32


def not_complex(kernel):
    """TF.js's CPU-backend error for a kernel without complex64 support."""
    return TFJSValueError(f"{kernel} does not support complex64 tensors in the CPU backend.")


def broadcast_shape(a, b):
    """Broadcast shape of two torch tensors, with TF.js's error text."""
    try:
        return torch.broadcast_shapes(a.shape, b.shape)
    except RuntimeError:
        raise TFJSValueError(f"Operands could not be broadcast together with shapes "
                             f"{js_list(a.shape)} and {js_list(b.shape)}.") from None


def binary_args(a, b, op_name, names=("a", "b"), kernel=None):
    """Convert both operands, reject strings, upcast to a common dtype.

    ``kernel`` names the TF.js kernel when the op has no complex64 support. For
    int32 with float32 both come back as float64 (see the module docstring); pass
    results through :func:`f32`.
    """
    if type(a) is Tensor and type(b) is Tensor and not _STATE.mixed:
        # Fast path: two live float32 Tensors on the current device.
        x, y = a._t, b._t
        if x is not None and y is not None and x.dtype is _F32 and y.dtype is _F32:
            if x.shape != y.shape:
                broadcast_shape(x, y)
            return x, y, "float32"
    x = numeric(to_torch(a, names[0], op_name), names[0], op_name)
    y = numeric(to_torch(b, names[1], op_name), names[1], op_name)
    dx, dy = dtype_of(x), dtype_of(y)
    dtype = dx if dx == dy else dtypes.upcast(dx, dy)
    if kernel is not None and dtype == "complex64":
        raise not_complex(kernel)
    if x.shape != y.shape:
        broadcast_shape(x, y)
    if dx == dy:
        return x, y, dtype
    if dtype == "float32" and (dx == "int32" or dy == "int32"):
        return x.double(), y.double(), dtype
    target = dtypes.TORCH[dtype]
    return x.to(target), y.to(target), dtype


def f32(r):
    """A float64 result of the exact int32-with-float32 path, stored as float32."""
    return r.float() if r.dtype == torch.float64 else r


def to_uint8_bool(v):
    """TF.js bool storage of a computed number: ToUint8(v) != 0."""
    v = torch.where(torch.isfinite(v), torch.trunc(v), 0.0)
    return torch.remainder(v, 256.0) != 0


def to_int32(v):
    """JS ToInt32 of float results (the store into a TF.js Int32Array)."""
    from .creation import cast_torch
    return cast_torch(v, "int32")


def js_elementwise(fn, x, y, dtype):
    """``fn`` as TF.js's CPU kernel applies it: float32 natively, int32 and bool
    through float64 and the typed-array store of the result dtype."""
    if dtype in ("float32", "complex64"):
        return f32(fn(x, y))
    v = fn(x.double(), y.double())
    return to_int32(v) if dtype == "int32" else to_uint8_bool(v)


def _floor_div(x, y):
    """floor(x / y) in float64 (as JS numbers)."""
    return torch.floor(x.double() / y.double())


def _js_mod(x, y):
    """TF.js Mod: JS ``%`` (C fmod), moved to the divisor's sign."""
    r = torch.fmod(x, y)
    same_sign = ((x < 0) & (y < 0)) | ((x >= 0) & (y >= 0))
    return torch.where(same_sign, r, torch.fmod(r + y, y))


def _js_pow(x, y):
    """JS ``Math.pow``: unlike C, pow(1, NaN) and pow(+-1, +-Infinity) are NaN."""
    nan = torch.isnan(y) | ((x.abs() == 1) & torch.isinf(y))
    return torch.where(nan, torch.nan, torch.pow(x, y))


def _squared_difference(x, y):
    d = x - y
    return d * d


@op
def add(a, b):
    """a + b, elementwise with broadcasting. TF.js: ``tf.add(a, b)``.

    Args:
        a: Tensor | TensorLike (a number is a float32 scalar).
        b: Tensor | TensorLike.

    Returns:
        A Tensor of the upcast dtype (bool + bool stays bool).

    Example:
        >>> tf.add(tf.tensor1d([1, 2]), 10).print()
        Tensor
            [11, 12]

    Differences from TF.js: a bool result holds only true/false (TF.js keeps the
    raw sum, e.g. 2, in its bool buffer). A complex64 tensor plus a rank-0 complex64
    operand is computed correctly (TF.js's CPU backend yields NaN past the first
    element).
    """
    x, y, dtype = binary_args(a, b, "add")
    return js_elementwise(torch.add, x, y, dtype) if dtype == "bool" else f32(x + y)


@op
def sub(a, b):
    """a - b, elementwise with broadcasting. TF.js: ``tf.sub(a, b)``.

    Differences from TF.js: as for :func:`add` (bool results, complex scalars).
    """
    x, y, dtype = binary_args(a, b, "sub")
    return js_elementwise(torch.sub, x, y, dtype) if dtype == "bool" else f32(x - y)


@op
def mul(a, b):
    """a * b, elementwise with broadcasting. TF.js: ``tf.mul(a, b)``.

    int32 products are formed as doubles and wrapped (as TF.js does), so products
    past 2**53 round before wrapping.

    Differences from TF.js: as for :func:`add` (bool results, complex scalars).
    """
    x, y, dtype = binary_args(a, b, "mul")
    if dtype in ("float32", "complex64"):
        return f32(x * y)
    return js_elementwise(torch.mul, x, y, dtype)


def _div(a, b, op_name):
    x, y, dtype = binary_args(a, b, op_name, kernel="RealDiv")
    if dtype == "int32":
        return x, y, dtype, to_int32(_floor_div(x, y))
    return x, y, dtype, js_elementwise(torch.div, x, y, dtype)


@op
def div(a, b):
    """a / b; int32 / int32 floors and x / 0 gives 0. TF.js: ``tf.div(a, b)``.

    Example:
        >>> tf.div(tf.tensor1d([7, -7], 'int32'), tf.tensor1d([2, 2], 'int32')).print()
        Tensor
            [3, -4]
    """
    return _div(a, b, "div")[3]


@op
def divNoNan(a, b):  # noqa: N802 - TF.js name
    """a / b, but 0 wherever b is 0 (even 0 / 0). TF.js: ``tf.divNoNan(a, b)``.

    Errors name the op ``'div'``, as TF.js's do.
    """
    _, y, dtype, q = _div(a, b, "div")
    zero = torch.zeros((), dtype=q.dtype, device=q.device)
    return torch.where(y == 0, zero, q)


@op
def floorDiv(a, b):  # noqa: N802 - TF.js name
    """floor(a / b), always int32. TF.js: ``tf.floorDiv(a, b)``.

    Example:
        >>> tf.floorDiv(tf.tensor1d([7, -7]), 2).print()
        Tensor
            [3, -4]
    """
    x, y, _ = binary_args(a, b, "floorDiv", kernel="FloorDiv")
    return to_int32(_floor_div(x, y))


@op
def mod(a, b):
    """Remainder with the sign of the divisor. TF.js: ``tf.mod(a, b)``.

    Example:
        >>> tf.mod(tf.tensor1d([7, -7]), 3).print()
        Tensor
            [1, 2]
    """
    x, y, dtype = binary_args(a, b, "mod", kernel="Mod")
    if dtype == "float32":   # in float64, as JS numbers: (r + y) must not round
        return _js_mod(x.double(), y.double()).float()
    return js_elementwise(_js_mod, x, y, dtype)


@op
def pow(base, exp):  # noqa: A001 - TF.js name
    """base ** exp, with JS ``Math.pow`` rules. TF.js: ``tf.pow(base, exp)``.

    int32 ** int32 stays int32 (negative exponents truncate to 0; overflow wraps).

    Example:
        >>> tf.pow(tf.tensor1d([2, 3], 'int32'), tf.tensor1d([3, 2], 'int32')).print()
        Tensor
            [8, 9]
    """
    x, y, dtype = binary_args(base, exp, "pow", ("base", "exp"), "Pow")
    return js_elementwise(_js_pow, x, y, dtype)


def _extremum(a, b, name, kernel, fn):
    """maximum/minimum: NaN wins; bools give int32."""
    x, y, dtype = binary_args(a, b, name, kernel=kernel)
    if dtype == "bool":
        x, y = x.to(torch.int32), y.to(torch.int32)
    return f32(fn(x, y))


@op
def maximum(a, b):
    """Elementwise max (NaN wins); bools give int32. TF.js: ``tf.maximum(a, b)``."""
    return _extremum(a, b, "maximum", "Maximum", torch.maximum)


@op
def minimum(a, b):
    """Elementwise min (NaN wins); bools give int32. TF.js: ``tf.minimum(a, b)``."""
    return _extremum(a, b, "minimum", "Minimum", torch.minimum)


@op
def squaredDifference(a, b):  # noqa: N802 - TF.js name
    """(a - b) ** 2. TF.js: ``tf.squaredDifference(a, b)``.

    Example:
        >>> tf.squaredDifference(tf.tensor1d([1, 5]), tf.tensor1d([3, 2])).print()
        Tensor
            [4, 9]
    """
    x, y, dtype = binary_args(a, b, "squaredDifference", kernel="SquaredDifference")
    return js_elementwise(_squared_difference, x, y, dtype)


@op
def atan2(a, b):
    """Elementwise arctan(a / b) in the quadrant of (b, a). TF.js: ``tf.atan2(a, b)``.

    int32 and bool inputs keep their dtype (the angle is truncated / stored as TF.js does).
    """
    x, y, dtype = binary_args(a, b, "atan2", kernel="Atan2")
    return js_elementwise(torch.atan2, x, y, dtype)


@op
def bitwiseAnd(x, y):  # noqa: N802 - TF.js name
    """Bitwise AND of two int32 tensors of the same shape. TF.js: ``tf.bitwiseAnd(x, y)``.

    No broadcasting: the shapes must be equal.
    """
    a = numeric(to_torch(x, "x", "bitwiseAnd"), "x", "bitwiseAnd")
    b = numeric(to_torch(y, "y", "bitwiseAnd"), "y", "bitwiseAnd")
    if a.shape != b.shape:
        raise TFJSValueError(f"BitwiseAnd: Tensors must have the same shape. "
                             f"x: {js_list(a.shape)}, y: {js_list(b.shape)}")
    if a.dtype != torch.int32 or b.dtype != torch.int32:
        raise TFJSValueError(f"BitwiseAnd: Only supports 'int32' values in tensor, found "
                             f"type of x: {dtype_of(a)} and type of y: {dtype_of(b)}")
    return torch.bitwise_and(a, b)


@op
def addN(tensors):  # noqa: N802 - TF.js name
    """Sum of a list of tensors of one shape and dtype. TF.js: ``tf.addN(tensors)``.

    Example:
        >>> tf.addN([tf.tensor1d([1, 2]), tf.tensor1d([3, 4]), [5, 6]]).print()
        Tensor
            [9, 12]

    Differences from TF.js: a bool sum holds only true/false (TF.js keeps e.g. 2).
    """
    if not isinstance(tensors, (list, tuple)):
        raise TFJSValueError("The argument passed to tf.addN() must be a list of tensors")
    if len(tensors) < 1:
        raise TFJSValueError(
            f"Must pass at least one tensor to tf.addN(), but got {len(tensors)}")
    ts = [numeric(to_torch(t, f"tensors{i}", "addN"), f"tensors{i}", "addN")
          for i, t in enumerate(tensors)]
    for t in ts:
        if t.dtype != ts[0].dtype:
            raise TFJSValueError("All tensors passed to tf.addN() must have the same dtype")
        if t.shape != ts[0].shape:
            raise TFJSValueError("All tensors passed to tf.addN() must have the same shape")
    if ts[0].is_complex():
        raise not_complex("addN")
    if ts[0].dtype == torch.bool:
        return to_uint8_bool(torch.stack([t.double() for t in ts]).sum(0))
    out = ts[0].clone()
    for t in ts[1:]:
        out += t
    return out
