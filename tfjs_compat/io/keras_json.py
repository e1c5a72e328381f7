"""Model topology JSON (``modelTopology``) <-> layers and models.

Internal configs are already snake_case (the model.json key spelling), so this module
deals only with what model.json adds: class names (the layer class registry),
identifier values (TF.js ``serialization_utils``: string values are snake_case in the
file and camelCase in memory, except names), nested ``{class_name, config}`` objects,
the converter's ``model_config`` wrapper, and Keras-3 spellings (``batch_shape``, dtype
policies, ``module``/``registered_name``, dict-style inbound nodes). JSON text is
written as ``JSON.stringify`` writes it.
"""
import inspect
import json
import math

from .._options import config_to_camel, to_camel_case, to_snake_case
from .._serialization import UNSET
from ..errors import TFJSError, TFJSValueError
from ..format import js_number
from ..layers.base import BASE_KEYS, Layer, get_class

KERAS_VERSION = "tfjs-layers 4.22.0"
BACKEND = "tensor_flow.js"   # TF.js: toSnakeCase('TensorFlow.js')
_encode_str = json.JSONEncoder(ensure_ascii=False).encode   # JSON.stringify of a string
_NAME_LISTS = ("inbound_nodes", "input_layers", "output_layers")
_KEEP_KEYS = ("name", "class_name")


_FUNCTIONAL = []


def functional_class():
    """TF.js ``Functional``: the class name Keras 2.4+ writes for functional models (a
    LayersModel subclass, made on first use: models import this package)."""
    if not _FUNCTIONAL:
        from ..models.layers_model import LayersModel

        class Functional(LayersModel):
            className = "Functional"

        _FUNCTIONAL.append(Functional)
    return _FUNCTIONAL[0]


# --- JSON text ------------------------------------------------------------------------
def js_stringify(value):
    """``JSON.stringify(value)``: compact, JS number spelling, UTF-8 kept as is."""
    if value is None or value is UNSET:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _encode_str(value)
    if isinstance(value, (int, float)):
        return js_number(value) if math.isfinite(value) else "null"
    if isinstance(value, dict):
        return "{" + ",".join(f"{_encode_str(str(k))}:{js_stringify(v)}"
                              for k, v in value.items() if v is not UNSET) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(js_stringify(v) for v in value) + "]"
    if hasattr(value, "tolist"):
        return js_stringify(value.tolist())
    raise TFJSError(f"Cannot serialize a value of type {type(value).__name__} to JSON")


