"""Weight initializers of tfjs-layers (``tf.initializers.*``) with TF.js's defaults.

Each initializer has ``apply(shape, dtype)`` (returns a Tensor, as in TF.js) and
``apply_torch(shape, dtype)`` (a torch tensor on the current device). Seeded
initializers draw from TF.js's generator (ops/random.py) and give TF.js's exact values;
unseeded ones draw from torch's generator.
"""
import math

import numpy as np
import torch

from . import dtypes, engine
from .errors import TFJSValueError

_UNKNOWN = ("Unknown initializer: {}. This may be due to one of the following reasons:\n"
            "1. The initializer is defined in Python, in which case it needs to be ported to "
            "TensorFlow.js or your JavaScript code.\n2. The custom initializer is defined in "
            "JavaScript, but is not registered properly with "
            "tf.serialization.registerClass().")


def compute_fans(shape):
    """TF.js fans: 2-D [in, out]; rank 3-5 channels-last with receptive field; else sqrt."""
    if len(shape) == 2:
        return shape[0], shape[1]
    if len(shape) in (3, 4, 5):
        rf = math.prod(shape[:-2])
        return shape[-2] * rf, shape[-1] * rf
    n = math.sqrt(math.prod(shape))
    return n, n


class Initializer:
    """Base of initializers; subclasses implement ``_values(shape, dtype)`` (torch)."""

    className = "Initializer"

    def apply(self, shape, dtype="float32"):
        """TF.js ``initializer.apply(shape, dtype)``: a new Tensor of initial values."""
        from .tensor import Tensor
        return Tensor(self.apply_torch(list(shape), dtype))

    def apply_torch(self, shape, dtype="float32"):
        """Initial values as a torch tensor on the current device."""
        t = self._values(list(shape), dtype or "float32")
        return t.to(engine.device(), dtypes.TORCH[dtype or "float32"])

    def get_config(self):
        """snake_case config."""
        return {}

    def getConfig(self):  # noqa: N802 - TF.js name
        """TF.js ``getConfig()``."""
        from ._options import config_to_camel
        return config_to_camel(self.get_config())

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``."""
        return self.className


class Zeros(Initializer):
    """All zeros."""
    className = "Zeros"

    def _values(self, shape, dtype):
        return torch.zeros(shape, dtype=torch.float64)


class Ones(Initializer):
    """All ones."""
    className = "Ones"

    def _values(self, shape, dtype):
        return torch.ones(shape, dtype=torch.float64)


class Constant(Initializer):
    """A constant value."""
    className = "Constant"

    def __init__(self, value=0):
        self.value = value

    def _values(self, shape, dtype):
        return torch.full(shape, float(self.value), dtype=torch.float64)

    def get_config(self):
        return {"value": self.value}


def _seeded(kind, shape, seed, **kw):
    from .ops import random as rnd
    if kind == "uniform":
        vals = rnd.uniform_values(shape, kw["minval"], kw["maxval"], seed)
    else:
        vals = rnd.normal_values(shape, kw["mean"], kw["stddev"], seed,
                                 truncated=kind == "truncated")
    return torch.from_numpy(np.asarray(vals, dtype=np.float64).reshape(shape))


def _unseeded(kind, shape, **kw):
    t = torch.empty(shape, dtype=torch.float32, device=engine.device())
    if kind == "uniform":
        return t.uniform_(kw["minval"], kw["maxval"])
    if kind == "normal":
        return t.normal_(kw["mean"], kw["stddev"])
    m, s = kw["mean"], kw["stddev"]
    return torch.nn.init.trunc_normal_(t, m, s, m - 2 * s, m + 2 * s)


def _draw(kind, shape, seed, **kw):
    if seed is not None:
        return _seeded(kind, shape, seed, **kw)
    return _unseeded(kind, shape, **kw)


class RandomUniform(Initializer):
    """U(minval, maxval); falsy arguments take TF.js's defaults (-0.05, 0.05)."""
    className = "RandomUniform"

    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval = minval or -0.05
        self.maxval = maxval or 0.05
        self.seed = seed

    def _values(self, shape, dtype):
        return _draw("uniform", shape, self.seed, minval=self.minval, maxval=self.maxval)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class RandomNormal(Initializer):
    """N(mean, stddev); falsy arguments take TF.js's defaults (0, 0.05)."""
    className = "RandomNormal"

    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean = mean or 0.0
        self.stddev = stddev or 0.05
        self.seed = seed

    def _values(self, shape, dtype):
        return _draw("normal", shape, self.seed, mean=self.mean, stddev=self.stddev)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class TruncatedNormal(RandomNormal):
    """N(mean, stddev) redrawn outside 2 stddev."""
    className = "TruncatedNormal"

    def _values(self, shape, dtype):
        return _draw("truncated", shape, self.seed, mean=self.mean, stddev=self.stddev)


