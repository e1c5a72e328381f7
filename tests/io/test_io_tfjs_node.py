"""Models saved here are loaded by real TF.js (Node + tools/node_modules) from the files
we wrote, and predict what we predict. Skipped where Node is absent (CI); the committed
byte checks in test_io_save.py cover that case."""
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import tfjs_compat as tf

TOOLS = Path(__file__).resolve().parents[2] / "tools"
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(
    NODE is None or not (TOOLS / "node_modules" / "@tensorflow" / "tfjs").is_dir(),
    reason="needs Node and `npm install` in tools/")


def _models():
    """(name, model, inputs) built here with random weights."""
    conv = tf.sequential()
    conv.add(tf.layers.conv2d({"filters": 3, "kernelSize": 3, "inputShape": [7, 7, 2],
                               "activation": "relu"}))
    conv.add(tf.layers.batchNormalization())
    conv.add(tf.layers.maxPooling2d({"poolSize": 2}))
    conv.add(tf.layers.averagePooling2d({"poolSize": 2}))
    conv.add(tf.layers.flatten())
    conv.add(tf.layers.dense({"units": 2, "activation": "softmax"}))
    bn = conv.layers[1]
    bn.setWeights([tf.randomUniform(w.shape, 0.5, 1.5, "float32", i)
                   for i, w in enumerate(bn.weights)])
    rnn = tf.sequential()
    rnn.add(tf.layers.embedding({"inputDim": 6, "outputDim": 3, "inputLength": 4}))
    rnn.add(tf.layers.lstm({"units": 3, "returnSequences": True}))
    rnn.add(tf.layers.gru({"units": 2}))
    a, b = tf.input({"shape": [3]}), tf.input({"shape": [4]})
    h = tf.layers.dense({"units": 4, "activation": "elu"}).apply(a)
    cat = tf.layers.concatenate().apply([h, b])
    out1 = tf.layers.dense({"units": 2}).apply(cat)
    out2 = tf.layers.add().apply([h, tf.layers.dense({"units": 4}).apply(b)])
    fn = tf.model({"inputs": [a, b], "outputs": [out1, out2]})
    return [("conv", conv, [tf.randomNormal([2, 7, 7, 2], 0, 1, "float32", 3)]),
            ("rnn", rnn, [tf.tensor2d([[0, 1, 5, 2], [3, 3, 4, 0]], [2, 4], "int32")]),
            ("functional", fn, [tf.randomNormal([2, 3], 0, 1, "float32", 4),
                                tf.randomNormal([2, 4], 0, 1, "float32", 5)])]


def _spec(t):
    return {"values": np.asarray(t.dataSync()).tolist(), "shape": list(t.shape),
            "dtype": t.dtype}


def test_tfjs_loads_what_we_save(tmp_path):
    cases, ours = [], []
    for name, model, xs in _models():
        model.save(f"file://{tmp_path}/{name}")
        out = model.predict(xs[0] if len(xs) == 1 else xs)
        ours.append((name, model, out if isinstance(out, list) else [out]))
        cases.append({"dir": str(tmp_path / name), "inputs": [_spec(x) for x in xs]})
    proc = subprocess.run([NODE, str(TOOLS / "tfjs_predict.js")], input=json.dumps(cases),
                          capture_output=True, text=True, timeout=300, check=True)
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    for (name, model, outs), res in zip(ours, results):
        assert "error" not in res, f"{name}: {res.get('error')}"
        assert res["weightNames"] == [w.originalName for w in model.weights]
        for got, want in zip(res["outputs"], outs):
            assert got["shape"] == list(want.shape)
            np.testing.assert_allclose(np.float32(got["values"]), want.dataSync(),
                                       rtol=0, atol=1e-6, err_msg=name)
