"""Spatial resizing layers: zeroPadding2d, cropping2D, upSampling2d (TF.js
``tfjs-layers/src/layers/padding.ts`` and ``convolutional.ts``)."""
import torch
import torch.nn.functional as F

from ..errors import TFJSTypeError, TFJSValueError
from .base import InputSpec, Layer
from .convolutional import check_choice

__all__ = ["ZeroPadding2D", "Cropping2D", "UpSampling2D"]


def _spatial_axes(data_format):
    """(height axis, width axis); TF.js treats anything but channelsLast as first."""
    return (1, 2) if data_format == "channelsLast" else (2, 3)


def _pair_list(value, what):
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        shown = len(value) if isinstance(value, (list, tuple)) else "undefined"
        raise TFJSValueError(f"ZeroPadding2D expects {what} padding to be a length-2 array, "
                             f"but received a length-{shown} array.")
    return list(value)


class ZeroPadding2D(Layer):
    """TF.js ``ZeroPadding2D``: pads rows and columns with zeros.

    ``padding``: a number (all sides), [rows, cols], or [[top, bottom], [left, right]].
    """

    _torch_call = True

    def __init__(self, padding=None, data_format=None, **base):
        super().__init__(**base)
        self.data_format = data_format or "channelsLast"
        self.input_spec = InputSpec(ndim=4)
        if padding is None:
            padding = 1
        if isinstance(padding, (int, float)):
            self.padding = [[padding, padding], [padding, padding]]
            return
        if len(padding) != 2:
            raise TFJSValueError("ZeroPadding2D expects padding to be a length-2 array, but "
                                 f"received a length-{len(padding)} array.")
        if isinstance(padding[0], (int, float)):
            self.padding = [[padding[0], padding[0]], [padding[1], padding[1]]]
        else:
            self.padding = [_pair_list(padding[0], "height"), _pair_list(padding[1], "width")]

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        out = list(inputShape)
        for axis, (a, b) in zip(_spatial_axes(self.data_format), self.padding):
            out[axis] = None if out[axis] is None else out[axis] + a + b
        return out

    def call(self, inputs, training=False, mask=None):
        (top, bottom), (left, right) = self.padding
        if self.data_format == "channelsLast":
            return F.pad(inputs, [0, 0, left, right, top, bottom])
        if self.data_format == "channelsFirst":
            return F.pad(inputs, [left, right, top, bottom])
        raise TFJSValueError(f"Unknown data format: {self.data_format}. Supported data "
                             "formats are 'channelsLast' and 'channelsFirst.")

    def get_config(self):
        return {"padding": self.padding, "data_format": self.data_format,
                **super().get_config()}


class Cropping2D(Layer):
    """TF.js ``Cropping2D``: removes rows and columns at the borders.

    ``cropping``: a number (all sides), [rows, cols], or [[top, bottom], [left, right]].
    """

    _torch_call = True

    def __init__(self, cropping=None, data_format=None, **base):
        super().__init__(**base)
        if cropping is None:
            raise TFJSTypeError("Cannot read properties of undefined (reading '0')")
        if isinstance(cropping, (int, float)):
            cropping = [[cropping, cropping], [cropping, cropping]]
        elif isinstance(cropping[0], (int, float)):
            cropping = [[cropping[0], cropping[0]], [cropping[1], cropping[1]]]
        self.cropping = [list(c) if isinstance(c, (list, tuple)) else c for c in cropping]
        self.data_format = data_format or "channelsLast"
        self.input_spec = InputSpec(ndim=4)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        out = list(inputShape)
        for axis, (a, b) in zip(_spatial_axes(self.data_format), self.cropping):
            out[axis] = (out[axis] or 0) - a - b   # NOTE: TF.js does null - a - b = -(a+b)
        return out

    def call(self, inputs, training=False, mask=None):
        h_axis, w_axis = _spatial_axes(self.data_format)
        (top, bottom), (left, right) = self.cropping
        h, w = inputs.shape[h_axis], inputs.shape[w_axis]
        x = inputs.narrow(h_axis, min(top, h), max(h - top - bottom, 0))
        return x.narrow(w_axis, min(left, w), max(w - left - right, 0))

    def get_config(self):
        return {"cropping": self.cropping, "data_format": self.data_format,
                **super().get_config()}


class UpSampling2D(Layer):
    """TF.js ``UpSampling2D``: repeats rows/columns ('nearest') or resizes bilinearly
    (TF.js ``resizeBilinear`` with alignCorners and halfPixelCenters off).

    Differences from TF.js:
        A number ``size`` is kept in the config as TF.js keeps it, but calling the layer
        raises an error: TF.js returns a tensor of shape [batch, NaN, NaN, channels].
    """

    _torch_call = True

    def __init__(self, size=None, data_format=None, interpolation=None, **base):
        super().__init__(**base)
        self.size = [2, 2] if size is None else size
        check_choice(data_format, ("channelsFirst", "channelsLast"), "DataFormat")
        self.data_format = data_format or "channelsLast"
        check_choice(interpolation, ("nearest", "bilinear"), "InterpolationFormat")
        self.interpolation = interpolation or "nearest"
        self.input_spec = InputSpec(ndim=4)

    def _factors(self):
        if isinstance(self.size, (list, tuple)) and len(self.size) >= 2:
            return self.size[0], self.size[1]
        return None, None

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        out = list(inputShape)
        for axis, f in zip(_spatial_axes(self.data_format), self._factors()):
            out[axis] = None if out[axis] is None or f is None else out[axis] * f
        return out

    def call(self, inputs, training=False, mask=None):
        fh, fw = self._factors()
        if fh is None:
            raise TFJSValueError("UpSampling2D needs size as [rows, cols] to run: TF.js "
                                 f"gives a [batch, NaN, NaN, channels] tensor for size "
                                 f"{self.size}.")
        h_axis, w_axis = _spatial_axes(self.data_format)
        if self.interpolation == "nearest":
            return inputs.repeat_interleave(fh, h_axis).repeat_interleave(fw, w_axis)
        # TF.js blends along columns first, then rows (same float64 rounding order)
        x = _resize_axis(inputs, w_axis, inputs.shape[w_axis] * fw)
        return _resize_axis(x, h_axis, inputs.shape[h_axis] * fh).to(torch.float32)


    def get_config(self):
        return {"size": self.size, "data_format": self.data_format,
                "interpolation": self.interpolation, **super().get_config()}


def _resize_axis(x, axis, new_size):
    """Legacy (TF1) bilinear resampling along one axis, in float64 like TF.js's CPU code.

    Source position ``i * old / new``; neighbours floor/ceil (clamped); linear blend.
    """
    old = x.shape[axis]
    pos = torch.arange(new_size, dtype=torch.float64, device=x.device) * (old / new_size)
    lo = pos.floor().clamp(min=0)
    frac = pos - lo
    hi = pos.ceil().clamp(max=old - 1).long()
    lo = lo.long()
    x = x.to(torch.float64)
    shape = [1] * x.ndim
    shape[axis] = new_size
    a, b = x.index_select(axis, lo), x.index_select(axis, hi)
    return a + (b - a) * frac.reshape(shape)
