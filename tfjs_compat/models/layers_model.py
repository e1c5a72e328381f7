"""LayersModel (``tf.model``): a graph of layers, itself a Layer and an ``nn.Module``.

Execution runs on raw torch tensors: nodes are visited deepest first and each layer's
``forward`` is called with the values (and masks) of its inputs. Training
(compile/fit/evaluate) comes from ``training.py``; ``summary`` from ``summary.py``.
"""
import torch

from .. import _options
from ..errors import TFJSError, TFJSValueError, js_list
from ..layers.base import Layer, auto_name
from ..tensor import Tensor
from .graph import InputLayer, Node, SymbolicTensor, order_graph
from .training import TrainingMixin, _check_batch_size
from ..data.fit_dataset import DatasetTrainingMixin


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _shape_json(shape):
    return "[" + ",".join("null" if d is None else str(d) for d in shape) + "]"


from ..io.saving import SavingMixin  # noqa: E402  (save/toJSON/loadWeights: io/)


class LayersModel(SavingMixin, TrainingMixin, DatasetTrainingMixin, Layer):
    """TF.js ``tf.LayersModel``: a model built from symbolic inputs and outputs.

    As an ``nn.Module``, ``model(x)`` runs on torch tensors (a list for several inputs)
    and returns torch tensors; ``parameters()``/``state_dict()`` hold every weight.
    """

    className = "Model"
    _torch_call = True

    def __init__(self, inputs, outputs, name=None):
        super().__init__(name=name if name is not None else auto_name("model"))
        self._init_graph(inputs, outputs)
        self._ref_count = 1
        Node(self, [], [], [], self.inputs, self.outputs, [list(x.shape) for x in self.inputs],
             [list(x.shape) for x in self.outputs], {})

    # --- graph ------------------------------------------------------------------------
    def _init_graph(self, inputs, outputs):
        self.inputs = _as_list(inputs)
        self.outputs = _as_list(outputs)
        for x in self.inputs + self.outputs:
            if not isinstance(x, SymbolicTensor):
                raise TFJSValueError("The inputs and outputs of a model must be "
                                     "SymbolicTensors (from tf.input or layer.apply).")
        if len({id(x) for x in self.inputs}) != len(self.inputs):
            raise TFJSValueError("The list of inputs passed to the model is redundant. All "
                                 "inputs should only appear once. Found: "
                                 f"{','.join(x.name for x in self.inputs)}")
        self.nodesByDepth, layers = order_graph(self.inputs, self.outputs)
        self._nodes = [n for d in sorted(self.nodesByDepth, reverse=True)
                       for n in self.nodesByDepth[d]]
        names = [layer.name for layer in layers]
        if len(set(names)) != len(names):
            raise TFJSValueError(f"All layer names should be unique. Layer names: "
                                 f"{js_list(names)}")
        self._set_layers(layers)
        self.inputLayers = [x.sourceLayer for x in self.inputs]
        self.outputLayers = [x.sourceLayer for x in self.outputs]
        self.inputNames = [layer.name for layer in self.inputLayers]
        self.outputNames = [layer.name for layer in self.outputLayers]
        self.built = True

    def _set_layers(self, layers):
        # Submodules by position (layer_modules.<i>.kernel), not by name: auto names
        # differ between two builds of one architecture, positions do not.
        self._layers = list(layers)
        self.layer_modules = torch.nn.ModuleList(self._layers)

    @property
    def layers(self):
        """The model's layers (a functional model lists its InputLayers first)."""
        return list(self._layers)

    def _run_graph(self, inputs, training=False, masks=None):
        """Run on a list of torch tensors; returns the list of output torch tensors."""
        return self._run_graph_with_masks(inputs, training, masks)[0]

    def _run_graph_with_masks(self, inputs, training=False, masks=None):
        """(outputs, output masks) for a list of torch inputs (and their masks)."""
        values = {id(x): (data, None if masks is None else masks[i])
                  for i, (x, data) in enumerate(zip(self.inputs, inputs))}
        for node in self._nodes:
            layer = node.outbound_layer
            if isinstance(layer, InputLayer):
                continue
            layer._assert_not_disposed()
            got = [values[id(t)] for t in node.input_tensors]
            ins = [v for v, _ in got] if node.input_is_list else got[0][0]
            in_masks = [m for _, m in got]
            # TF.js executor: the layer gets the first input's mask; only layers that
            # support masking produce one (the first, if several), for every output.
            mask = in_masks[0] if any(m is not None for m in in_masks) else None
            outs = _as_list(layer.forward(ins, training=training, mask=mask))
            out_mask = None
            if layer.supports_masking:
                out_mask = layer.compute_mask_torch(
                    ins, in_masks if node.input_is_list else in_masks[0])
                out_mask = out_mask[0] if isinstance(out_mask, list) else out_mask
            for t, o in zip(node.output_tensors, outs):
                values[id(t)] = (o, out_mask)
        result = [values[id(t)] for t in self.outputs]
        return [v for v, _ in result], [m for _, m in result]

    def forward(self, inputs, training=False, mask=None):
        """Run the model on raw torch tensors (one tensor, or a list per input)."""
        masks = None if mask is None else _as_list(mask)
        outs = self._run_graph(_as_list(inputs), training, masks)
        return outs[0] if len(outs) == 1 else outs

    def call(self, inputs, training=False, mask=None):
        return self.forward(inputs, training, mask)

    def compute_mask_torch(self, inputs, mask=None):
        masks = None if mask is None else _as_list(mask)
        out = self._run_graph_with_masks(_as_list(inputs), False, masks)[1]
        return out[0] if len(out) == 1 else out

    def computeOutputShape(self, inputShape):  # noqa: N802,N803 - TF.js hook
        """Output shape(s) for input shape(s): the graph's shapes, recomputed."""
        in_shapes = inputShape if isinstance(inputShape[0], (list, tuple)) else [inputShape]
        if [list(s) for s in in_shapes] == [list(x.shape) for x in self.inputs]:
            shapes = [list(t.shape) for t in self.outputs]
        else:
            shapes = self._run_shapes([list(s) for s in in_shapes])
        return shapes[0] if len(shapes) == 1 else shapes

    def _run_shapes(self, in_shapes):
        known = {id(x): s for x, s in zip(self.inputs, in_shapes)}
        for node in self._nodes:
            if isinstance(node.outbound_layer, InputLayer):
                continue
            shapes = [known[id(t)] for t in node.input_tensors]
            out = node.outbound_layer.computeOutputShape(
                shapes if node.input_is_list else shapes[0])
            outs = out if out and isinstance(out[0], (list, tuple)) else [out]
            for t, s in zip(node.output_tensors, outs):
                known[id(t)] = list(s)
        return [known[id(t)] for t in self.outputs]

    def build(self, inputShape):  # noqa: N803 - TF.js hook
        self.built = True

    # --- weights: the layers' weights -------------------------------------------------
    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """Trainable weights of every layer, in layer order."""
        if not self._trainable:
            return []
        return [w for layer in self.layers for w in layer.trainableWeights]

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """Non-trainable weights of every layer; all weights when the model is frozen."""
        frozen = [w for layer in self.layers for w in layer.nonTrainableWeights]
        if self._trainable:
            return frozen
        return [w for layer in self.layers for w in layer.trainableWeights] + frozen

    def _trainable_changed(self):
        # TF.js: a container's flag does not change its layers' flags.
        for layer in self.layers:
            for w in layer._trainable_weights:
                w.param.requires_grad_(self._trainable and w.trainable and layer.trainable
                                       and w.param.is_floating_point())

    # --- lookup -------------------------------------------------------------------------
    def getLayer(self, name=None, index=None):  # noqa: N802 - TF.js name
        """A layer by name or index. TF.js: ``model.getLayer(name?, index?)``."""
        if isinstance(name, int) and not isinstance(name, bool):
            name, index = None, name
        if index is not None:
            if index >= len(self.layers):
                raise TFJSValueError(
                    f"Was asked to retrieve layer at index {index}, but model only has "
                    f"{len(self.layers)} layer(s).")
            return self.layers[index] if index >= 0 else None
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
                    raise TFJSValueError(
                        f"Error when checking : expected {sym.sourceLayer.name} to have "
                        f"shape {_shape_json(expected)} but got array with shape "
                        f"[{js_list(x.shape)}].")

    def _predict_inputs(self, x):
        from ..ops._op import to_torch
        if x is None:
            raise TFJSError("Cannot read properties of undefined (reading 'length')")
        xs = [to_torch(v, "x", "predict") for v in _as_list(x)]
        return [v.reshape(-1, 1) if v.ndim == 1 else v for v in xs]

    def predict(self, x, args=None, /, **kwargs):
        """Run inference in batches. TF.js: ``model.predict(x, {batchSize: 32, verbose})``.

        Returns a Tensor, or a list of Tensors for a multi-output model.
        """
        opts = _options.parse(args, kwargs, {"batch_size": None, "verbose": False,
                                             "steps": None}, "predict")
        xs = self._predict_inputs(x)
        self._check_inputs(xs)
        bs = 32 if opts["batch_size"] is None else opts["batch_size"]
        try:
            _check_batch_size(bs)
        except TFJSValueError as e:
            raise TFJSError(str(e)) from None
        n = xs[0].shape[0]
        if n == 0:
            raise TFJSError("Pass at least one tensor to concat")
        with torch.no_grad():
            chunks = [self._run_graph([v[s:s + bs] for v in xs], training=False)
                      for s in range(0, n, bs)]
        outs = [torch.cat([c[i] for c in chunks]) if len(chunks) > 1 else chunks[0][i]
                for i in range(len(self.outputs))]
        result = [Tensor(o) for o in outs]
        return result[0] if len(result) == 1 else result

    def predictOnBatch(self, x):  # noqa: N802 - TF.js name
        """Inference on one batch. TF.js: ``model.predictOnBatch(x)``."""
        return self.predict(x, {"batchSize": max(1, self._predict_inputs(x)[0].shape[0])})

    def summary(self, lineLength=None, positions=None, printFn=None):  # noqa: N803
        """Print the layer table. TF.js: ``model.summary(lineLength?, positions?, printFn?)``.

        ``printFn`` (default ``print``) is called once per line.
        """
        from .summary import print_summary
        print_summary(self, lineLength, positions, printFn)

    # --- disposal ----------------------------------------------------------------------
    def dispose(self):
        """Drop one reference; at zero, dispose every layer. TF.js: ``model.dispose()``."""
        if self._disposed:
            raise TFJSError(f"Container '{self.name}' is already disposed.")
        self._ref_count -= 1
        n = 0
        if self._ref_count == 0:
            self._disposed = True
            for layer in self.layers:
                n += layer.dispose()["numDisposedVariables"]
        return {"refCountAfterDispose": self._ref_count, "numDisposedVariables": n}

    def get_config(self):
        from .topology import model_config
        return model_config(self)


def model(config=None, /, **kwargs):
    """A functional model from symbolic inputs/outputs.

    TF.js: ``tf.model({inputs, outputs, name})``.
    """
    opts = _options.parse(config, kwargs, {"inputs": None, "outputs": None, "name": None},
                          "tf.model")
    return LayersModel(opts["inputs"], opts["outputs"], opts["name"])
