"""seedrandom's Alea generator (Johannes Baagøe's algorithm), as TF.js seeds it.

TF.js 4.22 builds every seeded random op on ``seedrandom.alea(String(seed))`` (seedrandom
3.0.5) and draws with the generator's default function: one double in [0, 1) per call.
This is an independent Python implementation of the published algorithm.

The seed is hashed by *Mash*, which keeps a double ``n`` across calls::

    for each UTF-16 code unit ch of the string:
        n += ch;  h = 0.02519603282416938 * n
        n = h >>> 0;  h -= n;  h *= n;  n = h >>> 0;  h -= n;  n += h * 2**32
    return (n >>> 0) * 2**-32

The state is ``s0, s1, s2 = mash(' ')`` (three calls) minus ``mash(seed)`` (three calls),
each wrapped into [0, 1), and a carry ``c = 1``. A draw is::

    t = 2091639 * s0 + c * 2**-32;  s0, s1 = s1, s2;  c = floor(t);  s2 = t - c

Every ``s`` is a multiple of 2**-32, so with ``S = s * 2**32`` (an integer below 2**32) a
draw is the exact integer lag-3 multiply-with-carry step ``T = 2091639 * S0 + c``,
``c = T >> 32``, ``S2 = T & (2**32 - 1)`` (T < 2**53, so the JS doubles are exact too).
The integer form is what :meth:`Alea.draws` runs, three steps per loop turn.
"""
import numpy as np

_MULT = 2091639
_MASK = 0xFFFFFFFF
_TWO32 = 4294967296.0
_INV32 = 2.3283064365386963e-10  # 2**-32


class _Mash:
    """Mash hash with its running state ``n`` (a JS double)."""

    def __init__(self):
        self.n = float(0xEFC8249D)

    def __call__(self, data):
        n = self.n
        units = data.encode("utf-16-le", "surrogatepass")
        for i in range(0, len(units), 2):
            n += units[i] | (units[i + 1] << 8)          # charCodeAt(i)
            h = 0.02519603282416938 * n
            n = float(int(h) & _MASK)                    # h >>> 0 (h >= 0 here)
            h -= n
            h *= n
            n = float(int(h) & _MASK)
            h -= n
            n += h * _TWO32
        self.n = n
        return (int(n) & _MASK) * _INV32


class Alea:
    """``seedrandom.alea(seed)``: call it for one double in [0, 1); ``draws(n)`` for many.

    ``seed`` is the string TF.js passes (use :func:`seed_string` for numbers).
    """

    __slots__ = ("_s", "_c")

    def __init__(self, seed):
        mash = _Mash()
        state = [mash(" "), mash(" "), mash(" ")]
        for i in range(3):
            state[i] -= mash(seed)
            if state[i] < 0:
                state[i] += 1
        self._s = [int(s * _TWO32) for s in state]   # exact: multiples of 2**-32
        self._c = 1

    def __call__(self):
        return self._step() * _INV32

    def draws(self, n):
        """The next ``n`` draws as a float64 NumPy array (exactly the JS doubles)."""
        return self.ints(n).astype(np.float64) * _INV32

    def ints(self, n):
        """The next ``n`` draws times 2**32, as a uint32 array (the integer state)."""
        full = int(n) // 3 * 3
        out = [0] * full
        s0, s1, s2 = self._s
        c = self._c
        a, m = _MULT, _MASK
        for i in range(0, full, 3):   # the lag-3 ring: each step replaces the oldest word
            t = a * s0 + c
            c = t >> 32
            s0 = t & m
            t = a * s1 + c
            c = t >> 32
            s1 = t & m
            t = a * s2 + c
            c = t >> 32
            s2 = t & m
            out[i] = s0
            out[i + 1] = s1
            out[i + 2] = s2
        self._s, self._c = [s0, s1, s2], c
        for _ in range(int(n) - full):
            out.append(self._step())
        return np.array(out, dtype=np.uint32)

    def _step(self):
        s0, s1, s2 = self._s
        t = _MULT * s0 + self._c
        self._c = t >> 32
        self._s = [s1, s2, t & _MASK]
        return t & _MASK
