"""The torch._foreach_* fast path of every optimizer rule equals the plain per-tensor
loop, bit for bit, through the tf.train shells and as raw functions."""
import pytest
import torch

import tfjs_compat as tf
from tfjs_compat.train import (adadelta_update, adagrad_update, adam_update,
                               adamax_update, momentum_update, rmsprop_update, sgd_update)

FACTORIES = {
    "sgd": lambda: tf.train.sgd(0.1),
    "momentum": lambda: tf.train.momentum(0.1, 0.9),
    "nesterov": lambda: tf.train.momentum(0.05, 0.5, True),
    "adagrad": lambda: tf.train.adagrad(0.2, 0.5),
    "adadelta": lambda: tf.train.adadelta(0.5, 0.8, 1e-4),
    "adam": lambda: tf.train.adam(0.05, 0.8, 0.99, 1e-3),
    "adamax": lambda: tf.train.adamax(0.1, 0.8, 0.95, 1e-4, 0.1),
    "rmsprop": lambda: tf.train.rmsprop(0.01, 0.8, 0.5),
    "rmsprop_centered": lambda: tf.train.rmsprop(0.01, 0.9, 0.3, 1e-4, True),
}
SHAPES = [(3,), (2, 5), (4, 1, 3), ()]


def _trajectory(factory, foreach, steps=5):
    gen = torch.Generator().manual_seed(0)
    variables = [tf.variable(tf.tensor(torch.randn(s, generator=gen))) for s in SHAPES]
    grads = [[torch.randn(s, generator=gen) for s in SHAPES] for _ in range(steps)]
    opt = factory()
    opt.foreach = foreach
    out = []
    for step in grads:
        opt.applyGradients({v.name: tf.tensor(g) for v, g in zip(variables, step)})
        out.append([v.torch().cpu().clone() for v in variables])
    for v in variables:
        v.dispose()
    return out


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_fast_path_equals_reference(name, device):
    fast = _trajectory(FACTORIES[name], True)
    ref = _trajectory(FACTORIES[name], False)
    for step_fast, step_ref in zip(fast, ref):
        for a, b in zip(step_fast, step_ref):
            torch.testing.assert_close(a, b, rtol=0, atol=0, equal_nan=True)


def _raw_state(names, params):
    return {n: [torch.zeros_like(p) for p in params] for n in names}


RAW = {
    "sgd": ((), lambda p, g, s, f: sgd_update(p, g, s, learning_rate=0.1, foreach=f)),
    "momentum": (("momentum",), lambda p, g, s, f: momentum_update(
        p, g, s, learning_rate=0.1, momentum=0.9, use_nesterov=True, foreach=f)),
    "adagrad": (("accumulator",), lambda p, g, s, f: adagrad_update(
        p, g, s, learning_rate=0.1, foreach=f)),
    "adadelta": (("accum_grad", "accum_var"), lambda p, g, s, f: adadelta_update(
        p, g, s, learning_rate=1.0, rho=0.95, epsilon=1e-7, foreach=f)),
    "adam": (("m", "v"), lambda p, g, s, f: adam_update(
        p, g, s, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-7,
        acc_beta1=0.9, acc_beta2=0.999, foreach=f)),
    "adamax": (("m", "u"), lambda p, g, s, f: adamax_update(
        p, g, s, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-7, decay=0.1,
        acc_beta1=0.9, iteration=0.0, foreach=f)),
    "rmsprop": (("rms", "momentum", "mg"), lambda p, g, s, f: rmsprop_update(
        p, g, s, learning_rate=0.01, decay=0.9, momentum=0.2, epsilon=1e-7, centered=True,
        foreach=f)),
}


@pytest.mark.parametrize("name", sorted(RAW))
def test_raw_rules_on_torch_parameters(name):
    """The rules run on plain torch parameters (a training loop's nn.Parameters)."""
    slots, rule = RAW[name]
    gen = torch.Generator().manual_seed(1)
    base = [torch.nn.Parameter(torch.randn(s, generator=gen)) for s in SHAPES]
    grads = [torch.randn(s, generator=gen) for s in SHAPES]
    results = []
    for foreach in (True, False):
        params = [p.detach().clone() for p in base]
        state = _raw_state(slots, params)
        if name == "adagrad":
            state["accumulator"] = [torch.full_like(p, 0.1) for p in params]
        with torch.no_grad():
            for _ in range(3):
                rule(params, grads, state, foreach)
        results.append(params)
    for a, b in zip(*results):
        assert torch.equal(a, b)
        assert torch.isfinite(a).all()
