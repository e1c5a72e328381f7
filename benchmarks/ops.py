"""Per-op overhead: 10,000 calls of tf.add / tf.mul / tf.matMul on 4x4 tensors against
the same torch calls on the underlying torch tensors, in the same run.

    python benchmarks/ops.py

Reports the best of 7 rounds (microseconds per call) and the ratio. Not part of the
test suite.
"""
import time

import torch

import tfjs_compat as tf

CALLS = 10_000
ROUNDS = 7


def per_call_us(fn):
    """Best-of-ROUNDS microseconds per call of ``fn`` over CALLS calls."""
    fn()
    best = float("inf")
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(CALLS):
            fn()
        best = min(best, (time.perf_counter() - t0) / CALLS * 1e6)
    return best


def main():
    a, b = tf.ones([4, 4]), tf.ones([4, 4])
    ta, tb = a.torch(), b.torch()
    print(f"backend {tf.getBackend()}, torch {torch.__version__}, "
          f"threads {torch.get_num_threads()}")
    print(f"{'op':<8}{'tfjs_compat us':>16}{'torch us':>10}{'ratio':>8}")
    for name, ours, theirs in (
            ("add", lambda: tf.add(a, b), lambda: torch.add(ta, tb)),
            ("mul", lambda: tf.mul(a, b), lambda: torch.mul(ta, tb)),
            ("matMul", lambda: tf.matMul(a, b), lambda: torch.matmul(ta, tb))):
        o, t = per_call_us(ours), per_call_us(theirs)
        print(f"{name:<8}{o:>16.2f}{t:>10.2f}{o / t:>8.2f}")


if __name__ == "__main__":
    main()
