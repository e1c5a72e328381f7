"""Indexing: stridedSlice, gather, gatherND, scatterND, tensorScatterUpdate, where,
whereAsync, booleanMaskAsync, topk, unique, setdiff1dAsync, sparseToDense, lowerBound,
upperBound, searchSorted, inTopKAsync.

Index arguments given as plain lists are read as int32 (TF.js converts them so);
index tensors of another dtype are rejected with TF.js's message. Functions that
return a Promise in TF.js run eagerly and return a value that can also be awaited.
"""
import builtins
import functools
import math

import numpy as np
import torch

from .. import engine
from .._jsobject import JSObject, resolved
from ..errors import TFJSValueError
from ._op import OPS, check_dtype, dtype_of, numeric, op, to_torch, wrap
from .reduction import js_str, parse_axis
from .shape import assert_shapes_match, infer_shape, is_str, shape_of, slice_data, take


class ValuesIndices(JSObject):
    """TF.js's ``{values, indices}`` result: ``r.values`` is the tensor (it shadows
    ``dict.values``, which such an object does not have in TF.js)."""

    __slots__ = ()

    @property
    def values(self):
        return self["values"]


def _object_op(fn):
    """``@op`` for ops that return a TF.js plain object: the result is a JSObject."""
    wrapped = op(fn)

    @functools.wraps(fn)
    def public(*args, **kwargs):
        return ValuesIndices(wrapped(*args, **kwargs))
    OPS[fn.__name__] = public
    return public


def _indices(x, arg, op_name):
    return check_dtype(to_torch(x, arg, op_name, "int32"), ("int32",), arg, op_name)


# --- stridedSlice ------------------------------------------------------------------------------

def _dense_spec(rank, begin, end, strides, masks):
    """Expand the sparse slice spec (with ellipsis / new axes) to one entry per input dim.

    Returns per-dim (begin, end, stride, begin_masked, end_masked, shrink) and the final
    shape recipe: dim index, 'new' (inserted axis) or nothing for shrunk dims.
    """
    begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_mask = masks
    if ellipsis_mask & (ellipsis_mask - 1):
        raise TFJSValueError("Multiple ellipses in slice is not allowed.")
    n = len(begin)
    if not ellipsis_mask:
        ellipsis_mask, n = 1 << n, n + 1      # an implicit ellipsis at the end
    dense, recipe, full = [], [], 0
    for i in builtins.range(n):
        bit = 1 << i
        if ellipsis_mask & bit:
            after = builtins.sum(1 for j in builtins.range(i + 1, n) if new_axis_mask >> j & 1)
            stop = builtins.min(rank - (n - i) + 1 + after, rank)
            while full < stop:
                dense.append((0, 0, 1, True, True, False))
                recipe.append(full)
                full += 1
        elif new_axis_mask & bit:
            recipe.append("new")
        else:
            if full >= rank:
                raise TFJSValueError(f"Index out of range using input dim {full}; input has "
                                     f"only {rank} dims, {rank}.")
            shrink = bool(shrink_mask & bit)
            dense.append((begin[i], end[i], strides[i], bool(begin_mask & bit),
                          bool(end_mask & bit), shrink))
            if not shrink:
                recipe.append(full)
            full += 1
    return dense, recipe


def _canonical(x, masked, stride, dim, which):
    lo, hi = (0, dim) if stride > 0 else (-1, dim - 1)
    if masked:
        return (lo, hi)[which] if stride > 0 else (lo, hi)[1 - which]
    x = x + dim if x < 0 else x
    return builtins.min(builtins.max(x, lo), hi)


def _dim_range(spec, dim, i):
    b, e, s, bm, em, shrink = spec
    if s == 0:
        raise TFJSValueError(f"strides[{i}] must be non-zero")
    if shrink:
        start = b + dim if b < 0 else b
        if not 0 <= start < dim:
            raise TFJSValueError(f"slice index {b} of dimension {i} out of bounds.")
        return start, start + 1, 1
    return _canonical(b, bm, s, dim, 0), _canonical(e, em, s, dim, 1), s


