"""Random ops: randomUniform, randomUniformInt, randomNormal, randomStandardNormal,
truncatedNormal, randomGamma, multinomial, rand.

Seeded calls reproduce TF.js 4.22 (cpu backend) value for value. Every call builds a
new seedrandom Alea generator (:mod:`._alea`) from ``String(seed)``, so the same seed
always gives the same values and no state advances between calls:

* uniform: ``minval + (maxval - minval) * u`` per element, stored as the dtype stores a
  JS number (float32 rounding; int32 truncates toward zero and wraps; bool is nonzero
  after wrapping to a byte). Seed 0 and ``''`` are real seeds.
* normal: Marsaglia's polar method. Draw ``v1 = 2u - 1, v2 = 2u - 1`` until
  ``s = v1² + v2²`` is in (0, 1); both ``mean + std * v * sqrt(-2 ln s / s)`` are made,
  the first returned and the second cached for the next element. int32 uses
  ``Math.round`` (half up). A falsy seed (0, NaN, '') is ignored (random values).
* truncated normal: a pair is redrawn while its first value lies outside
  ``[mean - 2 std, mean + 2 std]``; the second is cached only when inside.
* gamma: Marsaglia-Tsang with a uniform Alea(seed) and a normal stream seeded with
  ``String(first uniform draw)``; for int32 even the inner normals are rounded (TF.js).
* multinomial: one Alea(seed) per batch row (all rows share the draws); sample =
  first event whose float32 running CDF exceeds the draw, else the last event.

Unseeded calls use torch's generator on the current device (they respect
``torch.manual_seed`` and run on CUDA); their values differ from TF.js, whose unseeded
values (seeded from ``Math.random()``) cannot be reproduced anyway.

Internal API for initializers (``tf.initializers.*``), same draw order as TF.js:

* ``uniform_values(shape, minval, maxval, seed, dtype='float32')`` and
  ``normal_values(shape, mean, std, seed, truncated=False, dtype='float32')``: NumPy
  arrays of the stored values for a given (non-None) seed, as ``randomUniform`` /
  ``randomNormal`` / ``truncatedNormal`` make them.
* ``uniform(shape, minval, maxval, dtype, seed)`` and
  ``normal(shape, mean, std, dtype, seed, truncated=False)``: torch tensors on the
  current device with the ops' seed rules (seeded -> TF.js values, else torch).
  (``random_uniform_torch`` is an alias of ``uniform``, used by ``tf.dropout``.)
* ``seed_string(seed)``: JS ``String(seed)``; ``is_falsy_seed(seed)``: JS ``!seed``.
"""
import builtins
import math
import numbers

import numpy as np
import torch

from .. import dtypes, engine
from ..errors import TFJSValueError
from ..format import js_number
from ._alea import Alea
from ._op import numeric, op, to_torch
from .creation import check_shape

_STRING_ERROR = ("Failed to decode the string bytes into utf-8. To get the original "
                 "bytes, call tensor.bytes().")
_COMPLEX_ERROR = ("complex64 dtype TensorBuffers are not supported. Please create a "
                  "TensorBuffer for the real and imaginary parts separately and call "
                  "tf.complex(real, imag).")


# --- seeds and JS number storage ------------------------------------------------------

def seed_string(seed):
    """JS ``String(seed)`` for a number, string or boolean seed."""
    if isinstance(seed, str):
        return seed
    if isinstance(seed, (bool, np.bool_)):
        return "true" if seed else "false"
    if isinstance(seed, numbers.Real):
        return js_number(float(seed))
    raise TFJSValueError(f"seed must be a number or a string, but got {type(seed).__name__}")


def is_falsy_seed(seed):
    """JS ``!seed``: None, 0, NaN, '' and False are falsy."""
    if seed is None or isinstance(seed, str):
        return not seed
    if isinstance(seed, numbers.Real):
        return seed == 0 or math.isnan(float(seed))
    return False


def _js_round(x):
    """``Math.round``: halves go toward +Infinity."""
    r = np.floor(x)
    return r + (x - r >= 0.5)


