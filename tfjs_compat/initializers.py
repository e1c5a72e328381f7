"""Weight initializers of tfjs-layers (``tf.initializers.*``) with TF.js's defaults.

Each initializer has ``apply(shape, dtype)`` (a Tensor, as in TF.js) and
``apply_torch(shape, dtype)`` (a torch tensor on the current device, used by
``Layer.add_weight``). Seeded initializers draw from TF.js's Alea generator
(``ops/random.py``) and give TF.js's exact values; unseeded ones use torch's generator.

Internal configs are snake_case keys with TF.js values (``{'mode': 'fanAvg'}``), the
model.json form; ``getConfig()`` returns camelCase keys. A seed that was never given
is left out of the config (TF.js's ``undefined``, which ``JSON.stringify`` drops).
"""
import inspect
import math
import sys

import torch

from . import _serialization as _ser
from . import dtypes, engine
from ._options import merge
from ._serialization import UNSET, js_json
from .errors import TFJSNotImplementedError, TFJSTypeError, TFJSValueError

FAN_MODES = ("fanIn", "fanOut", "fanAvg")
DISTRIBUTIONS = ("normal", "uniform", "truncatedNormal")
_ORTHOGONAL_WARN_SIZE = 2000  # TF.js warns above this many elements


def compute_fans(shape):
    """TF.js fans: 2-D [in, out]; rank 3-5 channels-last with receptive field; else sqrt."""
    if len(shape) == 2:
        return shape[0], shape[1]
    if len(shape) in (3, 4, 5):
        rf = math.prod(shape[:-2])
        return shape[-2] * rf, shape[-1] * rf
    n = math.sqrt(math.prod(shape))
    return n, n


# --- drawing -------------------------------------------------------------------------------

def draw(kind, shape, seed, lo, hi, dtype="float32"):
    """Values of the random op TF.js calls, stored in ``dtype`` as TF.js stores them.

    ``kind`` is 'uniform' (U(lo, hi)), 'normal' or 'truncated' (mean lo, stddev hi).
    Seeded draws replay TF.js's Alea stream (ops/random.py): randomNormal and
    truncatedNormal ignore a falsy seed (0 draws randomly), randomUniform honours it.
    """
    from .ops import random as rnd
    seed = None if seed is UNSET else seed
    if kind == "uniform":
        return rnd.uniform(shape, lo, hi, dtype, seed)
    return rnd.normal(shape, lo, hi, dtype, seed, truncated=kind == "truncated")


# --- base ----------------------------------------------------------------------------------

class Initializer(_ser.Registered):
    """Base of initializers. TF.js: ``tf.initializers.Initializer``.

    Subclasses implement ``_values(shape, dtype)`` (a torch tensor) and ``get_config()``
    (snake_case keys). A subclass is registered under its ``className`` (default: the
    class name) for ``get``/``deserialize``, as ``tf.serialization.registerClass`` does.
    """

    className = "Initializer"
    _registry = {}

    def apply(self, shape, dtype=None):
        """TF.js ``initializer.apply(shape, dtype?)``: a new Tensor of initial values."""
        from .ops._op import wrap
        return wrap(self.apply_torch(shape, dtype))

    def apply_torch(self, shape, dtype=None):
        """Initial values as a torch tensor on the current device."""
        return engine.to_device(self._values([int(d) for d in shape], dtype or "float32"))


def _check_numeric_dtype(dtype):
    if dtype == "string":
        raise TFJSValueError("Unknown data type string")


class Zeros(Initializer):
    """All zeros, in the requested dtype. TF.js: ``tf.initializers.zeros()``."""

    def _values(self, shape, dtype):
        _check_numeric_dtype(dtype)
        return torch.zeros(shape, dtype=dtypes.TORCH[dtype])


class Ones(Initializer):
    """All ones, in the requested dtype. TF.js: ``tf.initializers.ones()``."""

    def _values(self, shape, dtype):
        _check_numeric_dtype(dtype)
        return torch.ones(shape, dtype=dtypes.TORCH[dtype])


