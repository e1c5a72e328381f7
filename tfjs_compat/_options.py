"""Options objects: a dict with string keys, keyword arguments, or both.

One place turns TF.js options (``{'units': 1, 'inputShape': [1]}``, ``units=1``,
``input_shape=[1]``) into checked snake_case settings, with TF.js's camel/snake rules
(tfjs-layers ``generic_utils.ts`` ``toSnakeCase``/``toCamelCase``).
"""
import inspect
import re

from .errors import TFJSValueError

_FIRST_CAP = re.compile(r"(.)([A-Z][a-z0-9]+)")
_ALL_CAP = re.compile(r"([a-z])([A-Z])")


def to_snake_case(name):
    """TF.js ``toSnakeCase``: ``inputShape`` -> ``input_shape``, ``Conv2D`` -> ``conv2d``."""
    s = _FIRST_CAP.sub(r"\1_\2", name)
    s = _ALL_CAP.sub(r"\1_\2", s).lower()
    # NOTE: TF.js prefixes names that start with "_" with "private".
    return "private" + s if s.startswith("_") else s


def to_camel_case(name):
    """TF.js ``toCamelCase``: ``input_shape`` -> ``inputShape``."""
    if len(name) <= 1 or "_" not in name:
        return name
    return re.sub(r"_+(\w|$)", lambda m: m.group(1).upper(), name)


def merge(options, kwargs, accepted, api_name):
    """Merge an options dict with keyword arguments into snake_case keys.

    ``accepted`` is an iterable of snake_case names. Keys may be camelCase (TF.js's
    spelling) or snake_case. An unknown key raises an error naming it and listing the
    accepted keys in TF.js's camelCase spelling; a key given twice (in the dict and as
    a keyword, or in both spellings) raises too.
    """
    if options is not None and not isinstance(options, dict):
        raise TFJSValueError(
            f"{api_name}: expected an options object (dict), got {type(options).__name__}")
    accepted = set(accepted)
    out, given = {}, {}
    for source in (options or {}), kwargs:
        for key, value in source.items():
            if not isinstance(key, str):
                raise TFJSValueError(f"{api_name}: option keys must be strings, got {key!r}")
            snake = key if key in accepted else to_snake_case(key)
            if snake not in accepted:
                names = ", ".join(sorted(to_camel_case(a) for a in accepted))
                raise TFJSValueError(
                    f"{api_name}: unknown option '{key}'. Accepted options: {names}")
            if snake in out:
                raise TFJSValueError(f"{api_name}: option '{to_camel_case(snake)}' is "
                                     f"given twice (as '{given[snake]}' and '{key}')")
            out[snake], given[snake] = value, key
    return out


def signature_keys(cls_or_fn, exclude=("self",)):
    """snake_case parameter names of a function or class ``__init__``."""
    fn = cls_or_fn.__init__ if inspect.isclass(cls_or_fn) else cls_or_fn
    params = inspect.signature(fn).parameters.values()
    return [p.name for p in params if p.name not in exclude
            and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def build(cls, options, kwargs, api_name, extra=()):
    """Construct ``cls`` from options + kwargs checked against its signature."""
    keys = signature_keys(cls) + list(extra)
    return cls(**merge(options, kwargs, keys, api_name))


def parse(options, kwargs, defaults, api_name):
    """Options for a call kind: ``defaults`` maps snake_case keys to default values.

    Returns a JSObject-free plain dict with every key present.
    """
    given = merge(options, kwargs, defaults.keys(), api_name)
    return {**defaults, **given}


def config_to_camel(value):
    """Recursively convert config dict keys snake_case -> camelCase (for ``getConfig()``)."""
    if isinstance(value, dict):
        return {to_camel_case(k): config_to_camel(v) for k, v in value.items()}
    if isinstance(value, list):
        return [config_to_camel(v) for v in value]
    return value


def config_to_snake(value):
    """Recursively convert config dict keys camelCase -> snake_case (model.json form)."""
    if isinstance(value, dict):
        return {to_snake_case(k): config_to_snake(v) for k, v in value.items()}
    if isinstance(value, list):
        return [config_to_snake(v) for v in value]
    return value
