"""Tensor: an immutable wrapper of one torch tensor (or a NumPy array of strings).

TF.js: ``tf.Tensor``. A Tensor never changes its data; ops return new Tensors.
``t.torch()`` is the documented way to reach the underlying ``torch.Tensor``.
"""
import math

import numpy as np
import torch

from . import dtypes, engine
from . import format as fmt
from ._jsobject import resolved
from ._tensor_methods import TensorMethods
from .errors import DISPOSED, TFJSRuntimeError, TFJSValueError

from weakref import ref as _weakref  # noqa: E402

_STATE, _MEMORY, _SCOPES, _Handle = engine._State, engine._Memory, engine._scopes, engine._Handle
_BYTES = dtypes.BYTES_PER_ELEMENT


def _nbytes(data, dtype, size):
    if dtype == "string":
        return int(sum(len(s.encode("utf-8")) for s in data.reshape(-1)))
    return dtypes.BYTES_PER_ELEMENT[dtype] * size


class Tensor(TensorMethods):
    """TF.js ``tf.Tensor``: an immutable n-dimensional array.

    Differences from TF.js:
        ``shape`` returns a fresh list (TF.js hands out its internal array).
        A tensor that Python garbage-collects is released from ``tf.memory()``.
    """

    __slots__ = ("_t", "_shape", "dtype", "id", "_fin", "_kept", "_buf", "__weakref__")
    # NOTE: comparisons return Tensors, so hashing falls back to identity.
    __hash__ = object.__hash__

    def __init__(self, data, dtype=None, buf=None, scoped=True):
        """Wrap a torch tensor (numeric) or a NumPy object array (``dtype='string'``).

        Internal: users create tensors with ``tf.tensor`` and friends.
        """
        if dtype is None:
            dtype = dtypes.from_torch(data.dtype)
        self._t = data
        self._shape = data.shape
        self.dtype = dtype
        self.id = next(engine._ids)
        self._kept = False
        self._buf = buf = next(engine._buffer_ids) if buf is None else buf
        if dtype == "string":
            self._fin = engine.register(self, buf, _nbytes(data, dtype, 0), True, scoped)
            return
        # Inlined engine.register for numeric tensors (the hot path of every op).
        if _STATE.backend is None:
            engine._init()
        nbytes = _BYTES[dtype] * data.numel()
        mem = _MEMORY
        mem.num_tensors += 1
        mem.num_bytes += nbytes
        buffers = mem.buffers
        buffers[buf] = buffers.get(buf, 0) + 1
        if scoped and _SCOPES:
            _SCOPES[-1].append(_weakref(self))
        self._fin = _Handle(buf, nbytes, False)

    def __del__(self):
        try:
            fin = self._fin
        except AttributeError:      # construction failed before registering
            return
        if fin.alive:
            fin()

    # --- properties ---------------------------------------------------------------
    @property
    def shape(self):
        """Dimensions as a list (a scalar has ``[]``)."""
        return list(self._shape)

    @property
    def rank(self):
        """Number of dimensions."""
        return len(self._shape)

    @property
    def size(self):
        """Number of elements."""
        return math.prod(self._shape)

    @property
    def strides(self):
        """Row-major element strides, without the last one (TF.js ``strides``)."""
        out, acc = [], 1
        for d in reversed(self._shape[1:]):
            acc *= d
            out.append(acc)
        return out[::-1]

    @property
    def isDisposed(self):  # noqa: N802 - TF.js name
        """True once ``dispose()`` was called (or a tidy scope disposed it).

        TF.js: ``Tensor.isDisposed``."""
        return self._t is None

    @property
    def kept(self):
        """True once ``tf.keep`` protected this tensor."""
        return self._kept

    @property
    def rankType(self):  # noqa: N802 - TF.js name
        """The rank as a string (TF.js ``rankType``)."""
        return str(len(self._shape)) if len(self._shape) <= 6 else "R"

    def _data(self):
        """The torch tensor (or string array); raises if disposed."""
        if self._t is None:
            raise TFJSRuntimeError(DISPOSED)
        return self._t

    def torch(self):
        """The underlying ``torch.Tensor``: the documented way out to PyTorch.

        Not in TF.js. The tensor is shared, not copied (do not modify it in place); it
        lives on the device of the backend that created it and never requires grad.
        For a copy use ``t.torch().clone()``; for NumPy use ``np.asarray(t)``.
        String tensors have no torch form and raise.
        """
        data = self._data()
        if self.dtype == "string":
            raise TFJSValueError("String tensors have no torch.Tensor form; use dataSync().")
        return data

    # --- readers ------------------------------------------------------------------
    def _host(self):
        """A NumPy copy of the data in the tensor's shape."""
        data = self._data()
        if self.dtype == "string":
            return data.copy()
        return data.detach().cpu().numpy().copy()

    def dataSync(self):  # noqa: N802 - TF.js name
        """TF.js ``dataSync()``: the values as a flat NumPy array (list of str for strings).

        Differences from TF.js: bool gives a NumPy ``bool`` array (TF.js: Uint8Array
        of 0/1); complex64 gives interleaved float32 ``[re0, im0, re1, im1, ...]`` as TF.js.
        The array is a copy (TF.js hands out the tensor's own buffer, so writes to it
        change the tensor; ``bufferSync()`` shares it the same way).
        """
        host = self._host().reshape(-1)
        if self.dtype == "string":
            return list(host)
        if self.dtype == "complex64":
            return host.view(np.float32).copy()
        return host

    def data(self):
        """TF.js ``data()``: ``dataSync()``, also awaitable."""
        return resolved(self.dataSync())

    def arraySync(self):  # noqa: N802 - TF.js name
        """TF.js ``arraySync()``: nested Python lists (a scalar gives a bare value).

        bool values are 0/1 ints as in TF.js; complex64 interleaves re/im along the
        last axis, doubling it, as TF.js does (a complex scalar gives its real part).
        """
        host = self._host()
        if host.size == 0:
            return []   # TF.js: any empty tensor reads as [] (even shape [2, 0])
        if self.dtype == "bool":
            host = host.astype(np.int32)
        elif self.dtype == "complex64":
            # NOTE: a complex scalar reads as its real part only, as in TF.js.
            host = host.real if host.ndim == 0 else host.view(np.float32)
        return host.tolist()

    def array(self):
        """TF.js ``array()``: ``arraySync()``, also awaitable."""
        return resolved(self.arraySync())

    def bytes(self):
        """TF.js ``bytes()``: the raw little-endian bytes as a uint8 NumPy array;
        for string tensors a list of the UTF-8 ``bytes`` of each element. Awaitable."""
        host = self._host().reshape(-1)
        if self.dtype == "string":
            return resolved([s.encode("utf-8") for s in host])
        return resolved(np.ascontiguousarray(host).astype(host.dtype.newbyteorder("<"))
                        .view(np.uint8))

    def bufferSync(self):  # noqa: N802 - TF.js name
        """TF.js ``bufferSync()``: a mutable TensorBuffer copy of the data."""
        from .buffer import TensorBuffer
        if self.dtype == "complex64":
            raise TFJSValueError(
                f"Length of values '{2 * self.size}' does not match the size inferred "
                f"by the shape '{self.size}'.")
        return TensorBuffer(self.shape, self.dtype, self.dataSync())

    def buffer(self):
        """TF.js ``buffer()``: ``bufferSync()``, also awaitable."""
        return self.bufferSync()

    # --- text -----------------------------------------------------------------------
    def toString(self, verbose=False):  # noqa: N802 - TF.js name
        """TF.js ``toString(verbose)``: the text ``print`` writes."""
        host = self._host().reshape(-1)
        return fmt.to_string(host, self._shape, self.dtype, verbose)

    def print(self, verbose=False):
        """TF.js ``print(verbose)``: writes ``toString(verbose)`` to stdout."""
        print(self.toString(verbose))

    def __str__(self):
        return self.toString()

    __repr__ = __str__

    # --- lifetime -------------------------------------------------------------------
    def dispose(self):
        """Release the tensor's data; calling it again does nothing.

        TF.js: ``Tensor.dispose()``. Afterwards every reader and method raises
        ``Tensor is disposed.``; ``shape``, ``dtype`` and ``id`` stay readable.
        """
        if self._t is not None:
            self._fin()
            self._t = None

    def clone(self):
        """TF.js ``clone()``: a new tensor (new id) sharing this one's data."""
        return Tensor(self._data(), self.dtype, buf=self._buf)

    def __await__(self):
        """``await t`` gives ``t``: ops that return a Promise of a Tensor in TF.js
        (``whereAsync``, ``booleanMaskAsync``...) return the Tensor itself."""
        return self
        yield  # pragma: no cover  (makes this a generator, as __await__ requires)

    # --- interop ---------------------------------------------------------------------
    def __array__(self, dtype=None, copy=None):
        """NumPy's protocol: ``np.asarray(t)`` / ``np.array(t)`` (NumPy 2 arguments).

        ``copy=False`` returns a view of a CPU tensor's memory (do not modify it) and
        raises ``ValueError`` where a view is impossible (device memory, strings, a
        different ``dtype``). String tensors give an object array of ``str``.
        """
        if copy is False:
            data = self._data()
            if self.dtype == "string" or not engine.is_host(data):
                raise ValueError(f"A copy is needed to turn this {self.dtype} tensor into "
                                 f"a NumPy array ({self._where()}).")
            out = data.detach().numpy()
            if dtype is not None and np.dtype(dtype) != out.dtype:
                raise ValueError(f"A copy is needed to turn a {self.dtype} tensor into "
                                 f"a NumPy array of dtype {np.dtype(dtype)}.")
            return out
        out = self._host()
        return out if dtype is None else out.astype(dtype, copy=False)

    def __dlpack__(self, **kwargs):
        """DLPack export of the underlying torch tensor (``torch.from_dlpack(t)``,
        ``np.from_dlpack(t)`` for CPU tensors); shares memory."""
        return self.torch().detach().__dlpack__(**kwargs)

    def __dlpack_device__(self):
        """DLPack device of the underlying torch tensor."""
        return self.torch().__dlpack_device__()

    def __bool__(self):
        """Truth of a one-element tensor (its value != 0); larger tensors raise.

        Not in TF.js (a JS object is always truthy); this follows NumPy and torch so
        that ``if t:`` and ``while loss > 0.1:`` work on scalars.
        """
        return bool(self._scalar_value("bool"))

    def __float__(self):
        """``float(t)`` of a one-element numeric tensor. Not in TF.js."""
        return float(self._scalar_value("float"))

    def __int__(self):
        """``int(t)`` of a one-element numeric tensor (truncates). Not in TF.js."""
        return int(self._scalar_value("int"))

    def _where(self):
        if self.dtype == "string":
            return "strings are stored as Python objects"
        return f"its data is on {engine.backend_of(self._t)}"

    def _scalar_value(self, kind):
        data = self._data()
        if self.size != 1:
            raise TFJSValueError(
                f"Only a tensor with one element converts to a Python {kind}, got shape "
                f"[{','.join(map(str, self._shape))}].")
        if self.dtype == "string" and kind != "bool":
            raise TFJSValueError(f"A string tensor does not convert to a Python {kind}.")
        if self.dtype == "complex64" and kind != "bool":
            raise TFJSValueError(f"A complex64 tensor does not convert to a Python {kind}.")
        if self.dtype == "string":
            return data.reshape(-1)[0] != ""
        return data.reshape(-1)[0].item()
