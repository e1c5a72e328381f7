"""Python values -> NumPy data with TF.js's conversion rules (``tf.tensor`` values).

Plain JS numbers are doubles: a value is first made a double (ToNumber), then
stored in the target typed array: float32 rounds, int32 truncates toward zero and
wraps modulo 2**32 (NaN and infinities give 0), bool keeps ``Math.round(x) != 0``.
"""
import math
import numbers
import re

import numpy as np
import torch

from .. import dtypes
from ..format import js_number
from ..errors import TFJSValueError

VALUES_ERROR = ("values passed to tensor(values) must be a number/boolean/string or an "
                "array of numbers/booleans/strings, or a TypedArray")
DECODE_ERROR = ("Failed to decode the string bytes into utf-8. To get the original bytes, "
                "call tensor.bytes().")


def is_primitive(v):
    """A JS primitive: number, boolean, string (or None, JS null)."""
    return v is None or isinstance(v, (numbers.Number, str, bytes, np.generic))


def infer_shape(values):
    """TF.js ``inferShape``: lengths of the first element at each depth."""
    shape = []
    v = values
    while True:
        if isinstance(v, (np.ndarray, torch.Tensor)):
            return shape + list(v.shape)
        if not isinstance(v, (list, tuple)):
            return shape
        shape.append(len(v))
        if not v:
            return shape
        v = v[0]


def flatten(values, shape):
    """Flatten nested lists, checking they are not ragged (TF.js's
    ``TENSORLIKE_CHECK_SHAPE_CONSISTENCY`` messages, always on here)."""
    out = []

    def walk(v, depth, where):
        if depth == len(shape):
            if isinstance(v, (list, tuple, np.ndarray)):
                raise TFJSValueError(f"Element {where} should be a primitive, but is an "
                                     f"array of {len(v)} elements")
            if not is_primitive(v):
                raise TFJSValueError(VALUES_ERROR)
            out.append(v)
            return
        if not isinstance(v, (list, tuple, np.ndarray)):
            raise TFJSValueError(f"Element {where} should be an array, but is a primitive")
        if len(v) != shape[depth]:
            raise TFJSValueError(f"Element {where} should have {shape[depth]} elements, "
                                 f"but has {len(v)} elements")
        for i, item in enumerate(v):
            walk(item, depth + 1, f"{where}[{i}]")

    walk(values, 0, "arr")
    return out


# JS StringNumericLiteral (ECMA-262 7.1.4.1): ASCII digits only, no underscores.
_JS_WS = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" \
         "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_DECIMAL = re.compile(r"[+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)")
_JS_RADIX = re.compile(r"0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")


def js_to_number(v):
    """JS ``ToNumber`` of a primitive (``None`` is JS null: 0)."""
    if v is None:
        return 0.0
    if isinstance(v, (str, bytes)):
        return _string_to_number(v.decode() if isinstance(v, bytes) else v)
    if isinstance(v, complex):
        return v.real
    return float(v)


def _string_to_number(s):
    s = s.strip(_JS_WS)
    if s == "":
        return 0.0
    if _JS_RADIX.fullmatch(s):
        return float(int(s, 0))
    if _JS_DECIMAL.fullmatch(s):
        return float(s.replace("Infinity", "inf"))
    return math.nan


def js_string(v):
    """JS ``String(v)`` of a primitive (numbers in JS layout, ``None`` -> 'null')."""
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return v.decode("utf-8")
    if v is None:
        return "null"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    return js_number(v)


def np_to_int32(a):
    """JS ToInt32 on an array: truncate, wrap modulo 2**32, NaN/inf -> 0."""
    a = np.asarray(a)
    if a.dtype.kind in "biu":
        return (a.astype(np.int64) & 0xFFFFFFFF).astype(np.uint32).view(np.int32)
    a = a.astype(np.float64)
    a = np.where(np.isfinite(a), np.trunc(a), 0.0)
    a = np.fmod(a, 4294967296.0)
    return (a.astype(np.int64) & 0xFFFFFFFF).astype(np.uint32).view(np.int32)


def np_to_bool(a):
    """TF.js bool storage of numbers: ``Math.round(x) != 0`` (NaN -> true)."""
    a = np.asarray(a)
    if a.dtype.kind in "biu":
        return a != 0
    a = a.astype(np.float64)
    return np.floor(a + 0.5) != 0


def np_store(a, dtype):
    """Numbers written straight into a TF.js typed array (``fill``, ``oneHot``,
    ``TensorBuffer.set``): like :func:`np_convert`, but bool is a Uint8Array store,
    ``ToUint8(x) != 0`` (0.6 -> false, 256 -> false), not ``Math.round``."""
    if dtype == "bool":
        return (np_to_int32(a) & 0xFF) != 0
    return np_convert(a, dtype)


def np_convert(a, dtype):
    """A numeric NumPy array -> the NumPy array TF.js stores for ``dtype``."""
    if dtype == "float32":
        with np.errstate(over="ignore"):   # 1e39 -> Infinity, as Float32Array does
            return np.asarray(a, dtype=np.float32)
    if dtype == "int32":
        return np_to_int32(a)
    if dtype == "bool":
        return np_to_bool(a)
    raise TFJSValueError(f"Unknown data type {dtype}")


def to_strings(flat):
    """String tensor storage, following TF.js's ``makeTensor``: when the first value
    is a string every value is written with JS ``String()``; otherwise the values
    cannot be decoded (TF.js's message, raised here at creation)."""
    out = np.empty(len(flat), dtype=object)
    if len(flat) and not isinstance(flat[0], (str, bytes, np.str_)):
        raise TFJSValueError(DECODE_ERROR)
    for i, v in enumerate(flat):
        out[i] = js_string(str(v) if isinstance(v, np.str_) else v)
    return out


def from_list(values, dtype):
    """(flat NumPy data, inferred shape) for nested Python lists or a primitive."""
    shape = infer_shape(values)
    if dtype != "string":
        fast = _fast_numeric(values, shape)
        if fast is not None:
            return np_convert(fast, dtype).reshape(-1), shape
    flat = flatten(values, shape)
    if dtype == "string":
        return to_strings(flat), shape
    nums = np.array([js_to_number(v) for v in flat], dtype=np.float64)
    return np_convert(nums, dtype), shape


def _fast_numeric(values, shape):
    """NumPy's own conversion when it is exact and not ragged, else None."""
    try:
        arr = np.asarray(values)
    except (ValueError, TypeError):
        return None
    if arr.dtype.kind not in "biuf" or list(arr.shape) != shape:
        return None
    return arr


def dtype_of_numpy(arr):
    """TF.js dtype for a user NumPy array (64-bit types narrow)."""
    return dtypes.infer_numpy(arr.dtype)
