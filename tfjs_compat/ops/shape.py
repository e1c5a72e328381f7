"""Shape manipulation: reshape, expandDims, squeeze, transpose, concat*, stack, unstack,
split, slice*, tile, reverse*, broadcastTo, broadcastArgs, meshgrid, diag, ensureShape.
(pad*, mirrorPad and the space/batch/depth ops are in ``shape_spatial.py``.)

String tensors (NumPy object arrays) go through the ops TF.js allows them in
(reshape, expandDims, squeeze, concat, stack, unstack, slice, tile, ensureShape).
As in TF.js, a reshape, expandDims or squeeze result shares its input's data buffer
(one entry in ``tf.memory().numDataBuffers``).
"""
import builtins
import math
import numbers

import numpy as np
import torch

from .. import _options
from ..errors import TFJSTypeError, TFJSValueError
from ..tensor import Tensor
from ._op import check_dtype, dtype_of, numeric, op, to_torch, wrap
from .reduction import js_str, parse_axis


# --- helpers shared with indexing.py ---------------------------------------------------------

def is_str(t):
    """True for string data (a NumPy object array)."""
    return isinstance(t, np.ndarray)


def shape_of(t):
    return list(t.shape)


def share(x, data):
    """A Tensor of ``data`` that shares ``x``'s data buffer when ``x`` is a Tensor."""
    return Tensor(data, dtype_of(data), buf=x._buf if isinstance(x, Tensor) else None)


def take(t, index, axis):
    """``index_select`` for torch data, ``np.take`` for strings; ``index`` is a list."""
    if is_str(t):
        return np.take(t, np.asarray(index, dtype=np.int64), axis=axis)
    return t.index_select(axis, torch.as_tensor(index, dtype=torch.int64, device=t.device))


def cat(parts, axis):
    if is_str(parts[0]):
        return np.concatenate(parts, axis=axis)
    return torch.cat(parts, axis)


def assert_shapes_match(a, b, prefix):
    """TF.js ``assertShapesMatch`` text."""
    if list(a) != list(b):
        raise TFJSValueError(f"{prefix} Shapes {js_str(list(a))} and {js_str(list(b))} "
                             f"must match")


def convert_dtype(t, dtype):
    """Store ``t`` in a tensor of ``dtype`` as TF.js copies values into a typed array."""
    from .arithmetic import to_uint8_bool
    from .creation import cast_torch
    if dtype_of(t) == dtype:
        return t
    if dtype == "bool":
        return to_uint8_bool(t.to(torch.float64)) if t.dtype != torch.bool else t
    return cast_torch(t, dtype)


# --- reshape family ------------------------------------------------------------------------

def infer_shape(shape, size):
    """TF.js ``inferFromImplicitShape`` plus reshape's size check."""
    shape = [shape] if isinstance(shape, numbers.Number) else list(shape)
    known, implicit = 1, -1
    for i, d in enumerate(shape):
        if d >= 0:
            known *= d
        elif d == -1:
            if implicit != -1:
                raise TFJSValueError(f"Shapes can only have 1 implicit size. Found -1 at dim "
                                     f"{implicit} and dim {i}")
            implicit = i
        else:
            raise TFJSValueError(f"Shapes can not be < 0. Found {js_str(d)} at dim {i}")
    if implicit != -1:
        if known == 0:
            raise TFJSValueError(f"Cannot infer the missing size in [{js_str(shape)}] when "
                                 f"there are 0 elements")
        if size % known != 0:
            raise TFJSValueError(f"The implicit shape can't be a fractional number. Got "
                                 f"{size} / {js_str(known)}")
        shape[implicit] = size // known
    if known * (1 if implicit == -1 else shape[implicit]) != size or any(
            float(d) != int(d) for d in shape):
        raise TFJSValueError(f"Size({size}) must match the product of shape {js_str(shape)}")
    return [int(d) for d in shape]


def reshape_data(t, shape):
    return t.reshape(infer_shape(shape, math.prod(t.shape)))


@op
def reshape(x, shape):
    """Give ``x`` a new shape with the same number of elements (one dim may be -1).

    TF.js: ``tf.reshape(x, shape)``. The result shares ``x``'s data buffer.

    Example:
        >>> tf.reshape(tf.tensor([1, 2, 3, 4]), [2, -1]).shape
        [2, 2]
    """
    t = to_torch(x, "x", "reshape")
    return share(x, reshape_data(t, shape))


def expand_data(t, axis):
    rank = t.ndim
    if axis > rank:
        raise TFJSValueError("Axis must be <= rank of the tensor")
    if axis < 0:
        if axis < -(rank + 1):
            raise TFJSValueError(f"Axis must be in the interval [{-(rank + 1)}, {rank}]")
        axis = rank + axis + 1
    return t.reshape(shape_of(t)[:axis] + [1] + shape_of(t)[axis:])


