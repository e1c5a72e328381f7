"""Unary math with TF.js's dtype rules.

TF.js sorts its unary ops into three kinds, and so does this module:

* float32 only (``ceil floor log sqrt rsqrt sin cos tan cosh tanh``): other dtypes
  raise ``Argument 'x' passed to 'sqrt' must be float32 tensor, but got int32 tensor``;
* dtype-keeping (``abs neg round sign square reciprocal expm1 log1p asin acos atan
  sinh asinh acosh atanh step clipByValue``): int32 and bool inputs are computed as
  JS doubles and stored in the input's typed array (int32 truncates: ``sinh(7)`` is
  548; bool keeps ``ToUint8(v) != 0``);
* float32 results (``exp`` of any numeric dtype, ``erf`` of int32 / float32).

Only ``abs`` accepts complex64 (giving the float32 magnitude); the others raise
TF.js's CPU-backend error, e.g. ``Exp does not support complex64 tensors ...``.
"""
import math

import torch

from ..errors import TFJSValueError
from ..format import js_number
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .arithmetic import not_complex, to_int32, to_uint8_bool


def _float_only(x, op_name, fn):
    """An op that TF.js defines on float32 tensors only."""
    return fn(check_dtype(to_torch(x, "x", op_name), ("float32",), "x", op_name))


def _numeric(x, op_name, kernel):
    t = numeric(to_torch(x, "x", op_name), "x", op_name)
    if t.is_complex():
        raise not_complex(kernel)
    return t


def _keep_dtype(x, op_name, kernel, fn):
    """``fn`` on float32 as is; on int32 / bool through float64 and the JS store."""
    return _js_store(_numeric(x, op_name, kernel), fn)


def _js_store(t, fn):
    """``fn(t)`` stored in ``t``'s dtype as TF.js's CPU kernels store JS numbers."""
    if t.dtype == torch.float32:
        return fn(t)
    v = fn(t.double())
    return to_int32(v) if t.dtype == torch.int32 else to_uint8_bool(v)


def _to_float(x, op_name, kernel, fn):
    """``fn`` with a float32 result for every numeric input dtype."""
    return fn(_numeric(x, op_name, kernel).float())


# --- sign and rounding ---------------------------------------------------------------

@op
def abs(x):  # noqa: A001 - TF.js name
    """Absolute value; int32 stays int32, complex64 gives the float32 magnitude.

    TF.js: ``tf.abs(x)``.

    Example:
        >>> tf.abs(tf.tensor1d([-1, 2], 'int32')).print()
        Tensor
            [1, 2]
    """
    t = numeric(to_torch(x, "x", "abs"), "x", "abs")
    return t.clone() if t.dtype == torch.bool else torch.abs(t)


@op
def neg(x):
    """-x (int32 wraps, bool stays bool). TF.js: ``tf.neg(x)``.

    Example:
        >>> tf.neg(tf.tensor1d([1, -2])).print()
        Tensor
            [-1, 2]
    """
    t = _numeric(x, "neg", "neg")
    return t.clone() if t.dtype == torch.bool else torch.neg(t)


@op
def sign(x):
    """-1, 0 or 1 by the sign of x (NaN gives 0). TF.js: ``tf.sign(x)``."""
    t = _numeric(x, "sign", "Sign")
    if t.dtype == torch.bool:
        return t.clone()
    s = torch.sign(t)
    return torch.where(torch.isnan(t), 0.0, s) if t.is_floating_point() else s


@op
def round(x):  # noqa: A001 - TF.js name
    """Round half to even (0.5 -> 0, 1.5 -> 2, 2.5 -> 2). TF.js: ``tf.round(x)``.

    Example:
        >>> tf.round(tf.tensor1d([0.5, 1.5, 2.5, -1.7])).print()
        Tensor
            [0, 2, 2, -2]
    """
    t = _numeric(x, "round", "Round")
    return torch.round(t) if t.dtype == torch.float32 else t.clone()


