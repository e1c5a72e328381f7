"""Adam, as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/adam_optimizer.ts.

Update rule (float32, one rounding per op); slots '<var>/m' and '<var>/v' start at 0::

    m     <- beta1 * m + (1 - beta1) * g
    v     <- beta2 * v + (1 - beta2) * g^2
    m_hat  = m / (1 - A1)
    v_hat  = v / (1 - A2)
    theta <- theta + (m_hat / (sqrt(v_hat) + eps)) * (-lr)    # eps *outside* the root
    A1    <- A1 * beta1;  A2 <- A2 * beta2

A1, A2 are float32 scalars starting at beta1, beta2 (so they are beta^t for step t),
shared by all variables and advanced once per ``applyGradients``. ``setWeights``
resets them to beta^(iterations + 1). eps defaults to the backend epsilon 1e-7.
Because the bias corrections are float32, adam(0.1)'s first step is 0.0999993, not 0.1.
"""
import torch

from .. import engine
from .._jsobject import JSObject
from .optimizer import Optimizer, f32


def adam_update(params, grads, state, *, learning_rate, beta1, beta2, epsilon,
                acc_beta1, acc_beta2, foreach=True):
    """In place on params, ``state['m']``, ``state['v']``.

    ``acc_beta1``/``acc_beta2`` are the float32 powers beta^t of this step.
    """
    ms, vs = state["m"], state["v"]
    b1, b2, c1, c2 = f32(beta1), f32(beta2), f32(1 - beta1), f32(1 - beta2)
    bc1, bc2, lr, eps = f32(1 - acc_beta1), f32(1 - acc_beta2), f32(-learning_rate), f32(
        epsilon)
    if foreach:
        # NOTE: one scratch list reused in place: fresh CPU allocations cost more than math
        tmp = torch._foreach_mul(grads, c1)
        torch._foreach_mul_(ms, b1)
        torch._foreach_add_(ms, tmp)
        torch._foreach_copy_(tmp, grads)
        torch._foreach_mul_(tmp, grads)
        torch._foreach_mul_(tmp, c2)
        torch._foreach_mul_(vs, b2)
        torch._foreach_add_(vs, tmp)
        torch._foreach_copy_(tmp, vs)
        torch._foreach_div_(tmp, bc2)
        torch._foreach_sqrt_(tmp)
        torch._foreach_add_(tmp, eps)                # sqrt(v_hat) + eps
        step = torch._foreach_div(ms, bc1)           # m_hat
        torch._foreach_div_(step, tmp)
        torch._foreach_mul_(step, lr)
        torch._foreach_add_(params, step)
        return
    for p, g, m, v in zip(params, grads, ms, vs):
        m.mul_(b1).add_(g * c1)
        v.mul_(b2).add_((g * g) * c2)
        p.add_(((m / bc1) / (torch.sqrt(v / bc2) + eps)) * lr)


class AdamOptimizer(Optimizer):
    """TF.js ``tf.AdamOptimizer``; build it with ``tf.train.adam(...)``."""

    className = "Adam"
    slot_names = ("m", "v")

    def __init__(self, learningRate, beta1, beta2, epsilon=None):  # noqa: N803
        super().__init__()
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = engine.backend().epsilon() if epsilon is None else epsilon
        self._acc_beta1, self._acc_beta2 = f32(beta1), f32(beta2)

    def _update(self, params, grads, slots):
        state = {s: self._foreach_state(slots, s) for s in self.slot_names}
        adam_update(params, grads, state, learning_rate=self.learningRate,
                    beta1=self.beta1, beta2=self.beta2, epsilon=self.epsilon,
                    acc_beta1=self._acc_beta1, acc_beta2=self._acc_beta2,
                    foreach=self.foreach)
        self._acc_beta1 = f32(self._acc_beta1 * f32(self.beta1))
        self._acc_beta2 = f32(self._acc_beta2 * f32(self.beta2))

    def _after_set_weights(self):
        # TF.js: accBeta.assign(pow(beta, iterations + 1)), a float32 pow
        self._acc_beta1 = f32(f32(self.beta1) ** (self._iterations + 1))
        self._acc_beta2 = f32(f32(self.beta2) ** (self._iterations + 1))

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, beta1, beta2, epsilon}``.

        TF.js: ``AdamOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate, beta1=self.beta1,
                        beta2=self.beta2, epsilon=self.epsilon)
