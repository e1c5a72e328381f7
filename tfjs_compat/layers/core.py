"""Core layers: dense, activation, dropout, spatialDropout1d, flatten, reshape, permute,
repeatVector, masking (TF.js ``tfjs-layers/src/layers/core.ts``)."""
import importlib
import math

import torch

from .. import activations, initializers
from .._serialization import UNSET
from ..errors import TFJSError, TFJSTypeError, TFJSValueError
from .base import InputSpec, Layer


def _float(x):
    return x if x.is_floating_point() else x.to(torch.float32)


def _family(name):
    """regularizers / constraints module, imported when first needed."""
    return importlib.import_module(f"..{name}", __package__)


def _get(family, identifier):
    """A regularizer/constraint object from an identifier (None stays None)."""
    if identifier is None:
        return None
    return _family(family).get(identifier)


def given(value):
    """An option value with TF.js ``undefined`` (UNSET, e.g. from a config) read as None."""
    return None if value is UNSET else value


def maybe(value):
    """A config value TF.js leaves undefined when the option was not given: UNSET for
    None. ``getConfig()`` drops it; model.json writes it as null."""
    return UNSET if value is None else value


def _ser(family, obj):
    """{class_name, config} of a regularizer/constraint, or None."""
    if obj is None:
        return None
    return _family(family).serialize(obj)


class Dense(Layer):
    """Fully connected layer: ``activation(x @ kernel + bias)``. TF.js: ``tf.layers.dense``.

    Attributes:
        kernel: [inputDim, units], glorotNormal by default (truncated normal, TF.js).
        bias: [units], zeros.
    """

    _torch_call = True

    def __init__(self, units=None, activation=None, use_bias=True,
                 kernel_initializer="glorotNormal", bias_initializer="zeros", input_dim=None,
                 kernel_constraint=None, bias_constraint=None, kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None, **base):
        super().__init__(**base)
        if self.batch_input_shape is None and input_dim is not None:
            # TF.js: inputDim gives [batchSize, inputDim] but no dtype in the config.
            self.batch_input_shape = [base.get("batch_size"), input_dim]
        if units is None or isinstance(units, bool) or not isinstance(units, int) \
                or units <= 0:
            shown = "undefined" if units is None else units
            raise TFJSValueError(f"Expected units to be a positive integer, but got {shown}.")
        self.units = units
        self.activation = activations.get(activation)
        self.use_bias = True if use_bias is None else use_bias
        self.kernel_initializer = initializers.get(kernel_initializer or "glorotNormal")
        self.bias_initializer = initializers.get(bias_initializer or "zeros")
        self.kernel_constraint = _get("constraints", kernel_constraint)
        self.bias_constraint = _get("constraints", bias_constraint)
        self.kernel_regularizer = _get("regularizers", kernel_regularizer)
        self.bias_regularizer = _get("regularizers", bias_regularizer)
        self.activity_regularizer = _get("regularizers", activity_regularizer)
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
                "kernel_regularizer": _ser("regularizers", self.kernel_regularizer),
                "bias_regularizer": _ser("regularizers", self.bias_regularizer),
                "activity_regularizer": _ser("regularizers", self.activity_regularizer),
                "kernel_constraint": _ser("constraints", self.kernel_constraint),
                "bias_constraint": _ser("constraints", self.bias_constraint),
                **super().get_config()}


class Activation(Layer):
    """Applies an activation function. TF.js: ``tf.layers.activation``."""

    _torch_call = True

    def __init__(self, activation=None, **base):
        super().__init__(**base)
        self.activation = activations.get(activation)
        self.supports_masking = True

    def call(self, inputs, training=False, mask=None):
        if self.activation.name == "linear":
            return inputs   # TF.js: linear keeps the input dtype
        return self.activation(_float(inputs))

    def get_config(self):
        return {"activation": activations.serialize(self.activation), **super().get_config()}


def dropout_torch(x, rate, noise_shape, seed):
    """TF.js ``tf.dropout`` on a torch tensor: keep where ``floor(1 - rate + u)`` is 1."""
    from ..ops.normalization import _uniform   # TF.js's Alea stream when available
    shape = list(x.shape) if noise_shape is None else \
        [x.shape[i] if d is None else d for i, d in enumerate(noise_shape)]
    keep = torch.tensor(1.0 - rate, dtype=torch.float32, device=x.device)
    mask = torch.floor(keep + _uniform(shape, seed, x).to(x.device))
    return (x / keep) * mask


class Dropout(Layer):
    """Zeroes a ``rate`` fraction of inputs during training, scaling the rest by
    1 / (1 - rate). Identity at inference. With a ``seed`` the mask is the same on
    every call (TF.js regenerates it from the seed). TF.js: ``tf.layers.dropout``."""

    _torch_call = True

    def __init__(self, rate=None, noise_shape=None, seed=None, **base):
        super().__init__(**base)
        rate = given(rate)
        self.rate = None if rate is None else max(min(rate, 1), 0)
        self.noise_shape, self.seed = given(noise_shape), given(seed)
        self.supports_masking = True

    def _noise_shape(self, inputs):
        return self.noise_shape

    def call(self, inputs, training=False, mask=None):
        if not training or not self.rate or self.rate <= 0:
            return inputs
        return dropout_torch(_float(inputs), self.rate, self._noise_shape(inputs), self.seed)

    def get_config(self):
        config = {"rate": self.rate, "noise_shape": maybe(self.noise_shape),
                  "seed": maybe(self.seed)}
        return {**config, **super().get_config()}