class Constant(Initializer):
    """A constant value. TF.js: ``tf.initializers.constant({value})``.

    Differences from TF.js:
        ``value=None`` is JS ``null`` (accepted here, an error at ``apply``).
    """

    def __init__(self, value=UNSET):
        if value is UNSET:
            raise TFJSValueError("config must have value set but got [object Object]")
        self.value = value

    def _values(self, shape, dtype):
        v = self.value
        if v is None:
            raise TFJSValueError("values passed to tensor(values) must be a number/boolean/"
                                 "string or an array of numbers/booleans/strings, or a "
                                 "TypedArray")
        if isinstance(v, (list, tuple, dict)):
            raise TFJSValueError("Error creating a new Scalar: value must be a primitive "
                                 "(number|boolean|string)")
        if isinstance(v, str):
            raise TFJSValueError("Argument 'a' passed to 'mul' must be numeric tensor, "
                                 "but got string tensor")
        # NOTE: TF.js multiplies a float32 scalar by ones(dtype): the result is float32.
        return torch.full(shape, float(v), dtype=torch.float32)

    def get_config(self):
        return {"value": self.value}


class RandomUniform(Initializer):
    """U(minval, maxval). TF.js: ``tf.initializers.randomUniform({minval, maxval, seed})``.

    Falsy ``minval``/``maxval`` (0, None) take the defaults -0.05 / 0.05, as in TF.js.
    """

    def __init__(self, minval=-0.05, maxval=0.05, seed=UNSET):
        self.minval = minval or -0.05
        self.maxval = maxval or 0.05
        self.seed = seed

    def _values(self, shape, dtype):
        return draw("uniform", shape, self.seed, self.minval, self.maxval, dtype)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class RandomNormal(Initializer):
    """N(mean, stddev). TF.js: ``tf.initializers.randomNormal({mean, stddev, seed})``.

    Falsy ``mean``/``stddev`` take the defaults 0 / 0.05, as in TF.js.
    """

    _kind, _op_name = "normal", "randomNormal"

    def __init__(self, mean=0.0, stddev=0.05, seed=UNSET):
        self.mean = mean or 0
        self.stddev = stddev or 0.05
        self.seed = seed

    def _values(self, shape, dtype):
        if dtype == "bool":
            raise TFJSNotImplementedError(f"{self._op_name} does not support dType bool.")
        return draw(self._kind, shape, self.seed, self.mean, self.stddev, dtype)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class TruncatedNormal(RandomNormal):
    """N(mean, stddev) redrawn outside 2 stddev. TF.js: ``tf.initializers.truncatedNormal``."""

    _kind, _op_name = "truncated", "truncatedNormal"


def _check_choice(value, valid, what):
    if value is not None and value not in valid:
        raise TFJSValueError(f"{value} is not a valid {what}.  Valid values are "
                             f"{','.join(valid)} or null/undefined.")


