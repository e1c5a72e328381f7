"""Convolutions in TF.js's channels-last layout: conv1d/2d/3d, transposes, depthwise,
separable. Pooling and dilation2d live in ``pooling.py``; both share the geometry
helpers below.

Layout: inputs are NWC / NHWC / NDHWC (a rank-3 / rank-4 input without the batch axis
gives a result without it); filters are ``[h, w, in, out]``. Internally everything is
moved to torch's channels-first layout, padded explicitly (TF.js's 'same' puts the
odd pixel at the end) and run through ``torch.nn.functional``.
"""
import builtins
import math

import torch
import torch.nn.functional as F  # noqa: N812 - torch convention

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ._op import check_dtype, dtype_of, numeric, op, to_torch

# --- geometry shared with pooling.py ---------------------------------------------------


def js_str(v):
    """JS ``String(v)`` of an option value (``[2, 1]`` -> ``2,1``)."""
    if v is None:
        return "undefined"
    if isinstance(v, (list, tuple)):
        return ",".join(js_str(e) for e in v)
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def tuple_param(v, n):
    """A number or a list -> a list of ``n`` values (TF.js ``parseTupleParam``)."""
    if isinstance(v, (list, tuple)):
        return list(v) if len(v) == n else [v[0]] * n if len(v) == 1 else list(v)
    return [v] * n


def check_rounding(label, pad, mode):
    """TF.js ``checkPadOnDimRoundingMode``: a rounding mode needs integer padding."""
    if mode is None:
        return
    if isinstance(pad, str):
        bad = pad
    elif isinstance(pad, (list, tuple)):
        flat = [v for row in pad for v in (row if isinstance(row, (list, tuple)) else [row])]
        bad = next((v for v in flat if v != int(v)), None)
    else:
        bad = pad if pad != int(pad) else None
    if bad is not None:
        raise TFJSValueError(f"Error in {label}: pad must be an integer when using "
                             f"dimRoundingMode {mode} but got pad {js_str(bad)}.")


def check_strides_or_dilations(label, strides, dilations, word=("strides", "dilations")):
    """TF.js ``eitherStridesOrDilationsAreOne``."""
    s = tuple_param(strides, 3)
    d = tuple_param(dilations, 3)
    if any(v != 1 for v in s) and any(v != 1 for v in d):
        raise TFJSValueError(f"Error in {label}: Either {word[0]} or {word[1]} must be 1. "
                             f"Got {word[0]} {js_str(strides)} and {word[1]} "
                             f"'{js_str(dilations)}'")


def _round(value, mode):
    if mode is None:
        return math.trunc(value)
    if mode == "floor":
        return math.floor(value)
    if mode == "ceil":
        return math.ceil(value)
    if mode == "round":
        return math.floor(value + 0.5)
    raise TFJSValueError(f"Unknown roundingMode {mode}")


def geometry(in_sizes, eff_k, strides, pad, mode, explicit=None, label="conv2d"):
    """Output sizes and leading pads per spatial axis, as TF.js's ``computeConv*Info``.

    ``explicit`` is the index of the first spatial axis in an explicit ``pad`` list
    (1 for NHWC, 2 for NCHW), or None where explicit padding is not accepted.
    """
    n = len(in_sizes)
    if pad == "valid":
        outs = [math.ceil((i - k + 1) / s) for i, k, s in zip(in_sizes, eff_k, strides)]
        return [builtins.max(o, 0) for o in outs], [0] * n
    if pad == "same":
        outs = [math.ceil(i / s) for i, s in zip(in_sizes, strides)]
        befores = [builtins.max((o - 1) * s + k - i, 0) // 2
                   for o, s, k, i in zip(outs, strides, eff_k, in_sizes)]
        return outs, befores
    if isinstance(pad, (int, float)) and not isinstance(pad, bool):
        if pad != int(pad):
            raise TFJSValueError(f"Error in {label}: pad must be an integer but got pad "
                                 f"{js_str(pad)}.")
        # NOTE: TF.js sizes every axis of a 2-D op from the filter height and the
        # height stride here (computeOutputShape2D takes one fieldSize and stride);
        # the kernel then slides with the real width and stride.
        k_s = [(eff_k[0], strides[0])] * n if n == 2 else list(zip(eff_k, strides))
        outs = [_round((i - k + 2 * pad) / s + 1, mode) for i, (k, s) in zip(in_sizes, k_s)]
        return [builtins.max(o, 0) for o in outs], [int(pad)] * n
    if explicit is not None and isinstance(pad, (list, tuple)) and len(pad) > explicit + 1:
        rows = [pad[explicit + d] for d in builtins.range(n)]
        outs = [_round((i + r[0] + r[1] - k) / s + 1, mode)
                for i, r, k, s in zip(in_sizes, rows, eff_k, strides)]
        return [builtins.max(o, 0) for o in outs], [int(r[0]) for r in rows]
    raise TFJSValueError(f"Unknown padding parameter: {js_str(pad)}")


