"""Linear algebra: matMul, dot, outerProduct, einsum and tf.linalg.*."""
import builtins
import math

import torch

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ..tensor import Tensor
from ._op import dtype_of, numeric, op, to_torch


def _js(v):
    """JS ``String(v)`` of a flag or a possibly missing dimension."""
    if v is None:
        return "undefined"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _dim(shape, i):
    """``shape[i]`` for a negative ``i``, or None where JS reads ``undefined``."""
    return shape[i] if -len(shape) <= i else None


def product(x, y, dtype):
    """torch matmul of two same-dtype-able tensors with TF.js's dtype rules."""
    if dtype in ("int32", "bool"):
        from .arithmetic import to_uint8_bool
        from .creation import cast_torch
        # NOTE: torch has no integer matmul on CUDA; float64 is exact for int32 sums
        # below 2**53, then TF.js's int32 (or Uint8 bool) storage rule applies.
        r = torch.matmul(x.double(), y.double())
        return to_uint8_bool(r) if dtype == "bool" else cast_torch(r, "int32")
    target = dtypes.TORCH[dtype]
    if x.dtype is target and y.dtype is target:
        return torch.matmul(x, y)
    return torch.matmul(x.to(target), y.to(target))


def matmul_checks(x, y, ta, tb, label="matMul"):
    """TF.js's shape checks of ``matMul`` (``label`` is 'fused matMul' for tf.fused)."""
    sa, sb = list(x.shape), list(y.shape)
    inner_a, inner_b = _dim(sa, -2 if ta else -1), _dim(sb, -1 if tb else -2)
    if inner_a != inner_b:
        raise TFJSValueError(
            f"Error in {label}: inner shapes ({_js(inner_a)}) and ({_js(inner_b)}) of "
            f"Tensors with shapes {js_list(sa)} and {js_list(sb)} and "
            f"transposeA={_js(ta)} and transposeB={_js(tb)} must match.")
    if len(sa) > 2 or len(sb) > 2:
        try:
            torch.broadcast_shapes(sa[:-2], sb[:-2])
        except RuntimeError:
            raise TFJSValueError(f"Operands could not be broadcast together with shapes "
                                 f"{js_list(sa[:-2])} and {js_list(sb[:-2])}.") from None
    for s, t in ((sa, ta), (sb, tb)):
        if len(s) < 2:
            new = [math.prod(s[:-2]), _dim(s, -1 if t else -2), _dim(s, -2 if t else -1)]
            raise TFJSValueError(
                f"The new shape ({','.join('' if d is None else str(d) for d in new)}) has "
                f"NaN elements and the old shape ({js_list(s)}) has {math.prod(s)} elements."
                f" The new shape and old shape must have the same number of elements.")


@op
def matMul(a, b, transposeA=False, transposeB=False):  # noqa: N802,N803 - TF.js names
    """Matrix product of the last two axes, batch axes broadcast.

    TF.js: ``tf.matMul(a, b, transposeA=false, transposeB=false)``.

    int32 inputs give int32; bool inputs give bool; mixed dtypes upcast.

    Differences from TF.js: batch axes broadcast fully (``[2, 1, 2, 3]`` by
    ``[3, 3, 2]`` gives ``[2, 3, 2, 2]``); TF.js's cpu kernel returns a tensor with
    too few values there.
    """
    x = numeric(to_torch(a, "a", "matMul"), "a", "matMul")
    y = numeric(to_torch(b, "b", "matMul"), "b", "matMul")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    matmul_checks(x, y, transposeA, transposeB)
    if transposeA:
        x = x.transpose(-1, -2)
    if transposeB:
        y = y.transpose(-1, -2)
    return product(x, y, dtype)


