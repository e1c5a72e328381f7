"""The functional graph: SymbolicTensor, Node, InputLayer, tf.input, applying a layer to
symbolic inputs, and TF.js's depth ordering of a graph (used by LayersModel)."""
import itertools

from .. import _options
from ..errors import TFJSError, TFJSRuntimeError, TFJSValueError
from ..layers.base import Layer
from ..layers.variables import auto_name, unique_weight_name

_symbolic_ids = itertools.count()
_node_ids = itertools.count()


class SymbolicTensor:
    """TF.js ``SymbolicTensor``: a placeholder in a model graph (shape with None dims).

    ``name`` is unique in the process (TF.js appends ``_1``... to a reused name);
    ``originalName`` is the name asked for.
    """

    def __init__(self, dtype, shape, source_layer, inputs, call_args, name,
                 output_tensor_index=0):
        self.dtype = dtype
        self.shape = list(shape)
        self.sourceLayer = source_layer
        self.inputs = inputs
        self.callArgs = call_args
        self.originalName = name
        self.name = unique_weight_name(name)
        self.outputTensorIndex = output_tensor_index
        self.id = next(_symbolic_ids)
        self.node_index = None

    @property
    def rank(self):
        """Number of dimensions."""
        return len(self.shape)

    def toString(self):  # noqa: N802 - JS String() of an object
        """``[object Object]``, as JS prints a SymbolicTensor in messages."""
        return "[object Object]"

    def __repr__(self):
        return f"SymbolicTensor(name={self.name!r}, shape={self.shape}, dtype={self.dtype!r})"


class Node:
    """TF.js ``Node``: a call of a layer on symbolic inputs (tensors in and out)."""

    def __init__(self, outbound_layer, inbound_layers, node_indices, tensor_indices,
                 input_tensors, output_tensors, input_shapes, output_shapes, call_args,
                 input_is_list=False):
        self.id = next(_node_ids)
        self.outbound_layer = outbound_layer
        self.inbound_layers = inbound_layers
        self.node_indices = node_indices
        self.tensor_indices = tensor_indices
        self.input_tensors = input_tensors
        self.output_tensors = output_tensors
        self.input_shapes = input_shapes
        self.output_shapes = output_shapes
        self.call_args = call_args
        self.input_is_list = input_is_list
        for layer in inbound_layers:
            if layer is not None:
                layer._outbound_nodes.append(self)
        outbound_layer._inbound_nodes.append(self)


class InputLayer(Layer):
    """TF.js ``InputLayer`` (``tf.layers.inputLayer``): the entry point of a model graph
    (not trainable)."""

    className = "InputLayer"
    _torch_call = True

    def __init__(self, input_shape=None, batch_size=None, batch_input_shape=None,
                 dtype=None, sparse=False, name=None, input_d_type=None):
        if name is None:
            name = auto_name("input")
        super().__init__(name=name)
        self._trainable = False
        self.batch_input_shape = _batch_shape(input_shape, batch_size, batch_input_shape)
        self.dtype = dtype or "float32"
        self.sparse = bool(sparse)
        self.built = True
        out = SymbolicTensor(self.dtype, self.batch_input_shape, self, [], {}, self.name)
        Node(self, [], [], [], [out], [out], [self.batch_input_shape],
             [self.batch_input_shape], {})
        out.node_index = 0

    def call(self, inputs, training=False, mask=None):
        return inputs

    def dispose(self):
        """An InputLayer owns no weights: nothing to release (TF.js ``dispose``)."""
        return {"refCountAfterDispose": 0, "numDisposedVariables": 0}

    def get_config(self):
        return {"batch_input_shape": self.batch_input_shape, "dtype": self.dtype,
                "sparse": self.sparse, "name": self.name}