def pad_to(t, befores, outs, strides, eff_k, value=0.0):
    """Pad (or crop) the spatial axes of a channels-first ``t`` so that a 'valid'
    window pass with ``strides`` yields exactly ``outs``."""
    pads = []
    for d in reversed(builtins.range(len(outs))):
        size = t.shape[2 + d]
        after = (outs[d] - 1) * strides[d] + eff_k[d] - (size + befores[d])
        pads += [befores[d], after]
    return F.pad(t, pads, value=value)


def to_channels_first(t):
    return t.permute(0, t.ndim - 1, *builtins.range(1, t.ndim - 1))


def to_channels_last(t):
    return t.permute(0, *builtins.range(2, t.ndim), 1)


def positive_ints(label, values):
    if any(not isinstance(v, (int, float)) or v <= 0 for v in values):
        raise TFJSValueError(f"Error in {label}: Strides should be larger than 0.")


def _eff(ks, ds):
    return [(k - 1) * d + 1 for k, d in zip(ks, ds)]


def _empty_result(x, outs, channels):
    return torch.zeros((x.shape[0], *outs, channels), dtype=x.dtype, device=x.device)


# --- conv2d / conv1d -------------------------------------------------------------------

def _float_input(value, arg, op_name):
    t = to_torch(value, arg, op_name, dtype="float32" if not _is_tensorish(value) else None)
    return check_dtype(t, ("float32",), arg, op_name)


def batched(t, rank, message):
    """Add the batch axis to an unbatched input; check the rank."""
    squeeze = t.ndim == rank - 1
    t = t[None] if squeeze else t
    if t.ndim != rank:
        raise TFJSValueError(message.format(rank=t.ndim))
    return t, squeeze


def _batched_with_filter(xt, ft, rank, label):
    """``batched(xt)`` for a convolution; TF.js's rank errors for input and filter."""
    x, squeeze = batched(xt, rank, f"Error in {label}: input must be rank {rank}, but got "
                                   f"rank {{rank}}.")
    if ft.ndim != rank:
        raise TFJSValueError(f"Error in {label}: filter must be rank {rank}, but got rank "
                             f"{ft.ndim}.")
    return x, squeeze


def _is_tensorish(v):
    return hasattr(v, "dtype")


def _conv2d(x, w, strides, pad, nchw, dilations, mode, label="conv2d"):
    """conv2d on a rank-4 torch tensor; ``w`` is a TF.js [h, w, in, out] filter."""
    sd, dd = tuple_param(strides, 2), tuple_param(dilations, 2)
    positive_ints("conv2D", sd)
    if any(not isinstance(v, (int, float)) or v <= 0 for v in dd):
        raise TFJSValueError("Error in conv2D: Dilated rates should be larger than 0.")
    xc = x if nchw else to_channels_first(x)
    eff = _eff(w.shape[:2], dd)
    outs, befores = geometry(list(xc.shape[2:]), eff, sd, pad, mode, 2 if nchw else 1, label)
    if 0 in outs:
        y = torch.zeros((x.shape[0], w.shape[3], *outs), dtype=x.dtype, device=x.device)
    else:
        xp = pad_to(xc, befores, outs, sd, eff)
        y = F.conv2d(xp, w.permute(3, 2, 0, 1), stride=sd, dilation=dd)
    return y if nchw else to_channels_last(y)


