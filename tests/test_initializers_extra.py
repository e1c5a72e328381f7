"""Unseeded initializers (torch's generator: shape, range, moments), identifier round
trips, and the torch-side hooks used by layers and training. Values that TF.js decides
are checked in tests/fixtures/{initializers,regularizers,constraints}.json."""
import importlib
import math

import numpy as np
import pytest
import torch

import tfjs_compat as tf

# NOTE: tf.initializers etc. are namespaces that shadow the modules of the same name.
C = importlib.import_module("tfjs_compat.constraints")
I = importlib.import_module("tfjs_compat.initializers")
R = importlib.import_module("tfjs_compat.regularizers")


def _vals(init, shape, dtype=None):
    t = init.apply(shape, dtype)
    assert t.shape == list(shape)
    return t.dataSync()


def test_unseeded_uniform_range_and_moments():
    v = _vals(tf.initializers.randomUniform({"minval": -2, "maxval": 3}), [200, 100])
    assert v.min() >= -2 and v.max() < 3
    assert abs(v.mean() - 0.5) < 0.05 and abs(v.var() - 25 / 12) < 0.1


def test_unseeded_normal_and_truncated_moments():
    v = _vals(tf.initializers.randomNormal({"mean": 1, "stddev": 2}), [200, 100])
    assert abs(v.mean() - 1) < 0.05 and abs(v.std() - 2) < 0.05
    t = _vals(tf.initializers.truncatedNormal({"mean": 1, "stddev": 2}), [200, 100])
    assert t.min() >= -3 and t.max() <= 5
    assert abs(t.std() - 2 * 0.8796) < 0.05   # truncation at 2 sigma, no correction


@pytest.mark.parametrize("name,scale,mode", [
    ("glorotUniform", 1, "fanAvg"), ("heUniform", 2, "fanIn"), ("leCunUniform", 1, "fanIn")])
def test_unseeded_variance_scaling_uniform_limit(name, scale, mode):
    shape = [3, 3, 8, 16]
    fan_in, fan_out = I.compute_fans(shape)
    fan = {"fanIn": fan_in, "fanAvg": (fan_in + fan_out) / 2}[mode]
    limit = math.sqrt(3 * scale / fan)
    v = _vals(getattr(tf.initializers, name)(), shape)
    assert v.max() <= limit and v.min() >= -limit and v.max() > 0.9 * limit


def test_unseeded_glorot_normal_is_truncated_without_correction():
    v = _vals(tf.initializers.glorotNormal(), [300, 100])
    sigma = math.sqrt(2 / 400)
    assert np.abs(v).max() <= 2 * sigma + 1e-7
    assert abs(v.std() - 0.8796 * sigma) < 0.05 * sigma


def test_unseeded_orthogonal_is_orthogonal():
    q = tf.initializers.orthogonal({"gain": 2}).apply([6, 4]).dataSync().reshape(6, 4)
    np.testing.assert_allclose(q.T @ q, 4 * np.eye(4), atol=1e-5)


def test_unseeded_draws_differ_and_int32_dtypes():
    a = _vals(tf.initializers.heNormal(), [50])
    b = _vals(tf.initializers.heNormal(), [50])
    assert not np.array_equal(a, b)
    assert tf.initializers.randomNormal({"stddev": 3}).apply([10], "int32").dtype == "int32"


def test_orthogonal_warns_on_stderr(capsys):
    tf.initializers.orthogonal({"seed": 1}).apply([2, 20, 51])
    assert capsys.readouterr().err.strip() == (
        "Orthogonal initializer is being called on a matrix with more than 2000 (2040) "
        "elements: Slowness may result.")
    tf.initializers.orthogonal({"seed": 1}).apply([40, 50])
    assert capsys.readouterr().err == ""


