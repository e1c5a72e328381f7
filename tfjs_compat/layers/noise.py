"""Noise layers: gaussianNoise, gaussianDropout, alphaDropout
(TF.js ``tfjs-layers/src/layers/noise.ts``).

All are the identity unless applied with ``training: true`` (as in ``fit``). TF.js
accepts a ``seed`` on gaussianDropout/alphaDropout but never uses it (nor shows it in
``getConfig``), so training noise is not reproducible there either.
"""
import math

import torch

from .base import Layer

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


class _Noise(Layer):
    _torch_call = True

    def __init__(self, **base):
        super().__init__(**base)
        self.supports_masking = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        return inputShape


class GaussianNoise(_Noise):
    """TF.js ``GaussianNoise`` (``tf.layers.gaussianNoise``).

    Adds N(0, stddev) noise in training."""

    def __init__(self, stddev=None, seed=None, **base):
        super().__init__(**base)
        self.stddev = stddev

    def call(self, inputs, training=False, mask=None):
        if not training:
            return inputs
        x = inputs.to(torch.float32)
        return x + torch.randn_like(x) * self.stddev

    def get_config(self):
        config = {} if self.stddev is None else {"stddev": self.stddev}
        return {**config, **super().get_config()}


class GaussianDropout(_Noise):
    """TF.js ``GaussianDropout`` (``tf.layers.gaussianDropout``).

    Multiplies by N(1, sqrt(rate / (1 - rate))) noise in training (0 < rate < 1)."""

    def __init__(self, rate=None, seed=None, **base):
        super().__init__(**base)
        self.rate = rate

    def call(self, inputs, training=False, mask=None):
        if not training or self.rate is None or not 0 < self.rate < 1:
            return inputs
        x = inputs.to(torch.float32)
        stddev = math.sqrt(self.rate / (1 - self.rate))
        return x * (1 + torch.randn_like(x) * stddev)

    def get_config(self):
        config = {} if self.rate is None else {"rate": self.rate}
        return {**config, **super().get_config()}


class AlphaDropout(_Noise):
    """TF.js ``AlphaDropout`` (``tf.layers.alphaDropout``).

    Dropout that keeps SELU's self-normalization: dropped units take a fixed value,
    then an affine map restores mean and variance (training only, 0 < rate < 1).

    NOTE: TF.js sets dropped units to ``+alpha*scale`` (Keras: ``-alpha*scale``), so a
    dropped unit becomes ``a * alpha * scale + b``; reproduced here.
    """

    def __init__(self, rate=None, noise_shape=None, seed=None, **base):
        super().__init__(**base)
        self.rate = rate
        self.noise_shape = noise_shape

    def call(self, inputs, training=False, mask=None):
        rate = self.rate
        if not training or rate is None or not 0 < rate < 1:
            return inputs
        x = inputs.to(torch.float32)
        shape = list(self.noise_shape or x.shape)
        kept = (torch.rand(shape, device=x.device) >= rate).to(torch.float32)
        alpha_p = -SELU_ALPHA * SELU_SCALE
        a = ((1 - rate) * (1 + rate * alpha_p ** 2)) ** -0.5
        b = -a * alpha_p * rate
        return a * (x * kept + (kept - 1) * alpha_p) + b

    def get_config(self):
        config = {} if self.rate is None else {"rate": self.rate}
        return {**config, **super().get_config()}
