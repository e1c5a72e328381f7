"""Spectral and signal ops: fft, ifft, rfft, irfft (``tf.spectral`` and top level),
``tf.signal.frame``, ``stft``, ``hannWindow``, ``hammingWindow`` and the top-level
``tf.cosineWindow`` (an alias TF.js exports).

Transforms run on the innermost dimension in complex128 and are stored once as
complex64, so results are at least as accurate as TF.js's float32 CPU kernels.
"""
import math

import torch

from .. import engine
from ..errors import TFJSValueError
from ..tensor import Tensor
from ._op import dtype_of, op, to_torch


# --- helpers ---------------------------------------------------------------------------

def _complex_input(x, op_name):
    """TF.js checks ``input.dtype`` before converting: anything else names its dtype."""
    dtype = x.dtype if isinstance(x, Tensor) else None
    if dtype != "complex64":
        raise TFJSValueError(f"The dtype for tf.spectral.{op_name}() must be complex64 "
                             f"but got {'undefined' if dtype is None else dtype}.")
    t = to_torch(x, "input", op_name)
    if t.ndim == 0:   # TF.js fails reshaping a scalar to [batch, innerDim]
        raise TFJSValueError("The new shape (NaN,) has NaN elements and the old shape () "
                             "has 1 elements. The new shape and old shape must have the "
                             "same number of elements.")
    return t


def _store(c):
    """complex128 result -> complex64, real results -> float32."""
    return c.to(torch.complex64) if c.is_complex() else c.to(torch.float32)


# --- fft family --------------------------------------------------------------------------

@op
def fft(input):  # noqa: A002 - TF.js name
    """Fast Fourier transform over the innermost dimension. TF.js: ``tf.spectral.fft``
    (also ``tf.fft`` and ``Tensor.fft``).

    Args:
        input: a complex64 Tensor of rank >= 1.

    Returns:
        A complex64 Tensor of the same shape.
    """
    t = _complex_input(input, "fft")
    return _store(torch.fft.fft(t.to(torch.complex128), dim=-1))


@op
def ifft(input):  # noqa: A002 - TF.js name
    """Inverse fast Fourier transform over the innermost dimension (scaled by ``1/n``).
    TF.js: ``tf.spectral.ifft`` (also ``tf.ifft`` and ``Tensor.ifft``).

    Args:
        input: a complex64 Tensor of rank >= 1.
    """
    t = _complex_input(input, "ifft")
    return _store(torch.fft.ifft(t.to(torch.complex128), dim=-1))


@op
def rfft(input, fftLength=None):  # noqa: A002,N803 - TF.js names
    """Real-valued FFT over the innermost dimension. TF.js: ``tf.spectral.rfft``
    (also ``tf.rfft`` and ``Tensor.rfft``).

    Args:
        input: a float32 Tensor of rank >= 1.
        fftLength: the transform length; the innermost dimension is cropped or padded
            with zeros to it. Defaults to the innermost dimension's size.

    Returns:
        A complex64 Tensor whose innermost dimension is ``fftLength // 2 + 1``.
    """
    dtype = input.dtype if isinstance(input, Tensor) else None
    if dtype != "float32":
        raise TFJSValueError(f"The dtype for rfft() must be real value but got {dtype}")
    t = to_torch(input, "input", "rfft")
    if t.ndim == 0:
        raise TFJSValueError("The new shape (NaN,) has NaN elements and the old shape () "
                             "has 1 elements. The new shape and old shape must have the "
                             "same number of elements.")
    n = t.shape[-1] if fftLength is None else int(fftLength)
    return _store(torch.fft.rfft(t.to(torch.float64), n=n, dim=-1))


@op
def irfft(input):  # noqa: A002 - TF.js name
    """Inverse of rfft over the innermost dimension. TF.js: ``tf.spectral.irfft``
    (also ``tf.irfft`` and ``Tensor.irfft``).

    The spectrum of ``m`` bins is taken as the first half of a Hermitian spectrum of
    ``2 * (m - 1)`` bins (``1`` when ``m == 1``); the real part of its inverse is
    returned.

    Returns:
        float32. As in TF.js, a rank-1 input gives a ``[1, n]`` result, and higher ranks
        keep their outer dimensions.
    """
    t = _complex_input(input, "ifft").to(torch.complex128)
    m = t.shape[-1]
    if m == 1:
        out = torch.fft.ifft(t, dim=-1).real
    else:
        out = torch.fft.irfft(t, n=2 * (m - 1), dim=-1)
    if t.ndim == 1:
        out = out.reshape(1, -1)   # TF.js keeps the [batch, n] view for rank 1
    return _store(out)


