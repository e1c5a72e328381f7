"""Test setup: strict dtype checks in ops, float32-exact matmul on CUDA."""
import os
import sys
from pathlib import Path

os.environ.setdefault("TFJS_COMPAT_STRICT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402
import torch  # noqa: E402

torch.backends.cuda.matmul.allow_tf32 = False
torch.backends.cudnn.allow_tf32 = False

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


@pytest.fixture(params=DEVICES)
def device(request):
    """Run a test once per available backend (cpu, and cuda where present)."""
    import tfjs_compat as tf
    before = tf.getBackend()
    tf.setBackend(request.param)
    yield request.param
    tf.setBackend(before or "cpu")