class VarianceScaling(Initializer):
    """Variance scaling. TF.js: ``tf.initializers.varianceScaling({scale, mode, distribution, seed})``.

    ``scale /= max(1, fan)`` with fan = fanIn, fanOut or their mean; 'normal' draws a
    truncated normal with stddev sqrt(scale) (no 0.8796 correction); any other
    distribution (including 'truncatedNormal', a TF.js quirk) draws U(+-sqrt(3 scale)).
    """

    def __init__(self, scale=1.0, mode="fanIn", distribution="normal", seed=UNSET):
        scale = 1.0 if scale is None else scale
        if scale < 0:
            raise TFJSValueError(f"scale must be a positive float. Got: {js_json(scale)}")
        _check_choice(mode, FAN_MODES, "FanMode")
        _check_choice(distribution, DISTRIBUTIONS, "Distribution")
        self.scale = scale
        self.mode = "fanIn" if mode is None else mode
        self.distribution = "normal" if distribution is None else distribution
        self.seed = seed

    def _values(self, shape, dtype):
        fan_in, fan_out = compute_fans(shape)
        fan = {"fanIn": fan_in, "fanOut": fan_out, "fanAvg": (fan_in + fan_out) / 2}[self.mode]
        scale = self.scale / max(1.0, fan)
        if self.distribution == "normal":
            if dtype == "bool":
                raise TFJSNotImplementedError(
                    f"{VarianceScaling.className} does not support dType bool.")
            return draw("truncated", shape, self.seed, 0.0, math.sqrt(scale), dtype)
        limit = math.sqrt(3 * scale)
        return draw("uniform", shape, self.seed, -limit, limit, dtype)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution,
                "seed": self.seed}

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``: glorot/he/leCun initializers all report VarianceScaling."""
        return "VarianceScaling"


class _PresetVarianceScaling(VarianceScaling):
    """glorot/he/leCun: VarianceScaling with fixed scale, mode and distribution."""

    className = "_PresetVarianceScaling"
    _preset = (1.0, "fanAvg", "normal")

    def __init__(self, seed=UNSET):
        super().__init__(*self._preset, seed=seed)


class GlorotNormal(_PresetVarianceScaling):
    """Truncated N(0, sqrt(2 / (fanIn + fanOut))). TF.js: ``tf.initializers.glorotNormal``."""
    _preset = (1.0, "fanAvg", "normal")


class GlorotUniform(_PresetVarianceScaling):
    """U(+-sqrt(6 / (fanIn + fanOut))). TF.js: ``tf.initializers.glorotUniform``."""
    _preset = (1.0, "fanAvg", "uniform")


class HeNormal(_PresetVarianceScaling):
    """Truncated N(0, sqrt(2 / fanIn)). TF.js: ``tf.initializers.heNormal``."""
    _preset = (2.0, "fanIn", "normal")


class HeUniform(_PresetVarianceScaling):
    """U(+-sqrt(6 / fanIn)). TF.js: ``tf.initializers.heUniform``."""
    _preset = (2.0, "fanIn", "uniform")


class LeCunNormal(_PresetVarianceScaling):
    """Truncated N(0, sqrt(1 / fanIn)). TF.js: ``tf.initializers.leCunNormal``."""
    _preset = (1.0, "fanIn", "normal")


class LeCunUniform(_PresetVarianceScaling):
    """U(+-sqrt(3 / fanIn)). TF.js: ``tf.initializers.leCunUniform``."""
    _preset = (1.0, "fanIn", "uniform")


del Initializer._registry["_PresetVarianceScaling"]


class Orthogonal(Initializer):
    """Orthogonal matrix times gain. TF.js: ``tf.initializers.orthogonal({gain, seed})``.

    The shape is flattened to [prod(shape[:-1]), shape[-1]]; a standard normal matrix
    of shape [max, min] (seeded like randomNormal) is QR-decomposed, Q's columns are
    multiplied by sign(diag(R)) and transposed for wide shapes.
    """

    def __init__(self, gain=1.0, seed=UNSET):
        self.gain = 1.0 if gain is None else gain
        self.seed = seed

    def _values(self, shape, dtype):
        if len(shape) < 2:
            raise TFJSNotImplementedError("Shape must be at least 2D.")
        if dtype == "int32":
            raise TFJSValueError("Argument 'x' passed to 'sqrt' must be float32 tensor, "
                                 "but got int32 tensor")
        if dtype not in ("float32", "complex64"):
            raise TFJSTypeError(f"Unsupported data type {dtype}.")
        size = math.prod(shape)
        if size > _ORTHOGONAL_WARN_SIZE:
            print(f"Orthogonal initializer is being called on a matrix with more than "
                  f"{_ORTHOGONAL_WARN_SIZE} ({size}) elements: Slowness may result.",
                  file=sys.stderr)
        rows, cols = math.prod(shape[:-1]), shape[-1]
        if size == 0:
            return torch.zeros(shape, dtype=torch.float32)
        a = draw("normal", [max(rows, cols), min(rows, cols)], self.seed, 0.0, 1.0)
        q, r = torch.linalg.qr(a.to(torch.float64).cpu())
        q = q * torch.sign(torch.diagonal(r))
        if rows < cols:
            q = q.T
        return (self.gain * q).reshape(shape).to(torch.float32)

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed}


class Identity(Initializer):
    """Identity matrix times gain (2-D square shapes). TF.js: ``tf.initializers.identity``.

    Always float32, whatever dtype is asked for (as in TF.js).
    """

    def __init__(self, gain=1.0):
        self.gain = 1.0 if gain is None else gain

    def _values(self, shape, dtype):
        if len(shape) != 2 or shape[0] != shape[1]:
            raise TFJSValueError("Identity matrix initializer can only be used for 2D "
                                 "square matrices.")
        return (self.gain * torch.eye(shape[0], dtype=torch.float64)).to(torch.float32)

    def get_config(self):
        return {"gain": self.gain}


# --- identifiers -----------------------------------------------------------------------------

_SHORT_NAMES = {
    "constant": "Constant", "glorotNormal": "GlorotNormal", "glorotUniform": "GlorotUniform",
    "heNormal": "HeNormal", "heUniform": "HeUniform", "identity": "Identity",
    "leCunNormal": "LeCunNormal", "leCunUniform": "LeCunUniform", "ones": "Ones",
    "orthogonal": "Orthogonal", "randomNormal": "RandomNormal",
    "randomUniform": "RandomUniform", "truncatedNormal": "TruncatedNormal",
    "varianceScaling": "VarianceScaling", "zeros": "Zeros",
}


def deserialize(config):
    """Initializer from ``{className, config}`` (TF.js ``deserializeInitializer``)."""
    return _ser.deserialize_from(Initializer._registry, config, "initializer")


def get(identifier):
    """Initializer from a name, a {className, config} dict or an instance.

    TF.js: ``getInitializer`` (what layers do with ``kernelInitializer`` and friends).
    Names are the ``tf.initializers`` function names or class names; glorot/he/leCun
    names build the initializer with a null seed. None gives None.
    """
    if isinstance(identifier, str):
        cls = Initializer._registry.get(_SHORT_NAMES.get(identifier, identifier))
        if cls is not None and issubclass(cls, _PresetVarianceScaling):
            return cls(seed=None)
    return _ser.get_from(Initializer._registry, identifier, _SHORT_NAMES, Initializer,
                         "initializer")


def serialize(initializer):
    """``{class_name, config}`` of an initializer (model.json form, snake_case keys)."""
    return _ser.serialize(initializer)


# --- tf.initializers.* factories -------------------------------------------------------------

def _make(cls, args, kwargs, name, missing=None):
    """Build ``cls`` from a TF.js options object; ``missing`` is TF.js's error without one."""
    if args is None and not kwargs:
        if missing is not None:
            raise missing
        return cls(seed=None) if issubclass(cls, _PresetVarianceScaling) else cls()
    keys = [k for k in inspect.signature(cls.__init__).parameters if k != "self"]
    return cls(**merge(args, kwargs, keys, f"tf.initializers.{name}"))


