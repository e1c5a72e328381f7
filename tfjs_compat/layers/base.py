"""Layer: the base of every tf.layers.* layer, a real ``torch.nn.Module``.

A layer is built on first use (or from ``inputShape``/``batchInputShape``), owns its
weights as ``torch.nn.Parameter``s described by :class:`LayerVariable`s, and can be
applied to concrete Tensors (runs eagerly) or to SymbolicTensors (records a graph
node). ``forward`` works on raw torch tensors, so a layer can also be called as a
plain PyTorch module.

Built-in layers set ``_torch_call = True``: their ``call(inputs, training, mask)``
receives and returns torch tensors. A user subclass (TF.js style) overrides
``call(inputs, kwargs)`` and receives Tensors; the base converts both ways.

Masks (hook for embedding/masking/RNN layers), as TF.js's executor does it: a graph run
passes each layer the mask of its first input as ``forward(x, mask=...)`` (torch bool,
[batch, steps]) and, only when ``supports_masking`` is true, asks
``compute_mask_torch(inputs, mask)`` for the mask of its outputs (otherwise the mask
stops there). The default returns the input mask unchanged. A layer that makes a mask
(Masking, Embedding with ``maskZero``) overrides ``compute_mask_torch``; a layer that
consumes one (RNNs) reads ``mask`` in ``call`` and returns what TF.js's ``computeMask``
returns (``None`` unless ``returnSequences``).
"""
import contextlib
import math

import torch

from .. import _options, _serialization, dtypes
from ..errors import TFJSError, TFJSRuntimeError, TFJSTypeError, TFJSValueError, js_list
from ..tensor import Tensor
from .input_spec import InputSpec, check_inputs
from .variables import LayerVariable, auto_name, to_torch_value, unique_weight_name

__all__ = ["Layer", "LayerVariable", "InputSpec", "auto_name", "unique_weight_name",
           "register_class", "get_class", "BASE_KEYS"]

_LAYER_CLASSES = {}   # className -> class, for deserialization
_NAME_SCOPE = []      # TF.js nameScope stack: layers being built by apply()


@contextlib.contextmanager
def name_scope(name):
    """Weights created inside are named ``<scope>/<name>`` (TF.js ``nameScope``)."""
    _NAME_SCOPE.append(name)
    try:
        yield
    finally:
        _NAME_SCOPE.pop()


def scoped_name(name):
    """``name`` under the current name scopes (unscoped when ``build`` is called directly,
    as in TF.js: ``layer.build(shape)`` makes a weight named ``kernel``)."""
    return "/".join(_NAME_SCOPE + [name])


def register_class(cls):
    """Record a class under its ``className``. TF.js: ``tf.serialization.registerClass``."""
    name = getattr(cls, "className", None)
    if not isinstance(name, str) or not name:
        raise TFJSError("Class being registered does not have the static className "
                        "property defined.")
    _LAYER_CLASSES[name] = cls
    return cls


def get_class(class_name):
    """The Layer class registered as ``class_name``."""
    try:
        return _LAYER_CLASSES[class_name]
    except KeyError:
        raise TFJSValueError(f"Unknown layer: {class_name}. This may be due to one of the "
                             "following reasons:\n1. The layer is defined in Python, in "
                             "which case it needs to be ported to TensorFlow.js or your "
                             "JavaScript code.\n2. The custom layer is defined in "
                             "JavaScript, but is not registered properly with "
                             "tf.serialization.registerClass().") from None


# TF.js instance fields that user code reads or sets -> our attribute names.
_FIELDS = {"supportsMasking": "supports_masking", "inboundNodes": "_inbound_nodes",
           "outboundNodes": "_outbound_nodes", "inputSpec": "input_spec"}

BASE_KEYS = ("name", "trainable", "input_shape", "batch_input_shape", "batch_size", "dtype",
             "weights", "input_d_type")