def _simple_slice(t, ranges, final):
    """TF.js's unit-stride path: slice(begin, end - begin) then reshape. NOTE: a negative
    extent is read as slice()'s -1 ("to the end") or rejected, as TF.js does."""
    begin = [r[0] for r in ranges]
    size = [r[1] - r[0] for r in ranges]
    out = slice_data(t, begin, size)
    n = math.prod(out.shape)
    if n != math.prod(final):
        raise TFJSValueError(f"Size({n}) must match the product of shape {js_str(final)}")
    return out.reshape(final)


@op
def stridedSlice(x, begin, end, strides=None, beginMask=0, endMask=0,  # noqa: N802,N803
                 ellipsisMask=0, newAxisMask=0, shrinkAxisMask=0):  # noqa: N803
    """Slice with strides and TF's bit masks (begin/end/ellipsis/newAxis/shrinkAxis).

    TF.js: ``tf.stridedSlice(x, begin, end, strides?, beginMask=0, endMask=0,
    ellipsisMask=0, newAxisMask=0, shrinkAxisMask=0)``.
    """
    t = to_torch(x, "x", "stridedSlice")
    begin, end = list(begin), list(end)
    strides = [1] * len(begin) if strides is None else list(strides)
    masks = (beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask)
    dense, recipe = _dense_spec(t.ndim, begin, end, strides, masks)
    ranges = [_dim_range(spec, t.shape[i], i) for i, spec in enumerate(dense)]
    sizes = [builtins.max(0, math.ceil((e - b) / s)) for b, e, s in ranges]
    final = [1 if r == "new" else sizes[r] for r in recipe]
    if builtins.all(s == 1 for _, _, s in ranges):
        return _simple_slice(t, ranges, final)
    for axis, (b, e, s) in enumerate(ranges):
        t = take(t, list(builtins.range(b, e, s)), axis)
    return t.reshape(final)


# --- gather / scatter --------------------------------------------------------------------------

def _check_gather_index(idx, dim):
    bad = (idx < 0) | (idx >= dim)
    if bool(bad.any()):
        v = int(idx[bad][0])
        raise TFJSValueError(f"GatherV2: the index value {v} is not in [0, {dim - 1}]")


@op
def gather(x, indices, axis=0, batchDims=0):  # noqa: N803 - TF.js name
    """Gather slices of ``x`` along ``axis`` at ``indices`` (int32).

    TF.js: ``tf.gather(x, indices, axis=0, batchDims=0)``.
    """
    t = numeric(to_torch(x, "x", "gather"), "x", "gather")
    idx = _indices(indices, "indices", "gather")
    ax = parse_axis(axis, t.ndim)[0]
    bd = batchDims + idx.ndim if batchDims < 0 else batchDims
    for i in builtins.range(bd):
        if t.shape[i] != idx.shape[i]:
            raise TFJSValueError(f"x.shape[{i}]: {t.shape[i]} should be equal to "
                                 f"indices.shape[{i}]: {idx.shape[i]}.")
    _check_gather_index(idx, t.shape[ax])
    shape = shape_of(t)
    b, o = math.prod(shape[:bd]), math.prod(shape[bd:ax])
    x4 = t.reshape(b, o, shape[ax], -1)                       # (batch, outer, axis, inner)
    i2 = idx.reshape(b, -1).long()                            # (batch, n)
    dev = t.device
    out = x4[torch.arange(b, device=dev)[:, None, None],
             torch.arange(o, device=dev)[None, :, None], i2[:, None, :]]
    return out.reshape(shape[:ax] + shape_of(idx)[bd:] + shape[ax + 1:])


def _linear_index(idx, shape, k, what="Invalid indices"):
    """Flat positions of the K-tuples in ``idx`` (N, K) into ``shape[:K]``, bounds-checked."""
    dims = torch.tensor(shape[:k], dtype=torch.int64, device=idx.device)
    bad = ((idx < 0) | (idx >= dims)).any(dim=1)
    if bool(bad.any()):
        row = idx[bad][0].tolist()
        raise TFJSValueError(f"{what}: {js_str(row)} does not index into {js_str(shape)}")
    strides = [math.prod(shape[j + 1:k]) for j in builtins.range(k)]
    return (idx.long() * torch.tensor(strides, dtype=torch.int64, device=idx.device)).sum(1)


