"""LayersModel (``tf.model``): a graph of layers, itself a Layer and an ``nn.Module``.

Execution runs on raw torch tensors: nodes are visited in depth order and each layer's
``forward`` is called. Training (compile/fit/evaluate) is added by ``training.py``.
"""
import torch

from .. import _options
from ..errors import TFJSValueError, js_list
from ..layers.base import Layer, auto_name
from ..tensor import Tensor
from .graph import InputLayer, SymbolicTensor
from .training import TrainingMixin


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


class LayersModel(TrainingMixin, Layer):
    """TF.js ``tf.LayersModel``: a model built from symbolic inputs and outputs."""

    className = "Model"
    _torch_call = True

    def __init__(self, inputs, outputs, name=None):
        super().__init__(name=name if name is not None else auto_name("model"))
        self._init_graph(inputs, outputs)

    # --- graph ------------------------------------------------------------------------
    def _init_graph(self, inputs, outputs):
        self.inputs = _as_list(inputs)
        self.outputs = _as_list(outputs)
        for x in self.inputs + self.outputs:
            if not isinstance(x, SymbolicTensor):
                raise TFJSValueError("The inputs and outputs of a model must be "
                                     "SymbolicTensors (from tf.input or layer.apply).")
        nodes, layers = self._sorted_nodes()
        self._nodes = nodes
        self.layers = layers
        self._layer_modules = torch.nn.ModuleList(layers)
        self.inputLayers = [x.sourceLayer for x in self.inputs]
        self.outputLayers = [x.sourceLayer for x in self.outputs]
        self.inputNames = [layer.name for layer in self.inputLayers]
        self.outputNames = [layer.name for layer in self.outputLayers]
        self.built = True

    def _sorted_nodes(self):
        """Nodes in execution order (deepest first) and layers in TF.js's order."""
        depth, order, seen = {}, [], set()
        input_ids = {id(x) for x in self.inputs}

        def visit(tensor, d):
            layer = tensor.sourceLayer
            node = layer._inbound_nodes[tensor.node_index]
            depth[id(node)] = max(depth.get(id(node), 0), d)
            if id(tensor) in input_ids:
                if id(node) not in seen:
                    seen.add(id(node))
                    order.append(node)
                return
            if not node.input_tensors and not isinstance(layer, InputLayer):
                return
            for t in node.input_tensors:
                if isinstance(t.sourceLayer, InputLayer) and id(t) not in input_ids:
                    raise TFJSValueError(
                        f"Graph disconnected: cannot obtain value for tensor {t.name} at "
                        f'layer "{t.sourceLayer.name}". The following previous layers were '
                        "accessed without issue: ")
                visit(t, depth[id(node)] + 1)
            if id(node) not in seen:
                seen.add(id(node))
                order.append(node)

        for t in self.outputs:
            visit(t, 0)
        index = {id(n): i for i, n in enumerate(order)}
        nodes = sorted(order, key=lambda n: (-depth[id(n)], index[id(n)]))
        layers = []
        for n in nodes:
            if all(n.outbound_layer is not l for l in layers):
                layers.append(n.outbound_layer)
        return nodes, layers

    def _run_graph(self, inputs, training=False):
        """Run on a list of torch tensors; returns the list of output torch tensors."""
        values = {}
        for x, data in zip(self.inputs, inputs):
            values[id(x)] = data
        for node in self._nodes:
            layer = node.outbound_layer
            if isinstance(layer, InputLayer):
                continue
            ins = [values[id(t)] for t in node.input_tensors]
            out = layer.forward(ins if len(ins) > 1 or _is_multi(layer) else ins[0],
                                training=training)
            for t, o in zip(node.output_tensors, _as_list(out)):
                values[id(t)] = o
        return [values[id(t)] for t in self.outputs]

    def forward(self, inputs, training=False, mask=None):
        """Run the model on raw torch tensors (one tensor, or a list per input)."""
        outs = self._run_graph(_as_list(inputs), training)
        return outs[0] if len(outs) == 1 else outs

    def call(self, inputs, training=False, mask=None):
        return self.forward(inputs, training)

    def computeOutputShape(self, inputShape):  # noqa: N802,N803 - TF.js hook
        shapes = [list(t.shape) for t in self.outputs]
        return shapes[0] if len(shapes) == 1 else shapes

    def build(self, inputShape):  # noqa: N803 - TF.js hook
        self.built = True

    # --- weights: the layers' weights -------------------------------------------------
    def _own_weights(self):
        return [w for layer in self.layers for w in layer._own_weights()]

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """Trainable weights of every layer, in layer order."""
        if not self._trainable:
            return []
        return [w for layer in self.layers for w in layer.trainableWeights]

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """Non-trainable weights of every layer, in layer order."""
        if not self._trainable:
            return self._own_weights()
        return [w for layer in self.layers for w in layer.nonTrainableWeights]

    # --- lookup -------------------------------------------------------------------------
    def getLayer(self, name=None, index=None):  # noqa: N802 - TF.js name
        """A layer by name or index. TF.js: ``model.getLayer(name?, index?)``."""
        if index is not None:
            if index < 0 or index >= len(self.layers):
                raise TFJSValueError(
                    f"Was asked to retrieve layer at index {index}, but model only has "
                    f"{len(self.layers)} layer(s).")
            return self.layers[index]
        if name is None:
            raise TFJSValueError("Provide either a layer name or layer index")
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise TFJSValueError(f"No such layer: {name}")

    # --- inference ----------------------------------------------------------------------
    def _check_inputs(self, xs):
        if len(xs) != len(self.inputs):
            raise TFJSValueError(
                "Error when checking model : the Array of Tensors that you are passing to "
                "your model is not the size the the model expected. Expected to see "
                f"{len(self.inputs)} Tensor(s), but instead got {len(xs)} Tensors(s).")
        for x, sym in zip(xs, self.inputs):
            expected = sym.shape
            if len(x.shape) != len(expected):
                raise TFJSValueError(
                    f"Error when checking : expected {sym.sourceLayer.name} to have "
                    f"{len(expected)} dimension(s), but got array with shape "
                    f"[{js_list(x.shape)}]")
            for d, e in zip(list(x.shape)[1:], expected[1:]):
                if e is not None and d != e:
                    exp = "[" + ",".join("null" if v is None else str(v)
                                         for v in expected) + "]"
                    raise TFJSValueError(
                        f"Error when checking : expected {sym.sourceLayer.name} to have "
                        f"shape {exp} but got array with shape [{js_list(x.shape)}].")

    def predict(self, x, args=None, /, **kwargs):
        """Run inference in batches. TF.js: ``model.predict(x, {batchSize: 32, verbose})``.

        Returns a Tensor, or a list of Tensors for a multi-output model.
        """
        from ..ops._op import to_torch
        opts = _options.parse(args, kwargs, {"batch_size": 32, "verbose": False, "steps": None},
                              "predict")
        xs = [to_torch(v, "x", "predict") for v in _as_list(x)]
        self._check_inputs(xs)
        bs = opts["batch_size"] or 32
        n = xs[0].shape[0]
        chunks = []
        with torch.no_grad():
            for start in range(0, n, bs):
                outs = self._run_graph([v[start:start + bs] for v in xs], training=False)
                chunks.append(outs)
        if not chunks:
            outs = self._run_graph(xs, training=False)
        else:
            outs = [torch.cat([c[i] for c in chunks]) if len(chunks) > 1 else chunks[0][i]
                    for i in range(len(self.outputs))]
        result = [Tensor(o) for o in outs]
        return result[0] if len(result) == 1 else result

    def predictOnBatch(self, x):  # noqa: N802 - TF.js name
        """Inference on one batch. TF.js: ``model.predictOnBatch(x)``."""
        return self.predict(x, {"batchSize": 1 << 30})

    def get_config(self):
        return {"name": self.name}


def _is_multi(layer):
    return getattr(layer, "_multi_input", False)


def model(config=None, /, **kwargs):
    """A functional model from symbolic inputs/outputs.

    TF.js: ``tf.model({inputs, outputs, name})``.
    """
    opts = _options.parse(config, kwargs, {"inputs": None, "outputs": None, "name": None},
                          "tf.model")
    return LayersModel(opts["inputs"], opts["outputs"], opts["name"])
