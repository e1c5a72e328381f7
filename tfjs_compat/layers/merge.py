"""Merge layers: add, average, concatenate, dot, maximum, minimum, multiply
(TF.js ``tfjs-layers/src/layers/merge.ts``).

They take a list of inputs (``_multi_input``). The element-wise ones broadcast the
non-batch dims right-aligned when checking shapes, and insert size-1 dims at axis 1
into lower-rank inputs when the ranks differ (decided once, in ``build``).
"""
import json

import torch

from ..errors import TFJSError, TFJSNotImplementedError, TFJSValueError
from ..ops import arithmetic as arith_ops
from ..ops import shape as shape_ops
from .base import Layer

_JSON = json.JSONEncoder(separators=(",", ":"))   # JSON.stringify spacing


def js_json(value):
    """``JSON.stringify`` of a shape or list of shapes (None -> null)."""
    return _JSON.encode(value)


def _is_shape_list(shape):
    return isinstance(shape, (list, tuple)) and len(shape) > 0 and \
        all(isinstance(s, (list, tuple)) or s is None for s in shape) and \
        any(isinstance(s, (list, tuple)) for s in shape)


def _js_item(seq, i):
    """JS ``seq[i]``: undefined (here the string) outside 0..len-1."""
    if isinstance(i, int) and 0 <= i < len(seq):
        return seq[i]
    return "undefined"


def elementwise_shape(shape1, shape2):
    """Output shape (no batch dim) of an element-wise op, broadcasting right-aligned."""
    if shape1 is None or shape2 is None:
        return None
    if len(shape1) < len(shape2):
        return elementwise_shape(shape2, shape1)
    if not shape2:
        return list(shape1)
    out = list(shape1[:len(shape1) - len(shape2)])
    for i, j in zip(shape1[len(shape1) - len(shape2):], shape2):
        if i is None or j is None or i < 0 or j < 0:
            out.append(None)
        elif i == 1 or j == 1:
            out.append(j if i == 1 else i)
        elif i != j:
            raise TFJSValueError("Operands could not be broadcast together with shapes "
                                 f"{js_json(shape1)} {js_json(shape2)}")
        else:
            out.append(i)
    return out


def _batch_sizes(shapes):
    sizes = []
    for s in shapes:
        if s is not None and len(s) > 0 and s[0] is not None and s[0] not in sizes:
            sizes.append(s[0])
    return sizes


class Merge(Layer):
    """Base of the element-wise merge layers (TF.js ``Merge``)."""

    _torch_call = True
    _multi_input = True

    def __init__(self, **base):
        super().__init__(**base)
        self.supports_masking = True
        self.reshape_required = False

    def _merge(self, xs):
        raise NotImplementedError

    def build(self, inputShape):  # noqa: N803
        shapes = inputShape if _is_shape_list(inputShape) else [inputShape]
        if len(shapes) < 2:
            raise TFJSValueError("A merge layer should be called on an Array of at least 2 "
                                 f"inputs. Got {len(shapes)} input(s).")
        if len(_batch_sizes(shapes)) > 1:
            raise TFJSValueError("Can not merge tensors with different batch sizes. Got "
                                 f"tensors with shapes: {js_json(shapes)}.")
        out = None if shapes[0] is None else list(shapes[0][1:])
        for s in shapes[1:]:
            out = elementwise_shape(out, None if s is None else list(s[1:]))
        ranks = {len(s) for s in shapes if s is not None}
        self.reshape_required = None in shapes or len(ranks) != 1
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        shapes = inputShape
        out = None if shapes[0] is None else list(shapes[0][1:])
        for s in shapes[1:]:
            out = elementwise_shape(out, None if s is None else list(s[1:]))
        sizes = _batch_sizes(shapes)
        return ([sizes[0]] if len(sizes) == 1 else [None]) + out

    def call(self, inputs, training=False, mask=None):
        xs = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        if self.reshape_required:
            top = max(x.ndim for x in xs)
            xs = [x.reshape(x.shape[:1] + (1,) * (top - x.ndim) + x.shape[1:])
                  if x.ndim >= 1 else x for x in xs]   # (batch, 1.., rest)
        return self._merge(xs)

    def compute_mask_torch(self, inputs, mask=None):
        # NOTE: TF.js's Merge.computeMask keeps a leading 1 dim and ignores the last mask.
        if mask is None:
            return None
        if not isinstance(mask, (list, tuple)):
            raise TFJSValueError("`mask` should be an Array")
        if not isinstance(inputs, (list, tuple)):
            raise TFJSValueError("`inputs` should be an Array")
        if len(mask) != len(inputs):
            raise TFJSValueError("The Array 'inputs' and 'mask' are expected to have the same "
                                 f"length, but have different lengths ({len(inputs)} vs "
                                 f"{len(mask)})")
        if all(m is None for m in mask):
            return None
        out = None if mask[0] is None else mask[0].unsqueeze(0)
        for m in mask[1:len(mask) - 1]:
            if out is None or m is None:
                raise TFJSValueError("Argument 'a' passed to 'logicalAnd' must be a Tensor "
                                     "or TensorLike, but got 'null'")
            out = torch.logical_and(out, m.unsqueeze(0))
        return out


