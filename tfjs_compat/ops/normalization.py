"""Normalization ops: batchNorm (and its 2d/3d/4d checks), localResponseNormalization,
dropout.

As TF.js's CPU kernels, each output element is computed in a JS double and stored
in the input's dtype (int32 truncates, bool is ``ToUint8(v) != 0``).
"""
import zlib

import torch

from .. import engine
from ..errors import TFJSValueError
from ._op import numeric, op, to_torch
from .activation import _store

DEFAULT_VARIANCE_EPSILON = 0.001


def _arg(value, name, op_name="batchNorm"):
    return numeric(to_torch(value, name, op_name), name, op_name)


def _check_ranks(mean, variance, offset, scale):
    for name, t in (("variance", variance), ("offset", offset), ("scale", scale)):
        if t is not None and t.ndim != mean.ndim:
            raise TFJSValueError(f"Batch normalization gradient requires mean and {name} "
                                 f"to have equal ranks.")


def _per_element(param, n, device):
    """TF.js's CPU kernel reads parameter ``i % length`` for flat element ``i``."""
    flat = param.reshape(-1).to(torch.float64)
    return flat[torch.arange(n, device=device) % flat.numel()]


def _batch_norm(x, mean, variance, offset, scale, eps, rank=None):
    t = _arg(x, "x")
    m, v = _arg(mean, "mean"), _arg(variance, "variance")
    off = None if offset is None else _arg(offset, "offset")
    sc = None if scale is None else _arg(scale, "scale")
    if rank is not None:
        _check_rank_nd(rank, t, m, v, off, sc)
    _check_ranks(m, v, off, sc)
    n = t.numel()
    d = t.reshape(-1).to(torch.float64)
    r = d - _per_element(m, n, t.device)
    if sc is not None:
        r = r * _per_element(sc, n, t.device)
    r = r / torch.sqrt(_per_element(v, n, t.device) + eps)
    if off is not None:
        r = _per_element(off, n, t.device) + r
    return _store(r.reshape(t.shape), t)


def _check_rank_nd(rank, t, *params):
    where = f"Error in batchNorm{rank}D:"
    if t.ndim != rank:
        raise TFJSValueError(f"{where} x must be rank {rank} but got rank {t.ndim}.")
    for name, p in zip(("mean", "variance", "offset", "scale"), params):
        if p is not None and p.ndim not in (rank, 1):
            raise TFJSValueError(f"{where} {name} must be rank {rank} or rank 1 but got "
                                 f"rank {p.ndim}.")


@op
def batchNorm(x, mean, variance, offset=None, scale=None, varianceEpsilon=None):  # noqa: N802,N803
    """(x - mean) * scale / sqrt(variance + eps) + offset. TF.js: ``tf.batchNorm``.

    ``varianceEpsilon`` defaults to 0.001. Parameters are matched to ``x`` along the
    flattened data, element ``i`` reading parameter ``i % length`` (TF.js's CPU rule:
    the usual broadcasting along the last axis for well-shaped parameters).
    """
    eps = DEFAULT_VARIANCE_EPSILON if varianceEpsilon is None else varianceEpsilon
    return _batch_norm(x, mean, variance, offset, scale, eps)


@op
def batchNorm2d(x, mean, variance, offset=None, scale=None, varianceEpsilon=None):  # noqa: N802,N803
    """batchNorm of a rank-2 ``x``. TF.js: ``tf.batchNorm2d``."""
    eps = DEFAULT_VARIANCE_EPSILON if varianceEpsilon is None else varianceEpsilon
    return _batch_norm(x, mean, variance, offset, scale, eps, rank=2)


@op
def batchNorm3d(x, mean, variance, offset=None, scale=None, varianceEpsilon=None):  # noqa: N802,N803
    """batchNorm of a rank-3 ``x``. TF.js: ``tf.batchNorm3d``."""
    eps = DEFAULT_VARIANCE_EPSILON if varianceEpsilon is None else varianceEpsilon
    return _batch_norm(x, mean, variance, offset, scale, eps, rank=3)


