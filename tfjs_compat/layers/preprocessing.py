"""Preprocessing layers TF.js ships: rescaling, centerCrop, resizing, categoryEncoding,
randomWidth (TF.js ``tfjs-layers/src/layers/preprocessing/``).

Images are channels-last, ``[height, width, channels]`` or ``[batch, height, width,
channels]``.
"""
import torch

from ..errors import TFJSValueError, js_list
from ..ops import image as image_ops
from ..ops import random as random_ops
from .base import Layer

INTERPOLATIONS = ("bilinear", "nearest")


def _resize(x, size, interpolation, align_corners=False):
    """TF.js image resize on a torch tensor (errors for ranks other than 3 and 4)."""
    fn = image_ops.resizeBilinear if interpolation == "bilinear" else \
        image_ops.resizeNearestNeighbor
    return fn.__wrapped__(x, size, align_corners)


def _cast_like(out, x):
    """TF.js ``cast(out, x.dtype)``: float -> int32 truncates."""
    if out.dtype == x.dtype:
        return out
    return torch.trunc(out).to(x.dtype) if not x.is_floating_point() else out.to(x.dtype)


def _check_interpolation(interpolation):
    if interpolation not in INTERPOLATIONS:
        raise TFJSValueError(f"Invalid interpolation parameter: {interpolation} is not "
                             "implemented")


class Rescaling(Layer):
    """TF.js ``Rescaling`` (``tf.layers.rescaling``): ``x * scale + offset`` (float32 output)."""

    _torch_call = True

    def __init__(self, scale=None, offset=0, **base):
        super().__init__(**base)
        self.scale = scale
        self.offset = 0 if offset is None else offset

    def call(self, inputs, training=False, mask=None):
        return inputs.to(torch.float32) * self.scale + self.offset

    def get_config(self):
        config = {} if self.scale is None else {"scale": self.scale}
        return {**config, "offset": self.offset, **super().get_config()}


class CenterCrop(Layer):
    """TF.js ``CenterCrop`` (``tf.layers.centerCrop``).

    Crops the central ``height`` x ``width`` window; an image smaller than that in
    either dimension is resized to it (bilinear) instead. Keeps the dtype."""

    _torch_call = True

    def __init__(self, height=None, width=None, **base):
        super().__init__(**base)
        self.height, self.width = height, width

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        out = list(inputShape)
        out[-3], out[-2] = self.height, self.width
        return out

    def call(self, inputs, training=False, mask=None):
        if inputs.ndim < 3:   # TF.js: NaN buffers take the resize path, which rejects it
            return _resize(inputs, [self.height, self.width], "bilinear")
        in_h, in_w = inputs.shape[-3], inputs.shape[-2]
        h_buf = (in_h - self.height) // 2 if in_h != self.height else 0
        w_buf = 0
        if in_w != self.width:
            w_buf = (in_w - self.width) // 2 or 1   # NOTE: TF.js turns a 0 offset into 1
        if h_buf < 0 or w_buf < 0:
            out = _resize(inputs, [self.height, self.width], "bilinear")
        else:
            out = self._crop(inputs, h_buf, w_buf, in_h, in_w)
        return _cast_like(out, inputs)

    def _crop(self, x, h_buf, w_buf, in_h, in_w):
        """cropAndResize (nearest) of one normalized box per image."""
        box = [h_buf / in_h, w_buf / in_w, (self.height + h_buf) / in_h,
               (self.width + w_buf) / in_w]
        images = x.unsqueeze(0) if x.ndim == 3 else x
        n = images.shape[0]
        boxes = torch.tensor([box] * n, dtype=torch.float32, device=x.device)
        box_ind = torch.arange(n, dtype=torch.int32, device=x.device)
        out = image_ops.cropAndResize.__wrapped__(images, boxes, box_ind,
                                                  [self.height, self.width], "nearest")
        return out[0] if x.ndim == 3 else out

    def get_config(self):
        config = {k: v for k, v in (("height", self.height), ("width", self.width))
                  if v is not None}
        return {**config, **super().get_config()}