def _fold(fn, xs):
    out = xs[0]
    for x in xs[1:]:
        arith_ops.broadcast_shape(out, x)   # TF.js's error text for a late mismatch
        out = fn(out, x)
    return out


class Add(Merge):
    """TF.js ``Add`` (``tf.layers.add``).

    Element-wise sum of the inputs."""

    def _merge(self, xs):
        return _fold(torch.add, xs)


class Multiply(Merge):
    """TF.js ``Multiply`` (``tf.layers.multiply``).

    Element-wise product of the inputs."""

    def _merge(self, xs):
        return _fold(torch.mul, xs)


class Average(Merge):
    """TF.js ``Average`` (``tf.layers.average``).

    Element-wise mean of the inputs (float32 result)."""

    def _merge(self, xs):
        return _fold(torch.add, xs) * (1.0 / len(xs))


class Maximum(Merge):
    """TF.js ``Maximum`` (``tf.layers.maximum``).

    Element-wise maximum of the inputs."""

    def _merge(self, xs):
        return _fold(torch.maximum, xs)


class Minimum(Merge):
    """TF.js ``Minimum`` (``tf.layers.minimum``).

    Element-wise minimum of the inputs."""

    def _merge(self, xs):
        return _fold(torch.minimum, xs)


def _splice_out(shape, axis):
    """JS ``shape.splice(axis, 1)`` on a copy."""
    out = list(shape)
    i = axis if axis >= 0 else max(len(out) + axis, 0)
    if i < len(out):
        del out[i]
    return out


class Concatenate(Merge):
    """TF.js ``Concatenate`` (``tf.layers.concatenate``).

    Joins the inputs along ``axis`` (-1 by default).

    As in TF.js, shapes are checked and inferred with ``axis`` itself, but an eager call
    joins along the last axis whenever ``axis`` is negative.
    """

    def __init__(self, axis=-1, **base):
        super().__init__(**base)
        self.axis = -1 if axis is None else axis

    def build(self, inputShape):  # noqa: N803
        if not _is_shape_list(inputShape) or len(inputShape) == 1:
            raise TFJSValueError("A `Concatenate` layer should be called on a list of at "
                                 "least 2 inputs")
        seen = []
        for s in inputShape:
            rest = _splice_out(s, self.axis)
            if rest not in seen:
                seen.append(rest)
        if len(seen) > 1:
            raise TFJSValueError("A `Concatenate` layer requires inputs with matching shapes "
                                 "except for the concat axis. Got input shapes: "
                                 f"{js_json(inputShape)}")
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        if not _is_shape_list(inputShape):
            raise TFJSValueError("A `Concatenate` layer should be called on a list of inputs.")
        out = list(inputShape[0])
        axis = len(out) + self.axis if self.axis < 0 else self.axis
        for s in inputShape[1:]:
            if out[axis] is None or s[axis] is None:
                out[axis] = None
                break
            out[axis] += s[axis]
        return out

    def call(self, inputs, training=False, mask=None):
        # NOTE: TF.js's K.concatenate turns every negative axis into the last one.
        axis = -1 if self.axis < 0 else self.axis
        return shape_ops.concat.__wrapped__(list(inputs), axis)

    def compute_mask_torch(self, inputs, mask=None):
        if mask is None:
            return None
        if not isinstance(mask, (list, tuple)):
            raise TFJSValueError("`mask` should be an array for Concatenate")
        if not isinstance(inputs, (list, tuple)):
            raise TFJSValueError("`inputs` should be an array for Concatenate")
        if len(mask) != len(inputs):
            raise TFJSValueError(f"Mismatch in the length of mask ({len(mask)}) and the legnth "
                                 f"of inputs ({len(inputs)})")
        if all(m is None for m in mask):
            return None
        parts = []
        for x, m in zip(inputs, mask):
            if m is None:
                parts.append(torch.ones(x.shape, dtype=torch.bool, device=x.device))
            else:
                parts.append(m.unsqueeze(-1) if m.ndim < x.ndim else m.to(torch.bool))
        return torch.all(shape_ops.concat.__wrapped__(parts, self.axis), dim=-1)

    def get_config(self):
        return {"axis": self.axis, **super().get_config()}


def _interpret_axis(axis, ndim):
    return axis % ndim if isinstance(axis, int) and axis < 0 and ndim > 0 else axis


