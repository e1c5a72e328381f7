"""Recurrent cells of tfjs-layers: RNNCell, SimpleRNNCell, GRUCell, LSTMCell,
StackedRNNCells.

A cell computes one timestep: ``call([x_t, *states])`` returns ``[output, *newStates]``
(TF.js's cell protocol). For speed, the RNN layer (recurrent.py) drives a cell through
two hooks instead: ``_project(x)`` maps the inputs of *all* timesteps at once (one
matmul with the kernel) and ``_step(p_t, states)`` does the recurrent part of one step.
A user subclass only needs ``call`` and ``stateSize``; the default hooks use ``call``.

Formulas and weight layouts as TF.js (``recurrent.ts``):
* SimpleRNN: h = act(x·W + b + h₋₁·U).
* GRU (resetAfter false): kernel [in, 3u], recurrent [u, 3u], bias [3u], gates z, r, h;
  z = ra(x·W_z + b_z + h₋₁·U_z), r likewise, hh = act(x·W_h + b_h + (r·h₋₁)·U_h),
  h = z·h₋₁ + (1 − z)·hh.
* LSTM: kernel [in, 4u], recurrent [u, 4u], bias [4u], gates i, f, c, o;
  z = x·W + h₋₁·U + b, c = f·c₋₁ + i·act(z_c), h = o·act(c).
Dropout masks are drawn once per layer call (training only) and shared by every
timestep; TF.js's GRU/LSTM use their first mask for all gates.
"""
import torch

from .. import activations, engine, initializers
from ..errors import TFJSValueError
from ..tensor import Tensor
from .base import Layer, name_scope
from .core import _get, _ser, given, maybe


def check_units(units):
    """TF.js ``assertPositiveInteger(units, 'units')``; returns the int."""
    ok = isinstance(units, (int, float)) and not isinstance(units, bool) and units > 0 \
        and float(units).is_integer()
    if not ok:
        shown = "undefined" if units is None else (
            str(int(units)) if isinstance(units, float) and units.is_integer() else units)
        raise TFJSValueError(f"Expected units to be a positive integer, but got {shown}.")
    return int(units)


def clip_rate(rate):
    """Dropout rates are clipped to [0, 1] as TF.js does."""
    return min(1.0, max(0.0, float(rate or 0)))


def dropout_mask(like, rate, training):
    """One dropout mask shaped like ``like`` (None when not training or rate is 0)."""
    if not training or not 0 < rate < 1:
        return None
    keep = 1.0 - rate
    return (torch.rand(like.shape, device=like.device) < keep).to(like.dtype) / keep


def state_sizes(cell):
    """The cell's state sizes as a list (``stateSize`` may be one int)."""
    size = getattr(cell, "stateSize", None)
    if size is None:
        size = getattr(cell, "state_size", None)
    return list(size) if isinstance(size, (list, tuple)) else [size]


class RNNCell(Layer):
    """Base class of recurrent cells. TF.js: ``tf.layers.RNNCell``.

    A subclass defines ``stateSize`` (an int, or a list with one int per state) and
    ``call(inputs, kwargs)`` where ``inputs`` is ``[x_t, *states]`` and the result is
    ``[output, *newStates]``.
    """

    className = "RNNCell"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._dropout_mask = None
        self._recurrent_mask = None

    # hooks used by the RNN time loop (overridden by the built-in cells)
    def _begin(self, x_step, states, training):
        """Called once per layer call, before the loop: draw dropout masks."""

    def _project(self, x, training=False):
        """The part of the step that depends on the input only, for any leading dims."""
        return x

    def _step(self, p_t, states, training=False):
        """One timestep from the projected input: returns (output, [new states])."""
        outs = self.forward([p_t, *states], training=training)
        return outs[0], list(outs[1:])