def _wrap_int(x, bits):
    """JS ToInt32 (bits=32) / ToUint8 (bits=8) of doubles: truncate, wrap, NaN -> 0."""
    with np.errstate(invalid="ignore"):
        t = np.where(np.isfinite(x), np.trunc(x), 0.0)
    t = np.mod(t, 2.0 ** bits)
    if bits == 32:
        t = np.where(t >= 2.0 ** 31, t - 2.0 ** 32, t)
    return t.astype(np.int64)


def _store(values, dtype):
    """A float64 array of JS numbers -> what a TF.js typed array of ``dtype`` holds."""
    if dtype == "int32":
        return _wrap_int(values, 32).astype(np.int32)
    if dtype == "bool":
        return _wrap_int(values, 8) != 0
    with np.errstate(over="ignore"):
        return values.astype(np.float32)


def _check_buffer_dtype(dtype):
    """The errors ``tf.buffer(shape, dtype)`` raises (TF.js creates the buffer first)."""
    if dtype == "complex64":
        raise TFJSValueError(_COMPLEX_ERROR)
    if dtype == "string":
        raise TFJSValueError(_STRING_ERROR)
    if dtype not in ("float32", "int32", "bool"):
        raise TFJSValueError(f"Unknown data type {dtype}")


def _num(value, default):
    return float(default if value is None else value)


def _to_torch(values):
    values = values if values.flags.c_contiguous else values.copy()   # keeps 0-d shape
    return engine.to_device(torch.from_numpy(values))


# --- seeded generators ------------------------------------------------------------------

class _GaussStream:
    """TF.js ``MPRandGauss``: the stream of its ``nextValue()`` results, made in blocks."""

    def __init__(self, gen, mean, std, truncated=False, rounded=False):
        self.gen, self.mean, self.std = gen, mean, std
        self.truncated, self.rounded = truncated, rounded
        self.lower, self.upper = mean - std * 2, mean + std * 2
        self.pending = np.empty(0)

    def take(self, n):
        """The next ``n`` values (float64; Math.round-ed for integer dtypes)."""
        parts, have = [self.pending], len(self.pending)
        while have < n:
            block = self._block(builtins.max(8, int((n - have) * 0.7) + 8))
            parts.append(block)
            have += len(block)
        out = np.concatenate(parts)
        self.pending = out[n:]
        return out[:n]

    def _inside(self, v):
        return (v <= self.upper) & (v >= self.lower)

    def _block(self, pairs):
        """Values produced by ``pairs`` attempts (2 draws each), in TF.js order."""
        v = 2 * self.gen.draws(2 * pairs).reshape(pairs, 2) - 1
        s = v[:, 0] * v[:, 0] + v[:, 1] * v[:, 1]
        ok = (s < 1) & (s != 0)
        v, s = v[ok], s[ok]
        mul = np.sqrt(-2.0 * np.log(s) / s)
        x = self.mean + self.std * v[:, 0] * mul
        y = self.mean + self.std * v[:, 1] * mul
        if self.truncated:
            keep = self._inside(x)
            x, y = x[keep], y[keep]
        # The second value is cached only when inside the bounds (checked before
        # rounding) and a number (isNaN marks an empty cache).
        cached = self._inside(y) if self.truncated else np.ones(len(y), bool)
        if self.rounded:
            x, y = _js_round(x), _js_round(y)
        cached &= ~np.isnan(y)
        both = np.stack([x, y], axis=1).reshape(-1)
        return both[np.stack([np.ones_like(cached), cached], axis=1).reshape(-1)]


def uniform_values(shape, minval, maxval, seed, dtype="float32"):
    """Seeded ``randomUniform`` values as stored by TF.js (NumPy array of ``shape``)."""
    shape = check_shape(shape)
    lo, hi = _num(minval, 0), _num(maxval, 1)
    u = Alea(seed_string(seed)).draws(math.prod(shape))
    return _store(lo + (hi - lo) * u, dtype).reshape(shape)


