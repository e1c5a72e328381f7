"""Weight constraints of tfjs-layers (``tf.constraints.*``).

A constraint projects a weight after each optimizer step: ``apply_torch(w)`` returns
the projected torch tensor. Norms are sqrt(sum(w^2)) over ``axis`` (keepDims), and
TF.js divides by ``epsilon + norm`` with the backend epsilon 1e-7.
"""
import torch

from . import _serialization as _ser
from ._options import merge
from .errors import TFJSTypeError, TFJSValueError

EPSILON = 1e-7  # TF.js backend.epsilon() for float32


class Constraint(_ser.Registered):
    """Base of constraints. TF.js: ``tf.constraints.Constraint``.

    Subclasses implement ``apply_torch(w)`` and ``get_config()``; each is registered
    under its ``className`` (default: the class name) for ``get``/``deserialize``.
    """

    className = "Constraint"
    _registry = {}

    def apply(self, w):
        """TF.js ``constraint.apply(w)``: the projected weight as a new Tensor."""
        from .ops._op import numeric, to_torch, wrap
        return wrap(self.apply_torch(numeric(to_torch(w, "w", "apply"), "w", "apply")))

    def apply_torch(self, w):
        """The projected value of a torch tensor."""
        raise NotImplementedError

    def __call__(self, w):
        return self.apply_torch(w)


def _norms(w, axis):
    """sqrt(sum(w^2, axis, keepDims)); TF.js's errors for bad axes and int weights."""
    from .ops.reduction import parse_axis
    axes = parse_axis(axis, w.ndim)
    if w.dtype != torch.float32:
        # TF.js: square/sum keep int32 (bool sums to int32), then sqrt rejects it.
        raise TFJSValueError("Argument 'x' passed to 'sqrt' must be float32 tensor, but "
                             "got int32 tensor")
    if not axes:
        return torch.abs(w)
    return torch.sqrt(torch.sum(torch.square(w), dim=axes, keepdim=True))


class MaxNorm(Constraint):
    """Rescales slices whose norm along ``axis`` exceeds ``max_value``. TF.js: ``MaxNorm``.

    w * clip(norm, 0, maxValue) / (epsilon + norm).
    """

    def __init__(self, max_value=2, axis=0):
        self.max_value = 2 if max_value is None else max_value
        self.axis = 0 if axis is None else axis

    def apply_torch(self, w):
        norms = _norms(w, self.axis)
        desired = torch.clamp(norms, 0, self.max_value)
        return w * (desired / (EPSILON + norms))

    def get_config(self):
        return {"max_value": self.max_value, "axis": self.axis}


class UnitNorm(Constraint):
    """Divides by the norm along ``axis``: w / (epsilon + norm). TF.js: ``UnitNorm``."""

    def __init__(self, axis=0):
        self.axis = 0 if axis is None else axis

    def apply_torch(self, w):
        return w / (EPSILON + _norms(w, self.axis))

    def get_config(self):
        return {"axis": self.axis}


class NonNeg(Constraint):
    """Zeroes negative weights (relu; keeps the dtype). TF.js: ``NonNeg``."""

    def apply_torch(self, w):
        if w.dtype == torch.bool:
            return w.clone()
        return torch.where(w < 0, torch.zeros_like(w), w)


class MinMaxNorm(Constraint):
    """Moves slice norms into [minValue, maxValue] at ``rate``. TF.js: ``MinMaxNorm``.

    desired = rate * clip(norm, minValue, maxValue) + (1 - rate) * norm;
    w * desired / (epsilon + norm).
    """

    def __init__(self, min_value=0.0, max_value=1.0, rate=1.0, axis=0):
        self.min_value = 0.0 if min_value is None else min_value
        self.max_value = 1.0 if max_value is None else max_value
        self.rate = 1.0 if rate is None else rate
        self.axis = 0 if axis is None else axis

    def apply_torch(self, w):
        norms = _norms(w, self.axis)
        clipped = torch.clamp(norms, self.min_value, self.max_value)
        desired = self.rate * clipped + (1 - self.rate) * norms
        return w * (desired / (EPSILON + norms))

    def get_config(self):
        return {"min_value": self.min_value, "max_value": self.max_value, "rate": self.rate,
                "axis": self.axis}


_SHORT_NAMES = {"maxNorm": "MaxNorm", "minMaxNorm": "MinMaxNorm", "nonNeg": "NonNeg",
                "unitNorm": "UnitNorm"}


def deserialize(config):
    """Constraint from ``{className, config}`` (TF.js ``deserializeConstraint``)."""
    return _ser.deserialize_from(Constraint._registry, config, "constraint")


def get(identifier):
    """Constraint from a name ('maxNorm', 'MaxNorm', ...), a {className, config} dict or
    an instance. TF.js: ``getConstraint``. None gives None."""
    return _ser.get_from(Constraint._registry, identifier, _SHORT_NAMES, Constraint,
                         "constraint")


def serialize(constraint):
    """``{class_name, config}`` of a constraint (model.json form), or None."""
    return None if constraint is None else _ser.serialize(constraint)


def _make(cls, args, kwargs, name, first_key):
    if args is None and not kwargs:
        raise TFJSTypeError(f"Cannot read properties of undefined (reading '{first_key}')")
    keys = [k for k in ("min_value", "max_value", "rate", "axis") if k in cls().get_config()]
    return cls(**merge(args, kwargs, keys, f"tf.constraints.{name}"))


def maxNorm(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Max-norm constraint. TF.js: ``tf.constraints.maxNorm({maxValue, axis})``.

    Args:
        args: ``maxValue`` (2), ``axis`` (0; a number or list). Required, as in TF.js.
    """
    return _make(MaxNorm, args, kwargs, "maxNorm", "maxValue")


def unitNorm(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Unit-norm constraint. TF.js: ``tf.constraints.unitNorm({axis})``.

    Args:
        args: ``axis`` (0). Required, as in TF.js.
    """
    return _make(UnitNorm, args, kwargs, "unitNorm", "axis")


def minMaxNorm(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Min-max-norm constraint. TF.js: ``tf.constraints.minMaxNorm({minValue, maxValue, rate, axis})``.

    Args:
        args: ``minValue`` (0), ``maxValue`` (1), ``rate`` (1), ``axis`` (0). Required.
    """
    return _make(MinMaxNorm, args, kwargs, "minMaxNorm", "minValue")


def nonNeg(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Non-negative weights constraint. TF.js: ``tf.constraints.nonNeg()``.

    Example:
        >>> tf.constraints.nonNeg().apply(tf.tensor1d([1, -2])).dataSync().tolist()
        [1.0, 0.0]
    """
    merge(args, kwargs, [], "tf.constraints.nonNeg")
    return NonNeg()


PUBLIC = ("maxNorm", "minMaxNorm", "nonNeg", "unitNorm")
