"""Training losses of tfjs-layers, by the names ``model.compile`` accepts.

Each function maps raw torch (yTrue, yPred) to one value per sample (reduced over the
last axis); fit/evaluate take the plain mean. Formulas and epsilons follow TF.js
(tfjs-facts.md 4.3): epsilon 1e-7, categoricalCrossentropy re-normalises predictions,
binaryCrossentropy goes through clip -> logit -> sigmoid cross-entropy.
"""
import math

import torch
import torch.nn.functional as F

from .errors import TFJSValueError

EPSILON = 1e-7


def _clip(x, lo, hi):
    return torch.clamp(x, lo, hi)


def mean_squared_error(y_true, y_pred):
    return torch.mean((y_pred - y_true) ** 2, dim=-1)


def mean_absolute_error(y_true, y_pred):
    return torch.mean(torch.abs(y_pred - y_true), dim=-1)


def mean_absolute_percentage_error(y_true, y_pred):
    diff = torch.abs((y_true - y_pred) / _clip(torch.abs(y_true), EPSILON, float("inf")))
    return 100.0 * torch.mean(diff, dim=-1)


def mean_squared_logarithmic_error(y_true, y_pred):
    a = torch.log1p(_clip(y_pred, EPSILON, float("inf")))
    b = torch.log1p(_clip(y_true, EPSILON, float("inf")))
    return torch.mean((a - b) ** 2, dim=-1)


def squared_hinge(y_true, y_pred):
    return torch.mean(torch.clamp(1.0 - y_true * y_pred, min=0.0) ** 2, dim=-1)


def hinge(y_true, y_pred):
    return torch.mean(torch.clamp(1.0 - y_true * y_pred, min=0.0), dim=-1)


def categorical_hinge(y_true, y_pred):
    pos = torch.sum(y_true * y_pred, dim=-1)
    neg = torch.amax((1.0 - y_true) * y_pred, dim=-1)
    return torch.clamp(1.0 + neg - pos, min=0.0)


def logcosh(y_true, y_pred):
    d = y_pred - y_true
    return torch.mean(d + F.softplus(-2.0 * d) - math.log(2.0), dim=-1)


def categorical_crossentropy(y_true, y_pred):
    q = y_pred / torch.sum(y_pred, dim=-1, keepdim=True)
    q = _clip(q, EPSILON, 1.0 - EPSILON)
    return -torch.sum(y_true * torch.log(q), dim=-1)


def sparse_categorical_crossentropy(y_true, y_pred):
    depth = y_pred.shape[-1]
    labels = torch.floor(y_true).to(torch.int64).reshape(y_pred.shape[:-1])
    one_hot = F.one_hot(labels.clamp(0, depth - 1), depth).to(y_pred.dtype)
    one_hot = one_hot * ((labels >= 0) & (labels < depth)).unsqueeze(-1).to(y_pred.dtype)
    return categorical_crossentropy(one_hot, _clip(y_pred, EPSILON, 1.0 - EPSILON))


def binary_crossentropy(y_true, y_pred):
    q = _clip(y_pred, EPSILON, 1.0 - EPSILON)
    z = torch.log(q / (1.0 - q))
    per = torch.clamp(z, min=0.0) - z * y_true + torch.log1p(torch.exp(-torch.abs(z)))
    return torch.mean(per, dim=-1)


def kullback_leibler_divergence(y_true, y_pred):
    t = _clip(y_true, EPSILON, 1.0)
    p = _clip(y_pred, EPSILON, 1.0)
    return torch.sum(t * torch.log(t / p), dim=-1)


def poisson(y_true, y_pred):
    return torch.mean(y_pred - y_true * torch.log(y_pred + EPSILON), dim=-1)


def _l2_normalize(x):
    norm = torch.sqrt(torch.clamp(torch.sum(x * x, dim=-1, keepdim=True), min=EPSILON))
    return x / norm


def cosine_proximity(y_true, y_pred):
    return -torch.sum(_l2_normalize(y_true) * _l2_normalize(y_pred), dim=-1)


LOSSES = {
    "meanSquaredError": mean_squared_error,
    "meanAbsoluteError": mean_absolute_error,
    "meanAbsolutePercentageError": mean_absolute_percentage_error,
    "meanSquaredLogarithmicError": mean_squared_logarithmic_error,
    "squaredHinge": squared_hinge,
    "hinge": hinge,
    "categoricalHinge": categorical_hinge,
    "logcosh": logcosh,
    "categoricalCrossentropy": categorical_crossentropy,
    "sparseCategoricalCrossentropy": sparse_categorical_crossentropy,
    "binaryCrossentropy": binary_crossentropy,
    "kullbackLeiblerDivergence": kullback_leibler_divergence,
    "poisson": poisson,
    "cosineProximity": cosine_proximity,
}


def get(identifier):
    """A loss function on torch tensors from a TF.js loss name (no aliases), or the
    callable itself."""
    if callable(identifier):
        return identifier
    if isinstance(identifier, str):
        if identifier in LOSSES:
            return LOSSES[identifier]
        if "softmaxcrossentropy" in identifier.lower():
            raise TFJSValueError(
                f'Unknown loss {identifier}. Use "categoricalCrossentropy" as the string '
                f"name for tf.losses.softmaxCrossEntropy")
    raise TFJSValueError(f"Unknown loss {identifier}")


def name_of(fn):
    """The TF.js name of a loss function, or None for a user function."""
    for name, f in LOSSES.items():
        if f is fn:
            return name
    return None
