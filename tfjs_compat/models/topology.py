"""snake_case configs of models (the model.json ``modelTopology.config`` form).

A functional model lists each layer with its inbound nodes as
``[[layer_name, node_index, tensor_index, kwargs], ...]``, where node indices count only
the nodes that belong to this model (TF.js/Keras ``nodeConversionMap``; from 1 for a
nested model).
"""


def _node_index_map(model):
    """(layer id, original node index) -> index among that layer's nodes in the model.

    As TF.js ``buildNodeConversionMap``, a nested model counts from 1: rebuilding it from
    the config makes its own node 0 (the node of its construction) before the outer model
    applies it.
    """
    from .layers_model import LayersModel
    in_model = {n.id for n in model._nodes}
    mapping = {}
    for layer in model.layers:
        kept = 1 if isinstance(layer, LayersModel) else 0
        for i, node in enumerate(layer._inbound_nodes):
            if node.id in in_model:
                mapping[(id(layer), i)] = kept
                kept += 1
    return mapping


def _inbound_nodes(layer, model, mapping):
    in_model = {n.id for n in model._nodes}
    out = []
    for node in layer._inbound_nodes:
        if node.id not in in_model or not node.inbound_layers:
            continue
        out.append([[t.sourceLayer.name, mapping.get((id(t.sourceLayer), t.node_index), 0),
                     t.outputTensorIndex, dict(node.call_args or {})]
                    for t in node.input_tensors])
    return out


def _endpoint(tensors, mapping):
    return [[t.sourceLayer.name, mapping.get((id(t.sourceLayer), t.node_index), 0),
             t.outputTensorIndex] for t in tensors]


def model_config(model):
    """Config of a functional LayersModel: name, layers, input_layers, output_layers."""
    mapping = _node_index_map(model)
    layers = [{"name": layer.name, "class_name": layer.className,
               "config": layer.get_config(),
               "inbound_nodes": _inbound_nodes(layer, model, mapping)}
              for layer in model.layers]
    return {"name": model.name, "layers": layers,
            "input_layers": _endpoint(model.inputs, mapping),
            "output_layers": _endpoint(model.outputs, mapping)}


def sequential_config(model):
    """Config of a Sequential model: its name and its layers' class names and configs."""
    return {"name": model.name,
            "layers": [{"class_name": layer.className, "config": layer.get_config()}
                       for layer in model.layers]}
