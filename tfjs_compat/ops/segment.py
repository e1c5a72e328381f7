"""Cumulative, segment and counting ops: cumsum, cumprod, unsortedSegmentSum,
bincount, denseBincount and tf.math.confusionMatrix.

Sums run in float64 and are stored once in the output dtype, as TF.js's CPU
kernels accumulate in JS doubles.
"""
import builtins

import torch

from ..errors import TFJSTypeError, TFJSValueError, js_list
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .arithmetic import broadcast_shape, to_uint8_bool
from .reduction import _finish, _no_complex, parse_axis


def _cumulative(x, axis, exclusive, reverse, op_name, fn, identity):
    t = _no_complex(numeric(to_torch(x, "x", op_name), "x", op_name), op_name)
    out_dtype = "float32" if t.is_floating_point() else "int32"
    if t.ndim == 0:   # TF.js returns the identity element for a scalar
        return torch.full((), identity, dtype=torch.float32 if out_dtype == "float32"
                          else torch.int32, device=t.device)
    a = parse_axis(axis, t.ndim)[0]
    r = t.to(torch.float64)
    if reverse:
        r = torch.flip(r, [a])
    if exclusive and r.shape[a] > 0:
        pad = torch.full_like(r.narrow(a, 0, 1), identity)
        r = torch.cat([pad, r.narrow(a, 0, r.shape[a] - 1)], dim=a)
    r = fn(r, dim=a)
    if reverse:
        r = torch.flip(r, [a])
    return _finish(r, out_dtype)


@op
def cumsum(x, axis=0, exclusive=False, reverse=False):
    """Cumulative sum along ``axis``. TF.js: ``tf.cumsum(x, axis, exclusive, reverse)``.

    bool/int32 give int32; a scalar gives 0 (as TF.js does).

    Differences from TF.js:
        A negative ``axis`` counts from the end and an out-of-range one raises; TF.js
        returns a tensor with a broken shape for both.
    """
    return _cumulative(x, axis, exclusive, reverse, "cumsum", torch.cumsum, 0)


@op
def cumprod(x, axis=0, exclusive=False, reverse=False):
    """Cumulative product along ``axis``. TF.js: ``tf.cumprod(x, axis, exclusive, reverse)``.

    bool/int32 give int32; a scalar gives 1 (as TF.js does).

    Differences from TF.js:
        A negative ``axis`` counts from the end and an out-of-range one raises.
    """
    return _cumulative(x, axis, exclusive, reverse, "cumprod", torch.cumprod, 1)


@op
def unsortedSegmentSum(x, segmentIds, numSegments):  # noqa: N802,N803 - TF.js names
    """Sums of the rows of ``x`` grouped by ``segmentIds``; float32 result.

    TF.js: ``tf.unsortedSegmentSum(x, segmentIds, numSegments)``. Ids outside
    ``[0, numSegments)`` are dropped.
    """
    op_name = "unsortedSegmentSum"
    t = numeric(to_torch(x, "x", op_name), "x", op_name)
    ids = check_dtype(to_torch(segmentIds, "segmentIds", op_name, "int32"), ("int32",),
                      "segmentIds", op_name)
    if not float(numSegments).is_integer():
        raise TFJSValueError("numSegments must be of dtype int")
    n = int(numSegments)
    if n <= 0:   # TF.js stacks an empty list and fails there
        raise TFJSTypeError("Cannot read properties of undefined (reading 'shape')")
    # TF.js compares the ids with each segment, expands the mask with trailing 1-dims
    # and multiplies by x: the mask must broadcast against x.
    mask_shape = list(ids.shape) + [1] * builtins.max(0, t.ndim - ids.ndim)
    shape = broadcast_shape(ids.reshape(mask_shape), t)
    ids_b = ids.reshape(mask_shape).expand(shape).to(torch.int64)
    vals = t.to(torch.float64).expand(shape)
    valid = (ids_b >= 0) & (ids_b < n)
    out = torch.zeros([n] + list(shape[1:]), dtype=torch.float64, device=t.device)
    out.scatter_add_(0, torch.where(valid, ids_b, 0), torch.where(valid, vals, 0.0))
    return out.to(torch.float32)


def _count_args(x, weights, size, op_name):
    t = to_torch(x, "x", op_name)
    if dtype_of(t) != "int32":
        raise TFJSValueError(f"Error in {op_name}: input dtype must be int32, but got "
                             f"{dtype_of(t)}")
    if size < 0:
        raise TFJSValueError(f"size must be non-negative, but got {size}.")
    w = numeric(to_torch(weights, "weights", op_name), "weights", op_name)
    return t, w, int(size)