@op
def dot(t1, t2):
    """Dot product of two vectors or matrices (rank 1 or 2). TF.js: ``tf.dot(t1, t2)``."""
    x = numeric(to_torch(t1, "t1", "dot"), "t1", "dot")
    y = numeric(to_torch(t2, "t2", "dot"), "t2", "dot")
    if x.ndim not in (1, 2) or y.ndim not in (1, 2):
        raise TFJSValueError(f"Error in dot: inputs must all be rank 1 or 2, but got ranks "
                             f"{x.ndim} and {y.ndim}.")
    inner_x = x.shape[0] if x.ndim == 1 else x.shape[1]
    inner_y = y.shape[0]
    if inner_x != inner_y:
        raise TFJSValueError(f"Error in dot: inner dimensions of inputs must match, but got "
                             f"{inner_x} and {inner_y}.")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    return product(x, y, dtype)


@op
def outerProduct(v1, v2):  # noqa: N802 - TF.js name
    """Outer product of two vectors. TF.js: ``tf.outerProduct(v1, v2)``."""
    x = numeric(to_torch(v1, "v1", "outerProduct"), "v1", "outerProduct")
    y = numeric(to_torch(v2, "v2", "outerProduct"), "v2", "outerProduct")
    if x.ndim != 1 or y.ndim != 1:
        raise TFJSValueError(f"Error in outerProduct: inputs must be rank 1, but got ranks "
                             f"{x.ndim} and {y.ndim}.")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    return product(x[:, None], y[None, :], dtype)


# --- tf.linalg ----------------------------------------------------------------------

def _band_arg(value, name, limit, limit_name):
    """numLower / numUpper: a number or an int32 scalar tensor; negative means all."""
    if isinstance(value, (Tensor, torch.Tensor)):
        t = to_torch(value, name, "bandPart")
        if dtype_of(t) != "int32":
            raise TFJSValueError(f"bandPart(): {name}'s dtype must be an int32.")
        return int(t.reshape(-1)[0])
    if not isinstance(value, (int, float)) or value != int(value):
        raise TFJSValueError(f"bandPart(): {name} must be an integer, got {_js(value)}.")
    value = int(value)
    if value > limit:
        raise TFJSValueError(f"bandPart(): {name} ({value}) must not be greater than the "
                             f"number of {limit_name} ({limit}).")
    return value


@op
def bandPart(a, numLower, numUpper):  # noqa: N802,N803 - TF.js names
    """Keep a band around the diagonal of each inner matrix, zero the rest.

    TF.js: ``tf.linalg.bandPart(a, numLower, numUpper)``. A negative ``numLower`` /
    ``numUpper`` keeps the whole lower / upper triangle.
    """
    x = numeric(to_torch(a, "a", "bandPart"), "a", "bandPart")
    if x.ndim < 2:
        raise TFJSValueError(f"bandPart(): Rank must be at least 2, got {x.ndim}.")
    m, n = x.shape[-2], x.shape[-1]
    lower = _band_arg(numLower, "numLower", m, "rows")
    upper = _band_arg(numUpper, "numUpper", n, "columns")
    i = torch.arange(m, device=x.device)[:, None]
    j = torch.arange(n, device=x.device)[None, :]
    keep = torch.ones((m, n), dtype=torch.bool, device=x.device)
    if lower >= 0:
        keep &= (i - j) <= lower
    if upper >= 0:
        keep &= (j - i) <= upper
    return torch.where(keep, x, torch.zeros((), dtype=x.dtype, device=x.device))


def _float_only(t):
    """TF.js reaches ``sqrt`` inside ``norm``: non-float inputs fail there."""
    if dtype_of(t) != "float32":
        raise TFJSValueError("Argument 'x' passed to 'sqrt' must be float32 tensor, "
                             "but got int32 tensor")
    return t


def _gram_schmidt_vectors(vs):
    ys = []
    for x in vs:
        for y in ys:
            x = x - (y * x).sum() * y
        ys.append(x / torch.sqrt((x * x).sum()))
    return ys