def _rank_at_least_1(t, what, op_name):
    if t.ndim < 1:
        raise TFJSValueError(f"tf.{op_name}() expects the {what} to be rank 1 or higher, but "
                             f"the rank was {t.ndim}.")


@op
def gatherND(x, indices):  # noqa: N802 - TF.js name
    """Gather slices of ``x`` addressed by the last axis of ``indices``.

    TF.js: ``tf.gatherND(x, indices)``.
    """
    t = to_torch(x, "x", "gatherND")
    idx = _indices(indices, "indices", "gatherND")
    _rank_at_least_1(t, "input", "gatherND")
    _rank_at_least_1(idx, "indices", "gatherND")
    k = idx.shape[-1]
    if k > t.ndim:
        raise TFJSValueError(f"index innermost dimension length must be <= tensor rank; "
                             f"saw: {k} vs. {t.ndim}")
    shape = shape_of(t)
    lin = _linear_index(idx.reshape(-1, k), shape, k)
    flat = t.reshape([math.prod(shape[:k])] + shape[k:])
    out = take(flat, lin.cpu().numpy() if is_str(t) else lin, 0)
    return out.reshape(shape_of(idx)[:-1] + shape[k:])


def _check_update_shape(shape, idx, upd):
    """TF.js ``validateUpdateShape`` messages."""
    slice_dim = idx.shape[-1] if idx.ndim > 1 else 1
    batch_dim = idx.ndim - 1 if idx.ndim > 1 else 1
    base = (f"Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got "
            f"updates.shape: {js_str(shape_of(upd))}, indices.shape: {js_str(shape_of(idx))}, "
            f"shape: {js_str(shape)}, sliceDim: {slice_dim}, and batchDim: {batch_dim}.")
    if upd.ndim < batch_dim:
        raise TFJSValueError(f"{base} update.rank < {batch_dim}. ")
    if len(shape) < slice_dim + (upd.ndim - batch_dim):
        raise TFJSValueError(f"{base} Output shape length < "
                             f"{slice_dim + (upd.ndim - batch_dim)}")
    if upd.ndim != batch_dim + len(shape) - slice_dim:
        raise TFJSValueError(f"{base} update.rank != {batch_dim + len(shape) - slice_dim}")
    for d in builtins.range(batch_dim):
        if upd.shape[d] != idx.shape[d]:
            raise TFJSValueError(f"{base} updates.shape[{d}] ({upd.shape[d]}) != "
                                 f"indices.shape[{d}] ({idx.shape[d]}).")
    for d in builtins.range(upd.ndim - batch_dim):
        if upd.shape[d + batch_dim] != shape[d + slice_dim]:
            raise TFJSValueError(
                f"{base} updates.shape[{d + batch_dim}] ({upd.shape[d + batch_dim]}) != "
                f"shape[{d + batch_dim}] ({shape[d + batch_dim]})")
    return slice_dim


def _scatter_rows(shape, idx, upd, slice_dim):
    """(flat positions, update rows) for a scatter into ``shape``."""
    k = slice_dim
    lin = _linear_index(idx.reshape(-1, k), shape, k)
    return lin, upd.reshape(lin.shape[0], -1)


def _last_wins(lin):
    """Positions (into ``lin``) of the last write to each distinct target."""
    uniq, inv = torch.unique(lin, return_inverse=True)
    order = torch.arange(lin.shape[0], device=lin.device)
    last = torch.full((uniq.shape[0],), -1, dtype=torch.int64, device=lin.device)
    return last.scatter_reduce(0, inv, order, reduce="amax")


