"""Ragged-tensor ops: raggedGather, raggedRange, raggedTensorToTensor.

A ragged tensor is given, as in TF.js, by its flat values plus row partitions (row
splits or value row ids). Partition bookkeeping runs on the host in Python ints; values
are gathered and scattered with torch on their own device.
"""
import math

import torch

from ..errors import TFJSValueError, js_list
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .creation import cast_torch


def _ints(t):
    return [int(v) for v in t.flatten().tolist()]


def _int_tensor(values, like):
    return torch.tensor(values, dtype=torch.int32, device=like.device)


# --- raggedGather -----------------------------------------------------------------------

def _check_splits(splits):
    for s in splits:
        if any(b < a for a, b in zip(s, s[1:])):
            raise TFJSValueError("Ragged splits must be sorted in ascending order")


def _gather_levels(splits, rows):
    """Output splits for each ragged level and the final value ranges."""
    ranges = [(r, r + 1) for r in rows]
    out = []
    for level in splits:
        lengths = [level[r + 1] - level[r] for a, b in ranges for r in range(a, b)]
        acc = [0]
        for n in lengths:
            acc.append(acc[-1] + n)
        out.append(acc)
        ranges = [(level[a], level[b]) for a, b in ranges]
    return out, ranges


@op
def raggedGather(paramsNestedSplits, paramsDenseValues, indices,  # noqa: N802,N803
                 outputRaggedRank):  # noqa: N803
    """Gathers rows of a ragged tensor. TF.js: ``tf.raggedGather``.

    Args:
        paramsNestedSplits: list of int32 row-splits Tensors, outermost first.
        paramsDenseValues: the flat values.
        indices: int32 Tensor of row indices (any rank).
        outputRaggedRank: the ragged rank of the result (TF.js derives the result
            from ``indices`` and the splits).

    Returns:
        ``{outputNestedSplits: [int32 Tensors], outputDenseValues: Tensor}``.
    """
    name = "raggedGather"
    splits_t = [to_torch(s, f"tensors{i}", name, "int32")
                for i, s in enumerate(paramsNestedSplits)]
    values = numeric(to_torch(paramsDenseValues, "paramsDenseValues", name),
                     "paramsDenseValues", name)
    idx = to_torch(indices, "indices", name, "int32")
    splits = [_ints(s) for s in splits_t]
    n_params = splits_t[0].shape[0] - 1 if splits_t[0].ndim else -1
    flat = _ints(idx)
    for i, r in enumerate(flat):
        if not 0 <= r < n_params:
            raise TFJSValueError(f"indices[{i}] = {r} is not in [0, {n_params})")
    if values.ndim == 0:
        raise TFJSValueError("params.rank must be nonzero")
    _check_splits(splits)
    levels, ranges = _gather_levels(splits, flat)
    shape = list(idx.shape)
    uniform = [[k * shape[d + 1] for k in range(math.prod(shape[:d + 1]) + 1)]
               for d in range(len(shape) - 1)]
    out_splits = uniform + levels if idx.ndim else levels[1:]
    rows = [r for a, b in ranges for r in range(a, b)]
    gathered = values[torch.tensor(rows, dtype=torch.int64, device=values.device)]
    return {"outputNestedSplits": [_int_tensor(s, values) for s in out_splits],
            "outputDenseValues": gathered}


# --- raggedRange ------------------------------------------------------------------------

def _range_size(start, limit, delta):
    if (delta > 0 and start > limit) or (delta < 0 and start < limit):
        return 0
    return int(math.ceil(abs((limit - start) / delta)))


@op
def raggedRange(starts, limits, deltas):  # noqa: N802 - TF.js name
    """A ragged tensor of ranges ``range(starts[i], limits[i], deltas[i])``.
    TF.js: ``tf.raggedRange``.

    Args:
        starts, limits, deltas: scalars or vectors of one dtype (float32 or int32);
            scalars broadcast.

    Returns:
        ``{rtNestedSplits: int32 Tensor, rtDenseValues: Tensor}``.
    """
    name = "raggedRange"
    s = numeric(to_torch(starts, "starts", name), "starts", name)
    dtype = dtype_of(s)
    lim = check_dtype(to_torch(limits, "limits", name, dtype), (dtype,), "limits", name)
    dl = check_dtype(to_torch(deltas, "deltas", name, dtype), (dtype,), "deltas", name)
    for t, what in ((s, "starts"), (lim, "limits"), (dl, "deltas")):
        if t.ndim > 1:
            raise TFJSValueError(f"{what} must be a scalar or vector")
    sizes = {t.shape[0] for t in (s, lim, dl) if t.ndim == 1}
    if len(sizes) > 1:
        raise TFJSValueError("starts, limits, and deltas must have the same shape")
    n = sizes.pop() if sizes else 1
    cols = [t.double().flatten().tolist() * (n if t.ndim == 0 else 1) for t in (s, lim, dl)]
    splits, values = [0], []
    for a, b, d in zip(*cols):
        if d == 0:
            raise TFJSValueError("Requires delta != 0")
        k = _range_size(a, b, d)
        values += [a + j * d for j in range(k)]
        splits.append(splits[-1] + k)
    out = torch.tensor(values, dtype=torch.float64, device=s.device)
    return {"rtNestedSplits": _int_tensor(splits, s), "rtDenseValues": cast_torch(out, dtype)}


# --- raggedTensorToTensor -----------------------------------------------------------------

