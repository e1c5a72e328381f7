"""Pooling layers: max/average pooling 1d/2d/3d and global max/average pooling 1d/2d
(TF.js ``tfjs-layers/src/layers/pooling.ts``).

'same' pads as TF.js does (odd pixel at the end); average pooling leaves the padding out
of each window's count. 'causal' is accepted and computed like 'valid', as in TF.js.
"""
import math

import torch
import torch.nn.functional as F

from ..errors import TFJSError, TFJSValueError
from ..initializers import js_json
from .base import InputSpec, Layer
from .convolutional import (check_choice, conv_output_length, from_cf, pad_spatial,
                            require_float, same_pads, to_cf)

__all__ = ["MaxPooling1D", "MaxPooling2D", "MaxPooling3D", "AveragePooling1D",
           "AveragePooling2D", "AveragePooling3D", "GlobalMaxPooling1D",
           "GlobalMaxPooling2D", "GlobalAveragePooling1D", "GlobalAveragePooling2D",
           "pool_forward"]

_MAX_FNS = {2: F.max_pool2d, 3: F.max_pool3d}
_AVG_FNS = {2: F.avg_pool2d, 3: F.avg_pool3d}


def _assert_positive_integers(values, name):
    """TF.js ``assertPositiveInteger`` on an array (elements counted from 1)."""
    for i, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0 or v != int(v):
            raise TFJSError(f"Expected element {i + 1} of {name} to be a positive integer, "
                            f"but got {js_json(v)}.")