@op
def scatterND(indices, updates, shape):  # noqa: N802 - TF.js name
    """A zero tensor of ``shape`` with ``updates`` added at ``indices`` (repeats sum).

    TF.js: ``tf.scatterND(indices, updates, shape)``.
    """
    idx = _indices(indices, "indices", "scatterND")
    upd = numeric(to_torch(updates, "updates", "scatterND"), "updates", "scatterND")
    _rank_at_least_1(idx, "indices", "scatterND")
    _rank_at_least_1(upd, "updates", "scatterND")
    shape = list(shape)
    if len(shape) < 1:
        raise TFJSValueError(f"Output rank must be greater or equal to 1, but got shape: "
                             f"{js_str(shape)}")
    slice_dim = _check_update_shape(shape, idx, upd)
    if math.prod(shape) == 0:
        return torch.zeros(shape, dtype=upd.dtype, device=upd.device)
    lin, rows = _scatter_rows(shape, idx, upd, slice_dim)
    acc = torch.int32 if upd.dtype == torch.bool else upd.dtype
    out = torch.zeros(math.prod(shape[:slice_dim]), rows.shape[1], dtype=acc, device=upd.device)
    out.index_add_(0, lin, rows.to(acc))
    return (out != 0 if upd.dtype == torch.bool else out).reshape(shape)


@op
def tensorScatterUpdate(tensor, indices, updates):  # noqa: N802 - TF.js name
    """A copy of ``tensor`` with the slices at ``indices`` replaced by ``updates``.

    TF.js: ``tf.tensorScatterUpdate(tensor, indices, updates)``; a repeated index keeps
    its last update.

    Differences from TF.js:
        ``tensor`` is never modified (TF.js's cpu backend overwrites its data).
    """
    name = "tensorScatterupdate"   # NOTE: TF.js's own spelling in its messages
    t = numeric(to_torch(tensor, "tensor", name), "tensor", name)
    idx = _indices(indices, "indices", name)
    upd = numeric(to_torch(updates, "updates", name), "updates", name)
    if t.ndim < 1:
        raise TFJSValueError(f"Output rank must be greater or equal to 1, but got shape: "
                             f"{js_str(shape_of(t))}")
    if t.dtype != upd.dtype:
        raise TFJSValueError(f"tensor and updates must have the same dtype, instead they are "
                             f"{dtype_of(t)} and {dtype_of(upd)}.")
    slice_dim = _check_update_shape(shape_of(t), idx, upd)
    lin, rows = _scatter_rows(shape_of(t), idx, upd, slice_dim)
    out = t.reshape(math.prod(t.shape[:slice_dim]), -1).clone()
    last = _last_wins(lin)
    out[lin[last]] = rows[last]
    return out.reshape(t.shape)


@op
def sparseToDense(sparseIndices, sparseValues, outputShape,  # noqa: N802,N803
                  defaultValue=0):  # noqa: N803 - TF.js name
    """A dense tensor of ``outputShape`` holding ``sparseValues`` at ``sparseIndices``.

    TF.js: ``tf.sparseToDense(sparseIndices, sparseValues, outputShape, defaultValue=0)``;
    a repeated index keeps its last value.
    """
    op_name = "sparseToDense"
    idx = _indices(sparseIndices, "sparseIndices", op_name)
    vals = to_torch(sparseValues, "sparseValues", op_name)
    dtype = dtype_of(vals)
    dv = _default_value(defaultValue, dtype)
    shape = list(outputShape)
    _check_sparse(idx, vals, shape)
    k = idx.shape[1] if idx.ndim > 1 else 1
    lin = _linear_index(idx.reshape(-1, k), shape, k)
    n = idx.shape[0] if idx.ndim > 0 else 1
    if is_str(vals):
        out = np.full(math.prod(shape), dv.reshape(-1)[0], dtype=object)
        src = np.broadcast_to(vals.reshape(-1), (n,))
        for pos, v in zip(lin.tolist(), src):
            out[pos] = v
        return out.reshape(shape)
    out = torch.full((math.prod(shape),), 0, dtype=vals.dtype, device=vals.device)
    out[:] = dv.reshape(-1)[0]
    src = vals.reshape(-1).expand(n)
    last = _last_wins(lin)
    out[lin[last]] = src[last]
    return out.reshape(shape)


def _default_value(value, dtype):
    op_name = "sparseToDense"
    if dtype == "string" and not is_str(value) and not isinstance(value, str) and (
            not hasattr(value, "dtype") or value.dtype != "string"):
        got = getattr(value, "dtype", "float32")
        raise TFJSValueError(f"Argument 'defaultValue' passed to '{op_name}' must be string "
                             f"tensor, but got {got} tensor")
    dv = to_torch(value, "defaultValue", op_name, None if dtype == "string" else dtype)
    return check_dtype(dv, (dtype,), "defaultValue", op_name)


