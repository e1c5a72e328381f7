"""Random ops: unseeded behaviour (shape, dtype, range, moments), the Alea generator,
the internal API for initializers, and seeded results on every device.

Seeded values against TF.js are in tests/fixtures/random.json (tools/snippets/random.js).
"""
import math

import numpy as np
import pytest
import torch

import tfjs_compat as tf
from tfjs_compat.ops import random as rnd
from tfjs_compat.ops._alea import Alea

N = 20000


def _np(t):
    return t.dataSync()


def _device_of(t):
    return t._t.device.type


# --- Alea -------------------------------------------------------------------------------

def test_alea_vectors_from_facts():
    # tfjs-facts.md section 8.1 (recorded from seedrandom 3.0.5)
    a = Alea("42")
    assert [a() for _ in range(5)] == [0.6848634963389486, 0.5463244677521288,
                                       0.8455933185759932, 0.19908552314154804,
                                       0.5637381218839437]
    a = Alea("1")
    assert [a() for _ in range(3)] == [0.526047095656395, 0.12264361372217536,
                                       0.47771977609954774]


def test_alea_bulk_equals_single_draws():
    a, b = Alea("seed"), Alea("seed")
    bulk = np.concatenate([a.draws(7), [a()], a.draws(5), a.draws(0), a.draws(3)])
    single = np.array([b() for _ in range(16)])
    assert np.array_equal(bulk, single)
    assert a() == b()


def test_seed_string_is_js_string():
    assert rnd.seed_string(42) == "42"
    assert rnd.seed_string(1.5) == "1.5"
    assert rnd.seed_string(1e21) == "1e+21"
    assert rnd.seed_string(1e-7) == "1e-7"
    assert rnd.seed_string(42.0) == "42"
    assert rnd.seed_string(True) == "true"
    assert rnd.seed_string("x") == "x"
    with pytest.raises(tf.errors.TFJSError):
        rnd.seed_string([1])


def test_falsy_seeds():
    for s in (None, 0, 0.0, math.nan, "", False):
        assert rnd.is_falsy_seed(s)
    for s in (1, -1, 0.5, "0", "a", True):
        assert not rnd.is_falsy_seed(s)


# --- internal API -------------------------------------------------------------------------

def test_uniform_values_match_op():
    v = rnd.uniform_values([3, 4], -2, 2, 42)
    assert v.dtype == np.float32 and v.shape == (3, 4)
    assert np.array_equal(v, _np(tf.randomUniform([3, 4], -2, 2, "float32", 42)).reshape(3, 4))
    assert rnd.uniform_values([5], 0, 10, 42, "int32").tolist() == [6, 5, 8, 1, 5]


def test_normal_values_match_op():
    for truncated, op in ((False, tf.randomNormal), (True, tf.truncatedNormal)):
        v = rnd.normal_values([7, 9], 0.5, 2, "s", truncated)
        assert v.shape == (7, 9)
        assert np.array_equal(v.reshape(-1), _np(op([7, 9], 0.5, 2, "float32", "s")))


def test_normal_values_prefix_property():
    # A larger request extends a smaller one: the stream is the same.
    small = rnd.normal_values([11], 0, 1, 5, True)
    big = rnd.normal_values([1001], 0, 1, 5, True)
    assert np.array_equal(small, big[:11])


def test_torch_helpers_seeded_and_unseeded(device):
    a = rnd.uniform([4], 0, 1, "float32", 3)
    b = rnd.normal([4], 0, 1, "float32", 3, truncated=True)
    assert a.dtype == torch.float32 and b.dtype == torch.float32
    assert a.device.type == device and b.device.type == device
    assert rnd.uniform([4], 0, 1, "float32", None).device.type == device
    assert rnd.normal([4], 0, 1, "int32", 0).dtype == torch.int32


# --- seeded on every device ------------------------------------------------------------------

def test_seeded_same_on_device(device):
    t = tf.randomNormal([5], 0, 1, "float32", 42)
    assert _device_of(t) == device
    assert np.array_equal(_np(t), rnd.normal_values([5], 0, 1, 42))
    m = tf.multinomial(tf.tensor1d([1, 2, 3]), 5, 3)
    assert _device_of(m) == device and _np(m).tolist() == [2, 2, 0, 2, 1]
    g = tf.randomGamma([3], 2, 1, "float32", 4)
    assert _device_of(g) == device


def test_seeded_repeatable():
    for op in (lambda s: tf.randomUniform([50], 0, 1, "float32", s),
               lambda s: tf.randomNormal([50], 0, 1, "float32", s),
               lambda s: tf.truncatedNormal([50], 0, 1, "float32", s),
               lambda s: tf.randomGamma([50], 0.7, 1, "float32", s),
               lambda s: tf.multinomial(tf.zeros([10]), 50, s)):
        assert np.array_equal(_np(op(9)), _np(op("9")))
        assert not np.array_equal(_np(op(9)), _np(op(10)))


