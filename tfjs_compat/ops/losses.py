"""``tf.losses.*``: TF.js's core losses with weights, label smoothing and ``tf.Reduction``.

These are the tfjs-core losses (``tf.losses.meanSquaredError(labels, predictions,
weights, reduction)``), not the compile() loss strings of the Layers API. Each one
computes an elementwise loss in float32 and hands it to :func:`computeWeightedLoss`;
the default reduction is ``SUM_BY_NONZERO_WEIGHTS``.
"""
import enum

import torch

from ..errors import TFJSValueError, js_list
from ._op import numeric, op, to_torch
from .arithmetic import broadcast_shape
from .reduction import js_str, log_sum_exp_torch, mean_torch, parse_axis, sum_torch


class Reduction(enum.IntEnum):
    """How a weighted loss is reduced. TF.js: ``tf.Reduction``."""

    NONE = 0
    MEAN = 1
    SUM = 2
    SUM_BY_NONZERO_WEIGHTS = 3


_DEFAULT = Reduction.SUM_BY_NONZERO_WEIGHTS
PUBLIC = ("absoluteDifference", "computeWeightedLoss", "cosineDistance", "hingeLoss",
          "huberLoss", "logLoss", "meanSquaredError", "sigmoidCrossEntropy",
          "softmaxCrossEntropy")   # the members of tf.losses


def _arg(value, name, op_name):
    return numeric(to_torch(value, name, op_name), name, op_name)


def _pair(a, b, names, op_name):
    x, y = _arg(a, names[0], op_name), _arg(b, names[1], op_name)
    if list(x.shape) != list(y.shape):
        raise TFJSValueError(f"Error in {op_name}:  Shapes {js_list(x.shape)} and "
                             f"{js_list(y.shape)} must match")
    return x.to(torch.float32), y.to(torch.float32)


def _weights(weights, op_name):
    return None if weights is None else _arg(weights, "weights", op_name).to(torch.float32)


def _f32(fn, t):
    """A transcendental function as TF.js computes it: in double, stored as float32."""
    return fn(t.to(torch.float64)).to(torch.float32)


def _scalar(value, like):
    return torch.tensor(value, dtype=torch.float32, device=like.device)


def weighted_loss(losses, weights=None, reduction=_DEFAULT):
    """computeWeightedLoss on torch tensors (float32 ``losses``, optional ``weights``)."""
    reduction = _DEFAULT if reduction is None else reduction
    if reduction not in (0, 1, 2, 3):
        raise TFJSValueError(f"Unknown reduction: {js_str(reduction)}")
    weighted = losses
    if weights is not None:
        broadcast_shape(losses, weights)
        weighted = losses * weights
    if reduction == Reduction.NONE:
        return weighted
    total = sum_torch(weighted, parse_axis(None, weighted.ndim))
    if reduction == Reduction.SUM:
        return total
    if weights is None:
        if reduction == Reduction.MEAN:
            return mean_torch(weighted, parse_axis(None, weighted.ndim))
        return total / _scalar(losses.numel(), losses)
    broadcast = weights * torch.ones_like(losses)
    all_axes = parse_axis(None, broadcast.ndim)
    if reduction == Reduction.MEAN:
        return total / sum_torch(broadcast, all_axes)
    return total / sum_torch((broadcast != 0).to(torch.float32), all_axes)


@op
def computeWeightedLoss(losses, weights=None, reduction=_DEFAULT):  # noqa: N802 - TF.js name
    """Weight and reduce a tensor of losses. TF.js: ``tf.losses.computeWeightedLoss``.

    Args:
        losses: the elementwise losses.
        weights: optional, broadcast against ``losses``.
        reduction: a ``tf.Reduction`` value (default ``SUM_BY_NONZERO_WEIGHTS``): NONE
            returns the weighted losses, SUM their sum, MEAN the sum over the sum of
            the weights, SUM_BY_NONZERO_WEIGHTS the sum over the number of non-zero
            weights (over the element count when there are no weights).
    """
    name = "computeWeightedLoss"
    t = _arg(losses, "losses", name).to(torch.float32)
    return weighted_loss(t, _weights(weights, name), reduction)


@op
def absoluteDifference(labels, predictions, weights=None, reduction=_DEFAULT):  # noqa: N802
    """|labels - predictions|, weighted and reduced. TF.js: ``tf.losses.absoluteDifference``."""
    name = "absoluteDifference"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    return weighted_loss(torch.abs(y - p), _weights(weights, name), reduction)