@op
def conv2d(x, filter, strides, pad, dataFormat="NHWC", dilations=(1, 1),  # noqa: A002,N803
           dimRoundingMode=None):  # noqa: N803
    """2-D convolution. TF.js: ``tf.conv2d(x, filter, strides, pad, dataFormat='NHWC',
    dilations=[1, 1], dimRoundingMode)``.

    ``x`` is [batch, h, w, in] (or [h, w, in]); ``filter`` is [fh, fw, in, out];
    ``pad`` is 'valid', 'same', a number, or [[0, 0], [top, bottom], [left, right], [0, 0]].
    """
    xt = _float_input(x, "x", "conv2d")
    ft = _float_input(filter, "filter", "conv2d")
    return _conv2d_checked(xt, ft, strides, pad, dataFormat, dilations, dimRoundingMode)


def _conv2d_checked(xt, ft, strides, pad, data_format, dilations, mode):
    x4, squeeze = _batched_with_filter(xt, ft, 4, "conv2d")
    check_rounding("conv2d", pad, mode)
    nchw = data_format == "NCHW"
    depth = x4.shape[1] if nchw else x4.shape[3]
    if depth != ft.shape[2]:
        raise TFJSValueError(f"Error in conv2d: depth of input ({depth}) must match input "
                             f"depth for filter {ft.shape[2]}.")
    check_strides_or_dilations("conv2D", strides, dilations)
    y = _conv2d(x4, ft, strides, pad, nchw, dilations, mode)
    return y[0] if squeeze else y


@op
def conv1d(x, filter, stride, pad, dataFormat="NWC", dilation=1,  # noqa: A002,N803
           dimRoundingMode=None):  # noqa: N803
    """1-D convolution. TF.js: ``tf.conv1d(x, filter, stride, pad, dataFormat='NWC',
    dilation=1, dimRoundingMode)``.

    ``x`` is [batch, w, in] (or [w, in]); ``filter`` is [fw, in, out]. As in TF.js it
    runs as a conv2d of height 1, so a numeric or explicit ``pad`` also pads that height
    and fails with TF.js's reshape error.
    """
    xt = to_torch(x, "x", "conv1d")
    ft = to_torch(filter, "filter", "conv1d")
    x3, squeeze = _batched_with_filter(xt, ft, 3, "conv1d")
    check_rounding("conv1d", pad, dimRoundingMode)
    if x3.shape[2] != ft.shape[1]:
        raise TFJSValueError(f"Error in conv1d: depth of input ({x3.shape[2]}) must match "
                             f"input depth for filter {ft.shape[1]}.")
    check_strides_or_dilations("conv1D", stride, dilation, ("stride", "dilation"))
    if dataFormat != "NWC":
        raise TFJSValueError(f"Error in conv1d: got dataFormat of {dataFormat} but only NWC "
                             f"is currently supported.")
    check_dtype(x3, ("float32",), "x", "conv2d")
    check_dtype(ft, ("float32",), "filter", "conv2d")
    y = _conv2d(x3[:, None], ft[None], [1, stride], pad, False, [1, dilation],
                dimRoundingMode)
    if y.shape[1] != 1:
        shape = [x3.shape[0], y.shape[2], y.shape[3]]
        raise TFJSValueError(f"Size({y.numel()}) must match the product of shape "
                             f"{js_list(shape)}")
    return y[0, 0] if squeeze else y[:, 0]


# --- conv2dTranspose / conv3dTranspose -------------------------------------------------

def _window(t, dim, start, length):
    """``t[start:start + length]`` along ``dim``, zero-filled outside ``t``."""
    size = t.shape[dim]
    pads = [0, 0] * (t.ndim - dim - 1) + [-start, start + length - size]
    return F.pad(t, pads)


