"""String ops (``tf.string``): stringNGrams, stringSplit, stringToHashBucketFast,
staticRegexReplace. String tensors are NumPy object arrays of ``str``.
"""
import re

import numpy as np
import torch

from .. import engine
from ..errors import TFJSValueError, js_list
from ._farmhash import fingerprint64
from ._op import dtype_of, op, to_torch

PUBLIC = ("staticRegexReplace", "stringNGrams", "stringSplit", "stringToHashBucketFast")


def _strings(x, arg, op_name):
    """A converted string tensor, or TF.js's dtype error."""
    t = to_torch(x, arg, op_name)
    if dtype_of(t) != "string":
        raise TFJSValueError(f"Argument '{arg}' passed to '{op_name}' must be string tensor, "
                             f"but got {dtype_of(t)} tensor")
    return t


def _shape(t):
    return js_list(list(t.shape))


def _int_tensor(values, shape=None):
    t = torch.tensor(values, dtype=torch.int32, device=engine.device())
    return t if shape is None else t.reshape(shape)


def _str_array(values):
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


# --- stringNGrams -------------------------------------------------------------------------

def _check_splits(splits, n):
    if not splits:
        return
    if splits[0] != 0:
        raise TFJSValueError(f"First split value must be 0, got {splits[0]}")
    prev = splits[0]
    for s in splits[1:]:
        if not prev <= s <= n:
            raise TFJSValueError(f"Invalid split value {s}, must be in [{prev}, {n}]")
        prev = s
    if prev != n:
        raise TFJSValueError(f"Last split value must be data size. Expected {n}, got {prev}")


class _NGrams:
    """TF's StringNGrams kernel: padded n-grams of each row, for each width."""

    def __init__(self, separator, widths, left_pad, right_pad, pad_width, preserve):
        self.sep, self.widths = separator, [int(w) for w in widths]
        self.left, self.right = left_pad, right_pad
        self.pad_width, self.preserve = int(pad_width), preserve

    def pad_for(self, width):
        return min(self.pad_width, width - 1) if self.pad_width >= 0 else width - 1

    def count(self, length, width):
        return max(0, length + 2 * self.pad_for(width) - width + 1)

    def make(self, row, count, width):
        pad = self.pad_for(width)
        out = []
        for k in range(count):
            lp = max(0, pad - k)
            rp = max(0, pad - (count - (k + 1)))
            start = 0 if lp > 0 else k - pad
            tokens = row[start:start + width - lp - rp]
            out.append(self.sep.join([self.left] * lp + tokens + [self.right] * rp))
        return out

    def row(self, row):
        out = []
        for width in self.widths:
            out += self.make(row, self.count(len(row), width), width)
        if self.preserve and not out and row:
            out = self.make(row, 1, len(row) + 2 * self.pad_width)
        return out


@op
def stringNGrams(data, dataSplits, separator, nGramWidths, leftPad, rightPad,  # noqa: N802,N803
                 padWidth, preserveShortSequences):  # noqa: N803
    """N-grams of ragged string rows. TF.js: ``tf.string.stringNGrams``.

    Args:
        data: 1-D string Tensor of tokens.
        dataSplits: int32 row splits of ``data`` (``[0, ..., data.size]``).
        separator: joins the tokens of an n-gram.
        nGramWidths: the n-gram widths to produce, in order.
        leftPad, rightPad: tokens padding each row on the left / right.
        padWidth: padding tokens per side (-1: width - 1).
        preserveShortSequences: emit one padded n-gram for rows too short for any.

    Returns:
        ``{nGrams: string Tensor, nGramsSplits: int32 Tensor}``.
    """
    d = _strings(data, "data", "stringNGrams")
    splits_t = to_torch(dataSplits, "dataSplits", "stringNGrams")
    if d.ndim != 1:
        raise TFJSValueError(f"Data must be a vector, saw: {_shape(d)}")
    if dtype_of(splits_t) != "int32":
        raise TFJSValueError("Data splits must be of datatype int32")
    if any(int(w) < 1 for w in nGramWidths):
        raise TFJSValueError("Invalid typed array length: -1")
    splits = [int(s) for s in splits_t.flatten().tolist()]
    _check_splits(splits, d.shape[0])
    maker = _NGrams(separator, nGramWidths, leftPad, rightPad, padWidth,
                    preserveShortSequences)
    grams, out_splits = [], [0] if splits else []
    for lo, hi in zip(splits, splits[1:]):
        grams += maker.row(list(d[lo:hi]))
        out_splits.append(len(grams))
    return {"nGrams": _str_array(grams),
            "nGramsSplits": _int_tensor(out_splits, tuple(splits_t.shape))}