def _check_sparse(idx, vals, shape):
    if idx.ndim > 2:
        raise TFJSValueError(f"sparseIndices should be a scalar, vector, or matrix, but got "
                             f"shape {js_str(shape_of(idx))}.")
    n = idx.shape[0] if idx.ndim > 0 else 1
    k = idx.shape[1] if idx.ndim > 1 else 1
    if len(shape) != k:
        raise TFJSValueError(f"outputShape has incorrect number of elements:, {len(shape)}, "
                             f"should be: {k}.")
    size = math.prod(vals.shape)
    if not (vals.ndim == 0 or (vals.ndim == 1 and size == n)):
        raise TFJSValueError(f"sparseValues has incorrect shape {js_str(shape_of(vals))}, "
                             f"should be [] or [{n}]")


# --- where / masks -----------------------------------------------------------------------------

@op
def where(condition, a, b):
    """Pick ``a`` where ``condition`` is true, else ``b`` (all three broadcast).

    TF.js: ``tf.where(condition, a, b)``.
    """
    from .. import dtypes
    from .arithmetic import broadcast_shape
    x = numeric(to_torch(a, "a", "where"), "a", "where")
    y = numeric(to_torch(b, "b", "where"), "b", "where")
    c = check_dtype(to_torch(condition, "condition", "where", "bool"), ("bool",),
                    "condition", "where")
    shape = broadcast_shape(c, x)
    broadcast_shape(torch.empty(shape, device=c.device), y)
    dtype = dtypes.TORCH[dtypes.upcast(dtype_of(x), dtype_of(y))]
    return torch.where(c, x.to(dtype), y.to(dtype))


def _coords(mask):
    return torch.nonzero(mask).to(torch.int32)


def whereAsync(condition):  # noqa: N802 - TF.js name
    """Coordinates of the true elements of a bool tensor, as int32 ``[n, rank]``.

    TF.js: ``tf.whereAsync(condition)`` (awaitable here, computed eagerly).
    """
    c = check_dtype(to_torch(condition, "condition", "whereAsync", "bool"), ("bool",),
                    "condition", "whereAsync")
    return resolved(wrap(_coords(c)))


def booleanMaskAsync(tensor, mask, axis=0):  # noqa: N802 - TF.js name
    """The slices of ``tensor`` where ``mask`` is true, starting at ``axis``.

    TF.js: ``tf.booleanMaskAsync(tensor, mask, axis=0)`` (awaitable, computed eagerly).
    """
    t = numeric(to_torch(tensor, "tensor", "boolMask"), "tensor", "boolMask")
    m = check_dtype(to_torch(mask, "mask", "boolMask", "bool"), ("bool",), "mask",
                    "boolMask")
    axis = 0 if axis is None else axis
    k = m.ndim
    if k == 0:
        raise TFJSValueError("mask cannot be scalar")
    shape = shape_of(t)
    assert_shapes_match(shape[axis:axis + k], shape_of(m),
                        "mask's shape must match the first K dimensions of tensor's shape,")
    flat = t.reshape(shape[:axis] + [math.prod(shape[axis:axis + k])] + shape[axis + k:])
    keep = torch.nonzero(m.reshape(-1)).reshape(-1)
    return resolved(wrap(flat.index_select(axis, keep)))


# --- topk / unique / setdiff ---------------------------------------------------------------------

def _sort_desc(t):
    """Stable descending sort along the last axis (ties: lower index first)."""
    key = t.to(torch.int32) if t.dtype == torch.bool else t
    return torch.sort(key, dim=-1, descending=True, stable=True)[1]


