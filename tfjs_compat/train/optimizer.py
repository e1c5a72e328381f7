"""Optimizer base: the TF.js-facing shell shared by every ``tf.train.*`` optimizer.

A subclass validates its hyper-parameters, names its state slots (TF.js's names, in
``getWeights()`` order) and implements ``_update(params, grads, slots)``, which calls
the optimizer's update rule: a plain function of torch tensors defined in the same
module, usable from any training loop on raw torch parameters.

TF.js keeps per-variable state in lists indexed by the *position* of the variable in
the gradients passed to ``applyGradients`` (not by its name); so does this shell
(``_slots``), because it decides which state a variable uses when the set of
variables changes between calls.
"""
import numpy as np
import torch

from .. import engine
from .._jsobject import JSObject, resolved
from ..errors import TFJSValueError
from ..gradients import variableGrads
from ..ops._op import to_torch
from ..tensor import Tensor
from ..variable import _registry

REGISTRY = {}   # className -> Optimizer subclass (TF.js SerializationMap)

_ZEROS_LIKE_NULL = ("Argument 'x' passed to 'zerosLike' must be a Tensor or TensorLike, "
                    "but got 'null'")


class Optimizer:
    """TF.js ``tf.Optimizer``: base class of the ``tf.train.*`` optimizers.

    Attributes:
        foreach: update all parameters at once with ``torch._foreach_*`` ops (default)
            instead of one tensor at a time; both give the same numbers.
    """

    className = "Optimizer"
    slot_names = ()                    # TF.js state names, in getWeights() order
    unknown_variable_error = _ZEROS_LIKE_NULL

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "className" not in cls.__dict__:
            cls.className = cls.__name__
        REGISTRY[cls.className] = cls

    def __init__(self):
        self._iterations = 0
        self._slots = []               # per position: {'name': var name, slot: tensor}
        self.foreach = True

    # --- TF.js surface ----------------------------------------------------------------
    @property
    def iterations(self):
        """Number of ``applyGradients``/``minimize`` calls so far."""
        return self._iterations

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``: e.g. 'Adam'."""
        return type(self).className

    def minimize(self, f, returnCost=False, varList=None):  # noqa: N803 - TF.js name
        """Run ``f`` (returning a scalar loss), apply its gradients; return the loss
        when ``returnCost`` is true, else None. TF.js: ``optimizer.minimize``."""
        res = self.computeGradients(f, varList)
        self.applyGradients(res.grads)
        engine.dispose(list(res.grads.values()))
        if returnCost:
            return res.value
        res.value.dispose()
        return None

    def computeGradients(self, f, varList=None):  # noqa: N802,N803 - TF.js name
        """``{value, grads}`` of ``f`` for ``varList`` (default: trainable variables).
        TF.js: ``optimizer.computeGradients`` (= ``tf.variableGrads``)."""
        return variableGrads(f, varList)

    def applyGradients(self, variableGradients):  # noqa: N802,N803 - TF.js name
        """Update variables from gradients: a dict ``{name: grad}`` or a list of
        ``{'name': ..., 'tensor': ...}``. None gradients are skipped.
        TF.js: ``optimizer.applyGradients``."""
        names, grads = _parse(variableGradients)
        entries = [(i, n, g) for i, (n, g) in enumerate(zip(names, grads)) if g is not None]
        variables = [_registry.get(n) for _, n, _ in entries]
        if any(v is None for v in variables):
            raise TFJSValueError(self.unknown_variable_error)
        with torch.no_grad():
            params = [v._writable() for v in variables]
            grads_t = [_grad_data(g, p) for (_, _, g), p in zip(entries, params)]
            slots = [self._slot(i, n, p) for (i, n, _), p in zip(entries, params)]
            if params:
                self._update(params, grads_t, slots)
        self.incrementIterations()

    def incrementIterations(self):  # noqa: N802 - TF.js name
        """TF.js ``incrementIterations()``."""
        self._iterations += 1

    def getWeights(self):  # noqa: N802 - TF.js name
        """The state as ``[{name, tensor}]``: 'iter' (int32) first, then each slot for
        every variable (``<var>/<slot>``), slot by slot. Awaitable, as TF.js's Promise.
        TF.js: ``optimizer.getWeights()``.

        Differences from TF.js: the tensors are copies, not the live state."""
        out = [self.saveIterations()]
        for slot in self.slot_names:
            for entry in filter(None, self._slots):
                out.append(JSObject(name=f"{entry['name']}/{slot}",
                                    tensor=Tensor(entry[slot].detach().clone())))
        return resolved(out)

    def saveIterations(self):  # noqa: N802 - TF.js name
        """TF.js ``saveIterations()``: ``{name: 'iter', tensor: int32 scalar}``."""
        t = torch.tensor(self._iterations, dtype=torch.int32, device=engine.device())
        return JSObject(name="iter", tensor=Tensor(t))

    def setWeights(self, weightValues):  # noqa: N802,N803 - TF.js name
        """Restore state saved by ``getWeights()``. Awaitable, as TF.js's Promise.
        TF.js: ``optimizer.setWeights(weightValues)``."""
        rest = self.extractIterations(weightValues)
        per_slot = len(rest) // max(len(self.slot_names), 1)
        self._slots = []
        for k, slot in enumerate(self.slot_names):
            for j, w in enumerate(rest[k * per_slot:(k + 1) * per_slot]):
                if k == 0:
                    self._slots.append({"name": w["name"].rsplit("/", 1)[0]})
                self._slots[j][slot] = w["tensor"]._data().detach().clone()
        self._after_set_weights()
        return resolved(None)

    def extractIterations(self, weightValues):  # noqa: N802,N803 - TF.js name
        """TF.js ``extractIterations()``: read 'iter', return the remaining weights."""
        weights = list(weightValues)
        self._iterations = int(weights[0]["tensor"].dataSync()[0])
        return weights[1:]

    def getConfig(self):  # noqa: N802 - TF.js name
        """Hyper-parameters as a dict with TF.js's keys. TF.js: ``optimizer.getConfig()``."""
        return JSObject()

    @classmethod
    def fromConfig(cls, *args):  # noqa: N802 - TF.js name
        """Build an optimizer from ``getConfig()`` output.

        TF.js: ``Cls.fromConfig(cls, config)``; ``Cls.fromConfig(config)`` works too.
        """
        target, config = (cls, args[0]) if len(args) == 1 else args
        return target(**dict(config))

    def dispose(self):
        """Release the optimizer's state. TF.js: ``optimizer.dispose()``."""
        self._slots = []

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.getConfig())})"

    # --- subclass hooks -----------------------------------------------------------------
    def _init_slot(self, slot, param):
        """Initial value of one state slot for ``param`` (default zeros)."""
        return torch.zeros_like(param)

    def _update(self, params, grads, slots):
        raise NotImplementedError

    def _after_set_weights(self):
        """Recompute derived scalar state after ``setWeights`` (Adam's beta powers)."""

    def _slot(self, position, name, param):
        while len(self._slots) <= position:
            self._slots.append(None)
        entry = self._slots[position]
        if entry is None:
            entry = {"name": name}
            for slot in self.slot_names:
                entry[slot] = self._init_slot(slot, param)
            self._slots[position] = entry
        return entry

    def _foreach_state(self, slots, slot):
        return [entry[slot] for entry in slots]


def _parse(variable_gradients):
    """(names, grads) from the dict form or the list-of-{name, tensor} form."""
    if isinstance(variable_gradients, dict):
        return list(variable_gradients.keys()), list(variable_gradients.values())
    names = [_field(v, "name") for v in variable_gradients]
    return names, [_field(v, "tensor") for v in variable_gradients]


def _field(obj, key):
    return obj[key] if isinstance(obj, dict) else getattr(obj, key)


def _grad_data(grad, param):
    g = to_torch(grad, "b", "add")
    if tuple(g.shape) != tuple(param.shape):
        from ..ops.arithmetic import broadcast_shape
        broadcast_shape(g, param)
        g = g.expand_as(param)
    return g.to(param)   # the parameter's dtype and device


def f32(x):
    """A number rounded to float32, as TF.js stores a scalar (kept as a Python float)."""
    return float(np.float32(x))
