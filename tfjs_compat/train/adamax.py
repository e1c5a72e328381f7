"""Adamax, as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/adamax_optimizer.ts.

Update rule (float32, one rounding per op); per-variable state m and u start at 0::

    lr_t  = (-lr) / (iter * decay + 1)       # iter: float32 count of steps, from 0
    m     <- beta1 * m + (1 - beta1) * g
    u     <- max(beta2 * u, |g|)
    theta <- theta + (lr_t / (1 - A1)) * (m / (u + eps))
    A1    <- A1 * beta1;  iter <- iter + 1

A1 is a float32 scalar starting at beta1. TF.js has no getWeights/setWeights for
Adamax: both throw ``getWeights() is not implemented for Adamax yet.``
"""
import torch

from .. import engine
from .._jsobject import JSObject
from ..errors import TFJSNotImplementedError
from .optimizer import Optimizer, f32


def adamax_update(params, grads, state, *, learning_rate, beta1, beta2, epsilon, decay,
                  acc_beta1, iteration, foreach=True):
    """In place on params, ``state['m']`` and ``state['u']`` (lists of torch tensors).

    ``acc_beta1`` is the float32 beta1^t and ``iteration`` the float32 step count (0
    for the first step).
    """
    ms, us = state["m"], state["u"]
    b1, b2, c1, eps = f32(beta1), f32(beta2), f32(1 - beta1), f32(epsilon)
    lr_t = f32(f32(-learning_rate) / f32(f32(iteration * f32(decay)) + 1))
    scale = f32(lr_t / f32(1 - acc_beta1))
    if foreach:
        tmp = torch._foreach_mul(grads, c1)
        torch._foreach_mul_(ms, b1)
        torch._foreach_add_(ms, tmp)
        torch._foreach_copy_(tmp, grads)
        torch._foreach_abs_(tmp)
        torch._foreach_mul_(us, b2)
        torch._foreach_maximum_(us, tmp)
        torch._foreach_copy_(tmp, us)
        torch._foreach_add_(tmp, eps)
        step = torch._foreach_div(ms, tmp)
        torch._foreach_mul_(step, scale)
        torch._foreach_add_(params, step)
        return
    for p, g, m, u in zip(params, grads, ms, us):
        m.mul_(b1).add_(g * c1)
        torch.maximum(u * b2, g.abs(), out=u)
        p.add_((m / (u + eps)) * scale)


class AdamaxOptimizer(Optimizer):
    """TF.js ``tf.AdamaxOptimizer``; build it with ``tf.train.adamax(...)``."""

    className = "Adamax"
    slot_names = ("m", "u")

    def __init__(self, learningRate, beta1, beta2, epsilon=None, decay=0.0):  # noqa: N803
        super().__init__()
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = engine.backend().epsilon() if epsilon is None else epsilon
        self.decay = decay
        self._acc_beta1, self._iteration = f32(beta1), 0.0

    def _update(self, params, grads, slots):
        state = {s: self._foreach_state(slots, s) for s in self.slot_names}
        adamax_update(params, grads, state, learning_rate=self.learningRate,
                      beta1=self.beta1, beta2=self.beta2, epsilon=self.epsilon,
                      decay=self.decay, acc_beta1=self._acc_beta1,
                      iteration=self._iteration, foreach=self.foreach)
        self._acc_beta1 = f32(self._acc_beta1 * f32(self.beta1))
        self._iteration = f32(self._iteration + 1)

    def getWeights(self):  # noqa: N802 - TF.js name
        """Not available in TF.js 4.22 for Adamax: raises TF.js's error."""
        raise TFJSNotImplementedError("getWeights() is not implemented for Adamax yet.")

    def setWeights(self, weightValues):  # noqa: N802,N803 - TF.js name
        """Not available in TF.js 4.22 for Adamax: raises TF.js's error."""
        raise TFJSNotImplementedError("setWeights() is not implemented for Adamax yet.")

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, beta1, beta2, epsilon, decay}``.

        TF.js: ``AdamaxOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate, beta1=self.beta1,
                        beta2=self.beta2, epsilon=self.epsilon, decay=self.decay)
