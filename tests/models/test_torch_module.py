"""A model is a plain torch.nn.Module: call, parameters, state_dict, autograd, devices."""
import torch

import tfjs_compat as tf
from tfjs_compat import engine


def _model(prefix):
    x = tf.input({"shape": [3], "name": f"{prefix}_in"})
    h = tf.layers.dense({"units": 4, "activation": "relu", "kernelInitializer": "ones",
                         "name": f"{prefix}_h"}).apply(x)
    y = tf.layers.dense({"units": 2, "kernelInitializer": "ones", "name": f"{prefix}_y"}).apply(h)
    return tf.model({"inputs": x, "outputs": y, "name": prefix})


def test_model_call_on_torch_tensor(device):
    m = _model(f"tm_call_{device}")
    x = engine.to_device(torch.tensor([[1.0, 2.0, 3.0]]))
    out = m(x)
    assert isinstance(out, torch.Tensor)
    assert out.device == x.device
    assert out.tolist() == [[24.0, 24.0]]
    assert torch.allclose(out, m.predict(tf.tensor2d([[1, 2, 3]])).torch())


def test_parameters_and_state_dict():
    m = _model("tm_params")
    params = list(m.parameters())
    assert [tuple(p.shape) for p in params] == [(3, 4), (4,), (4, 2), (2,)]
    keys = list(m.state_dict().keys())
    assert keys == ["layer_modules.1.kernel", "layer_modules.1.bias",
                    "layer_modules.2.kernel", "layer_modules.2.bias"]
    other = _model("tm_params2")
    other.load_state_dict(m.state_dict())
    with torch.no_grad():
        m.layers[1].kernel.mul_(2)
    other.load_state_dict(m.state_dict())
    assert torch.equal(other.getWeights()[0].torch(), m.getWeights()[0].torch())


def test_sequential_as_module_and_nested_parameters_once():
    inner = tf.sequential({"name": "tm_inner", "layers": [
        tf.layers.dense({"units": 2, "inputShape": [3], "kernelInitializer": "ones",
                         "name": "tm_inner_d"})]})
    outer = tf.sequential({"name": "tm_outer", "layers": [
        inner, tf.layers.dense({"units": 1, "kernelInitializer": "ones", "name": "tm_d"})]})
    out = outer(torch.ones(2, 3))
    assert out.tolist() == [[6.0], [6.0]]
    assert len(list(outer.parameters())) == 4
    assert len(outer.state_dict()) == 4


def test_torch_optimizer_trains_model():
    m = _model("tm_train")
    opt = torch.optim.SGD(m.parameters(), lr=0.01)
    x, y = torch.randn(8, 3), torch.zeros(8, 2)
    first = None
    for _ in range(5):
        opt.zero_grad()
        loss = ((m(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
        first = loss.item() if first is None else first
    assert ((m(x) - y) ** 2).mean().item() < first


def test_frozen_layer_has_no_grad():
    d = tf.layers.dense({"units": 2, "inputShape": [3], "trainable": False, "name": "tm_fz"})
    m = tf.sequential({"name": "tm_fz_seq", "layers": [d]})
    assert all(not p.requires_grad for p in m.parameters())
    d.trainable = True
    assert all(p.requires_grad for p in m.parameters())
