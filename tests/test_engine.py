"""Engine behaviour that the TF.js fixtures (tests/fixtures/engine.json) cannot show:
devices and backend names, switching backends, Python-specific lifetime rules."""
import asyncio
import gc
import os
import subprocess
import sys

import pytest
import torch

import tfjs_compat as tf
from tfjs_compat import engine
from tfjs_compat.errors import TFJSTypeError, TFJSValueError

BEST = "cuda" if torch.cuda.is_available() else "cpu"


def _fresh(code, **env):
    """Run ``code`` in a new interpreter; returns its stdout lines."""
    full = {k: v for k, v in os.environ.items() if k != "TFJS_COMPAT_BACKEND"}
    full.update(env)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=full, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_default_backend_in_a_new_process():
    code = ("import tfjs_compat as tf\nprint(tf.getBackend())\nt = tf.tensor([1])\n"
            "print(tf.getBackend(), t.torch().device.type)")
    assert _fresh(code) == ["None", BEST, BEST]
    assert _fresh(code, TFJS_COMPAT_BACKEND="cpu") == ["None", "cpu", "cpu"]


@pytest.mark.parametrize("alias", ["webgl", "webgpu", "wasm", "tensorflow"])
def test_tfjs_backend_names_pick_the_best_device(alias):
    before = tf.getBackend()
    try:
        r = tf.setBackend(alias)
        assert r == True and r and asyncio.run(_await(r)) is True  # noqa: E712
        assert tf.getBackend() == BEST
    finally:
        tf.setBackend(before or "cpu")


async def _await(x):
    return await x


@pytest.mark.parametrize("name", ["foo", "", "CPU", 5, None] +
                         ([] if torch.cuda.is_available() else ["cuda"]) +
                         ([] if "mps" in engine.available_backends() else ["mps"]))
def test_absent_backend_raises_tfjs_error(name):
    before = tf.getBackend()
    shown = {None: "undefined"}.get(name, name)
    with pytest.raises(TFJSValueError, match=f"^Backend name '{shown}' not found in "
                                             f"registry$"):
        tf.setBackend(name)
    assert tf.getBackend() == before


def test_available_backends():
    names = engine.available_backends()
    assert names[-1] == "cpu" and ("cuda" in names) == torch.cuda.is_available()


def test_new_tensors_go_to_the_current_backend(device):
    assert tf.getBackend() == device
    t = tf.tensor([1, 2])
    assert t.torch().device.type == device
    assert tf.zeros([2]).torch().device.type == device


def test_ops_on_tensors_from_another_backend(device):
    a = tf.tensor([1, 2])
    tf.setBackend("cpu")
    b = tf.tensor([10, 20])
    tf.setBackend(device)
    c = a.add(b)
    assert c.torch().device.type == device and c.arraySync() == [11, 22]
    assert (b * a).arraySync() == [10, 40]


def test_backend_object_is_stable():
    assert tf.backend() is tf.backend()
    assert tf.backend().epsilon() == 1e-7 and tf.backend().floatPrecision() == 32


def test_memory_counts_on_every_device(device):
    gc.collect()
    m0 = tf.memory()
    a = tf.tensor([[1, 2], [3, 4]])
    b = tf.tensor([True])
    m1 = tf.memory()
    assert (m1.numTensors - m0.numTensors, m1.numBytes - m0.numBytes) == (2, 17)
    tf.dispose([a, b])
    assert tf.memory().numTensors == m0.numTensors


def test_garbage_collected_tensor_is_released():
    gc.collect()
    n = tf.memory().numTensors
    t = tf.tensor([1, 2, 3])
    assert tf.memory().numTensors == n + 1
    del t
    gc.collect()
    assert tf.memory().numTensors == n


def test_tidy_on_device(device):
    gc.collect()
    n = tf.memory().numTensors
    y = tf.tidy(lambda: tf.ones([3]).mul(2).add(1))
    assert tf.memory().numTensors == n + 1 and y.arraySync() == [3, 3, 3]


def test_tidy_with_async_function_logs_and_returns_the_coroutine(capsys):
    async def f():
        return tf.ones([1])
    coro = tf.tidy(f)
    assert asyncio.iscoroutine(coro)
    assert capsys.readouterr().err == "Cannot return a Promise inside of tidy.\n"
    assert asyncio.run(coro).arraySync() == [1]


def test_tidy_keeps_awaitable_results_silent(capsys):
    t = tf.tensor([1, 2])
    assert tf.tidy(lambda: t.data()).tolist() == [1, 2]
    assert capsys.readouterr().err == ""


def test_tidy_returning_tuple_keeps_its_tensors():
    a, b = tf.tidy(lambda: (tf.ones([1]), tf.zeros([1])))
    assert not a.isDisposed and not b.isDisposed


def test_tidy_base_exception_still_disposes():
    box = {}

    def f():
        box["x"] = tf.ones([1])
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        tf.tidy(f)
    assert box["x"].isDisposed


@pytest.mark.parametrize("value,msg", [
    (5, "Cannot create property 'kept' on number '5'"),
    ("a", "Cannot create property 'kept' on string 'a'"),
    (True, "Cannot create property 'kept' on boolean 'true'"),
    (None, "Cannot set properties of null (setting 'kept')"),
])
def test_keep_of_a_primitive_raises_tfjs_type_error(value, msg):
    with pytest.raises(TFJSTypeError) as e:
        tf.keep(value)
    assert str(e.value) == msg


def test_dispose_tuple_and_disposed_use():
    a, b = tf.tensor([1]), tf.tensor([2])
    tf.dispose((a, [b]))
    assert a.isDisposed and b.isDisposed
    with pytest.raises(Exception, match="^Tensor is disposed.$"):
        tf.add(a, 1)


def test_env_flags_and_features():
    e = tf.env()
    assert e is tf.env()
    assert e.get("WEBGL_VERSION") == 0 and e.get("HAS_WEBGL") is False
    assert "WEBGL_VERSION" in e.features and e.features is e.getFlags()
    with pytest.raises(TFJSValueError, match="WebGL is disabled"):
        e.get("WEBGL_MAX_TEXTURE_SIZE")
    saved = dict(e.flags)
    try:
        e.set("IS_TEST", True)
        assert e.getBool("IS_TEST") is True
        e.reset()
        assert dict(e.features) == {} and e.get("IS_NODE") is True
        e.setFlags({"DEBUG": False})
        assert dict(e.features) == {"DEBUG": False}
    finally:
        e.setFlags(saved)


def test_version():
    assert tf.version["tfjs-core"] == "4.22.0" and tf.version.tfjs == "4.22.0"


def test_ready_returns_awaitable_none():
    r = tf.ready()
    assert r == None and asyncio.run(_await(r)) is None  # noqa: E711
    assert tf.getBackend() is not None