@op
def meanSquaredError(labels, predictions, weights=None, reduction=_DEFAULT):  # noqa: N802
    """(labels - predictions) ** 2, weighted and reduced. TF.js: ``tf.losses.meanSquaredError``."""
    name = "meanSquaredError"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    d = y - p
    return weighted_loss(d * d, _weights(weights, name), reduction)


@op
def hingeLoss(labels, predictions, weights=None, reduction=_DEFAULT):  # noqa: N802
    """relu(1 - (2 * labels - 1) * predictions). TF.js: ``tf.losses.hingeLoss``."""
    name = "hingeLoss"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    signed = 2 * y - 1
    return weighted_loss(torch.relu(1 - signed * p), _weights(weights, name), reduction)


@op
def logLoss(labels, predictions, weights=None, epsilon=1e-7, reduction=_DEFAULT):  # noqa: N802
    """-y log(p + eps) - (1 - y) log(1 - p + eps). TF.js: ``tf.losses.logLoss``."""
    name = "logLoss"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    eps = _scalar(1e-7 if epsilon is None else epsilon, p)
    pos = -y * _f32(torch.log, p + eps)
    neg = (1 - y) * _f32(torch.log, 1 - p + eps)
    return weighted_loss(pos - neg, _weights(weights, name), reduction)


@op
def huberLoss(labels, predictions, weights=None, delta=1.0, reduction=_DEFAULT):  # noqa: N802
    """Quadratic below ``delta``, linear above. TF.js: ``tf.losses.huberLoss``."""
    name = "huberLoss"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    d = _scalar(1.0 if delta is None else delta, p)
    err = torch.abs(p - y)
    quadratic = torch.minimum(err, d)
    linear = err - quadratic
    loss = 0.5 * (quadratic * quadratic) + d * linear
    return weighted_loss(loss, _weights(weights, name), reduction)


@op
def cosineDistance(labels, predictions, axis=None, weights=None, reduction=_DEFAULT):  # noqa: N802
    """1 - sum(labels * predictions, axis) (inputs are expected unit-normalized).

    TF.js: ``tf.losses.cosineDistance(labels, predictions, axis, weights, reduction)``.
    """
    name = "cosineDistance"
    y, p = _pair(labels, predictions, ("labels", "predictions"), name)
    dot = sum_torch(y * p, parse_axis(axis, y.ndim), True)
    return weighted_loss(1 - dot, _weights(weights, name), reduction)


@op
def sigmoidCrossEntropy(multiClassLabels, logits, weights=None, labelSmoothing=0,  # noqa: N802,N803
                        reduction=_DEFAULT):
    """Sigmoid cross-entropy of logits, labels smoothed toward 0.5.

    TF.js: ``tf.losses.sigmoidCrossEntropy(multiClassLabels, logits, weights,
    labelSmoothing=0, reduction)``; computed as relu(x) - x * z + log1p(exp(-|x|)).
    """
    name = "sigmoidCrossEntropy"
    z, x = _pair(multiClassLabels, logits, ("multiClassLabels", "logits"), name)
    if labelSmoothing is not None and labelSmoothing > 0:
        ls = _scalar(labelSmoothing, z)
        z = z * (1 - ls) + 0.5 * ls
    tail = _f32(torch.log1p, _f32(torch.exp, -torch.abs(x)))
    loss = (torch.relu(x) - x * z) + tail
    return weighted_loss(loss, _weights(weights, name), reduction)


@op
def softmaxCrossEntropy(onehotLabels, logits, weights=None, labelSmoothing=0,  # noqa: N802,N803
                        reduction=_DEFAULT):
    """Softmax cross-entropy over the last axis; one loss per example.

    TF.js: ``tf.losses.softmaxCrossEntropy(onehotLabels, logits, weights,
    labelSmoothing=0, reduction)``; smoothing gives labels * (1 - s) + s / numClasses.
    """
    name = "softmaxCrossEntropy"
    z, x = _pair(onehotLabels, logits, ("onehotLabels", "logits"), name)
    if labelSmoothing is not None and labelSmoothing > 0:
        ls = _scalar(labelSmoothing, z)
        classes = z.shape[1] if z.ndim > 1 else float("nan")
        z = z * (1 - ls) + ls / _scalar(classes, z)
    axes = parse_axis(-1, x.ndim)
    log_result = x - log_sum_exp_torch(x, axes, True)
    loss = sum_torch(-z * log_result, axes)
    return weighted_loss(loss, _weights(weights, name), reduction)
