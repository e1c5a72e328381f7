"""TensorBuffer: a mutable, host-side array that becomes a Tensor (TF.js ``tf.TensorBuffer``)."""
import math

import numpy as np

from . import dtypes
from .errors import TFJSValueError, js_list
from .ops import _convert

COMPLEX_ERROR = ("complex64 dtype TensorBuffers are not supported. Please create a "
                 "TensorBuffer for the real and imaginary parts separately and call "
                 "tf.complex(real, imag).")


class TensorBuffer:
    """TF.js ``tf.TensorBuffer``: ``set``/``get`` by coordinates, then ``toTensor()``.

    ``values`` is a flat NumPy array of the dtype (a NumPy object array of str for
    'string'); ``set`` stores a value as TF.js's typed array would (float32 rounds,
    int32 truncates and wraps, bool keeps ``ToUint8(v) != 0``).

    Differences from TF.js:
        ``values`` given to the constructor are converted as ``tf.tensor`` converts
        them (TF.js keeps the caller's array as-is until ``toTensor()``). An empty
        string buffer holds ``''`` (TF.js: ``null``, which ``toTensor()`` cannot
        decode). ``get`` returns 0/1 ints for bool as TF.js; a flat index outside
        the buffer raises (TF.js ignores the write or returns ``undefined``).
    """

    def __init__(self, shape, dtype="float32", values=None):
        self.shape = list(shape)
        self.dtype = dtypes.check(dtype)
        self.size = math.prod(self.shape)
        if values is not None and len(values) != self.size:
            raise TFJSValueError(f"Length of values '{len(values)}' does not match the "
                                 f"size inferred by the shape '{self.size}'.")
        if dtype == "complex64":
            raise TFJSValueError(COMPLEX_ERROR)
        self.values = _initial_values(values, self.dtype, self.size)
        self.strides = [math.prod(self.shape[i + 1:]) for i in range(len(self.shape) - 1)]

    @property
    def rank(self):
        """Number of dimensions."""
        return len(self.shape)

    def locToIndex(self, locs):  # noqa: N802 - TF.js name
        """Flat index of the coordinates ``locs`` (TF.js does not check their count)."""
        locs = list(locs)
        if self.rank == 0:
            return 0
        if self.rank == 1:
            return locs[0]
        index = locs[-1]
        for loc, stride in zip(locs[:-1], self.strides):
            index += stride * loc
        return index

    def indexToLoc(self, index):  # noqa: N802 - TF.js name
        """Coordinates of the flat ``index``."""
        if self.rank == 0:
            return []
        locs = []
        for stride in self.strides:
            locs.append(index // stride)
            index -= locs[-1] * stride
        return locs + [index]

    def get(self, *locs):
        """TF.js ``buffer.get(...locs)``: the value at the coordinates (bool as 0/1)."""
        locs = list(locs) or [0]
        for loc, dim in zip(locs, self.shape):
            if loc < 0 or loc >= dim:
                raise TFJSValueError(f"Requested out of range element at {js_list(locs)}. "
                                     f"  Buffer shape={js_list(self.shape)}")
        value = self.values[self._flat(locs)]
        if self.dtype == "string":
            return value
        return int(value) if self.dtype == "bool" else value.item()

    def set(self, value, *locs):
        """TF.js ``buffer.set(value, ...locs)`` (no coordinates means ``0``)."""
        locs = list(locs) or [0]
        if len(locs) != self.rank:
            raise TFJSValueError(f"The number of provided coordinates ({len(locs)}) must "
                                 f"match the rank ({self.rank})")
        index = self._flat(locs)
        if self.dtype == "string":
            self.values[index] = value
        else:
            num = np.array([_convert.js_to_number(value)], dtype=np.float64)
            self.values[index] = _convert.np_store(num, self.dtype)[0]

    def _flat(self, locs):
        index = self.locToIndex(locs)
        if not 0 <= index < self.size:
            raise TFJSValueError(f"Requested out of range element at {js_list(locs)}. "
                                 f"  Buffer shape={js_list(self.shape)}")
        return index

    def toTensor(self):  # noqa: N802 - TF.js name
        """TF.js ``buffer.toTensor()``: a new Tensor with a copy of the values."""
        from .ops.creation import tensor
        return tensor(self.values.copy(), self.shape, self.dtype)

    def _resolve(self):
        return self

    def __await__(self):
        return self
        yield  # pragma: no cover


def _initial_values(values, dtype, size):
    """The flat NumPy storage of a new buffer."""
    if values is None:
        if dtype == "string":
            return np.full(size, "", dtype=object)
        return np.zeros(size, dtype=dtypes.NUMPY[dtype])
    if dtype == "string":
        return np.array([str(v) if isinstance(v, np.str_) else v for v in values],
                        dtype=object).reshape(-1)
    if isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        return _convert.np_convert(values, dtype).reshape(-1).copy()
    flat, _ = _convert.from_list(list(values), dtype)
    return np.asarray(flat).reshape(-1).copy()