def _batch_shape(input_shape, batch_size, batch_input_shape):
    if input_shape is not None and batch_input_shape is not None:
        raise TFJSValueError("Only provide the inputShape OR batchInputShape argument to "
                             "inputLayer, not both at the same time.")
    if batch_input_shape is not None:
        if batch_size is not None:
            raise TFJSValueError("Cannot specify batchSize if batchInputShape is specified "
                                 "when creating an InputLayer.")
        return list(batch_input_shape)
    if input_shape is None:
        raise TFJSValueError("An InputLayer should be passed either a `batchInputShape` or "
                             "an `inputShape`.")
    if isinstance(input_shape, int):
        input_shape = [input_shape]
    return [batch_size] + list(input_shape)


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
        raise TFJSError("Please provide to Input either a `shape` or a `batchShape` "
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
            raise TFJSValueError("Arguments to apply() must be all SymbolicTensors or all "
                                 "Tensors")
    shapes = [list(x.shape) for x in ins]
    in_shape = shapes if is_list else shapes[0]
    layer.assert_input_compatible(in_shape, ins)
    layer._maybe_build(in_shape)
    out_shape = layer.computeOutputShape(in_shape)
    multi = isinstance(out_shape, list) and len(out_shape) > 0 and isinstance(
        out_shape[0], (list, tuple))
    out_shapes = [list(s) for s in out_shape] if multi else [list(out_shape)]
    name = f"{layer.name}/{layer.name}"
    outs = [SymbolicTensor("float32", s, layer, ins, kwargs, name, i)
            for i, s in enumerate(out_shapes)]
    Node(layer, [x.sourceLayer for x in ins], [x.node_index for x in ins],
         [x.outputTensorIndex for x in ins], ins, outs, shapes, out_shapes, kwargs,
         input_is_list=is_list)
    for t in outs:
        t.node_index = len(layer._inbound_nodes) - 1
    return outs if multi else outs[0]


def order_graph(inputs, outputs):
    """TF.js's ordering of the graph between ``inputs`` and ``outputs``.

    Returns ``(nodes_by_depth, layers)``: a dict depth -> nodes (deepest = inputs), and
    the layers sorted by decreasing depth, ties in order of discovery from the outputs.
    """
    node_order, layer_index = [], {}
    finished, in_progress = set(), set()

    def visit(layer, node_index):
        node = layer._inbound_nodes[node_index]
        if node.id in in_progress:
            raise TFJSRuntimeError(f"The tensor is not in the graph: cycle at layer "
                                   f'"{layer.name}".')
        if node.id in finished:
            return
        layer_index.setdefault(id(layer), (len(layer_index), layer))
        in_progress.add(node.id)
        for t in node.input_tensors if node.inbound_layers else []:
            visit(t.sourceLayer, t.node_index)
        finished.add(node.id)
        in_progress.discard(node.id)
        node_order.append(node)

    for t in outputs:
        visit(t.sourceLayer, t.node_index)
    node_depth, layer_depth = {}, {}
    for node in reversed(node_order):
        depth = max(node_depth.setdefault(node.id, 0),
                    layer_depth.get(id(node.outbound_layer), 0))
        layer_depth[id(node.outbound_layer)] = node_depth[node.id] = depth
        for t in node.input_tensors if node.inbound_layers else []:
            inbound = t.sourceLayer._inbound_nodes[t.node_index]
            node_depth[inbound.id] = max(depth + 1, node_depth.get(inbound.id, 0))
    nodes_by_depth = {}
    for node in node_order[::-1]:
        nodes_by_depth.setdefault(node_depth[node.id], []).append(node)
    ranked = sorted(layer_index.values(), key=lambda v: (-layer_depth[id(v[1])], v[0]))
    _check_connected(inputs, nodes_by_depth)
    return nodes_by_depth, [layer for _, layer in ranked]


def _check_connected(inputs, nodes_by_depth):
    computable = {id(x) for x in inputs}
    done = []
    for depth in sorted(nodes_by_depth, reverse=True):
        for node in nodes_by_depth[depth]:
            for x in node.input_tensors:
                if id(x) not in computable:
                    raise TFJSRuntimeError(
                        f"Graph disconnected: cannot obtain value for tensor [object Object] "
                        f'at layer "{node.outbound_layer.name}". The following previous '
                        f"layers were accessed without issue: {','.join(done)}")
            computable.update(id(x) for x in node.output_tensors)
            done.append(node.outbound_layer.name)
