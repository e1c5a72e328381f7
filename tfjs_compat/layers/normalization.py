"""Normalization layers: batchNormalization, layerNormalization
(TF.js ``tfjs-layers/src/layers/normalization.ts``).

Batch normalization in training normalizes with the batch mean and the **biased**
variance and moves ``moving = moving - (moving - batchStat) * (1 - momentum)`` with
that same biased variance (PyTorch's BatchNorm uses the unbiased one). Inference uses
the moving statistics.

NOTE: TF.js's CPU ``batchNorm`` kernel reads parameter ``i % length`` for flat element
``i``. For the default channels-last axis that is ordinary broadcasting; for any other
axis TF.js reshapes the per-channel statistics to ``[1, .., C, .., 1]`` and the kernel
still cycles them along the flattened data, so the channel of an element is its flat
index modulo C. ``_cycled`` reproduces that.
"""
import json
import math

import torch

from .. import initializers
from ..errors import TFJSError, TFJSNotImplementedError, TFJSTypeError, TFJSValueError
from .base import InputSpec, Layer
from .core import _get, _ser

_JSON = json.JSONEncoder(separators=(",", ":"))   # JSON.stringify spacing


def _cycled(param, x):
    """``param`` laid over ``x`` as TF.js's batchNorm kernel reads it."""
    c = param.numel()
    if x.ndim >= 1 and x.shape[-1] == c:
        return param.reshape(-1)
    idx = torch.arange(x.numel(), device=x.device) % c
    return param.reshape(-1)[idx].reshape(x.shape)


def batch_norm_torch(x, mean, variance, beta, gamma, epsilon):
    """TF.js ``K.batchNormalization``: ranks 2-4, parameters cycled (module NOTE)."""
    if x.ndim not in (2, 3, 4):
        raise TFJSNotImplementedError(f"batchNormalization is not implemented for array of "
                                      f"rank {x.ndim} yet")
    xf = x if x.is_floating_point() else x.to(torch.float32)
    out = xf - _cycled(mean, xf)
    if gamma is not None:
        out = out * _cycled(gamma, xf)
    out = out / torch.sqrt(_cycled(variance, xf) + epsilon)
    if beta is not None:
        out = out + _cycled(beta, xf)
    return out if x.is_floating_point() else torch.trunc(out).to(x.dtype)


def _js_shape(shape):
    return _JSON.encode(list(shape))


