"""Top-level ops and helpers without a family of their own: basicLSTMCell,
multiRNNCell, movingAverage, upcastType, sumOutType, op, profile, time, nextFrame,
deprecationWarn, disableDeprecationWarnings, enableDebugMode, enableProdMode.
(``enclosingPowerOfTwo`` lives with stft in ``signal.py``.)
"""
import functools
import sys
import time as _time

import torch

from .. import dtypes, engine
from .._jsobject import JSObject, resolved
from ..errors import TFJSValueError
from ._op import op as _register, to_torch


# --- RNN cells ----------------------------------------------------------------------------

def _lstm_step(forget_bias, kernel, bias, data, c, h):
    """One LSTM step in torch; gates are laid out i, j, f, o as in TF.js."""
    res = torch.cat([data, h], 1) @ kernel + bias    # (batch, 4 * units)
    i, j, f, o = torch.chunk(res, 4, dim=1)
    new_c = torch.sigmoid(i) * torch.tanh(j) + c * torch.sigmoid(forget_bias + f)
    new_h = torch.tanh(new_c) * torch.sigmoid(o)
    return new_c, new_h


@_register
def basicLSTMCell(forgetBias, lstmKernel, lstmBias, data, c, h):  # noqa: N802,N803
    """One step of a basic LSTM cell. TF.js: ``tf.basicLSTMCell``.

    Args:
        forgetBias: scalar added to the forget gate.
        lstmKernel: ``[inputSize + units, 4 * units]`` weights (gates i, j, f, o).
        lstmBias: ``[4 * units]`` bias.
        data: ``[batch, inputSize]`` input.
        c: ``[batch, units]`` previous cell state.
        h: ``[batch, units]`` previous output.

    Returns:
        ``[newC, newH]``.
    """
    name = "basicLSTMCell"
    args = [to_torch(v, a, name) for v, a in ((forgetBias, "forgetBias"),
            (lstmKernel, "lstmKernel"), (lstmBias, "lstmBias"), (data, "data"),
            (c, "c"), (h, "h"))]
    return list(_lstm_step(*[t.to(torch.float32) for t in args]))


@_register
def multiRNNCell(lstmCells, data, c, h):  # noqa: N802,N803
    """Runs a stack of LSTM cells for one step. TF.js: ``tf.multiRNNCell``.

    Args:
        lstmCells: functions ``(data, c, h) -> [newC, newH]``.
        data: the input of the first cell.
        c, h: lists of each cell's previous states.

    Returns:
        ``[[newC of each cell], [newH of each cell]]``.
    """
    x = data
    new_c, new_h = [], []
    for cell, ci, hi in zip(lstmCells, c, h):
        out_c, out_h = cell(x, ci, hi)
        new_c.append(out_c)
        new_h.append(out_h)
        x = out_h
    return [new_c, new_h]


# --- moving average -----------------------------------------------------------------------

@_register
def movingAverage(v, x, decay, step=None, zeroDebias=True):  # noqa: N802,N803
    """Exponential moving average update of ``v`` towards ``x``. TF.js: ``tf.movingAverage``.

    ``v + (x - v) * (1 - decay)``, divided by ``1 - decay ** step`` when ``zeroDebias``.
    """
    name = "movingAverage"
    vt = to_torch(v, "v", name)
    xt = to_torch(x, "x", name)
    if list(vt.shape) != list(xt.shape):
        raise TFJSValueError("Shape mismatch in v and x")
    if zeroDebias and step is None:
        raise TFJSValueError("When using zeroDebias: true, step is required.")
    d = to_torch(decay, "decay", name).to(torch.float32)
    update = (xt.to(torch.float32) - vt.to(torch.float32)) * (1 - d)
    if zeroDebias:
        update = update / (1 - torch.pow(d, to_torch(step, "step", name).to(torch.float32)))
    return vt.to(torch.float32) + update


# --- dtype helpers ------------------------------------------------------------------------

