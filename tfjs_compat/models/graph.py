"""The functional graph: SymbolicTensor, Node, InputLayer, tf.input, and applying a
layer to symbolic inputs. Execution of a graph lives in ``layers_model.py``."""
import itertools

from .. import _options
from ..errors import TFJSValueError
from ..layers.base import Layer, auto_name

_symbolic_ids = itertools.count()


class SymbolicTensor:
    """TF.js ``SymbolicTensor``: a placeholder in a model graph (shape with None dims)."""

    def __init__(self, dtype, shape, source_layer, inputs, call_args, name,
                 output_tensor_index=0):
        self.dtype = dtype
        self.shape = list(shape)
        self.sourceLayer = source_layer
        self.inputs = inputs
        self.callArgs = call_args
        self.name = name
        self.originalName = name
        self.outputTensorIndex = output_tensor_index
        self.id = next(_symbolic_ids)
        self.node_index = None

    @property
    def rank(self):
        """Number of dimensions."""
        return len(self.shape)

    def __repr__(self):
        return f"SymbolicTensor(name={self.name!r}, shape={self.shape}, dtype={self.dtype!r})"


class Node:
    """A call of a layer on symbolic inputs: which tensors went in and came out."""

    def __init__(self, outbound_layer, inbound_layers, node_indices, tensor_indices,
                 input_tensors, output_tensors, input_shapes, output_shapes, call_args):
        self.outbound_layer = outbound_layer
        self.inbound_layers = inbound_layers
        self.node_indices = node_indices
        self.tensor_indices = tensor_indices
        self.input_tensors = input_tensors
        self.output_tensors = output_tensors
        self.input_shapes = input_shapes
        self.output_shapes = output_shapes
        self.call_args = call_args
        for layer in inbound_layers:
            if layer is not None:
                layer._outbound_nodes.append(self)
        outbound_layer._inbound_nodes.append(self)


class InputLayer(Layer):
    """TF.js ``InputLayer``: the entry point of a model graph."""

    className = "InputLayer"
    _torch_call = True

    def __init__(self, input_shape=None, batch_size=None, batch_input_shape=None,
                 dtype=None, sparse=False, name=None):
        if name is None:
            name = auto_name("input")
        super().__init__(name=name, dtype=dtype or "float32")
        if batch_input_shape is None:
            if input_shape is None:
                raise TFJSValueError("An InputLayer should be passed either a "
                                     "`batchInputShape` or an `inputShape`.")
            batch_input_shape = [batch_size] + list(input_shape)
        self.batch_input_shape = list(batch_input_shape)
        self.sparse = sparse
        self.built = True
        out = SymbolicTensor(self.dtype, self.batch_input_shape, self, [], {}, self.name)
        Node(self, [], [], [], [out], [out], [self.batch_input_shape],
             [self.batch_input_shape], {})
        out.node_index = 0

    def call(self, inputs, training=False, mask=None):
        return inputs

    def get_config(self):
        return {"batch_input_shape": self.batch_input_shape, "dtype": self.dtype,
                "sparse": self.sparse, "name": self.name}


def input(config=None, /, **kwargs):  # noqa: A001 - TF.js name
    """A symbolic model input. TF.js: ``tf.input({shape | batchShape, name, dtype, sparse})``.

    Example:
        >>> x = tf.input({'shape': [3]})
        >>> x.shape
        [None, 3]
    """
    opts = _options.parse(config, kwargs, {"shape": None, "batch_shape": None, "name": None,
                                           "dtype": None, "sparse": None}, "tf.input")
    if opts["shape"] is None and opts["batch_shape"] is None:
        raise TFJSValueError("Please provide to Input either a `shape` or a `batchShape` "
                             "argument. Note that `shape` does not include the batch "
                             "dimension.")
    if opts["shape"] is not None and opts["batch_shape"] is not None:
        raise TFJSValueError("Please provide either a `shape` or `batchShape` argument to "
                             "Input, but not both.")
    batch_shape = opts["batch_shape"] or [None] + list(opts["shape"])
    layer = InputLayer(batch_input_shape=batch_shape, dtype=opts["dtype"], name=opts["name"],
                       sparse=bool(opts["sparse"]))
    return layer._inbound_nodes[0].output_tensors[0]


def apply_symbolic(layer, inputs, kwargs):
    """Record ``layer`` applied to SymbolicTensor(s); returns output SymbolicTensor(s)."""
    is_list = isinstance(inputs, (list, tuple))
    ins = list(inputs) if is_list else [inputs]
    for x in ins:
        if not isinstance(x, SymbolicTensor):
            raise TFJSValueError("A layer's inputs must be all SymbolicTensors or all "
                                 "Tensors.")
    shapes = [list(x.shape) for x in ins]
    in_shape = shapes if is_list else shapes[0]
    layer.assert_input_compatible(in_shape)
    layer._maybe_build(in_shape)
    out_shape = layer.computeOutputShape(in_shape)
    multi = isinstance(out_shape, list) and len(out_shape) > 0 and isinstance(
        out_shape[0], (list, tuple))
    out_shapes = [list(s) for s in out_shape] if multi else [list(out_shape)]
    dtype = _output_dtype(layer, ins)
    outs = []
    for i, s in enumerate(out_shapes):
        name = f"{layer.name}/{layer.name}" if len(out_shapes) == 1 else \
            f"{layer.name}/{layer.name}_{i}"
        outs.append(SymbolicTensor(dtype, s, layer, ins, kwargs, name, i))
    Node(layer, [x.sourceLayer for x in ins], [x.node_index for x in ins],
         [x.outputTensorIndex for x in ins], ins, outs, shapes, out_shapes, kwargs)
    for t in outs:
        t.node_index = len(layer._inbound_nodes) - 1
    return outs if multi else outs[0]


def _output_dtype(layer, inputs):
    return getattr(layer, "output_dtype", None) or "float32"
