"""Recurrent layers beyond the TF.js fixtures: devices, autograd, dropout, speed path.

Golden values live in tests/fixtures/recurrent.json; these tests check properties that
need no TF.js: the same numbers on every device, the fast (projected) time loop equal
to TF.js's per-step cell protocol, dropout only while training, and gradients.
"""
import math

import pytest
import torch

import tfjs_compat as tf


def _w(n, shape):
    return tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(shape)


def _x(shape):
    return tf.range(0, math.prod(shape)).mul(0.37).cos().reshape(shape)


def _set(layer, x):
    layer.apply(x)
    layer.setWeights([_w(math.prod(w.shape), w.shape) for w in layer.weights])
    return layer


FACTORIES = [
    lambda: tf.layers.simpleRNN({"units": 3, "returnSequences": True}),
    lambda: tf.layers.gru({"units": 3, "returnState": True}),
    lambda: tf.layers.lstm({"units": 3, "returnSequences": True, "goBackwards": True}),
    lambda: tf.layers.rnn({"cell": [tf.layers.lstmCell({"units": 3}),
                                    tf.layers.gruCell({"units": 2})]}),
    lambda: tf.layers.bidirectional({"layer": tf.layers.lstm({"units": 2})}),
]


@pytest.mark.parametrize("make", FACTORIES)
def test_same_numbers_on_every_device(make, device):
    x = _x([2, 5, 4])
    cpu_layer = None
    tf.setBackend("cpu")
    cpu_layer = _set(make(), x)
    expected = cpu_layer.apply(x)
    tf.setBackend(device)
    layer = _set(make(), x)
    got = layer.apply(_x([2, 5, 4]))
    for e, g in zip(expected if isinstance(expected, list) else [expected],
                    got if isinstance(got, list) else [got]):
        assert torch.allclose(e.torch().cpu(), g.torch().cpu(), atol=1e-5)


@pytest.mark.parametrize("cls", ["simpleRNNCell", "gruCell", "lstmCell"])
def test_fast_loop_matches_cell_call(cls):
    cell = getattr(tf.layers, cls)({"units": 3})
    layer = _set(tf.layers.rnn({"cell": cell, "returnSequences": True}), _x([2, 4, 3]))
    x = _x([2, 4, 3])
    seq = layer.apply(x).torch()
    states = [torch.zeros(2, 3) for _ in range(2 if cls == "lstmCell" else 1)]
    for t in range(4):
        out = cell.call([x.torch()[:, t], *states], {})
        states = out[1:]
        assert torch.allclose(out[0], seq[:, t], atol=1e-6)


def test_dropout_only_in_training_and_shared_over_time():
    layer = tf.layers.simpleRNN({"units": 4, "dropout": 0.5, "kernelInitializer": "ones",
                                 "recurrentInitializer": "zeros", "activation": "linear",
                                 "returnSequences": True})
    x = tf.ones([3, 6, 5])
    plain = layer.apply(x).torch()
    assert torch.allclose(plain, torch.full((3, 6, 4), 5.0))
    trained = layer.forward(x.torch(), training=True)
    # one input mask per call: every timestep sees the same dropped features
    assert torch.allclose(trained, trained[:, :1].expand_as(trained))
    assert set((trained[:, 0, 0] * 0.5).round().tolist()) <= set(range(6))


def test_gradients_reach_every_weight():
    layer = _set(tf.layers.bidirectional({"layer": tf.layers.gru({"units": 2})}),
                 _x([2, 3, 2]))
    for w in layer.weights:
        w.param.requires_grad_(True)
    out = layer.forward(_x([2, 3, 2]).torch(), training=True)
    out.sum().backward()
    assert all(w.param.grad is not None and w.param.grad.abs().sum() > 0
               for w in layer.weights)


def test_layer_is_a_module_with_named_parameters():
    layer = _set(tf.layers.lstm({"units": 2}), _x([1, 3, 2]))
    names = [n for n, _ in layer.named_parameters()]
    assert names == ["cell.kernel", "cell.recurrent_kernel", "cell.bias"]
    assert layer(_x([1, 3, 2]).torch()).shape == (1, 2)