def pool_forward(x, kind, pool, strides, padding):
    """Max ('max') or average ('avg') pooling of channels-first 2-D/3-D ``x``."""
    rank = x.ndim - 2
    sizes = list(x.shape[2:])
    if padding == "same":
        pads = same_pads(sizes, pool, strides, [1] * rank)
        out = [-(-n // s) for n, s in zip(sizes, strides)]
    else:
        pads = [(0, 0)] * rank
        out = [conv_output_length(n, k, "valid", s) for n, k, s in zip(sizes, pool, strides)]
    if any(n <= 0 for n in out):   # window larger than the input: TF.js returns empty
        return x.new_zeros(list(x.shape[:2]) + [max(n, 0) for n in out])
    symmetric = all(b == a for b, a in pads)
    if kind == "max":
        if not symmetric:
            x = pad_spatial(x, pads, value=-math.inf)
        pad_arg = [b for b, _ in pads] if symmetric else 0
        return _MAX_FNS[rank](x, pool, strides, pad_arg)
    if symmetric:
        return _AVG_FNS[rank](x, pool, strides, [b for b, _ in pads], count_include_pad=False)
    # Asymmetric 'same': window sums over the zero-padded input / real element counts.
    sums = _AVG_FNS[rank](pad_spatial(x, pads), pool, strides, divisor_override=1)
    ones = pad_spatial(x.new_ones([1, 1] + sizes), pads)
    counts = _AVG_FNS[rank](ones, pool, strides, divisor_override=1)
    return sums / counts


def _max_pool_any_dtype(x, pool, strides, padding):
    """Max pooling that keeps int32 inputs int32 (TF.js ``maxPool`` supports them)."""
    if x.is_floating_point():
        return pool_forward(x, "max", pool, strides, padding)
    return pool_forward(x.to(torch.float32), "max", pool, strides, padding).to(x.dtype)


class _Pooling(Layer):
    """TF.js ``Pooling2D``/``Pooling3D``: ``poolSize``, ``strides``, ``padding``,
    ``dataFormat``."""

    _torch_call = True
    rank = 2
    kind = "max"

    def __init__(self, pool_size=None, strides=None, padding=None, data_format=None,
                 **base):
        super().__init__(**base)
        n = self.rank
        pool = [2] * n if pool_size is None else pool_size
        self.pool_size = list(pool) if isinstance(pool, (list, tuple)) else [pool] * n
        if strides is None:
            self.strides = list(self.pool_size)
        elif isinstance(strides, (list, tuple)):
            if len(strides) != n:
                raise TFJSValueError(f"If the strides property of a {n}D pooling layer is "
                                     f"an Array, it is expected to have a length of {n}, "
                                     f"but received length {len(strides)}.")
            self.strides = list(strides)
        else:
            self.strides = [strides] * n
        _assert_positive_integers(self.pool_size, "poolSize")
        _assert_positive_integers(self.strides, "strides")
        check_choice(data_format, ("channelsFirst", "channelsLast"), "DataFormat")
        self.data_format = data_format or "channelsLast"
        check_choice(padding, ("valid", "same", "causal"), "PaddingMode")
        self.padding = padding or "valid"
        self.input_spec = InputSpec(ndim=n + 2)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        cf = self.data_format == "channelsFirst"
        spatial = list(inputShape[2:] if cf else inputShape[1:-1])
        out = [conv_output_length(s, k, self.padding, st)
               for s, k, st in zip(spatial, self.pool_size, self.strides)]
        channels = inputShape[1] if cf else inputShape[-1]
        return [inputShape[0], channels] + out if cf else [inputShape[0]] + out + [channels]

    def call(self, inputs, training=False, mask=None):
        x = to_cf(self._check_dtype(inputs), self.data_format)
        pool, strides = self.pool_size[:self.rank], self.strides
        if self.kind == "max":
            y = _max_pool_any_dtype(x, pool, strides, self.padding)
        else:
            y = pool_forward(x, "avg", pool, strides, self.padding)
        return from_cf(y, self.data_format)

    def _check_dtype(self, x):
        if self.kind == "avg":
            return require_float(x, "avgPool" if self.rank < 3 else "avgPool3d")
        if self.rank == 3 and not x.is_floating_point():
            return x.to(torch.float32)   # TF.js maxPool3d casts to float32
        return x

    def get_config(self):
        return {"pool_size": self.pool_size, "padding": self.padding,
                "strides": self.strides, "data_format": self.data_format,
                **super().get_config()}


class _Pooling1D(_Pooling):
    """TF.js ``Pooling1D``: pools [batch, steps, channels] (always channels-last: TF.js
    ignores ``dataFormat`` here and leaves it out of the config)."""

    rank = 1

    def __init__(self, pool_size=None, strides=None, padding=None, data_format=None,
                 **base):
        Layer.__init__(self, **base)
        self.pool_size = _one_number(2 if pool_size is None else pool_size, "poolSize")
        _assert_positive_integers(self.pool_size, "poolSize")
        self.strides = list(self.pool_size) if strides is None else \
            _one_number(strides, "strides")
        _assert_positive_integers(self.strides, "strides")
        check_choice(padding, ("valid", "same", "causal"), "PaddingMode")
        self.padding = padding or "valid"
        self.data_format = "channelsLast"
        self.input_spec = InputSpec(ndim=3)

    def call(self, inputs, training=False, mask=None):
        x = self._check_dtype(inputs).transpose(1, 2).unsqueeze(-1)   # (b, c, steps, 1)
        pool, strides = [self.pool_size[0], 1], [self.strides[0], 1]
        if self.kind == "max":
            y = _max_pool_any_dtype(x, pool, strides, self.padding)
        else:
            y = pool_forward(x, "avg", pool, strides, self.padding)
        return y.squeeze(-1).transpose(1, 2)

    def get_config(self):
        config = super().get_config()
        config.pop("data_format")
        return config


def _one_number(value, name):
    if isinstance(value, (list, tuple)):
        if len(value) != 1:
            raise TFJSValueError(f"{name} for 1D convolutional layer must be a number or an "
                                 f"Array of a single number, but received {js_json(value)}")
        return list(value)
    return [value]


class MaxPooling1D(_Pooling1D):
    """TF.js ``MaxPooling1D``."""


class AveragePooling1D(_Pooling1D):
    """TF.js ``AveragePooling1D``."""

    kind = "avg"


class MaxPooling2D(_Pooling):
    """TF.js ``MaxPooling2D``."""


class AveragePooling2D(_Pooling):
    """TF.js ``AveragePooling2D``."""

    kind = "avg"


class MaxPooling3D(_Pooling):
    """TF.js ``MaxPooling3D``."""

    rank = 3


class AveragePooling3D(_Pooling):
    """TF.js ``AveragePooling3D``."""

    rank = 3
    kind = "avg"


class _GlobalPooling(Layer):
    """TF.js ``GlobalPooling1D``/``GlobalPooling2D``: reduce all spatial axes."""

    _torch_call = True
    rank = 2
    kind = "max"

    def __init__(self, data_format=None, **base):
        super().__init__(**base)
        if self.rank == 2:
            check_choice(data_format, ("channelsFirst", "channelsLast"), "DataFormat")
        self.data_format = data_format or "channelsLast"
        self.input_spec = InputSpec(ndim=self.rank + 2)

    def _axes(self):
        if self.rank == 1:
            return [1]
        return [2, 3] if self.data_format == "channelsFirst" else [1, 2]

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        if self.rank == 2 and self.data_format == "channelsFirst":
            return [inputShape[0], inputShape[1]]
        return [inputShape[0], inputShape[-1]]

    def call(self, inputs, training=False, mask=None):
        if self.kind == "max":
            return torch.amax(inputs, dim=self._axes())
        x = inputs if inputs.is_floating_point() else inputs.to(torch.float32)
        return torch.mean(x, dim=self._axes())

    def get_config(self):
        if self.rank == 1:
            return super().get_config()
        return {"data_format": self.data_format, **super().get_config()}


class GlobalMaxPooling1D(_GlobalPooling):
    """TF.js ``GlobalMaxPooling1D``: [batch, steps, features] -> [batch, features]."""

    rank = 1


class GlobalAveragePooling1D(_GlobalPooling):
    """TF.js ``GlobalAveragePooling1D``: [batch, steps, features] -> [batch, features]."""

    rank = 1
    kind = "avg"


class GlobalMaxPooling2D(_GlobalPooling):
    """TF.js ``GlobalMaxPooling2D``: [batch, h, w, c] -> [batch, c]."""


class GlobalAveragePooling2D(_GlobalPooling):
    """TF.js ``GlobalAveragePooling2D``: [batch, h, w, c] -> [batch, c]."""

    kind = "avg"
