"""Convolutional layers: conv1d/2d/3d, conv2dTranspose, conv3dTranspose, depthwiseConv2d,
separableConv2d (TF.js ``tfjs-layers/src/layers/convolutional.ts`` and
``convolutional_depthwise.ts``).

Weights keep TF.js's layouts (kernel ``[k..., in, filters]``; transposed kernels
``[k..., filters, in]``; depthwise ``[kh, kw, in, multiplier]``) and are permuted to
torch's layout at call time. Inputs are moved to channels-first for torch and back.
'same' padding follows TF.js: the odd pixel goes at the end (explicit ``F.pad`` when the
two sides differ).
"""
import importlib

import torch
import torch.nn.functional as F

from .. import activations, initializers
from ..errors import TFJSError, TFJSValueError
from ..initializers import js_json
from .base import InputSpec, Layer

__all__ = ["Conv1D", "Conv2D", "Conv3D", "Conv2DTranspose", "Conv3DTranspose",
           "DepthwiseConv2D", "SeparableConv2D", "conv_forward", "normalize_tuple",
           "check_choice", "conv_output_length", "same_pads", "pad_spatial", "to_cf",
           "from_cf", "require_float"]

_MISSING = object()
_CONV_FNS = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}
_DECONV_FNS = {2: F.conv_transpose2d, 3: F.conv_transpose3d}


# --- shared helpers (also used by pooling.py and padding.py) -------------------------
def normalize_tuple(value, n, name):
    """TF.js ``normalizeArray``: a number -> n copies; a list must have n integers."""
    if _is_number(value):
        return [value] * n
    if len(value) != n:
        raise TFJSValueError(f"The {name} argument must be an integer or tuple of {n} "
                             f"integers. Received: {len(value)} elements.")
    for v in value:
        if not _is_number(v) or v != int(v):
            raise TFJSValueError(f"The {name} argument must be an integer or tuple of {n} "
                                 f"integers. Received: {js_json(list(value))} including a "
                                 f"non-integer number {js_json(v)}")
    return list(value)


def check_choice(value, valid, what):
    """TF.js ``checkStringTypeUnionValue`` error for PaddingMode, DataFormat, ..."""
    if value is not None and value not in valid:
        raise TFJSValueError(f"{value} is not a valid {what}.  Valid values are "
                             f"{','.join(valid)} or null/undefined.")


def conv_output_length(n, k, padding, stride, dilation=1):
    """TF.js ``convOutputLength`` (None stays None; 'causal' counts as 'valid')."""
    if n is None:
        return None
    k = k + (k - 1) * (dilation - 1)
    n = n if padding == "same" else n - k + 1
    return (n + stride - 1) // stride


def deconv_length(n, stride, k, padding):
    """TF.js ``deconvLength``: the output size of a transposed convolution."""
    if n is None:
        return None
    n *= stride
    return n + max(k - stride, 0) if padding == "valid" else n