@op
def expandDims(x, axis=0):  # noqa: N802 - TF.js name
    """Insert a dimension of size 1 at ``axis``. TF.js: ``tf.expandDims(x, axis=0)``.

    The result shares ``x``'s data buffer.
    """
    t = to_torch(x, "x", "expandDims")
    return share(x, expand_data(t, axis))


@op
def squeeze(x, axis=None):
    """Remove dimensions of size 1 (all, or those in ``axis``). TF.js: ``tf.squeeze(x, axis?)``.

    The result shares ``x``'s data buffer.
    """
    t = to_torch(x, "x", "squeeze")
    shape = shape_of(t)
    if axis is None:
        return share(x, t.reshape([d for d in shape if d != 1]))
    axes = parse_axis(axis, len(shape))
    for a in axes:
        if shape[a] != 1:
            raise TFJSValueError(f"Can't squeeze axis {a} since its dim '{shape[a]}' is not 1")
    return share(x, t.reshape([d for i, d in enumerate(shape) if i not in axes]))


@op
def transpose(x, perm=None, conjugate=False):
    """Permute the dimensions (reverse them by default).

    TF.js: ``tf.transpose(x, perm?, conjugate?)``; ``conjugate`` conjugates complex64.

    Differences from TF.js:
        A ``perm`` that repeats an axis raises (TF.js returns wrong values).
    """
    t = numeric(to_torch(x, "x", "transpose"), "x", "transpose")
    rank = t.ndim
    perm = list(builtins.range(rank - 1, -1, -1)) if perm is None else list(perm)
    if len(perm) != rank:
        raise TFJSValueError(f"Error in transpose: rank of input {rank} must match length "
                             f"of perm {js_str(perm)}.")
    if not builtins.all(0 <= p < rank for p in perm):
        raise TFJSValueError(f"All entries in 'perm' must be between 0 and {rank - 1} but "
                             f"got {js_str(perm)}")
    if len(set(perm)) != rank:
        raise TFJSValueError(f"Error in transpose: perm {js_str(perm)} repeats an axis.")
    out = t.permute(perm)
    return out.conj().resolve_conj() if conjugate and out.is_complex() else out.contiguous()


# --- concat / stack / unstack / split ----------------------------------------------------

def _tensor_list(tensors, op_name, empty_message):
    if isinstance(tensors, Tensor) or not isinstance(tensors, (list, tuple)) or not tensors:
        raise TFJSValueError(empty_message)
    return [to_torch(t, f"tensors[{i}]", op_name) for i, t in enumerate(tensors)]


def _check_concat_shapes(ts, axis):
    first = shape_of(ts[0])
    rank = len(first)
    for i, t in enumerate(ts[1:], 1):
        if t.ndim != rank:
            raise TFJSValueError(f"Error in concat{rank}D: rank of tensors[{i}] must be the "
                                 f"same as the rank of the rest ({rank})")
        if any(r != axis and d != first[r] for r, d in enumerate(shape_of(t))):
            # NOTE: TF.js names the tensor's index where the axis number belongs.
            raise TFJSValueError(
                f"Error in concat{rank}D: Shape of tensors[{i}] ({js_str(shape_of(t))}) does "
                f"not match the shape of the rest ({js_str(first)}) along the "
                f"non-concatenated axis {i}.")


def _concat_dtypes(ts):
    """All parts in the first tensor's dtype (TF.js copies into its typed array)."""
    dtype = dtype_of(ts[0])
    others = [dtype_of(t) for t in ts]
    if dtype == "complex64" or "complex64" in others:
        bad = next((d for d in others if d != "complex64"), None)
        if bad is not None:
            raise TFJSValueError(f"Cannot concatenate complex64 tensors with a tensor\n"
                                 f"          with dtype {bad}. ")
        return ts
    if dtype == "string" or "string" in others:
        if builtins.any(d != "string" for d in others):
            raise TFJSValueError("Can not concatenate string tensors with numeric tensors.")
        return ts
    return [convert_dtype(t, dtype) for t in ts]


