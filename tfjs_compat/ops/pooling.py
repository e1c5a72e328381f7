"""Pooling and morphological dilation in TF.js's channels-last layout: maxPool,
avgPool, pool, maxPool3d, avgPool3d, maxPoolWithArgmax, dilation2d.

As in TF.js, padding never takes part in a window: max ignores it, and the average
divides by the number of real pixels in the window (for every kind of ``pad``).
A window with no real pixel gives -Infinity (max) or NaN (average). The one exception is ``tf.pool`` with
dilations > 1, which TF.js runs through ``spaceToBatchND``: its 'same' padding is
zeros that count.
"""
import builtins

import torch
import torch.nn.functional as F  # noqa: N812 - torch convention

from ..errors import TFJSValueError, js_list
from .._jsobject import JSObject
from ._op import OPS, check_dtype, dtype_of, numeric, op, to_torch, wrap
from .conv import (_store, batched, check_rounding, check_strides_or_dilations, geometry,
                   pad_to, to_channels_first, to_channels_last, tuple_param)

# Number.MIN_SAFE_INTEGER: TF.js's start value for dilation2d's running max.
_MIN_SAFE_INTEGER = -9007199254740991.0


def _check_positive(label, values):
    if any(not isinstance(v, (int, float)) or v <= 0 for v in values):
        raise TFJSValueError(f"Error in {label}: strides and filter sizes must be positive "
                             f"integers, got {js_list(values)}.")


def _sum_pool(t, ks, sd):
    fn = F.avg_pool2d if len(ks) == 2 else F.avg_pool3d
    return fn(t, ks, sd, divisor_override=1)


def _pool_cf(xc, kind, ks, sd, outs, befores):
    """Pool a channels-first float tensor; padding is excluded from every window."""
    if 0 in outs:
        return xc.new_zeros((*xc.shape[:2], *outs))
    fill = float("-inf") if kind == "max" else 0.0
    xp = pad_to(xc, befores, outs, sd, ks, fill)
    if kind == "avg":
        ones = torch.ones((1, 1, *xc.shape[2:]), dtype=xc.dtype, device=xc.device)
        count = _sum_pool(pad_to(ones, befores, outs, sd, ks), ks, sd)
        return _sum_pool(xp, ks, sd) / count
    fn = F.max_pool2d if len(ks) == 2 else F.max_pool3d
    return fn(xp, ks, sd)


def _pool_nd(x, kind, filter_size, strides, pad, mode, n, label):
    """Shared body of maxPool/avgPool/maxPool3d/avgPool3d on a channels-last input."""
    ks, sd = tuple_param(filter_size, n), tuple_param(strides, n)
    _check_positive(label, ks + sd)
    outs, befores = geometry(list(x.shape[1:1 + n]), ks, sd, pad, mode,
                             1 if n == 2 else None, label)
    work = x.to(torch.float32 if x.dtype == torch.float32 else torch.float64)
    return to_channels_last(_pool_cf(to_channels_first(work), kind, ks, sd, outs, befores))


@op
def maxPool(x, filterSize, strides, pad, dimRoundingMode=None):  # noqa: N802,N803
    """2-D max pooling. TF.js: ``tf.maxPool(x, filterSize, strides, pad, dimRoundingMode)``.

    ``x`` is [batch, h, w, c] (or [h, w, c]); int32 and bool inputs keep their dtype.
    """
    t = numeric(to_torch(x, "x", "maxPool"), "x", "maxPool")
    x4, squeeze = batched(t, 4, "Error in maxPool: input must be rank 4 but got rank {rank}.")
    check_rounding("maxPool", pad, dimRoundingMode)
    y = _store(_pool_nd(x4, "max", filterSize, strides, pad, dimRoundingMode, 2, "maxPool"),
               dtype_of(t))
    return y[0] if squeeze else y


@op
def avgPool(x, filterSize, strides, pad, dimRoundingMode=None):  # noqa: N802,N803
    """2-D average pooling; padding is left out of each average.

    TF.js: ``tf.avgPool(x, filterSize, strides, pad, dimRoundingMode)``.
    """
    t = check_dtype(_float_arg(x, "avgPool"), ("float32",), "x", "avgPool")
    x4, squeeze = batched(t, 4, "Error in avgPool: x must be rank 4 but got rank {rank}.")
    check_rounding("avgPool", pad, dimRoundingMode)
    y = _pool_nd(x4, "avg", filterSize, strides, pad, dimRoundingMode, 2, "avgPool")
    return y[0] if squeeze else y


def _float_arg(x, op_name):
    return to_torch(x, "x", op_name, dtype=None if hasattr(x, "dtype") else "float32")


@op
def maxPool3d(x, filterSize=(1, 1, 1), strides=None, pad=None,  # noqa: N802,N803
              dimRoundingMode=None, dataFormat="NDHWC"):  # noqa: N803
    """3-D max pooling. TF.js: ``tf.maxPool3d(x, filterSize=[1, 1, 1], strides, pad,
    dimRoundingMode, dataFormat='NDHWC')``. The result is float32, as in TF.js."""
    t = numeric(to_torch(x, "x", "maxPool3d"), "x", "maxPool3d")
    return _pool3d(t, "max", filterSize, strides, pad, dimRoundingMode, dataFormat,
                   "maxPool3d")


