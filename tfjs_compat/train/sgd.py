"""Stochastic gradient descent, as TF.js implements it.

TF.js source: tfjs-core/src/optimizers/sgd_optimizer.ts.

Update rule (float32, each product rounded before the sum)::

    theta <- theta + (-lr) * g

``-lr`` is a float32 scalar. There is no state besides the iteration count.
"""
import torch

from .._jsobject import JSObject
from .optimizer import Optimizer, f32


def sgd_update(params, grads, state=None, *, learning_rate, foreach=True):
    """In place: ``p += (-lr) * g`` for each param/grad pair (torch tensors)."""
    c = f32(-learning_rate)
    if foreach:
        torch._foreach_add_(params, torch._foreach_mul(grads, c))
        return
    for p, g in zip(params, grads):
        p.add_(g * c)


class SGDOptimizer(Optimizer):
    """TF.js ``tf.SGDOptimizer``; build it with ``tf.train.sgd(learningRate)``."""

    className = "SGD"
    unknown_variable_error = ("Argument 'b' passed to 'add' must be a Tensor or "
                              "TensorLike, but got 'null'")

    def __init__(self, learningRate=None):  # noqa: N803 - TF.js name
        super().__init__()
        self.learningRate = learningRate

    def setLearningRate(self, learningRate):  # noqa: N802,N803 - TF.js name
        """TF.js ``setLearningRate(learningRate)``."""
        self.learningRate = learningRate

    def _update(self, params, grads, slots):
        lr = float("nan") if self.learningRate is None else self.learningRate
        sgd_update(params, grads, learning_rate=lr, foreach=self.foreach)

    def getConfig(self):  # noqa: N802 - TF.js name
        """``{learningRate}`` (None, JS ``undefined``, when it was not given).

        TF.js: ``SGDOptimizer.getConfig()``.
        """
        return JSObject(learningRate=self.learningRate)
