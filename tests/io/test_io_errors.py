"""Bad model files are rejected with clear errors (TF.js's texts where it has them), and
a failed save never damages an existing model."""
import json
import os
import shutil
from pathlib import Path

import pytest

import tfjs_compat as tf
from tfjs_compat.errors import TFJSError
from tfjs_compat.io import handlers as H

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "models"


@pytest.fixture
def dense_dir(tmp_path):
    target = tmp_path / "dense"
    shutil.copytree(ROOT / "dense", target)
    return target


def _load(path):
    return tf.loadLayersModel(f"file://{path}")


def _edit(dense_dir, fn):
    doc = json.loads((dense_dir / "model.json").read_text())
    fn(doc)
    (dense_dir / "model.json").write_text(json.dumps(doc))


def test_truncated_weights(dense_dir):
    data = (dense_dir / "weights.bin").read_bytes()
    (dense_dir / "weights.bin").write_bytes(data[:20])
    with pytest.raises(TFJSError, match=r"Based on the provided shape, \[3,4\], the tensor "
                                        r"should have 12 values but has 5.*truncated"):
        _load(dense_dir / "model.json")


def test_weights_longer_than_manifest(dense_dir):
    with open(dense_dir / "weights.bin", "ab") as f:
        f.write(b"\0" * 8)
    with pytest.raises(TFJSError, match="does not match the manifest"):
        _load(dense_dir / "model.json")


def test_missing_weights_file(dense_dir):
    os.remove(dense_dir / "weights.bin")
    with pytest.raises(TFJSError, match=r"Weight file .*weights.bin does not exist: "
                                        "loading failed"):
        _load(dense_dir / "model.json")


def test_missing_and_directory_paths(tmp_path, dense_dir):
    with pytest.raises(TFJSError, match="does not exist: loading failed"):
        _load(tmp_path / "nope" / "model.json")
    with pytest.raises(TFJSError, match="Loading from a directory is not supported"):
        _load(dense_dir)


def test_shape_mismatch(dense_dir):
    _edit(dense_dir, lambda d: d["weightsManifest"][0]["weights"][0].update(shape=[4, 3]))
    with pytest.raises(TFJSError, match=r"Shape mismatch: \[3,4\] vs. \[4,3\]"):
        _load(dense_dir / "model.json")


def test_missing_weights_in_manifest(dense_dir):
    def drop(d):
        d["weightsManifest"][0]["weights"] = d["weightsManifest"][0]["weights"][:2]
    _edit(dense_dir, drop)
    data = (dense_dir / "weights.bin").read_bytes()
    (dense_dir / "weights.bin").write_bytes(data[:64])
    with pytest.raises(ValueError, match="^2 of 4 weights are not set: out/kernel,out/bias$"):
        _load(dense_dir / "model.json")


def test_unknown_layer_class(dense_dir):
    _edit(dense_dir, lambda d: d["modelTopology"]["config"]["layers"][0].update(
        class_name="Foo"))
    with pytest.raises(ValueError, match=r"(?s)Unknown layer: Foo\..*registerClass"):
        _load(dense_dir / "model.json")


def test_unsupported_dtype(dense_dir):
    _edit(dense_dir, lambda d: d["weightsManifest"][0]["weights"][0].update(
        dtype="float64"))
    with pytest.raises(TFJSError, match="Unsupported dtype in weight 'hidden/kernel': "
                                        "float64"):
        _load(dense_dir / "model.json")


def test_bad_quantization(dense_dir):
    _edit(dense_dir, lambda d: d["weightsManifest"][0]["weights"][0].update(
        quantization={"dtype": "int4"}))
    with pytest.raises(TFJSError, match="unknown quantization dtype int4"):
        _load(dense_dir / "model.json")


def test_malformed_json(dense_dir):
    (dense_dir / "model.json").write_text('{"modelTopology": {')
    with pytest.raises(TFJSError, match="Failed to parse model JSON file"):
        _load(dense_dir / "model.json")
    (dense_dir / "model.json").write_text('{"format": "graph-model", "modelTopology": {}}')
    with pytest.raises(TFJSError, match="graph model"):
        _load(dense_dir / "model.json")
    (dense_dir / "model.json").write_text('{"weightsManifest": 3, "modelTopology": {}}')
    with pytest.raises(TFJSError, match="Malformed weightsManifest"):
        _load(dense_dir / "model.json")


def test_weight_path_outside_the_model_directory(dense_dir):
    _edit(dense_dir, lambda d: d["weightsManifest"][0].update(paths=["../../etc/passwd"]))
    with pytest.raises(TFJSError, match="outside the model directory"):
        _load(dense_dir / "model.json")


def test_save_url_errors(tmp_path):
    model = tf.loadLayersModel(f"file://{ROOT / 'dense'}/model.json")
    with pytest.raises(ValueError, match="^Cannot find any save handlers for URL 'nope'$"):
        model.save("nope")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(TFJSError, match="exists as a file"):
        model.save(f"file://{tmp_path}/afile")
    with pytest.raises(ValueError, match="does not have the `save` attribute defined"):
        model.save(object())


def test_failed_save_keeps_the_existing_model(dense_dir, monkeypatch):
    before = {p.name: p.read_bytes() for p in dense_dir.iterdir()}
    other = tf.loadLayersModel(f"file://{ROOT / 'functional'}/model.json")
    calls = []
    real_replace = os.replace

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 3:   # weights.bin swapped in, model.json not yet
            raise OSError("disk full")
        return real_replace(src, dst)
    monkeypatch.setattr(H.os, "replace", flaky)
    with pytest.raises(OSError, match="disk full"):
        other.save(f"file://{dense_dir}")
    monkeypatch.setattr(H.os, "replace", real_replace)
    after = {p.name: p.read_bytes() for p in dense_dir.iterdir()}
    assert after == before
    _load(dense_dir / "model.json")


def test_failed_encode_writes_nothing(tmp_path, monkeypatch):
    model = tf.loadLayersModel(f"file://{ROOT / 'dense'}/model.json")

    def boom(*a, **k):
        raise RuntimeError("boom")
    monkeypatch.setattr(H, "js_stringify", boom)
    with pytest.raises(RuntimeError):
        model.save(f"file://{tmp_path}/new")
    assert not (tmp_path / "new").exists()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_load_handler_errors():
    with pytest.raises(TFJSError, match="Cannot find any load handlers for URL "
                                        "'http://x/model.json'"):
        tf.loadLayersModel("http://x/model.json")
    with pytest.raises(ValueError, match="does not have the `load` method implemented"):
        tf.loadLayersModel(object())
    with pytest.raises(ValueError, match="contains weight data, but not weight specs"):
        art = {}
        tf.loadLayersModel(f"file://{ROOT / 'dense'}/model.json").save(
            tf.io.withSaveHandler(lambda a: art.update(a)))
        art.pop("weightSpecs")
        tf.loadLayersModel(tf.io.fromMemory(art))