class SpatialDropout1D(Dropout):
    """Dropout of whole channels of a [batch, steps, channels] input.

    TF.js: ``tf.layers.spatialDropout1d``.
    """

    className = "SpatialDropout1D"

    def __init__(self, rate=None, seed=None, **base):
        super().__init__(rate=rate, seed=seed, **base)
        self.input_spec = InputSpec(ndim=3)

    def _noise_shape(self, inputs):
        return [inputs.shape[0], 1, inputs.shape[2]]  # same mask for every step


class Flatten(Layer):
    """Flattens every dimension but the batch one. TF.js: ``tf.layers.flatten``."""

    _torch_call = True

    def __init__(self, data_format=None, **base):
        super().__init__(**base)
        self.data_format = data_format
        self.input_spec = InputSpec(min_ndim=3)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        rest = inputShape[1:]
        if any(d is None for d in rest):
            raise TFJSValueError(
                f'The shape of the input to "Flatten" is not fully defined (got '
                f'{",".join("" if d is None else str(d) for d in rest)}). Make sure to pass '
                'a complete "input_shape" or "batch_input_shape" argument to the first '
                'layer in your model.')
        return [inputShape[0], math.prod(rest)]

    def call(self, inputs, training=False, mask=None):
        if self.data_format == "channelsFirst" and inputs.ndim > 2:
            inputs = inputs.permute(0, *range(2, inputs.ndim), 1)
        return inputs.reshape(inputs.shape[0], -1)

    def get_config(self):
        config = {} if self.data_format is None else {"data_format": self.data_format}
        return {**config, **super().get_config()}


class Reshape(Layer):
    """Reshapes to ``targetShape`` (batch dim excluded; one -1 allowed).

    TF.js: ``tf.layers.reshape``.
    """

    _torch_call = True

    def __init__(self, target_shape=None, **base):
        super().__init__(**base)
        if target_shape is None:
            raise TFJSTypeError("Cannot read properties of undefined (reading 'length')")
        self.target_shape = list(target_shape)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        # NOTE: TF.js leaves the -1 unresolved in symbolic shapes, even for known inputs.
        return [inputShape[0]] + [None if d == -1 else d for d in self.target_shape]

    def _resolve(self, in_shape):
        """TF.js ``fixUnknownDimension``: fill the one -1 from the input size."""
        unknown = [i for i, d in enumerate(self.target_shape) if d == -1]
        if len(unknown) > 1:
            raise TFJSValueError("Can only specifiy one unknown dimension.")
        known = math.prod(d for d in self.target_shape if d != -1)
        total = math.prod(in_shape)
        out = list(self.target_shape)
        if unknown:
            if known == 0 or total % known != 0:
                raise TFJSValueError("Total size of new array must be unchanged.")
            out[unknown[0]] = total // known
        elif known != total:
            raise TFJSValueError("Total size of new array must be unchanged.")
        return out

    def call(self, inputs, training=False, mask=None):
        return inputs.reshape(inputs.shape[0], *self._resolve(list(inputs.shape[1:])))

    def get_config(self):
        return {"target_shape": self.target_shape, **super().get_config()}


class Permute(Layer):
    """Permutes the non-batch dimensions: ``dims`` is a permutation of 1..rank-1.

    TF.js: ``tf.layers.permute``.
    """

    _torch_call = True

    def __init__(self, dims=None, **base):
        super().__init__(**base)
        if dims is None:
            raise TFJSError("Required configuration field `dims` is missing during "
                            "Permute constructor call.")
        dims = list(dims)
        if sorted(dims) != list(range(1, len(dims) + 1)):
            raise TFJSError(f"Invalid permutation `dims`: [{','.join(map(str, dims))}] "
                            "`dims` must contain consecutive integers starting from 1.")
        self.dims = dims
        self.input_spec = InputSpec(ndim=len(dims) + 1)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return [inputShape[0]] + [inputShape[d] for d in self.dims]

    def call(self, inputs, training=False, mask=None):
        return inputs.permute(0, *self.dims)

    def get_config(self):
        return {"dims": self.dims, **super().get_config()}


class RepeatVector(Layer):
    """Repeats a [batch, features] input ``n`` times: [batch, n, features].

    TF.js: ``tf.layers.repeatVector``.
    """

    _torch_call = True

    def __init__(self, n=None, **base):
        super().__init__(**base)
        self.n = n
        self.input_spec = InputSpec(ndim=2)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return [inputShape[0], self.n, inputShape[1]]

    def call(self, inputs, training=False, mask=None):
        return inputs.unsqueeze(1).expand(-1, self.n, -1).clone()  # (batch, n, features)

    def get_config(self):
        return {"n": self.n, **super().get_config()}


class Masking(Layer):
    """Masks timesteps whose features all equal ``maskValue``: zeroes them and passes a
    [batch, steps] boolean mask to later layers (``compute_mask_torch``).

    TF.js: ``tf.layers.masking``.
    """

    _torch_call = True

    def __init__(self, mask_value=0.0, **base):
        super().__init__(**base)
        self.mask_value = 0 if mask_value is None else mask_value
        self.supports_masking = True

    def compute_mask_torch(self, inputs, mask=None):
        return torch.any(inputs != self.mask_value, dim=-1)  # (batch, steps)

    def call(self, inputs, training=False, mask=None):
        keep = torch.any(inputs != self.mask_value, dim=-1, keepdim=True)
        return inputs * keep.to(inputs.dtype)

    def get_config(self):
        return {"mask_value": self.mask_value, **super().get_config()}