def same_pads(sizes, kernel, strides, dilation):
    """(before, after) per spatial dim for TF.js 'same': the odd pixel goes after."""
    pads = []
    for n, k, s, d in zip(sizes, kernel, strides, dilation):
        k_eff = (k - 1) * d + 1
        total = max((-(-n // s) - 1) * s + k_eff - n, 0)
        pads.append((total // 2, total - total // 2))
    return pads


def pad_spatial(x, pads, value=0.0):
    """``F.pad`` of the trailing spatial dims of a channels-first tensor."""
    flat = [p for before_after in reversed(pads) for p in before_after]
    return F.pad(x, flat, value=value)


def to_cf(x, data_format):
    """channelsLast -> channels-first (torch layout); channelsFirst passes through."""
    if data_format == "channelsFirst":
        return x
    return x.permute(0, x.ndim - 1, *range(1, x.ndim - 1))


def from_cf(x, data_format):
    """Back from channels-first to ``data_format``."""
    if data_format == "channelsFirst":
        return x
    return x.permute(0, *range(2, x.ndim), 1)


def require_float(x, op_name):
    """TF.js's float32-only core ops: their argument error for other dtypes."""
    if x.dtype != torch.float32:
        from .. import dtypes
        raise TFJSError(f"Argument 'x' passed to '{op_name}' must be float32 tensor, but "
                        f"got {dtypes.from_torch(x.dtype)} tensor")
    return x


def get_obj(family, identifier):
    """A regularizer/constraint object from an identifier (None stays None)."""
    if identifier is None:
        return None
    return importlib.import_module(f"..{family}", __package__).get(identifier)


def ser_obj(family, obj):
    """{className, config} of a regularizer/constraint, or None."""
    if obj is None:
        return None
    return importlib.import_module(f"..{family}", __package__).serialize(obj)


def _check_strides_dilation(op_name, strides, dilation):
    """TF.js core ops refuse strides > 1 together with dilations > 1."""
    if all(s == 1 for s in strides) or all(d == 1 for d in dilation):
        return
    if op_name == "conv1D":
        raise TFJSError(f"Error in conv1D: Either stride or dilation must be 1. Got stride "
                        f"{strides[0]} and dilation '{dilation[0]}'")
    s, d = ",".join(map(str, strides)), ",".join(map(str, dilation))
    raise TFJSError(f"Error in {op_name}: Either strides or dilations must be 1. Got strides "
                    f"{s} and dilations '{d}'")


def conv_forward(x, weight, strides, padding, dilation, groups=1):
    """N-d convolution of channels-first ``x`` with a torch-layout ``weight``.

    'same' pads as TF.js (extra pixel at the end); 'valid' and 'causal' do not pad
    (TF.js's conv layers compute 'causal' like 'valid' when they run at all).
    """
    rank = x.ndim - 2
    kernel = list(weight.shape[2:])
    sizes = list(x.shape[2:])
    pad_arg = 0
    if padding == "same":
        pads = same_pads(sizes, kernel, strides, dilation)
        if all(b == a for b, a in pads):
            pad_arg = [b for b, _ in pads]
        else:
            x = pad_spatial(x, pads)
        sizes = [-(-n // s) for n, s in zip(sizes, strides)]
    else:
        sizes = [conv_output_length(n, k, "valid", s, d)
                 for n, k, s, d in zip(sizes, kernel, strides, dilation)]
    if any(n <= 0 for n in sizes):   # kernel larger than the input: TF.js returns empty
        return x.new_zeros([x.shape[0], weight.shape[0]] + [max(n, 0) for n in sizes])
    return _CONV_FNS[rank](x, weight, None, list(strides), pad_arg, list(dilation), groups)


class _BaseConv(Layer):
    """TF.js ``BaseConv``: options shared by every convolution layer."""

    _torch_call = True
    rank = 2
    _kernel_key = "kernel"

    def __init__(self, kernel_size=_MISSING, strides=None, padding=None, data_format=None,
                 dilation_rate=None, activation=None, use_bias=None, bias_initializer=None,
                 bias_constraint=None, bias_regularizer=None, activity_regularizer=None,
                 **base):
        super().__init__(**base)
        _verify_kernel_size(kernel_size)
        self.kernel_size = normalize_tuple(kernel_size, self.rank, "kernelSize")
        self.strides = normalize_tuple(1 if strides is None else strides, self.rank,
                                       "strides")
        check_choice(padding, ("valid", "same", "causal"), "PaddingMode")
        self.padding = padding or "valid"
        check_choice(data_format, ("channelsFirst", "channelsLast"), "DataFormat")
        self.data_format = data_format or "channelsLast"
        self.dilation_rate = normalize_tuple(1 if dilation_rate is None else dilation_rate,
                                             self.rank, "dilationRate")
        self.activation = activations.get(activation)
        self.use_bias = True if use_bias is None else use_bias
        self.bias_initializer = initializers.get(bias_initializer or "zeros")
        self.bias_constraint = get_obj("constraints", bias_constraint)
        self.bias_regularizer = get_obj("regularizers", bias_regularizer)
        self.activity_regularizer = get_obj("regularizers", activity_regularizer)

    @property
    def _channel_axis(self):
        return 1 if self.data_format == "channelsFirst" else self.rank + 1

    def _add_bias_and_activate(self, y_cf):
        """Bias (per output channel) and activation on a channels-first result."""
        if self.use_bias:
            y_cf = y_cf + self.bias.reshape([1, -1] + [1] * (y_cf.ndim - 2))
        return self.activation(y_cf)

    def _spatial_out(self, sizes):
        return [conv_output_length(n, k, self.padding, s, d) for n, k, s, d in
                zip(sizes, self.kernel_size, self.strides, self.dilation_rate)]

    def _shape_out(self, input_shape, channels, spatial_fn):
        """Output shape from the input shape, the output channels and a spatial map."""
        if self.data_format == "channelsFirst":
            return [input_shape[0], channels] + spatial_fn(list(input_shape[2:]))
        return [input_shape[0]] + spatial_fn(list(input_shape[1:-1])) + [channels]

    def get_config(self):
        return {"kernel_size": self.kernel_size, "strides": self.strides,
                "padding": self.padding, "data_format": self.data_format,
                "dilation_rate": self.dilation_rate,
                "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "bias_regularizer": ser_obj("regularizers", self.bias_regularizer),
                "activity_regularizer": ser_obj("regularizers", self.activity_regularizer),
                "bias_constraint": ser_obj("constraints", self.bias_constraint),
                **super().get_config()}


def _verify_kernel_size(kernel_size):
    """TF.js ``BaseConv.verifyArgs``."""
    if kernel_size is _MISSING:
        raise TFJSError("required key 'kernelSize' not in config")
    ok = _is_number(kernel_size) or (
        isinstance(kernel_size, (list, tuple)) and 1 <= len(kernel_size) <= 3
        and all(_is_number(k) for k in kernel_size))
    if not ok:
        raise TFJSValueError("BaseConv expects config.kernelSize to be number or number[] "
                             "with length 1, 2, or 3, but received "
                             f"{js_json(kernel_size)}.")


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class _Conv(_BaseConv):
    """TF.js ``Conv``: a convolution with ``filters`` outputs and a ``kernel``."""

    _op_name, _core_name = "conv2d", "conv2D"

    def __init__(self, filters=None, kernel_initializer=None, kernel_constraint=None,
                 kernel_regularizer=None, **conv):
        super().__init__(**conv)
        if not _is_number(filters) or filters <= 0:
            shown = "undefined" if filters is None else js_json(filters)
            raise TFJSValueError("Convolution layer expected config.filters to be a "
                                 f"'number' > 0 but got {shown}")
        if filters != int(filters):
            raise TFJSError(f"Expected filters to be a positive integer, but got {filters}.")
        self.filters = int(filters)
        self.kernel_initializer = initializers.get(kernel_initializer or "glorotNormal")
        self.kernel_constraint = get_obj("constraints", kernel_constraint)
        self.kernel_regularizer = get_obj("regularizers", kernel_regularizer)
        self.input_spec = InputSpec(ndim=self.rank + 2)

    def _input_channels(self, input_shape):
        channels = input_shape[self._channel_axis]
        if channels is None:
            raise TFJSValueError("The channel dimension of the input should be defined. "
                                 f"Found {js_json(channels)}")
        return channels

    def _kernel_shape(self, channels):
        return list(self.kernel_size) + [channels, self.filters]

    def build(self, inputShape):  # noqa: N803
        channels = self._input_channels(inputShape)
        self.add_weight("kernel", self._kernel_shape(channels), "float32",
                        self.kernel_initializer, self.kernel_regularizer, True,
                        self.kernel_constraint)
        if self.use_bias:
            self.add_weight("bias", [self.filters], "float32", self.bias_initializer,
                            self.bias_regularizer, True, self.bias_constraint)
        self.input_spec = InputSpec(ndim=self.rank + 2, axes={self._channel_axis: channels})
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return self._shape_out(inputShape, self.filters, self._spatial_out)

    def _torch_kernel(self):
        # [k..., in, out] -> [out, in, k...]
        r = self.rank
        return self.kernel.permute(r + 1, r, *range(r))

    def call(self, inputs, training=False, mask=None):
        x = require_float(inputs, self._op_name)
        _check_strides_dilation(self._core_name, self.strides, self.dilation_rate)
        x_cf = to_cf(x, self.data_format)
        y = conv_forward(x_cf, self._torch_kernel(), self.strides, self.padding,
                         self.dilation_rate)
        return from_cf(self._add_bias_and_activate(y), self.data_format)

    def get_config(self):
        return {"filters": self.filters,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "kernel_regularizer": ser_obj("regularizers", self.kernel_regularizer),
                "kernel_constraint": ser_obj("constraints", self.kernel_constraint),
                **super().get_config()}


class Conv1D(_Conv):
    """TF.js ``Conv1D``: temporal convolution over [batch, steps, channels].

    With ``dataFormat: 'channelsFirst'`` TF.js reads [batch, channels, steps] but returns
    [batch, steps, filters] when run eagerly (its symbolic shape says channels-first);
    this layer does the same. 'causal' padding raises TF.js's NotImplementedError.
    """

    rank = 1
    _op_name = "conv1d"

    def call(self, inputs, training=False, mask=None):
        x = require_float(inputs, "conv2d")   # TF.js runs conv1d through conv2d
        if self.padding == "causal":
            raise TFJSError("The support for CAUSAL padding mode in conv1dWithBias is not "
                            "implemented yet.")
        _check_strides_dilation("conv1D", self.strides, self.dilation_rate)
        x_cf = x if self.data_format == "channelsFirst" else x.transpose(1, 2)
        y = conv_forward(x_cf, self._torch_kernel(), self.strides, self.padding,
                         self.dilation_rate)
        return self._add_bias_and_activate(y).transpose(1, 2)   # (batch, steps, filters)

    def get_config(self):
        config = super().get_config()
        config.pop("data_format")
        return config


class Conv2D(_Conv):
    """TF.js ``Conv2D``: 2-D convolution; 'causal' padding raises TF.js's error."""

    rank = 2

    def call(self, inputs, training=False, mask=None):
        if self.padding == "causal":
            require_float(inputs, "conv2d")
            raise TFJSError("The support for CAUSAL padding mode in conv1dWithBias is not "
                            "implemented yet.")
        return super().call(inputs, training, mask)


class Conv3D(_Conv):
    """TF.js ``Conv3D``: 3-D convolution over [batch, depth, height, width, channels]."""

    rank = 3
    _op_name, _core_name = "conv3d", "conv3D"

    def call(self, inputs, training=False, mask=None):
        if inputs.is_floating_point():
            return super().call(inputs, training, mask)
        # TF.js conv3d on int32 input truncates the (float) sums to int32, then adds the
        # float bias (so the result is float32 only when there is a bias).
        _check_strides_dilation("conv3D", self.strides, self.dilation_rate)
        x_cf = to_cf(inputs.to(torch.float32), self.data_format)
        y = conv_forward(x_cf, self._torch_kernel(), self.strides, self.padding,
                         self.dilation_rate).trunc().to(torch.int32)
        return from_cf(self._add_bias_and_activate(y), self.data_format)


class _ConvTranspose(_Conv):
    """Transposed convolution (TF.js ``Conv2DTranspose``/``Conv3DTranspose``)."""

    def __init__(self, **conv):
        super().__init__(**conv)
        if self.padding not in ("same", "valid"):
            raise TFJSValueError(f"{self.className} currently supports only padding modes "
                                 f"'same' and 'valid', but received padding mode "
                                 f"{self.padding}")

    def _input_channels(self, input_shape):
        channels = input_shape[self._channel_axis]
        if channels is None:
            raise TFJSValueError("The channel dimension of the inputs should be defined. "
                                 "Found `None`.")
        return channels

    def _kernel_shape(self, channels):
        return list(self.kernel_size) + [self.filters, channels]

    def _spatial_out(self, sizes):
        return [deconv_length(n, s, k, self.padding)
                for n, s, k in zip(sizes, self.strides, self.kernel_size)]

    def call(self, inputs, training=False, mask=None):
        x = inputs if inputs.is_floating_point() else inputs.float()
        x_cf = to_cf(x, self.data_format)
        r = self.rank
        weight = self.kernel.permute(r + 1, r, *range(r))   # [in, filters, k...]
        full = _DECONV_FNS[r](x_cf, weight, None, list(self.strides))
        y = _crop_to(full, list(x_cf.shape[2:]), self._spatial_out(list(x_cf.shape[2:])),
                     self.kernel_size, self.strides, self.padding)
        return from_cf(self._add_bias_and_activate(y), self.data_format)

    def get_config(self):
        config = super().get_config()
        config.pop("dilation_rate")
        return config


def _crop_to(full, in_sizes, out_sizes, kernel, strides, padding):
    """Cut the full transposed result to TF.js's output size (negative pad = crop).

    TF.js computes the transpose as the gradient of a forward conv whose input has the
    output size; for 'same' that conv pads ``total // 2`` before, so the result starts
    that far into the full result. Missing positions at the end are zeros.
    """
    pads = []
    for n, out, k, s in zip(in_sizes, out_sizes, kernel, strides):
        full_len = (n - 1) * s + k
        before = max((n - 1) * s + k - out, 0) // 2 if padding == "same" else 0
        pads.append((-before, out - (full_len - before)))
    return pad_spatial(full, pads)


class Conv2DTranspose(_ConvTranspose):
    """TF.js ``Conv2DTranspose``; kernel [kh, kw, filters, inChannels]."""

    rank = 2


class Conv3DTranspose(_ConvTranspose):
    """TF.js ``Conv3DTranspose``; kernel [kd, kh, kw, filters, inChannels]."""

    rank = 3


class DepthwiseConv2D(_BaseConv):
    """TF.js ``DepthwiseConv2D``: one ``depthMultiplier``-wide filter bank per channel.

    Output channel ``c * depthMultiplier + m`` comes from input channel c. As in TF.js,
    ``dilationRate`` is kept in the config but not used (not in the math nor the shape),
    and ``getConfig()`` reports the depthwise regularizer as ``depthwiseConstraint``
    (the constraint itself is still given to the weight).
    """

    def __init__(self, depth_multiplier=None, depthwise_initializer=None,
                 depthwise_constraint=None, depthwise_regularizer=None, **conv):
        super().__init__(**conv)
        self.depth_multiplier = 1 if depth_multiplier is None else depth_multiplier
        self.depthwise_initializer = initializers.get(depthwise_initializer
                                                      or "glorotNormal")
        self.depthwise_constraint = get_obj("constraints", depthwise_constraint)
        self.depthwise_regularizer = get_obj("regularizers", depthwise_regularizer)

    def build(self, inputShape):  # noqa: N803
        if len(inputShape) < 4:
            raise TFJSValueError("Inputs to DepthwiseConv2D should have rank 4. Received "
                                 f"input shape: {js_json(list(inputShape))}.")
        channels = inputShape[self._channel_axis]
        if channels is None or channels < 0:
            raise TFJSValueError("The channel dimension of the inputs to DepthwiseConv2D "
                                 f"should be defined, but is not ({js_json(channels)}).")
        shape = list(self.kernel_size) + [channels, self.depth_multiplier]
        self.add_weight("depthwise_kernel", shape, "float32", self.depthwise_initializer,
                        self.depthwise_regularizer, True, self.depthwise_constraint)
        if self.use_bias:
            self.add_weight("bias", [channels * self.depth_multiplier], "float32",
                            self.bias_initializer, self.bias_regularizer, True,
                            self.bias_constraint)
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        def spatial(sizes):   # NOTE: TF.js ignores dilationRate here
            return [conv_output_length(n, k, self.padding, s, 1)
                    for n, k, s in zip(sizes, self.kernel_size, self.strides)]
        channels = inputShape[self._channel_axis] * self.depth_multiplier
        return self._shape_out(inputShape, channels, spatial)

    def call(self, inputs, training=False, mask=None):
        x_cf = to_cf(require_float(inputs, "depthwiseConv2d"), self.data_format)
        if x_cf.shape[1] != self.depthwise_kernel.shape[2]:
            raise TFJSError(f"Error in depthwiseConv2d: number of input channels "
                            f"({x_cf.shape[1]}) must match the inChannels dimension in "
                            f"filter {self.depthwise_kernel.shape[2]}.")
        y = conv_forward(x_cf, _depthwise_weight(self.depthwise_kernel), self.strides,
                         self.padding, [1, 1], groups=x_cf.shape[1])
        return from_cf(self._add_bias_and_activate(y), self.data_format)

    def get_config(self):
        return {**super().get_config(), "depth_multiplier": self.depth_multiplier,
                "depthwise_initializer": initializers.serialize(self.depthwise_initializer),
                "depthwise_regularizer": ser_obj("regularizers", self.depthwise_regularizer),
                # NOTE: TF.js 4.22 writes the *regularizer* under depthwiseConstraint.
                "depthwise_constraint": ser_obj("regularizers", self.depthwise_regularizer)}


def _depthwise_weight(kernel):
    """[kh, kw, in, mult] -> torch grouped weight [in * mult, 1, kh, kw]."""
    kh, kw, cin, mult = kernel.shape
    return kernel.permute(2, 3, 0, 1).reshape(cin * mult, 1, kh, kw)


class SeparableConv2D(_Conv):
    """TF.js ``SeparableConv2D``: a depthwise conv, then a 1x1 pointwise conv.

    Weights: depthwise_kernel [kh, kw, in, depthMultiplier], pointwise_kernel
    [1, 1, in * depthMultiplier, filters], bias [filters]; glorotUniform initializers.
    As in TF.js, ``depthMultiplier`` is not part of ``getConfig()``, and the pointwise
    kernel is initialised with ``depthwiseInitializer`` (``pointwiseInitializer`` is
    accepted but unused). With ``dataFormat: 'channelsFirst'`` the bias is added the way
    TF.js adds it: along the rows of the channels-last result (broadcast), then the
    result is transposed; it only matches a per-channel bias when rows == filters.
    """

    def __init__(self, depth_multiplier=None, depthwise_initializer=None,
                 pointwise_initializer=None, depthwise_constraint=None,
                 pointwise_constraint=None, depthwise_regularizer=None,
                 pointwise_regularizer=None, **conv):
        super().__init__(**conv)
        self.input_spec = None
        self.depth_multiplier = 1 if depth_multiplier is None else depth_multiplier
        self.depthwise_initializer = initializers.get(depthwise_initializer
                                                      or "glorotUniform")
        # NOTE: TF.js 4.22 builds the pointwise initializer from depthwiseInitializer
        # (pointwiseInitializer is ignored, in the weights and in the config).
        self.pointwise_initializer = self.depthwise_initializer
        self.depthwise_constraint = get_obj("constraints", depthwise_constraint)
        self.pointwise_constraint = get_obj("constraints", pointwise_constraint)
        self.depthwise_regularizer = get_obj("regularizers", depthwise_regularizer)
        self.pointwise_regularizer = get_obj("regularizers", pointwise_regularizer)

    def build(self, inputShape):  # noqa: N803
        if len(inputShape) < 4:
            raise TFJSValueError("Inputs to SeparableConv2D should have rank 4, but received "
                                 f"input shape: {js_json(list(inputShape))}")
        channels = inputShape[self._channel_axis]
        if channels is None or channels < 0:
            raise TFJSValueError("The channel dimension of the inputs should be defined, "
                                 f"but found {js_json(channels)}")
        mult = self.depth_multiplier
        self.add_weight("depthwise_kernel", list(self.kernel_size) + [channels, mult],
                        "float32", self.depthwise_initializer, self.depthwise_regularizer,
                        True, self.depthwise_constraint)
        self.add_weight("pointwise_kernel", [1, 1, channels * mult, self.filters], "float32",
                        self.pointwise_initializer, self.pointwise_regularizer, True,
                        self.pointwise_constraint)
        if self.use_bias:
            self.add_weight("bias", [self.filters], "float32", self.bias_initializer,
                            self.bias_regularizer, True, self.bias_constraint)
        self.input_spec = InputSpec(ndim=4, axes={self._channel_axis: channels})
        self.built = True

    def call(self, inputs, training=False, mask=None):
        x = require_float(inputs, "depthwiseConv2d")
        _check_strides_dilation("depthwiseConv2d", self.strides, self.dilation_rate)
        x_cf = to_cf(x, self.data_format)
        y = conv_forward(x_cf, _depthwise_weight(self.depthwise_kernel), self.strides,
                         self.padding, self.dilation_rate, groups=x_cf.shape[1])
        y = F.conv2d(y, self.pointwise_kernel.permute(3, 2, 0, 1))   # 1x1, (b, f, h, w)
        if self.data_format == "channelsFirst":
            return self._channels_first_bias_quirk(y.permute(0, 2, 3, 1))
        return from_cf(self._add_bias_and_activate(y), self.data_format)

    def _channels_first_bias_quirk(self, y):
        """TF.js adds the bias as if its channels-last result were channels-first (along
        the rows, broadcasting), and only then transposes to channels-first."""
        if self.use_bias:
            bias = self.bias.reshape(1, -1, 1, 1)
            try:
                torch.broadcast_shapes(y.shape, bias.shape)
            except RuntimeError:
                raise TFJSValueError(
                    "Operands could not be broadcast together with shapes "
                    f"{','.join(map(str, y.shape))} and {','.join(map(str, bias.shape))}."
                ) from None
            y = y + bias
        return self.activation(y).permute(0, 3, 1, 2)

    def get_config(self):
        config = super().get_config()
        for key in ("kernel_initializer", "kernel_regularizer", "kernel_constraint"):
            config.pop(key)
        return {**config,
                "depthwise_initializer": initializers.serialize(self.depthwise_initializer),
                "pointwise_initializer": initializers.serialize(self.pointwise_initializer),
                "depthwise_regularizer": ser_obj("regularizers", self.depthwise_regularizer),
                "pointwise_regularizer": ser_obj("regularizers", self.pointwise_regularizer),
                "depthwise_constraint": ser_obj("constraints", self.depthwise_constraint),
                "pointwise_constraint": ser_obj("constraints", self.pointwise_constraint)}

