"""TF.js's ``Tensor.toString()`` layout, including JavaScript number formatting.

See tfjs-facts.md section 1. Rank >= 1 numbers are rounded with ``toFixed(7)``
(ties away from zero), parsed back and written with JS Number-to-String; scalars
are written unrounded. Column widths span every row, hidden ones included.
"""
import math
from decimal import ROUND_HALF_UP, Context, Decimal

import numpy as np

THRESHOLD = 20      # more than this many items along an axis are truncated
EDGE = 3            # items shown at each end of a truncated axis
_CTX = Context(prec=60, rounding=ROUND_HALF_UP)
_STEP = Decimal("1e-7")


def js_number(x):
    """JavaScript ``String(x)`` of a double: shortest round-trip digits, JS layout."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    digits, exp = _shortest(abs(x))
    # value = 0.<digits> * 10**exp  (exp = position of the decimal point)
    n = len(digits)
    if -6 < exp <= 21:
        if exp >= n:
            body = digits + "0" * (exp - n)
        elif exp > 0:
            body = digits[:exp] + "." + digits[exp:]
        else:
            body = "0." + "0" * (-exp) + digits
    else:
        e = exp - 1
        mant = digits[0] + ("." + digits[1:] if n > 1 else "")
        body = f"{mant}e{'+' if e >= 0 else '-'}{abs(e)}"
    return sign + body


def _shortest(x):
    """Shortest round-trip digits of x > 0 and the decimal-point position."""
    mant, _, exp = repr(x).partition("e")
    exp = int(exp) if exp else 0
    whole, _, frac = mant.partition(".")
    if frac == "0":
        frac = ""
    digits = (whole + frac).lstrip("0")
    point = len(whole) + exp - (len(whole + frac) - len((whole + frac).lstrip("0")))
    return digits.rstrip("0") or "0", point


def to_fixed7(x):
    """The number JS gets from ``parseFloat(x.toFixed(7))``."""
    x = float(x)
    if not math.isfinite(x) or abs(x) >= 1e21:
        return x
    # NOTE: exact ties at 7 decimals are odd multiples of 1/256; JS rounds them away
    # from zero while '%.7f' rounds half to even, so those go through Decimal.
    if (x * 256.0) % 2.0 == 1.0:
        return float(_CTX.quantize(Decimal(x), _STEP))
    return float("%.7f" % x)


def format_number(x):
    """One element of a rank >= 1 float32/int32 tensor."""
    r = to_fixed7(x)
    return js_number(0.0 if r == 0 else r)


def _format_values(flat, dtype, scalar):
    """Text of every element of a flat array."""
    if dtype == "string":
        return [str(v) if scalar else f"'{v}'" for v in flat]
    if dtype == "bool":
        return ["true" if v else "false" for v in flat]
    if dtype == "complex64":
        return [f"{format_number(v.real)} + {format_number(v.imag)}j" for v in flat]
    if scalar:
        return [js_number(v) for v in flat]
    if dtype == "int32":
        return [str(int(v)) for v in flat]
    # Format each distinct value once: tensors repeat values a lot.
    uniq, inverse = np.unique(flat, return_inverse=True)
    texts = [format_number(v) for v in uniq.tolist()]
    return [texts[i] for i in inverse.reshape(-1).tolist()]


def js_len(s):
    """JS ``String.length``: UTF-16 code units (an emoji counts 2)."""
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def _pad(texts, shape):
    """Right-pad each element to its column's width over all rows (rank >= 2).

    Widths are JS string lengths (UTF-16 code units), as TF.js pads with them.
    """
    cols = shape[-1]
    if len(shape) < 2 or cols == 0 or not texts:
        return texts
    lens = [js_len(s) for s in texts]
    widths = [0] * cols
    for i, n in enumerate(lens):
        j = i % cols
        if n > widths[j]:
            widths[j] = n
    return [s + " " * (widths[i % cols] - n) for i, (s, n) in enumerate(zip(texts, lens))]


def _render(texts, offset, shape, is_last):
    """Lines of the sub-block of ``shape`` whose first element is texts[offset]."""
    rank = len(shape)
    n = shape[0]
    if rank == 1:
        row = texts[offset:offset + n]
        if n > THRESHOLD:
            row = row[:EDGE] + ["..."] + row[-EDGE:]
        return ["[" + ", ".join(row) + "]"]
    step = math.prod(shape[1:])
    sub = shape[1:]
    if n > THRESHOLD:
        picks = list(range(EDGE)) + [None] + list(range(n - EDGE, n))
    else:
        picks = list(range(n))
    lines = []
    for i in picks:
        if i is None:
            lines.append("...")
        else:
            lines.extend(_render(texts, offset + i * step, sub, i == n - 1))
    sep = "," if rank == 2 else ""
    if not lines:
        lines = ["["]
    else:
        lines[0] = "[" + lines[0] + sep
        for k in range(1, len(lines) - 1):
            lines[k] = " " + lines[k] + sep
    last = " " + lines[-1] + "]"
    if len(lines) == 1 and lines[0] != "[":
        # NOTE: TF.js applies both the opening and the closing step to a one-line
        # block, so a one-row matrix prints as ` [[1, 2, 3],]`.
        last = " " + lines[0] + "]"
    elif len(lines) == 1:
        last = " []"  # empty first dim: TF.js prints ` []`
    lines[-1] = last + ("" if is_last else "," + "\n" * (rank - 1))
    return lines


def to_string(values, shape, dtype, verbose=False):
    """TF.js ``Tensor.toString(verbose)`` from host data.

    ``values`` is a flat sequence (NumPy array, or list of str for strings);
    complex values are Python/NumPy complex numbers.
    """
    rank = len(shape)
    texts = _format_values(values, dtype, scalar=rank == 0)
    if rank == 0:
        block = texts
    else:
        block = _render(_pad(texts, shape), 0, list(shape), True)
    out = ["Tensor"]
    if verbose:
        out += [f"  dtype: {dtype}", f"  rank: {rank}",
                f"  shape: [{','.join(str(d) for d in shape)}]", "  values:"]
    out += ["    " + line for line in block]
    return "\n".join(out)