@op
def avgPool3d(x, filterSize=(1, 1, 1), strides=None, pad=None,  # noqa: N802,N803
              dimRoundingMode=None, dataFormat="NDHWC"):  # noqa: N803
    """3-D average pooling; padding is left out of each average.

    TF.js: ``tf.avgPool3d(x, filterSize=[1, 1, 1], strides, pad, dimRoundingMode,
    dataFormat='NDHWC')``.
    """
    t = check_dtype(_float_arg(x, "avgPool3d"), ("float32",), "x", "avgPool3d")
    return _pool3d(t, "avg", filterSize, strides, pad, dimRoundingMode, dataFormat,
                   "avgPool3d")


def _pool3d(t, kind, filter_size, strides, pad, mode, data_format, label):
    x5, squeeze = batched(t, 5, f"Error in {label}: x must be rank 5 but got rank {{rank}}.")
    if data_format != "NDHWC":
        raise TFJSValueError(f"Error in {label}: Only NDHWC is currently supported, but got "
                             f"dataFormat of {data_format}")
    check_rounding(label, pad, mode)
    y = _pool_nd(x5, kind, filter_size, strides, pad, mode, 3, label).to(torch.float32)
    return y[0] if squeeze else y


@op
def pool(input, windowShape, poolingType, pad, dilations=None, strides=None,  # noqa: A002,N803
         dimRoundingMode=None):  # noqa: N803
    """Max or average pooling with optional dilation.

    TF.js: ``tf.pool(input, windowShape, poolingType, pad, dilations=[1, 1],
    strides=[1, 1], dimRoundingMode)``. Note the order: dilations before strides.
    ``poolingType`` 'avg' averages; any other value takes the max, as in TF.js.
    """
    dilations = 1 if dilations is None else dilations
    strides = 1 if strides is None else strides
    check_strides_or_dilations("pool", strides, dilations)
    dd = tuple_param(dilations, 2)
    if all(d == 1 for d in dd):
        fn = avgPool if poolingType == "avg" else maxPool
        return fn(input, windowShape, strides, pad, dimRoundingMode)
    kind, label = ("avg", "avgPool") if poolingType == "avg" else ("max", "maxPool")
    check_rounding(label, "valid", dimRoundingMode)
    if kind == "avg":
        t = check_dtype(_float_arg(input, "avgPool"), ("float32",), "x", "avgPool")
    else:
        t = numeric(to_torch(input, "x", "maxPool"), "x", "maxPool")
    x4, squeeze = batched(t, 4, f"Error in {label}: input must be rank 4 but got rank "
                                 f"{{rank}}.")
    y = _store(_dilated_pool(x4, kind, tuple_param(windowShape, 2), dd, pad), dtype_of(t))
    return y[0] if squeeze else y


def _dilated_pool(x, kind, ks, dd, pad):
    """TF.js's spaceToBatchND route: zero 'same' padding that counts, stride 1."""
    _check_positive("pool", ks + dd)
    eff = [(k - 1) * d + 1 for k, d in zip(ks, dd)]
    pad = pad if pad == "same" else "valid"
    outs, befores = geometry(list(x.shape[1:3]), eff, [1, 1], pad, None)
    xc = to_channels_first(x.to(torch.float32 if x.dtype == torch.float32 else torch.float64))
    if 0 in outs:
        return to_channels_last(xc.new_zeros((*xc.shape[:2], *outs)))
    xp = pad_to(xc, befores, outs, [1, 1], eff)
    n, c = xc.shape[:2]
    cols = F.unfold(xp, ks, dilation=dd).reshape(n, c, ks[0] * ks[1], *outs)
    y = cols.mean(2) if kind == "avg" else cols.amax(2)
    return to_channels_last(y)


