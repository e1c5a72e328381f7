"""localstorage:// and indexeddb:// (a local model store directory), and
copyModel / moveModel / listModels / removeModel."""
from pathlib import Path

import numpy as np
import pytest

import tfjs_compat as tf
from tfjs_compat.errors import TFJSError

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "models"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("TFJS_COMPAT_MODEL_STORE", str(tmp_path / "store"))
    return tmp_path / "store"


@pytest.fixture
def model():
    return tf.loadLayersModel(f"file://{ROOT / 'dense'}/model.json")


def _same(a, b):
    for x, y in zip(a.getWeights(), b.getWeights()):
        np.testing.assert_array_equal(x.dataSync(), y.dataSync())


@pytest.mark.parametrize("scheme", ["localstorage", "indexeddb"])
def test_browser_schemes_save_and_load(scheme, store, model):
    result = model.save(f"{scheme}://my/model")
    assert result["modelArtifactsInfo"]["weightDataBytes"] == 104
    _same(model, tf.loadLayersModel(f"{scheme}://my/model"))
    listed = tf.io.listModels()
    assert list(listed) == [f"{scheme}://my/model"]
    assert listed[f"{scheme}://my/model"]["modelTopologyType"] == "JSON"


def test_names_cannot_escape_the_store(store, model):
    model.save("localstorage://../../evil")
    assert list(tf.io.listModels()) == ["localstorage://../../evil"]
    assert all(store in p.parents for p in store.rglob("*"))
    assert not (store.parent / "evil").exists()


def test_store_errors(store):
    with pytest.raises(TFJSError, match="^In local storage, there is no model with name "
                                        "'nope'$"):
        tf.loadLayersModel("localstorage://nope")
    with pytest.raises(TFJSError, match=r"^Cannot find model with path 'nope' in IndexedDB\.$"):
        tf.loadLayersModel("indexeddb://nope")
    with pytest.raises(TFJSError, match="^Cannot find model at path 'nope'$"):
        tf.io.removeModel("localstorage://nope")
    with pytest.raises(TFJSError, match="modelPath must not be null, undefined or empty"):
        tf.loadLayersModel("indexeddb://")
    with pytest.raises(TFJSError, match="does not contain a scheme"):
        tf.io.removeModel("nope")
    with pytest.raises(TFJSError, match="Cannot find model manager for scheme 'http'"):
        tf.io.removeModel("http://x")


def test_copy_move_remove(store, model, tmp_path):
    info = tf.io.copyModel(f"file://{ROOT / 'dense'}/model.json", "localstorage://a")
    assert info["weightDataBytes"] == 104
    tf.io.moveModel("localstorage://a", "indexeddb://b")
    assert list(tf.io.listModels()) == ["indexeddb://b"]
    tf.io.moveModel("indexeddb://b", f"file://{tmp_path}/out")
    assert tf.io.listModels() == {}
    _same(model, tf.loadLayersModel(f"file://{tmp_path}/out/model.json"))
    tf.io.copyModel(f"file://{tmp_path}/out/model.json", f"file://{tmp_path}/out2")
    removed = tf.io.removeModel(f"file://{tmp_path}/out")
    assert removed["weightDataBytes"] == 104
    assert not (tmp_path / "out").exists()
    assert (tmp_path / "out2" / "model.json").exists()
    with pytest.raises(TFJSError, match="Old path and new path are the same"):
        tf.io.copyModel("localstorage://x", "localstorage://x")
    with pytest.raises(TFJSError, match="no save handler is found for destination URL "
                                        "nope://x"):
        tf.io.copyModel(f"file://{tmp_path}/out2/model.json", "nope://x")


def test_custom_routers():
    saved = []

    class Sink:
        def save(self, artifacts):
            saved.append(artifacts)
            return {"ok": True}
    tf.io.registerSaveRouter(lambda url: Sink() if url.startswith("sink://") else None)
    model = tf.loadLayersModel(f"file://{ROOT / 'dense'}/model.json")
    assert model.save("sink://x") == {"ok": True}
    assert len(tf.io.getSaveHandlers("sink://x")) == 1
    assert tf.io.getLoadHandlers("sink://x") == []
    tf.io.registerLoadRouter(lambda url: tf.io.fromMemory(saved[0])
                             if url.startswith("sink://") else None)
    _same(model, tf.loadLayersModel("sink://x"))