def _l2_normalize(x, axis):
    """x / sqrt(max(sum(x^2), 1e-7)) along ``axis`` (TF.js ``l2Normalize``)."""
    x = x.to(torch.float32)
    square_sum = torch.sum(x * x, dim=axis, keepdim=True)
    return x / torch.sqrt(torch.clamp(square_sum, min=1e-7))


def batch_dot(x, y, axes):
    """TF.js/Keras ``batchDot`` for ranks 2..3 (``axes``: one per input, resolved)."""
    if x.ndim > 3 or y.ndim > 3:
        raise TFJSNotImplementedError("batchDot is not implemented for tensors of 4D or "
                                      "higher rank yet")
    if x.ndim < 2:
        raise TFJSError(f"batchDot requires the rank of x to be >= 2, but got {x.ndim}")
    x_ndim, y_ndim = x.ndim, y.ndim
    integer = not (x.is_floating_point() or y.is_floating_point())
    if integer:   # NOTE: CUDA has no int matmul; float64 is exact for int32 products
        x, y = x.to(torch.float64), y.to(torch.float64)
    diff = abs(x_ndim - y_ndim)
    if x_ndim > y_ndim:
        y = y.reshape(*y.shape, *([1] * diff))
    elif y_ndim > x_ndim:
        x = x.reshape(*x.shape, *([1] * diff))
    if x.ndim == 2 and y.ndim == 2:
        if axes[0] == axes[1]:
            out = torch.sum(x * y, dim=axes[0])
        else:
            out = torch.sum(x.t() * y, dim=axes[1])
    else:
        a = x.transpose(-1, -2) if axes[0] != x.ndim - 1 else x
        b = y.transpose(-1, -2) if axes[1] == y.ndim - 1 else y
        out = torch.matmul(a, b)
    if diff > 0:
        start = x_ndim + y_ndim - 3 if x_ndim > y_ndim else x_ndim - 1
        for d in reversed(range(start, start + diff)):
            out = out.squeeze(d)
    if out.ndim == 1:
        out = out.unsqueeze(1)
    return out.to(torch.int32) if integer else out


class Dot(Merge):
    """TF.js ``Dot`` (``tf.layers.dot``).

    Dot product of two inputs along ``axes`` (a number or one axis per input), with
    optional L2 normalization first (``normalize``: cosine similarity)."""

    def __init__(self, axes=None, normalize=False, **base):
        super().__init__(**base)
        self.axes = list(axes) if isinstance(axes, (list, tuple)) else axes
        self.normalize = False if normalize is None else normalize

    def _check_two(self, shapes):
        if not (_is_shape_list(shapes) and len(shapes) == 2
                and all(isinstance(s, (list, tuple)) for s in shapes)):
            raise TFJSError("A `Dot` layer should be called on a list of exactly 2 inputs.")
        if len(shapes[0]) > 3 or len(shapes[1]) > 3:
            raise TFJSNotImplementedError("Dot layer does not support tensors of 4D or "
                                          "higher rank yet.")

    def _shape_axes(self, shape1, shape2):
        if isinstance(self.axes, list):
            return list(self.axes)   # NOTE: TF.js resolves negatives only in call()
        return [_interpret_axis(self.axes, len(shape1)), _interpret_axis(self.axes, len(shape2))]

    def build(self, inputShape):  # noqa: N803
        self._check_two(inputShape)
        shape1, shape2 = inputShape
        axes = self._shape_axes(shape1, shape2)
        d1, d2 = _js_item(shape1, axes[0]), _js_item(shape2, axes[1])
        if d1 != d2:
            show = ["null" if d is None else str(d) for d in (d1, d2)]
            raise TFJSValueError(f"Dimension incompatibility: {show[0]} !== {show[1]}")
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        self._check_two(inputShape)
        shape1, shape2 = list(inputShape[0]), list(inputShape[1])
        axes = self._shape_axes(shape1, shape2)
        shape1, shape2 = _splice_out(shape1, axes[0]), _splice_out(shape2, axes[1])
        out = shape1 + shape2[1:]
        return out + [1] if len(out) == 1 else out

    def call(self, inputs, training=False, mask=None):
        x1, x2 = inputs
        if isinstance(self.axes, list):
            axes = [_interpret_axis(a, x.ndim) for a, x in zip(self.axes, inputs)]
        else:
            axes = [_interpret_axis(self.axes, x1.ndim), _interpret_axis(self.axes, x2.ndim)]
        if self.normalize:
            x1, x2 = _l2_normalize(x1, axes[0]), _l2_normalize(x2, axes[1])
        return batch_dot(x1, x2, axes)

    def compute_mask_torch(self, inputs, mask=None):
        return None

    def get_config(self):
        config = {} if self.axes is None else {"axes": self.axes}
        return {**config, "normalize": self.normalize, **super().get_config()}