@_object_op
def topk(x, k=1, sorted=True):  # noqa: A002 - TF.js name
    """The ``k`` largest entries of the last axis and their int32 indices.

    TF.js: ``tf.topk(x, k=1, sorted=true)``; returns ``{values, indices}``. Equal values
    keep their index order. With ``sorted=false`` the order is TF.js's selection order.

    Differences from TF.js:
        NaN entries count as the largest values (TF.js's order with NaN is erratic).
    """
    t = numeric(to_torch(x, "x", "topk"), "x", "topk")
    if t.ndim == 0:
        raise TFJSValueError("topk() expects the input to be of rank 1 or higher")
    n = t.shape[-1]
    if k < 0:
        raise TFJSValueError(f"'k' passed to topk() must be >= 0 but got {k}")
    if k > n:
        raise TFJSValueError(f"'k' passed to topk() must be <= the last dimension ({n}) but "
                             f"got {k}")
    if sorted:
        order = _sort_desc(t)[..., :k]
    elif k == n:
        order = torch.arange(n, device=t.device).expand(t.shape)
    else:
        order = _unsorted_topk(t, k)
    values = torch.gather(t, -1, order)
    return {"values": values, "indices": order.to(torch.int32)}


def _unsorted_topk(t, k):
    rows = t.reshape(-1, t.shape[-1]).cpu().tolist()
    order = [_select_top(row, k) for row in rows]
    return torch.tensor(order, dtype=torch.int64, device=t.device).reshape(
        shape_of(t)[:-1] + [k])


def _select_top(row, k):
    """Indices of the k largest in TF.js's unsorted order: a Floyd-Rivest selection of
    the (value, index) pairs, where a pair precedes another if its value is larger, or
    equal with a smaller index; then the first k pairs as the selection left them."""
    items = [(v, i) for i, v in enumerate(row)]

    def before(a, b):    # < 0: a comes first
        d = b[0] - a[0]
        return a[1] - b[1] if d == 0 else d

    def select(lo, hi):
        while hi > lo:
            if hi - lo > 600:
                n, i = hi - lo + 1, k - lo + 1
                z = math.log(n)
                s = 0.5 * math.exp(2 * z / 3)
                sd = 0.5 * math.sqrt(z * s * (n - s) / n) * (-1 if i - n / 2 < 0 else 1)
                select(builtins.max(lo, math.floor(k - i * s / n + sd)),
                       builtins.min(hi, math.floor(k + (n - i) * s / n + sd)))
            pivot = items[k]
            i, j = lo, hi
            items[lo], items[k] = items[k], items[lo]
            if before(items[hi], pivot) > 0:
                items[lo], items[hi] = items[hi], items[lo]
            while i < j:
                items[i], items[j] = items[j], items[i]
                i, j = i + 1, j - 1
                while before(items[i], pivot) < 0:
                    i += 1
                while before(items[j], pivot) > 0:
                    j -= 1
            if before(items[lo], pivot) == 0:
                items[lo], items[j] = items[j], items[lo]
            else:
                j += 1
                items[j], items[hi] = items[hi], items[j]
            if j <= k:
                lo = j + 1
            if k <= j:
                hi = j - 1

    select(0, len(items) - 1)
    return [i for _, i in items[:k]]


def _key(v):
    return "NaN" if isinstance(v, float) and v != v else v


@_object_op
def unique(x, axis=0):
    """The distinct slices of ``x`` along ``axis`` in first-occurrence order, and for each
    input slice the int32 index of its value. TF.js: ``tf.unique(x, axis=0)``;
    returns ``{values, indices}``."""
    t = to_torch(x, "x", "unique")
    if t.ndim == 0:
        raise TFJSValueError("The input tensor must be at least 1D")
    ax = parse_axis(axis, t.ndim)[0]
    host = t if is_str(t) else t.detach().cpu().numpy()
    rows = np.moveaxis(host, ax, 0).reshape(host.shape[ax], -1).tolist()
    seen, first, inverse = {}, [], []
    for i, row in enumerate(rows):
        key = tuple(_key(v) for v in row)
        if key not in seen:
            seen[key] = len(first)
            first.append(i)
        inverse.append(seen[key])
    values = take(t, first, ax)
    dev = engine.device() if is_str(t) else t.device
    indices = torch.tensor(inverse, dtype=torch.int32, device=dev)
    return {"values": values, "indices": indices}