class _BuiltinCell(RNNCell):
    """Shared options, weights and serialization of SimpleRNN/GRU/LSTM cells."""

    _torch_call = True
    _gates = 1
    _default_recurrent_activation = None

    def __init__(self, units=None, activation=None, recurrent_activation=None,
                 use_bias=None, kernel_initializer=None, recurrent_initializer=None,
                 bias_initializer=None, kernel_regularizer=None, recurrent_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 recurrent_constraint=None, bias_constraint=None, dropout=None,
                 recurrent_dropout=None, dropout_func=None, implementation=None, **base):
        super().__init__(**base)
        self.units = check_units(units)
        self.activation = activations.get(activation or "tanh")
        if self._default_recurrent_activation:
            self.recurrent_activation = activations.get(
                recurrent_activation or self._default_recurrent_activation)
        self.use_bias = True if use_bias is None else bool(use_bias)
        self.kernel_initializer = initializers.get(kernel_initializer or "glorotNormal")
        self.recurrent_initializer = initializers.get(recurrent_initializer or "orthogonal")
        self.bias_initializer = initializers.get(bias_initializer or "zeros")
        self.kernel_regularizer = _get("regularizers", kernel_regularizer)
        self.recurrent_regularizer = _get("regularizers", recurrent_regularizer)
        self.bias_regularizer = _get("regularizers", bias_regularizer)
        self.activity_regularizer = _get("regularizers", activity_regularizer)
        self.kernel_constraint = _get("constraints", kernel_constraint)
        self.recurrent_constraint = _get("constraints", recurrent_constraint)
        self.bias_constraint = _get("constraints", bias_constraint)
        self.dropout = clip_rate(dropout)
        self.recurrent_dropout = clip_rate(recurrent_dropout)
        self.dropout_func = dropout_func
        self.implementation = given(implementation)
        self.stateSize = self.units

    @property
    def state_size(self):
        """TF.js ``stateSize`` (snake_case alias)."""
        return self.stateSize

    def build(self, inputShape):  # noqa: N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        width = self._gates * self.units
        self.add_weight("kernel", [shape[-1], width], "float32", self.kernel_initializer,
                        self.kernel_regularizer, True, self.kernel_constraint)
        self.add_weight("recurrent_kernel", [self.units, width], "float32",
                        self.recurrent_initializer, self.recurrent_regularizer, True,
                        self.recurrent_constraint)
        if self.use_bias:
            self.add_weight("bias", [width], "float32", self.bias_initializer,
                            self.bias_regularizer, True, self.bias_constraint)
        self.built = True

    def _begin(self, x_step, states, training):
        self._dropout_mask = dropout_mask(x_step, self.dropout, training)
        self._recurrent_mask = dropout_mask(states[0], self.recurrent_dropout, training)

    def _masked_x(self, x):
        return x if self._dropout_mask is None else x * self._dropout_mask

    def _masked_h(self, h):
        return h if self._recurrent_mask is None else h * self._recurrent_mask

    def call(self, inputs, training=False, mask=None):
        """One timestep: ``[x_t, *states]`` -> ``[output, *newStates]`` (torch or Tensors).

        Also accepts TF.js's ``call(inputs, kwargs)`` form with a kwargs dict.
        """
        if isinstance(training, dict):
            training = bool(training.get("training", False))
        wrap = any(isinstance(t, Tensor) for t in inputs)
        data = [t.torch() if isinstance(t, Tensor) else t for t in inputs]
        self._check_count(data)
        if self._dropout_mask is None and self._recurrent_mask is None:
            self._begin(data[0], data[1:], training)
        out, states = self._step(self._project(data[0]), data[1:], training)
        result = [out, *states]
        return [Tensor(t) for t in result] if wrap else result

    def _check_count(self, data):
        if len(data) != 2:
            raise TFJSValueError(f"{self.className} expects 2 input Tensors, got {len(data)}.")

    def get_config(self):
        config = {"units": self.units, "activation": activations.serialize(self.activation)}
        if self._default_recurrent_activation:
            config["recurrent_activation"] = activations.serialize(self.recurrent_activation)
        config.update({
            "use_bias": self.use_bias,
            "kernel_initializer": initializers.serialize(self.kernel_initializer),
            "recurrent_initializer": initializers.serialize(self.recurrent_initializer),
            "bias_initializer": initializers.serialize(self.bias_initializer)})
        config.update(self._extra_config())
        config.update({
            "kernel_regularizer": _ser("regularizers", self.kernel_regularizer),
            "recurrent_regularizer": _ser("regularizers", self.recurrent_regularizer),
            "bias_regularizer": _ser("regularizers", self.bias_regularizer),
            "activity_regularizer": _ser("regularizers", self.activity_regularizer),
            "kernel_constraint": _ser("constraints", self.kernel_constraint),
            "recurrent_constraint": _ser("constraints", self.recurrent_constraint),
            "bias_constraint": _ser("constraints", self.bias_constraint),
            "dropout": self.dropout, "recurrent_dropout": self.recurrent_dropout})
        config["implementation"] = maybe(self.implementation)
        return {**super().get_config(), **config, **self._tail_config()}

    def _extra_config(self):
        return {}

    def _tail_config(self):
        return {}


