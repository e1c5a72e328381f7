"""Padding and block moves: pad*, mirrorPad, spaceToBatchND, batchToSpaceND,
depthToSpace. Split from ``shape.py``; the public names are re-exported by
``tfjs_compat/__init__.py``.
"""
import builtins
import math

import numpy as np
import torch

from ..errors import TFJSValueError
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .reduction import js_str
from .shape import shape_of, take


# --- pad / mirrorPad -------------------------------------------------------------------------

def _pad_value(value, dtype):
    from ._convert import np_convert
    if dtype == "complex64":
        return complex(value)
    return np_convert(np.array([float(value)]), dtype)[0].item()


@op
def pad(x, paddings, constantValue=0):  # noqa: N803 - TF.js name
    """Pad each axis with ``paddings[i] = [before, after]`` copies of ``constantValue``.

    TF.js: ``tf.pad(x, paddings, constantValue=0)``. Negative paddings crop.

    Differences from TF.js:
        Fewer paddings than dimensions raise (TF.js returns wrong values).
    """
    t = to_torch(x, "x", "pad")
    if t.ndim == 0:
        raise TFJSValueError("pad(scalar) is not defined. Pass non-scalar to pad")
    numeric(t, "x", "pad")
    if len(paddings) != t.ndim or builtins.any(len(p) != 2 for p in paddings):
        raise TFJSValueError(f"Error in pad: paddings must hold one [before, after] pair per "
                             f"dimension ({t.ndim}), got {len(paddings)}.")
    flat = [int(v) for p in reversed(paddings) for v in p]
    value = _pad_value(constantValue, dtype_of(t))
    if t.dtype == torch.bool:
        out = torch.nn.functional.pad(t.to(torch.uint8), flat, value=int(value))
        return out.to(torch.bool)
    return torch.nn.functional.pad(t, flat, value=value)


def _pad_nd(x, paddings, constant_value, rank):
    if rank == 1:
        if len(paddings) != 2:
            raise TFJSValueError("Invalid number of paddings. Must be length of 2.")
        return pad(x, [paddings], constant_value)
    if len(paddings) != rank or builtins.any(len(p) != 2 for p in paddings):
        raise TFJSValueError("Invalid number of paddings. Must be length of 2 each.")
    return pad(x, paddings, constant_value)


def pad1d(x, paddings, constantValue=0):  # noqa: N803 - TF.js name
    """Pad a rank-1 tensor; ``paddings`` is ``[before, after]``.
    TF.js: ``tf.pad1d(x, paddings, constantValue=0)``."""
    return _pad_nd(x, paddings, constantValue, 1)


def pad2d(x, paddings, constantValue=0):  # noqa: N803 - TF.js name
    """Pad a rank-2 tensor. TF.js: ``tf.pad2d(x, paddings, constantValue=0)``."""
    return _pad_nd(x, paddings, constantValue, 2)


def pad3d(x, paddings, constantValue=0):  # noqa: N803 - TF.js name
    """Pad a rank-3 tensor. TF.js: ``tf.pad3d(x, paddings, constantValue=0)``."""
    return _pad_nd(x, paddings, constantValue, 3)


def pad4d(x, paddings, constantValue=0):  # noqa: N803 - TF.js name
    """Pad a rank-4 tensor. TF.js: ``tf.pad4d(x, paddings, constantValue=0)``."""
    return _pad_nd(x, paddings, constantValue, 4)


def _check_mirror(t, paddings, mode):
    if mode not in ("reflect", "symmetric"):
        raise TFJSValueError(f"Invalid mode. Mode must be either reflect or symmetric. "
                             f"Got {mode}.")
    if t.ndim == 0:
        raise TFJSValueError("mirrorPad(scalar) is not defined. Pass non-scalar to mirrorPad")
    if len(paddings) != t.ndim:
        raise TFJSValueError(f"Padding doesn't match input. Must be {t.ndim}. "
                             f"Got {len(paddings)}.")
    shift = 1 if mode == "reflect" else 0
    for i, p in enumerate(paddings):
        if len(p) != 2:
            raise TFJSValueError("Invalid number of paddings. Must be length of 2 each.")
        if not builtins.all(0 <= v <= t.shape[i] - shift for v in p):
            raise TFJSValueError(
                f"Padding in dimension {i} cannot be greater than or equal to "
                f"{t.shape[i] - shift} or less than 0 for input of shape {js_str(shape_of(t))}")


@op
def mirrorPad(x, paddings, mode):  # noqa: N802 - TF.js name
    """Pad by mirroring ``x`` at its borders ('reflect' skips the edge, 'symmetric' repeats
    it). TF.js: ``tf.mirrorPad(x, paddings, mode)``."""
    t = to_torch(x, "x", "mirrorPad")
    _check_mirror(t, paddings, mode)
    numeric(t, "x", "mirrorPad")
    shift = 1 if mode == "reflect" else 0
    for axis, (before, after) in enumerate(paddings):
        n = t.shape[axis]
        index = ([before - i - 1 + shift for i in builtins.range(before)]
                 + list(builtins.range(n))
                 + [n - 1 - i - shift for i in builtins.range(after)])
        t = take(t, index, axis)
    return t


# --- space / batch / depth ---------------------------------------------------------------------

