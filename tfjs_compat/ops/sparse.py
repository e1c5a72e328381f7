"""Sparse ops (``tf.sparse``): sparseFillEmptyRows, sparseReshape, sparseSegmentMean,
sparseSegmentSum. Index bookkeeping runs on the host (the inputs are small int32
lists, as in TF.js's CPU kernels); values stay torch tensors on their device.
"""
import torch

from ..errors import TFJSValueError, js_list
from ._op import dtype_of, numeric, op, to_torch
from .creation import cast_torch

PUBLIC = ("sparseFillEmptyRows", "sparseReshape", "sparseSegmentMean", "sparseSegmentSum")


def _shape(t):
    return js_list(list(t.shape))


def _ints(t):
    return [int(v) for v in t.flatten().tolist()]


def _rank_error(what, rank_name, t, indent=8):
    # NOTE: TF.js's messages break the line and indent the shape
    return TFJSValueError(f"{what} should be {rank_name} but received shape\n"
                          f"{' ' * indent}{_shape(t)}")


# --- sparseFillEmptyRows ------------------------------------------------------------------

def _check_fill(idx, vals, shape, default):
    if idx.ndim != 2:
        raise _rank_error("Indices", "Tensor2D", idx)
    if vals.ndim != 1:
        raise TFJSValueError(f"Values should be Tensor1D but received shape {_shape(vals)}")
    if shape.ndim != 1:
        raise TFJSValueError(f"Dense shape should be Tensor1D but received shape "
                             f"{_shape(shape)}")
    if default.ndim != 0:
        raise TFJSValueError(f"Default value should be a scalar but received shape "
                             f"{_shape(default)}")


def _fill_rows(rows, dense_rows):
    """Output position of each input entry (rows stably sorted) and the empty rows."""
    if dense_rows == 0 and rows:
        raise TFJSValueError(f"Received SparseTensor with denseShape[0] = 0 but\n"
                             f"  indices.shape[0] = {len(rows)}")
    counts = [0] * dense_rows
    for i, r in enumerate(rows):
        if r < 0:
            raise TFJSValueError(f"indices({i}, 0) is invalid: {r} < 0")
        if r >= dense_rows:
            raise TFJSValueError(f"indices({i}, 0) is invalid: {r} >= {dense_rows}")
        counts[r] += 1
    starts, total = [], 0
    for c in counts:
        starts.append(total)
        total += max(c, 1)   # an empty row gets one default entry
    seen = [0] * dense_rows
    positions = []
    for r in rows:
        positions.append(starts[r] + seen[r])
        seen[r] += 1
    return positions, [c == 0 for c in counts], starts, total


@op
def sparseFillEmptyRows(indices, values, denseShape, defaultValue):  # noqa: N802,N803
    """Fills empty rows of a 2-D-indexed sparse tensor with ``defaultValue``.
    TF.js: ``tf.sparse.sparseFillEmptyRows``.

    Args:
        indices: int32 ``[N, rank]`` indices.
        values: ``[N]`` values.
        denseShape: int32 ``[rank]`` dense shape.
        defaultValue: scalar for the empty rows (cast to ``values``' dtype).

    Returns:
        ``{outputIndices, outputValues, emptyRowIndicator, reverseIndexMap}``; entries
        are ordered by row (stable within a row); ``reverseIndexMap[i]`` is the output
        position of input entry ``i``.
    """
    idx = to_torch(indices, "indices", "sparseFillEmptyRows", "int32")
    vals = numeric(to_torch(values, "values", "sparseFillEmptyRows"), "values",
                   "sparseFillEmptyRows")
    shape = to_torch(denseShape, "denseShape", "sparseFillEmptyRows", "int32")
    default = to_torch(defaultValue, "defaultValue", "sparseFillEmptyRows", dtype_of(vals))
    _check_fill(idx, vals, shape, default)
    n, rank = idx.shape[0], idx.shape[1]
    rows = _ints(idx[:, 0]) if rank else [0] * n
    positions, empty, starts, total = _fill_rows(rows, _ints(shape)[0])
    out_idx = torch.zeros((total, rank), dtype=torch.int32, device=idx.device)
    out_vals = cast_torch(default, dtype_of(vals)).reshape(1).repeat(total)
    pos = torch.tensor(positions, dtype=torch.int64, device=idx.device)
    out_idx[pos] = idx
    out_vals[pos] = vals[:n]
    empty_rows = [r for r, e in enumerate(empty) if e]
    out_idx[[starts[r] for r in empty_rows], 0] = torch.tensor(
        empty_rows, dtype=torch.int32, device=idx.device)
    return {"outputIndices": out_idx, "outputValues": out_vals,
            "emptyRowIndicator": torch.tensor(empty, dtype=torch.bool, device=idx.device),
            "reverseIndexMap": pos.to(torch.int32)}