def setdiff1dAsync(x, y):  # noqa: N802 - TF.js name
    """The values of ``x`` not in ``y`` (order and repeats kept) and their int32 positions.

    TF.js: ``tf.setdiff1dAsync(x, y)``; returns ``[values, indices]`` (awaitable).
    """
    a = numeric(to_torch(x, "x", "setdiff1d"), "x", "setdiff1d")
    b = numeric(to_torch(y, "y", "setdiff1d"), "y", "setdiff1d")
    if a.dtype != b.dtype:
        raise TFJSValueError(f"x and y should have the same dtype, but got x "
                             f"({dtype_of(a)}) and y ({dtype_of(b)}).")
    for name, v in (("x", a), ("y", b)):
        if v.ndim != 1:
            raise TFJSValueError(f"{name} should be 1D tensor, but got {name} "
                                 f"({js_str(shape_of(v))}).")
    keep = torch.nonzero(~torch.isin(a, b)).reshape(-1)
    return resolved(wrap([a[keep], keep.to(torch.int32)]))


# --- sorted search -------------------------------------------------------------------------------

@op
def searchSorted(sortedSequence, values, side="left"):  # noqa: N802,N803 - TF.js names
    """Insertion points of ``values`` in each row of ``sortedSequence`` (int32).

    TF.js: ``tf.searchSorted(sortedSequence, values, side='left')``. Both inputs are read
    as 2-D ``[rows, last dim]`` and so is the result (1-D inputs give ``[1, n]``).

    Differences from TF.js:
        A ``side`` other than 'left' searches as 'right'.
    """
    op_name = "searchSorted"
    seq = numeric(to_torch(sortedSequence, "sortedSequence", op_name), "sortedSequence",
                  op_name)
    v = numeric(to_torch(values, "values", op_name), "values", op_name)
    if seq.ndim == 0:
        raise TFJSValueError("The new shape (1,) has NaN elements and the old shape () has "
                             "1 elements. The new shape and old shape must have the same "
                             "number of elements.")
    seq2 = seq.reshape(infer_shape([-1, seq.shape[-1]], seq.numel()))
    v2 = v.reshape(infer_shape([-1, v.shape[-1] if v.ndim else 1], v.numel()))
    if seq2.shape[0] != v2.shape[0] or (seq.ndim == 1 and v.ndim > 1):
        raise TFJSValueError("Leading dimension of 'sortedSequence' and 'values' must match.")
    s64, v64 = seq2.double().contiguous(), v2.double().contiguous()
    out = torch.searchsorted(s64, v64, right=side != "left")
    out = torch.where(torch.isnan(v64), 0, out)     # every comparison with NaN is false
    return out.to(torch.int32)                      # (rows, values per row)


def lowerBound(sortedSequence, values):  # noqa: N802,N803 - TF.js names
    """``searchSorted(..., 'left')``. TF.js: ``tf.lowerBound(sortedSequence, values)``."""
    return searchSorted(sortedSequence, values, "left")


def upperBound(sortedSequence, values):  # noqa: N802,N803 - TF.js names
    """``searchSorted(..., 'right')``. TF.js: ``tf.upperBound(sortedSequence, values)``."""
    return searchSorted(sortedSequence, values, "right")


def inTopKAsync(predictions, targets, k=1):  # noqa: N802 - TF.js name
    """Whether each target index is among the ``k`` largest predictions of its row.

    TF.js: ``tf.inTopKAsync(predictions, targets, k=1)`` (awaitable, computed eagerly).
    """
    p = numeric(to_torch(predictions, "predictions", "inTopK"), "predictions", "inTopK")
    tg = numeric(to_torch(targets, "targets", "inTopK"), "targets", "inTopK")
    if p.ndim < 2:
        raise TFJSValueError(f"inTopK() expects the predictions to be of rank 2 or higher, "
                             f"but got {p.ndim}")
    assert_shapes_match(shape_of(p)[:-1], shape_of(tg),
                        "predictions's shape should be align with the targets' shape, "
                        "except the last dimension.")
    n = p.shape[-1]
    if not 0 < k <= n:
        raise TFJSValueError(f"'k' passed to inTopK() must be > 0 && <= the predictions last "
                             f"dimension ({n}), but got {k}")
    top = _sort_desc(p)[..., :k]
    return resolved(wrap((top == tg.double().unsqueeze(-1)).any(-1)))
