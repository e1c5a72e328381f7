"""The ``@op`` decorator and argument conversion shared by every ``tf.*`` op.

An op body receives whatever the user passed, converts its tensor arguments with
:func:`to_torch` (TF.js ``convertToTensor``: same error texts), computes with plain
torch, and returns torch tensors; the decorator wraps them in :class:`Tensor`.
"""
import functools
import os

import numpy as np
import torch

from .. import dtypes, engine
from ..errors import DISPOSED, TFJSRuntimeError, TFJSValueError, js_typename
from ..engine import _State
from ..tensor import Tensor

_FROM_TORCH = dtypes._FROM_TORCH

OPS = {}   # TF.js op name -> public function, for the surface test
STRICT = os.environ.get("TFJS_COMPAT_STRICT") == "1"


def op(fn):
    """Register ``fn`` as a public op and wrap its torch results in Tensors."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return wrap(fn(*args, **kwargs))
    OPS[fn.__name__] = wrapper
    return wrapper


def wrap(result):
    """torch tensors (in lists, tuples, dicts) -> Tensors; other values pass."""
    if type(result) is torch.Tensor or isinstance(result, torch.Tensor):
        dtype = _FROM_TORCH.get(result.dtype)
        if dtype is None:
            if STRICT:
                raise AssertionError(f"op produced a non-TF.js dtype {result.dtype}")
            dtype = dtypes.from_torch(result.dtype)
            result = result.to(dtypes.TORCH[dtype])
        return Tensor(result, dtype)
    if isinstance(result, (list, tuple)):
        return [wrap(r) for r in result]
    if isinstance(result, dict):
        return {k: wrap(v) for k, v in result.items()}
    if isinstance(result, np.ndarray) and result.dtype == object:
        return Tensor(result, "string")
    return result


def to_torch(x, arg, op_name, dtype=None):
    """TF.js ``convertToTensor(x, arg, op)``: a torch tensor on the current device.

    Tensors pass through; numbers become float32 scalars (TF.js: a plain number is
    float32); nested lists / NumPy arrays / torch tensors are converted as
    ``tf.tensor`` does, with ``dtype`` when given.
    """
    if type(x) is Tensor or isinstance(x, Tensor):
        data = x._t
        if data is None:
            raise TFJSRuntimeError(DISPOSED)
        if not _State.mixed or x.dtype == "string":
            return data
        return engine.to_device(data)
    if isinstance(x, torch.Tensor):
        return engine.to_device(_narrow(x) if dtype is None else x.to(dtypes.TORCH[dtype]))
    if x is None or isinstance(x, (dict, set)) or callable(x):
        raise TFJSValueError(f"Argument '{arg}' passed to '{op_name}' must be a Tensor "
                             f"or TensorLike, but got '{js_typename(x)}'")
    engine.next_id()  # TF.js spends a tensor id on the converted value
    if type(x) in (float, int) and dtype in (None, "float32"):
        return torch.tensor(float(x), dtype=torch.float32, device=engine.device())
    from .creation import make_data
    return make_data(x, None, dtype, op_name)


def _narrow(t):
    name = dtypes.from_torch(t.dtype)
    return t if t.dtype == dtypes.TORCH[name] else t.to(dtypes.TORCH[name])


def dtype_of(t):
    """TF.js dtype name of a converted argument (torch tensor or string array)."""
    if isinstance(t, np.ndarray):
        return "string"
    return dtypes._FROM_TORCH[t.dtype]


def numeric(t, arg, op_name):
    """Reject string tensors as TF.js does for numeric ops."""
    if isinstance(t, np.ndarray):
        raise TFJSValueError(f"Argument '{arg}' passed to '{op_name}' must be numeric "
                             f"tensor, but got string tensor")
    return t


def check_dtype(t, allowed, arg, op_name):
    """TF.js ``assertDtype``: ``allowed`` is e.g. ``('float32',)`` or ``('bool',)``."""
    actual = dtype_of(t)
    if actual not in allowed:
        raise TFJSValueError(f"Argument '{arg}' passed to '{op_name}' must be "
                             f"{' or '.join(allowed)} tensor, but got {actual} tensor")
    return t


def scalar_like(value, like, dtype=None):
    """A 0-d torch tensor of ``value`` on ``like``'s device."""
    return torch.tensor(value, dtype=like.dtype if dtype is None else dtypes.TORCH[dtype],
                        device=like.device)