def _float(x):
    return x if x.is_floating_point() else x.to(torch.float32)


class SimpleRNNCell(_BuiltinCell):
    """Cell of a fully connected RNN. TF.js: ``tf.layers.simpleRNNCell``.

    Attributes:
        kernel: [inputDim, units], glorotNormal (truncated normal) by default.
        recurrent_kernel: [units, units], orthogonal (gain 1).
        bias: [units], zeros.

    Differences from TF.js:
        ``implementation`` is accepted and ignored (TF.js's SimpleRNNCell drops it).
    """

    def _project(self, x, training=False):
        h = torch.matmul(self._masked_x(_float(x)), self.kernel)
        return h + self.bias if self.use_bias else h

    def _step(self, p_t, states, training=False):
        out = self.activation(p_t + torch.matmul(self._masked_h(states[0]),
                                                 self.recurrent_kernel))
        return out, [out]

    def get_config(self):
        config = super().get_config()
        config.pop("implementation", None)
        return config


class GRUCell(_BuiltinCell):
    """Cell of a gated recurrent unit. TF.js: ``tf.layers.gruCell``.

    Attributes:
        kernel: [inputDim, 3*units] (gates z, r, h), glorotNormal by default.
        recurrent_kernel: [units, 3*units], orthogonal (gain 1).
        bias: [3*units], zeros.
    """

    _gates = 3
    _default_recurrent_activation = "hardSigmoid"

    def __init__(self, units=None, reset_after=None, **kwargs):
        if reset_after:
            raise TFJSValueError("GRUCell does not support reset_after parameter set to true.")
        super().__init__(units, **kwargs)

    def _project(self, x, training=False):
        m = torch.matmul(self._masked_x(_float(x)), self.kernel)
        return m + self.bias if self.use_bias else m

    def _step(self, p_t, states, training=False):
        u = self.units
        h = self._masked_h(states[0])   # NOTE: TF.js uses the dropped-out h everywhere
        inner = torch.matmul(h, self.recurrent_kernel[:, :2 * u])
        z = self.recurrent_activation(p_t[:, :u] + inner[:, :u])
        r = self.recurrent_activation(p_t[:, u:2 * u] + inner[:, u:])
        hh = self.activation(p_t[:, 2 * u:]
                             + torch.matmul(r * h, self.recurrent_kernel[:, 2 * u:]))
        out = z * h + (1 - z) * hh
        return out, [out]

    def _tail_config(self):
        return {"reset_after": False}


class LSTMCell(_BuiltinCell):
    """Cell of a long short-term memory layer. TF.js: ``tf.layers.lstmCell``.

    Attributes:
        kernel: [inputDim, 4*units] (gates i, f, c, o), glorotNormal by default.
        recurrent_kernel: [units, 4*units], orthogonal (gain 1).
        bias: [4*units], zeros; with ``unitForgetBias`` the f block starts at ones.
    """

    _gates = 4
    _default_recurrent_activation = "hardSigmoid"

    def __init__(self, units=None, unit_forget_bias=None, **kwargs):
        super().__init__(units, **kwargs)
        self.unit_forget_bias = given(unit_forget_bias)
        self.stateSize = [self.units, self.units]

    def build(self, inputShape):  # noqa: N803
        super().build(inputShape)
        if self.use_bias and self.unit_forget_bias:
            u, init = self.units, self.bias_initializer
            value = torch.cat([init.apply_torch([u]), torch.ones(u, device=engine.device()),
                               init.apply_torch([2 * u])])
            self._parameters["bias"].data.copy_(value)

    def _check_count(self, data):
        if len(data) != 3:
            raise TFJSValueError(f"LSTMCell expects 3 input Tensors (inputs, h, c), got "
                                 f"{len(data)}.")

    def _project(self, x, training=False):
        return torch.matmul(self._masked_x(_float(x)), self.kernel)

    def _step(self, p_t, states, training=False):
        u, c_prev = self.units, states[1]
        z = p_t + torch.matmul(self._masked_h(states[0]), self.recurrent_kernel)
        if self.use_bias:
            z = z + self.bias
        act, ract = self.activation, self.recurrent_activation
        c = ract(z[:, u:2 * u]) * c_prev + ract(z[:, :u]) * act(z[:, 2 * u:3 * u])
        h = ract(z[:, 3 * u:]) * act(c)
        return h, [h, c]

    def _extra_config(self):
        return {"unit_forget_bias": maybe(self.unit_forget_bias)}