@op
def ceil(x):
    """Smallest integer >= x, on float32 tensors. TF.js: ``tf.ceil(x)``."""
    return _float_only(x, "ceil", torch.ceil)


@op
def floor(x):
    """Largest integer <= x, on float32 tensors. TF.js: ``tf.floor(x)``."""
    return _float_only(x, "floor", torch.floor)


@op
def step(x, alpha=0.0):
    """1 where x > 0, else ``alpha`` (NaN stays NaN). TF.js: ``tf.step(x, alpha=0)``.

    int32 inputs store ``alpha`` truncated (0.5 -> 0); the dtype is kept.

    Example:
        >>> tf.step(tf.tensor1d([2, -1, 0]), 0.5).print()
        Tensor
            [1, 0.5, 0.5]
    """
    alpha = 0.0 if alpha is None else float(alpha)
    return _keep_dtype(x, "step", "Step", lambda t: torch.where(
        torch.isnan(t), t, torch.where(t > 0, 1.0, alpha)).to(t.dtype))


@op
def clipByValue(x, clipValueMin, clipValueMax):  # noqa: N802,N803 - TF.js names
    """Clamp x to [clipValueMin, clipValueMax]. TF.js: ``tf.clipByValue(x, min, max)``.

    NaN stays NaN, except when min == max: then every element becomes min, as in
    TF.js. int32 / bool inputs keep their dtype (bounds truncate: 2.5 -> 2).

    Example:
        >>> tf.clipByValue(tf.tensor1d([-2, 0.5, 3]), -1, 1).print()
        Tensor
            [-1, 0.5, 1]
    """
    t = numeric(to_torch(x, "x", "clipByValue"), "x", "clipByValue")
    lo, hi = _js_num(clipValueMin), _js_num(clipValueMax)
    if not lo <= hi:   # NaN and undefined fail too
        raise TFJSValueError(f"Error in clip: min ({_js_str(clipValueMin, lo)}) must be "
                             f"less than or equal to max ({_js_str(clipValueMax, hi)}).")
    if lo == hi:   # TF.js fills with the bound: NaN becomes it too
        if t.is_complex():
            raise TFJSValueError("Unknown data type complex64")
        return _js_store(t, lambda v: torch.full_like(v, lo))
    if t.is_complex():
        raise not_complex("ClipByValue")
    return _js_store(t, lambda v: torch.clamp(v, lo, hi))


def _js_num(v):
    """A clip bound as a JS number (``None``, JS undefined, is NaN)."""
    if v is None:
        return math.nan
    from ._convert import js_to_number
    return js_to_number(v)


def _js_str(v, num):
    return "undefined" if v is None else v if isinstance(v, str) else js_number(num)


# --- powers, exponentials and logarithms ------------------------------------------

@op
def square(x):
    """x * x (int32 wraps). TF.js: ``tf.square(x)``."""
    return _keep_dtype(x, "square", "square", lambda t: t * t)


@op
def sqrt(x):
    """Square root, on float32 tensors. TF.js: ``tf.sqrt(x)``.

    Example:
        >>> tf.sqrt(tf.tensor1d([4, 9])).print()
        Tensor
            [2, 3]
    """
    return _float_only(x, "sqrt", torch.sqrt)


@op
def rsqrt(x):
    """1 / sqrt(x), on float32 tensors. TF.js: ``tf.rsqrt(x)``."""
    return _float_only(x, "rsqrt", torch.rsqrt)


@op
def reciprocal(x):
    """1 / x (int32: truncated, 1 / 0 -> 0). TF.js: ``tf.reciprocal(x)``."""
    return _keep_dtype(x, "reciprocal", "Reciprocal", torch.reciprocal)


@op
def exp(x):
    """e ** x, always float32. TF.js: ``tf.exp(x)``."""
    return _to_float(x, "exp", "Exp", torch.exp)


@op
def expm1(x):
    """e ** x - 1, accurate near 0. TF.js: ``tf.expm1(x)``."""
    return _keep_dtype(x, "expm1", "Expm1", torch.expm1)


