"""Every example runs; its deterministic variant prints exactly what TF.js printed for the
same program (tests/fixtures/examples.json, recorded from tools/snippets/examples.js)."""
import asyncio
import contextlib
import importlib.util
import inspect
import io
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ["getting_started", "softmax_tensor", "softmax_dense", "iris", "convnet_digits"]
CASE_OF = {"getting_started": "getting_started_fixed", "softmax_tensor": "softmax_tensor",
           "softmax_dense": "softmax_dense_fixed", "iris": "iris_fixed",
           "convnet_digits": "convnet_digits_fixed"}


def _load(name):
    spec = importlib.util.spec_from_file_location(f"example_{name}",
                                                  ROOT / "examples" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(name, fixed):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = _load(name).main(fixed=fixed)
        if inspect.isawaitable(result):
            asyncio.run(result)
    return out.getvalue()


def _tfjs_stdout(name):
    cases = json.loads((ROOT / "tests" / "fixtures" / "examples.json").read_text())["cases"]
    return next(c for c in cases if c["id"] == CASE_OF[name])["stdout"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_prints_what_tfjs_prints(name):
    assert _run(name, fixed=True) == _tfjs_stdout(name)


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_has_its_javascript_original(name):
    doc = _load(name).__doc__
    assert "The JavaScript original" in doc and "tf." in doc


def test_getting_started_learns_the_line():
    text = _run("getting_started", fixed=False)
    value = float(text.split("[[")[1].split("]")[0])
    assert abs(value - 39) < 2.5, text


def test_classifier_examples_run_with_random_weights():
    assert _run("iris", fixed=False).splitlines()[-1].split() != []
    lines = _run("convnet_digits", fixed=False).splitlines()
    assert lines[0].startswith("loss ") and len(lines[-1].split()) == 6
