"""Activation functions of tfjs-layers, by TF.js identifier, on raw torch tensors.

``get(identifier)`` accepts a name ('relu', 'hardSigmoid', ...), None ('linear') or an
Activation instance. Formulas follow TF.js (e.g. hardSigmoid = clip(0.2x + 0.5, 0, 1)).
"""
import math

import torch
import torch.nn.functional as F

from .errors import TFJSValueError

_UNKNOWN = ("Unknown activation: {}. This may be due to one of the following reasons:\n"
            "1. The activation is defined in Python, in which case it needs to be ported to "
            "TensorFlow.js or your JavaScript code.\n2. The custom activation is defined in "
            "JavaScript, but is not registered properly with "
            "tf.serialization.registerClass().")


def _softmax(x):
    return torch.softmax(x, dim=-1)


def _log_softmax(x):
    return torch.log_softmax(x, dim=-1)


def _hard_sigmoid(x):
    return torch.clamp(0.2 * x + 0.5, 0.0, 1.0)


def _gelu(x):
    return 0.5 * x * (1.0 + torch.erf(x / math.sqrt(2.0)))


def _gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


FUNCTIONS = {
    "linear": lambda x: x,
    "relu": torch.relu,
    "relu6": lambda x: torch.clamp(x, 0.0, 6.0),
    "elu": F.elu,
    "selu": F.selu,
    "sigmoid": torch.sigmoid,
    "hardSigmoid": _hard_sigmoid,
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


class Activation:
    """A tfjs-layers activation: ``apply_torch(x)`` on raw torch tensors."""

    def __init__(self, name):
        self.name = name
        self.fn = FUNCTIONS[name]

    def apply_torch(self, x):
        """Apply to a torch tensor."""
        return self.fn(x)

    def __call__(self, x):
        return self.fn(x)

    def getClassName(self):  # noqa: N802 - TF.js name
        """The identifier TF.js serialises (e.g. 'relu')."""
        return self.name


def get(identifier):
    """Activation from a name, None (linear) or an Activation. TF.js: ``getActivation``."""
    if identifier is None:
        identifier = "linear"
    if isinstance(identifier, Activation):
        return identifier
    if isinstance(identifier, str) and identifier in FUNCTIONS:
        return Activation(identifier)
    raise TFJSValueError(_UNKNOWN.format(identifier))


def serialize(activation):
    """The config value of an activation (its name)."""
    return activation.name