def _transpose_conv(dy, w, in_sizes, strides, pad, mode, label):
    """Gradient of a 'conv' of ``in_sizes`` w.r.t. its input (TF.js conv*DerInput).

    ``dy`` is channels-last with batch, ``w`` a TF.js [*k, out, in] filter.
    """
    n = len(in_sizes)
    sd = tuple_param(strides, n)
    positive_ints(label, sd)
    k = list(w.shape[:n])
    outs, befores = geometry(in_sizes, k, sd, pad, mode, 1 if n == 2 else None, label)
    got = list(dy.shape[1:1 + n])
    if any(g < o for g, o in zip(got, outs)):
        raise TFJSValueError(
            f"Error in {label}: dy has spatial shape {js_list(got)}, but a convolution of "
            f"outputShape gives {js_list(outs)}.")
    dy = dy[(slice(None), *[slice(0, o) for o in outs])]
    dyc = to_channels_first(dy)
    weight = w.permute(n + 1, n, *builtins.range(n))
    fn = F.conv_transpose2d if n == 2 else F.conv_transpose3d
    full = fn(dyc, weight, stride=sd)
    for d in builtins.range(n):
        full = _window(full, 2 + d, befores[d], in_sizes[d])
    return to_channels_last(full)


def _check_transpose(label, xt, ft, output_shape, rank):
    if len(output_shape) != xt.ndim:
        raise TFJSValueError(f"Length of inShape ({len(output_shape)}) and rank of dy "
                             f"({xt.ndim}) must match")
    squeeze = xt.ndim == rank - 1
    shape = [1, *output_shape] if squeeze else list(output_shape)
    if len(shape) != rank:
        raise TFJSValueError(f"Error in {label}: inShape must be length {rank}, but got "
                             f"length {len(shape)}.")
    if ft.ndim != rank:
        raise TFJSValueError(f"Error in {label}: filter must be rank {rank}, but got rank "
                             f"{ft.ndim}")
    if shape[-1] != ft.shape[rank - 2]:
        raise TFJSValueError(f"Error in {label}: depth of input ({shape[-1]}) must match "
                             f"input depth for filter {ft.shape[rank - 2]}.")
    if xt.shape[-1] != ft.shape[rank - 1]:
        raise TFJSValueError(f"Error in {label}: depth of output ({xt.shape[-1]}) must "
                             f"match output depth for filter {ft.shape[rank - 1]}.")
    return squeeze, shape


@op
def conv2dTranspose(x, filter, outputShape, strides, pad,  # noqa: A002,N802,N803
                    dimRoundingMode=None):  # noqa: N803
    """Transposed 2-D convolution (gradient of conv2d w.r.t. its input).

    TF.js: ``tf.conv2dTranspose(x, filter, outputShape, strides, pad, dimRoundingMode)``.
    ``filter`` is [fh, fw, outDepth, inDepth]; the result has ``outputShape``.

    Differences from TF.js: when ``x`` is smaller than a conv2d of ``outputShape``
    would produce, this raises an error (TF.js reads past ``x`` and returns NaNs).
    """
    xt = numeric(to_torch(x, "x", "conv2dTranspose"), "x", "conv2dTranspose")
    ft = numeric(to_torch(filter, "filter", "conv2dTranspose"), "filter", "conv2dTranspose")
    label = "conv2dDerInput"
    squeeze, shape = _check_transpose(label, xt, ft, list(outputShape), 4)
    check_rounding(label, pad, dimRoundingMode)
    dy = (xt[None] if squeeze else xt).to(torch.float32)
    y = _transpose_conv(dy, ft.to(torch.float32), shape[1:3], strides, pad, dimRoundingMode,
                        label)
    return y[0] if squeeze else y


@op
def conv3dTranspose(x, filter, outputShape, strides, pad):  # noqa: A002,N802,N803
    """Transposed 3-D convolution (gradient of conv3d w.r.t. its input).

    TF.js: ``tf.conv3dTranspose(x, filter, outputShape, strides, pad)``. ``filter`` is
    [fd, fh, fw, outDepth, inDepth].

    Differences from TF.js: when ``x`` is smaller than a conv3d of ``outputShape``
    would produce, this raises an error (TF.js returns NaNs).
    """
    xt = numeric(to_torch(x, "x", "conv3dTranspose"), "x", "conv3dTranspose")
    ft = numeric(to_torch(filter, "filter", "conv3dTranspose"), "filter", "conv3dTranspose")
    label = "conv3dDerInput"
    squeeze, shape = _check_transpose(label, xt, ft, list(outputShape), 5)
    dy = (xt[None] if squeeze else xt).to(torch.float32)
    y = _transpose_conv(dy, ft.to(torch.float32), shape[1:4], strides, pad, None, label)
    return y[0] if squeeze else y


