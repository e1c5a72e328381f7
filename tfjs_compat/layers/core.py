"""Core layers: dense, activation, dropout, flatten, reshape."""
import math

import torch

from .. import activations, initializers
from ..errors import TFJSValueError, js_list
from .base import InputSpec, Layer


def _float(x):
    return x if x.is_floating_point() else x.to(torch.float32)


class Dense(Layer):
    """Fully connected layer: ``activation(x @ kernel + bias)``.

    Attributes:
        kernel: [inputDim, units], glorotNormal by default (truncated normal, TF.js).
        bias: [units], zeros.
    """

    _torch_call = True

    def __init__(self, units=None, activation=None, use_bias=True,
                 kernel_initializer="glorotNormal", bias_initializer="zeros", input_dim=None,
                 kernel_constraint=None, bias_constraint=None, kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None, **base):
        if input_dim is not None and base.get("batch_input_shape") is None and \
                base.get("input_shape") is None:
            base["input_shape"] = [input_dim]
        super().__init__(**base)
        if units is None or not isinstance(units, int) or units <= 0:
            shown = "undefined" if units is None else units
            raise TFJSValueError(f"Expected units to be a positive integer, but got {shown}.")
        self.units = units
        self.activation = activations.get(activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.kernel_constraint, self.bias_constraint = kernel_constraint, bias_constraint
        self.kernel_regularizer, self.bias_regularizer = kernel_regularizer, bias_regularizer
        self.activity_regularizer = activity_regularizer
        self.input_spec = InputSpec(min_ndim=2)
        self.supports_masking = True

    def build(self, inputShape):  # noqa: N803
        in_dim = inputShape[-1]
        self.add_weight("kernel", [in_dim, self.units], "float32", self.kernel_initializer,
                        self.kernel_regularizer, True, self.kernel_constraint)
        if self.use_bias:
            self.add_weight("bias", [self.units], "float32", self.bias_initializer,
                            self.bias_regularizer, True, self.bias_constraint)
        self.input_spec = InputSpec(min_ndim=2, axes={-1: in_dim})
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return list(inputShape[:-1]) + [self.units]

    def call(self, inputs, training=False, mask=None):
        out = torch.matmul(_float(inputs), self.kernel)  # (..., units)
        if self.use_bias:
            out = out + self.bias
        return self.activation(out)

    def get_config(self):
        return {"units": self.units, "activation": activations.serialize(self.activation),
                "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": _ser(self.kernel_regularizer),
                "bias_regularizer": _ser(self.bias_regularizer),
                "activity_regularizer": _ser(self.activity_regularizer),
                "kernel_constraint": _ser(self.kernel_constraint),
                "bias_constraint": _ser(self.bias_constraint), **super().get_config()}


def _ser(obj):
    """{class_name, config} of a regularizer/constraint, or None."""
    if obj is None:
        return None
    return {"class_name": obj.className, "config": obj.get_config()}


class Activation(Layer):
    """Applies an activation function."""

    _torch_call = True

    def __init__(self, activation=None, **base):
        super().__init__(**base)
        self.activation = activations.get(activation)
        self.supports_masking = True

    def call(self, inputs, training=False, mask=None):
        return self.activation(_float(inputs))

    def get_config(self):
        return {"activation": activations.serialize(self.activation), **super().get_config()}


class Dropout(Layer):
    """Zeroes a ``rate`` fraction of inputs during training, scaling the rest by
    1 / (1 - rate). Identity at inference."""

    _torch_call = True

    def __init__(self, rate=None, noise_shape=None, seed=None, **base):
        super().__init__(**base)
        if rate is None:
            raise TFJSValueError("rate is required for a Dropout layer.")
        self.rate = max(min(float(rate), 1.0), 0.0)
        self.noise_shape, self.seed = noise_shape, seed
        self.supports_masking = True

    def call(self, inputs, training=False, mask=None):
        if not training or self.rate <= 0:
            return inputs
        shape = list(inputs.shape)
        if self.noise_shape is not None:
            shape = [s if n is None else n for s, n in zip(shape, self.noise_shape)]
        keep = 1.0 - self.rate
        if self.seed is not None:
            from ..ops import random as rnd
            import numpy as np
            u = torch.from_numpy(np.asarray(rnd.uniform_values(shape, 0.0, 1.0, self.seed),
                                            dtype=np.float32)).to(inputs.device)
        else:
            u = torch.rand(shape, device=inputs.device)
        mask_t = (u < keep).to(inputs.dtype)  # NOTE: TF.js keeps where u < 1 - rate
        return inputs * mask_t / keep

    def get_config(self):
        return {"rate": self.rate, "noise_shape": self.noise_shape, "seed": self.seed,
                **super().get_config()}


class Flatten(Layer):
    """Flattens every dimension but the batch one."""

    _torch_call = True

    def __init__(self, data_format=None, **base):
        super().__init__(**base)
        self.data_format = data_format or "channelsLast"
        self.input_spec = InputSpec(min_ndim=3)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        rest = inputShape[1:]
        if any(d is None for d in rest):
            raise TFJSValueError(
                f'The shape of the input to "Flatten" is not fully defined (got '
                f'{js_list(rest)}). Make sure to pass a complete "input_shape" or '
                f'"batch_input_shape" argument to the first layer in your model.')
        return [inputShape[0], math.prod(rest)]

    def call(self, inputs, training=False, mask=None):
        if self.data_format == "channelsFirst" and inputs.ndim > 2:
            inputs = inputs.permute(0, *range(2, inputs.ndim), 1)
        return inputs.reshape(inputs.shape[0], -1)

    def get_config(self):
        return {"data_format": self.data_format, **super().get_config()}


class Reshape(Layer):
    """Reshapes to ``targetShape`` (batch dim excluded; one -1 allowed)."""

    _torch_call = True

    def __init__(self, target_shape=None, **base):
        super().__init__(**base)
        if target_shape is None:
            raise TFJSValueError("targetShape is required for a Reshape layer.")
        self.target_shape = list(target_shape)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return [inputShape[0]] + [None if d == -1 else d for d in self.target_shape]

    def call(self, inputs, training=False, mask=None):
        return inputs.reshape(inputs.shape[0], *self.target_shape)

    def get_config(self):
        return {"target_shape": self.target_shape, **super().get_config()}
