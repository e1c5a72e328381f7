"""TensorBuffer: a mutable, host-side array that becomes a Tensor (TF.js ``tf.TensorBuffer``)."""
import math

import numpy as np

from . import dtypes
from .errors import TFJSValueError


class TensorBuffer:
    """TF.js ``tf.TensorBuffer``: ``set``/``get`` by coordinates, then ``toTensor()``."""

    def __init__(self, shape, dtype="float32", values=None):
        self.shape = list(shape)
        self.dtype = dtypes.check(dtype)
        self.size = math.prod(self.shape)
        if values is not None:
            n = len(values)
            if n != self.size and not (dtype == "string" and n == 0):
                raise TFJSValueError(f"Length of values '{n}' does not match the size "
                                     f"inferred by the shape '{self.size}'.")
        if dtype == "string":
            self.values = (np.array(list(values), dtype=object) if values is not None
                           else np.full(self.size, "", dtype=object))
        else:
            npdt = dtypes.NUMPY[dtype]
            self.values = (np.array(values, dtype=npdt).reshape(-1) if values is not None
                           else np.zeros(self.size, dtype=npdt))
        self.strides = [math.prod(self.shape[i + 1:]) for i in range(len(self.shape) - 1)]

    @property
    def rank(self):
        """Number of dimensions."""
        return len(self.shape)

    def locToIndex(self, locs):  # noqa: N802 - TF.js name
        """Flat index of the coordinates ``locs``."""
        if len(locs) != len(self.shape):
            raise TFJSValueError(f"The number of provided coordinates ({len(locs)}) must "
                                 f"match the rank ({len(self.shape)})")
        index = 0
        for loc, stride in zip(locs, self.strides + [1]):
            index += loc * stride
        return index

    def indexToLoc(self, index):  # noqa: N802 - TF.js name
        """Coordinates of the flat ``index``."""
        locs = []
        for stride in self.strides:
            locs.append(index // stride)
            index -= locs[-1] * stride
        if self.shape:
            locs.append(index)
        return locs

    def _index(self, locs):
        locs = list(locs)
        for i, (loc, dim) in enumerate(zip(locs, self.shape)):
            if loc < 0 or loc >= dim:
                raise TFJSValueError(f"Requested out of range element at {','.join(map(str, locs))}. "
                                     f"  Buffer shape={','.join(map(str, self.shape))}")
        return self.locToIndex(locs)

    def get(self, *locs):
        """TF.js ``buffer.get(...locs)``."""
        if not locs:
            locs = (0,)
        return self.values[self._index(locs)].item() if self.dtype != "string" else \
            self.values[self._index(locs)]

    def set(self, value, *locs):
        """TF.js ``buffer.set(value, ...locs)``."""
        if not locs and not self.shape:
            locs = ()
        self.values[self.locToIndex(list(locs)) if locs else 0] = value

    def toTensor(self):  # noqa: N802 - TF.js name
        """TF.js ``buffer.toTensor()``: a new Tensor with a copy of the values."""
        from .ops.creation import tensor
        return tensor(self.values.copy(), self.shape, self.dtype)

    def _resolve(self):
        return self

    def __await__(self):
        return self
        yield  # pragma: no cover
