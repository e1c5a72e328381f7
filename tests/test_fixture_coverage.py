"""Every TF.js function we implement is exercised by at least one case recorded from
real TF.js (its name appears in some fixture's JS source)."""
import json
import re
from pathlib import Path

import tfjs_compat as tf

HERE = Path(__file__).parent
NAMES = json.loads((HERE / "tfjs_names.json").read_text())
JS = "\n".join(c["js"] for p in sorted((HERE / "fixtures").glob("*.json"))
               for c in json.loads(p.read_text())["cases"])
# The model-file fixtures (tests/fixtures/models/) are written by this TF.js program.
JS += (HERE.parent / "tools" / "gen_models_cases.js").read_text()
# Names with no TF.js behaviour to record in Node: they touch the network, a browser,
# or return data-source classes users do not call directly.
NOT_RECORDABLE = {"fetch", "convertBackendValuesAndArrayBuffer", "FileDataSource",
                  "URLDataSource", "TextLineDataset", "version_data", "dataToGPU"}


def _unexercised(ns_key, obj, pattern):
    out = []
    for name in NAMES.get(ns_key, []):
        if name in NOT_RECORDABLE or name[:1].isupper() or not callable(
                getattr(obj, name, None)):
            continue
        if not re.search(pattern.format(re.escape(name)), JS):
            out.append(name)
    return out


def test_every_tf_function_has_a_fixture():
    assert _unexercised("tf", tf, r"\b{}\b") == []


def test_every_namespace_function_has_a_fixture():
    missing = {}
    for key in NAMES:
        if key.startswith("tf.") and hasattr(tf, key[3:]):
            left = _unexercised(key, getattr(tf, key[3:]), r"\b{}\b")
            if left:
                missing[key] = left
    assert missing == {}


def test_every_tensor_method_has_a_fixture():
    assert _unexercised("Tensor.prototype", tf.Tensor, r"\.{}\b") == []
