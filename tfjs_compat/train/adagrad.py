"""Adagrad, as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/adagrad_optimizer.ts.

Update rule (float32, one rounding per op)::

    acc   <- acc + g^2                          # slot '<var>/accumulator', starts at
                                                # initialAccumulatorValue (0.1), not 0
    theta <- theta + (g / sqrt(acc + eps)) * (-lr)

eps is the backend epsilon 1e-7, *inside* the square root and not configurable.
"""
import torch

from .._jsobject import JSObject
from .. import engine
from .optimizer import Optimizer, f32


def adagrad_update(params, grads, state, *, learning_rate, epsilon=1e-7, foreach=True):
    """In place on params and ``state['accumulator']`` (lists of torch tensors)."""
    accs, c, eps = state["accumulator"], f32(-learning_rate), f32(epsilon)
    if foreach:
        tmp = torch._foreach_mul(grads, grads)
        torch._foreach_add_(accs, tmp)
        torch._foreach_copy_(tmp, accs)
        torch._foreach_add_(tmp, eps)
        torch._foreach_sqrt_(tmp)
        step = torch._foreach_div(grads, tmp)
        torch._foreach_mul_(step, c)
        torch._foreach_add_(params, step)
        return
    for p, g, a in zip(params, grads, accs):
        a.add_(g * g)
        p.add_((g / torch.sqrt(a + eps)) * c)


class AdagradOptimizer(Optimizer):
    """TF.js ``tf.AdagradOptimizer``; build it with ``tf.train.adagrad(...)``."""

    className = "Adagrad"
    slot_names = ("accumulator",)
    unknown_variable_error = "Cannot read properties of undefined (reading 'shape')"

    def __init__(self, learningRate, initialAccumulatorValue=0.1):  # noqa: N803
        super().__init__()
        self.learningRate = learningRate
        self.initialAccumulatorValue = initialAccumulatorValue

    def _init_slot(self, slot, param):
        return torch.full_like(param, f32(self.initialAccumulatorValue))

    def _update(self, params, grads, slots):
        lr = float("nan") if self.learningRate is None else self.learningRate
        adagrad_update(params, grads, {"accumulator": self._foreach_state(slots,
                                                                         "accumulator")},
                       learning_rate=lr, epsilon=engine.backend().epsilon(),
                       foreach=self.foreach)

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, initialAccumulatorValue}``.

        TF.js: ``AdagradOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate,
                        initialAccumulatorValue=self.initialAccumulatorValue)