@op
def batchNorm4d(x, mean, variance, offset=None, scale=None, varianceEpsilon=None):  # noqa: N802,N803
    """batchNorm of a rank-4 ``x``. TF.js: ``tf.batchNorm4d``."""
    eps = DEFAULT_VARIANCE_EPSILON if varianceEpsilon is None else varianceEpsilon
    return _batch_norm(x, mean, variance, offset, scale, eps, rank=4)


@op
def localResponseNormalization(x, depthRadius=5, bias=1, alpha=1, beta=0.5):  # noqa: N802,N803
    """x / (bias + alpha * sum of squares over nearby channels) ** beta.

    TF.js: ``tf.localResponseNormalization(x, depthRadius=5, bias=1, alpha=1, beta=0.5)``.
    ``x`` is rank 3 or 4, channels last; the window is ``[c - depthRadius, c + depthRadius]``.
    """
    op_name = "localResponseNormalization"
    t = _arg(x, "x", op_name)
    if t.ndim not in (3, 4):
        raise TFJSValueError(f"Error in localResponseNormalization: x must be rank 3 or 4 "
                             f"but got\n               rank {t.ndim}.")
    depthRadius = 5 if depthRadius is None else depthRadius  # noqa: N806 - TF.js name
    if not float(depthRadius).is_integer():
        raise TFJSValueError(f"Error in localResponseNormalization: depthRadius must be an "
                             f"integer but got depthRadius {depthRadius}.")
    r = int(depthRadius)
    bias = 1 if bias is None else bias
    alpha = 1 if alpha is None else alpha
    beta = 0.5 if beta is None else beta
    d = t.to(torch.float64)
    sq = d * d
    channels = t.shape[-1]
    csum = torch.nn.functional.pad(torch.cumsum(sq, dim=-1), (1, 0))   # (..., C + 1)
    hi = torch.clamp(torch.arange(channels, device=t.device) + r + 1, max=channels)
    lo = torch.clamp(torch.arange(channels, device=t.device) - r, min=0)
    window = csum[..., hi] - csum[..., lo]
    return _store(d * torch.pow(bias + alpha * window, -beta), t)


def _uniform(shape, seed, like):
    """Uniform [0, 1) draws; TF.js's Alea stream when ops/random provides it."""
    try:
        from .random import random_uniform_torch   # seeded TF.js generator, if present
    except ImportError:
        gen = None
        if seed is not None:
            gen = torch.Generator().manual_seed(zlib.crc32(str(seed).encode()))
        return engine.to_device(torch.rand(shape, generator=gen, dtype=torch.float32))
    return random_uniform_torch(shape, 0, 1, "float32", seed).to(like.dtype)


@op
def dropout(x, rate, noiseShape=None, seed=None):  # noqa: N803 - TF.js names
    """Zero elements with probability ``rate``, scale the rest by 1 / (1 - rate).

    TF.js: ``tf.dropout(x, rate, noiseShape, seed)``. The mask is
    ``floor(1 - rate + u)`` with ``u`` uniform in [0, 1) over ``noiseShape``.

    Differences from TF.js:
        Until the package's seeded TF.js generator (ops/random.py) is available, the
        mask comes from torch's generator: a seed makes it reproducible, but not
        TF.js's mask.
    """
    t = numeric(to_torch(x, "x", "dropout"), "x", "dropout")
    if not t.is_floating_point():
        raise TFJSValueError(f"x has to be a floating point tensor since it's going to be "
                             f"scaled, but got a {_dtype_name(t)} tensor instead.")
    if not 0 <= rate < 1:
        from .reduction import js_str
        raise TFJSValueError(f"rate must be a float in the range [0, 1), but got "
                             f"{js_str(rate)}.")
    if rate == 0:
        return t.clone()
    shape = list(t.shape) if noiseShape is None else \
        [t.shape[i] if d is None else d for i, d in enumerate(noiseShape)]
    keep = 1 - rate
    mask = torch.floor(torch.tensor(keep, dtype=torch.float32, device=t.device)
                       + _uniform(shape, seed, t))
    return (t / torch.tensor(keep, dtype=torch.float32, device=t.device)) * mask


def _dtype_name(t):
    from ._op import dtype_of
    return dtype_of(t)
