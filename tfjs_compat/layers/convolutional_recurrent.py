"""Convolutional LSTM of tfjs-layers: ConvLSTM2DCell and ConvLSTM2D.

As LSTMCell, with convolutions in place of matmuls: the input convolution (kernel
[kh, kw, in, 4*filters], gates i, f, c, o, bias added) runs once for all timesteps;
the recurrent one (kernel [kh, kw, filters, 4*filters], stride 1, 'same') per step.
"""
import torch

from .. import engine
from ..errors import TFJSNotImplementedError, TFJSTypeError, TFJSValueError
from ..ops.conv import _conv2d
from .base import InputSpec
from .convolutional import check_choice, conv_output_length, normalize_tuple
from .recurrent import RNN, _CellRNN
from .recurrent_cells import LSTMCell, check_units, dropout_mask


def _positive(values, what):
    for v in values:
        if not isinstance(v, (int, float)) or v <= 0 or v != int(v):
            raise TFJSValueError(f"Expected {what} to be a positive integer, but got {v}.")
    return [int(v) for v in values]


class ConvLSTM2DCell(LSTMCell):
    """Cell of a convolutional LSTM. TF.js: ``tf.layers.convLstm2dCell``.

    Attributes:
        kernel: [kh, kw, inChannels, 4*filters] (gates i, f, c, o), glorotNormal.
        recurrent_kernel: [kh, kw, filters, 4*filters], orthogonal.
        bias: [4*filters], zeros (f block ones with ``unitForgetBias``).
    """

    def __init__(self, filters=None, kernel_size=None, strides=None, padding=None,
                 data_format=None, dilation_rate=None, **kwargs):
        kwargs.pop("units", None)
        super().__init__(check_units(filters), **kwargs)   # TF.js checks it as units
        self.filters = self.units
        if kernel_size is None:
            raise TFJSTypeError("Cannot read properties of undefined (reading 'length')")
        self.kernel_size = _positive(normalize_tuple(kernel_size, 2, "kernelSize"),
                                     "kernelSize")
        self.strides = _positive(normalize_tuple(strides or 1, 2, "strides"), "strides")
        self.padding = padding or "valid"
        check_choice(self.padding, ("valid", "same", "causal"), "PaddingMode")
        self.data_format = data_format or "channelsLast"
        check_choice(self.data_format, ("channelsFirst", "channelsLast"), "DataFormat")
        self.dilation_rate = _positive(normalize_tuple(dilation_rate or 1, 2, "dilationRate"),
                                       "dilationRate")

    def build(self, inputShape):  # noqa: N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        axis = 1 if self.data_format == "channelsFirst" else len(shape) - 1
        if shape[axis] is None:
            raise TFJSValueError(f"The channel dimension of the input should be defined. "
                                 f"Found {shape[axis]}")
        f4 = 4 * self.filters
        self.add_weight("kernel", [*self.kernel_size, shape[axis], f4], "float32",
                        self.kernel_initializer, self.kernel_regularizer, True,
                        self.kernel_constraint)
        self.add_weight("recurrent_kernel", [*self.kernel_size, self.filters, f4], "float32",
                        self.recurrent_initializer, self.recurrent_regularizer, True,
                        self.recurrent_constraint)
        if self.use_bias:
            self.add_weight("bias", [f4], "float32", self.bias_initializer,
                            self.bias_regularizer, True, self.bias_constraint)
            if self.unit_forget_bias:
                f, init = self.filters, self.bias_initializer
                value = torch.cat([init.apply_torch([f]), torch.ones(f, device=engine.device()),
                                   init.apply_torch([2 * f])])
                self._parameters["bias"].data.copy_(value)
        self.built = True

    def _begin(self, x_step, states, training):
        # TF.js draws one mask per gate for convolutional LSTMs.
        self._dropout_mask = [dropout_mask(x_step, self.dropout, training)
                              for _ in range(4)]
        self._recurrent_mask = [dropout_mask(states[0], self.recurrent_dropout, training)
                                for _ in range(4)]

    def _conv(self, x, w, strides, padding, dilation):
        lead = x.shape[:-3]
        flat = x.reshape(-1, *x.shape[-3:])            # (n, h, w, c) or (n, c, h, w)
        y = _conv2d(flat, w, strides, padding, self.data_format == "channelsFirst",
                    dilation, None)
        return y.reshape(*lead, *y.shape[1:])

    def _gates(self, x, w, masks, strides, padding, dilation):
        """Convolution with the 4 gate blocks of ``w``; per-gate masks when dropping."""
        if not masks or masks[0] is None:
            return self._conv(x, w, strides, padding, dilation)
        f = self.filters
        return torch.cat([self._conv(x * m, w[..., k * f:(k + 1) * f], strides, padding,
                                     dilation) for k, m in enumerate(masks)], self._axis())

    def _axis(self):
        return -3 if self.data_format == "channelsFirst" else -1

    def _project(self, x, training=False):
        x = x if x.is_floating_point() else x.to(torch.float32)
        y = self._gates(x, self.kernel, self._dropout_mask, self.strides, self.padding,
                        self.dilation_rate)
        if self.use_bias:
            bias = self.bias.reshape(-1, 1, 1) if self._axis() == -3 else self.bias
            y = y + bias
        return y

    def _step(self, p_t, states, training=False):
        h_prev, c_prev = states
        rec = self._gates(h_prev, self.recurrent_kernel, self._recurrent_mask, [1, 1],
                          "same", [1, 1])
        xi, xf, xc, xo = p_t.chunk(4, self._axis())
        hi, hf, hc, ho = rec.chunk(4, self._axis())
        ract, act = self.recurrent_activation, self.activation
        c = ract(xf + hf) * c_prev + ract(xi + hi) * act(xc + hc)
        h = ract(xo + ho) * act(c)
        return h, [h, c]

    def _check_count(self, data):
        if len(data) != 3:
            raise TFJSValueError(f"ConvLSTM2DCell expects 3 input Tensors (inputs, h, c), "
                                 f"got {len(data)}.")

    def get_config(self):
        config = super().get_config()
        config.pop("units")
        return {**config, "filters": self.filters, "kernel_size": self.kernel_size,
                "padding": self.padding, "data_format": self.data_format,
                "dilation_rate": self.dilation_rate, "strides": self.strides}


