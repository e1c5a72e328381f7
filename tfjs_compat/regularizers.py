"""Weight regularizers of tfjs-layers (``tf.regularizers.*``).

TF.js has one regularizer class, ``L1L2``: penalty = l1 * sum(|x|) + l2 * sum(x^2),
each term only when its factor is non-zero, as a float32 scalar. ``apply_torch(param)``
returns that scalar as a differentiable torch tensor; layers add it to ``layer.losses``
and training adds it to the loss.
"""
import torch

from . import _serialization as _ser
from ._options import merge

DEFAULT_FACTOR = 0.01  # TF.js default for both l1 and l2


class Regularizer(_ser.Registered):
    """Base of regularizers. TF.js: ``tf.regularizers.Regularizer`` (abstract).

    Subclasses implement ``apply_torch(x)`` and ``get_config()``; each is registered
    under its ``className`` (default: the class name) for ``get``/``deserialize``.
    """

    className = "Regularizer"
    _registry = {}

    def apply(self, x):
        """TF.js ``regularizer.apply(x)``: the penalty of ``x`` as a scalar Tensor."""
        from .ops._op import numeric, to_torch, wrap
        return wrap(self.apply_torch(numeric(to_torch(x, "x", "apply"), "x", "apply")))

    def apply_torch(self, x):
        """The penalty of a torch tensor as a 0-d float32 torch tensor."""
        raise NotImplementedError

    def __call__(self, x):
        return self.apply_torch(x)


class L1L2(Regularizer):
    """l1 * sum(|x|) + l2 * sum(x^2). TF.js: ``L1L2`` (``tf.regularizers.l1l2``).

    A None (null) factor takes the default 0.01; 0 is kept and switches the term off.
    """

    def __init__(self, l1=DEFAULT_FACTOR, l2=DEFAULT_FACTOR):
        self.l1 = DEFAULT_FACTOR if l1 is None else l1
        self.l2 = DEFAULT_FACTOR if l2 is None else l2

    def apply_torch(self, x):
        x = x if x.dtype == torch.float32 else x.to(torch.float32)
        total = torch.zeros((), dtype=torch.float32, device=x.device)
        # TF.js: sum(mul(l1, abs(x))) -- the factor is applied before summing.
        if self.l1 != 0:
            total = total + (self.l1 * torch.abs(x)).sum()
        if self.l2 != 0:
            total = total + (self.l2 * torch.square(x)).sum()
        return total

    def get_config(self):
        return {"l1": self.l1, "l2": self.l2}


_SHORT_NAMES = {"l1l2": "L1L2"}   # TF.js: 'l1' and 'l2' are NOT valid strings


def deserialize(config):
    """Regularizer from ``{className, config}`` (TF.js ``deserializeRegularizer``)."""
    return _ser.deserialize_from(Regularizer._registry, config, "regularizer")


def get(identifier):
    """Regularizer from 'l1l2' / 'L1L2', a {className, config} dict or an instance.

    TF.js: ``getRegularizer`` (what layers do with ``kernelRegularizer``). None gives
    None; 'l1' and 'l2' are unknown, as in TF.js.
    """
    return _ser.get_from(Regularizer._registry, identifier, _SHORT_NAMES, Regularizer,
                         "regularizer")


def serialize(regularizer):
    """``{class_name, config}`` of a regularizer (model.json form), or None."""
    return None if regularizer is None else _ser.serialize(regularizer)


def _factor(args, kwargs, key, name):
    if args is None and not kwargs:
        return None
    return merge(args, kwargs, [key], f"tf.regularizers.{name}").get(key)


def l1(args=None, /, **kwargs):
    """L1 penalty l1 * sum(|x|). TF.js: ``tf.regularizers.l1({l1})``.

    Args:
        args: ``{'l1': number}`` (0.01). The result is an ``L1L2`` with l2 = 0.

    Example:
        >>> tf.regularizers.l1({'l1': 0.5}).apply(tf.tensor1d([1, -2])).dataSync().tolist()
        [1.5]
    """
    return L1L2(l1=_factor(args, kwargs, "l1", "l1"), l2=0)


def l2(args=None, /, **kwargs):
    """L2 penalty l2 * sum(x^2). TF.js: ``tf.regularizers.l2({l2})``.

    Args:
        args: ``{'l2': number}`` (0.01). The result is an ``L1L2`` with l1 = 0.
    """
    return L1L2(l1=0, l2=_factor(args, kwargs, "l2", "l2"))


def l1l2(args=None, /, **kwargs):
    """l1 * sum(|x|) + l2 * sum(x^2). TF.js: ``tf.regularizers.l1l2({l1, l2})``.

    Args:
        args: ``l1`` (0.01), ``l2`` (0.01).
    """
    if args is None and not kwargs:
        return L1L2()
    return L1L2(**merge(args, kwargs, ["l1", "l2"], "tf.regularizers.l1l2"))


PUBLIC = ("l1", "l1l2", "l2")
