"""Tensor creation: tf.tensor, tensor1d..6d, scalar, zeros, ones, fill, eye, range,
linspace, oneHot, complex, real, imag, buffer, clone, cast, print."""
import builtins
import math
import numbers

import numpy as np
import torch

from .. import dtypes, engine
from ..buffer import TensorBuffer
from ..errors import TFJSValueError, js_list
from ..tensor import Tensor
from . import _convert
from ._op import check_dtype, dtype_of, numeric, op, to_torch

_NAMES = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def check_shape(shape):
    """TF.js ``assertNonNegativeIntegerDimensions``."""
    shape = list(shape)
    for d in shape:
        if isinstance(d, bool) or not isinstance(d, numbers.Real) or d < 0 or d != int(d):
            raise TFJSValueError("Tensor must have a shape comprised of positive integers "
                                 f"but got shape [{js_list(shape)}].")
    return [int(d) for d in shape]


def _check_dtype_arg(dtype):
    if dtype == "complex64":
        raise TFJSValueError("Cannot construct a complex64 tensor directly. "
                             "Please use tf.complex(real, imag).")
    if dtype is not None:
        dtypes.check(dtype)


def _from_array(values, dtype):
    """NumPy array / torch tensor -> (torch tensor or string array, dtype)."""
    if isinstance(values, torch.Tensor):
        values = values.detach()
        src = dtypes.from_torch(values.dtype)
        if dtype is None or dtype == src:
            target = dtypes.TORCH[src]
            t = values if values.dtype == target else values.to(target)
            return engine.to_device(t.clone()), src
        values = values.cpu().numpy()
    src = _convert.dtype_of_numpy(values)
    dtype = dtype or src
    if src == "string" or dtype == "string":
        return _convert.to_strings(values.reshape(-1)).reshape(values.shape), dtype
    if src == "complex64":
        if dtype != "complex64":
            raise TFJSValueError("Cannot construct a complex64 tensor directly. "
                                 "Please use tf.complex(real, imag).")
        data = np.asarray(values, dtype=np.complex64)
    else:
        data = _convert.np_convert(values, dtype).reshape(values.shape)
    return engine.to_device(torch.from_numpy(np.ascontiguousarray(data))), dtype


def make_data(values, shape=None, dtype=None, api="tensor"):
    """TF.js ``makeTensor`` checks and conversion; returns torch data (or strings)."""
    if isinstance(values, Tensor) or values is None or isinstance(values, (dict, set)):
        raise TFJSValueError(_convert.VALUES_ERROR)
    if isinstance(values, (np.ndarray, torch.Tensor)):
        data, _ = _from_array(values, dtype)
        inferred = list(data.shape)
        flat = None
    else:
        dtype = dtype or dtypes.infer(values)
        flat, inferred = _convert.from_list(values, dtype)
        data = None
    if shape is not None:
        shape = _check_given_shape(shape, inferred)
    else:
        shape = inferred
    if data is None:
        if dtype == "string":
            return flat.reshape(shape)
        return engine.to_device(torch.from_numpy(np.ascontiguousarray(flat)).reshape(shape))
    return data.reshape(shape)


def _check_given_shape(shape, inferred):
    shape = check_shape(shape)
    given, have = math.prod(shape), math.prod(inferred)
    if given != have:
        raise TFJSValueError(f"Based on the provided shape, [{js_list(shape)}], the tensor "
                             f"should have {given} values but has {have}")
    for i, d in enumerate(inferred):
        flat_ok = i == len(inferred) - 1 and d == math.prod(shape[i:])
        if d != (shape[i] if i < len(shape) else None) and not flat_ok:
            raise TFJSValueError(
                f"Error creating a new Tensor. Inferred shape ({js_list(inferred)}) does not "
                f"match the provided shape ({js_list(shape)}). ")
    return shape


def _new(values, shape, dtype, api="tensor"):
    _check_dtype_arg(dtype)
    data = make_data(values, shape, dtype, api)
    if isinstance(data, np.ndarray):
        return Tensor(data, "string")
    return Tensor(data)