class StackedRNNCells(RNNCell):
    """Cells applied one after another at each timestep. TF.js: ``tf.layers.stackedRNNCells``.

    The states are ordered last cell first (TF.js's ``stateSize`` is reversed), so the
    first state is the last cell's output.

    Differences from TF.js:
        ``setWeights`` assigns the cells' weights in order (TF.js's version splices the
        list wrongly).
    """

    _torch_call = True

    def __init__(self, cells=None, **base):
        if cells is None:
            raise TypeError("Cannot read properties of undefined (reading 'cells')")
        super().__init__(**base)
        self.cells = torch.nn.ModuleList(cells)

    @property
    def stateSize(self):  # noqa: N802 - TF.js name
        """State sizes of all cells, last cell first."""
        return [s for cell in reversed(self.cells) for s in state_sizes(cell)]

    state_size = stateSize

    def build(self, inputShape):  # noqa: N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        for i, cell in enumerate(self.cells):
            with name_scope(f"RNNCell_{i}"):   # TF.js: rnn_RNN1/RNNCell_0/kernel
                cell.build(shape)
                cell.built = True
            shape = [shape[0], state_sizes(cell)[0]]
        self.built = True

    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """The cells' trainable weights, in cell order."""
        if not self.trainable:
            return []
        return [w for cell in self.cells for w in cell.trainableWeights]

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """The cells' non-trainable weights (all weights when not trainable)."""
        fixed = [w for cell in self.cells for w in cell.nonTrainableWeights]
        if not self.trainable:
            return [w for cell in self.cells for w in cell.trainableWeights] + fixed
        return fixed

    def _split_states(self, states):
        """Flat states (last cell first) -> one list per cell, in cell order."""
        nested, rest = [], list(states)
        for cell in reversed(self.cells):
            n = len(state_sizes(cell))
            nested.append(rest[:n])
            rest = rest[n:]
        return nested[::-1]

    def _begin(self, x_step, states, training):
        nested = self._split_states(states)
        for cell, cell_states in zip(self.cells, nested):
            cell._begin(x_step, cell_states, training)
            x_step = cell_states[0]

    def _project(self, x, training=False):
        return self.cells[0]._project(x, training)

    def _step(self, p_t, states, training=False):
        new = []
        for i, (cell, cell_states) in enumerate(zip(self.cells, self._split_states(states))):
            out, cell_new = cell._step(p_t if i == 0 else cell._project(out, training),
                                       cell_states, training)
            new.append(cell_new)
        return out, [s for cell_new in reversed(new) for s in cell_new]

    def call(self, inputs, training=False, mask=None):
        """One timestep through every cell: ``[x_t, *states]`` -> ``[out, *newStates]``."""
        if isinstance(training, dict):
            training = bool(training.get("training", False))
        wrap = any(isinstance(t, Tensor) for t in inputs)
        data = [t.torch() if isinstance(t, Tensor) else t for t in inputs]
        out, states = self._step(self._project(data[0]), data[1:], training)
        return [Tensor(t) for t in [out, *states]] if wrap else [out, *states]

    def get_config(self):
        cells = [{"class_name": c.className, "config": c.get_config()} for c in self.cells]
        return {**super().get_config(), "cells": cells}

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Rebuild from a config whose ``cells`` are {className, config} dicts."""
        from .recurrent import deserialize_layer
        cfg = dict(config)
        cells = [deserialize_layer(c) for c in cfg.pop("cells")]
        return cls(cells=cells)