def _check_interval(mean, std):
    """TF.js's truncation loop never ends when [mean - 2 std, mean + 2 std] is empty."""
    if not mean - std * 2 <= mean + std * 2:
        raise TFJSValueError(f"truncatedNormal: the interval [mean - 2*stdDev, mean + "
                             f"2*stdDev] is empty for mean {js_number(mean)} and stdDev "
                             f"{js_number(std)} (TF.js would loop forever)")


def normal_values(shape, mean, std, seed, truncated=False, dtype="float32"):
    """Seeded ``randomNormal`` / ``truncatedNormal`` values as stored by TF.js.

    ``seed`` must be truthy (TF.js ignores falsy seeds for normals)."""
    shape = check_shape(shape)
    mean, std = _num(mean, 0), _num(std, 1)
    if truncated:
        _check_interval(mean, std)
    stream = _GaussStream(Alea(seed_string(seed)), mean, std, truncated, dtype != "float32")
    return _store(stream.take(math.prod(shape)), dtype).reshape(shape)


# --- unseeded (torch) generators ---------------------------------------------------------

def _torch_store(values, dtype):
    """float32 torch values -> the dtype, with JS storage rules (int32 truncates)."""
    if dtype == "int32":
        return values.trunc().to(torch.int32)
    if dtype == "bool":
        return torch.remainder(values.trunc(), 256) != 0
    return values


def _torch_uniform(shape, lo, hi, dtype):
    u = torch.rand(shape, dtype=torch.float32, device=engine.device())
    return _torch_store(lo + (hi - lo) * u, dtype)


def _torch_normal(shape, mean, std, dtype, truncated):
    z = torch.randn(shape, dtype=torch.float32, device=engine.device())
    if truncated:   # TF.js's rule in distribution: redraw values beyond 2 standard devs
        out = z.abs() > 2
        while bool(out.any()):
            z[out] = torch.randn(int(out.sum()), dtype=z.dtype, device=z.device)
            out = z.abs() > 2
    x = mean + std * z
    return torch.floor(x + 0.5).to(torch.int32) if dtype == "int32" else x


def uniform(shape, minval, maxval, dtype, seed):
    """``randomUniform``'s values as a torch tensor on the current device."""
    shape = check_shape(shape)
    dtype = dtype or "float32"
    _check_buffer_dtype(dtype)
    lo, hi = _num(minval, 0), _num(maxval, 1)
    if seed is None:
        return _torch_uniform(shape, lo, hi, dtype)
    return _to_torch(uniform_values(shape, lo, hi, seed, dtype))


random_uniform_torch = uniform   # the name ops/normalization.py (dropout) looks for


def normal(shape, mean, std, dtype, seed, truncated=False):
    """``randomNormal`` / ``truncatedNormal`` values as a torch tensor (no bool check)."""
    shape = check_shape(shape)
    dtype = dtype or "float32"
    _check_buffer_dtype(dtype)
    mean, std = _num(mean, 0), _num(std, 1)
    if is_falsy_seed(seed):
        if truncated:
            _check_interval(mean, std)
        return _torch_normal(shape, mean, std, dtype, truncated)
    return _to_torch(normal_values(shape, mean, std, seed, truncated, dtype))


# --- ops -----------------------------------------------------------------------------------

@op
def randomUniform(shape, minval=0, maxval=1, dtype="float32", seed=None):  # noqa: N802
    """Values drawn uniformly from [minval, maxval).

    TF.js: ``tf.randomUniform(shape, minval=0, maxval=1, dtype='float32', seed?)``.

    Args:
        shape: list of dims.
        minval, maxval: numbers; the lower (inclusive) and upper (exclusive) bound.
        dtype: 'float32' | 'int32' | 'bool'. int32 truncates ``minval + range * u``
            toward zero (so ``-10..0`` gives -9..0); bool is true where that is nonzero.
        seed: number or string. With a seed (0 included) the values equal TF.js's.

    Differences from TF.js:
        Unseeded values come from torch's generator (computed in float32). dtype
        'string' raises TF.js's read-time decoding error at creation.

    Example:
        >>> tf.randomUniform([4], 0, 10, 'int32', 42).print()
        Tensor
            [6, 5, 8, 1]
    """
    return uniform(shape, minval, maxval, dtype, seed)