# --- conv3d --------------------------------------------------------------------------

@op
def conv3d(x, filter, strides, pad, dataFormat="NDHWC", dilations=(1, 1, 1)):  # noqa: A002,N803
    """3-D convolution. TF.js: ``tf.conv3d(x, filter, strides, pad, dataFormat='NDHWC',
    dilations=[1, 1, 1])``.

    ``x`` is [batch, d, h, w, in] (or without batch); ``filter`` is [fd, fh, fw, in, out];
    ``pad`` is 'valid', 'same' or a number. int32 inputs give int32, as in TF.js.
    """
    xt = numeric(to_torch(x, "x", "conv3d"), "x", "conv3d")
    ft = numeric(to_torch(filter, "filter", "conv3d"), "filter", "conv3d")
    x5, squeeze = _batched_with_filter(xt, ft, 5, "conv3d")
    if x5.shape[4] != ft.shape[3]:
        raise TFJSValueError(f"Error in conv3d: depth of input ({x5.shape[4]}) must match "
                             f"input depth for filter {ft.shape[3]}.")
    check_strides_or_dilations("conv3D", strides, dilations)
    if dataFormat != "NDHWC":
        raise TFJSValueError(f"Error in conv3d: got dataFormat of {dataFormat} but only "
                             f"NDHWC is currently supported.")
    dtype = dtypes.upcast(dtype_of(x5), dtype_of(ft))
    y = _conv3d(x5, ft, strides, pad, dilations, dtype)
    return y[0] if squeeze else y


def _conv3d(x, w, strides, pad, dilations, dtype):
    sd, dd = tuple_param(strides, 3), tuple_param(dilations, 3)
    positive_ints("conv3D", sd)
    eff = _eff(w.shape[:3], dd)
    outs, befores = geometry(list(x.shape[1:4]), eff, sd, pad, None, None, "conv3d")
    work = torch.float32 if dtype == "float32" else torch.float64
    if 0 in outs:
        return _empty_result(x, outs, w.shape[4]).to(dtypes.TORCH[dtype])
    xp = pad_to(to_channels_first(x.to(work)), befores, outs, sd, eff)
    y = to_channels_last(F.conv3d(xp, w.to(work).permute(4, 3, 0, 1, 2), stride=sd,
                                  dilation=dd))
    return _store(y, dtype)


def _store(y, dtype):
    """A float result in TF.js's storage for ``dtype`` (int32 wraps, bool is != 0)."""
    if dtype == "int32":
        from .creation import cast_torch
        return cast_torch(y, "int32")
    if dtype == "bool":
        from .arithmetic import to_uint8_bool
        return to_uint8_bool(y)
    return y


# --- depthwise / separable -------------------------------------------------------------

def _depthwise(x, w, strides, pad, nchw, dilations, mode):
    """Depthwise conv on rank-4 ``x``; ``w`` is [fh, fw, in, multiplier]."""
    sd, dd = tuple_param(strides, 2), tuple_param(dilations, 2)
    positive_ints("depthwiseConv2d", sd)
    xc = x if nchw else to_channels_first(x)
    c, mult = w.shape[2], w.shape[3]
    eff = _eff(w.shape[:2], dd)
    outs, befores = geometry(list(xc.shape[2:]), eff, sd, pad, mode, 2 if nchw else 1,
                             "depthwiseConv2d")
    if 0 in outs:
        y = torch.zeros((x.shape[0], c * mult, *outs), dtype=x.dtype, device=x.device)
    else:
        weight = w.reshape(w.shape[0], w.shape[1], c * mult).permute(2, 0, 1)[:, None]
        y = F.conv2d(pad_to(xc, befores, outs, sd, eff), weight, stride=sd, dilation=dd,
                     groups=c)
    return y if nchw else to_channels_last(y)


