"""Routers, async handlers and the in-memory helpers outside an event loop, and the
documented differences from TF.js in Node (tools/snippets/io.js records what the two
share)."""
import asyncio

import numpy as np
import pytest

import tfjs_compat as tf
from tfjs_compat.errors import TFJSError


def _model(name):
    return tf.sequential({"name": name, "layers": [tf.layers.dense(
        {"units": 2, "inputShape": [3], "kernelInitializer": "ones", "name": name + "_d"})]})


def _mem_routers(scheme):
    store = {}

    def save_router(url):
        if not url.startswith(scheme):
            return None

        async def save(artifacts):
            await asyncio.sleep(0)
            store[url] = artifacts
            return {"modelArtifactsInfo": {"saved": url}}
        return tf.io.withSaveHandler(save)

    class Loader:
        def __init__(self, url):
            self.url = url

        async def load(self):
            await asyncio.sleep(0)
            return store[self.url]

    tf.io.registerSaveRouter(save_router)
    tf.io.registerLoadRouter(lambda url: Loader(url) if url.startswith(scheme) else None)
    return store


def test_async_handlers_without_a_running_loop():
    store = _mem_routers("pyrt1://")
    assert _model("rt1").save("pyrt1://a") == {"modelArtifactsInfo": {"saved": "pyrt1://a"}}
    loaded = tf.loadLayersModel("pyrt1://a")
    assert loaded.predict(tf.ones([1, 3])).dataSync().tolist() == [3, 3]
    assert tf.io.copyModel("pyrt1://a", "pyrt1://b") == {"saved": "pyrt1://b"}
    assert sorted(store) == ["pyrt1://a", "pyrt1://b"]


def test_sync_copy_result_is_awaitable():
    tf.io.registerSaveRouter(lambda url: tf.io.withSaveHandlerSync(
        lambda a: {"modelArtifactsInfo": {"n": len(a["weightData"])}})
        if url.startswith("pyrt2://") else None)
    art = _model("rt2").save(tf.io.withSaveHandlerSync(lambda a: a))
    tf.io.registerLoadRouter(lambda url: tf.io.fromMemorySync(art)
                             if url.startswith("pyrt2://") else None)

    async def main():
        return await tf.io.copyModel("pyrt2://a", "pyrt2://b")
    assert asyncio.run(main()) == {"n": 32}
    assert tf.io.copyModel("pyrt2://a", "pyrt2://c") == {"n": 32}


def test_from_memory_load_is_awaitable_and_sync_load_is_not():
    art = {"modelTopology": {"a": 1}}
    assert tf.io.fromMemorySync(art).load() is art
    loaded = tf.io.fromMemory(art).load()
    assert loaded == art and asyncio.run(_await(loaded)) == art


async def _await(x):
    return await x


def test_from_memory_legacy_forms(capsys):
    assert tf.io.fromMemorySync({"x": 1}).load() == {"modelTopology": {"x": 1}}
    assert "only one argument" in capsys.readouterr().err
    h = tf.io.fromMemorySync({"x": 1}, None)
    assert list(h.load()) == ["modelTopology", "weightSpecs", "weightData", "trainingConfig"]
    assert tf.io.fromMemorySync({"weightSpecs": []}).load() == {"weightSpecs": []}


def test_model_artifacts_for_json_sync_load_weights():
    mj = {"modelTopology": {}, "weightsManifest": [{"paths": ["a"], "weights": []}]}
    a = tf.io.getModelArtifactsForJSON(mj, lambda m: ([], b""))
    assert a["weightSpecs"] == [] and a["weightData"] == b""


def test_concatenate_single_buffer_and_arrays():
    assert tf.io.concatenateArrayBuffers(bytearray([1, 2])) == b"\x01\x02"
    assert tf.io.concatenateArrayBuffers(np.array([1], np.int32)) == b"\x01\x00\x00\x00"
    assert tf.io.concatenateArrayBuffers((b"a", memoryview(b"b"))) == b"ab"


def test_binary_topology_info_error():
    with pytest.raises(TFJSError, match="Expected JSON model topology, received ArrayBuffer."):
        tf.io.getModelArtifactsInfoForJSON({"modelTopology": np.zeros(3, np.uint8)})


def test_documented_routing_differences_from_tfjs_in_node():
    # TF.js in Node: file:// 0, localstorage:// 0, indexeddb:// 0, http:// 1 handler.
    assert len(tf.io.getLoadHandlers("file://m/model.json")) == 1
    assert len(tf.io.getSaveHandlers("localstorage://m")) == 1
    assert len(tf.io.getLoadHandlers("indexeddb://m")) == 1
    assert tf.io.getLoadHandlers("http://h/model.json") == []
    assert tf.io.getSaveHandlers("https://h/save") == []
    # TF.js falls back to fetching an unmatched URL over http.
    with pytest.raises(TFJSError, match="Cannot find any load handlers for URL 'foo://x'"):
        tf.loadLayersModel("foo://x")