@op
def randomUniformInt(shape, minval, maxval, seed=None):  # noqa: N802
    """int32 values from [minval, maxval) (truncated uniform floats).

    TF.js: ``tf.randomUniformInt(shape, minval, maxval, seed?)`` -- the same as
    ``randomUniform(shape, minval, maxval, 'int32', seed)``.

    Example:
        >>> tf.randomUniformInt([4], 0, 10, 42).print()
        Tensor
            [6, 5, 8, 1]
    """
    return uniform(shape, minval, maxval, "int32", seed)


def _normal_op(shape, mean, std, dtype, seed, truncated):
    shape = check_shape(shape)
    if dtype == "bool":
        # NOTE: TF.js's truncatedNormal message is a broken template literal.
        raise TFJSValueError("Unsupported data type $ { dtype }" if truncated
                             else "Unsupported data type bool")
    return normal(shape, mean, std, dtype, seed, truncated)


@op
def randomNormal(shape, mean=0, stdDev=1, dtype=None, seed=None):  # noqa: N802,N803
    """Values from a normal distribution (Marsaglia's polar method).

    TF.js: ``tf.randomNormal(shape, mean=0, stdDev=1, dtype?, seed?)``.

    Args:
        shape: list of dims.
        mean, stdDev: numbers.
        dtype: 'float32' (default) | 'int32' (``Math.round``, halves up).
        seed: number or string; a falsy seed (0, NaN, '') is ignored, as in TF.js.

    Differences from TF.js:
        Unseeded values come from torch's generator. dtype 'string' raises TF.js's
        read-time decoding error at creation.

    Example:
        >>> tf.randomNormal([4], 5, 3, 'int32', 42).print()
        Tensor
            [11, 6, 6, 4]
    """
    return _normal_op(shape, mean, stdDev, dtype, seed, False)


@op
def randomStandardNormal(shape, dtype=None, seed=None):  # noqa: N802
    """Values from the standard normal distribution.

    TF.js: ``tf.randomStandardNormal(shape, dtype?, seed?)`` -- ``randomNormal(shape,
    0, 1, dtype, seed)``.
    """
    return _normal_op(shape, 0, 1, dtype, seed, False)


@op
def truncatedNormal(shape, mean=0, stdDev=1, dtype=None, seed=None):  # noqa: N802,N803
    """Normal values redrawn when beyond two standard deviations of the mean.

    TF.js: ``tf.truncatedNormal(shape, mean=0, stdDev=1, dtype?, seed?)``.

    A pair of polar-method values is redrawn while its first value is outside
    ``[mean - 2 stdDev, mean + 2 stdDev]``; the second is kept for the next element
    only when inside. Falsy seeds are ignored, as in TF.js.

    Differences from TF.js:
        An empty interval (negative or NaN stdDev, NaN mean) raises an error where
        TF.js loops forever. Unseeded values come from torch's generator.

    Example:
        >>> tf.truncatedNormal([4], 5, 3, 'int32', 42).print()
        Tensor
            [11, 6, 6, 4]
    """
    return _normal_op(shape, mean, stdDev, dtype, seed, True)


# --- randomGamma ---------------------------------------------------------------------------