def parse_json(text, what="model JSON"):
    """Parse JSON text as data only; malformed text gets an error naming ``what``."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8")
    try:
        return json.loads(text)
    except ValueError as e:
        raise TFJSError(f"Failed to parse {what}: {e}") from None


# --- identifier values (TF.js convertTsToPythonic / convertPythonicToTs) -------------
def to_pythonic(value, key=None):
    """In-memory config -> file config: string values snake_case, names kept."""
    if value is None or value is UNSET:
        return None
    if isinstance(value, str):
        return to_snake_case(value)
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [v if _is_name_item(key, i, v) else to_pythonic(v, key)
                for i, v in enumerate(value)]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():   # NOTE: TF.js writes undefined values as null
            sk = to_snake_case(k)
            out[sk] = v if sk in _KEEP_KEYS and isinstance(v, str) else to_pythonic(v, sk)
        return out
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def from_pythonic(value, key=None):
    """File config -> in-memory config: string values camelCase, names kept, keys as is."""
    if isinstance(value, str):
        return to_camel_case(value)
    if isinstance(value, list):
        return [v if _is_name_item(key, i, v) else from_pythonic(v, key)
                for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: v if k in _KEEP_KEYS and isinstance(v, str) else from_pythonic(v, k)
                for k, v in value.items()}
    return value


def _is_name_item(key, index, item):
    return key in _NAME_LISTS and index == 0 and isinstance(item, str)


# --- Keras 3 spellings -------------------------------------------------------------------
def normalize_keras(value):
    """Rewrite Keras-3 spellings into the Keras-2/TF.js ones, recursively."""
    if isinstance(value, list):
        return [normalize_keras(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for k, v in value.items():
        if k in ("module", "registered_name", "build_config", "compile_config",
                 "shared_object_id"):
            continue
        if k == "batch_shape":
            k = "batch_input_shape"
        if k == "dtype" and isinstance(v, dict):   # a Keras-3 DTypePolicy
            v = (v.get("config") or {}).get("name", "float32")
        if k == "inbound_nodes" and isinstance(v, list):
            v = [_keras3_node(n) if isinstance(n, dict) else n for n in v]
        if k in ("input_layers", "output_layers") and v and isinstance(v[0], str):
            v = [v]   # Keras 3 writes a single endpoint flat: ["x", 0, 0]
        out[k] = normalize_keras(v)
    return out


def _keras3_node(node):
    """``{args: [...keras tensors], kwargs}`` -> ``[[name, node, tensor, kwargs], ...]``."""
    kwargs = {k: v for k, v in (node.get("kwargs") or {}).items()
              if not (isinstance(v, dict) and v.get("class_name") == "__keras_tensor__")}
    out = []
    for arg in node.get("args") or []:
        for t in arg if isinstance(arg, list) else [arg]:
            if isinstance(t, dict) and t.get("class_name") == "__keras_tensor__":
                hist = t["config"]["keras_history"]
                out.append([hist[0], hist[1], hist[2], kwargs])
    return out


# --- topology -> model ---------------------------------------------------------------
def unwrap(topology):
    """The model config of a ``modelTopology`` (the converter wraps it in model_config)."""
    if isinstance(topology, str):
        topology = parse_json(topology, "model topology JSON")
    if not isinstance(topology, dict):
        raise TFJSValueError(f"The model topology must be a JSON object, got "
                             f"{type(topology).__name__}")
    if topology.get("model_config") is not None:
        topology = topology["model_config"]
    return topology


def model_from_topology(topology):
    """Build the LayersModel that a ``modelTopology`` describes (weights initialised)."""
    from ..models.layers_model import LayersModel
    config = from_pythonic(normalize_keras(unwrap(topology)))
    model = deserialize_layer(config)
    if not isinstance(model, LayersModel):
        raise TFJSValueError(f"The model topology describes a {model.className} layer, "
                             "not a model (expected class_name Sequential or Model).")
    return model


def deserialize_layer(config):
    """A Layer (or model) from ``{class_name, config}`` in in-memory form."""
    if not isinstance(config, dict) or "class_name" not in config and "className" not in config:
        raise TFJSValueError(f"Improper config format: {str(config)[:200]}. 'className' and "
                             "'config' must set.")
    from ..models.layers_model import LayersModel
    from ..models.sequential import Sequential
    name = config.get("class_name", config.get("className"))
    inner = config.get("config")
    cls = functional_class() if name == "Functional" else get_class(name)
    if isinstance(cls, type) and issubclass(cls, Sequential):
        return sequential_from_config(cls, inner)
    if isinstance(cls, type) and issubclass(cls, LayersModel):
        return functional_from_config(cls, inner)
    return instantiate(cls, dict(inner or {}))


def instantiate(cls, config):
    """``cls`` built from a snake_case config; keys the class does not take are dropped,
    as TF.js constructors ignore unknown options."""
    params = _init_params(cls)
    if params is None:   # a TF.js-style subclass: __init__(self, config)
        if _own_from_config(cls):
            return cls.fromConfig(config_to_camel(config))
        return cls(config_to_camel(config))
    if _own_from_config(cls):   # wrappers / RNNs: nested layer configs
        keep = params | {"layer", "cell", "cells"}
        return cls.fromConfig({k: v for k, v in config.items() if k in keep})
    return cls(**{k: v for k, v in config.items() if k in params})


def _own_from_config(cls):
    return any("fromConfig" in vars(c) for c in cls.__mro__
               if c is not Layer and issubclass(c, Layer))


def _init_params(cls):
    """Keyword names ``cls`` accepts (following ``**kwargs`` up the MRO to Layer), or
    None when its __init__ takes one options object."""
    names = set()
    for c in cls.__mro__:
        if "__init__" not in vars(c):
            continue
        params = list(inspect.signature(c.__init__).parameters.values())[1:]
        named = [p for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        if c is cls and len(named) == 1 and named[0].name in ("config", "args", "options"):
            return None
        names.update(p.name for p in named)
        if c is Layer or not any(p.kind is p.VAR_KEYWORD for p in params):
            break
    cell_class = getattr(cls, "_cell_class", None)   # GRU/LSTM pass options to the cell
    if cell_class is not None:
        names |= _init_params(cell_class) or set()
    return names | set(BASE_KEYS)


def sequential_from_config(cls, config):
    """TF.js ``Sequential.fromConfig``: ``{name, layers}`` (or a bare list of layers)."""
    if isinstance(config, list):
        layers, name = config, None
    elif isinstance(config, dict) and isinstance(config.get("layers"), list):
        layers, name = config["layers"], config.get("name")
    else:
        raise TFJSValueError("When the config data for a Sequential model is not an Array, "
                             "it must be an Object that contains the 'layers' field.")
    model = cls(name=name)
    for entry in layers:
        model.add(deserialize_layer(entry))
    return model


def functional_from_config(cls, config):
    """TF.js ``Container.fromConfig``: make the layers, replay their inbound nodes (in
    rounds, until every node's inputs exist), then pick the inputs and outputs."""
    if not isinstance(config, dict) or not isinstance(config.get("layers"), list):
        raise TFJSValueError("A functional model config needs a 'layers' list.")
    created, pending = {}, []
    for entry in config["layers"]:
        layer = deserialize_layer(entry)
        created[entry.get("name", layer.name)] = layer
        pending += [(layer, node) for node in entry.get("inbound_nodes") or []]
    while pending:
        left = [(layer, node) for layer, node in pending if not _apply_node(created, layer, node)]
        if len(left) == len(pending):
            names = ", ".join(layer.name for layer, _ in left)
            raise TFJSValueError(f"Cannot build the model graph: the inbound nodes of "
                                 f"{names} refer to layers or nodes that do not exist.")
        pending = left
    inputs = [_endpoint(created, e, "input_layers") for e in config.get("input_layers") or []]
    outputs = [_endpoint(created, e, "output_layers") for e in config.get("output_layers") or []]
    return cls(inputs, outputs, name=config.get("name"))


def _apply_node(created, layer, node):
    """Apply ``layer`` to the tensors a node names; False when they do not exist yet."""
    inputs, kwargs = [], {}
    for item in node:
        name, node_index, tensor_index = item[0], item[1], item[2]
        kwargs = item[3] if len(item) > 3 and item[3] else kwargs
        source = created.get(name)
        if source is None:
            raise TFJSValueError(f"Unknown layer {name} in the inbound nodes of {layer.name}")
        if node_index >= len(source._inbound_nodes):
            return False
        inputs.append(source._inbound_nodes[node_index].output_tensors[tensor_index])
    layer.apply(inputs[0] if len(inputs) == 1 else inputs, dict(kwargs))
    return True


def _endpoint(created, entry, what):
    name, node_index, tensor_index = entry[0], entry[1], entry[2]
    layer = created.get(name)
    if layer is None or node_index >= len(layer._inbound_nodes):
        raise TFJSValueError(f"The model config's {what} names {name}, which is not a layer "
                             "of the model.")
    return layer._inbound_nodes[node_index].output_tensors[tensor_index]


# --- model -> topology ---------------------------------------------------------------
def model_to_topology(model):
    """``model.toJSON(null, false)``: class_name, config, keras_version, backend."""
    return {"class_name": model.getClassName(), "config": to_pythonic(model.get_config()),
            "keras_version": KERAS_VERSION, "backend": BACKEND}