@op
def depthwiseConv2d(x, filter, strides, pad, dataFormat="NHWC",  # noqa: A002,N802,N803
                    dilations=(1, 1), dimRoundingMode=None):  # noqa: N803
    """Depthwise 2-D convolution: each input channel has its own filters.

    TF.js: ``tf.depthwiseConv2d(x, filter, strides, pad, dataFormat='NHWC',
    dilations=[1, 1], dimRoundingMode)``. ``filter`` is [fh, fw, in, multiplier]; the
    output has ``in * multiplier`` channels (channel ``c * multiplier + m``).

    Differences from TF.js: with ``dataFormat='NCHW'`` the result is computed
    correctly (TF.js's cpu kernel returns wrong values).
    """
    xt = _float_input(x, "x", "depthwiseConv2d")
    ft = _float_input(filter, "filter", "depthwiseConv2d")
    return _depthwise_checked(xt, ft, strides, pad, dataFormat, dilations, dimRoundingMode)


def _depthwise_checked(xt, ft, strides, pad, data_format, dilations, mode):
    label = "depthwiseConv2d"
    x4, squeeze = _batched_with_filter(xt, ft, 4, label)
    nchw = data_format == "NCHW"
    channels = x4.shape[1] if nchw else x4.shape[3]
    if channels != ft.shape[2]:
        raise TFJSValueError(f"Error in {label}: number of input channels ({channels}) must "
                             f"match the inChannels dimension in filter {ft.shape[2]}.")
    check_strides_or_dilations(label, strides, dilations)
    check_rounding(label, pad, mode)
    y = _depthwise(x4, ft, strides, pad, nchw, dilations, mode)
    return y[0] if squeeze else y


def _check_pointwise(xt, dw, pw):
    label = "Error in separableConv2d:"
    if xt.ndim != 4:
        raise TFJSValueError(f"{label} input must be rank 4, but got rank {xt.ndim}.")
    if dw.ndim != 4:
        raise TFJSValueError(f"{label} depthwise filter must be rank 4, but got rank "
                             f"{dw.ndim}.")
    if pw.ndim != 4:
        # NOTE: TF.js reports the depthwise filter's rank here.
        raise TFJSValueError(f"{label} pointwise filter must be rank 4, but got rank "
                             f"{dw.ndim}.")
    if pw.shape[0] != 1:
        raise TFJSValueError(f"{label} the first dimension of pointwise filter  must be 1, "
                             f"but got {pw.shape[0]}.")
    if pw.shape[1] != 1:
        raise TFJSValueError(f"{label} the second dimension of pointwise filter must be 1, "
                             f"but got {pw.shape[1]}.")
    if pw.shape[2] != dw.shape[2] * dw.shape[3]:
        raise TFJSValueError(f"{label} the third dimension of pointwise filter must be "
                             f"{dw.shape[2] * dw.shape[3]}, but got {pw.shape[2]}.")


@op
def separableConv2d(x, depthwiseFilter, pointwiseFilter, strides, pad,  # noqa: N802,N803
                    dilation=(1, 1), dataFormat="NHWC"):  # noqa: N803
    """Depthwise convolution followed by a 1x1 (pointwise) convolution.

    TF.js: ``tf.separableConv2d(x, depthwiseFilter, pointwiseFilter, strides, pad,
    dilation=[1, 1], dataFormat='NHWC')``. ``depthwiseFilter`` is [fh, fw, in, mult];
    ``pointwiseFilter`` is [1, 1, in * mult, out].
    """
    name = "separableConv2d"
    xt = to_torch(x, "x", name)
    dw = to_torch(depthwiseFilter, "depthwiseFilter", name)
    pw = to_torch(pointwiseFilter, "pointwiseFilter", name)
    if dataFormat == "NCHW":
        raise TFJSValueError("separableConv2d currently does not support dataFormat NCHW; "
                             "only NHWC is supported")
    squeeze = xt.ndim == 3
    x4 = xt[None] if squeeze else xt
    _check_pointwise(x4, dw, pw)
    check_dtype(x4, ("float32",), "x", "depthwiseConv2d")
    check_dtype(dw, ("float32",), "filter", "depthwiseConv2d")
    check_dtype(pw, ("float32",), "filter", "conv2d")
    y = _depthwise_checked(x4, dw, strides, pad, "NHWC", dilation, None)
    y = _conv2d(y, pw, 1, "valid", False, 1, None)
    return y[0] if squeeze else y
