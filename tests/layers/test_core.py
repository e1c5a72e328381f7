"""Python-side checks of the layer base and core layers (values come from fixtures)."""
import pytest
import torch

import tfjs_compat as tf
from tfjs_compat import engine
from tfjs_compat.layers.base import Layer


class _MaskProbe(Layer):
    """A built-in style (torch) layer that records the mask it receives."""

    _torch_call = True

    def __init__(self, **base):
        super().__init__(**base)
        self.supports_masking = True
        self.seen = []

    def call(self, inputs, training=False, mask=None):
        self.seen.append(mask)
        return inputs


def test_mask_hook_reaches_later_layers(device):
    x = tf.input({"shape": [3, 2], "name": f"mh_in_{device}"})
    probe = _MaskProbe(name=f"mh_probe_{device}")
    y = probe.apply(tf.layers.masking({"name": f"mh_mask_{device}"}).apply(x))
    m = tf.model({"inputs": x, "outputs": y})
    m.predict(tf.tensor3d([[[1, 1], [0, 0], [2, 0]]]))
    mask = probe.seen[-1]
    assert mask.dtype == torch.bool and mask.tolist() == [[True, False, True]]
    assert mask.device == engine.device()


def test_layers_run_on_current_device(device):
    d = tf.layers.dense({"units": 2, "kernelInitializer": "ones", "name": f"dev_{device}"})
    out = d.apply(tf.ones([1, 3]))
    assert out.torch().device == engine.device()
    assert out.arraySync() == [[3.0, 3.0]]
    cases = [(tf.layers.permute({"dims": [2, 1]}), [1, 2, 3]),
             (tf.layers.repeatVector({"n": 2}), [1, 2]), (tf.layers.flatten(), [1, 2, 2]),
             (tf.layers.masking(), [1, 2, 2]), (tf.layers.reshape({"targetShape": [-1]}),
                                                [1, 2, 2])]
    for layer, shape in cases:
        assert layer.apply(tf.ones(shape)).torch().device == engine.device()


def test_unknown_option_names_key():
    with pytest.raises(ValueError, match="unknown option 'unitz'"):
        tf.layers.dense({"units": 1, "unitz": 2})


def test_snake_case_and_kwargs_options():
    d = tf.layers.dense(units=2, use_bias=False, name="opt_kw")
    assert d.getConfig()["useBias"] is False
    assert tf.layers.permute({"dims": [2, 1]}, name="opt_kw2").name == "opt_kw2"


def test_custom_layer_weights_train_through_read():
    class Scale(tf.layers.Layer):
        className = "ScaleTrain"

        def build(self, inputShape):
            self.w = self.addWeight("w", [inputShape[-1]], "float32", "ones")

        def call(self, inputs, kwargs=None):
            return tf.mul(inputs, self.w.read())

    layer = Scale({"name": "ct_scale"})
    layer.apply(tf.ones([1, 2]))
    out = layer(torch.ones(1, 2))   # nn.Module call: torch in, torch out
    out.sum().backward()
    assert layer.w.param.grad.tolist() == [1.0, 1.0]
