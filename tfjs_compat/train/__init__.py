"""``tf.train``: factories of TF.js's optimizers, with TF.js's positional signatures
and defaults (tfjs-facts.md 4.2). The update rules live one per module
(``sgd.py``, ``adam.py`` ...) as functions of torch tensors; the classes are shells.
"""
from .adadelta import AdadeltaOptimizer, adadelta_update
from .adagrad import AdagradOptimizer, adagrad_update
from .adam import AdamOptimizer, adam_update
from .adamax import AdamaxOptimizer, adamax_update
from .momentum import MomentumOptimizer, momentum_update
from .optimizer import REGISTRY, Optimizer
from .rmsprop import RMSPropOptimizer, rmsprop_update
from .sgd import SGDOptimizer, sgd_update

FACTORIES = ("sgd", "momentum", "rmsprop", "adam", "adadelta", "adamax", "adagrad")


def __dir__():
    """``dir(tf.train)`` shows TF.js's ``tf.train`` keys; the rest stays importable."""
    return list(FACTORIES)


__all__ = ["sgd", "momentum", "rmsprop", "adam", "adadelta", "adamax", "adagrad",
           "Optimizer", "REGISTRY", "SGDOptimizer", "MomentumOptimizer",
           "AdagradOptimizer", "AdadeltaOptimizer", "AdamOptimizer", "AdamaxOptimizer",
           "RMSPropOptimizer", "sgd_update", "momentum_update", "adagrad_update",
           "adadelta_update", "adam_update", "adamax_update", "rmsprop_update"]


def sgd(learningRate=None):  # noqa: N803 - TF.js name
    """Stochastic gradient descent: ``theta -= lr * g``.

    TF.js: ``tf.train.sgd(learningRate)``. Without a learning rate the updates are NaN
    and ``getConfig()`` has ``learningRate`` None (JS ``undefined``), as in TF.js.

    Example:
        >>> x = tf.variable(tf.scalar(1))
        >>> opt = tf.train.sgd(0.5)
        >>> opt.minimize(lambda: x.mul(x))
        >>> x.print()
        Tensor
            0
    """
    return SGDOptimizer(learningRate)


def momentum(learningRate=None, momentum=None, useNesterov=False):  # noqa: N803
    """SGD with momentum (Nesterov with ``useNesterov``).

    TF.js: ``tf.train.momentum(learningRate, momentum, useNesterov=false)``; the
    momentum is required (TF.js fails building a tensor from ``undefined``).
    """
    return MomentumOptimizer(learningRate, momentum, useNesterov)


def rmsprop(learningRate=None, decay=0.9, momentum=0.0, epsilon=None,  # noqa: N803
            centered=False):
    """RMSProp; ``centered`` subtracts the squared mean gradient (and eps, as TF.js).

    TF.js: ``tf.train.rmsprop(learningRate, decay=0.9, momentum=0, epsilon=1e-7,
    centered=false)``; ``learningRate`` is required.
    """
    return RMSPropOptimizer(learningRate, decay, momentum, epsilon, centered)


def adam(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=None):  # noqa: N803
    """Adam with TF.js's float32 bias corrections and eps outside the square root.

    TF.js: ``tf.train.adam(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-7)``.
    """
    return AdamOptimizer(*_defaults((learningRate, 0.001), (beta1, 0.9), (beta2, 0.999)),
                         epsilon)


def adadelta(learningRate=0.001, rho=0.95, epsilon=None):  # noqa: N803
    """Adadelta (TF.js's variant: the update uses the previous gradient accumulator).

    TF.js: ``tf.train.adadelta(learningRate=0.001, rho=0.95, epsilon=1e-7)``.
    """
    return AdadeltaOptimizer(*_defaults((learningRate, 0.001), (rho, 0.95)), epsilon)


def adamax(learningRate=0.002, beta1=0.9, beta2=0.999, epsilon=None,  # noqa: N803
           decay=0.0):
    """Adamax with optional learning-rate decay.

    TF.js: ``tf.train.adamax(learningRate=0.002, beta1=0.9, beta2=0.999, epsilon=1e-7,
    decay=0)``.
    """
    lr, b1, b2, dec = _defaults((learningRate, 0.002), (beta1, 0.9), (beta2, 0.999),
                                (decay, 0.0))
    return AdamaxOptimizer(lr, b1, b2, epsilon, dec)


def adagrad(learningRate=None, initialAccumulatorValue=0.1):  # noqa: N803
    """Adagrad; accumulators start at ``initialAccumulatorValue`` (0.1).

    TF.js: ``tf.train.adagrad(learningRate, initialAccumulatorValue=0.1)``.
    """
    return AdagradOptimizer(learningRate, 0.1 if initialAccumulatorValue is None
                            else initialAccumulatorValue)


def _defaults(*pairs):
    """A positional None means "use the default", as JS ``undefined`` does."""
    return [default if value is None else value for value, default in pairs]