def tensor(values, shape=None, dtype=None):
    """Create a tensor from nested lists, a scalar, a NumPy array or a torch tensor.

    TF.js: ``tf.tensor(values, shape?, dtype?)``.

    Args:
        values: number | boolean | string | nested lists | NumPy array | torch.Tensor.
        shape: optional list of dims; flat values are reshaped to it.
        dtype: 'float32' | 'int32' | 'bool' | 'string'; inferred from the first element
            when omitted (JS numbers -> 'float32').

    Differences from TF.js:
        Ragged nested lists raise TF.js's consistency error (TF.js accepts them unless
        a debug flag is set and builds a broken tensor). NumPy/torch inputs keep their
        dtype, 64-bit types narrowed (float64 -> float32, int64 -> int32). Numbers given
        with dtype 'string' fail at creation, not at ``dataSync()``.

    Example:
        >>> tf.tensor([[1, 2], [3, 4]]).print()
        Tensor
            [[1, 2],
             [3, 4]]
    """
    return _new(values, shape, dtype)


def _flat_or_nested_check(values, shape, rank, dtype):
    name = f"tensor{rank}d"
    if shape is not None and len(shape) != rank:
        raise TFJSValueError(f"{name}() requires shape to have {_NAMES[rank]} numbers")
    inferred = _convert.infer_shape(values)
    if len(inferred) != rank and len(inferred) != 1:
        brackets = "[]" * rank
        raise TFJSValueError(f"{name}() requires values to be number{brackets} or "
                             f"flat/TypedArray")
    if len(inferred) == 1 and shape is None and rank != 1:
        raise TFJSValueError(f"{name}() requires shape to be provided when `values` "
                             f"are a flat/TypedArray")
    return _new(values, shape, dtype)


def scalar(value, dtype=None):
    """Create a rank-0 tensor. TF.js: ``tf.scalar(value, dtype?)``.

    Example:
        >>> tf.scalar(3.5).print()
        Tensor
            3.5
    """
    if isinstance(value, (list, tuple, np.ndarray)) and not (
            isinstance(value, np.ndarray) and value.ndim == 0):
        raise TFJSValueError("Error creating a new Scalar: value must be a primitive "
                             "(number|boolean|string)")
    return _new(value, [], dtype)


def tensor1d(values, dtype=None):
    """Create a rank-1 tensor. TF.js: ``tf.tensor1d(values, dtype?)``."""
    if len(_convert.infer_shape(values)) != 1:
        raise TFJSValueError("tensor1d() requires values to be a flat/TypedArray")
    return _new(values, None, dtype)


def tensor2d(values, shape=None, dtype=None):
    """Create a rank-2 tensor. TF.js: ``tf.tensor2d(values, shape?, dtype?)``."""
    return _flat_or_nested_check(values, shape, 2, dtype)


def tensor3d(values, shape=None, dtype=None):
    """Create a rank-3 tensor. TF.js: ``tf.tensor3d(values, shape?, dtype?)``."""
    return _flat_or_nested_check(values, shape, 3, dtype)


def tensor4d(values, shape=None, dtype=None):
    """Create a rank-4 tensor. TF.js: ``tf.tensor4d(values, shape?, dtype?)``."""
    return _flat_or_nested_check(values, shape, 4, dtype)


def tensor5d(values, shape=None, dtype=None):
    """Create a rank-5 tensor. TF.js: ``tf.tensor5d(values, shape?, dtype?)``."""
    return _flat_or_nested_check(values, shape, 5, dtype)


def tensor6d(values, shape=None, dtype=None):
    """Create a rank-6 tensor. TF.js: ``tf.tensor6d(values, shape?, dtype?)``."""
    return _flat_or_nested_check(values, shape, 6, dtype)


def _filled(shape, value, dtype):
    shape = check_shape(shape)
    if dtype == "string":
        raise TFJSValueError("Unknown data type string")
    dev = engine.device()
    return torch.full(shape, value, dtype=dtypes.to_torch(dtype), device=dev)


