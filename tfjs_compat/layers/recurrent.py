"""Recurrent layers of tfjs-layers: RNN (any cell or list of cells), SimpleRNN, GRU, LSTM.

The time loop (``run_cell``) follows TF.js's ``rnn()``: inputs go time-major, are
reversed for ``goBackwards`` (outputs stay in that reversed order), and where a mask
is 0 a step keeps the previous state and outputs the previous first state
(``out·m + state₀·(1−m)``). The input projection of every timestep is one matmul
before the loop; only the recurrent part runs per step.
"""
import torch

from .. import _options, engine
from ..errors import TFJSRuntimeError, TFJSValueError, js_list
from ..tensor import Tensor
from .base import InputSpec, Layer, get_class
from .recurrent_cells import (GRUCell, LSTMCell, RNNCell, SimpleRNNCell, StackedRNNCells,
                              state_sizes)

_STATEFUL_BATCH = (
    "If an RNN is stateful, it needs to know its batch size. Specify the batch size of "
    "your input tensors: \n- If using a Sequential model, specify the batch size by "
    "passing a `batchInputShape` option to your first layer.\n- If using the functional "
    "API, specify the batch size by passing a `batchShape` option to your Input layer.")


def deserialize_layer(config):
    """A layer or cell from its ``{className, config}`` form (camel or snake keys)."""
    cfg = _options.config_to_snake(config)
    return get_class(cfg["class_name"]).fromConfig(cfg["config"])


def run_cell(cell, inputs, states, go_backwards=False, mask=None, need_sequences=False,
             training=False):
    """TF.js ``rnn()``: run ``cell`` over the time axis of ``inputs`` [batch, time, ...].

    Returns ``(last_output, outputs [batch, time, ...] or None, final states)``.
    """
    if inputs.ndim < 3:
        raise TFJSValueError(f"Input should be at least 3D, but is {inputs.ndim}D.")
    x = inputs.transpose(0, 1)                                 # (time, batch, ...)
    if mask is not None:
        mask = mask.to(torch.bool).to(torch.float32)
        if mask.ndim == inputs.ndim - 1:
            mask = mask.unsqueeze(-1)
        mask = mask.transpose(0, 1)                            # (time, batch, 1)
    if go_backwards:
        x = x.flip(0)
        mask = None if mask is None else mask.flip(0)
    if x.shape[0] > 0:
        cell._begin(x[0], states, training)
    proj = cell._project(x, training)                          # all timesteps at once
    outputs, last = [], None
    for t in range(x.shape[0]):
        out, new_states = cell._step(proj[t], states, training)
        if mask is not None:
            m = mask[t]
            keep = 1 - m
            out = out * m + states[0] * keep
            new_states = [n * m + s * keep for n, s in zip(new_states, states)]
        last, states = out, list(new_states)
        if need_sequences:
            outputs.append(out)
    seq = torch.stack(outputs, 1) if need_sequences else None
    return last, seq, states


