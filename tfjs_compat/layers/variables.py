"""Names and weights of layers: TF.js's global name counters and ``LayerVariable``."""
from collections import defaultdict

import torch

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ..tensor import Tensor

_NAME_COUNTERS = defaultdict(int)
_WEIGHT_NAMES = defaultdict(int)


def auto_name(prefix):
    """TF.js's per-prefix global counters: ``dense_Dense`` -> ``dense_Dense1``."""
    _NAME_COUNTERS[prefix] += 1
    return f"{prefix}{_NAME_COUNTERS[prefix]}"


def unique_weight_name(name):
    """A weight or SymbolicTensor name not yet used in this process.

    TF.js keeps one registry of tensor names and appends ``_1``, ``_2``... to reused ones.
    """
    count = _WEIGHT_NAMES[name]
    _WEIGHT_NAMES[name] += 1
    return name if count == 0 else f"{name}_{count}"


def to_torch_value(value):
    """A weight value (Tensor, torch tensor, array-like) as a torch tensor."""
    if isinstance(value, Tensor):
        return value.torch()
    if isinstance(value, torch.Tensor):
        return value
    return torch.as_tensor(value)


class LayerVariable:
    """TF.js ``LayerVariable``: a named, possibly trainable weight of a layer.

    Wraps the layer's ``torch.nn.Parameter``; ``read()`` returns its current value.
    ``name`` is unique in the process (``mine/kernel_1``); ``originalName`` is the name
    the weight was created with and is the one used when saving.
    """

    def __init__(self, param, name, trainable=True, constraint=None):
        self.param = param
        self.originalName = name
        self.name = unique_weight_name(name)
        self._trainable = trainable
        self.constraint = constraint
        self.dtype = dtypes.from_torch(param.dtype)
        self.layer = None

    @property
    def shape(self):
        """Weight shape as a list."""
        return list(self.param.shape)

    @property
    def trainable(self):
        """Whether optimizers update this weight."""
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)
        self.sync_requires_grad()

    def sync_requires_grad(self):
        """requires_grad = this weight and its layer are trainable (float weights only)."""
        layer_trainable = self.layer is None or self.layer.trainable
        self.param.requires_grad_(self._trainable and layer_trainable
                                  and self.param.is_floating_point())

    def read(self):
        """The current value as a Tensor. TF.js: ``read()``.

        While gradients are recorded (inside ``fit``), the Tensor is the live parameter,
        so custom layers that read their weights in ``call`` are trained.
        """
        p = self.param
        return Tensor(p if p.requires_grad and torch.is_grad_enabled() else p.detach())

    def write(self, value):
        """Assign a new value of the same shape. TF.js: ``write(newVal)``."""
        data = to_torch_value(value)
        if list(data.shape) != self.shape:
            raise TFJSValueError(f"Shape mismatch: {js_list(self.shape)} vs. "
                                 f"{js_list(data.shape)}")
        with torch.no_grad():
            self.param.copy_(data.to(device=self.param.device, dtype=self.param.dtype))
        return self

    def __repr__(self):
        return f"LayerVariable({self.name!r}, shape={self.shape})"