class BatchNormalization(Layer):
    """TF.js ``BatchNormalization`` (``tf.layers.batchNormalization``).

    Normalizes each channel (``axis``) with batch statistics in training and moving
    statistics at inference.

    Attributes:
        gamma: [C], ones (when ``scale``). beta: [C], zeros (when ``center``).
        moving_mean: [C], zeros; moving_variance: [C], ones (both non-trainable).
    """

    _torch_call = True

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 beta_initializer="zeros", gamma_initializer="ones",
                 moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 beta_constraint=None, gamma_constraint=None, beta_regularizer=None,
                 gamma_regularizer=None, **base):
        super().__init__(**base)
        self.supports_masking = True
        self.axis = -1 if axis is None else axis
        self.momentum = 0.99 if momentum is None else momentum
        self.epsilon = 1e-3 if epsilon is None else epsilon
        self.center = True if center is None else center
        self.scale = True if scale is None else scale
        self.beta_initializer = initializers.get(beta_initializer or "zeros")
        self.gamma_initializer = initializers.get(gamma_initializer or "ones")
        self.moving_mean_initializer = initializers.get(moving_mean_initializer or "zeros")
        self.moving_variance_initializer = initializers.get(
            moving_variance_initializer or "ones")
        self.beta_constraint = _get("constraints", beta_constraint)
        self.gamma_constraint = _get("constraints", gamma_constraint)
        self.beta_regularizer = _get("regularizers", beta_regularizer)
        self.gamma_regularizer = _get("regularizers", gamma_regularizer)

    def _resolved_axis(self, ndim):
        """TF.js ``axis >= 0 ? axis : axis + ndim`` (a list of several axes becomes
        JS's string concatenation, which names no dimension)."""
        axis = self.axis
        if isinstance(axis, (list, tuple)):
            if len(axis) != 1:
                return ",".join(str(a) for a in axis) + str(ndim)
            axis = axis[0]
        return axis if axis >= 0 else axis + ndim

    def build(self, inputShape):  # noqa: N803
        ndim = len(inputShape)
        axis = self._resolved_axis(ndim)
        dim = inputShape[axis] if isinstance(axis, int) and 0 <= axis < ndim else None
        if dim is None:
            raise TFJSValueError(f"Axis {axis} of input tensor should have a defined dimension "
                                 "but the layer received an input with shape "
                                 f"{_js_shape(inputShape)}.")
        self.input_spec = [InputSpec(ndim=ndim, axes={axis: dim})]
        if self.scale:
            self.add_weight("gamma", [dim], None, self.gamma_initializer,
                            self.gamma_regularizer, True, self.gamma_constraint)
        if self.center:
            self.add_weight("beta", [dim], None, self.beta_initializer,
                            self.beta_regularizer, True, self.beta_constraint)
        self.add_weight("moving_mean", [dim], None, self.moving_mean_initializer, None, False)
        self.add_weight("moving_variance", [dim], None, self.moving_variance_initializer,
                        None, False)
        self.built = True

    def call(self, inputs, training=False, mask=None):
        gamma, beta = getattr(self, "gamma", None), getattr(self, "beta", None)
        if not training:
            return batch_norm_torch(inputs, self.moving_mean, self.moving_variance, beta,
                                    gamma, self.epsilon)
        if gamma is None or beta is None:   # NOTE: TF.js reads gamma and beta unguarded
            raise TFJSTypeError("Cannot read properties of undefined (reading 'read')")
        axis = self._resolved_axis(inputs.ndim)
        reduce = [i for i in range(inputs.ndim) if i != axis]
        xf = inputs.to(torch.float32)
        mean = xf.mean(dim=reduce, keepdim=True)
        variance = torch.square(xf - mean).mean(dim=reduce)   # biased, as TF.js
        mean = mean.reshape(-1)
        out = batch_norm_torch(inputs, mean, variance, beta, gamma, self.epsilon)
        self._update_moving(mean, variance)
        return out

    def _update_moving(self, mean, variance):
        decay = 1 - self.momentum
        with torch.no_grad():
            for param, value in ((self.moving_mean, mean), (self.moving_variance, variance)):
                param.sub_((param - value.detach()) * decay)

    def get_config(self):
        return {"axis": self.axis, "momentum": self.momentum, "epsilon": self.epsilon,
                "center": self.center, "scale": self.scale,
                "beta_initializer": initializers.serialize(self.beta_initializer),
                "gamma_initializer": initializers.serialize(self.gamma_initializer),
                "moving_mean_initializer": initializers.serialize(
                    self.moving_mean_initializer),
                "moving_variance_initializer": initializers.serialize(
                    self.moving_variance_initializer),
                "beta_regularizer": _ser("regularizers", self.beta_regularizer),
                "gamma_regularizer": _ser("regularizers", self.gamma_regularizer),
                "beta_constraint": _ser("constraints", self.beta_constraint),
                "gamma_constraint": _ser("constraints", self.gamma_constraint),
                **super().get_config()}


