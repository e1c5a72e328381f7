"""Adadelta, as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/adadelta_optimizer.ts.

Update rule (float32, one rounding per op); slots '<var>/accum_grad' (Ag) and
'<var>/accum_var' (Au) start at 0::

    Ag_new <- rho * Ag + (1 - rho) * g^2
    delta  <- sqrt(Au + eps) / sqrt(Ag + eps) * g     # NOTE: the *old* Ag, before this
                                                      # step's update (Keras/torch use
                                                      # the new one)
    Au     <- rho * Au + (1 - rho) * delta^2
    Ag     <- Ag_new
    theta  <- theta + delta * (-lr)

So with lr = 1 the first step moves theta by exactly -g.
"""
import torch

from .._jsobject import JSObject
from .. import engine
from .optimizer import Optimizer, f32


def adadelta_update(params, grads, state, *, learning_rate, rho, epsilon, foreach=True):
    """In place on params, ``state['accum_grad']`` and ``state['accum_var']``."""
    ag, au = state["accum_grad"], state["accum_var"]
    c, r, r1, eps = f32(-learning_rate), f32(rho), f32(1 - rho), f32(epsilon)
    if foreach:
        # delta first: it needs Ag before this step's update
        tmp = torch._foreach_add(ag, eps)
        torch._foreach_sqrt_(tmp)
        delta = torch._foreach_add(au, eps)
        torch._foreach_sqrt_(delta)
        torch._foreach_div_(delta, tmp)
        torch._foreach_mul_(delta, grads)
        _decay_add_square(ag, grads, r, r1, tmp)
        _decay_add_square(au, delta, r, r1, tmp)
        torch._foreach_mul_(delta, c)
        torch._foreach_add_(params, delta)
        return
    for p, g, a_g, a_u in zip(params, grads, ag, au):
        new_ag = a_g * r + (g * g) * r1
        delta = torch.sqrt(a_u + eps) / torch.sqrt(a_g + eps) * g
        a_u.mul_(r).add_((delta * delta) * r1)
        a_g.copy_(new_ag)
        p.add_(delta * c)


def _decay_add_square(acc, x, r, r1, tmp):
    """In place: acc <- acc * r + (x * x) * r1, using ``tmp`` as scratch."""
    torch._foreach_copy_(tmp, x)
    torch._foreach_mul_(tmp, x)
    torch._foreach_mul_(tmp, r1)
    torch._foreach_mul_(acc, r)
    torch._foreach_add_(acc, tmp)


class AdadeltaOptimizer(Optimizer):
    """TF.js ``tf.AdadeltaOptimizer``; build it with ``tf.train.adadelta(...)``."""

    className = "Adadelta"
    slot_names = ("accum_grad", "accum_var")

    def __init__(self, learningRate, rho, epsilon=None):  # noqa: N803 - TF.js names
        super().__init__()
        self.learningRate = learningRate
        self.rho = rho
        self.epsilon = engine.backend().epsilon() if epsilon is None else epsilon

    def _update(self, params, grads, slots):
        state = {s: self._foreach_state(slots, s) for s in self.slot_names}
        adadelta_update(params, grads, state, learning_rate=self.learningRate,
                        rho=self.rho, epsilon=self.epsilon, foreach=self.foreach)

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, rho, epsilon}``.

        TF.js: ``AdadeltaOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate, rho=self.rho, epsilon=self.epsilon)