# --- windows ----------------------------------------------------------------------------

def _cosine_window(window_length, a, b):
    """``a - b * cos(2 pi i / (N + even - 1))``: periodic for even N, symmetric for odd."""
    size = int(window_length)
    even = 1 - window_length % 2
    denom = window_length + even - 1
    i = torch.arange(size, dtype=torch.float64, device=engine.device())
    angle = 2 * math.pi * i / denom if denom else i * math.nan
    return (a - b * torch.cos(angle)).to(torch.float32)


@op
def cosineWindow(windowLength, a, b):  # noqa: N802,N803 - TF.js names
    """The generalized cosine window ``a - b cos(...)``. TF.js: ``tf.cosineWindow``.

    Args:
        windowLength: number of points.
        a, b: the window's coefficients (hann: 0.5, 0.5; hamming: 0.54, 0.46).
    """
    return _cosine_window(windowLength, a, b)


@op
def hannWindow(windowLength):  # noqa: N802,N803 - TF.js names
    """Hann window. TF.js: ``tf.signal.hannWindow(windowLength)``.

    Example:
        >>> tf.signal.hannWindow(5).arraySync()
        [0.0, 0.5, 1.0, 0.5, 0.0]
    """
    return _cosine_window(windowLength, 0.5, 0.5)


@op
def hammingWindow(windowLength):  # noqa: N802,N803 - TF.js names
    """Hamming window. TF.js: ``tf.signal.hammingWindow(windowLength)``."""
    return _cosine_window(windowLength, 0.54, 0.46)


# --- framing ----------------------------------------------------------------------------

def _frame(t, frame_length, frame_step, pad_end, pad_value):
    """Frames of a 1-D signal as TF.js builds them: whole frames, then padded tails."""
    n = t.shape[0]
    frames, start = [], 0
    while start + frame_length <= n:
        frames.append(t[start:start + frame_length])
        start += frame_step
    while pad_end and start < n:
        pad_len = start + frame_length - n
        fill = torch.full((pad_len,), pad_value, device=t.device).to(t.dtype)
        frames.append(torch.cat([t[start:], fill]))
        start += frame_step
    if not frames:   # TF.js: tensor2d([], [0, frameLength]), always float32
        return torch.zeros((0, frame_length), dtype=torch.float32, device=t.device)
    return torch.stack(frames)


@op
def frame(signal, frameLength, frameStep, padEnd=False, padValue=0):  # noqa: N803
    """Slices a 1-D signal into overlapping frames. TF.js: ``tf.signal.frame``.

    Args:
        signal: a 1-D Tensor.
        frameLength: length of each frame.
        frameStep: offset between the starts of consecutive frames.
        padEnd: also emit the frames that run past the end, padded with ``padValue``.
        padValue: the padding value.

    Returns:
        A ``[numFrames, frameLength]`` Tensor of the signal's dtype (float32 when there
        are no frames, as in TF.js).

    Differences from TF.js:
        Only 1-D signals are supported (TF.js gives broken results for others).
    """
    t = to_torch(signal, "signal", "frame")
    if dtype_of(t) == "string" or t.ndim != 1:
        raise TFJSValueError("tf.signal.frame supports only 1-D numeric signals")
    return _frame(t, int(frameLength), int(frameStep), padEnd, padValue)


def enclosingPowerOfTwo(value):  # noqa: N802 - TF.js name
    """The smallest power of two >= ``value``, floored to an integer (0 for values
    at or below 0.5). TF.js: ``tf.enclosingPowerOfTwo``.

    Example:
        >>> tf.enclosingPowerOfTwo(5)
        8
    """
    if value == 0:
        return 0
    if not value > 0:   # negative or NaN: Math.log gives NaN
        return math.nan
    return int(math.floor(2.0 ** math.ceil(math.log2(value))))


def stft(signal, frameLength, frameStep, fftLength=None, windowFn=None):  # noqa: N803
    """Short-time Fourier transform. TF.js: ``tf.signal.stft``.

    Frames the signal, multiplies each frame by ``windowFn(frameLength)`` (default
    ``hannWindow``) and applies ``rfft`` with ``fftLength`` (default: the smallest power
    of two >= ``frameLength``).

    Returns:
        A complex64 Tensor ``[numFrames, fftLength // 2 + 1]``.
    """
    from .arithmetic import mul
    if fftLength is None:
        fftLength = enclosingPowerOfTwo(frameLength)
    window = (windowFn or hannWindow)(frameLength)
    framed = frame(signal, frameLength, frameStep)
    return rfft(mul(framed, window), fftLength)
