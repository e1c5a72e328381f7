"""Layer: the base of every tf.layers.* layer, a real ``torch.nn.Module``.

A layer is built on first use (or from ``inputShape``/``batchInputShape``), owns its
weights as ``torch.nn.Parameter``s described by :class:`LayerVariable`s, and can be
applied to concrete Tensors (runs eagerly) or to SymbolicTensors (records a graph
node). ``forward`` works on raw torch tensors, so a layer can also be called as a
plain PyTorch module.

Built-in layers set ``_torch_call = True``: their ``call(inputs, **kwargs)`` receives and
returns torch tensors. A user subclass (TF.js style) overrides ``call(inputs, kwargs)``
and receives Tensors; the base converts both ways.
"""
import math
from collections import defaultdict

import torch

from .. import _options, dtypes
from ..errors import TFJSValueError, js_list
from ..tensor import Tensor

_NAME_COUNTERS = defaultdict(int)
_WEIGHT_NAMES = defaultdict(int)
_LAYER_CLASSES = {}   # className -> class, for deserialization


def auto_name(prefix):
    """TF.js's per-prefix global counters: ``dense_Dense`` -> ``dense_Dense1``."""
    _NAME_COUNTERS[prefix] += 1
    return f"{prefix}{_NAME_COUNTERS[prefix]}"


def unique_weight_name(name):
    """A weight name not yet used in this process (TF.js appends ``_1``, ``_2``...)."""
    count = _WEIGHT_NAMES[name]
    _WEIGHT_NAMES[name] += 1
    return name if count == 0 else f"{name}_{count}"


def register_class(cls):
    """Record a Layer class under its ``className`` (``tf.serialization.registerClass``)."""
    _LAYER_CLASSES[cls.className] = cls
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