def upcastType(typeA, typeB):  # noqa: N802,N803 - TF.js names
    """The dtype two dtypes promote to. TF.js: ``tf.upcastType``.

    Example:
        >>> tf.upcastType('int32', 'float32')
        'float32'
    """
    return dtypes.upcast(typeA, typeB)


def sumOutType(type):  # noqa: A002,N802 - TF.js names
    """The dtype ``tf.sum`` returns for an input dtype. TF.js: ``tf.sumOutType``."""
    return dtypes.upcast(type, "int32")


# --- tf.op, profile, time -----------------------------------------------------------------

def op(f):
    """Wraps a function as a named op that frees its intermediate tensors.
    TF.js: ``tf.op({name: fn})``.

    Returns:
        A function (named ``<name>__op``) that runs ``fn`` as ``tf.tidy`` does.
    """
    keys = list(f.keys()) if isinstance(f, dict) else []
    if len(keys) != 1:
        raise TFJSValueError(f"Please provide an object with a single key (operation name) "
                             f"mapping to a function. Got an object with {len(keys)} keys.")
    name, fn = keys[0], f[keys[0]]
    if name.endswith("_"):
        name = name[:-1]

    @functools.wraps(fn)
    def wrapped(*args, **kwargs):
        return engine.tidy(name, lambda: fn(*args, **kwargs))
    wrapped.__name__ = f"{name}__op"
    return wrapped


def profile(f):
    """Runs ``f`` and reports the tensors and bytes it allocated. TF.js: ``tf.profile``.

    Returns:
        An awaitable ``{newBytes, newTensors, peakBytes, kernels, result, kernelNames}``.

    Differences from TF.js:
        There is no kernel registry, so ``kernels`` and ``kernelNames`` are empty and
        ``peakBytes`` is the larger of the byte counts before and after ``f``.
    """
    before = engine.memory()
    result = f()
    after = engine.memory()
    return resolved(JSObject(newBytes=after.numBytes - before.numBytes,
                             newTensors=after.numTensors - before.numTensors,
                             peakBytes=max(before.numBytes, after.numBytes), kernels=[],
                             result=result, kernelNames=[]))


def time(f):
    """Runs ``f`` and times it. TF.js: ``tf.time(f)``.

    Returns:
        An awaitable ``{kernelMs, wallMs}`` in milliseconds.

    Differences from TF.js:
        Both are the wall time of ``f``; asynchronous device work is not waited for.
    """
    start = _time.perf_counter()
    f()
    ms = (_time.perf_counter() - start) * 1000.0
    return resolved(JSObject(kernelMs=ms, wallMs=ms))


def nextFrame():  # noqa: N802 - TF.js name
    """Yields to the event loop. TF.js: ``tf.nextFrame()``; here an awaitable no-op
    whose value is None."""
    return resolved(None)


# --- environment switches ----------------------------------------------------------------

_DEPRECATION_HINT = " You can disable deprecation warnings with tf.disableDeprecationWarnings()."


def deprecationWarn(msg):  # noqa: N802 - TF.js name
    """Prints a deprecation warning (to stderr) unless they are disabled.
    TF.js: ``tf.deprecationWarn(msg)``."""
    if engine.env().getBool("DEPRECATION_WARNINGS_ENABLED"):
        print(msg + _DEPRECATION_HINT, file=sys.stderr)


def disableDeprecationWarnings():  # noqa: N802 - TF.js name
    """Turns deprecation warnings off. TF.js: ``tf.disableDeprecationWarnings()``."""
    engine.env().set("DEPRECATION_WARNINGS_ENABLED", False)
    print("TensorFlow.js deprecation warnings have been disabled.", file=sys.stderr)


def enableProdMode():  # noqa: N802 - TF.js name
    """Sets the ``PROD`` flag. TF.js: ``tf.enableProdMode()``."""
    engine.env().set("PROD", True)


def enableDebugMode():  # noqa: N802 - TF.js name
    """Sets the ``DEBUG`` flag. TF.js: ``tf.enableDebugMode()``.

    Differences from TF.js:
        The flag is only recorded; op results are not checked for NaN.
    """
    engine.env().set("DEBUG", True)