# --- unseeded: shape, dtype, range, moments ------------------------------------------

def test_uniform_unseeded(device):
    t = tf.randomUniform([100, 200], -3, 5)
    assert t.shape == [100, 200] and t.dtype == "float32" and _device_of(t) == device
    v = _np(t)
    assert v.min() >= -3 and v.max() < 5
    assert abs(v.mean() - 1) < 0.1 and abs(v.std() - 8 / math.sqrt(12)) < 0.1


def test_uniform_unseeded_int_and_bool(device):
    v = _np(tf.randomUniform([N], 0, 10, "int32"))
    assert v.dtype == np.int32 and v.min() == 0 and v.max() == 9
    w = _np(tf.randomUniformInt([N], -10, 0))
    assert w.min() == -9 and w.max() == 0      # truncation toward zero, as TF.js
    b = tf.randomUniform([10], 0, 1, "bool")
    assert b.dtype == "bool" and not _np(b).any()


def test_uniform_unseeded_varies():
    assert not np.array_equal(_np(tf.randomUniform([10])), _np(tf.randomUniform([10])))


def test_unseeded_respects_torch_manual_seed():
    torch.manual_seed(123)
    a = _np(tf.randomNormal([10]))
    torch.manual_seed(123)
    b = _np(tf.randomNormal([10]))
    assert np.array_equal(a, b)


@pytest.mark.parametrize("seed", [None, 0])
def test_normal_unseeded(device, seed):
    t = tf.randomNormal([N], 2, 3, None, seed)
    assert t.dtype == "float32" and t.shape == [N] and _device_of(t) == device
    v = _np(t)
    assert abs(v.mean() - 2) < 0.15 and abs(v.std() - 3) < 0.15
    i = _np(tf.randomNormal([N], 0, 3, "int32"))
    assert i.dtype == np.int32 and np.all(i == np.round(i))


def test_standard_normal_unseeded(device):
    v = _np(tf.randomStandardNormal([4, N // 4]))
    assert abs(v.mean()) < 0.05 and abs(v.std() - 1) < 0.05


def test_truncated_unseeded(device):
    t = tf.truncatedNormal([N], 1, 0.5)
    assert _device_of(t) == device
    v = _np(t)
    assert v.min() >= 0 and v.max() <= 2
    # std of a normal truncated at 2 sigma: 0.8796 sigma
    assert abs(v.mean() - 1) < 0.03 and abs(v.std() - 0.8796 * 0.5) < 0.03
    assert np.all(_np(tf.truncatedNormal([5], 2, 0)) == 2)


def test_truncated_empty_interval_raises():
    for std in (-1, math.nan):
        with pytest.raises(tf.errors.TFJSError, match="loop forever"):
            tf.truncatedNormal([3], 0, std, "float32", 1)
        with pytest.raises(tf.errors.TFJSError, match="loop forever"):
            tf.truncatedNormal([3], 0, std)


def test_gamma_unseeded(device):
    alpha, beta = 2.5, 2.0
    t = tf.randomGamma([N], alpha, beta)
    assert t.dtype == "float32" and _device_of(t) == device
    v = _np(t)
    assert v.min() > 0
    assert abs(v.mean() - alpha / beta) < 0.05 and abs(v.var() - alpha / beta ** 2) < 0.1
    i = tf.randomGamma([100], 5, 1, "int32")
    assert i.dtype == "int32"
    assert np.isnan(_np(tf.randomGamma([3]))).all()   # alpha undefined -> NaN, as TF.js


def test_multinomial_unseeded(device):
    probs = np.array([0.1, 0.2, 0.7], dtype=np.float32)
    t = tf.multinomial(tf.tensor1d(np.log(probs)), N)
    assert t.dtype == "int32" and t.shape == [N] and _device_of(t) == device
    freq = np.bincount(_np(t), minlength=3) / N
    assert np.allclose(freq, probs, atol=0.02)
    t2 = tf.multinomial(tf.tensor2d([[0.5, 0.5], [0.9, 0.1]]), 1000, None, True)
    assert t2.shape == [2, 1000]
    v = _np(t2).reshape(2, 1000)
    assert set(np.unique(v)) <= {0, 1}
    assert abs(v[1].mean() - 0.1) < 0.05


def test_rand_calls_function_in_order():
    calls = []

    def f():
        calls.append(len(calls))
        return len(calls)
    t = tf.rand([2, 2], f)
    assert calls == [0, 1, 2, 3] and _np(t).tolist() == [1, 2, 3, 4]
    assert np.isnan(_np(tf.rand([3], lambda: None))).all()   # JS Number(undefined)


def test_empty_shapes():
    assert tf.randomNormal([0], 0, 1, "float32", 1).shape == [0]
    assert tf.truncatedNormal([3, 0]).shape == [3, 0]
    assert tf.randomGamma([0], 1, 1, "float32", 1).shape == [0]