# --- sparseReshape ----------------------------------------------------------------------

def _target_shape(in_shape, new_shape, dense_size):
    """TF's sparse reshape shape inference (one -1 allowed)."""
    out, unknown, product = list(new_shape), -1, 1
    for d, size in enumerate(new_shape):
        if size == -1:
            if unknown != -1:
                raise TFJSValueError(f"only one output dimension may be -1, not both "
                                     f"{unknown} and {d}")
            unknown = d
        elif size < 0:
            raise TFJSValueError(f"size {d} must be non-negative, not {size}")
        else:
            product *= size
    if unknown != -1:
        if product <= 0:
            raise TFJSValueError("reshape cannot infer the missing input size for an empty "
                                 "tensor unless all specified input sizes are non-zero")
        missing = dense_size // product
        if product * missing != dense_size:
            shown = [1 if s == -1 else s for s in new_shape]
            raise TFJSValueError(f"Input to reshape is a SparseTensor with {dense_size}\n"
                                 f"  dense values, but the requested shape requires a "
                                 f"multiple of {product}. inputShape={js_list(in_shape)} "
                                 f"outputShape= {js_list(shown)}")
        out[unknown] = missing
    elif product != dense_size:
        raise TFJSValueError(f"Input to reshape is a tensor with {dense_size} dense values, "
                             f"but the requested shape has {product}. inputShape="
                             f"{js_list(in_shape)} outputShape={js_list(out)}")
    return out


def _strides(shape):
    out, acc = [], 1
    for s in reversed(shape):
        out.append(acc)
        acc *= s
    return list(reversed(out))


