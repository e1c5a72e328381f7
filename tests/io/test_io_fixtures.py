"""Model files written by real TF.js (tests/fixtures/models/, made by tools/gen_models.py)
load here and predict TF.js's recorded outputs; saving them again writes the bytes TF.js
writes when it saves the same loaded model."""
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

import tfjs_compat as tf

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "models"
CASES = sorted(p.name for p in ROOT.iterdir() if (p / "expected.json").is_file())


def _expected(name):
    return json.loads((ROOT / name / "expected.json").read_text())


def _tensor(spec):
    return tf.tensor(spec["values"], spec["shape"], spec["dtype"])


def _predict(model, exp):
    xs = [_tensor(i) for i in exp["inputs"]]
    out = model.predict(xs[0] if len(xs) == 1 else xs)
    return out if isinstance(out, list) else [out]


def test_fixture_cases_exist():
    assert {"dense", "conv_pool", "batchnorm", "lstm", "gru", "embedding", "functional", "nested",
            "converter_conv", "converter_keras", "quantized_uint8", "keras3_functional",
            "trained_adam"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_load_predicts_like_tfjs(name, device):
    exp = _expected(name)
    model = tf.loadLayersModel(f"file://{ROOT / name}/model.json")
    outs = _predict(model, exp)
    assert len(outs) == len(exp["outputs"])
    for got, want in zip(outs, exp["outputs"]):
        assert list(got.shape) == want["shape"]
        np.testing.assert_allclose(got.dataSync(), np.float32(want["values"]), rtol=0,
                                   atol=1e-6)
    assert [w.originalName for w in model.weights] == exp["weightNames"]


def test_plain_path_and_await(tmp_path):
    import asyncio

    async def load():
        return await tf.loadLayersModel(str(ROOT / "dense" / "model.json"))
    model = asyncio.run(load())
    exp = _expected("dense")
    np.testing.assert_allclose(_predict(model, exp)[0].dataSync(),
                               np.float32(exp["outputs"][0]["values"]), atol=1e-6)


@pytest.mark.parametrize("name", [n for n in CASES if "resaved" in _expected(n)])
def test_resave_writes_tfjs_bytes(name, tmp_path):
    exp = _expected(name)
    model = tf.loadLayersModel(f"file://{ROOT / name}/model.json")
    model.save(f"file://{tmp_path}/out")
    assert (tmp_path / "out" / "model.json").read_text() == exp["resaved"]["modelJson"]
    data = (tmp_path / "out" / "weights.bin").read_bytes()
    assert hashlib.sha256(data).hexdigest() == exp["resaved"]["weightsSha256"]


def test_nested_models_round_trip():
    """A functional model holding a Sequential (applied twice) and a functional model:
    save -> load -> save gives the same topology (nested node indices count from 1)."""
    from tfjs_compat.io.keras_json import js_stringify, model_from_topology
    inner = tf.sequential({"name": "rt_inner", "layers": [
        tf.layers.dense({"units": 3, "inputShape": [3], "name": "rt_d1"})]})
    fin = tf.input({"shape": [3], "name": "rt_fin"})
    fi = tf.model({"inputs": fin, "outputs": tf.layers.dense({"units": 2, "name": "rt_d2"})
                   .apply(fin), "name": "rt_finner"})
    x = tf.input({"shape": [3], "name": "rt_x"})
    y = inner.apply(inner.apply(x))
    outer = tf.model({"inputs": x, "outputs": [y, fi.apply(y)], "name": "rt_outer"})
    text = js_stringify(outer.toJSON(None, False))
    again = model_from_topology(json.loads(text))
    assert js_stringify(again.toJSON(None, False)) == text


def test_resaved_weights_are_tfjs_bytes_for_every_case(tmp_path):
    """Weights (not configs) of every loadable case resave to TF.js's exact bytes."""
    for name in CASES:
        exp = _expected(name)
        if "resaved" not in exp:
            continue
        model = tf.loadLayersModel(f"file://{ROOT / name}/model.json")
        model.save(f"file://{tmp_path}/{name}")
        data = (tmp_path / name / "weights.bin").read_bytes()
        assert hashlib.sha256(data).hexdigest() == exp["resaved"]["weightsSha256"], name


def test_include_optimizer_restores_adam_state(device):
    exp = _expected("trained_adam")
    model = tf.loadLayersModel(f"file://{ROOT / 'trained_adam'}/model.json")
    assert model.optimizer.getClassName() == "Adam"
    assert dict(model.optimizer.getConfig())["learningRate"] == 0.01
    assert model.optimizer.iterations == 2
    train = exp["train"]
    model.trainOnBatch(_tensor(train["x"]), _tensor(train["y"]))
    for got, want in zip(model.getWeights(), train["afterStep"]):
        np.testing.assert_allclose(got.dataSync(), np.float32(want["values"]), atol=1e-6)
    opt = list(model.optimizer.getWeights())
    assert len(opt) == len(train["optimizerAfterStep"])
    for got, want in zip(opt, train["optimizerAfterStep"]):
        np.testing.assert_allclose(got["tensor"].dataSync(), np.array(want["values"]),
                                   rtol=1e-5, atol=1e-7)


def test_codec_matches_tfjs():
    codec = json.loads((ROOT / "codec.json").read_text())
    decoded = tf.io.decodeWeights(bytes.fromhex(codec["hex"]), codec["specs"])
    for name, want in codec["decoded"].items():
        assert decoded[name].dtype == want["dtype"]
        assert list(decoded[name].shape) == want["shape"]
        if "values" in want:
            got = decoded[name].dataSync()
            if want["dtype"] == "string":
                assert list(got) == want["values"]
            else:
                np.testing.assert_array_equal(np.asarray(got, np.float64),
                                              np.array(want["values"], np.float64))
    again = tf.io.encodeWeights(decoded)
    assert again.data.hex() == codec["hex"]
    assert again.specs == codec["specs"]