@op
def log(x):
    """Natural logarithm, on float32 tensors. TF.js: ``tf.log(x)``."""
    return _float_only(x, "log", torch.log)


@op
def log1p(x):
    """log(1 + x), accurate near 0. TF.js: ``tf.log1p(x)``."""
    return _keep_dtype(x, "log1p", "Log1p", torch.log1p)


# TF.js's erf kernel uses Abramowitz & Stegun 7.1.26 (absolute error <= 1.5e-7).
_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def _erf(t):
    """A&S 7.1.26 in float64, as TF.js computes it (erf(1e-10) is 1.1e-9, not 1.1e-10)."""
    v = t.double()
    a = v.abs()
    k = 1.0 / (1.0 + _ERF_P * a)
    a0, a1, a2, a3, a4 = _ERF_A
    poly = k * (a0 + k * (a1 + k * (a2 + k * (a3 + k * a4))))
    y = 1.0 - poly * torch.exp(-a * a)
    return torch.where(v < 0, -y, torch.where(v == 0, v, y)).float()


@op
def erf(x):
    """Gauss error function of int32 / float32 tensors, as float32. TF.js: ``tf.erf(x)``.

    Uses TF.js's approximation (Abramowitz & Stegun 7.1.26), so results match TF.js
    rather than the exact erf (they differ by up to 1.5e-7).
    """
    t = numeric(to_torch(x, "x", "erf"), "x", "erf")
    if dtype_of(t) not in ("int32", "float32"):
        raise TFJSValueError("Input dtype must be `int32` or `float32`.")
    return _erf(t)


# --- trigonometric and hyperbolic ---------------------------------------------------

@op
def sin(x):
    """Sine, on float32 tensors. TF.js: ``tf.sin(x)``."""
    return _float_only(x, "sin", torch.sin)


@op
def cos(x):
    """Cosine, on float32 tensors. TF.js: ``tf.cos(x)``."""
    return _float_only(x, "cos", torch.cos)


@op
def tan(x):
    """Tangent, on float32 tensors. TF.js: ``tf.tan(x)``."""
    return _float_only(x, "tan", torch.tan)


@op
def asin(x):
    """Inverse sine (NaN outside [-1, 1]). TF.js: ``tf.asin(x)``."""
    return _keep_dtype(x, "asin", "Asin", torch.asin)


@op
def acos(x):
    """Inverse cosine (NaN outside [-1, 1]). TF.js: ``tf.acos(x)``."""
    return _keep_dtype(x, "acos", "Acos", torch.acos)


@op
def atan(x):
    """Inverse tangent. TF.js: ``tf.atan(x)``."""
    return _keep_dtype(x, "atan", "Atan", torch.atan)


@op
def sinh(x):
    """Hyperbolic sine. TF.js: ``tf.sinh(x)``."""
    return _keep_dtype(x, "sinh", "Sinh", torch.sinh)


@op
def cosh(x):
    """Hyperbolic cosine, on float32 tensors. TF.js: ``tf.cosh(x)``."""
    return _float_only(x, "cosh", torch.cosh)


@op
def tanh(x):
    """Hyperbolic tangent, on float32 tensors. TF.js: ``tf.tanh(x)``."""
    return _float_only(x, "tanh", torch.tanh)


@op
def asinh(x):
    """Inverse hyperbolic sine. TF.js: ``tf.asinh(x)``."""
    return _keep_dtype(x, "asinh", "Asinh", torch.asinh)


@op
def acosh(x):
    """Inverse hyperbolic cosine (NaN below 1). TF.js: ``tf.acosh(x)``."""
    return _keep_dtype(x, "acosh", "Acosh", torch.acosh)


@op
def atanh(x):
    """Inverse hyperbolic tangent (NaN outside [-1, 1]). TF.js: ``tf.atanh(x)``."""
    return _keep_dtype(x, "atanh", "Atanh", torch.atanh)