def _partition_coords(kinds, parts, n_values):
    """Per-level (parent, position) lists for every element, outermost first."""
    nrows = None
    levels = []
    for level, (kind, p) in enumerate(zip(kinds, parts)):
        if kind == "FIRST_DIM_SIZE":
            nrows = p[0]
            continue
        prev = nrows if not levels else len(levels[-1][0])
        if kind == "ROW_SPLITS":
            if levels and len(p) - 1 > prev:
                raise TFJSValueError(f"Row partition size is greater than output size: "
                                     f"{len(p) - 1} > {prev}")
            parent = [r for r in range(len(p) - 1) for _ in range(p[r], p[r + 1])]
            pos = [k - p[r] for r in range(len(p) - 1) for k in range(p[r], p[r + 1])]
            if not levels and nrows is None:
                nrows = len(p) - 1
        elif kind == "VALUE_ROWIDS":
            if level == 0:
                raise TFJSValueError("Cannot handle VALUE_ROWIDS in first dimension.")
            parent, pos, seen = p, [], {}
            for r in p:
                if r >= prev:
                    raise TFJSValueError(f"Got nextValueRowId={r} which is not less than "
                                         f"{prev}")
                pos.append(seen.get(r, 0))
                seen[r] = pos[-1] + 1
        else:
            raise TFJSValueError(f"Unknown row partition type {kind}")
        levels.append((parent, pos))
    return nrows, levels


def _value_coords(nrows, levels):
    """Full ragged coordinates of every value: ``[coords of dim 0, dim 1, ...]``."""
    coords = [list(levels[-1][1])]
    parents = levels[-1][0]
    for parent, pos in reversed(levels[:-1]):
        coords.insert(0, [pos[q] for q in parents])
        parents = [parent[q] for q in parents]
    coords.insert(0, list(parents))
    dims = [nrows] + [max(c, default=-1) + 1 for c in coords[1:]]
    return coords, dims


@op
def raggedTensorToTensor(shape, values, defaultValue, rowPartitionTensors,  # noqa: N802,N803
                         rowPartitionTypes):  # noqa: N803
    """Converts a ragged tensor to a dense one. TF.js: ``tf.raggedTensorToTensor``.

    Args:
        shape: int32 output shape (-1 entries are inferred; smaller sizes truncate).
        values: the flat values.
        defaultValue: the fill for missing entries (broadcast to the inner shape).
        rowPartitionTensors: int32 partitions, outermost first.
        rowPartitionTypes: ``'ROW_SPLITS'``, ``'VALUE_ROWIDS'`` or (first only)
            ``'FIRST_DIM_SIZE'`` for each partition.

    Differences from TF.js:
        A ``defaultValue`` with the full inner shape (e.g. ``[7, 8]`` for pairs) fills
        with its values; TF.js 4.22 fills with zeros then.
    """
    name = "raggedTensorToTensor"
    shp = check_dtype(to_torch(shape, "shape", name, "int32"), ("int32",), "shape", name)
    vals = numeric(to_torch(values, "values", name), "values", name)
    default = to_torch(defaultValue, "defaultValue", name, dtype_of(vals))
    parts = [_ints(to_torch(t, f"tensors{i}", name, "int32"))
             for i, t in enumerate(rowPartitionTensors)]
    if not rowPartitionTypes:
        raise TFJSValueError("No row_partition_types given.")
    nrows, levels = _partition_coords(list(rowPartitionTypes), parts, vals.shape[0])
    _check_ranks(shp, vals, default, len(levels))
    coords, dims = _value_coords(nrows, levels)
    wanted = _ints(shp) if shp.ndim else [-1] * (len(dims) + vals.ndim - 1)
    _check_inner(wanted, vals, len(dims))
    out_dims = [d if w < 0 else w for d, w in zip(dims + list(vals.shape[1:]), wanted)]
    inner = tuple(out_dims[len(dims):])
    out = torch.empty(out_dims, dtype=vals.dtype, device=vals.device)
    out[...] = cast_torch(default, dtype_of(vals))   # broadcast over the inner dims
    src = vals[(slice(None),) + tuple(slice(0, d) for d in inner)]
    keep = [k for k in range(vals.shape[0])
            if all(c[k] < d for c, d in zip(coords, out_dims))]
    if keep:
        index = tuple(torch.tensor([c[k] for k in keep], device=vals.device) for c in coords)
        out[index] = src[torch.tensor(keep, device=vals.device)]
    return out


def _check_inner(wanted, vals, ragged_dims):
    """TF.js takes the inner (uniform) sizes from ``shape`` as given: -1 is not inferred."""
    for d in range(ragged_dims, len(wanted)):
        given, actual = wanted[d], vals.shape[d - ragged_dims + 1]
        if given == -1:
            raise TFJSValueError("Dimension -1 must be >= 0")
        if given != actual:
            raise TFJSValueError(f"rt input.shape and shape={js_list(wanted)} are "
                                 f"incompatible: rt input.shape[{d}] = {actual} but "
                                 f"shape[{d}] = {given}")


def _check_ranks(shp, vals, default, ragged_rank):
    rank = ragged_rank + vals.ndim
    if shp.ndim == 1 and shp.shape[0] != rank:
        raise TFJSValueError(f"rt input.shape and shape={js_list(_ints(shp))} are "
                             f"incompatible: rt input.rank = {rank}, but shape.rank = "
                             f"{shp.shape[0]}")
    if default.ndim >= vals.ndim:
        raise TFJSValueError(f"defaultValue.shape={js_list(list(default.shape))} and ragged "
                             f"tensor flatValues.shape={js_list(list(vals.shape))}, are "
                             f"incompatible: defaultValue.rank = {default.ndim} must be "
                             f"less than ragged tensor input flatValues.rank = {vals.ndim})")