@op
def spaceToBatchND(x, blockShape, paddings):  # noqa: N802,N803 - TF.js names
    """Move spatial blocks into the batch dimension (zero-padding first).

    TF.js: ``tf.spaceToBatchND(x, blockShape, paddings)``.
    """
    t = numeric(to_torch(x, "x", "spaceToBatchND"), "x", "spaceToBatchND")
    block, m = list(blockShape), len(blockShape)
    if t.ndim < 1 + m:
        raise TFJSValueError(f"input rank {t.ndim} should be > than [blockShape] {m}")
    if len(paddings) != m:
        raise TFJSValueError(f"paddings.shape[0] {len(paddings)} must be equal to "
                             f"[blockShape] {m}")
    shape = shape_of(t)
    if builtins.any((shape[i + 1] + p[0] + p[1]) % block[i] for i, p in enumerate(paddings)):
        raise TFJSValueError(
            f"input spatial dimensions {js_str(shape[1:])} with paddings "
            f"{js_str([v for p in paddings for v in p])} must be divisible by blockShapes "
            f"{js_str(block)}")
    flat = [0, 0] * (t.ndim - 1 - m) + [int(v) for p in reversed(paddings) for v in p]
    t = torch.nn.functional.pad(t, flat) if builtins.any(flat) else t
    shape = shape_of(t)
    split = [shape[0]]
    for i in builtins.range(m):
        split += [shape[i + 1] // block[i], block[i]]
    t = t.reshape(split + shape[m + 1:])           # (batch, h/b0, b0, w/b1, b1, ...rest)
    perm = [2 + 2 * i for i in builtins.range(m)] + [0] + [1 + 2 * i for i in
                                                         builtins.range(m)]
    perm += list(builtins.range(1 + 2 * m, t.ndim))
    t = t.permute(perm)                             # (b0, b1, batch, h/b0, w/b1, ...rest)
    return t.reshape([-1] + [shape[i + 1] // block[i] for i in builtins.range(m)]
                     + shape[m + 1:])


@op
def batchToSpaceND(x, blockShape, crops):  # noqa: N802,N803 - TF.js names
    """Move batch blocks back into spatial dimensions, then crop.

    TF.js: ``tf.batchToSpaceND(x, blockShape, crops)``.
    """
    t = numeric(to_torch(x, "x", "batchToSpaceND"), "x", "batchToSpaceND")
    block, m = list(blockShape), len(blockShape)
    prod = math.prod(block)
    if t.ndim < 1 + m:
        raise TFJSValueError(f"input rank is {t.ndim} but should be > than "
                             f"blockShape.length {m}")
    if len(crops) != m:
        raise TFJSValueError(f"crops.length is {len(crops)} but should be equal to "
                             f"blockShape.length  {m}")
    if t.shape[0] % prod != 0:
        raise TFJSValueError(
            f"input tensor batch is {t.shape[0]} but is not divisible by the product of the "
            f"elements of blockShape {' * '.join(map(str, block))} === {prod}")
    shape = shape_of(t)
    t = t.reshape(block + [shape[0] // prod] + shape[1:])   # (b0, b1, batch, h, w, ...rest)
    perm = [m]
    for i in builtins.range(m):
        perm += [m + 1 + i, i]
    perm += list(builtins.range(2 * m + 1, t.ndim))
    t = t.permute(perm)                                     # (batch, h, b0, w, b1, ...rest)
    t = t.reshape([shape[0] // prod] + [shape[i + 1] * block[i] for i in builtins.range(m)]
                  + shape[m + 1:])
    index = tuple([builtins.slice(None)] + [builtins.slice(c[0], t.shape[i + 1] - c[1])
                                            for i, c in enumerate(crops)])
    return t[index].contiguous()


def _check_depth_to_space(shape, block_size, data_format):
    def dim(i):
        return shape[i] if i < len(shape) else None
    h, w, d = (dim(1), dim(2), dim(3)) if data_format == "NHWC" else (dim(2), dim(3), dim(1))
    if not block_size > 1:
        raise TFJSValueError(f"blockSize should be > 1 for depthToSpace, but was: "
                             f"{block_size}")
    for v in (h, w):
        if v is None or v * block_size < 0:
            raise TFJSValueError(
                f"Negative dimension size caused by overflow when multiplying\n    "
                f"{'undefined' if v is None else v} and {block_size} for depthToSpace with "
                f"input shape\n        {js_str(shape)}")
    if d is None or d % (block_size * block_size) != 0:
        raise TFJSValueError(
            f"Dimension size must be evenly divisible by {block_size * block_size} but is "
            f"{'undefined' if d is None else d} for depthToSpace with input shape "
            f"{js_str(shape)}")


@op
def depthToSpace(x, blockSize, dataFormat="NHWC"):  # noqa: N802,N803 - TF.js names
    """Move depth blocks into spatial blocks of ``blockSize`` x ``blockSize`` (NHWC).

    TF.js: ``tf.depthToSpace(x, blockSize, dataFormat='NHWC')``.
    """
    t = check_dtype(to_torch(x, "x", "depthToSpace"), ("float32",), "x", "depthToSpace")
    _check_depth_to_space(shape_of(t), blockSize, dataFormat)
    if dataFormat != "NHWC":
        raise TFJSValueError(f"Only NHWC dataFormat supported on CPU for depthToSpace. "
                             f"Got {dataFormat}")
    b, h, w, c = t.shape
    bs = blockSize
    t = t.reshape(b, h, w, bs, bs, c // (bs * bs)).permute(0, 1, 3, 2, 4, 5)
    return t.reshape(b, h * bs, w * bs, c // (bs * bs))