@op
def gramSchmidt(xs):  # noqa: N802 - TF.js name
    """Orthonormalize vectors with the Gram-Schmidt process.

    TF.js: ``tf.linalg.gramSchmidt(xs)``. ``xs`` is a list of 1-D tensors of one
    length, or a 2-D tensor whose rows are the vectors; the result has the same form.
    """
    if isinstance(xs, (list, tuple)):
        if len(xs) == 0:
            raise TFJSValueError("Gram-Schmidt process: input must not be null, undefined, "
                                 "or empty")
        vs = [to_torch(x, "xs", "gramSchmidt") for x in xs]
        dim = vs[0].shape[0]
        for v in vs[1:]:
            if v.shape[0] != dim:
                raise TFJSValueError(f"Gram-Schmidt: Non-unique lengths found in the input "
                                     f"vectors: ({v.shape[0]} vs. {dim})")
        as_list = True
    else:
        if xs is None:
            raise TFJSValueError("Gram-Schmidt process: input must not be null, undefined, "
                                 "or empty")
        t = to_torch(xs, "xs", "gramSchmidt")
        dim = t.shape[1] if t.ndim > 1 else None
        if dim is None or t.shape[0] > dim:
            raise TFJSValueError(f"Gram-Schmidt: Number of vectors ({t.shape[0]}) exceeds "
                                 f"number of dimensions ({_js(dim)}).")
        vs, as_list = list(torch.unbind(t, 0)), False
    if len(vs) > dim:
        raise TFJSValueError(f"Gram-Schmidt: Number of vectors ({len(vs)}) exceeds "
                             f"number of dimensions ({dim}).")
    ys = _gram_schmidt_vectors([_float_only(v) for v in vs])
    return ys if as_list else torch.stack(ys, 0)


def _householder_qr(x):
    """Householder QR of a batch ``(..., m, n)`` with TF.js's sign convention."""
    m, n = x.shape[-2], x.shape[-1]
    q = torch.eye(m, dtype=x.dtype, device=x.device).expand(*x.shape[:-2], m, m).clone()
    r = x.clone()
    for j in builtins.range(builtins.min(m, n)):
        col = r[..., j:, j]                                       # (..., m - j)
        norm = torch.sqrt((col * col).sum(-1, keepdim=True))      # (..., 1)
        rjj = col[..., :1]
        s = torch.where(rjj > 0, -1.0, 1.0).to(x.dtype)           # -sign, sign(0) = +1
        u1 = rjj - s * norm
        w = torch.cat([torch.ones_like(u1), col[..., 1:] / u1], -1)   # (..., m - j)
        tau = -s * u1 / norm                                      # (..., 1)
        tw = (tau * w)[..., :, None]                              # (..., m - j, 1)
        r[..., j:, :] = r[..., j:, :] - tw * (w[..., None, :] @ r[..., j:, :])
        q[..., :, j:] = q[..., :, j:] - (q[..., :, j:] @ w[..., :, None]) * tw.transpose(-1, -2)
    return q, r


@op
def qr(x, fullMatrices=False):  # noqa: N803 - TF.js name
    """QR decomposition of the inner matrices by Householder reflections.

    TF.js: ``tf.linalg.qr(x, fullMatrices=false)``. Returns ``[q, r]``. Signs follow
    TF.js: each reflection makes ``r[j][j]`` the opposite sign of the pivot it sees
    (a zero pivot gives a positive diagonal).

    Differences from TF.js: a nested list is converted to a tensor (TF.js fails
    with "rank undefined" there).
    """
    t = to_torch(x, "x", "qr")
    if t.ndim < 2:
        raise TFJSValueError(f"qr() requires input tensor to have a rank >= 2, but got "
                             f"rank {t.ndim}")
    t = _float_only(numeric(t, "x", "qr"))
    q, r = _householder_qr(t)
    m, n = t.shape[-2], t.shape[-1]
    if not fullMatrices and m > n:
        q, r = q[..., :, :n], r[..., :n, :]
    return [q.contiguous(), r.contiguous()]


# --- einsum -------------------------------------------------------------------------