class Resizing(Layer):
    """TF.js ``Resizing`` (``tf.layers.resizing``).

    Resizes images to ``height`` x ``width``.

    ``cropToAspectRatio`` only switches corner alignment off (TF.js aligns corners
    unless it is set; it crops nothing). Bilinear gives float32; nearest keeps the
    dtype. ``computeOutputShape`` is TF.js's ``[height, width, inputShape[2]]``.
    """

    _torch_call = True

    def __init__(self, height=None, width=None, interpolation="bilinear",
                 crop_to_aspect_ratio=False, **base):
        super().__init__(**base)
        self.height, self.width = height, width
        self.interpolation = interpolation or "bilinear"
        _check_interpolation(self.interpolation)
        self.crop_to_aspect_ratio = bool(crop_to_aspect_ratio)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        # NOTE: TF.js drops the batch dim and reads channels from index 2.
        return [self.height, self.width, inputShape[2] if len(inputShape) > 2 else None]

    def call(self, inputs, training=False, mask=None):
        return _resize(inputs, [self.height, self.width], self.interpolation,
                       not self.crop_to_aspect_ratio)

    def get_config(self):
        config = {k: v for k, v in (("height", self.height), ("width", self.width))
                  if v is not None}
        return {**config, "interpolation": self.interpolation,
                "crop_to_aspect_ratio": self.crop_to_aspect_ratio, **super().get_config()}


def dense_bincount(x, weights, depth, binary):
    """TF.js ``denseBincount`` of a rank-1 or rank-2 int32 tensor: ``[.., depth]``."""
    rows = x.reshape(1, -1) if x.ndim == 1 else x
    w = torch.ones(rows.shape, dtype=torch.float32, device=x.device) if weights is None \
        else weights.reshape(rows.shape)
    out = torch.zeros(rows.shape[0], depth, dtype=w.dtype, device=x.device)
    out.scatter_add_(1, rows.long(), w)
    if binary:
        out = (out > 0).to(w.dtype)
    return out[0] if x.ndim == 1 else out


class CategoryEncoding(Layer):
    """TF.js ``CategoryEncoding`` (``tf.layers.categoryEncoding``).

    Encodes integer ids in [0, numTokens) as 'multiHot' (default), 'oneHot' or
    'count' vectors (float32). ``apply(x, {countWeights})`` weights the counts."""

    _torch_call = True

    def __init__(self, num_tokens=None, output_mode="multiHot", **base):
        super().__init__(**base)
        self.num_tokens = num_tokens
        self.output_mode = output_mode or "multiHot"
        self._count_weights = None

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        if inputShape is None:
            return [self.num_tokens]
        out = list(inputShape)
        if self.output_mode == "oneHot" and (not out or out[-1] != 1):
            return out + [self.num_tokens]
        if out:
            out[-1] = self.num_tokens
        return out

    def apply(self, inputs, kwargs=None):
        """Eager/symbolic application; ``kwargs.countWeights`` weights 'count' mode."""
        kwargs = dict(kwargs or {})
        self._count_weights = kwargs.pop("countWeights", kwargs.pop("count_weights", None))
        try:
            return super().apply(inputs, kwargs)
        finally:
            self._count_weights = None

    def _weights(self):
        w = self._count_weights
        if w is None:
            return None
        if self.output_mode != "count":
            from ..ops._op import wrap
            raise TFJSValueError("countWeights is not used when outputMode !== count.\n"
                                 f"              Received countWeights={wrap(w).toString()}")
        from ..ops._op import to_torch
        return to_torch(w, "countWeights", self.name)

    def call(self, inputs, training=False, mask=None):
        x = inputs if inputs.dtype == torch.int32 else \
            torch.trunc(inputs.to(torch.float64)).to(torch.int32)
        weights = self._weights()
        if x.numel() and not (int(x.max()) < self.num_tokens and int(x.min()) >= 0):
            raise TFJSValueError("Input values must be between 0 < values <= numTokens with "
                                 f"numTokens={self.num_tokens}")
        return self._encode(x, weights)

    def _encode(self, x, weights):
        mode = self.output_mode
        if mode == "int":
            return x
        shape = list(x.shape)
        if x.ndim == 0:
            x = x.reshape(1)
        if mode == "oneHot" and x.shape[-1] != 1:
            x = x.unsqueeze(-1)
        if x.ndim > 2:
            raise TFJSValueError(f"When outputMode is not int, maximum output rank is 2 "
                                 f"Received outputMode {mode} and input shape "
                                 f"{js_list(shape)} which would result in output rank "
                                 f"{x.ndim}.")
        counts = dense_bincount(x, weights if mode == "count" else None, self.num_tokens,
                                mode in ("multiHot", "oneHot"))
        if mode != "tfIdf":
            return counts
        if weights is not None:
            return counts * weights
        raise TFJSValueError("When outputMode is 'tfIdf', weights must be provided.")

    def get_config(self):
        config = {} if self.num_tokens is None else {"num_tokens": self.num_tokens}
        return {**config, "output_mode": self.output_mode, **super().get_config()}


