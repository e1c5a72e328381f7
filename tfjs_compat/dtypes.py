"""TF.js dtype names <-> torch dtypes, inference from Python values, promotion.

TF.js has five dtypes: float32, int32, bool, string and complex64. Strings have no
torch counterpart and are stored as NumPy object arrays (see ``tensor.py``).
"""
import numpy as np
import torch

from .errors import TFJSValueError

TORCH = {
    "float32": torch.float32,
    "int32": torch.int32,
    "bool": torch.bool,
    "complex64": torch.complex64,
}
NUMPY = {
    "float32": np.float32,
    "int32": np.int32,
    "bool": np.bool_,
    "complex64": np.complex64,
}
_FROM_TORCH = {v: k for k, v in TORCH.items()}
# torch dtypes that are silently narrowed to a TF.js dtype when a user hands us
# a torch tensor or a NumPy array (TF.js has no 64-bit types).
_NARROW = {
    torch.float64: "float32", torch.float16: "float32", torch.bfloat16: "float32",
    torch.int64: "int32", torch.int16: "int32", torch.int8: "int32", torch.uint8: "int32",
    torch.complex128: "complex64",
}
DTYPES = ("float32", "int32", "bool", "complex64", "string")
_ORDER = {"bool": 0, "int32": 1, "float32": 2, "complex64": 3}
BYTES_PER_ELEMENT = {"float32": 4, "int32": 4, "bool": 1, "complex64": 0}


def check(dtype):
    """Return ``dtype`` if it is a TF.js dtype name, else raise TF.js's error."""
    if dtype not in DTYPES:
        raise TFJSValueError(f"Unknown data type {dtype}")
    return dtype


def to_torch(dtype):
    """torch dtype for a numeric TF.js dtype name."""
    return TORCH[check(dtype)]


def from_torch(torch_dtype, strict=False):
    """TF.js dtype name for a torch dtype; narrows 64-bit types unless ``strict``."""
    name = _FROM_TORCH.get(torch_dtype)
    if name is None and not strict:
        name = _NARROW.get(torch_dtype)
    if name is None:
        raise TFJSValueError(f"Unknown data type {torch_dtype}")
    return name


def upcast(a, b):
    """TF.js ``upcastType``: bool < int32 < float32 < complex64."""
    if a == b:
        return a
    if a == "string" or b == "string":
        raise TFJSValueError(f"Can not upcast {a} with {b}")
    return a if _ORDER[a] > _ORDER[b] else b


def infer(value):
    """TF.js ``inferDtype``: look only at the first leaf element."""
    while isinstance(value, (list, tuple)):
        if len(value) == 0:
            return "float32"
        value = value[0]
    if isinstance(value, np.ndarray):
        return infer_numpy(value.dtype)
    if isinstance(value, (bool, np.bool_)):
        return "bool"
    if isinstance(value, (str, bytes)):
        return "string"
    return "float32"


def infer_numpy(np_dtype):
    """dtype of a tensor made from a NumPy array (typed-array rules of TF.js)."""
    kind = np.dtype(np_dtype).kind
    if kind == "b":
        return "bool"
    if kind in "iu":
        return "int32"
    if kind == "f":
        return "float32"
    if kind == "c":
        return "complex64"
    if kind in "USO":
        return "string"
    raise TFJSValueError(f"Unknown data type {np_dtype}")


def is_float(dtype):
    """True for dtypes on which gradients exist."""
    return dtype in ("float32", "complex64")
