"""Python values -> NumPy data with TF.js's conversion rules (``tf.tensor`` values).

Plain JS numbers are doubles: a value is first made a double (ToNumber), then
stored in the target typed array: float32 rounds, int32 truncates toward zero and
wraps modulo 2**32 (NaN and infinities give 0), bool keeps ``Math.round(x) != 0``.
"""
import math
import numbers

import numpy as np
import torch

from .. import dtypes
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


def js_to_number(v):
    """JS ``ToNumber`` of a primitive."""
    if v is None:
        return 0.0
    if isinstance(v, (str, bytes)):
        s = (v.decode() if isinstance(v, bytes) else v).strip()
        if s == "":
            return 0.0
        try:
            if s[:2].lower() in ("0x", "0o", "0b"):
                return float(int(s, 0))
            if s in ("Infinity", "+Infinity", "-Infinity"):
                return float(s.replace("Infinity", "inf"))
            if any(c.isalpha() and c not in "eE" for c in s):
                return math.nan
            return float(s)
        except ValueError:
            return math.nan
    if isinstance(v, complex):
        return v.real
    return float(v)


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


def np_convert(a, dtype):
    """A numeric NumPy array -> the NumPy array TF.js stores for ``dtype``."""
    if dtype == "float32":
        return np.asarray(a, dtype=np.float32)
    if dtype == "int32":
        return np_to_int32(a)
    if dtype == "bool":
        return np_to_bool(a)
    raise TFJSValueError(f"Unknown data type {dtype}")


def to_strings(flat):
    """String tensor storage; non-strings cannot be decoded (TF.js's message)."""
    out = np.empty(len(flat), dtype=object)
    for i, v in enumerate(flat):
        if isinstance(v, bytes):
            v = v.decode("utf-8")
        elif isinstance(v, np.str_):
            v = str(v)
        elif not isinstance(v, str):
            raise TFJSValueError(DECODE_ERROR)
        out[i] = v
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