def _undefined(prop):
    return TFJSTypeError(f"Cannot read properties of undefined (reading '{prop}')")


def zeros(args=None, /, **kwargs):
    """Initializer of zeros. TF.js: ``tf.initializers.zeros()``.

    Example:
        >>> tf.initializers.zeros().apply([2]).dataSync().tolist()
        [0.0, 0.0]
    """
    return _make(Zeros, args, kwargs, "zeros")


def ones(args=None, /, **kwargs):
    """Initializer of ones. TF.js: ``tf.initializers.ones()``."""
    return _make(Ones, args, kwargs, "ones")


def constant(args=None, /, **kwargs):
    """Initializer of a constant. TF.js: ``tf.initializers.constant({value})``.

    Args:
        args: ``{'value': number}`` (required).
    """
    missing = TFJSValueError("Expected argument of type ConstantConfig but got undefined")
    return _make(Constant, args, kwargs, "constant", missing)


def randomUniform(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """U(minval, maxval). TF.js: ``tf.initializers.randomUniform({minval, maxval, seed})``.

    Args:
        args: ``minval`` (-0.05), ``maxval`` (0.05), ``seed``; falsy values take the
            defaults. An options object is required, as in TF.js.
    """
    return _make(RandomUniform, args, kwargs, "randomUniform", _undefined("minval"))


def randomNormal(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """N(mean, stddev). TF.js: ``tf.initializers.randomNormal({mean, stddev, seed})``.

    Args:
        args: ``mean`` (0), ``stddev`` (0.05), ``seed``; falsy values take the defaults.
    """
    return _make(RandomNormal, args, kwargs, "randomNormal", _undefined("mean"))


def truncatedNormal(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """N(mean, stddev) redrawn outside 2 stddev. TF.js: ``tf.initializers.truncatedNormal``.

    Args:
        args: ``mean`` (0), ``stddev`` (0.05), ``seed``; falsy values take the defaults.
    """
    return _make(TruncatedNormal, args, kwargs, "truncatedNormal", _undefined("mean"))


def varianceScaling(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Variance scaling. TF.js: ``tf.initializers.varianceScaling({scale, mode, distribution, seed})``.

    Args:
        args: ``scale`` (1, must be >= 0), ``mode`` ('fanIn' | 'fanOut' | 'fanAvg'),
            ``distribution`` ('normal' = truncated normal; 'uniform'), ``seed``.
    """
    return _make(VarianceScaling, args, kwargs, "varianceScaling", _undefined("scale"))


def glorotNormal(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Glorot normal: truncated N(0, sqrt(2/(fanIn+fanOut))). TF.js: ``tf.initializers.glorotNormal({seed})``.

    Differences from TF.js:
        Unknown option keys are an error (TF.js ignores them).
    """
    return _make(GlorotNormal, args, kwargs, "glorotNormal")


def glorotUniform(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Glorot uniform: U(+-sqrt(6/(fanIn+fanOut))). TF.js: ``tf.initializers.glorotUniform({seed})``."""
    return _make(GlorotUniform, args, kwargs, "glorotUniform")


def heNormal(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """He normal: truncated N(0, sqrt(2/fanIn)). TF.js: ``tf.initializers.heNormal({seed})``."""
    return _make(HeNormal, args, kwargs, "heNormal")


def heUniform(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """He uniform: U(+-sqrt(6/fanIn)). TF.js: ``tf.initializers.heUniform({seed})``."""
    return _make(HeUniform, args, kwargs, "heUniform")


def leCunNormal(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """LeCun normal: truncated N(0, sqrt(1/fanIn)). TF.js: ``tf.initializers.leCunNormal({seed})``."""
    return _make(LeCunNormal, args, kwargs, "leCunNormal")


def leCunUniform(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """LeCun uniform: U(+-sqrt(3/fanIn)). TF.js: ``tf.initializers.leCunUniform({seed})``."""
    return _make(LeCunUniform, args, kwargs, "leCunUniform")


def orthogonal(args=None, /, **kwargs):
    """Orthogonal matrix times gain. TF.js: ``tf.initializers.orthogonal({gain, seed})``.

    Args:
        args: ``gain`` (1), ``seed``. Shapes of rank >= 2; float32 only.
    """
    return _make(Orthogonal, args, kwargs, "orthogonal", _undefined("gain"))


def identity(args=None, /, **kwargs):
    """Identity matrix times gain. TF.js: ``tf.initializers.identity({gain})``.

    Args:
        args: ``gain`` (1). Square 2-D shapes only.
    """
    return _make(Identity, args, kwargs, "identity", _undefined("gain"))


PUBLIC = tuple(_SHORT_NAMES)