@op
def concat(tensors, axis=0):
    """Join a list of tensors along ``axis``. TF.js: ``tf.concat(tensors, axis=0)``.

    The result has the first tensor's dtype (values of the others are stored in it as
    TF.js stores them: int32 truncates, bool keeps ``ToUint8(x) != 0``).

    Differences from TF.js:
        Mixing string and numeric tensors raises a plain message (TF.js fails while
        decoding bytes); a bool result holds true/false, not TF.js's raw bytes.
    """
    ts = _tensor_list(tensors, "concat", "Pass at least one tensor to concat")
    if len(ts) == 1:
        return share(tensors[0], ts[0])
    ts = _concat_dtypes(ts)
    rank = ts[0].ndim
    ax = parse_axis(axis, rank)[0]
    _check_concat_shapes(ts, ax)
    return cat(ts, ax)


def concat1d(tensors):
    """Concatenate rank-1 tensors. TF.js: ``tf.concat1d(tensors)``."""
    return concat(tensors, 0)


def concat2d(tensors, axis):
    """Concatenate rank-2 tensors. TF.js: ``tf.concat2d(tensors, axis)``."""
    return concat(tensors, axis)


def concat3d(tensors, axis):
    """Concatenate rank-3 tensors. TF.js: ``tf.concat3d(tensors, axis)``."""
    return concat(tensors, axis)


def concat4d(tensors, axis):
    """Concatenate rank-4 tensors. TF.js: ``tf.concat4d(tensors, axis)``."""
    return concat(tensors, axis)


@op
def stack(tensors, axis=0):
    """Stack same-shape tensors along a new ``axis``. TF.js: ``tf.stack(tensors, axis=0)``."""
    ts = _tensor_list(tensors, "stack", "Pass at least one tensor to tf.stack")
    if len(ts) == 1:
        return share(tensors[0], expand_data(ts[0], axis))
    for t in ts[1:]:
        assert_shapes_match(ts[0].shape, t.shape,
                            "All tensors passed to stack must have matching shapes")
        if dtype_of(t) != dtype_of(ts[0]):
            raise TFJSValueError("All tensors passed to stack must have matching dtypes")
    parts = [expand_data(t, axis) for t in ts]
    return cat(parts, axis if axis >= 0 else parts[0].ndim + axis)


@op
def unstack(x, axis=0):
    """Split ``x`` into rank-(R-1) tensors along ``axis``. TF.js: ``tf.unstack(x, axis=0)``."""
    t = to_torch(x, "x", "unstack")
    rank = t.ndim
    if not -rank <= axis < rank:
        raise TFJSValueError(f"Axis = {axis} is not in [-{rank}, {rank})")
    axis %= rank
    return [take(t, [i], axis).reshape(shape_of(t)[:axis] + shape_of(t)[axis + 1:])
            for i in builtins.range(t.shape[axis])]


