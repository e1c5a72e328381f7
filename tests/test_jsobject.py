"""JSObject (dicts with attribute access) and resolved() (values that can be awaited)."""
import asyncio
import copy
import pickle

import numpy as np
import pytest

import tfjs_compat as tf
from tfjs_compat._jsobject import JSObject, Resolved, resolved, to_jsobject


def run(coro):
    return asyncio.run(coro)


async def _await(x):
    return await x


def test_jsobject_attribute_and_item_access():
    o = JSObject(loss=0.5, acc=1)
    assert o.loss == o["loss"] == 0.5
    o.val_loss = 2
    assert o["val_loss"] == 2
    del o.acc
    assert list(o) == ["loss", "val_loss"]


def test_jsobject_missing_attribute_raises_attribute_error():
    o = JSObject(a=1)
    with pytest.raises(AttributeError):
        _ = o.b
    with pytest.raises(AttributeError):
        del o.b
    assert getattr(o, "b", None) is None and not hasattr(o, "b")


def test_jsobject_is_a_dict_and_copies():
    o = JSObject(a=[1, 2])
    assert isinstance(o, dict) and o == {"a": [1, 2]}
    assert copy.deepcopy(o) == o and type(copy.copy(o)) is JSObject
    assert pickle.loads(pickle.dumps(o)) == o


def test_jsobject_key_shadowed_by_dict_method():
    o = JSObject(keys=1)
    assert o["keys"] == 1 and callable(o.keys)


def test_to_jsobject_recurses():
    o = to_jsobject({"a": {"b": [{"c": 1}]}})
    assert o.a.b[0].c == 1


def test_memory_is_jsobject():
    m = tf.memory()
    assert isinstance(m, JSObject) and m.numTensors == m["numTensors"]


@pytest.mark.parametrize("value", [
    np.array([1.5, 2], np.float32), [1, 2], {"a": 1}, None, True, False, 3.5, 7, "s",
])
def test_resolved_direct_and_awaited(value):
    r = resolved(value)
    got = run(_await(r))
    if isinstance(value, np.ndarray):
        assert type(got) is np.ndarray and np.array_equal(got, value)
        assert np.array_equal(r, value) and r.dtype == value.dtype
    else:
        want = JSObject if isinstance(value, dict) else type(value)
        assert got == value and type(got) is want
        assert r == value
        assert bool(r) == bool(value)


def test_resolved_numbers_and_strings_are_real_instances():
    assert isinstance(resolved(3.5), float) and resolved(3.5) + 1 == 4.5
    assert isinstance(resolved(7), int) and resolved(7) * 2 == 14
    assert resolved("ab").upper() == "AB"
    assert isinstance(resolved({"a": 1}), JSObject) and resolved({"a": 1}).a == 1
    assert isinstance(resolved([1]), list)


def test_resolved_none_and_bool():
    r = resolved(None)
    assert isinstance(r, Resolved) and r == None and not r  # noqa: E711
    assert resolved(True) == True and resolved(True)  # noqa: E712
    assert hash(resolved(True)) == hash(True) and repr(resolved(None)) == "None"


def test_resolved_passes_awaitables_through():
    r = resolved([1])
    assert resolved(r) is r


def test_promise_calls_work_both_ways():
    t = tf.tensor([1, 2])

    async def main():
        return (await t.data(), await t.array(), await tf.ready(),
                await tf.setBackend(tf.getBackend()))
    data, arr, ready, ok = run(main())
    assert type(data) is np.ndarray and data.tolist() == [1, 2]
    assert arr == [1, 2] and ready is None and ok is True
    assert t.data().tolist() == [1, 2] and t.array() == [1, 2]