class LayerVariable:
    """TF.js ``LayerVariable``: a named, possibly trainable weight of a layer.

    Wraps the layer's ``torch.nn.Parameter``; ``read()`` returns its current value.
    """

    def __init__(self, param, name, trainable=True, constraint=None):
        self.param = param
        self.originalName = name
        self.name = unique_weight_name(name)
        self._trainable = trainable
        self.constraint = constraint
        self.dtype = dtypes.from_torch(param.dtype)

    @property
    def shape(self):
        """Weight shape as a list."""
        return list(self.param.shape)

    @property
    def trainable(self):
        """Whether optimizers update this weight."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        self.param.requires_grad_(self._trainable and self.param.is_floating_point())

    def read(self):
        """The current value as a new Tensor (a snapshot)."""
        return Tensor(self.param.detach().clone())

    def write(self, value):
        """Assign a new value of the same shape (TF.js ``LayerVariable.write``)."""
        data = value.torch() if isinstance(value, Tensor) else torch.as_tensor(value)
        if list(data.shape) != self.shape:
            raise TFJSValueError(f"Shape mismatch: {js_list(self.shape)} vs. "
                                 f"{js_list(data.shape)}")
        with torch.no_grad():
            self.param.copy_(data.to(self.param.dtype))
        return self

    def __repr__(self):
        return f"LayerVariable({self.name!r}, shape={self.shape})"


class InputSpec:
    """TF.js ``InputSpec``: what ranks/axes a layer accepts."""

    def __init__(self, ndim=None, min_ndim=None, max_ndim=None, axes=None, dtype=None,
                 shape=None):
        self.ndim, self.min_ndim, self.max_ndim = ndim, min_ndim, max_ndim
        self.axes, self.dtype, self.shape = axes or {}, dtype, shape


def _shape_of(x):
    return list(x.shape)


class Layer(torch.nn.Module):
    """TF.js ``tf.layers.Layer``: base class of layers; subclass it for custom layers.

    Differences from TF.js:
        ``getWeights()`` returns snapshots, not the live variables.
        ``apply(fn)`` with a plain function (not a tensor) is ``nn.Module.apply``.
    """

    className = "Layer"
    _torch_call = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "className" not in cls.__dict__:
            cls.className = cls.__name__
        register_class(cls)

    def __init__(self, name=None, trainable=True, input_shape=None, batch_input_shape=None,
                 batch_size=None, dtype=None, weights=None, input_dtype=None, **kwargs):
        super().__init__()
        if isinstance(name, dict):  # TF.js style: super(config)
            kwargs, name = {**name, **kwargs}, None
        if kwargs:
            # TF.js style: subclasses call super(config) with the whole options object.
            config = _options.merge(kwargs, {}, _BASE_KEYS, self.className)
            name = config.get("name", name)
            trainable = config.get("trainable", trainable)
            input_shape = config.get("input_shape", input_shape)
            batch_input_shape = config.get("batch_input_shape", batch_input_shape)
            batch_size = config.get("batch_size", batch_size)
            dtype = config.get("dtype", dtype)
        prefix = _options.to_snake_case(self.className) + "_" + self.className
        self.name = name if name is not None else auto_name(prefix)
        self._trainable = trainable
        self.built = False
        self.input_spec = None
        self.supports_masking = False
        self._weights = []
        self._inbound_nodes = []
        self._outbound_nodes = []
        self._initial_weights = weights
        self._losses = []
        self.dtype = dtype or input_dtype or "float32"
        self._dtype_given = (dtype or input_dtype) is not None
        self.batch_input_shape = None
        if batch_input_shape is not None:
            self.batch_input_shape = list(batch_input_shape)
        elif input_shape is not None:
            if isinstance(input_shape, int):
                input_shape = [input_shape]
            self.batch_input_shape = [batch_size] + list(input_shape)
        if batch_size is not None and (not isinstance(batch_size, int) or batch_size <= 0):
            raise TFJSValueError(
                f"batchSize is required to be a positive integer, but got {batch_size}")

    # --- weights ------------------------------------------------------------------
    def add_weight(self, name, shape, dtype="float32", initializer=None, regularizer=None,
                   trainable=True, constraint=None):
        """Create a weight (TF.js ``addWeight``) as a registered ``nn.Parameter``."""
        from .. import initializers
        init = initializers.get(initializer or "glorotUniform")
        value = init.apply_torch(list(shape), dtype)
        param = torch.nn.Parameter(value, requires_grad=trainable and dtypes.is_float(dtype))
        self.register_parameter(name.replace("/", "__"), param)
        var = LayerVariable(param, f"{self.name}/{name}", trainable, constraint)
        if regularizer is not None:
            self._losses.append((regularizer, param))
        self._weights.append(var)
        return var

    addWeight = add_weight  # noqa: N815 - TF.js name for subclasses

    @property
    def trainable(self):
        """Whether the layer's weights are updated by training (TF.js ``trainable``)."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        for w in self._own_weights():
            w.param.requires_grad_(self._trainable and w.trainable
                                   and w.param.is_floating_point())

    def _own_weights(self):
        return list(self._weights)

    @property
    def weights(self):
        """All weights: trainable first, then non-trainable (TF.js order)."""
        return self.trainableWeights + self.nonTrainableWeights

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """Weights that training updates."""
        return [w for w in self._own_weights() if w.trainable] if self._trainable else []

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """Weights that training does not update."""
        if not self._trainable:
            return self._own_weights()
        return [w for w in self._own_weights() if not w.trainable]

    def getWeights(self, trainableOnly=False):  # noqa: N802,N803 - TF.js name
        """Current weight values as Tensors. TF.js: ``layer.getWeights()``."""
        ws = self.trainableWeights if trainableOnly else self.weights
        return [w.read() for w in ws]

    def setWeights(self, weights):  # noqa: N802 - TF.js name
        """Assign weight values, in ``weights`` order. TF.js: ``layer.setWeights()``."""
        mine = self.weights
        if len(weights) != len(mine):
            raise TFJSValueError(
                f'You called setWeights(weights) on layer "{self.name}" with a weight list '
                f"of length {len(weights)}, but the layer was expecting {len(mine)} weights. "
                f"Provided weights: {str(weights)[:50]}...")
        for var, value in zip(mine, weights):
            data = value.torch() if isinstance(value, Tensor) else torch.as_tensor(value)
            if list(data.shape) != var.shape:
                raise TFJSValueError(f"Layer weight shape {js_list(var.shape)} not compatible"
                                     f" with provided weight shape {js_list(data.shape)}")
        for var, value in zip(mine, weights):
            var.write(value)

    def countParams(self):  # noqa: N802 - TF.js name
        """Number of weight values. TF.js: ``layer.countParams()``."""
        if not self.built:
            raise TFJSValueError(
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
            self.build(input_shapes)
            self.built = True
            if self._initial_weights is not None:
                self.setWeights(self._initial_weights)
                self._initial_weights = None

    def assert_input_compatible(self, shapes):
        """TF.js ``assertInputCompatibility``: rank and axis checks with TF.js's text."""
        spec = self.input_spec
        if spec is None:
            return
        for i, shape in enumerate(shapes if _is_list_of_shapes(shapes) else [shapes]):
            ndim = len(shape)
            if spec.ndim is not None and ndim != spec.ndim:
                raise TFJSValueError(f"Input {i} is incompatible with layer {self.name}: "
                                     f"expected ndim={spec.ndim}, found ndim={ndim}")
            if spec.min_ndim is not None and ndim < spec.min_ndim:
                raise TFJSValueError(f"Input {i} is incompatible with layer {self.name}: "
                                     f"expected min_ndim={spec.min_ndim}, found ndim={ndim}.")
            if spec.max_ndim is not None and ndim > spec.max_ndim:
                raise TFJSValueError(f"Input {i} is incompatible with layer {self.name}: "
                                     f"expected max_ndim={spec.max_ndim}, found ndim={ndim}")
            for axis, value in spec.axes.items():
                got = shape[axis] if -ndim <= axis < ndim else None
                if value is not None and got not in (value, None):
                    raise TFJSValueError(
                        f"Input {i} is incompatible with layer {self.name}: expected axis "
                        f"{axis} of input shape to have value {value} but got shape "
                        f"{js_list(shape)}.")

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
            kwargs["mask"] = mask
        out = self.call(wrap(inputs), kwargs)
        return _unwrap(out)

    def apply(self, inputs, kwargs=None):
        """Call the layer on Tensors (eager) or SymbolicTensors (graph building).

        TF.js: ``layer.apply(inputs, kwargs?)``.
        """
        from ..models.graph import SymbolicTensor, apply_symbolic
        if callable(inputs) and not isinstance(inputs, (Tensor, SymbolicTensor, list, tuple)):
            return torch.nn.Module.apply(self, inputs)
        kwargs = dict(kwargs or {})
        flat = inputs if isinstance(inputs, (list, tuple)) else [inputs]
        if any(isinstance(x, SymbolicTensor) for x in flat):
            return apply_symbolic(self, inputs, kwargs)
        return self._apply_eager(inputs, kwargs)

    def _apply_eager(self, inputs, kwargs):
        from ..ops._op import to_torch, wrap
        is_list = isinstance(inputs, (list, tuple))
        data = [to_torch(x, "x", self.name) for x in (inputs if is_list else [inputs])]
        shapes = [_shape_of(d) for d in data]
        self.assert_input_compatible(shapes if is_list else shapes[0])
        self._maybe_build(shapes if is_list else shapes[0])
        training = bool(kwargs.get("training", False))
        mask = kwargs.get("mask")
        out = self.forward(data if is_list else data[0], training=training, mask=mask)
        return wrap(out)

    def computeMask(self, inputs, mask=None):  # noqa: N802 - TF.js hook
        """Output mask for the given inputs and input mask (TF.js hook)."""
        return None

    # --- shapes of graph nodes -------------------------------------------------------
    def _node_attr(self, attr):
        if not self._inbound_nodes:
            raise TFJSValueError(f"The layer {self.name} has never been called and thus has "
                                 f"no defined {attr}.")
        values = {repr(getattr(n, attr)) for n in self._inbound_nodes}
        if len(values) > 1:
            raise TFJSValueError(f'The layer "{self.name}" has multiple inbound nodes, with '
                                 f"different {attr}s. Hence the notion of \"{attr}\" is "
                                 f"ill-defined for the layer.")
        return getattr(self._inbound_nodes[0], attr)

    @property
    def outputShape(self):  # noqa: N802 - TF.js name
        """Output shape of the layer's (single) graph node."""
        shapes = self._node_attr("output_shapes")
        return shapes[0] if len(shapes) == 1 else shapes

    @property
    def inputShape(self):  # noqa: N802 - TF.js name
        """Input shape of the layer's (single) graph node."""
        shapes = self._node_attr("input_shapes")
        return shapes[0] if len(shapes) == 1 else shapes

    @property
    def input(self):
        """The input SymbolicTensor(s) of the layer's first node."""
        ts = self._node_attr("input_tensors")
        return ts[0] if len(ts) == 1 else ts

    @property
    def output(self):
        """The output SymbolicTensor(s) of the layer's first node."""
        ts = self._node_attr("output_tensors")
        return ts[0] if len(ts) == 1 else ts

    # --- config -------------------------------------------------------------------------
    def get_config(self):
        """snake_case config (the model.json form)."""
        config = {"name": self.name, "trainable": self._trainable}
        if self.batch_input_shape is not None:
            config["batch_input_shape"] = self.batch_input_shape
        if self.batch_input_shape is not None or self._dtype_given:
            config["dtype"] = self.dtype
        return config

    def getConfig(self):  # noqa: N802 - TF.js name
        """The layer's configuration with camelCase keys. TF.js: ``layer.getConfig()``."""
        return _options.config_to_camel(self.get_config())

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``: the registered class name."""
        return self.className

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Build a layer from a (camelCase or snake_case) config."""
        return cls(**_options.config_to_snake(config))

    def dispose(self):
        """Release weights (TF.js ``dispose``); returns TF.js's DisposeResult."""
        n = len(self._weights)
        return {"refCountAfterDispose": 0, "numDisposedVariables": n}

    def extra_repr(self):
        return f"name={self.name!r}"


_BASE_KEYS = ("name", "trainable", "input_shape", "batch_input_shape", "batch_size", "dtype",
              "weights", "input_dtype")


def _is_list_of_shapes(x):
    return isinstance(x, (list, tuple)) and len(x) > 0 and isinstance(x[0], (list, tuple))


def _unwrap(out):
    if isinstance(out, Tensor):
        return out.torch()
    if isinstance(out, (list, tuple)):
        return [_unwrap(o) for o in out]
    return out


BASE_KEYS = _BASE_KEYS