class Layer(torch.nn.Module):
    """TF.js ``tf.layers.Layer``: base class of layers; subclass it for custom layers.

    A subclass may define ``className`` (default: the Python class name), ``build``,
    ``call(inputs, kwargs)``, ``computeOutputShape``, ``computeMask`` and ``getConfig``
    as in TF.js. Its constructor may pass the TF.js options object: ``super().__init__(
    config)``.

    Differences from TF.js:
        ``getWeights()`` returns snapshots, not the live variables.
        ``apply(fn)`` with a plain function (not a tensor) is ``nn.Module.apply``.
        A subclass is registered for deserialization as soon as it is defined, and
        ``className`` defaults to the class name (TF.js requires a static property).
        ``outputShape``/``input``/``output`` on an unconnected layer raise an Error with
        TF.js's text but not an ``AttributeError`` (that would hide it in nn.Module).
        ``layer.inputShape`` (undefined in TF.js) does not exist.
    """

    className = "Layer"
    _torch_call = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "className" not in cls.__dict__:
            cls.className = cls.__name__
        register_class(cls)

    def __init__(self, name=None, trainable=True, input_shape=None, batch_input_shape=None,
                 batch_size=None, dtype=None, weights=None, input_d_type=None, **kwargs):
        super().__init__()
        if isinstance(name, dict):  # TF.js style: super(config)
            kwargs, name = {**name, **kwargs}, None
        if kwargs:
            config = _options.merge(kwargs, {}, BASE_KEYS, self.className)
            name = config.get("name", name)
            trainable = config.get("trainable", trainable)
            input_shape = config.get("input_shape", input_shape)
            batch_input_shape = config.get("batch_input_shape", batch_input_shape)
            batch_size = config.get("batch_size", batch_size)
            dtype = config.get("dtype", dtype)
            weights = config.get("weights", weights)
            input_d_type = config.get("input_d_type", input_d_type)
        prefix = _options.to_snake_case(self.className) + "_" + self.className
        self.name = name if name is not None else auto_name(prefix)
        self._trainable = True if trainable is None else bool(trainable)
        self.built = False
        self.input_spec = None
        self.supports_masking = False
        self._trainable_weights, self._non_trainable_weights = [], []
        self._inbound_nodes, self._outbound_nodes = [], []
        self._initial_weights = weights
        self._losses = []
        self._ref_count = None
        self._disposed = False
        self._set_input_shape(input_shape, batch_input_shape, batch_size,
                              dtype or input_d_type)

    def _set_input_shape(self, input_shape, batch_input_shape, batch_size, dtype):
        """TF.js rules (tfjs-facts.md 3.3): batchInputShape wins over inputShape."""
        self.batch_input_shape = None
        self.dtype = None
        if batch_input_shape is not None:
            self.batch_input_shape = list(batch_input_shape)
        elif input_shape is not None:
            if isinstance(input_shape, int):
                input_shape = [input_shape]
            self.batch_input_shape = [batch_size] + list(input_shape)
        if self.batch_input_shape is not None:
            self.dtype = dtype or "float32"

    def __setattr__(self, name, value):
        # TF.js custom layers keep ``this.kernel = this.addWeight('kernel', ...)``;
        # the Parameter is registered as ``kernel`` too, so store the variable plainly.
        if name in _FIELDS:   # TF.js field spellings set by custom layers
            name = _FIELDS[name]
        if isinstance(value, LayerVariable):
            object.__setattr__(self, name, value)
        else:
            super().__setattr__(name, value)

    def __getattr__(self, name):
        if name in _FIELDS:
            return getattr(self, _FIELDS[name])
        return super().__getattr__(name)

    # --- weights ------------------------------------------------------------------
    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None,
                   trainable=True, constraint=None):
        """Create a weight as a registered ``nn.Parameter``. TF.js: ``addWeight``."""
        from ..initializers import get as get_initializer  # module, not tf.initializers
        dtype = dtype or "float32"
        init = get_initializer(initializer or "glorotUniform")
        value = init.apply_torch(list(shape), dtype)
        param = torch.nn.Parameter(value.to(dtypes.to_torch(dtype)), requires_grad=False)
        self.register_parameter(name.replace("/", "__").replace(".", "_"), param)
        trainable = True if trainable is None else bool(trainable)
        var = LayerVariable(param, scoped_name(name), trainable, constraint)
        var.layer = self
        var.sync_requires_grad()
        if regularizer is not None:
            self._losses.append((regularizer, param))
        (self._trainable_weights if trainable else self._non_trainable_weights).append(var)
        return var

    addWeight = add_weight  # noqa: N815 - TF.js name for subclasses

    @property
    def trainable(self):
        """Whether training updates the layer's weights (TF.js ``trainable``)."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        self._trainable_changed()

    def _trainable_changed(self):
        """After ``trainable`` is set. TF.js: it also flips every trainable-group weight."""
        for w in self._trainable_weights:
            w.trainable = self._trainable
        for w in self._non_trainable_weights:
            w.sync_requires_grad()

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """Weights that training updates."""
        if not self._trainable:
            return []
        return [w for w in self._trainable_weights if w.trainable]

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """Weights that training does not update."""
        if not self._trainable:
            return self._trainable_weights + self._non_trainable_weights
        return [w for w in self._trainable_weights if not w.trainable] + \
            self._non_trainable_weights

    @property
    def weights(self):
        """All weights: trainable first, then non-trainable (TF.js order)."""
        return self.trainableWeights + self.nonTrainableWeights

    def getWeights(self, trainableOnly=False):  # noqa: N802,N803 - TF.js name
        """Current weight values as Tensors. TF.js: ``layer.getWeights()``."""
        ws = self.trainableWeights if trainableOnly else self.weights
        return [Tensor(w.param.detach().clone()) for w in ws]

    def setWeights(self, weights):  # noqa: N802 - TF.js name
        """Assign weight values, in ``weights`` order. TF.js: ``layer.setWeights()``."""
        mine = self.weights
        if len(weights) != len(mine):
            shown = ",".join(w.toString() if isinstance(w, Tensor) else str(w)
                             for w in weights)   # NOTE: TF.js does not shorten it
            raise TFJSValueError(
                f'You called setWeights(weights) on layer "{self.name}" with a weight list '
                f"of length {len(weights)}, but the layer was expecting {len(mine)} weights. "
                f"Provided weights: {shown}...")
        data = [to_torch_value(v) for v in weights]
        for var, value in zip(mine, data):
            if list(value.shape) != var.shape:
                raise TFJSValueError(f"Layer weight shape {js_list(var.shape)} not compatible"
                                     f" with provided weight shape {js_list(value.shape)}")
        for var, value in zip(mine, data):
            var.write(value)

    def countParams(self):  # noqa: N802 - TF.js name
        """Number of weight values. TF.js: ``layer.countParams()``."""
        if not self.built:
            raise TFJSRuntimeError(
                f"You tried to call countParams() on {self.name}, but the layer is not built "
                f"yet. Build it first by calling build(batchInputShape).")
        return sum(math.prod(w.shape) for w in self.weights)

    @property
    def losses(self):
        """Regularization penalties as Tensors (TF.js ``layer.losses``)."""
        return [Tensor(reg.apply_torch(p)) for reg, p in self._losses]

    # --- building and shapes --------------------------------------------------------
    def build(self, inputShape):  # noqa: N803 - TF.js hook
        """Create weights for inputs of ``inputShape`` (batch dim included)."""
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803 - TF.js hook
        """Output shape for an input shape (batch dim included). Default: unchanged."""
        return inputShape

    def _maybe_build(self, input_shapes):
        if not self.built:
            with name_scope(self.name):
                self.build(input_shapes)
            self.built = True
            if self._initial_weights is not None:
                self.setWeights(self._initial_weights)
                self._initial_weights = None

    def assert_input_compatible(self, shapes, inputs=None):
        """TF.js ``assertInputCompatibility``: count, rank and axis checks."""
        shape_list = shapes if _is_list_of_shapes(shapes) else [shapes]
        check_inputs(self, inputs if inputs is not None else shape_list, shape_list)

    def _assert_not_disposed(self):
        if self._disposed:
            raise TFJSError(f"Layer '{self.name}' is already disposed.")

    # --- calling --------------------------------------------------------------------
    def call(self, inputs, kwargs=None):
        """The layer's computation (TF.js hook). Default: identity."""
        return inputs

    def forward(self, inputs, training=False, mask=None):
        """Run on raw torch tensors (the nn.Module entry point)."""
        if self._torch_call:
            return self.call(inputs, training=training, mask=mask)
        from ..ops._op import wrap
        kwargs = {"training": training}
        if mask is not None:
            kwargs["mask"] = wrap(mask)
        return _unwrap(self.call(wrap(inputs), kwargs))

    def apply(self, inputs, kwargs=None):
        """Call the layer on Tensors (eager) or SymbolicTensors (graph building).

        TF.js: ``layer.apply(inputs, kwargs?)``.
        """
        from ..models.graph import SymbolicTensor, apply_symbolic
        if callable(inputs) and not isinstance(inputs, (Tensor, SymbolicTensor, list, tuple)):
            return torch.nn.Module.apply(self, inputs)
        self._assert_not_disposed()
        kwargs = dict(kwargs or {})
        flat = inputs if isinstance(inputs, (list, tuple)) else [inputs]
        if any(isinstance(x, SymbolicTensor) for x in flat):
            self._ref_count = 1 if self._ref_count is None else self._ref_count + 1
            return apply_symbolic(self, inputs, kwargs)
        if self._ref_count is None:
            self._ref_count = 1
        return self._apply_eager(inputs, kwargs)

    def _apply_eager(self, inputs, kwargs):
        from ..ops._op import to_torch, wrap
        is_list = isinstance(inputs, (list, tuple))
        items = list(inputs) if is_list else [inputs]
        data = [to_torch(x, "x", self.name) for x in items]
        shapes = [list(d.shape) for d in data]
        check_inputs(self, items, shapes)
        self._maybe_build(shapes if is_list else shapes[0])
        training = bool(kwargs.get("training", False))
        mask = kwargs.get("mask")
        if mask is not None:
            mask = _unwrap(mask)
        out = self.forward(data if is_list else data[0], training=training, mask=mask)
        return wrap(out)

    def compute_mask_torch(self, inputs, mask=None):
        """Output mask (torch) for torch inputs and input mask; see the module docstring."""
        if type(self).computeMask is not Layer.computeMask:   # a TF.js-style override
            from ..ops._op import wrap
            return _unwrap(self.computeMask(wrap(inputs), None if mask is None
                                            else wrap(mask)))
        if not self.supports_masking:
            if any(m is not None for m in (mask if isinstance(mask, list) else [mask])):
                raise TFJSTypeError(f"Layer {self.name} does not support masking, but was "
                                    "passed an inputMask.")
            return None
        return mask

    def computeMask(self, inputs, mask=None):  # noqa: N802 - TF.js hook
        """Output mask for the given inputs and input mask (TF.js hook)."""
        from ..ops._op import wrap
        out = self.compute_mask_torch(_unwrap(inputs), None if mask is None else _unwrap(mask))
        return None if out is None else wrap(out)

    # --- shapes of graph nodes -------------------------------------------------------
    def _single_node_attr(self, attr, what):
        if not self._inbound_nodes:
            raise TFJSRuntimeError(f"Layer {self.name} is not connected, no input to return."
                                   if attr == "input_tensors" else
                                   f"Layer {self.name} is not connected, no output to return.")
        if len(self._inbound_nodes) > 1:
            raise TFJSRuntimeError(
                f'Layer {self.name} has multiple inbound nodes, hence the notion of "{what}" '
                f"is ill-defined. Use `get{'Input' if 'input' in attr else 'Output'}"
                f"At(nodeIndex)` instead.")
        ts = getattr(self._inbound_nodes[0], attr)
        return ts[0] if len(ts) == 1 else ts

    @property
    def outputShape(self):  # noqa: N802 - TF.js name
        """Output shape of the layer's graph nodes (all must agree)."""
        if not self._inbound_nodes:
            raise TFJSRuntimeError(f"The layer {self.name} has never been called and thus "
                                   "has no defined output shape.")
        shapes = [n.output_shapes for n in self._inbound_nodes]
        if any(s != shapes[0] for s in shapes):
            raise TFJSRuntimeError(
                f"The layer {self.name} has multiple inbound nodes with different output "
                'shapes. Hence the notion of "output shape" is ill-defined for the layer.')
        return shapes[0][0] if len(shapes[0]) == 1 else shapes[0]

    @property
    def input(self):
        """The input SymbolicTensor(s) of the layer's only graph node."""
        return self._single_node_attr("input_tensors", "layer input")

    @property
    def output(self):
        """The output SymbolicTensor(s) of the layer's only graph node."""
        return self._single_node_attr("output_tensors", "layer output")

    # --- config -------------------------------------------------------------------------
    def get_config(self):
        """snake_case config (the model.json form)."""
        config = {"name": self.name, "trainable": self._trainable}
        if self.batch_input_shape is not None:
            config["batch_input_shape"] = self.batch_input_shape
        if self.dtype is not None:
            config["dtype"] = self.dtype
        return config

    def getConfig(self):  # noqa: N802 - TF.js name
        """The layer's configuration with camelCase keys. TF.js: ``layer.getConfig()``."""
        return _options.config_to_camel(_serialization.defined(self.get_config()))

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``: the registered class name."""
        return self.className

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Build a layer from a (camelCase or snake_case) config."""
        return cls(**_options.config_to_snake(config))

    def dispose(self):
        """Drop one reference; at zero, release the weights. TF.js: ``layer.dispose()``.

        Returns TF.js's DisposeResult ``{refCountAfterDispose, numDisposedVariables}``.
        """
        self._assert_not_disposed()
        if not self.built:
            raise TFJSError(f"Cannot dispose Layer {self.name} because it has not been "
                            "built yet.")
        if self._ref_count is None:
            raise TFJSError(f"Cannot dispose Layer {self.name} because it has not been "
                            "used yet.")
        self._ref_count -= 1
        n = 0
        if self._ref_count == 0:
            n = self._dispose_own()
        return {"refCountAfterDispose": self._ref_count, "numDisposedVariables": n}

    def _dispose_own(self):
        self._disposed = True
        return len(self._trainable_weights) + len(self._non_trainable_weights)

    def extra_repr(self):
        return f"name={self.name!r}"


def _is_list_of_shapes(x):
    return isinstance(x, (list, tuple)) and len(x) > 0 and isinstance(x[0], (list, tuple))


def _unwrap(out):
    if isinstance(out, Tensor):
        return out.torch()
    if isinstance(out, (list, tuple)):
        return [_unwrap(o) for o in out]
    return out
