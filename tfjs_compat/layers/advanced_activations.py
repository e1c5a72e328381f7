"""Advanced activation layers: reLU, leakyReLU, prelu, elu, thresholdedReLU, softmax
(TF.js ``tfjs-layers/src/layers/advanced_activations.ts``).

Each is element-wise and keeps the input shape. As in TF.js only ReLU and PReLU support
masking (pass a mask through); ``Softmax`` reads a mask given to ``apply`` to push masked
logits to -1e9.
"""
import torch

from .. import initializers
from ..errors import TFJSNotImplementedError
from ..ops import activation as act_ops
from ..ops import reduction as red_ops
from .base import InputSpec, Layer
from .core import _get, _ser


class _Elementwise(Layer):
    """Shared set-up: the output shape is the input shape."""

    _torch_call = True
    _masking = False

    def __init__(self, **base):
        super().__init__(**base)
        self.supports_masking = self._masking

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return inputShape


class ReLU(_Elementwise):
    """TF.js ``ReLU`` (``tf.layers.reLU``).

    ``max(x, 0)``, capped at ``maxValue`` when given; keeps the input dtype."""

    className = "ReLU"
    _masking = True

    def __init__(self, max_value=None, **base):
        super().__init__(**base)
        self.max_value = max_value

    def call(self, inputs, training=False, mask=None):
        out = act_ops.relu.__wrapped__(inputs)
        if self.max_value is None or out.dtype == torch.bool:
            return out
        capped = torch.clamp(out.to(torch.float64), 0, self.max_value)
        return capped.to(torch.float32) if out.is_floating_point() else \
            torch.trunc(capped).to(out.dtype)

    def get_config(self):
        config = {} if self.max_value is None else {"max_value": self.max_value}
        return {**config, **super().get_config()}


class LeakyReLU(_Elementwise):
    """TF.js ``LeakyReLU`` (``tf.layers.leakyReLU``).

    ``x`` for ``x >= 0``, else ``alpha * x`` (alpha 0.3 by default); float32 output."""

    className = "LeakyReLU"

    def __init__(self, alpha=None, **base):
        super().__init__(**base)
        self.alpha = 0.3 if alpha is None else alpha

    def call(self, inputs, training=False, mask=None):
        return act_ops.leakyRelu.__wrapped__(inputs, self.alpha)

    def get_config(self):
        return {"alpha": self.alpha, **super().get_config()}


class PReLU(_Elementwise):
    """TF.js ``PReLU`` (``tf.layers.prelu``).

    Leaky ReLU with a learned slope per element (``alpha``), shared along
    ``sharedAxes``.

    Attributes:
        alpha: input shape without the batch dim, 1 along each shared axis; zeros.
    """

    className = "PReLU"
    _masking = True

    def __init__(self, alpha_initializer="zeros", alpha_regularizer=None,
                 alpha_constraint=None, shared_axes=None, **base):
        super().__init__(**base)
        self.alpha_initializer = initializers.get(alpha_initializer or "zeros")
        self.alpha_regularizer = _get("regularizers", alpha_regularizer)
        self.alpha_constraint = _get("constraints", alpha_constraint)
        if shared_axes is not None and not isinstance(shared_axes, (list, tuple)):
            shared_axes = [shared_axes]
        self.shared_axes = None if shared_axes is None else list(shared_axes)

    def build(self, inputShape):  # noqa: N803
        param_shape = list(inputShape[1:])
        for axis in self.shared_axes or []:
            if 1 <= axis <= len(param_shape):   # NOTE: TF.js ignores axis 0 silently
                param_shape[axis - 1] = 1
        self.add_weight("alpha", param_shape, "float32", self.alpha_initializer,
                        self.alpha_regularizer, True, self.alpha_constraint)
        axes = {}
        if self.shared_axes is not None:   # TF.js then pins every non-batch dim
            axes = {i: inputShape[i] for i in range(1, len(inputShape))}
        self.input_spec = [InputSpec(ndim=len(inputShape), axes=axes)]
        self.built = True

    def call(self, inputs, training=False, mask=None):
        return act_ops.prelu.__wrapped__(inputs, self.alpha)

    def get_config(self):
        return {"alpha_initializer": initializers.serialize(self.alpha_initializer),
                "alpha_regularizer": _ser("regularizers", self.alpha_regularizer),
                "alpha_constraint": _ser("constraints", self.alpha_constraint),
                "shared_axes": self.shared_axes, **super().get_config()}


class ELU(_Elementwise):
    """TF.js ``ELU`` (``tf.layers.elu``).

    ``x`` for ``x >= 0``, else ``exp(x) - 1``; float32 inputs only. TF.js supports
    only ``alpha`` 1 (any other value is its NotImplementedError)."""

    className = "ELU"

    def __init__(self, alpha=None, **base):
        super().__init__(**base)
        self.alpha = 1.0 if alpha is None else alpha
        if self.alpha != 1.0:
            from ..ops.reduction import js_str
            raise TFJSNotImplementedError(f"Non-default alpha value ({js_str(self.alpha)}) "
                                          "is not supported by the ELU layer yet.")

    def call(self, inputs, training=False, mask=None):
        return act_ops.elu.__wrapped__(inputs)

    def get_config(self):
        return {"alpha": self.alpha, **super().get_config()}


class ThresholdedReLU(_Elementwise):
    """TF.js ``ThresholdedReLU`` (``tf.layers.thresholdedReLU``).

    ``x`` where ``x > theta`` (1 by default), else 0; float32 output."""

    className = "ThresholdedReLU"

    def __init__(self, theta=None, **base):
        super().__init__(**base)
        self.theta = 1.0 if theta is None else theta

    def call(self, inputs, training=False, mask=None):
        keep = (inputs.to(torch.float64) > self.theta).to(torch.float32)
        return inputs.to(torch.float32) * keep

    def get_config(self):
        return {"theta": self.theta, **super().get_config()}


class Softmax(_Elementwise):
    """TF.js ``Softmax`` (``tf.layers.softmax``).

    Softmax along ``axis`` (TF.js's default is 1, not -1). A list of several axes
    normalizes over all of them. Masked positions get -1e9 added first."""

    className = "Softmax"

    def __init__(self, axis=None, **base):
        super().__init__(**base)
        self.axis = 1.0 if axis is None else axis

    def call(self, inputs, training=False, mask=None):
        x = inputs
        if mask is not None:   # TF.js: x + (1 - mask) * -1e9
            x = x + (1 - mask.to(x.dtype)) * -1e9
        axis = self.axis
        if isinstance(axis, (list, tuple)):
            if len(axis) > 1:
                axes = red_ops.parse_axis(list(axis), x.ndim)
                return torch.exp(x - torch.logsumexp(x, dim=axes, keepdim=True))
            axis = axis[0]
        return act_ops.softmax.__wrapped__(x, int(axis))

    def get_config(self):
        return {"axis": self.axis, **super().get_config()}