@op
def zeros(shape, dtype="float32"):
    """All-zeros tensor. TF.js: ``tf.zeros(shape, dtype='float32')``."""
    return _filled(shape, 0, dtype or "float32")


@op
def ones(shape, dtype="float32"):
    """All-ones tensor. TF.js: ``tf.ones(shape, dtype='float32')``."""
    return _filled(shape, 1, dtype or "float32")


def fill(shape, value, dtype=None):
    """Tensor filled with one value. TF.js: ``tf.fill(shape, value, dtype?)``."""
    dtype = dtype or dtypes.infer(value)
    shape = check_shape(shape)
    if dtype == "string":
        data = np.empty(shape, dtype=object)
        data.fill(value)
        return Tensor(data, "string")
    dtypes.check(dtype)
    v = _convert.np_convert(np.array([_convert.js_to_number(value)]), dtype)[0].item()
    return Tensor(_filled(shape, v, dtype))


@op
def zerosLike(x):  # noqa: N802 - TF.js name
    """Zeros with the shape and dtype of ``x``. TF.js: ``tf.zerosLike(x)``."""
    x = numeric(to_torch(x, "x", "zerosLike"), "x", "zerosLike")
    return torch.zeros_like(x)


@op
def onesLike(x):  # noqa: N802 - TF.js name
    """Ones with the shape and dtype of ``x``. TF.js: ``tf.onesLike(x)``."""
    x = numeric(to_torch(x, "x", "onesLike"), "x", "onesLike")
    return torch.ones_like(x)


@op
def eye(numRows, numColumns=None, batchShape=None, dtype="float32"):  # noqa: N803
    """Identity matrix (or batch of them).
    TF.js: ``tf.eye(numRows, numColumns?, batchShape?, dtype='float32')``."""
    cols = numRows if numColumns is None else numColumns
    m = torch.eye(numRows, cols, dtype=dtypes.to_torch(dtype or "float32"),
                  device=engine.device())
    if batchShape:
        m = m.expand(*check_shape(batchShape), numRows, cols).clone()
    return m


@op
def range(start, stop=None, step=1, dtype="float32"):  # noqa: A001 - TF.js name
    """Evenly spaced values in [start, stop). TF.js: ``tf.range(start, stop, step=1,
    dtype='float32')``.

    Like TF.js, a decreasing range with step 1 counts down, and ``stop=None`` gives an
    empty tensor.
    """
    if step == 0:
        raise TFJSValueError("Cannot have a step of zero")
    dtype = dtype or "float32"
    if dtypes.check(dtype) not in ("float32", "int32"):
        raise TFJSValueError(f"Unknown data type {dtype}")
    n = 0
    if stop is not None and start != stop and not (start < stop and step < 0) and not (
            stop < start and step > 1):
        if stop < start and step == 1:
            step = -1
        n = math.ceil(abs((stop - start) / step))
    values = start + np.arange(n, dtype=np.float64) * step
    return torch.from_numpy(_convert.np_convert(values, dtype)).to(engine.device())


@op
def linspace(start, stop, num):
    """``num`` evenly spaced float32 values from start to stop inclusive.
    TF.js: ``tf.linspace(start, stop, num)``."""
    if num <= 0:
        raise TFJSValueError("The number of values should be positive.")
    step = (stop - start) / (num - 1) if num > 1 else 0
    values = start + np.arange(num, dtype=np.float64) * step
    if num > 1:
        values[-1] = start + (num - 1) * step
    return torch.from_numpy(values.astype(np.float32)).to(engine.device())


@op
def oneHot(indices, depth, onValue=1, offValue=0, dtype="int32"):  # noqa: N802,N803
    """One-hot encode int32 indices along a new last axis.
    TF.js: ``tf.oneHot(indices, depth, onValue=1, offValue=0, dtype='int32')``.
    Out-of-range indices give a row of ``offValue``."""
    idx = check_dtype(to_torch(indices, "indices", "oneHot", "int32"),
                      ("int32",), "indices", "oneHot")
    if depth < 2:
        raise TFJSValueError(f"Error in oneHot: depth must be >=2, but it is {depth}")
    tdt = dtypes.to_torch(dtype or "int32")
    classes = torch.arange(depth, device=idx.device)
    hot = idx.unsqueeze(-1).to(torch.int64) == classes
    on = torch.tensor(onValue, dtype=tdt, device=idx.device)
    off = torch.tensor(offValue, dtype=tdt, device=idx.device)
    return torch.where(hot, on, off)