def _einsum_parse(equation, count):
    """(all_dims, summed, id_dims) as TF.js decodes an einsum equation."""
    eq = "".join(equation.split())
    if "..." in eq:
        raise TFJSValueError('The ellipsis notation ("...") is not supported yet.')
    if "->" not in eq:
        raise TFJSValueError("Equations without an arrow are not supported.")
    parts = eq.split("->")
    if len(parts) != 2:
        raise TFJSValueError('Equation must contain exactly one arrow ("->").')
    inputs, output = parts[0].split(","), parts[1]
    if len(inputs) != count:
        raise TFJSValueError(f"Expected {len(inputs)} input tensors, received {count}")
    if count > 2:
        raise TFJSValueError("Support for more than 2 input tensors is not implemented yet.")
    all_dims = list(dict.fromkeys(output))
    for label in output:
        if label not in parts[0]:
            raise TFJSValueError(f"Output subscripts contain the label {label} not present "
                                 f"in the input subscripts.")
    for term in inputs:
        all_dims += [d for d in dict.fromkeys(term) if d not in all_dims]
    for term in inputs:
        if len(set(term)) != len(term):
            raise TFJSValueError(f"Found duplicate axes in input component {term}. Support "
                                 f"for duplicate axes in input is not implemented yet.")
    summed = list(builtins.range(len(output), len(all_dims)))
    return all_dims, summed, [[all_dims.index(d) for d in term] for term in inputs]


def _einsum_check_sizes(n_dims, id_dims, tensors):
    sizes = [None] * n_dims
    for ids, t in zip(id_dims, tensors):
        if len(ids) != t.ndim:
            raise TFJSValueError(f"einsum: input shaped {js_list(t.shape)} has rank "
                                 f"{t.ndim}, but its subscripts name {len(ids)} axes.")
        for axis, d in enumerate(ids):
            if sizes[d] is None:
                sizes[d] = t.shape[axis]
            elif sizes[d] != t.shape[axis]:
                raise TFJSValueError(f"Expected dimension {sizes[d]} at axis {axis} of input "
                                     f"shaped [{js_list(t.shape)}], but got dimension "
                                     f"{t.shape[axis]}")


@op
def einsum(equation, *tensors):
    """Einstein summation over one or two tensors. TF.js: ``tf.einsum(equation, ...tensors)``.

    TF.js supports equations with exactly one ``->``, at most two inputs, no ellipsis
    and no repeated label within one input. Dimensions are summed as soon as no later
    input uses them, as in TF.js (which gives TF.js's own results for equations such
    as ``'ij,kl->'``, where an early sum leaves the later axes misaligned).

    Differences from TF.js: an input whose rank differs from its subscripts raises an
    error (TF.js returns NaNs).
    """
    ts = [numeric(to_torch(t, f"tensors{i}", "einsum"), f"tensors{i}", "einsum")
          for i, t in enumerate(tensors)]
    all_dims, summed, id_dims = _einsum_parse(equation, len(ts))
    n_dims = len(all_dims)
    _einsum_check_sizes(n_dims, id_dims, ts)
    out, dtype, removed, done = None, None, 0, set()
    for i, (t, ids) in enumerate(zip(ts, id_dims)):
        perm = [ids.index(d) for d in builtins.range(n_dims) if d in ids]
        shape = [t.shape[ids.index(d)] if d in ids else 1 for d in builtins.range(n_dims)]
        x = t.permute(perm).reshape(shape)
        x_dtype = dtype_of(t)
        if out is None:
            out, dtype = x, x_dtype
        else:
            dtype = dtypes.upcast(dtype, x_dtype)
            out = out.to(dtypes.TORCH[dtype]) * x.to(dtypes.TORCH[dtype])
        later = {d for ids2 in id_dims[i + 1:] for d in ids2}
        for d in summed:
            if d not in done and d not in later:
                out, dtype = _sum_axis(out, d - removed, dtype), _sum_dtype(dtype)
                done.add(d)
                removed += 1
    return out


def _sum_dtype(dtype):
    return "int32" if dtype in ("int32", "bool") else dtype


def _sum_axis(t, axis, dtype):
    if dtype in ("int32", "bool"):
        from .creation import cast_torch
        return cast_torch(t.to(torch.float64).sum(axis), "int32")
    return t.sum(axis)