# --- stringSplit ----------------------------------------------------------------------------

def _split_one(s, delimiter, skip_empty):
    if s == "":   # TF: an empty string has no tokens, even with skipEmpty false
        return []
    if delimiter == "":
        parts = list(s)
    else:
        parts = re.split("[" + re.escape(delimiter) + "]", s)
    return [p for p in parts if p] if skip_empty else parts


@op
def stringSplit(input, delimiter, skipEmpty=True):  # noqa: A002,N802,N803
    """Splits strings at any character of ``delimiter``. TF.js: ``tf.string.stringSplit``.

    Args:
        input: 1-D string Tensor.
        delimiter: a string scalar; each of its characters splits (``''``: every
            character is a token).
        skipEmpty: drop empty tokens.

    Returns:
        A sparse result ``{indices: int32 [n, 2], values: string [n], shape: int32 [2]}``.
    """
    t = _strings(input, "input", "stringSplit")
    delim = _strings(delimiter, "delimiter", "stringSplit")
    if t.ndim != 1:
        raise TFJSValueError(f"Input should be Tensor1D but received shape {_shape(t)}")
    if delim.ndim != 0:
        raise TFJSValueError(f"Delimiter should be a scalar but received shape {_shape(delim)}")
    indices, values, width = [], [], 0
    for row, s in enumerate(t):
        parts = _split_one(s, str(delim.item()), skipEmpty)
        indices += [[row, col] for col in range(len(parts))]
        values += parts
        width = max(width, len(parts))
    return {"indices": _int_tensor(indices, (len(values), 2)),
            "values": _str_array(values), "shape": _int_tensor([t.shape[0], width])}


# --- hashing and regex ------------------------------------------------------------------

@op
def stringToHashBucketFast(input, numBuckets):  # noqa: A002,N802,N803
    """Hashes strings into ``numBuckets`` buckets with FarmHash Fingerprint64, as TF.js
    does. TF.js: ``tf.string.stringToHashBucketFast``.

    Returns:
        An int32 Tensor of the input's shape.
    """
    t = _strings(input, "input", "stringToHashBucketFast")
    if numBuckets < 1:
        raise TFJSValueError("Number of buckets must be at least 1")
    n = int(numBuckets)
    flat = [fingerprint64(str(s).encode("utf-8")) % n for s in t.flatten()]
    return _int_tensor(flat, tuple(t.shape))


_JS_REPLACEMENT = re.compile(r"\$(\$|&|`|'|\d{1,2}|<[^>]*>)")


def _js_replacer(rewrite):
    """A ``re.sub`` callback expanding JS replacement patterns ($1, $&, $$, $<name>)."""
    def expand(m):
        def sub(p):
            tok = p.group(1)
            if tok == "$":
                return "$"
            if tok == "&":
                return m.group(0)
            if tok == "`":
                return m.string[:m.start()]
            if tok == "'":
                return m.string[m.end():]
            if tok.startswith("<"):
                return m.groupdict().get(tok[1:-1]) or ""
            idx = int(tok)
            if 1 <= idx <= len(m.groups()):
                return m.group(idx) or ""
            return p.group(0)
        return _JS_REPLACEMENT.sub(sub, rewrite)
    return expand


@op
def staticRegexReplace(input, pattern, rewrite, replaceGlobal=True):  # noqa: A002,N802,N803
    """Replaces regex matches in every string. TF.js: ``tf.string.staticRegexReplace``.

    Args:
        input: a string Tensor.
        pattern: a JavaScript regular expression (source text).
        rewrite: the replacement, with JS patterns (``$1``, ``$&``, ``$$``).
        replaceGlobal: replace every match (default) or only the first.

    Differences from TF.js:
        The pattern is compiled by Python's ``re``; the common syntax is shared, and
        ``(?<name>...)`` groups are accepted, but JS-only constructs are not.
    """
    t = _strings(input, "input", "staticRegexReplace")
    rx = re.compile(re.sub(r"\(\?<(?![=!])", "(?P<", pattern))
    fn = _js_replacer(rewrite)
    count = 0 if replaceGlobal else 1
    out = np.empty(t.shape, dtype=object)
    for i, s in np.ndenumerate(t):
        out[i] = rx.sub(fn, str(s), count=count)
    return out