def test_get_serialize_round_trip():
    for name in I.PUBLIC:
        if name == "constant":
            continue
        init = I.get(name)
        again = I.get({"className": init.getClassName(), "config": init.getConfig()})
        assert again.getConfig() == init.getConfig()
        assert I.deserialize(I.serialize(init)).getConfig() == init.getConfig()
    assert I.get(None) is None
    init = tf.initializers.glorotUniform({"seed": 3})
    assert I.get(init) is init
    assert I.serialize(tf.initializers.randomUniform({})) == {
        "class_name": "RandomUniform", "config": {"minval": -0.05, "maxval": 0.05}}


def test_unknown_option_key_names_the_key():
    with pytest.raises(ValueError, match="unknown option 'foo'"):
        tf.initializers.glorotNormal({"foo": 1})
    with pytest.raises(ValueError, match="unknown option 'l2'"):
        tf.regularizers.l1({"l2": 1})


def test_kwargs_and_snake_case_keys():
    assert tf.initializers.randomNormal(stddev=2, seed=1).getConfig() == {
        "mean": 0, "stddev": 2, "seed": 1}
    assert tf.constraints.maxNorm(max_value=3).getConfig() == {"maxValue": 3, "axis": 0}


def test_user_subclass_is_registered():
    class MyInit(I.Initializer):
        def _values(self, shape, dtype):
            return torch.full(shape, 7.0)

    assert I.get("MyInit").apply([2]).dataSync().tolist() == [7.0, 7.0]
    assert I.serialize(MyInit()) == {"class_name": "MyInit", "config": {}}


def test_apply_torch_is_on_engine_device():
    from tfjs_compat import engine
    t = I.get("glorotNormal").apply_torch([3, 2])
    assert t.device == engine.device() and t.dtype == torch.float32


def test_regularizer_apply_torch_is_differentiable():
    p = torch.tensor([[1.0, -2.0], [3.0, -4.0]], requires_grad=True)
    loss = R.L1L2(l1=1, l2=2).apply_torch(p)
    assert loss.shape == () and float(loss) == 70.0
    loss.backward()
    np.testing.assert_allclose(p.grad.numpy(), [[5, -9], [13, -17]])


def test_regularizer_and_constraint_get():
    assert R.get(None) is None and C.get(None) is None
    assert R.get("l1l2").getConfig() == {"l1": 0.01, "l2": 0.01}
    assert C.get("unitNorm").getConfig() == {"axis": 0}
    assert R.serialize(tf.regularizers.l2()) == {"class_name": "L1L2",
                                                 "config": {"l1": 0, "l2": 0.01}}
    assert C.serialize(tf.constraints.minMaxNorm({"rate": 0.5})) == {
        "class_name": "MinMaxNorm",
        "config": {"min_value": 0.0, "max_value": 1.0, "rate": 0.5, "axis": 0}}
    assert C.deserialize({"class_name": "MaxNorm", "config": {"max_value": 3}}).max_value == 3


def test_constraint_apply_torch_projects_parameter_in_place():
    p = torch.nn.Parameter(torch.tensor([[3.0, 0.0], [4.0, 1.0]]))
    with torch.no_grad():
        p.copy_(C.MaxNorm(max_value=1).apply_torch(p))
    norms = torch.linalg.vector_norm(p.detach(), dim=0)
    assert float(norms[0]) == pytest.approx(1.0, abs=1e-6)
    assert float(norms[1]) == pytest.approx(1.0, abs=1e-6)


def test_activation_gradients_are_finite():
    activations = importlib.import_module("tfjs_compat.activations")
    x = torch.tensor([-100.0, -3.0, 0.0, 3.0, 100.0], requires_grad=True)
    for name in activations.FUNCTIONS:
        x.grad = None
        y = activations.get(name)(x)
        y.sum().backward()
        assert torch.isfinite(x.grad).all(), name
    x.grad = None
    activations.get("gelu")(x).sum().backward()
    assert float(x.grad[2]) == pytest.approx(0.5)
