"""Shared by the initializers, regularizers and constraints families: the class registry
and ``{className, config}`` deserialization with TF.js's error texts
(tfjs-layers ``deserializeKerasObject``), plus ``JSON.stringify`` for messages."""
import inspect
import json
import math

from ._options import config_to_camel, config_to_snake
from .errors import TFJSValueError

UNKNOWN = ("Unknown {kind}: {name}. This may be due to one of the following reasons:\n"
           "1. The {kind} is defined in Python, in which case it needs to be ported to "
           "TensorFlow.js or your JavaScript code.\n2. The custom {kind} is defined in "
           "JavaScript, but is not registered properly with "
           "tf.serialization.registerClass().")
IMPROPER = "{kind}: Improper config format: {text}.\n'className' and 'config' must set."
_quote = json.JSONEncoder().encode


class _Unset:
    """TF.js ``undefined`` for an option that was not given (left out of configs)."""

    def __repr__(self):
        return "undefined"


UNSET = _Unset()


def defined(value):
    """``value`` without its UNSET entries, recursively: what ``JSON.stringify`` keeps of
    a config (``getConfig()``); model.json writes them as null instead."""
    if isinstance(value, dict):
        return {k: defined(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list):
        return [defined(v) for v in value]
    return value


def js_json(value):
    """``JSON.stringify`` of a config-like value (for error messages)."""
    from .format import js_number
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return _quote(value)
    if isinstance(value, (int, float)):
        return js_number(float(value)) if math.isfinite(value) else "null"
    if isinstance(value, dict):
        items = [f"{_quote(str(k))}:{js_json(v)}" for k, v in value.items()
                 if v is not UNSET]
        return "{" + ",".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(js_json(v) for v in value) + "]"
    return _quote(str(value))


class Registered:
    """Base of the registered families (Initializer, Regularizer, Constraint).

    A family base defines its own ``_registry``; each of its subclasses is recorded
    there under its ``className`` (default: the class name) for ``get``/``deserialize``,
    as ``tf.serialization.registerClass`` does. Subclasses implement ``get_config()``.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "_registry" not in cls.__dict__:
            cls.className = cls.__dict__.get("className", cls.__name__)
            cls._registry[cls.className] = cls

    def get_config(self):
        """snake_case config (model.json form)."""
        return {}

    def getConfig(self):  # noqa: N802 - TF.js name
        """TF.js ``getConfig()``: the config with camelCase keys, unset values left out."""
        cfg = {k: v for k, v in self.get_config().items() if v is not UNSET}
        return config_to_camel(cfg)

    def getClassName(self):  # noqa: N802 - TF.js name
        """TF.js ``getClassName()``: the class name written to model.json."""
        return type(self).className

    def __repr__(self):
        return f"{type(self).__name__}({self.getConfig()})"


def accepted_kwargs(cls, config):
    """The config entries ``cls`` takes (TF.js constructors ignore unknown keys)."""
    if cls.__init__ is object.__init__:
        return {}
    params = inspect.signature(cls.__init__).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return dict(config)
    names = {p.name for p in params}
    return {k: v for k, v in config.items() if k in names}


def deserialize_from(registry, config, kind):
    """TF.js ``deserializeKerasObject``: {className, config} -> instance of a registered class.

    The model.json spelling ``class_name`` is accepted as well as ``className``.
    """
    name = config.get("className", config.get("class_name")) if isinstance(config, dict) \
        else None
    if name is None or "config" not in config:
        raise TFJSValueError(IMPROPER.format(kind=kind, text=js_json(config)))
    cls = registry.get(name)
    if cls is None:
        raise TFJSValueError(UNKNOWN.format(kind=kind, name=name))
    return cls(**accepted_kwargs(cls, config_to_snake(config["config"] or {})))


def get_from(registry, identifier, short_names, base, kind):
    """TF.js ``getInitializer``/``getRegularizer``/``getConstraint`` for strings, dicts and
    instances; None gives None."""
    if identifier is None or isinstance(identifier, base):
        return identifier
    if isinstance(identifier, str):
        name = short_names.get(identifier, identifier)
        return deserialize_from(registry, {"className": name, "config": {}}, kind)
    return deserialize_from(registry, identifier, kind)


def serialize(obj):
    """``{class_name, config}`` (model.json form, snake_case keys, unset values left out)."""
    cfg = {k: v for k, v in obj.get_config().items() if v is not UNSET}
    return {"class_name": obj.getClassName(), "config": cfg}
