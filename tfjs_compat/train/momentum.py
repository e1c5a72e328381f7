"""Momentum (optionally Nesterov), as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/momentum_optimizer.ts.

Update rule (float32, one rounding per op)::

    a     <- m * a + g                         # slot '<var>/momentum', starts at 0
    plain:     theta <- theta + (-lr) * a
    Nesterov:  theta <- theta + (-lr) * (g + m * a)      # with the new a

Note the order: TF.js adds the gradient to the decayed accumulator *before* scaling by
the learning rate (unlike torch.optim's dampening form, same numbers here).
"""
import torch

from .._jsobject import JSObject
from ..errors import TFJSValueError
from .optimizer import Optimizer, f32
from .sgd import SGDOptimizer


def momentum_update(params, grads, state, *, learning_rate, momentum, use_nesterov=False,
                    foreach=True):
    """In place on params and ``state['momentum']`` (lists of torch tensors)."""
    accs, c, m = state["momentum"], f32(-learning_rate), f32(momentum)
    if foreach:
        torch._foreach_mul_(accs, m)
        torch._foreach_add_(accs, grads)
        if use_nesterov:
            step = torch._foreach_mul(accs, m)
            torch._foreach_add_(step, grads)
            torch._foreach_mul_(step, c)
        else:
            step = torch._foreach_mul(accs, c)
        torch._foreach_add_(params, step)
        return
    for p, g, a in zip(params, grads, accs):
        a.mul_(m).add_(g)
        step = g + a * m if use_nesterov else a
        p.add_(step * c)


class MomentumOptimizer(SGDOptimizer):
    """TF.js ``tf.MomentumOptimizer``; build it with ``tf.train.momentum(...)``."""

    className = "Momentum"
    slot_names = ("momentum",)
    unknown_variable_error = Optimizer.unknown_variable_error

    def __init__(self, learningRate, momentum, useNesterov=False):  # noqa: N803
        if momentum is None:   # TF.js fails building scalar(undefined)
            raise TFJSValueError(
                "values passed to tensor(values) must be a number/boolean/string or an "
                "array of numbers/booleans/strings, or a TypedArray")
        super().__init__(learningRate)
        self.momentum = momentum
        self.useNesterov = useNesterov

    def setMomentum(self, momentum):  # noqa: N802 - TF.js name
        """TF.js ``setMomentum(momentum)``."""
        self.momentum = momentum

    def _update(self, params, grads, slots):
        state = {"momentum": self._foreach_state(slots, "momentum")}
        lr = float("nan") if self.learningRate is None else self.learningRate
        momentum_update(params, grads, state, learning_rate=lr,
                        momentum=self.momentum, use_nesterov=bool(self.useNesterov),
                        foreach=self.foreach)

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate, momentum, useNesterov}``.

        TF.js: ``MomentumOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate, momentum=self.momentum,
                        useNesterov=self.useNesterov)
