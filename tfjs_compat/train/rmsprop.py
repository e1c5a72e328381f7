"""RMSProp (optionally centered), as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/rmsprop_optimizer.ts.

Update rule (float32, one rounding per op); slots '<var>/rms' (ms), '<var>/momentum'
(mom) and, when centered, '<var>/mg' start at 0::

    ms    <- d * ms + (1 - d) * g^2
    plain:     mom <- mu * mom + (g * lr) / sqrt(ms + eps)          # eps inside the root
    centered:  mg  <- d * mg + (1 - d) * g
               mom <- mu * mom + (g * lr) / sqrt(ms - (mg^2 + eps)) # NOTE: eps subtracted
    theta <- theta - mom

The momentum slot exists (and is used) even when momentum is 0.
"""
import torch

from .. import engine
from .._jsobject import JSObject
from ..errors import TFJSValueError
from .optimizer import Optimizer, f32


def rmsprop_update(params, grads, state, *, learning_rate, decay, momentum, epsilon,
                   centered=False, foreach=True):
    """In place on params and ``state['rms']``, ``state['momentum']`` (and
    ``state['mg']`` when centered), lists of torch tensors."""
    ms, moms = state["rms"], state["momentum"]
    d, d1, mu, lr, eps = f32(decay), f32(1 - decay), f32(momentum), f32(learning_rate), f32(
        epsilon)
    if foreach:
        tmp = torch._foreach_mul(grads, grads)
        torch._foreach_mul_(tmp, d1)
        torch._foreach_mul_(ms, d)
        torch._foreach_add_(ms, tmp)
        if centered:
            _centered_inner(ms, state["mg"], grads, d, d1, eps, tmp)
        else:
            torch._foreach_copy_(tmp, ms)
            torch._foreach_add_(tmp, eps)
        torch._foreach_sqrt_(tmp)
        step = torch._foreach_mul(grads, lr)
        torch._foreach_div_(step, tmp)
        torch._foreach_mul_(moms, mu)
        torch._foreach_add_(moms, step)
        torch._foreach_sub_(params, moms)
        return
    mgs = state["mg"] if centered else [None] * len(params)
    for p, g, s, mom, mg in zip(params, grads, ms, moms, mgs):
        s.mul_(d).add_((g * g) * d1)
        if centered:
            mg.mul_(d).add_(g * d1)
            inner = s - (mg * mg + eps)
        else:
            inner = s + eps
        mom.mul_(mu).add_((g * lr) / torch.sqrt(inner))
        p.sub_(mom)


def _centered_inner(ms, mgs, grads, d, d1, eps, tmp):
    """In place: mg <- d * mg + (1 - d) * g, then tmp <- ms - (mg^2 + eps)."""
    torch._foreach_copy_(tmp, grads)
    torch._foreach_mul_(tmp, d1)
    torch._foreach_mul_(mgs, d)
    torch._foreach_add_(mgs, tmp)
    torch._foreach_copy_(tmp, mgs)
    torch._foreach_mul_(tmp, mgs)
    torch._foreach_add_(tmp, eps)
    torch._foreach_neg_(tmp)                 # -(mg^2 + eps) + ms == ms - (mg^2 + eps)
    torch._foreach_add_(tmp, ms)


class RMSPropOptimizer(Optimizer):
    """TF.js ``tf.RMSPropOptimizer``; build it with ``tf.train.rmsprop(...)``."""

    className = "RMSProp"

    def __init__(self, learningRate, decay=0.9, momentum=0.0, epsilon=None,  # noqa: N803
                 centered=False):
        super().__init__()
        if learningRate is None:
            raise TFJSValueError("learningRate for RMSPropOptimizer must be defined.")
        self.learningRate = learningRate
        self.decay = 0.9 if decay is None else decay
        self.momentum = 0.0 if momentum is None else momentum
        self.epsilon = engine.backend().epsilon() if epsilon is None else epsilon
        self.centered = bool(centered)

    @property
    def slot_names(self):
        return ("rms", "momentum", "mg") if self.centered else ("rms", "momentum")

    def _update(self, params, grads, slots):
        state = {s: self._foreach_state(slots, s) for s in self.slot_names}
        rmsprop_update(params, grads, state, learning_rate=self.learningRate,
                       decay=self.decay, momentum=self.momentum, epsilon=self.epsilon,
                       centered=self.centered, foreach=self.foreach)

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, decay, momentum, epsilon, centered}``.

        TF.js: ``RMSPropOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate, decay=self.decay,
                        momentum=self.momentum, epsilon=self.epsilon,
                        centered=self.centered)
