"""Activation functions of tfjs-layers, by TF.js identifier, on raw torch tensors.

``get(identifier)`` accepts a name ('relu', 'hardSigmoid', ...), None ('linear'), a
``{className, config}`` dict or an Activation instance. Formulas follow TF.js:
hardSigmoid = clip(0.2x + 0.5, 0, 1); gelu = 0.5x(1 + erf(x / sqrt 2)) with TF.js's erf
(Abramowitz-Stegun 7.1.26); gelu_new is the tanh approximation; swish = x * sigmoid(x);
mish = x * tanh(softplus(x)); softmax/logSoftmax act on the last axis.

Float inputs run plain (differentiable) torch code. int32/bool inputs follow TF.js's
dtype rules: relu, selu, softplus and linear keep the dtype; elu, sigmoid, tanh, mish
and softmax reject it with TF.js's error; the others compute in float32.
"""
import math

import torch
import torch.nn.functional as F

from . import _serialization as _ser
from .errors import TFJSValueError

_SQRT2 = math.sqrt(2.0)
_GELU_NEW_C = math.sqrt(2.0 / math.pi)
# Abramowitz & Stegun 7.1.26 (the erf TF.js's kernels use; max error 1.5e-7).
_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def erf_tfjs(x):
    """TF.js's erf values (A&S 7.1.26 in float64, stored float32); gradient of exact erf."""
    d = x.to(torch.float64)
    v = torch.abs(d)
    t = 1.0 / (1.0 + _ERF_P * v)
    a1, a2, a3, a4, a5 = _ERF_A
    poly = ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t
    approx = torch.sign(d) * (1.0 - poly * torch.exp(-v * v))
    exact = torch.erf(x)
    return exact + (approx.to(x.dtype) - exact).detach()


def _gelu(x):
    return x * (0.5 * (1.0 + erf_tfjs(x / _SQRT2)))


def _gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(_GELU_NEW_C * (x + 0.044715 * torch.pow(x, 3))))


def _softmax(x):
    return torch.softmax(x, dim=-1)


def _log_softmax(x):
    return torch.log_softmax(x, dim=-1)


FUNCTIONS = {
    "elu": F.elu,
    "selu": F.selu,
    "relu": torch.relu,
    "relu6": lambda x: torch.clamp(x, 0.0, 6.0),
    "linear": lambda x: x,
    "sigmoid": torch.sigmoid,
    "hardSigmoid": lambda x: torch.clamp(0.2 * x + 0.5, 0.0, 1.0),
    "softplus": F.softplus,
    "softsign": lambda x: x / (1.0 + torch.abs(x)),
    "tanh": torch.tanh,
    "softmax": _softmax,
    "logSoftmax": _log_softmax,
    "gelu": _gelu,
    "gelu_new": _gelu_new,
    "mish": lambda x: x * torch.tanh(F.softplus(x)),
    "swish": lambda x: x * torch.sigmoid(x),
}

# int32/bool inputs: TF.js ops that keep the dtype, and those that reject it (arg, op).
_KEEP_DTYPE = ("relu", "selu", "softplus", "logSoftmax")
_FLOAT_ONLY = {"elu": ("x", "elu"), "sigmoid": ("x", "sigmoid"), "tanh": ("x", "tanh"),
               "mish": ("x", "tanh"), "softmax": ("logits", "softmax")}


def _non_float(name, x):
    """TF.js's result for an int32/bool input (see the module docstring)."""
    from .ops import activation as ops
    if name == "linear":
        return x
    if name in _FLOAT_ONLY:
        arg, op_name = _FLOAT_ONLY[name]
        dtype = "bool" if x.dtype == torch.bool else "int32"
        raise TFJSValueError(f"Argument '{arg}' passed to '{op_name}' must be float32 "
                             f"tensor, but got {dtype} tensor")
    if name in _KEEP_DTYPE:
        return getattr(ops, name).__wrapped__(x)
    return FUNCTIONS[name](x.to(torch.float32))


class Activation:
    """A tfjs-layers activation. TF.js: the ``Activation`` classes (``getClassName()`` is
    the identifier, e.g. 'relu'). Call it (or ``apply_torch``) on torch tensors;
    ``apply`` takes and returns Tensors."""

    def __init__(self, name):
        self.name = name
        self.fn = FUNCTIONS[name]

    def apply_torch(self, x):
        """Apply to a torch tensor."""
        if x.dtype in (torch.int32, torch.bool):
            return _non_float(self.name, x)
        if x.ndim == 0 and self.name in ("softmax", "logSoftmax"):
            from .ops.reduction import parse_axis
            parse_axis(-1, 0)   # TF.js: softmax of a scalar is an axis error
        return self.fn(x)

    def apply(self, x):
        """TF.js ``activation.apply(x)``: a new Tensor."""
        from .ops._op import numeric, to_torch, wrap
        return wrap(self.apply_torch(numeric(to_torch(x, "x", "apply"), "x", "apply")))

    def __call__(self, x):
        return self.apply_torch(x)

    def getClassName(self):  # noqa: N802 - TF.js name
        """The identifier TF.js serialises (e.g. 'relu')."""
        return self.name

    def getConfig(self):  # noqa: N802 - TF.js name
        """TF.js ``getConfig()``: activations have an empty config."""
        return {}

    def __repr__(self):
        return f"Activation({self.name!r})"


def get(identifier):
    """Activation from a name, None (linear), a {className, config} dict or an
    Activation. TF.js: ``getActivation``."""
    if identifier is None:
        identifier = "linear"
    if isinstance(identifier, Activation):
        return identifier
    if isinstance(identifier, dict):
        name = identifier.get("className", identifier.get("class_name"))
        if name is None or "config" not in identifier:
            raise TFJSValueError(_ser.IMPROPER.format(kind="activation",
                                                      text=_ser.js_json(identifier)))
        identifier = name
    if isinstance(identifier, str) and identifier in FUNCTIONS:
        return Activation(identifier)
    raise TFJSValueError(_ser.UNKNOWN.format(kind="activation", name=identifier))


def serialize(activation):
    """The config value of an activation (its name)."""
    return activation.name


def deserialize(config):
    """Activation from ``{className, config}`` (TF.js ``deserializeActivation``)."""
    return get(config)
