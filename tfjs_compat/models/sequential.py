"""Sequential: a linear stack of layers (``tf.sequential``).

As in TF.js, ``add`` links each layer to the previous output at once, and the model that
runs the graph (``<name>_model``) is made lazily by ``build`` (on predict, compile, fit,
evaluate, summary, or when the Sequential is itself used as a layer). Until then
``inputNames``/``outputNames`` are empty.
"""
import sys

from .. import _options
from ..errors import TFJSTypeError, TFJSValueError
from ..layers.base import Layer, auto_name
from .graph import Node, input as sym_input
from .layers_model import LayersModel, _shape_json
from .topology import sequential_config

_FIRST_LAYER = ("The first layer in a Sequential model must get an `inputShape` or "
                "`batchInputShape` argument.")
_SINGLE_OUT = ("All layers in a Sequential model should have a single output tensor. For "
               "multi-output layers, use the functional API.")


class Sequential(LayersModel):
    """TF.js ``tf.Sequential``: layers applied one after the other."""

    className = "Sequential"

    def __init__(self, layers=None, name=None):
        Layer.__init__(self, name=name if name is not None else auto_name("sequential_"))
        self._set_layers([])
        self.inputs, self.outputs = [], []
        self._reset_built()
        self._ref_count = 1
        for layer in layers or []:
            self.add(layer)

    def _reset_built(self):
        self.built = False
        object.__setattr__(self, "_model", None)   # not a submodule: no duplicate weights
        self.inputNames, self.outputNames = [], []
        self.inputLayers, self.outputLayers = [], []

    def add(self, layer):
        """Append a layer (links it at once). TF.js: ``model.add(layer)``."""
        if not isinstance(layer, Layer):
            raise TFJSTypeError("Cannot read properties of undefined (reading 'length')")
        is_model = isinstance(layer, LayersModel)
        if is_model and len(layer.outputs) != 1:
            raise TFJSValueError(_SINGLE_OUT)
        if is_model and len(layer.inputs) != 1:
            raise TFJSValueError("All layers in a Sequential model should have a single "
                                 "input tensor. For multi-input layers, use the functional "
                                 "API.")
        if not self.outputs:
            self._add_first(layer, is_model)
        else:
            out = layer.apply(self.outputs[0])
            if isinstance(out, list):
                raise TFJSTypeError(_SINGLE_OUT)
            self._check_shape(layer)
            self.outputs = [out]
            node = self._inbound_nodes[0]
            node.output_tensors, node.output_shapes = self.outputs, [list(out.shape)]
        self._set_layers(self._layers + [layer])
        self._reset_built()

    def _add_first(self, layer, is_model):
        if not layer._inbound_nodes:
            if layer.batch_input_shape is None:
                raise TFJSValueError(_FIRST_LAYER)
            layer.apply(sym_input(batchShape=layer.batch_input_shape, dtype=layer.dtype,
                                  name=f"{layer.name}_input"))
        if is_model:
            self.outputs, self.inputs = list(layer.outputs), list(layer.inputs)
        else:
            if len(layer._inbound_nodes) != 1:
                raise TFJSValueError(
                    "A layer added to a Sequential model must not already be connected "
                    f"somewhere else. LayersModel received layer {layer.name} which has "
                    f"{len(layer._inbound_nodes)} pre-existing inbound connections.")
            outs = layer._inbound_nodes[0].output_tensors
            if len(outs) != 1:
                raise TFJSValueError(_SINGLE_OUT)
            self.outputs = [outs[0]]
            self.inputs = _source_inputs(outs[0])
        self._inbound_nodes = []
        Node(self, [], [], [], self.inputs, self.outputs,
             [list(x.shape) for x in self.inputs], [list(self.outputs[0].shape)], {})

    def _check_shape(self, layer):
        """TF.js only warns when a later layer's own inputShape disagrees."""
        if layer.batch_input_shape is None or not layer._inbound_nodes:
            return
        got = layer._inbound_nodes[-1].input_shapes[0]
        if list(got) != list(layer.batch_input_shape):
            sys.stderr.write(f"The shape of the input tensor ({_shape_json(got)}) does not "
                             f"match the expectation of layer {layer.name}: "
                             f"{_shape_json(layer.batch_input_shape)}\n")

    def pop(self):
        """Remove the last layer. TF.js: ``model.pop()``."""
        if not self._layers:
            raise TFJSTypeError("There are no layers in the model.")
        self._set_layers(self._layers[:-1])
        if not self._layers:
            self.outputs, self._inbound_nodes, self._outbound_nodes = [], [], []
        else:
            last = self._layers[-1]
            last._outbound_nodes = []
            self.outputs = [last.output]
            node = self._inbound_nodes[0]
            node.output_tensors = self.outputs
            node.output_shapes = [list(self.outputs[0].shape)]
        self._reset_built()

    # --- the lazily built graph model ---------------------------------------------------
    def build(self, inputShape=None):  # noqa: N803 - TF.js hook
        """Make the graph model that runs the layers. TF.js: ``build``."""
        if not self.inputs or not self.outputs:
            raise TFJSTypeError("Sequential model cannot be built: model is empty. Add "
                                "some layers first.")
        inner = LayersModel(self.inputs, self.outputs[0], f"{self.name}_model")
        inner.trainable = self.trainable
        object.__setattr__(self, "_model", inner)
        self.nodesByDepth, self._nodes = inner.nodesByDepth, inner._nodes
        self.inputLayers, self.outputLayers = inner.inputLayers, inner.outputLayers
        self.inputNames, self.outputNames = inner.inputNames, inner.outputNames
        self.built = True

    def _ensure_built(self):
        if self._model is None:
            self.build()
        return self._model

    def _run_graph_with_masks(self, inputs, training=False, masks=None):
        return self._ensure_built()._run_graph_with_masks(inputs, training, masks)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803 - TF.js hook
        return self._ensure_built().computeOutputShape(inputShape)

    # --- facades that build first ---------------------------------------------------------
    def predict(self, x, args=None, /, **kwargs):
        """Run inference in batches. TF.js: ``model.predict(x, {batchSize, verbose})``."""
        self._ensure_built()
        return super().predict(x, args, **kwargs)

    def compile(self, args=None, /, **kwargs):
        """Configure training. TF.js: ``model.compile({optimizer, loss, metrics})``."""
        self._ensure_built()
        return super().compile(args, **kwargs)

    def evaluate(self, x, y, args=None, /, **kwargs):
        """Loss and metrics. TF.js: ``model.evaluate(x, y, {batchSize})``."""
        self._ensure_built()
        return super().evaluate(x, y, args, **kwargs)

    def fit(self, x, y, args=None, /, **kwargs):
        """Train. TF.js: ``model.fit(x, y, {batchSize, epochs, ...})``."""
        self._ensure_built()
        return super().fit(x, y, args, **kwargs)

    def trainOnBatch(self, x, y):  # noqa: N802 - TF.js name
        """One update on one batch. TF.js: ``model.trainOnBatch(x, y)``."""
        self._ensure_built()
        return super().trainOnBatch(x, y)

    def summary(self, lineLength=None, positions=None, printFn=None):  # noqa: N803
        """Print the layer table. TF.js: ``model.summary(lineLength?, positions?, printFn?)``."""
        self._ensure_built()
        return super().summary(lineLength, positions, printFn)

    def countParams(self):  # noqa: N802 - TF.js name
        """Number of weight values (builds first). TF.js: ``countParams()``."""
        self._ensure_built()
        return super().countParams()

    def setWeights(self, weights):  # noqa: N802 - TF.js name
        """Assign weight values in ``weights`` order. TF.js: ``setWeights``."""
        self._ensure_built().setWeights(weights)

    def get_config(self):
        return sequential_config(self)


def _source_inputs(tensor):
    """The model inputs a SymbolicTensor depends on (TF.js ``getSourceInputs``)."""
    layer = tensor.sourceLayer
    node = layer._inbound_nodes[tensor.node_index]
    if not node.inbound_layers:
        return [tensor]
    out = []
    for t in node.input_tensors:
        for x in _source_inputs(t):
            if all(x is not y for y in out):
                out.append(x)
    return out


def sequential(config=None, /, **kwargs):
    """A Sequential model. TF.js: ``tf.sequential({layers?, name?})``.

    Example:
        >>> model = tf.sequential()
        >>> model.add(tf.layers.dense({'units': 1, 'inputShape': [1]}))
    """
    opts = _options.parse(config, kwargs, {"layers": None, "name": None}, "tf.sequential")
    return Sequential(opts["layers"], opts["name"])

