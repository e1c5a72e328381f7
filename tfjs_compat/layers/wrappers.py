"""Wrapper layers of tfjs-layers: Bidirectional and TimeDistributed."""
import torch

from ..errors import TFJSNotImplementedError, TFJSValueError
from .base import InputSpec, Layer, name_scope
from .recurrent import RNN, deserialize_layer

_DEFAULT = object()   # "key not given" (JS undefined), unlike an explicit None (JS null)
_MERGE_MODES = ("sum", "mul", "concat", "ave")


class Wrapper(Layer):
    """Base of layers that wrap another layer. TF.js: ``Wrapper``.

    Weights, ``trainable``, ``getWeights``/``setWeights`` are those of the wrapped layer.
    """

    _torch_call = True

    def __init__(self, layer=None, **base):
        super().__init__(**base)
        self.layer = layer

    @property
    def trainable(self):
        """The wrapped layer's ``trainable`` (false without one)."""
        return self.layer.trainable if self.layer is not None else False

    @trainable.setter
    def trainable(self, value):
        if getattr(self, "layer", None) is not None:
            self.layer.trainable = value

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """The wrapped layer's trainable weights."""
        return self.layer.trainableWeights

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """The wrapped layer's non-trainable weights."""
        return self.layer.nonTrainableWeights

    @property
    def losses(self):
        """The wrapped layer's regularization penalties."""
        return self.layer.losses

    def getWeights(self, trainableOnly=False):  # noqa: N802,N803 - TF.js name
        """The wrapped layer's weight values. TF.js: ``getWeights()``."""
        return self.layer.getWeights()

    def setWeights(self, weights):  # noqa: N802 - TF.js name
        """Assign the wrapped layer's weights. TF.js: ``setWeights(weights)``."""
        self.layer.setWeights(weights)

    def get_config(self):
        return {"layer": {"class_name": self.layer.className,
                          "config": self.layer.get_config()}, **super().get_config()}

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Rebuild with the wrapped layer deserialized from ``config['layer']``."""
        from .. import _options
        cfg = _options.config_to_snake(config)
        layer = deserialize_layer(cfg.pop("layer"))
        return cls(layer=layer, **cfg)


class TimeDistributed(Wrapper):
    """Applies a layer to every timestep (axis 1). TF.js: ``tf.layers.timeDistributed``.

    Input [batch, time, ...]; the layer sees [batch, ...] and its output gets the time
    axis back: [batch, time, ...out]. The layer's weights are named after this wrapper
    (``time_distributed_TimeDistributed1/kernel``), as in TF.js.

    Differences from TF.js:
        The timesteps are folded into the batch and the layer runs once (TF.js calls it
        once per timestep), so a layer whose result depends on the batch (batch
        normalization while training) sees batch*time rows at once.
    """

    def __init__(self, layer=None, **base):
        super().__init__(layer, **base)
        self.supports_masking = True

    def build(self, inputShape):  # noqa: N803
        shape = list(inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape)
        if len(shape) < 3:
            shown = "[" + ",".join("null" if d is None else str(d) for d in shape) + "]"
            raise TFJSValueError("TimeDistributed layer expects an input shape >= 3D, but "
                                 f"received input shape {shown}")
        self.input_spec = [InputSpec(shape=shape)]   # NOTE: TF.js pins the full shape
        if not self.layer.built:   # in this wrapper's name scope (TF.js)
            self.layer.build([shape[0], *shape[2:]])
            self.layer.built = True
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        child = self.layer.computeOutputShape([shape[0], *shape[2:]])
        return [child[0], shape[1], *child[1:]]

    def call(self, inputs, training=False, mask=None):
        if isinstance(inputs, (list, tuple)):
            inputs = inputs[0]
        if inputs.ndim < 3:
            raise TFJSValueError(f"Input should be at least 3D, but is {inputs.ndim}D.")
        batch, steps = inputs.shape[:2]
        flat = inputs.reshape(batch * steps, *inputs.shape[2:])   # (batch*time, ...)
        out = self.layer.forward(flat, training=training)
        return out.reshape(batch, steps, *out.shape[1:])


class Bidirectional(Wrapper):
    """Runs an RNN forwards and backwards and merges the outputs.

    TF.js: ``tf.layers.bidirectional({layer, mergeMode})``. The two copies are made from
    ``layer.getConfig()`` and named ``forward_<name>`` / ``backward_<name>``; their
    weights are ``<bidirectional>/forward_<name>/kernel`` ... (forward first).
    mergeMode: 'concat' (default), 'sum', 'mul', 'ave', or null (a list of both).
    With returnSequences the backward outputs are reversed back to input order.
    """

    def __init__(self, layer=None, merge_mode=_DEFAULT, **base):
        if layer is None:
            raise TypeError("Cannot read properties of undefined (reading 'getConfig')")
        super().__init__(None, **{k: v for k, v in base.items() if k != "weights"})
        object.__setattr__(self, "layer", layer)   # the template, not a sub-module
        config = layer.get_config()
        self.forwardLayer = deserialize_layer({"class_name": layer.className,
                                               "config": config})
        if isinstance(layer, RNN):
            config = {**config, "go_backwards": not config.get("go_backwards")}
        self.backwardLayer = deserialize_layer({"class_name": layer.className,
                                                "config": config})
        self.forwardLayer.name = "forward_" + self.forwardLayer.name
        self.backwardLayer.name = "backward_" + self.backwardLayer.name
        self.merge_mode = "concat" if merge_mode is _DEFAULT else merge_mode
        if self.merge_mode is not None and self.merge_mode not in _MERGE_MODES:
            raise TFJSValueError(f"{self.merge_mode} is not a valid BidirectionalMergeMode.  "
                                 "Valid values are sum,mul,concat,ave or null/undefined.")
        if base.get("weights"):
            raise TFJSNotImplementedError("weights support is not implemented for "
                                          "Bidirectional layer yet.")
        self.stateful = getattr(layer, "stateful", False)
        self.return_sequences = getattr(layer, "return_sequences", False)
        self.return_state = getattr(layer, "return_state", False)
        self.supports_masking = True
        self._trainable = True
        self.input_spec = layer.input_spec

    @property
    def mergeMode(self):  # noqa: N802 - TF.js name
        """How the two directions are merged."""
        return self.merge_mode

    trainable = Layer.trainable   # its own flag, not Wrapper's delegation

    def _trainable_changed(self):
        for sub in ("forwardLayer", "backwardLayer"):
            if sub in self._modules:
                self._modules[sub].trainable = self._trainable

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """Forward weights, then backward weights."""
        return self.forwardLayer.trainableWeights + self.backwardLayer.trainableWeights

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """Forward, then backward non-trainable weights."""
        return self.forwardLayer.nonTrainableWeights + self.backwardLayer.nonTrainableWeights

    @property
    def losses(self):
        """Regularization penalties of this layer (TF.js keeps them on the cells)."""
        return Layer.losses.fget(self)

    def getWeights(self, trainableOnly=False):  # noqa: N802,N803 - TF.js name
        """Forward weights, then backward weights. TF.js: ``getWeights()``."""
        return self.forwardLayer.getWeights() + self.backwardLayer.getWeights()

    def setWeights(self, weights):  # noqa: N802 - TF.js name
        """First half to the forward layer, the rest to the backward one."""
        half = len(weights) // 2
        self.forwardLayer.setWeights(list(weights[:half]))
        self.backwardLayer.setWeights(list(weights[half:]))

    def resetStates(self, states=None):  # noqa: N802 - TF.js name
        """Reset the states of both directions. TF.js: ``resetStates()``."""
        self.forwardLayer.resetStates()
        self.backwardLayer.resetStates()

    def build(self, inputShape):  # noqa: N803
        for sub in (self.forwardLayer, self.backwardLayer):
            with name_scope(sub.name):
                sub.build(inputShape)
                sub.built = True
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        shapes = self.forwardLayer.computeOutputShape(inputShape)
        if not isinstance(shapes[0], (list, tuple)):
            shapes = [shapes]
        out, states = list(shapes[0]), [list(s) for s in shapes[1:]]
        if self.merge_mode == "concat":
            out[-1] *= 2
            outs = [out]
        elif self.merge_mode is None:
            outs = [out, list(out)]
        else:
            outs = [out]
        if self.return_state:
            head = outs if self.merge_mode is None else [out]
            return head + states + [list(s) for s in states]
        return outs[0] if len(outs) == 1 else outs

    def apply(self, inputs, kwargs=None):
        """Apply to a Tensor / SymbolicTensor, with optional ``{initialState}`` (forward
        states first, then backward). TF.js: ``layer.apply(inputs, kwargs?)``."""
        kwargs = dict(kwargs or {})
        initial = kwargs.pop("initialState", kwargs.pop("initial_state", None))
        if isinstance(inputs, (list, tuple)):
            inputs, initial = inputs[0], (list(inputs[1:]) or initial)
        if not initial:
            return super().apply(inputs, kwargs)
        initial = list(initial) if isinstance(initial, (list, tuple)) else [initial]
        if len(initial) % 2:
            raise TFJSValueError("When passing `initialState` to a Bidrectional RNN, the "
                                 "state should be an Array containing the states of the "
                                 "underlying RNNs.")
        shapes = [list(s.shape) for s in initial]
        half = len(shapes) // 2
        self.forwardLayer.state_spec, self.backwardLayer.state_spec = \
            shapes[:half], shapes[half:]
        spec = self.input_spec
        self.input_spec = list(spec) + [InputSpec(ndim=len(s), shape=s) for s in shapes]
        try:
            return super().apply([inputs, *initial], kwargs)
        finally:
            self.input_spec = spec

    def call(self, inputs, training=False, mask=None):
        if isinstance(inputs, (list, tuple)):
            x, states = inputs[0], list(inputs[1:])
        else:
            x, states = inputs, []
        half = len(states) // 2
        y = self.forwardLayer.call([x, *states[:half]] if states else x, training, mask)
        y_rev = self.backwardLayer.call([x, *states[half:]] if states else x, training, mask)
        if self.return_state:
            states = list(y[1:]) + list(y_rev[1:])
            y, y_rev = y[0], y_rev[0]
        if self.return_sequences:
            y_rev = y_rev.flip(1)
        out = _merge(self.merge_mode, y, y_rev)
        if self.return_state:
            return (out if self.merge_mode is None else [out]) + states
        return out

    def compute_mask_torch(self, inputs, mask=None):
        if isinstance(mask, (list, tuple)):
            mask = mask[0]
        out = mask if self.return_sequences else None
        outs = [out, out] if self.merge_mode is None else [out]
        if self.return_state:
            n = len(self.forwardLayer.states)
            return outs + [None] * (2 * n)
        return outs if self.merge_mode is None else out

    def get_config(self):
        return {"merge_mode": self.merge_mode, **super().get_config()}

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Rebuild from a config with the wrapped layer as {className, config}."""
        from .. import _options
        cfg = _options.config_to_snake(config)
        layer = deserialize_layer(cfg.pop("layer"))
        if cfg.get("num_constants") is not None:
            raise TFJSNotImplementedError("Deserialization of a Bidirectional layer with "
                                          "numConstants present is not supported yet.")
        return cls(layer=layer, **cfg)


def _merge(mode, y, y_rev):
    if mode == "concat":
        return torch.cat([y, y_rev], dim=-1)
    if mode == "sum":
        return y + y_rev
    if mode == "ave":
        return 0.5 * (y + y_rev)
    if mode == "mul":
        return y * y_rev
    return [y, y_rev]


__all__ = ["Wrapper", "TimeDistributed", "Bidirectional"]
