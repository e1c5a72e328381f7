"""``model.summary()``: TF.js's layer table (tfjs-facts.md 5), byte for byte.

Two layouts, chosen by the graph's shape: "sequential-like" (every depth has at most one
node, no node has several inbound layers, no layer is reused): 90 columns, stops at
0.32/0.61/0.89/1; otherwise 115 columns, stops at 0.24/0.48/0.70/0.80/1, with a fifth
column "Receives inputs".
"""
import json
import math

_HEADER = ["Layer (type)", "Input Shape", "Output shape", "Param #"]


def _nodes_by_depth(model):
    """The model's nodes by depth, in TF.js's key order (depths ascending)."""
    return [model.nodesByDepth[d] for d in sorted(model.nodesByDepth)]


def is_sequential_like(model):
    """TF.js ``isModelSequentialLike``."""
    nodes = []
    for depth_nodes in _nodes_by_depth(model):
        if len(depth_nodes) > 1 or (len(depth_nodes) == 1
                                    and len(depth_nodes[0].inbound_layers) > 1):
            return False
        nodes.extend(depth_nodes)
    ids = {n.id for n in nodes}
    for layer in model.layers:
        if sum(1 for n in layer._inbound_nodes if n.id in ids) > 1:
            return False
    return True


def print_row(fields, positions, print_fn):
    """One table row: each field cut to its stop and padded, one space kept between."""
    line = ""
    for i, field in enumerate(fields):
        if i > 0:
            line = line[:-1] + " "
        line = (line + field)[:positions[i]]
        line += " " * (positions[i] - len(line))
    print_fn(line)


def _json(value):
    """JS JSON.stringify of a shape or list of shapes (no spaces, null for None)."""
    return json.JSONEncoder(separators=(",", ":")).encode(value)


def _shape_fields(layer):
    try:
        in_shape = ",".join(_json(n.input_shapes) for n in layer._inbound_nodes)
    except Exception:   # noqa: BLE001 - TF.js prints 'multiple' whatever went wrong
        in_shape = "multiple"
    try:
        out_shape = _json(layer.outputShape)
    except Exception:   # noqa: BLE001
        out_shape = "multiple"
    return [f"{layer.name} ({layer.getClassName()})", in_shape, out_shape,
            str(layer.countParams())]


def _connections(layer, relevant):
    out = []
    for node in layer._inbound_nodes:
        if relevant and node.id not in relevant:
            continue
        for inbound, node_index, tensor_index in zip(node.inbound_layers, node.node_indices,
                                                     node.tensor_indices):
            out.append(f"{inbound.name}[{node_index}][{tensor_index}]")
    return out


def _count(weights):
    return sum(math.prod(w.shape) for w in weights)


def print_summary(model, line_length=None, positions=None, print_fn=None):
    """Print ``model``'s table with ``print_fn`` (default ``print``), one call per line."""
    print_fn = print_fn or print
    seq = is_sequential_like(model)
    line_length = line_length or (90 if seq else 115)
    positions = positions or ([0.32, 0.61, 0.89, 1] if seq else [0.24, 0.48, 0.70, 0.80, 1])
    if positions[-1] <= 1:
        positions = [math.floor(line_length * p) for p in positions]
    header = _HEADER if seq else _HEADER + ["Receives inputs"]
    relevant = None if seq else {n.id for nodes in _nodes_by_depth(model) for n in nodes}
    print_fn("_" * line_length)
    print_row(header, positions, print_fn)
    print_fn("=" * line_length)
    layers = model.layers
    for i, layer in enumerate(layers):
        fields = _shape_fields(layer)
        if seq:
            print_row(fields, positions, print_fn)
        else:
            conns = _connections(layer, relevant)
            print_row(fields + [conns[0] if conns else ""], positions, print_fn)
            for extra in conns[1:]:
                print_row(["", "", "", "", extra], positions, print_fn)
        print_fn(("=" if i == len(layers) - 1 else "_") * line_length)
    weights = getattr(model, "collectedTrainableWeights", None)
    trainable = _count(model.trainableWeights if weights is None else weights)
    non_trainable = _count(model.nonTrainableWeights)
    print_fn(f"Total params: {trainable + non_trainable}")
    print_fn(f"Trainable params: {trainable}")
    print_fn(f"Non-trainable params: {non_trainable}")
    print_fn("_" * line_length)