def _count(ids, w, size, out_dtype):
    """Weighted counts of ``ids`` along the last axis into ``size`` bins."""
    if ids.numel() and bool((ids < 0).any()):
        raise TFJSValueError("Input x must be non-negative!")
    keep = ids < size
    vals = (w.to(torch.float64) if w.numel() else torch.ones_like(ids, dtype=torch.float64))
    # one spare bin collects the values >= size
    out = torch.zeros(list(ids.shape[:-1]) + [size + 1], dtype=torch.float64,
                      device=ids.device)
    out.scatter_add_(-1, torch.where(keep, ids, size).to(torch.int64), vals)
    out = out[..., :size]
    if out_dtype == "bool":
        return to_uint8_bool(out)
    return _finish(out, out_dtype)


@op
def bincount(x, weights, size):
    """Counts (or summed ``weights``) of each value of int32 ``x`` below ``size``.

    TF.js: ``tf.bincount(x, weights, size)``. The result has ``weights``'s dtype.
    """
    t, w, size = _count_args(x, weights, size, "bincount")
    if w.numel() and w.numel() != t.numel():
        raise TFJSValueError(
            f"Error in bincount: weights must have the same size as input or0-length, but "
            f"got input shape: {js_list(t.shape)}, weights shape: {js_list(w.shape)}.")
    return _count(t.reshape(-1), w.reshape(-1), size, dtype_of(w))


@op
def denseBincount(x, weights, size, binaryOutput=False):  # noqa: N802,N803 - TF.js names
    """bincount of a 1-D ``x`` or of each row of a 2-D ``x``.

    TF.js: ``tf.denseBincount(x, weights, size, binaryOutput)``. As in TF.js,
    ``binaryOutput`` only applies to 2-D input.
    """
    op_name = "denseBincount"
    rank = to_torch(x, "x", op_name).ndim
    if rank not in (1, 2):
        sep = "" if rank == 0 else " "
        raise TFJSValueError(f"Error in denseBincount: input must be at most rank 2, but "
                             f"got rank{sep}{rank}.")
    t, w, size = _count_args(x, weights, size, op_name)
    if w.numel() and list(w.shape) != list(t.shape):
        raise TFJSValueError(
            f"Error in denseBincount: weights must have the same shape as x or 0-length, "
            f"but got x shape: {js_list(t.shape)}, weights shape: {js_list(w.shape)}.")
    out = _count(t, w, size, dtype_of(w))
    if binaryOutput and t.ndim == 2:
        out = _count(t, w[:0], size, dtype_of(w)).clamp(max=1)
    return out


def _check_num_classes(num_classes):
    from .reduction import js_str
    if num_classes is None:
        raise TFJSValueError("numClasses is required to be a positive integer, but got "
                             "undefined")
    if num_classes <= 0 or not float(num_classes).is_integer():
        raise TFJSValueError(f"If provided, numClasses must be a positive integer, but got "
                             f"{js_str(num_classes)}")
    return int(num_classes)


@op
def confusionMatrix(labels, predictions, numClasses=None):  # noqa: N802,N803 - TF.js names
    """int32 ``[numClasses, numClasses]`` counts of (label, prediction) pairs.

    TF.js: ``tf.math.confusionMatrix(labels, predictions, numClasses)``. Values outside
    ``[0, numClasses)`` are not counted.
    """
    op_name = "confusionMatrix"
    n = _check_num_classes(numClasses)
    lab = to_torch(labels, "labels", op_name, "int32")
    pred = to_torch(predictions, "predictions", op_name, "int32")
    for name, v in (("labels", lab), ("predictions", pred)):
        if v.ndim != 1:
            raise TFJSValueError(f"Expected the rank of {name} to be 1, but got {v.ndim}")
    if lab.shape[0] != pred.shape[0]:
        raise TFJSValueError(
            f"Mismatch in the number of examples: {lab.shape[0]} vs. {pred.shape[0]}. "
            f"Labels and predictions should have the same number of elements.")
    from .creation import cast_torch
    lab, pred = cast_torch(lab, "int32").to(torch.int64), cast_torch(pred, "int32").to(torch.int64)
    ok = (lab >= 0) & (lab < n) & (pred >= 0) & (pred < n)
    flat = torch.where(ok, lab * n + pred, 0)
    out = torch.zeros(n * n, dtype=torch.int64, device=lab.device)
    out.scatter_add_(0, flat, ok.to(torch.int64))
    return out.reshape(n, n).to(torch.int32)