@op
def sparseReshape(inputIndices, inputShape, newShape):  # noqa: N802,N803
    """Reshapes a sparse tensor given by its indices. TF.js: ``tf.sparse.sparseReshape``.

    Args:
        inputIndices: int32 ``[N, rank]``.
        inputShape: int32 ``[rank]`` dense shape.
        newShape: int32 ``[newRank]`` target shape; one entry may be -1.

    Returns:
        ``{outputIndices: int32 [N, newRank], outputShape: int32 [newRank]}``.
    """
    idx = to_torch(inputIndices, "inputIndices", "sparseReshape", "int32")
    in_t = to_torch(inputShape, "inputShape", "sparseReshape", "int32")
    new_t = to_torch(newShape, "newShape", "sparseReshape", "int32")
    if idx.ndim != 2:
        raise _rank_error("Input indices", "Tensor2D", idx)
    if in_t.ndim != 1:
        raise TFJSValueError(f"Input shape should be Tensor1D but received shape "
                             f"{_shape(in_t)}")
    if new_t.ndim != 1:
        raise TFJSValueError(f"New shape should be Tensor1D but received shape "
                             f"{_shape(new_t)}")
    in_shape = _ints(in_t)
    dense = 1
    for s in in_shape:
        dense *= s
    out_shape = _target_shape(in_shape, _ints(new_t), dense)
    k = min(len(in_shape), idx.shape[1])
    lin = (idx[:, :k].long() * torch.tensor(_strides(in_shape)[:k], device=idx.device)).sum(1)
    cols = [(lin // s) % d if d else lin * 0 for s, d in zip(_strides(out_shape), out_shape)]
    out_idx = torch.stack(cols, 1) if cols else lin.reshape(-1, 0)
    return {"outputIndices": out_idx.to(torch.int32),
            "outputShape": torch.tensor(out_shape, dtype=torch.int32, device=idx.device)}


# --- sparse segment reductions ----------------------------------------------------------

def _segments(ids, idx, n_rows):
    """Groups ``[(segment id, [data rows])]`` in order, with TF's checks."""
    if len(ids) != len(idx):
        raise TFJSValueError("segmentIds and indices should have same size.")
    out_rows = ids[-1] + 1 if ids else 0
    if out_rows < 0:
        raise TFJSValueError("segment ids must be >= 0")
    groups, start = [], 0
    while start < len(ids):
        end = start + 1
        while end < len(ids) and ids[end] == ids[start]:
            end += 1
        if end < len(ids) and ids[start] >= ids[end]:
            raise TFJSValueError("segment ids are not increasing")
        if not 0 <= ids[start] < out_rows:
            raise TFJSValueError(f"Segment id {ids[start]} out of range [0, {out_rows}), "
                                 f"possibly because segmentIds input is not sorted.")
        for i in range(start, end):
            if not 0 <= idx[i] < n_rows:
                raise TFJSValueError(f"Bad: indices[{i}] == {idx[i]} out of range "
                                     f"[0, {n_rows})")
        groups.append((ids[start], idx[start:end]))
        start = end
    return groups, out_rows


def _segment_reduce(data, indices, segment_ids, op_name, mean):
    d = numeric(to_torch(data, "data", op_name), "data", op_name)
    idx = to_torch(indices, "indices", op_name, "int32")
    ids = to_torch(segment_ids, "segmentIds", op_name, "int32")
    if d.ndim < 1:
        raise TFJSValueError("Data should be at least 1 dimensional but received scalar")
    if idx.ndim != 1:
        raise _rank_error("Indices", "Tensor1D", idx, 9)
    if ids.ndim != 1:
        raise _rank_error("Segment ids", "Tensor1D", ids, 10)
    groups, out_rows = _segments(_ints(ids), _ints(idx), d.shape[0])
    acc = torch.float64 if d.is_floating_point() else torch.int64
    out = torch.zeros((out_rows,) + tuple(d.shape[1:]), dtype=acc, device=d.device)
    for seg, rows in groups:
        part = d[torch.tensor(rows, dtype=torch.int64, device=d.device)].to(acc).sum(0)
        if mean:   # an integer mean truncates, as TF.js's typed arrays store it
            part = part / len(rows) if acc == torch.float64 else torch.trunc(
                part.double() / len(rows)).long()
        out[seg] = part
    return cast_torch(out, dtype_of(d))


@op
def sparseSegmentSum(data, indices, segmentIds):  # noqa: N802,N803
    """Sums of rows of ``data`` selected by ``indices``, grouped by sorted ``segmentIds``.
    TF.js: ``tf.sparse.sparseSegmentSum``.

    Returns:
        A Tensor ``[lastSegmentId + 1, ...data.shape[1:]]`` of ``data``'s dtype; segments
        without ids are 0.
    """
    return _segment_reduce(data, indices, segmentIds, "sparseSegmentSum", False)


@op
def sparseSegmentMean(data, indices, segmentIds):  # noqa: N802,N803
    """Means of rows of ``data`` selected by ``indices``, grouped by sorted
    ``segmentIds``. TF.js: ``tf.sparse.sparseSegmentMean``."""
    return _segment_reduce(data, indices, segmentIds, "sparseSegmentMean", True)
