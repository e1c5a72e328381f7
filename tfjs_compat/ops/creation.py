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
from ._op import check_dtype, numeric, op, scalar_like, to_torch

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
    # A copy: the tensor must not share memory with the caller's array.
    return engine.to_device(torch.from_numpy(np.array(data, order="C"))), dtype


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
        dtype, 64-bit types narrowed (float64 -> float32, int64 -> int32), and are
        copied. Numbers given with dtype 'string' fail at creation, not at
        ``dataSync()``. ``None`` in values is JS ``null`` (0); JS ``undefined`` (NaN)
        has no Python spelling.

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
        # NOTE: TF.js words this differently for rank 2 and for ranks 3-6.
        what = "a flat/TypedArray" if rank == 2 else "a flat array"
        raise TFJSValueError(f"{name}() requires shape to be provided when `values` "
                             f"are {what}")
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
    """torch tensor of ``shape`` filled with ``value`` (zeros/ones accept complex64)."""
    shape = check_shape(shape)
    if dtype == "string":
        raise TFJSValueError("Unknown data type string")
    return torch.full(shape, value, dtype=dtypes.to_torch(dtype), device=engine.device())


@op
def zeros(shape, dtype="float32"):
    """All-zeros tensor. TF.js: ``tf.zeros(shape, dtype='float32')``."""
    return _filled(shape, 0, dtype or "float32")


@op
def ones(shape, dtype="float32"):
    """All-ones tensor (complex64: ``1 + 0j``). TF.js: ``tf.ones(shape, dtype='float32')``."""
    return _filled(shape, 1, dtype or "float32")


def fill(shape, value, dtype=None):
    """Tensor filled with one value. TF.js: ``tf.fill(shape, value, dtype?)``.

    The value is stored as TF.js's typed arrays store it (int32 truncates and wraps,
    bool is ``ToUint8(v) != 0``, strings are parsed as numbers).
    """
    dtype = dtype or dtypes.infer(value)
    shape = check_shape(shape)
    if dtype == "string":
        data = np.empty(shape, dtype=object)
        data.fill(_convert.to_strings([value])[0])
        return Tensor(data, "string")
    if dtype == "complex64":
        raise TFJSValueError("Unknown data type complex64")
    dtypes.check(dtype)
    v = _convert.np_store(np.array([_convert.js_to_number(value)]), dtype)[0].item()
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
    """Identity matrix, or a batch of them (``batchShape`` of 1 to 3 dims).

    TF.js: ``tf.eye(numRows, numColumns?, batchShape?, dtype='float32')``.
    """
    cols = numRows if numColumns is None else numColumns
    shape = check_shape([numRows, cols])
    dtype = dtype or "float32"
    _check_buffer_dtype(dtype)
    if dtype == "string":
        raise TFJSValueError(_convert.DECODE_ERROR)
    m = torch.eye(*shape, dtype=dtypes.TORCH[dtype], device=engine.device())
    if batchShape is None:
        return m
    if not 1 <= len(batchShape) <= 3:
        raise TFJSValueError("eye() currently supports only 1D and 2D batchShapes, but "
                             f"received {len(batchShape)}D.")
    return m.expand(*check_shape(batchShape), *shape).clone()


def _check_buffer_dtype(dtype):
    """TF.js ``tf.buffer`` dtype checks (complex64 buffers do not exist)."""
    if dtype == "complex64":
        raise TFJSValueError(
            "complex64 dtype TensorBuffers are not supported. Please create a "
            "TensorBuffer for the real and imaginary parts separately and call "
            "tf.complex(real, imag).")
    return dtypes.check(dtype)


def _accumulate(start, step, n, dtype):
    """TF.js's ``values[0] = start; values[i] = values[i - 1] + step`` in a typed array
    of ``dtype``: every partial sum is stored (rounded or truncated) before the next."""
    start, step = float(start), float(step)
    if n == 0:
        return np.zeros(0, dtype=dtypes.NUMPY[dtype])
    if dtype == "float32" and float(np.float32(step)) == step:
        # float32 adds are exactly the double add rounded to float32 (no double-rounding
        # issue at 53 >= 2*24+2 bits), so NumPy's sequential accumulate matches.
        parts = np.full(n, step, dtype=np.float32)
        parts[0] = start
        return np.add.accumulate(parts, dtype=np.float32)
    if dtype == "int32" and step == int(step) and abs(step) * n < 2 ** 52:
        first = int(_convert.np_to_int32(np.array([start]))[0])
        return _convert.np_to_int32(first + np.arange(n, dtype=np.float64) * step)
    out = np.empty(n, dtype=dtypes.NUMPY[dtype])
    store = np.float32 if dtype == "float32" else (lambda v: _convert.np_to_int32(
        np.array([v]))[0])
    prev = out[0] = store(start)
    for i in builtins.range(1, n):
        prev = out[i] = store(float(prev) + step)
    return out