class RNN(Layer):
    """Base recurrent layer running a cell over time. TF.js: ``tf.layers.rnn`` / ``RNN``.

    Args (options): cell (an RNNCell or a list of cells, stacked), returnSequences
    (false), returnState (false), goBackwards (false), stateful (false), unroll
    (false, accepted), inputDim / inputLength (accepted; they do not set the input
    shape), plus the common layer options.

    Input [batch, time, features]. Output [batch, units] or, with returnSequences,
    [batch, time, units]; with returnState the final states follow the output.
    Initial states may be given as ``apply(x, {initialState})`` or ``apply([x, *states])``.

    Differences from TF.js:
        Dropout masks of a cell are redrawn on every call of any RNN (TF.js's generic
        ``rnn`` layer keeps the first call's masks).
        Stateful states are kept detached from the autograd graph between calls.
    """

    _torch_call = True

    def __init__(self, cell=None, return_sequences=False, return_state=False,
                 go_backwards=False, stateful=False, unroll=False, input_dim=None,
                 input_length=None, **base):
        super().__init__(**base)
        if cell is None:
            raise TFJSValueError("cell property is missing for the constructor of RNN.")
        if isinstance(cell, (list, tuple)):
            cell = StackedRNNCells(cells=list(cell))
        if state_sizes(cell) == [None]:
            raise TFJSValueError("The RNN cell should have an attribute `stateSize` (tuple "
                                 "of integers, one integer per RNN state).")
        self.cell = cell
        self.return_sequences = bool(return_sequences)
        self.return_state = bool(return_state)
        self.go_backwards = bool(go_backwards)
        self.stateful = bool(stateful)
        self.unroll = bool(unroll)
        self.supports_masking = True
        self.input_spec = [InputSpec(ndim=3)]
        self.state_spec = None
        self._states = None

    # --- weights come from the cell ------------------------------------------------------
    @property
    def trainableWeights(self):  # noqa: N802 - TF.js name
        """The cell's trainable weights ([] when the layer is not trainable)."""
        return self.cell.trainableWeights if self.trainable else []

    @property
    def nonTrainableWeights(self):  # noqa: N802 - TF.js name
        """The cell's non-trainable weights (all of them when not trainable)."""
        return self.cell.nonTrainableWeights if self.trainable else self.cell.weights

    # --- shapes ------------------------------------------------------------------------
    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        sizes = state_sizes(self.cell)
        if self.return_sequences:
            out = [shape[0], shape[1], sizes[0]]
        else:
            out = [shape[0], sizes[0]]
        if self.return_state:
            return [out] + [[shape[0], d] for d in sizes]
        return out

    def compute_mask_torch(self, inputs, mask=None):
        if isinstance(mask, (list, tuple)):
            mask = mask[0]
        out = mask if self.return_sequences else None
        if self.return_state:
            return [out] + [None] * len(state_sizes(self.cell))
        return out

    def build(self, inputShape):  # noqa: N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        batch = shape[0] if self.stateful else None
        spec_shape = [batch, None, *shape[2:]]
        self.input_spec[0] = InputSpec(ndim=len(spec_shape), shape=spec_shape)
        if not self.cell.built:   # in this layer's name scope: lstm_LSTM1/kernel
            self.cell.build([shape[0], *shape[2:]])
            self.cell.built = True
        sizes = state_sizes(self.cell)
        if self.state_spec is not None:
            if [s[-1] for s in self.state_spec] != sizes:
                spec = ",".join(["[object Object]"] * len(self.state_spec))
                raise TFJSValueError(
                    f"An initialState was passed that is not compatible with cell.stateSize. "
                    f"Received stateSpec={spec}; However cell.stateSize is {js_list(sizes)}")
        else:
            self.state_spec = [[None, d] for d in sizes]
        self.built = True
        if self.stateful:
            self.resetStates()

    # --- applying ------------------------------------------------------------------------
    def apply(self, inputs, kwargs=None):
        """Apply to a Tensor / SymbolicTensor, with optional ``{initialState}``.

        TF.js: ``layer.apply(inputs, {initialState?, mask?, training?})``; a list input
        ``[x, *states]`` gives the initial states too.
        """
        kwargs = dict(kwargs or {})
        initial = kwargs.pop("initialState", kwargs.pop("initial_state", None))
        if isinstance(inputs, (list, tuple)):
            if initial is not None:
                raise TFJSValueError("When inputs is an array, neither initialState or "
                                     "constants should be provided")
            inputs, initial = inputs[0], (list(inputs[1:]) or None)
        if initial is None:
            return super().apply(inputs, kwargs)
        initial = list(initial) if isinstance(initial, (list, tuple)) else [initial]
        self.state_spec = [list(s.shape) for s in initial]
        spec = self.input_spec
        self.input_spec = list(spec) + [InputSpec(shape=s) for s in self.state_spec]
        try:
            return super().apply([inputs, *initial], kwargs)
        finally:
            self.input_spec = spec

    def _initial_states(self, x):
        if self.stateful:
            return list(self._states)
        return [x.new_zeros((x.shape[0], d)) for d in state_sizes(self.cell)]

    def call(self, inputs, training=False, mask=None):
        if isinstance(inputs, (list, tuple)):
            inputs, states = inputs[0], list(inputs[1:])
        else:
            states = None
        if isinstance(mask, (list, tuple)):
            mask = mask[0]
        x = inputs if inputs.is_floating_point() else inputs.to(torch.float32)
        states = states or self._initial_states(x)
        n = len(state_sizes(self.cell))
        if len(states) != n:
            raise TFJSValueError(f"RNN Layer has {n} state(s) but was passed {len(states)} "
                                 f"initial state(s).")
        last, seq, states = run_cell(self.cell, x, states, self.go_backwards, mask,
                                     self.return_sequences, training)
        if self.stateful:
            self._set_states([s.detach() for s in states])
        out = seq if self.return_sequences else last
        return [out, *states] if self.return_state else out

    # --- stateful ------------------------------------------------------------------------
    @property
    def states(self):
        """Current stateful states as Tensors (a list of None before any)."""
        if self._states is None:
            return [None] * len(state_sizes(self.cell))
        return [Tensor(s) for s in self._states]

    def resetStates(self, states=None, training=False):  # noqa: N802 - TF.js name
        """Zero the states of a stateful RNN, or set them. TF.js: ``resetStates(states?)``."""
        if not self.stateful:
            raise TFJSRuntimeError("Cannot call resetStates() on an RNN Layer that is not "
                                   "stateful.")
        batch = self.input_spec[0].shape[0] if self.input_spec[0].shape else None
        if batch is None:
            raise TFJSValueError(_STATEFUL_BATCH)
        sizes = state_sizes(self.cell)
        if states is None:
            self._states = [torch.zeros(batch, d, device=self._device()) for d in sizes]
            return
        states = list(states) if isinstance(states, (list, tuple)) else [states]
        dev = self._device()
        self._set_states([s.torch() if isinstance(s, Tensor) else torch.as_tensor(s, device=dev)
                          for s in states], shown=states)

    def _set_states(self, states, shown=None):
        sizes = state_sizes(self.cell)
        if self._states is not None and len(states) != len(self._states):
            text = ",".join(s.toString() if isinstance(s, Tensor) else str(s)
                            for s in (shown or states))
            raise TFJSValueError(f"Layer {self.name} expects {len(self._states)} state(s), "
                                 f"but it received {len(states)} state value(s). Input "
                                 f"received: {text}")
        for i, (value, dim) in enumerate(zip(states, sizes)):
            want = self._expected_state_shape(dim)
            if list(value.shape) != want:
                raise TFJSValueError(
                    f"State {i} is incompatible with layer {self.name}: expected shape="
                    f"{js_list(want)}, received shape={js_list(value.shape)}")
        self._states = [s.clone() for s in states]

    def _expected_state_shape(self, dim):
        return [self.input_spec[0].shape[0], dim]

    def _device(self):
        params = list(self.cell.parameters())
        return params[0].device if params else engine.device()

    # --- config ----------------------------------------------------------------------------
    def get_config(self):
        config = {"return_sequences": self.return_sequences, "return_state": self.return_state,
                  "go_backwards": self.go_backwards, "stateful": self.stateful,
                  "unroll": self.unroll}
        if type(self) is RNN:
            config["cell"] = {"class_name": self.cell.className,
                              "config": self.cell.get_config()}
        return {**self.cell.get_config(), **super().get_config(), **config}

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Rebuild from a config; ``cell`` is a {className, config} dict."""
        cfg = _options.config_to_snake(config)
        cell = deserialize_layer(cfg.pop("cell"))
        cfg.pop("cells", None)
        keys = set(_options.signature_keys(RNN)) | set(_BASE)
        return cls(cell=cell, **{k: v for k, v in cfg.items() if k in keys})


_BASE = ("name", "trainable", "input_shape", "batch_input_shape", "batch_size", "dtype",
         "weights", "input_dtype")
_RNN_KEYS = ("return_sequences", "return_state", "go_backwards", "stateful", "unroll",
             "input_dim", "input_length")


def option_keys(cls):
    """snake_case option names a layer or cell class accepts (for the factories)."""
    keys = []
    for c in cls.__mro__:
        if c in (Layer, torch.nn.Module, object):
            continue
        if "__init__" in c.__dict__:
            keys += [k for k in _options.signature_keys(c) if k not in keys]
    if issubclass(cls, _CellRNN):
        keys += [k for k in option_keys(cls._cell_class) + list(_RNN_KEYS) if k not in keys]
    return [k for k in keys if k not in ("base", "options", "args", "kwargs")] + [
        k for k in _BASE if k not in keys]


class _CellRNN(RNN):
    """An RNN that makes its own cell from its options (SimpleRNN, GRU, LSTM)."""

    _cell_class = None

    def __init__(self, **options):
        options.pop("cell", None)   # TF.js replaces any given cell
        rnn_opts = {k: options.pop(k) for k in _RNN_KEYS if k in options}
        base = {k: options[k] for k in _BASE if k in options}
        cell = self._cell_class(**options)
        super().__init__(cell=cell, **rnn_opts, **base)

    def __getattr__(self, name):
        # TF.js exposes the cell's options on the layer (``lstm.units``, ``lstm.dropout``).
        try:
            return super().__getattr__(name)
        except AttributeError:
            cell = self._modules.get("cell")
            if cell is not None and not name.startswith("_") and hasattr(cell, name):
                return getattr(cell, name)
            raise

    @classmethod
    def fromConfig(cls, config):  # noqa: N802 - TF.js name
        """Rebuild from a (camelCase or snake_case) config."""
        return cls(**_options.config_to_snake(config))


class SimpleRNN(_CellRNN):
    """Fully connected RNN whose output is fed back. TF.js: ``tf.layers.simpleRNN``.

    Options: units (required), activation ('tanh'), useBias (true), kernelInitializer
    ('glorotNormal'), recurrentInitializer ('orthogonal'), biasInitializer ('zeros'),
    regularizers and constraints, dropout / recurrentDropout (0, training only), and
    the RNN options (see :class:`RNN`). Weights: see :class:`SimpleRNNCell`.
    """

    _cell_class = SimpleRNNCell


class GRU(_CellRNN):
    """Gated recurrent unit layer. TF.js: ``tf.layers.gru``.

    Options as :class:`SimpleRNN` plus recurrentActivation ('hardSigmoid'),
    implementation (accepted), resetAfter (only false: TF.js 4.22 rejects true).
    Weights: see :class:`GRUCell` (gate order z, r, h).
    """

    _cell_class = GRUCell

    def __init__(self, **options):
        if options.get("implementation") == 0:
            print("`implementation=0` has been deprecated, and now defaults to "
                  "`implementation=1`. Please update your layer call.")
        super().__init__(**options)


class LSTM(GRU):
    """Long short-term memory layer. TF.js: ``tf.layers.lstm``.

    Options as :class:`GRU` (without resetAfter) plus unitForgetBias (unset: off).
    Weights: see :class:`LSTMCell` (gate order i, f, c, o). States: [h, c].
    """

    _cell_class = LSTMCell


__all__ = ["RNN", "RNNCell", "SimpleRNN", "GRU", "LSTM", "SimpleRNNCell", "GRUCell",
           "LSTMCell", "StackedRNNCells", "run_cell", "deserialize_layer", "option_keys"]