class ConvLSTM2D(_CellRNN):
    """Convolutional LSTM over [batch, time, rows, cols, channels] inputs.

    TF.js: ``tf.layers.convLstm2d({filters, kernelSize, ...})``. Options as lstm plus
    filters, kernelSize, strides (1), padding ('valid'), dataFormat ('channelsLast'),
    dilationRate (1). Output [batch, rows', cols', filters] (with the time axis for
    returnSequences); returnState adds h and c of that shape.
    """

    _cell_class = ConvLSTM2DCell

    def __init__(self, **options):
        if options.get("unroll"):
            raise TFJSNotImplementedError("Unrolling is not possible with convolutional "
                                          "RNNs.")
        super().__init__(**options)
        self.input_spec = [InputSpec(ndim=5)]

    def _single_shape(self, shape):
        cell = self.cell
        first = cell.data_format == "channelsFirst"
        h, w = shape[3 if first else 2], shape[4 if first else 3]
        h, w = (conv_output_length(n, k, cell.padding, s, d) for n, k, s, d in zip(
            (h, w), cell.kernel_size, cell.strides, cell.dilation_rate))
        return [*shape[:2], *([cell.filters, h, w] if first else [h, w, cell.filters])]

    def computeOutputShape(self, inputShape):  # noqa: N802,N803
        shape = inputShape[0] if isinstance(inputShape[0], (list, tuple)) else inputShape
        out = self._single_shape(shape)
        if not self.return_sequences:
            out = [out[0], *out[2:]]
        if self.return_state:
            state = [shape[0], *out[-3:]]
            return [out, state, list(state)]
        return out

    def _state_shape(self, shape):
        out = self._single_shape(shape)
        return [out[0], *out[2:]]

    def _initial_states(self, x):
        if self.stateful:
            return list(self._states)
        zeros = x.new_zeros(self._state_shape(list(x.shape)))
        return [zeros, zeros]

    def resetStates(self, states=None, training=False):  # noqa: N802 - TF.js name
        """Zero (or set) the states of a stateful ConvLSTM2D. TF.js: ``resetStates``."""
        if self.stateful and states is None and self.input_spec[0].shape:
            shape = self._state_shape(self.input_spec[0].shape)
            if shape[0] is not None:
                self._states = [torch.zeros(shape, device=self._device()) for _ in range(2)]
                return
        RNN.resetStates(self, states, training)

    def _expected_state_shape(self, dim):
        return self._state_shape(self.input_spec[0].shape)


__all__ = ["ConvLSTM2DCell", "ConvLSTM2D"]