def _is_int(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer()


def _check_axis(axis):
    text = _JSON.encode(axis)
    if isinstance(axis, (list, tuple)):
        if not all(_is_int(a) for a in axis):
            raise TFJSError(f"Expected axis to be an array of integers, but received {text}")
    elif isinstance(axis, (int, float)) and not isinstance(axis, bool):
        if not _is_int(axis):
            raise TFJSError(f"Expected axis to be an integer, but received {text}")
    else:
        raise TFJSError("Expected axis to be an integer or an array of integers, but "
                        f"received {text}")


class LayerNormalization(Layer):
    """TF.js ``LayerNormalization`` (``tf.layers.layerNormalization``).

    Normalizes each example over ``axis`` (one or several), then scales by ``gamma``
    and shifts by ``beta`` (shaped like the normalized dims).

    Attributes:
        gamma: input dims at ``axis``, ones (when ``scale``).
        beta: input dims at ``axis``, zeros (when ``center``).
    """

    _torch_call = True

    def __init__(self, axis=-1, epsilon=1e-3, center=True, scale=True,
                 beta_initializer="zeros", gamma_initializer="ones", beta_regularizer=None,
                 gamma_regularizer=None, **base):
        super().__init__(**base)
        self.supports_masking = True
        self.axis = -1 if axis is None else axis
        _check_axis(self.axis)
        self.epsilon = 1e-3 if epsilon is None else epsilon
        self.center = True if center is None else center
        self.scale = True if scale is None else scale
        self.beta_initializer = initializers.get(beta_initializer or "zeros")
        self.gamma_initializer = initializers.get(gamma_initializer or "ones")
        self.beta_regularizer = _get("regularizers", beta_regularizer)
        self.gamma_regularizer = _get("regularizers", gamma_regularizer)

    def build(self, inputShape):  # noqa: N803
        ndim = len(inputShape)
        original = self.axis
        axes = [int(a) for a in (original if isinstance(original, (list, tuple))
                                 else [original])]
        axes = [a + ndim if a < 0 else a for a in axes]
        for a in axes:
            if a < 0 or a >= ndim:
                raise TFJSError(f"Invalid axis: {a}")
        if len(set(axes)) != len(axes):
            shown = ",".join(str(a) for a in (original if isinstance(original, (list, tuple))
                                              else [original]))
            raise TFJSError(f"Found duplicate axes in: {shown}")
        self.axis = axes
        shape = [inputShape[a] for a in axes]
        if any(d is None or d <= 0 for d in shape):
            shown = ",".join("" if d is None else str(d) for d in shape)
            raise TFJSValueError("Tensor must have a shape comprised of positive integers but "
                                 f"got shape [{shown}].")
        if self.scale:
            self.add_weight("gamma", shape, "float32", self.gamma_initializer,
                            self.gamma_regularizer, True)
        if self.center:
            self.add_weight("beta", shape, "float32", self.beta_initializer,
                            self.beta_regularizer, True)
        self.built = True

    def _broadcast(self, param, x):
        """TF.js reshapes gamma/beta to 1s except at the normalized axes."""
        if param is None or param.ndim == x.ndim:
            return param
        shape = [1] * x.ndim
        for a in self.axis:
            shape[a] = x.shape[a]
        if param.numel() != math.prod(shape):
            raise TFJSValueError(f"Size({param.numel()}) must match the product of shape "
                                 f"{','.join(str(d) for d in shape)}")
        return param.reshape(shape)

    def call(self, inputs, training=False, mask=None):
        xf = inputs.to(torch.float32)
        mean = xf.mean(dim=self.axis, keepdim=True)
        variance = torch.square(xf - mean).mean(dim=self.axis, keepdim=True)
        gamma = self._broadcast(getattr(self, "gamma", None), inputs)
        beta = self._broadcast(getattr(self, "beta", None), inputs)
        if inputs.ndim not in (2, 3, 4):
            raise TFJSNotImplementedError(f"batchNormalization is not implemented for array "
                                          f"of rank {inputs.ndim} yet")
        out = (xf - mean) / torch.sqrt(variance + self.epsilon)
        if gamma is not None:
            out = out * gamma
        if beta is not None:
            out = out + beta
        return out if inputs.is_floating_point() else torch.trunc(out).to(inputs.dtype)

    def get_config(self):
        return {"axis": self.axis, "epsilon": self.epsilon, "center": self.center,
                "scale": self.scale,
                "beta_initializer": initializers.serialize(self.beta_initializer),
                "gamma_initializer": initializers.serialize(self.gamma_initializer),
                "beta_regularizer": _ser("regularizers", self.beta_regularizer),
                "gamma_regularizer": _ser("regularizers", self.gamma_regularizer),
                **super().get_config()}
