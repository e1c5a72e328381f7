"""The public surface against TF.js's own names (tests/tfjs_names.json, harvested from
the npm package by tools/names.py): nothing invented, and coverage reported."""
import json
import re
from pathlib import Path

import tfjs_compat as tf
from tfjs_compat.ops import OPS
from tfjs_compat.tensor import Tensor

NAMES = json.loads((Path(__file__).parent / "tfjs_names.json").read_text())

# Deliberately absent: browser-only, kernel/backend registries, WebGL internals, graph
# models (need the TensorFlow converter's op set). Listed in the README.
LEFT_OUT = {
    "browser", "webgl", "webgl_util", "gpgpu_util", "setWebGLContext", "GPGPUContext",
    "MathBackendWebGL", "MathBackendCPU", "KernelBackend", "registerKernel",
    "unregisterKernel", "getKernel", "getKernelsForBackend", "copyRegisteredKernels",
    "registerGradient", "unregisterGradient", "getGradient", "registerBackend",
    "removeBackend", "findBackend", "findBackendFactory", "registerOp", "deregisterOp",
    "setPlatform", "forceHalfFloat", "kernel_impls", "loadGraphModel", "loadGraphModelSync",
    "GraphModel", "version_converter", "version_webgl", "fromPixels", "FromPixels", "Draw",
    "DataStorage", "nextFrame", "shared", "OP_SCOPE_SUFFIX", "test_util",
    # Helpers for writing kernels and backends, not user API.
    "backend_util", "broadcast_util", "device_util", "gather_util", "scatter_util",
    "slice_util", "tensor_util",
}
CAMEL = re.compile(r"^[a-z]+[A-Z]")


def _kernel_name(name):
    """TF.js also exports kernel-name constants (``Add``, ``Conv2D``): not API calls."""
    return name[:1].isupper()


def test_no_invented_camelcase_names():
    """Every camelCase name in tf.* and on Tensor is a real TF.js name."""
    known = set(NAMES["tf"])
    ours = {n for n in dir(tf) if CAMEL.match(n)}
    assert sorted(ours - known) == []
    methods = (set(NAMES["Tensor.prototype"]) | set(NAMES["Variable.prototype"])
               | set(NAMES.get("Tensor.fields", [])))
    ours_m = {n for n in dir(Tensor) if CAMEL.match(n)}
    assert sorted(ours_m - methods) == []


def test_every_op_is_exported():
    """Each function registered with @op is reachable as tf.<name> or in a namespace."""
    namespaces = [getattr(tf, n) for n in dir(tf) if type(getattr(tf, n)).__name__ ==
                  "Namespace"]
    missing = [n for n, fn in OPS.items() if getattr(tf, n, None) is not fn and not any(
        getattr(ns, n, None) is fn for ns in namespaces)]
    assert missing == []


def test_report_coverage(capsys):
    """Print coverage of TF.js's public names; it may only grow."""
    wanted = [n for n in NAMES["tf"] if not _kernel_name(n) and n not in LEFT_OUT]
    have = [n for n in wanted if hasattr(tf, n)]
    methods = [n for n in NAMES["Tensor.prototype"] if not n.startswith("_")]
    have_m = [n for n in methods if hasattr(Tensor, n)]
    with capsys.disabled():
        print(f"\nTF.js surface: tf.* {len(have)}/{len(wanted)}, "
              f"Tensor methods {len(have_m)}/{len(methods)}")
    assert len(have) >= 250