def _js_div(a, b):
    """JS ``a / b`` (IEEE: x/0 is +-Infinity or NaN)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.float64(a) / np.float64(b))


def _js_log(x):
    return math.log(x) if x > 0 else (-math.inf if x == 0 else math.nan)


def _js_pow(x, y):
    try:
        return math.pow(x, y)
    except (ValueError, ZeroDivisionError):
        return float(np.power(np.float64(x), np.float64(y)))


def _gamma_stream(alpha, beta, rounded, seed):
    """TF.js ``RandGamma(alpha, beta, dtype, seed).nextValue()`` results, one by one."""
    randu = Alea(seed_string(seed))
    first = randu()
    # NOTE: TF.js seeds the inner normals with String(first draw) and passes the gamma's
    # dtype on, so for int32 the normals themselves are Math.round-ed.
    normals = _GaussStream(Alea(js_number(first)), 0.0, 1.0, False, rounded)
    d = alpha + 2 / 3 if alpha < 1 else alpha - 1 / 3
    c = _js_div(1, math.sqrt(9 * d)) if 9 * d >= 0 else math.nan
    scale = _js_div(1, _js_div(1, beta))
    pool = iter(())
    while True:
        while True:
            while True:
                x = next(pool, None)
                if x is None:
                    pool = iter(normals.take(256).tolist())
                    continue
                v = 1 + c * x
                if not v <= 0:
                    break
            v *= v * v
            x2 = x * x
            v0 = 1 - 0.331 * x2 * x2
            v1 = 0.5 * x2 + d * (1 - v + _js_log(v))
            u = randu()
            if u < v0 or _js_log(u) < v1:
                break
        v = scale * d * v
        if alpha < 1:
            v *= _js_pow(randu(), _js_div(1, alpha))
        yield float(_js_round(v)) if rounded else v


@op
def randomGamma(shape, alpha=None, beta=1, dtype="float32", seed=None):  # noqa: N802
    """Values from a gamma distribution (Marsaglia-Tsang).

    TF.js: ``tf.randomGamma(shape, alpha, beta=1, dtype='float32', seed?)``.

    Args:
        shape: list of dims.
        alpha: shape parameter (``None`` behaves as JS ``undefined``: NaN values).
        beta: rate (inverse scale) parameter.
        dtype: 'float32' | 'int32' (``Math.round``).
        seed: number or string; falsy seeds are ignored, as in TF.js.

    Differences from TF.js:
        Unseeded values come from torch's Gamma sampler; for int32 they are the rounded
        gamma values (TF.js also rounds its inner normal draws, a bug that seeded calls
        reproduce).
    """
    shape = check_shape(shape)
    beta = _num(beta, 1)
    dtype = dtype or "float32"
    if dtype not in ("float32", "int32"):
        raise TFJSValueError(f"Unsupported data type {dtype}")
    alpha = _num(alpha, math.nan)
    if is_falsy_seed(seed):
        return _torch_gamma(shape, alpha, beta, dtype)
    gen = _gamma_stream(alpha, beta, dtype == "int32", seed)
    values = np.fromiter((next(gen) for _ in range(math.prod(shape))), np.float64)
    return _to_torch(_store(values, dtype).reshape(shape))


def _torch_gamma(shape, alpha, beta, dtype):
    if not 0 < alpha < math.inf:   # edge cases: TF.js's algorithm, seeded from torch
        seed = js_number(torch.rand(1, dtype=torch.float64).item() or 0.5)
        gen = _gamma_stream(alpha, beta, dtype == "int32", seed)
        values = np.fromiter((next(gen) for _ in range(math.prod(shape))), np.float64)
        return _to_torch(_store(values, dtype).reshape(shape))
    dev = engine.device()
    conc = torch.full(shape, alpha, dtype=torch.float32, device=dev)
    x = torch._standard_gamma(conc) / beta
    return torch.floor(x + 0.5).to(torch.int32) if dtype == "int32" else x


# --- multinomial ---------------------------------------------------------------------------

def _cpu_softmax(x):
    """TF.js cpu softmax of (batch, events) logits, rounding to float32 where TF.js does."""
    if x.dtype == np.bool_:   # TF.js subtracts in a Uint8Array: x - max wraps to 255
        a = np.mod(x.astype(np.int64) - x.max(axis=1, keepdims=True), 256).astype(np.float32)
    else:
        x = x.astype(np.float32)
        with np.errstate(invalid="ignore"):
            a = x - np.max(x, axis=1, keepdims=True)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(a.astype(np.float64)).astype(np.float32)
        total = np.cumsum(e.astype(np.float64), axis=1)[:, -1:].astype(np.float32)
        return e / total


def _first_above(cdf, r):
    """Per draw: index of the first CDF entry > r, else len(cdf) (TF.js's linear scan)."""
    c = cdf.astype(np.float64)
    if not np.isnan(c).any() and (np.diff(c) >= 0).all():
        return np.searchsorted(c, r, side="right")
    above = r[:, None] < c[None, :]
    return np.where(above.any(axis=1), above.argmax(axis=1), len(c))


def _multinomial_seeded(x, num_samples, seed, normalized):
    x = x.detach().cpu().numpy()
    probs = x.astype(np.float32) if normalized else _cpu_softmax(x)
    cdf = np.cumsum(probs[:, :-1], axis=1, dtype=np.float32)
    r = Alea(seed_string(seed)).draws(num_samples)   # the same draws for every row
    out = np.stack([_first_above(row, r) for row in cdf]).astype(np.int32)
    return _to_torch(out.reshape(len(cdf), num_samples))


def _multinomial_torch(x, num_samples, normalized):
    x = x.to(torch.float32)
    probs = x if normalized else torch.softmax(x, dim=-1)
    cdf = torch.cumsum(probs[:, :-1], dim=1).contiguous()
    # As in TF.js, one sequence of draws serves every row.
    r = torch.rand(num_samples, dtype=torch.float32, device=x.device)
    idx = torch.searchsorted(cdf, r.expand(cdf.shape[0], -1).contiguous(), right=True)
    return idx.to(torch.int32)


@op
def multinomial(logits, numSamples, seed=None, normalized=False):  # noqa: N803
    """Samples of event indices from a multinomial (categorical) distribution.

    TF.js: ``tf.multinomial(logits, numSamples, seed?, normalized=false)``.

    Args:
        logits: 1-D (events) or 2-D (batch, events) Tensor | TensorLike; unnormalized
            log-probabilities, or probabilities when ``normalized`` is true.
        numSamples: number of samples per row.
        seed: number or string; falsy seeds are ignored, as in TF.js.
        normalized: whether ``logits`` already are probabilities.

    Returns:
        int32 Tensor of shape [numSamples] or [batch, numSamples].

    Differences from TF.js:
        Unseeded draws come from torch's generator. Like TF.js, every batch row uses
        the same sequence of draws.

    Example:
        >>> tf.multinomial(tf.tensor1d([1, 2, 3]), 5, 3).print()
        Tensor
            [2, 2, 0, 2, 1]
    """
    x = numeric(to_torch(logits, "logits", "multinomial"), "logits", "multinomial")
    if x.numel() < 2:
        raise TFJSValueError("Error in multinomial: you need at least 2 outcomes, but got "
                             f"{x.numel()}.")
    if x.dim() > 2:
        raise TFJSValueError(f"Rank of probabilities must be 1 or 2, but is {x.dim()}")
    x2 = x.reshape(1, -1) if x.dim() == 1 else x
    n = int(numSamples)
    if is_falsy_seed(seed):
        res = _multinomial_torch(x2, n, normalized)
    else:
        res = _multinomial_seeded(x2, n, seed, normalized)
    return res.reshape(-1) if x.dim() == 1 else res


# --- rand ------------------------------------------------------------------------------------

def _js_number_of(v):
    """JS ``Number(v)`` for what a Python rand function returns."""
    if v is None:
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


@op
def rand(shape, randFunction, dtype=None):  # noqa: N803
    """A tensor filled by calling ``randFunction()`` once per element, in order.

    TF.js: ``tf.rand(shape, randFunction, dtype?)``.

    Args:
        shape: list of dims.
        randFunction: a callable with no arguments returning a number.
        dtype: 'float32' (default) | 'int32' (truncates) | 'bool' (nonzero byte).

    Example:
        >>> tf.rand([2, 2], lambda: 1.7, 'int32').print()
        Tensor
            [[1, 1],
             [1, 1]]
    """
    shape = check_shape(shape)
    dtype = dtype or "float32"
    if dtype not in ("float32", "int32", "bool"):
        raise TFJSValueError(f"Unknown data type {dtype}")
    values = np.array([_js_number_of(randFunction()) for _ in range(math.prod(shape))],
                      dtype=np.float64)
    return _to_torch(_store(values, dtype).reshape(shape))
