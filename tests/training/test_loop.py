"""The fit loop's own contracts (values come from the TF.js fixtures; these check speed-
and output-related behaviour that fixtures cannot see)."""
import contextlib
import io

import pytest
import torch

import tfjs_compat as tf
from tfjs_compat.models import callbacks as C


def _model(units=1):
    m = tf.sequential({"layers": [tf.layers.dense({"units": units, "inputShape": [2],
                                                    "kernelInitializer": "ones"})]})
    m.compile({"optimizer": tf.train.sgd(0.01), "loss": "meanSquaredError",
               "metrics": ["mae"]})
    return m


def test_no_host_reads_per_batch_without_batch_callbacks(monkeypatch):
    calls = []
    real = C.resolve_logs
    monkeypatch.setattr(C, "resolve_logs", lambda logs: calls.append(1) or real(logs))
    m = _model()
    h = m.fit(tf.ones([64, 2]), tf.zeros([64, 1]), {"epochs": 3, "batchSize": 8,
                                                     "verbose": 0})
    assert calls == []                       # History reads once, at the end
    assert all(isinstance(v, float) for v in h.history["loss"] + h.history["mae"])


def test_batch_callbacks_get_numbers_each_batch():
    seen = []
    m = _model()
    m.fit(tf.ones([6, 2]), tf.zeros([6, 1]), {
        "batchSize": 4, "verbose": 0, "shuffle": False,
        "callbacks": {"onBatchEnd": lambda b, logs: seen.append(dict(logs))}})
    assert [list(s) for s in seen] == [["batch", "size", "loss", "mae"]] * 2
    assert [s["size"] for s in seen] == [4, 2] and isinstance(seen[0]["loss"], float)


@pytest.mark.parametrize("verbose", [0, 1, 2])
def test_verbose_never_writes_stdout(verbose):
    out, err = io.StringIO(), io.StringIO()
    m = _model()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        m.fit(tf.ones([4, 2]), tf.zeros([4, 1]), {"epochs": 3, "verbose": verbose})
    assert out.getvalue() == ""
    if verbose == 0:
        assert err.getvalue() == ""
    elif verbose == 2:
        assert err.getvalue().count("Epoch ") == 3 and "loss=" in err.getvalue()
    else:
        assert "3/3" in err.getvalue()


def test_single_batch_shuffle_matches_unshuffled():
    x = tf.tensor2d([[1, 2], [3, -1], [0.5, 0.25]])
    y = tf.tensor2d([[1], [0], [2]])
    a, b = _model(), _model()
    ha = a.fit(x, y, {"epochs": 5, "verbose": 0})
    hb = b.fit(x, y, {"epochs": 5, "verbose": 0, "shuffle": False})
    assert ha.history["loss"] == pytest.approx(hb.history["loss"], rel=1e-6)


def test_fit_runs_on_every_device(device):
    m = _model(2)
    h = m.fit(tf.ones([10, 2]), tf.zeros([10, 2]), {"epochs": 2, "batchSize": 3,
                                                     "verbose": 0})
    assert h.epoch == [0, 1] and h.history["loss"][1] < h.history["loss"][0]
    assert m.predict(tf.ones([1, 2])).shape == [1, 2]


def test_train_step_returns_device_values():
    m = _model()
    xs, ys = [torch.ones(4, 2)], [torch.zeros(4, 1)]
    vals = m._train_step(xs, ys)
    assert isinstance(vals, torch.Tensor) and vals.shape == (2,) and vals.dtype == torch.float32
    assert m._test_values(xs, ys, 3).shape == (2,)


def test_early_stopping_unknown_option_is_an_error():
    with pytest.raises(Exception, match="nope"):
        tf.callbacks.earlyStopping({"nope": 1})


def test_history_is_awaitable_and_stop_training_resets():
    import asyncio
    m = _model()

    async def go():
        return await m.fit(tf.ones([2, 2]), tf.zeros([2, 1]), {"verbose": 0})
    h = asyncio.run(go())
    assert h.epoch == [0] and m.stopTraining is False