@op
def split(x, numOrSizeSplits, axis=0):  # noqa: N803 - TF.js name
    """Split ``x`` into equal parts or parts of given sizes (one size may be -1).

    TF.js: ``tf.split(x, numOrSizeSplits, axis=0)``.
    """
    t = numeric(to_torch(x, "x", "split"), "x", "split")
    ax = parse_axis(axis, t.ndim)[0]
    dim = t.shape[ax]
    if isinstance(numOrSizeSplits, numbers.Number):
        if numOrSizeSplits == 0 or dim % numOrSizeSplits != 0:
            raise TFJSValueError("Number of splits must evenly divide the axis.")
        sizes = [dim // int(numOrSizeSplits)] * int(numOrSizeSplits)
    else:
        sizes = list(numOrSizeSplits)
        if sizes.count(-1) > 1:
            raise TFJSValueError("There should be only one negative value in split array.")
        if -1 in sizes:
            sizes[sizes.index(-1)] = dim - (builtins.sum(sizes) + 1)
        if builtins.sum(sizes) != dim:
            raise TFJSValueError("The sum of sizes must match the size of the axis dimension.")
    parts, start = [], 0
    for s in sizes:
        begin = [0] * t.ndim
        size = [-1] * t.ndim
        begin[ax], size[ax] = start, s
        parts.append(slice_data(t, begin, size))
        start += s
    return parts


# --- slice ----------------------------------------------------------------------------------

def _slice_params(t, begin, size):
    """TF.js ``parseSliceParams``: full begin/size lists with -1 resolved."""
    rank = t.ndim
    if isinstance(begin, numbers.Number):
        begin = [begin] + [0] * (rank - 1)
    begin = list(begin) + [0] * builtins.max(0, rank - len(begin))
    if builtins.any(b < 0 for b in begin):
        raise TFJSValueError("slice() does not support negative begin indexing.")
    if size is None:
        size = [-1] * rank
    elif isinstance(size, numbers.Number):
        size = [size] + [-1] * (rank - 1)
    size = list(size) + [-1] * builtins.max(0, rank - len(size))
    for i, s in enumerate(size):
        if s < -1:
            raise TFJSValueError(f"Negative size values should be exactly -1 but got {s} for "
                                 f"the slice() size at index {i}.")
    size = [t.shape[i] - begin[i] if s == -1 and i < rank else s for i, s in enumerate(size)]
    return begin, size


def slice_data(t, begin, size):
    """``tf.slice`` on torch or string data, with TF.js's checks."""
    begin, size = _slice_params(t, begin, size)
    rank = t.ndim
    for name, v in (("begin", begin), ("size", size)):
        if len(v) != rank:
            raise TFJSValueError(f"Error in slice{rank}D: Length of {name} {js_str(v)} must "
                                 f"match the rank of the array ({rank}).")
    for i in builtins.range(rank):
        if begin[i] + size[i] > t.shape[i]:
            raise TFJSValueError(
                f"Error in slice{rank}D: begin[{i}] + size[{i}] ({begin[i] + size[i]}) would "
                f"overflow input.shape[{i}] ({t.shape[i]})")
    out = t[tuple(builtins.slice(b, b + s) for b, s in zip(begin, size))]
    return out.copy() if is_str(out) else out.contiguous()


@op
def slice(x, begin, size=None):  # noqa: A001 - TF.js name
    """Extract a block starting at ``begin`` of ``size`` (-1: to the end).

    TF.js: ``tf.slice(x, begin, size?)``; a number ``begin``/``size`` applies to axis 0.
    """
    return slice_data(to_torch(x, "x", "slice"), begin, size)


def _slice_nd(x, begin, size, rank):
    t = to_torch(x, "x", f"slice{rank}d")
    if t.ndim != rank:
        raise TFJSValueError(f"slice{rank}d expects a rank-{rank} tensor, but got a "
                             f"rank-{t.ndim} tensor")
    return slice(x, begin, size)


def slice1d(x, begin, size):
    """Slice a rank-1 tensor. TF.js: ``tf.slice1d(x, begin, size)``."""
    return _slice_nd(x, begin, size, 1)


def slice2d(x, begin, size):
    """Slice a rank-2 tensor. TF.js: ``tf.slice2d(x, begin, size)``."""
    return _slice_nd(x, begin, size, 2)


def slice3d(x, begin, size):
    """Slice a rank-3 tensor. TF.js: ``tf.slice3d(x, begin, size)``."""
    return _slice_nd(x, begin, size, 3)


def slice4d(x, begin, size):
    """Slice a rank-4 tensor. TF.js: ``tf.slice4d(x, begin, size)``."""
    return _slice_nd(x, begin, size, 4)


# --- tile / reverse ---------------------------------------------------------------------------

@op
def tile(x, reps):
    """Repeat ``x`` ``reps[i]`` times along each axis. TF.js: ``tf.tile(x, reps)``."""
    from .creation import check_shape
    t = to_torch(x, "x", "tile")
    reps = list(reps)
    if len(reps) != t.ndim:
        raise TFJSValueError(f"Error in transpose: rank of input {t.ndim} must match length "
                             f"of reps {js_str(reps)}.")
    check_shape([d * r for d, r in zip(t.shape, reps)])
    if is_str(t):
        return np.tile(t, reps) if reps else t.copy()
    return t.repeat(*reps) if reps else t.clone()


@op
def reverse(x, axis=None):
    """Reverse ``x`` along ``axis`` (all axes by default). TF.js: ``tf.reverse(x, axis?)``."""
    t = numeric(to_torch(x, "x", "reverse"), "x", "reverse")
    axes = parse_axis(axis, t.ndim)
    return torch.flip(t, axes) if axes else t.clone()


def _reverse_nd(x, axis, rank):
    t = to_torch(x, "x", "reverse")
    if t.ndim != rank:
        raise TFJSValueError(f"Error in reverse{rank}D: x must be rank {rank} but got rank "
                             f"{t.ndim}.")
    return reverse(x, axis)


def reverse1d(x):
    """Reverse a rank-1 tensor. TF.js: ``tf.reverse1d(x)``."""
    return _reverse_nd(x, 0, 1)


def reverse2d(x, axis=None):
    """Reverse a rank-2 tensor. TF.js: ``tf.reverse2d(x, axis?)``."""
    return _reverse_nd(x, axis, 2)


def reverse3d(x, axis=None):
    """Reverse a rank-3 tensor. TF.js: ``tf.reverse3d(x, axis?)``."""
    return _reverse_nd(x, axis, 3)


def reverse4d(x, axis=None):
    """Reverse a rank-4 tensor. TF.js: ``tf.reverse4d(x, axis?)``."""
    return _reverse_nd(x, axis, 4)


# --- broadcasting -----------------------------------------------------------------------------

@op
def broadcastTo(x, shape):  # noqa: N802 - TF.js name
    """Broadcast ``x`` to ``shape`` (NumPy rules). TF.js: ``tf.broadcastTo(x, shape)``."""
    t = to_torch(x, "broadcastTo", "x")
    # NOTE: TF.js swaps the argument and op names in this message.
    numeric(t, "broadcastTo", "x")
    shape = list(shape)
    if len(shape) < t.ndim:
        raise TFJSValueError(f"broadcastTo(): shape.length={len(shape)} < input.rank="
                             f"{t.ndim}.")
    have = [1] * (len(shape) - t.ndim) + shape_of(t)
    for h, want in zip(have, shape):
        if h != want and h != 1:
            raise TFJSValueError(f"broadcastTo(): [{js_str(shape_of(t))}] cannot be "
                                 f"broadcast to [{js_str(shape)}].")
    if have == shape and t.ndim == len(shape):
        return share(x, t)
    return t.reshape(have).expand(shape).contiguous()


@op
def broadcastArgs(s0, s1):
    """The broadcast shape of two int32 shape vectors. TF.js: ``tf.broadcastArgs(s0, s1)``."""
    a = check_dtype(to_torch(s0, "s0", "broadcastArgs", "int32"), ("int32",), "s0",
                    "broadcastArgs")
    b = check_dtype(to_torch(s1, "s1", "broadcastArgs", "int32"), ("int32",), "s1",
                    "broadcastArgs")
    for name, v in (("first", a), ("second", b)):
        if v.ndim != 1:
            raise TFJSValueError(f"broadcastArgs(): {name} input must be a vector (rank=1). "
                                 f"Has rank {v.ndim}")
    try:
        shape = torch.broadcast_shapes(tuple(a.tolist()), tuple(b.tolist()))
    except RuntimeError:
        raise TFJSValueError(f"Operands could not be broadcast together with shapes "
                             f"{js_str(a.tolist())} and {js_str(b.tolist())}.") from None
    return torch.tensor(list(shape), dtype=torch.int32, device=a.device)


def meshgrid(x=None, y=None, options=None, /, **kwargs):
    """Coordinate grids of two 1-D tensors (higher ranks are flattened).

    TF.js: ``tf.meshgrid(x?, y?, {indexing='xy'})``; 'ij' gives matrix indexing.
    """
    opts = _options.parse(options, kwargs, {"indexing": "xy"}, "tf.meshgrid")
    indexing = opts["indexing"]
    if indexing not in ("xy", "ij"):
        raise TFJSTypeError(f"{indexing} is not a valid third argument to meshgrid")
    if x is None:
        return []
    return wrap(_meshgrid(x, y, indexing))


def _meshgrid(x, y, indexing):
    a = to_torch(x, "x", "meshgrid")
    a = a.reshape(-1) if a.ndim > 1 else a
    if y is None:
        return [a]
    b = to_torch(y, "y", "meshgrid")
    b = b.reshape(-1) if b.ndim > 1 else b
    if indexing == "xy":
        rows, cols = len(b), len(a)
        return [a.reshape(1, -1).expand(rows, cols).contiguous(),
                b.reshape(-1, 1).expand(rows, cols).contiguous()]
    rows, cols = len(a), len(b)
    return [a.reshape(-1, 1).expand(rows, cols).contiguous(),
            b.reshape(1, -1).expand(rows, cols).contiguous()]


# --- misc -------------------------------------------------------------------------------------

@op
def diag(x):
    """A tensor with ``x`` on the diagonal: shape ``x.shape + x.shape``. TF.js: ``tf.diag(x)``."""
    t = numeric(to_torch(x, "x", "diag"), "x", "diag")
    flat = t.reshape(-1)
    out = torch.zeros(flat.numel(), flat.numel(), dtype=t.dtype, device=t.device)
    out.diagonal().copy_(flat)
    return out.reshape(shape_of(t) * 2)


def ensureShape(x, shape):  # noqa: N802 - TF.js name
    """Return ``x`` itself if its shape matches ``shape`` (None matches any size).

    TF.js: ``tf.ensureShape(x, shape)``.
    """
    t = to_torch(x, "x", "ensureShape")
    have = shape_of(t)
    if len(have) != len(shape) or builtins.any(
            s is not None and s != h for s, h in zip(shape, have)):
        expected = ",".join("" if s is None else js_str(s) for s in shape)
        raise TFJSValueError(f"EnsureShape: Shape of tensor {js_str(have)} is not "
                             f"compatible with expected shape {expected}")
    if isinstance(x, Tensor):
        return x
    return Tensor(t, dtype_of(t))