@op
def complex(real, imag):  # noqa: A001 - TF.js name
    """Complex tensor from real and imaginary parts. TF.js: ``tf.complex(real, imag)``."""
    re = to_torch(real, "real", "complex").to(torch.float32)
    im = to_torch(imag, "imag", "complex").to(torch.float32)
    if re.shape != im.shape:
        a, b = js_list(re.shape), js_list(im.shape)
        raise TFJSValueError(f"real and imag shapes, {a} and {b}, must match in call to "
                             f"tf.complex(). Shapes {a} and {b} must match")
    return torch.complex(re, im)


@op
def real(input):  # noqa: A002 - TF.js name
    """Real part of a complex tensor. TF.js: ``tf.real(input)``.

    Differences from TF.js: a real input is returned as float32 (TF.js crashes)."""
    x = to_torch(input, "input", "real")
    return x.real.clone() if x.is_complex() else x.to(torch.float32)


@op
def imag(input):  # noqa: A002 - TF.js name
    """Imaginary part of a complex tensor. TF.js: ``tf.imag(input)``.

    Differences from TF.js: a real input gives zeros (TF.js crashes)."""
    x = to_torch(input, "input", "imag")
    return x.imag.clone() if x.is_complex() else torch.zeros_like(x, dtype=torch.float32)


def buffer(shape, dtype="float32", values=None):
    """A mutable TensorBuffer. TF.js: ``tf.buffer(shape, dtype='float32', values?)``."""
    return TensorBuffer(check_shape(shape), dtype or "float32", values)


def clone(x):
    """A new tensor sharing ``x``'s data. TF.js: ``tf.clone(x)``."""
    if isinstance(x, Tensor):
        return x.clone()
    data = to_torch(x, "x", "clone")
    return Tensor(data, "string") if isinstance(data, np.ndarray) else Tensor(data)


@op
def cast(x, dtype):
    """Convert to another dtype. TF.js: ``tf.cast(x, dtype)``.

    float -> int32 truncates toward zero and wraps modulo 2**32 (NaN -> 0);
    anything -> bool is ``x != 0``; complex -> float32 keeps the real part.
    """
    t = to_torch(x, "x", "cast")
    if dtype == "string":
        if dtype_of(t) == "string":
            return Tensor(t, "string")
        raise TFJSValueError("Only strings can be casted to strings")
    numeric(t, "x", "cast")
    if dtype not in dtypes.TORCH:
        raise TFJSValueError(f"Failed to cast to unknown dtype {dtype}")
    return cast_torch(t, dtype)


def cast_torch(t, dtype):
    """TF.js cast rules on a torch tensor."""
    target = dtypes.TORCH[dtype]
    if t.dtype == target:
        return t
    if t.is_complex() and dtype != "complex64":
        t = t.real
    if dtype == "int32" and t.is_floating_point():
        # JS ToInt32: truncate, wrap modulo 2**32, NaN/inf -> 0.
        t64 = torch.where(torch.isfinite(t), torch.trunc(t.double()), 0.0)
        t64 = torch.fmod(t64, 4294967296.0).to(torch.int64)
        return (torch.remainder(t64 + 2**31, 2**32) - 2**31).to(torch.int32)
    if dtype == "bool":
        return t != 0
    return t.to(target)


def print(x, verbose=False):  # noqa: A001 - TF.js name
    """Write ``x.toString(verbose)`` to stdout. TF.js: ``tf.print(x, verbose=false)``."""
    if not isinstance(x, Tensor):
        x = tensor(x)
    builtins.print(x.toString(verbose))
