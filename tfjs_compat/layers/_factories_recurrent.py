"""``tf.layers.*`` factories of the recurrent layers, cells and wrappers; re-exported
by ``layers/__init__.py``."""
from .. import _options
from ..errors import TFJSTypeError
from .convolutional_recurrent import ConvLSTM2D, ConvLSTM2DCell
from .recurrent import GRU, LSTM, RNN, SimpleRNN, option_keys
from .recurrent_cells import GRUCell, LSTMCell, SimpleRNNCell, StackedRNNCells
from .wrappers import Bidirectional, TimeDistributed


def _recurrent(cls, args, kwargs, api, first_read):
    """Build ``cls`` from TF.js options; no options at all is TF.js's TypeError."""
    if args is None and not kwargs:
        raise TFJSTypeError(f"Cannot read properties of undefined (reading '{first_read}')")
    return cls(**_options.merge(args, kwargs, option_keys(cls), api))


def simpleRNN(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Fully connected RNN. TF.js: ``tf.layers.simpleRNN({units, ...})``.

    Options: units (required), activation ('tanh'), useBias, kernelInitializer
    ('glorotNormal'), recurrentInitializer ('orthogonal'), biasInitializer ('zeros'),
    regularizers, constraints, dropout, recurrentDropout, returnSequences, returnState,
    goBackwards, stateful, unroll, and the common layer options.

    Shape: [batch, time, features] -> [batch, units] ([batch, time, units] with
    returnSequences; plus the final state with returnState).
    """
    return _recurrent(SimpleRNN, args, kwargs, "tf.layers.simpleRNN", "units")


def gru(args=None, /, **kwargs):
    """Gated recurrent unit layer. TF.js: ``tf.layers.gru({units, ...})``.

    Options as simpleRNN plus recurrentActivation ('hardSigmoid'), implementation and
    resetAfter (false; true is an error in TF.js 4.22). Gate order z, r, h.
    """
    return _recurrent(GRU, args, kwargs, "tf.layers.gru", "implementation")


def lstm(args=None, /, **kwargs):
    """Long short-term memory layer. TF.js: ``tf.layers.lstm({units, ...})``.

    Options as gru (without resetAfter) plus unitForgetBias. Gate order i, f, c, o;
    states [h, c].

    Example:
        >>> layer = tf.layers.lstm({'units': 2, 'returnSequences': True})
        >>> layer.apply(tf.ones([1, 5, 3])).shape
        [1, 5, 2]
    """
    return _recurrent(LSTM, args, kwargs, "tf.layers.lstm", "implementation")


def simpleRNNCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of simpleRNN, for ``tf.layers.rnn``. TF.js: ``tf.layers.simpleRNNCell``."""
    return _recurrent(SimpleRNNCell, args, kwargs, "tf.layers.simpleRNNCell", "units")


def gruCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of gru, for ``tf.layers.rnn``. TF.js: ``tf.layers.gruCell``."""
    return _recurrent(GRUCell, args, kwargs, "tf.layers.gruCell", "resetAfter")


def lstmCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of lstm, for ``tf.layers.rnn``. TF.js: ``tf.layers.lstmCell``."""
    return _recurrent(LSTMCell, args, kwargs, "tf.layers.lstmCell", "units")


def stackedRNNCells(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cells run one after another each timestep. TF.js: ``tf.layers.stackedRNNCells``."""
    return _recurrent(StackedRNNCells, args, kwargs, "tf.layers.stackedRNNCells", "cells")


def rnn(args=None, /, **kwargs):
    """An RNN over any cell (or list of cells, stacked). TF.js: ``tf.layers.rnn({cell})``.

    Options: cell (required), returnSequences, returnState, goBackwards, stateful,
    unroll, inputDim, inputLength, and the common layer options.
    """
    return _recurrent(RNN, args, kwargs, "tf.layers.rnn", "cell")


def bidirectional(args=None, /, **kwargs):
    """Runs an RNN both ways and merges. TF.js: ``tf.layers.bidirectional({layer, mergeMode})``.

    mergeMode: 'concat' (default), 'sum', 'mul', 'ave', or null for a list of both.
    """
    return _recurrent(Bidirectional, args, kwargs, "tf.layers.bidirectional", "layer")


def timeDistributed(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Applies a layer to every timestep. TF.js: ``tf.layers.timeDistributed({layer})``."""
    return _recurrent(TimeDistributed, args, kwargs, "tf.layers.timeDistributed", "layer")


def convLstm2d(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Convolutional LSTM. TF.js: ``tf.layers.convLstm2d({filters, kernelSize, ...})``.

    Input [batch, time, rows, cols, channels] (channelsLast); options as lstm plus
    filters, kernelSize, strides, padding, dataFormat, dilationRate.
    """
    return _recurrent(ConvLSTM2D, args, kwargs, "tf.layers.convLstm2d", "filters")


def convLstm2dCell(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Cell of convLstm2d. TF.js: ``tf.layers.convLstm2dCell({filters, kernelSize})``."""
    return _recurrent(ConvLSTM2DCell, args, kwargs, "tf.layers.convLstm2dCell", "filters")
