"""The embedding layer (TF.js ``tfjs-layers/src/layers/embeddings.ts``)."""
import json

import torch

from .. import initializers
from ..errors import TFJSError, TFJSValueError
from .base import Layer
from .core import _get, _ser, given, maybe

_JSON = json.JSONEncoder(separators=(",", ":"))   # JSON.stringify spacing


def friendly(value):
    """TF.js ``formatAsFriendlyString``: strings quoted, lists bracketed."""
    if value is None:
        return "undefined"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(friendly(v) for v in value) + "]"
    if isinstance(value, str):
        return _JSON.encode(value)
    from ..ops.reduction import js_str
    return js_str(value)


def _check_positive_int(value, name):
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and \
        float(value).is_integer() and value > 0
    if not ok:
        raise TFJSError(f"Expected {name} to be a positive integer, but got "
                        f"{friendly(value)}.")


def _js_join(values):
    return ",".join("" if v is None else str(v) for v in values)


class Embedding(Layer):
    """TF.js ``Embedding`` (``tf.layers.embedding``).

    Maps integer indices in [0, inputDim) to rows of a learned [inputDim, outputDim]
    table. Float indices are truncated to int32 first (as TF.js casts them).

    Attributes:
        embeddings: [inputDim, outputDim], randomUniform(-0.05, 0.05) by default.
    """

    _torch_call = True

    def __init__(self, input_dim=None, output_dim=None,
                 embeddings_initializer="randomUniform", embeddings_regularizer=None,
                 activity_regularizer=None, embeddings_constraint=None, mask_zero=None,
                 input_length=None, **base):
        super().__init__(**base)
        mask_zero, input_length = given(mask_zero), given(input_length)
        if self.batch_input_shape is None:
            # TF.js sets the batch shape after the base constructor: no dtype in config.
            rest = [None] if input_length is None else (
                list(input_length) if isinstance(input_length, (list, tuple))
                else [input_length])
            self.batch_input_shape = [base.get("batch_size")] + rest
        _check_positive_int(input_dim, "inputDim")
        _check_positive_int(output_dim, "outputDim")
        self.input_dim, self.output_dim = int(input_dim), int(output_dim)
        self.embeddings_initializer = initializers.get(embeddings_initializer
                                                       or "randomUniform")
        self.embeddings_regularizer = _get("regularizers", embeddings_regularizer)
        self.activity_regularizer = _get("regularizers", activity_regularizer)
        self.embeddings_constraint = _get("constraints", embeddings_constraint)
        self.mask_zero = mask_zero
        self.input_length = input_length
        self.supports_masking = bool(mask_zero)

    def build(self, inputShape):  # noqa: N803
        self.add_weight("embeddings", [self.input_dim, self.output_dim], "float32",
                        self.embeddings_initializer, self.embeddings_regularizer, True,
                        self.embeddings_constraint)
        self.built = True

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        if self.input_length is None:
            return list(inputShape) + [self.output_dim]
        lengths = list(self.input_length) if isinstance(self.input_length, (list, tuple)) \
            else [self.input_length]
        if len(lengths) != len(inputShape) - 1:
            self._length_error(inputShape)
        for i, (want, got) in enumerate(zip(lengths, inputShape[1:])):
            if want is not None and got is not None and want != got:
                self._length_error(inputShape)
            if want is None:
                lengths[i] = got
        return [inputShape[0]] + lengths + [self.output_dim]

    def _length_error(self, shape):
        length = self.input_length
        shown = _js_join(length) if isinstance(length, (list, tuple)) else str(length)
        raise TFJSValueError(f'"inputLength" is {shown}, but received input shape has shape '
                             f"{_js_join(shape)}")

    def compute_mask_torch(self, inputs, mask=None):
        if not self.mask_zero:
            return None
        return inputs != 0

    def call(self, inputs, training=False, mask=None):
        idx = inputs if inputs.dtype == torch.int32 else torch.trunc(inputs.to(
            torch.float64)).to(torch.int32)
        flat = idx.reshape(-1)
        bad = (flat < 0) | (flat >= self.input_dim)
        if bool(bad.any()):   # TF.js's gather checks every index too
            raise TFJSValueError(f"GatherV2: the index value {int(flat[bad][0])} is not in "
                                 f"[0, {self.input_dim - 1}]")
        out = self.embeddings[flat.long()]   # (n, outputDim)
        return out.reshape(self.computeOutputShape(list(inputs.shape)))

    def get_config(self):
        config = {"input_dim": self.input_dim, "output_dim": self.output_dim,
                  "embeddings_initializer": initializers.serialize(
                      self.embeddings_initializer),
                  "embeddings_regularizer": _ser("regularizers", self.embeddings_regularizer),
                  "activity_regularizer": _ser("regularizers", self.activity_regularizer),
                  "embeddings_constraint": _ser("constraints", self.embeddings_constraint)}
        config.update({"mask_zero": maybe(self.mask_zero),
                       "input_length": maybe(self.input_length)})
        return {**config, **super().get_config()}