@op
def range(start, stop=None, step=1, dtype="float32"):  # noqa: A001 - TF.js name
    """Values from ``start`` towards ``stop`` (exclusive) by ``step``.

    TF.js: ``tf.range(start, stop, step=1, dtype='float32')``.

    TF.js's rules are kept: a decreasing range with step 1 counts down by 1; an
    increasing range with a negative step, a decreasing one with a step > 1, and a
    missing ``stop`` give an empty tensor; values are accumulated in float32/int32
    (``values[i] = values[i-1] + step``), so ``range(1, 2, 0.1)`` drifts like TF.js.

    Differences from TF.js: dtypes other than float32/int32 raise (TF.js builds a bool
    tensor holding 0, 1, 2, ... for 'bool').
    """
    if step == 0:
        raise TFJSValueError("Cannot have a step of zero")
    dtype = dtype or "float32"
    if dtypes.check(dtype) not in ("float32", "int32"):
        raise TFJSValueError(f"Unknown data type {dtype}")
    if stop is None or start == stop or (start < stop and step < 0) or (
            stop < start and step > 1):
        n = 0
    else:
        n = int(abs(math.ceil((stop - start) / step)))
        if stop < start and step == 1:
            step = -1
    values = _accumulate(start, step, n, dtype)
    return torch.from_numpy(values).to(engine.device())


@op
def linspace(start, stop, num):
    """``num`` evenly spaced float32 values from ``start`` to ``stop`` (inclusive, up to
    float32 accumulation, as TF.js: ``values[i] = values[i-1] + step``).

    TF.js: ``tf.linspace(start, stop, num)``.
    """
    if num <= 0:
        raise TFJSValueError("The number of values should be positive.")
    step = (stop - start) / (num - 1) if num > 1 else 0.0
    values = _accumulate(start, step, int(num), "float32")
    return torch.from_numpy(values).to(engine.device())


@op
def oneHot(indices, depth, onValue=1, offValue=0, dtype="int32"):  # noqa: N802,N803
    """One-hot encode int32 indices along a new last axis; out-of-range indices give
    a row of ``offValue``.

    TF.js: ``tf.oneHot(indices, depth, onValue=1, offValue=0, dtype='int32')``.
    ``onValue``/``offValue`` are stored as a ``dtype`` typed array stores them.
    """
    if depth < 2:
        raise TFJSValueError(f"Error in oneHot: depth must be >=2, but it is {depth}")
    idx = check_dtype(to_torch(indices, "indices", "oneHot", "int32"),
                      ("int32",), "indices", "oneHot")
    dtype = dtype or "int32"
    if dtypes.check(dtype) == "string":
        raise TFJSValueError(_convert.DECODE_ERROR)
    if dtype == "complex64":
        raise TFJSValueError("Unknown data type complex64")
    on, off = _convert.np_store(np.array([onValue, offValue], dtype=np.float64), dtype)
    hot = idx.unsqueeze(-1).to(torch.int64) == torch.arange(depth, device=idx.device)
    return torch.where(hot, scalar_like(on.item(), idx, dtype),
                       scalar_like(off.item(), idx, dtype))


@op
def complex(real, imag):  # noqa: A001 - TF.js name
    """Complex tensor from real and imaginary parts. TF.js: ``tf.complex(real, imag)``."""
    re = numeric(to_torch(real, "real", "complex"), "real", "complex").to(torch.float32)
    im = numeric(to_torch(imag, "imag", "complex"), "imag", "complex").to(torch.float32)
    if re.shape != im.shape:
        a, b = js_list(re.shape), js_list(im.shape)
        raise TFJSValueError(f"real and imag shapes, {a} and {b}, must match in call to "
                             f"tf.complex(). Shapes {a} and {b} must match")
    return torch.complex(re, im)


@op
def real(input):  # noqa: A002 - TF.js name
    """Real part of a complex tensor. TF.js: ``tf.real(input)``.

    Differences from TF.js: a real input is returned as float32 (TF.js crashes)."""
    x = numeric(to_torch(input, "input", "real"), "input", "real")
    return x.real.clone() if x.is_complex() else x.to(torch.float32)


@op
def imag(input):  # noqa: A002 - TF.js name
    """Imaginary part of a complex tensor. TF.js: ``tf.imag(input)``.

    Differences from TF.js: a real input gives zeros (TF.js crashes)."""
    x = numeric(to_torch(input, "input", "imag"), "input", "imag")
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

    float -> int32 truncates toward zero and wraps modulo 2**32 (NaN, +-Infinity -> 0);
    anything -> bool is ``x != 0`` (NaN -> true); complex64 -> real dtypes keep the
    real part. String tensors cannot be cast, not even to 'string' (as in TF.js).

    Differences from TF.js: int32 -> float32 rounds to float32 (TF.js keeps the int32
    buffer, so its ``dataSync()`` still shows 2147483647 exactly).
    """
    t = numeric(to_torch(x, "x", "cast"), "x", "cast")
    if dtype not in dtypes.DTYPES:
        name = "undefined" if dtype is None else dtype
        raise TFJSValueError(f"Failed to cast to unknown dtype {name}")
    if dtype == "string":
        raise TFJSValueError("Only strings can be casted to strings")
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