def _width_bounds(factor):
    """(lower, upper) width change from TF.js's ``factor`` option, with its errors."""
    from ..ops.reduction import js_str
    shown = js_str(factor) if factor is not None else "undefined"
    if isinstance(factor, (list, tuple)) and len(factor) == 2:
        lower, upper = factor
    elif isinstance(factor, (int, float)) and not isinstance(factor, bool) and factor > 0:
        lower, upper = -factor, factor
    else:
        raise TFJSValueError(f"Invalid factor: {shown}. Must be positive number or tuple of "
                             "2 numbers")
    if lower < -1.0 or upper < -1.0:
        raise TFJSValueError(f"factor must have values larger than -1. Got: {shown}")
    if upper < lower:
        raise TFJSValueError("factor cannot have upper bound less than lower bound.\n"
                             f"        Got upper bound: {js_str(upper)}.\n"
                             f"        Got lower bound: {js_str(lower)}\n      ")
    return lower, upper


class RandomWidth(Layer):
    """TF.js ``RandomWidth`` (``tf.layers.randomWidth``).

    Resizes images to a random width: ``round(width * U(1 + lower, 1 + upper))``.

    As in TF.js this happens on every call, in training or not. With a ``seed``, call
    ``k`` draws with seed ``seed + k`` (TF.js's sequence). ``computeOutputShape`` is
    TF.js's ``[lastHeight, -1, inputShape[2]]``.
    """

    _torch_call = True

    def __init__(self, factor=None, interpolation="bilinear", seed=None, **base):
        super().__init__(**base)
        self.width_lower, self.width_upper = _width_bounds(factor)
        self.factor = factor
        self.interpolation = interpolation or "bilinear"
        _check_interpolation(self.interpolation)
        self.seed = seed
        self._next_seed = seed
        self.img_height = None

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return [self.img_height, -1, inputShape[2] if len(inputShape) > 2 else None]

    def _draw(self):
        seed = self._next_seed
        if seed is not None:
            self._next_seed = seed + 1
        value = random_ops.uniform([1], 1.0 + self.width_lower, 1.0 + self.width_upper,
                                   "float32", seed)
        return float(value[0])

    def call(self, inputs, training=False, mask=None):
        if inputs.ndim < 3:   # TF.js: a NaN width; the resize op rejects the rank
            return _resize(inputs, [1, 1], self.interpolation)
        self.img_height = inputs.shape[-3]
        width = int(self._draw() * inputs.shape[-2] + 0.5)   # JS Math.round
        return _resize(inputs, [self.img_height, width], self.interpolation)

    def get_config(self):
        config = {"factor": self.factor, "interpolation": self.interpolation}
        if self.seed is not None:
            config["seed"] = self.seed
        return {**config, **super().get_config()}
