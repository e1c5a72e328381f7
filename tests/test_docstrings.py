"""Every public function and class names the TF.js symbol it mirrors in its docstring
("TF.js: tf.xxx"), or says it is not in TF.js."""
import inspect
import json
from pathlib import Path

import tfjs_compat as tf
from tfjs_compat.tensor import Tensor

NAMES = json.loads((Path(__file__).parent / "tfjs_names.json").read_text())
TFJS = set().union(*NAMES.values()) | {"assert_"}


def _public(obj, prefix):
    for name in dir(obj):
        if name.startswith("_") or name not in TFJS:
            continue
        value = getattr(obj, name)
        module = getattr(value, "__module__", "") or ""
        if callable(value) and module.startswith("tfjs_compat"):
            yield f"{prefix}.{name}", value


def _namespaces():
    yield "tf", tf
    for name in dir(tf):
        if name.startswith("_"):
            continue
        value = getattr(tf, name)
        if type(value).__name__ in ("Namespace", "module") and getattr(
                value, "__name__", "").startswith(("tf.", "tfjs_compat")):
            yield f"tf.{name}", value


def _missing():
    seen, bad = set(), []
    for prefix, ns in _namespaces():
        for label, fn in _public(ns, prefix):
            if id(fn) in seen:
                continue
            seen.add(id(fn))
            doc = inspect.getdoc(fn) or ""
            if "TF.js" not in doc:
                bad.append(label)
    return sorted(bad)


def test_public_functions_name_their_tfjs_symbol():
    assert _missing() == []


def test_tensor_methods_have_docstrings():
    bad = [n for n, v in vars(Tensor).items() | vars(Tensor.__mro__[1]).items()
           if not n.startswith("_") and callable(v) and "TF.js" not in (v.__doc__ or "")]
    assert sorted(bad) == []