class VarianceScaling(Initializer):
    """TF.js VarianceScaling: scale / fan (fanIn | fanOut | fanAvg); normal is truncated."""
    className = "VarianceScaling"

    def __init__(self, scale=1.0, mode="fanIn", distribution="normal", seed=None):
        if scale <= 0:
            raise TFJSValueError(f"scale must be a positive float. Got: {scale}")
        self.scale, self.mode, self.distribution, self.seed = scale, mode, distribution, seed

    def _values(self, shape, dtype):
        fan_in, fan_out = compute_fans(shape)
        fan = {"fanIn": fan_in, "fanOut": fan_out, "fanAvg": (fan_in + fan_out) / 2}[self.mode]
        scale = self.scale / max(1.0, fan)
        if self.distribution == "normal":
            return _draw("truncated", shape, self.seed, mean=0.0, stddev=math.sqrt(scale))
        limit = math.sqrt(3 * scale)
        return _draw("uniform", shape, self.seed, minval=-limit, maxval=limit)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution,
                "seed": self.seed}


def _variance_factory(scale, mode, distribution):
    def make(seed=None):
        return VarianceScaling(scale, mode, distribution, seed)
    return make


class Orthogonal(Initializer):
    """Orthogonal matrix from the QR of a normal matrix, columns sign-fixed, times gain."""
    className = "Orthogonal"

    def __init__(self, gain=1.0, seed=None):
        self.gain, self.seed = gain, seed

    def _values(self, shape, dtype):
        rows, cols = math.prod(shape[:-1]), shape[-1]
        big, small = max(rows, cols), min(rows, cols)
        a = _draw("normal", [big, small], self.seed, mean=0.0, stddev=1.0).double()
        q, r = torch.linalg.qr(a.cpu())
        q = q * torch.sign(torch.diagonal(r))
        if rows < cols:
            q = q.T
        return (self.gain * q).reshape(shape)

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed}


class Identity(Initializer):
    """Identity matrix times gain (2-D square shapes only)."""
    className = "Identity"

    def __init__(self, gain=1.0):
        self.gain = gain

    def _values(self, shape, dtype):
        if len(shape) != 2 or shape[0] != shape[1]:
            raise TFJSValueError("Identity matrix initializer can only be used for 2D "
                                 "square matrices.")
        return self.gain * torch.eye(shape[0], dtype=torch.float64)

    def get_config(self):
        return {"gain": self.gain}


_BY_NAME = {
    "zeros": Zeros, "ones": Ones, "constant": Constant,
    "randomUniform": RandomUniform, "randomNormal": RandomNormal,
    "truncatedNormal": TruncatedNormal, "varianceScaling": VarianceScaling,
    "orthogonal": Orthogonal, "identity": Identity,
    "glorotNormal": _variance_factory(1.0, "fanAvg", "normal"),
    "glorotUniform": _variance_factory(1.0, "fanAvg", "uniform"),
    "heNormal": _variance_factory(2.0, "fanIn", "normal"),
    "heUniform": _variance_factory(2.0, "fanIn", "uniform"),
    "leCunNormal": _variance_factory(1.0, "fanIn", "normal"),
    "leCunUniform": _variance_factory(1.0, "fanIn", "uniform"),
}
_CLASSES = {c.className: c for c in (Zeros, Ones, Constant, RandomUniform, RandomNormal,
                                     TruncatedNormal, VarianceScaling, Orthogonal, Identity)}


def get(identifier):
    """Initializer from a name, a {className, config} dict, or an instance."""
    if isinstance(identifier, Initializer):
        return identifier
    if isinstance(identifier, str):
        if identifier in _BY_NAME:
            return _BY_NAME[identifier]()
        if identifier in _CLASSES:
            return _CLASSES[identifier]()
        raise TFJSValueError(_UNKNOWN.format(identifier))
    if isinstance(identifier, dict):
        from ._options import config_to_snake
        name = identifier.get("className", identifier.get("class_name"))
        cls = _CLASSES.get(name)
        if cls is None:
            raise TFJSValueError(_UNKNOWN.format(name))
        return cls(**config_to_snake(identifier.get("config", {})))
    raise TFJSValueError(_UNKNOWN.format(identifier))


def serialize(init):
    """{class_name, config} form of an initializer (model.json)."""
    return {"class_name": init.className, "config": init.get_config()}