def maxPoolWithArgmax(x, filterSize, strides, pad, includeBatchInIndex=False):  # noqa: N802,N803
    """2-D max pooling that also returns where each maximum came from.

    TF.js: ``tf.maxPoolWithArgmax(x, filterSize, strides, pad,
    includeBatchInIndex=false)``. Returns ``{result, indexes}``; an index is the flat
    position ``(y * width + x) * channels + c`` in the input (plus
    ``b * height * width * channels`` when ``includeBatchInIndex``); ties pick the
    first pixel in row-major window order.
    """
    t = numeric(to_torch(x, "x", "maxPoolWithArgmax"), "x", "maxPoolWithArgmax")
    if t.ndim != 4:
        _argmax_rank_error(list(t.shape), filterSize, strides, pad)
    ks, sd = tuple_param(filterSize, 2), tuple_param(strides, 2)
    _check_positive("maxPoolWithArgmax", ks + sd)
    outs, befores = geometry(list(t.shape[1:3]), ks, sd, pad, None, 1, "maxPoolWithArgmax")
    b, h, w, c = t.shape
    xc = to_channels_first(t.to(torch.float32 if t.dtype == torch.float32 else torch.float64))
    xp = pad_to(xc, befores, outs, sd, ks, float("-inf"))
    cols = F.unfold(xp, ks, stride=sd).reshape(b, c, ks[0] * ks[1], *outs)
    pos = cols.argmax(2, keepdim=True)                           # (b, c, 1, oh, ow)
    vals = cols.gather(2, pos)[:, :, 0]
    dev = t.device
    yy = (torch.arange(outs[0], device=dev) * sd[0] - befores[0])[:, None] + pos // ks[1]
    xx = (torch.arange(outs[1], device=dev) * sd[1] - befores[1])[None, :] + pos % ks[1]
    index = (yy * w + xx) * c + torch.arange(c, device=dev)[None, :, None, None, None]
    if includeBatchInIndex:
        index = index + (torch.arange(b, device=dev) * h * w * c)[:, None, None, None, None]
    result = _store(to_channels_last(vals), dtype_of(t))
    indexes = to_channels_last(index[:, :, 0]).to(torch.int32)
    return JSObject(result=wrap(result), indexes=wrap(indexes))


OPS["maxPoolWithArgmax"] = maxPoolWithArgmax   # returns a JSObject, so not via @op


def _argmax_rank_error(shape, filter_size, strides, pad):
    """TF.js treats any input as 4-D here and fails building the output shape."""
    ks, sd = tuple_param(filter_size, 2), tuple_param(strides, 2)
    dims = [shape[i] if i < len(shape) else None for i in builtins.range(4)]
    out = [dims[0]]
    for i in (1, 2):
        if dims[i] is None:
            out.append("NaN")
        else:
            o, _ = geometry([dims[i]], [ks[i - 1]], [sd[i - 1]], pad, None)
            out.append(o[0])
    out.append(dims[3])
    text = ",".join("" if v is None else str(v) for v in out)
    raise TFJSValueError(f"Tensor must have a shape comprised of positive integers but got "
                         f"shape [{text}].")


@op
def dilation2d(x, filter, strides, pad, dilations=(1, 1), dataFormat="NHWC"):  # noqa: A002,N803
    """Grayscale morphological dilation: the max over each window of ``x + filter``.

    TF.js: ``tf.dilation2d(x, filter, strides, pad, dilations=[1, 1],
    dataFormat='NHWC')``. ``filter`` is [fh, fw, depth]; padding is skipped, and a
    window with no input pixel gives ``Number.MIN_SAFE_INTEGER`` as in TF.js. The
    result has ``x``'s dtype.
    """
    t = numeric(to_torch(x, "x", "dilation2d"), "x", "dilation2d")
    f = numeric(to_torch(filter, "filter", "dilation2d"), "filter", "dilation2d")
    x4, squeeze = batched(t, 4, "Error in dilation2d: input must be rank 3 or 4, but got "
                                 "rank {rank}.")
    if f.ndim != 3:
        raise TFJSValueError(f"Error in dilation2d: filter must be rank 3, but got rank "
                             f"{f.ndim}.")
    if f.shape[2] != x4.shape[3]:
        raise TFJSValueError(f"Error in dilation2d:  input and filter must have the same "
                             f"depth: {x4.shape[3]} vs {f.shape[2]}")
    if dataFormat != "NHWC":
        raise TFJSValueError(f"Error in dilation2d: Only NHWC is currently supported, but got "
                             f"dataFormat of {dataFormat}")
    y = _dilation(x4, f, tuple_param(strides, 2), tuple_param(dilations, 2), pad)
    y = _store(y, dtype_of(t))
    return y[0] if squeeze else y


def _dilation(x, f, sd, dd, pad):
    _check_positive("dilation2d", sd + dd)
    ks = list(f.shape[:2])
    eff = [(k - 1) * d + 1 for k, d in zip(ks, dd)]
    outs, befores = geometry(list(x.shape[1:3]), eff, sd, pad, None, 1, "dilation2d")
    work = torch.float32 if x.dtype == torch.float32 and f.dtype == torch.float32 \
        else torch.float64
    xc = to_channels_first(x.to(work))
    n, c = xc.shape[:2]
    if 0 in outs:
        return to_channels_last(xc.new_zeros((n, c, *outs)))
    xp = pad_to(xc, befores, outs, sd, eff, float("-inf"))
    cols = F.unfold(xp, ks, dilation=dd, stride=sd).reshape(n, c, ks[0] * ks[1], *outs)
    kernel = f.to(work).permute(2, 0, 1).reshape(1, c, ks[0] * ks[1], 1, 1)
    y = (cols + kernel).amax(2)
    y = torch.where(torch.isneginf(y), torch.tensor(_MIN_SAFE_INTEGER, dtype=work,
                                                    device=y.device), y)
    return to_channels_last(y).to(x.dtype if x.dtype == torch.float32 else work)
