"""``tf.util``: the helpers ported TF.js code uses (shapes, asserts, shuffling, strings).

``tf.util.assert`` is spelled ``tf.util.assert_`` (``assert`` is a Python keyword).
Functions that return a typed array in TF.js return a NumPy array here.
"""
import builtins
import math
import random
import time

import numpy as np

from . import dtypes
from .errors import TFJSValueError, js_list
from .format import js_number


def sizeFromShape(shape):  # noqa: N802 - TF.js name
    """Number of elements of ``shape``. TF.js: ``tf.util.sizeFromShape``."""
    return math.prod(shape)


def computeStrides(shape):  # noqa: N802 - TF.js name
    """Row-major strides without the last one. TF.js: ``tf.util.computeStrides``."""
    out, acc = [], 1
    for d in reversed(list(shape)[1:]):
        acc *= d
        out.append(acc)
    return out[::-1]


def flatten(arr, result=None, skipTypedArray=False):  # noqa: N803 - TF.js name
    """Flatten nested lists into ``result`` (a new list by default). TF.js:
    ``tf.util.flatten``."""
    out = [] if result is None else result
    if isinstance(arr, (list, tuple)) or (isinstance(arr, np.ndarray) and not skipTypedArray):
        for v in arr:
            flatten(v, out, skipTypedArray)
    else:
        out.append(arr)
    return out


def arraysEqual(n1, n2):  # noqa: N802 - TF.js name
    """Same length and equal items. TF.js: ``tf.util.arraysEqual``."""
    return len(n1) == len(n2) and all(a == b for a, b in zip(n1, n2))


def clamp(min, x, max):  # noqa: A002 - TF.js parameter names
    """x limited to [min, max]. TF.js: ``tf.util.clamp(min, x, max)``."""
    return builtins.max(min, builtins.min(x, max))


def isInt(a):  # noqa: N802 - TF.js name
    """True for whole numbers. TF.js: ``tf.util.isInt``."""
    return isinstance(a, (int, float)) and not isinstance(a, bool) and float(a).is_integer()


def nearestLargerEven(val):  # noqa: N802 - TF.js name
    """val if even, else val + 1. TF.js: ``tf.util.nearestLargerEven``."""
    return val if val % 2 == 0 else val + 1


def nearestDivisor(size, start):  # noqa: N802 - TF.js name
    """Smallest divisor of size that is >= start. TF.js: ``tf.util.nearestDivisor``."""
    for d in range(start, size):
        if size % d == 0:
            return d
    return size


def assert_(expr, msg):
    """Raise an Error with ``msg`` (a string or a function returning one) unless ``expr``.

    TF.js: ``tf.util.assert`` (renamed: ``assert`` is a Python keyword).
    """
    if not expr:
        raise TFJSValueError(msg if isinstance(msg, str) else msg())


def assertShapesMatch(shapeA, shapeB, errorMessagePrefix=""):  # noqa: N802,N803
    """Raise unless the shapes are equal. TF.js: ``tf.util.assertShapesMatch``."""
    assert_(arraysEqual(shapeA, shapeB), lambda: f"{errorMessagePrefix} Shapes "
            f"{js_list(shapeA)} and {js_list(shapeB)} must match")


def assertNonNull(a):  # noqa: N802 - TF.js name
    """Raise for None. TF.js: ``tf.util.assertNonNull``."""
    assert_(a is not None, "The input to the tensor constructor must be a non-null value.")


def assertNonNegativeIntegerDimensions(shape):  # noqa: N802 - TF.js name
    """Raise unless every dim is a non-negative integer.
    TF.js: ``tf.util.assertNonNegativeIntegerDimensions``."""
    from .ops.creation import check_shape
    check_shape(shape)


def squeezeShape(shape, axis=None):  # noqa: N802 - TF.js name
    """{newShape, keptDims} after dropping size-1 dims (or only those in ``axis``).
    TF.js: ``tf.util.squeezeShape``."""
    from ._jsobject import JSObject
    axes = None if axis is None else [a % len(shape) for a in axis]
    new, kept = [], []
    for i, d in enumerate(shape):
        if (axes is None and d == 1) or (axes is not None and i in axes and d == 1):
            continue
        if axes is not None and i in axes and d != 1:
            raise TFJSValueError(f"Can't squeeze axis {i} since its dim '{d}' is not 1")
        new.append(d)
        kept.append(i)
    return JSObject(newShape=new, keptDims=kept)


def inferFromImplicitShape(shape, size):  # noqa: N802 - TF.js name
    """Resolve one -1 in ``shape`` from ``size``. TF.js: ``tf.util.inferFromImplicitShape``."""
    shape = list(shape)
    implicit = [i for i, d in enumerate(shape) if d == -1]
    if len(implicit) > 1:
        raise TFJSValueError(f"Shapes can only have 1 implicit size. Found -1 at dim "
                             f"{implicit[0]} and dim {implicit[1]}")
    if not implicit:
        return shape
    known = math.prod(d for d in shape if d != -1)
    if known == 0 or size % known != 0:
        raise TFJSValueError(f"The implicit shape can't be a fractional number. Got "
                             f"{size} / {known}")
    shape[implicit[0]] = size // known
    return shape


def inferDtype(values):  # noqa: N802 - TF.js name
    """dtype TF.js would infer for ``values``. TF.js: ``tf.util.inferDtype``."""
    return dtypes.infer(values)


def isValidDtype(dtype):  # noqa: N802 - TF.js name
    """True for TF.js dtype names. TF.js: ``tf.util.isValidDtype``."""
    return dtype in dtypes.DTYPES


def sizeToSquarishShape(size):  # noqa: N802 - TF.js name
    """[rows, cols] with rows*cols >= size, near square. TF.js: ``tf.util.sizeToSquarishShape``."""
    width = math.ceil(math.sqrt(size))
    return [width, math.ceil(size / width)]


def parseAxisParam(axis, shape):  # noqa: N802 - TF.js name
    """Normalised non-negative axes (all axes for None). TF.js: ``tf.util.parseAxisParam``."""
    rank = len(shape)
    if axis is None:
        return list(range(rank))
    axes = axis if isinstance(axis, (list, tuple)) else [axis]
    for a in axes:
        if not (-rank <= a < rank):
            raise TFJSValueError(f"All values in axis param must be in range [-{rank}, "
                                 f"{rank}) but got axis {js_list(axes)}")
    return [a + rank if a < 0 else a for a in axes]


def bytesPerElement(dtype):  # noqa: N802 - TF.js name
    """Bytes per element of a numeric dtype. TF.js: ``tf.util.bytesPerElement``."""
    sizes = {"float32": 4, "int32": 4, "bool": 1, "complex64": 8}
    if dtype not in sizes:
        raise TFJSValueError(f"Unknown dtype {dtype}")
    return sizes[dtype]


def toNestedArray(shape, a, isComplex=False):  # noqa: N802,N803 - TF.js name
    """Nest a flat sequence into ``shape``. TF.js: ``tf.util.toNestedArray``."""
    flat = list(a)
    if not shape:
        return flat[0]
    if math.prod(shape) * (2 if isComplex else 1) != len(flat):
        raise TFJSValueError(f"[{js_list(shape)}] does not match the input size "
                             f"{len(flat)}{' for a complex tensor' if isComplex else ''}.")

    def nest(offset, dims):
        if len(dims) == 1:
            return flat[offset:offset + dims[0]]
        step = math.prod(dims[1:])
        return [nest(offset + i * step, dims[1:]) for i in range(dims[0])]
    return nest(0, list(shape[:-1]) + [shape[-1] * (2 if isComplex else 1)])


def encodeString(s, encoding="utf-8"):  # noqa: N802 - TF.js name
    """UTF-8 bytes of a string, as a uint8 NumPy array. TF.js: ``tf.util.encodeString``."""
    return np.frombuffer(s.encode(encoding), dtype=np.uint8).copy()


def decodeString(bytes, encoding="utf-8"):  # noqa: N802,A002 - TF.js name
    """A string from bytes. TF.js: ``tf.util.decodeString``."""
    return np.asarray(bytes, dtype=np.uint8).tobytes().decode(encoding)


def indexToLoc(index, rank, strides):  # noqa: N802 - TF.js name
    """Coordinates of a flat index. TF.js: ``tf.util.indexToLoc``."""
    if rank == 0:
        return []
    locs = []
    for s in strides[:rank - 1]:
        locs.append(index // s)
        index -= locs[-1] * s
    locs.append(index)
    return locs


def locToIndex(locs, rank, strides):  # noqa: N802 - TF.js name
    """Flat index of coordinates. TF.js: ``tf.util.locToIndex``."""
    if rank == 0:
        return 0
    if rank == 1:
        return locs[0]
    return locs[-1] + sum(l * s for l, s in zip(locs[:-1], strides))


def distSquared(a, b):  # noqa: N802 - TF.js name
    """Sum of squared differences. TF.js: ``tf.util.distSquared``."""
    return sum((x - y) ** 2 for x, y in zip(a, b))


def sum(arr):  # noqa: A001 - TF.js name
    """Sum of a list of numbers. TF.js: ``tf.util.sum``."""
    total = 0
    for v in arr:
        total += v
    return total


def tanh(x):
    """Hyperbolic tangent of a number. TF.js: ``tf.util.tanh``."""
    return math.tanh(x)


def isScalarShape(shape):  # noqa: N802 - TF.js name
    """True for []. TF.js: ``tf.util.isScalarShape``."""
    return len(shape) == 0


def isString(value):  # noqa: N802 - TF.js name
    """TF.js: ``tf.util.isString``."""
    return isinstance(value, str)


def isNumber(value):  # noqa: N802 - TF.js name
    """TF.js: ``tf.util.isNumber``."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def isBoolean(value):  # noqa: N802 - TF.js name
    """TF.js: ``tf.util.isBoolean``."""
    return isinstance(value, bool)


def isFunction(f):  # noqa: N802 - TF.js name
    """TF.js: ``tf.util.isFunction``."""
    return callable(f)


def shuffle(array):
    """Shuffle a list in place (Fisher-Yates). TF.js: ``tf.util.shuffle``.

    Differences from TF.js: draws from Python's ``random`` (TF.js: ``Math.random``).
    """
    for i in range(len(array) - 1, 0, -1):
        j = random.randint(0, i)
        array[i], array[j] = array[j], array[i]


def shuffleCombo(array, array2):  # noqa: N802 - TF.js name
    """Shuffle two lists in place with the same permutation. TF.js: ``tf.util.shuffleCombo``."""
    if len(array) != len(array2):
        raise TFJSValueError(f"Array sizes must match to be shuffled together First array "
                             f"length was {len(array)}Second array length was {len(array2)}")
    for i in range(len(array) - 1, 0, -1):
        j = random.randint(0, i)
        array[i], array[j] = array[j], array[i]
        array2[i], array2[j] = array2[j], array2[i]


def createShuffledIndices(n):  # noqa: N802 - TF.js name
    """0..n-1 shuffled, as a uint32 NumPy array. TF.js: ``tf.util.createShuffledIndices``."""
    idx = list(range(n))
    shuffle(idx)
    return np.array(idx, dtype=np.uint32)


def makeZerosTypedArray(size, dtype):  # noqa: N802 - TF.js name
    """Zeros of a dtype as a NumPy array. TF.js: ``tf.util.makeZerosTypedArray``."""
    return np.zeros(size, dtype=dtypes.NUMPY[dtype])


def makeOnesTypedArray(size, dtype):  # noqa: N802 - TF.js name
    """Ones of a dtype as a NumPy array. TF.js: ``tf.util.makeOnesTypedArray``."""
    return np.ones(size, dtype=dtypes.NUMPY[dtype])


def rightPad(a, size):  # noqa: N802 - TF.js name
    """Pad a string with spaces on the right. TF.js: ``tf.util.rightPad``."""
    return a if size <= len(a) else a + " " * (size - len(a))


def now():
    """Milliseconds from a monotonic clock. TF.js: ``tf.util.now``."""
    return time.perf_counter() * 1000.0


def repeatedTry(checkFn, delayFn=None, maxCounter=None):  # noqa: N802,N803 - TF.js name
    """Call checkFn until it returns True (awaitable). TF.js: ``tf.util.repeatedTry``."""
    from ._jsobject import resolved
    tries = 0
    while not checkFn():
        tries += 1
        if maxCounter is not None and tries >= maxCounter:
            raise TFJSValueError("Exceeded the max number of tries.")
        time.sleep((delayFn(tries) if delayFn else 0) / 1000.0)
    return resolved(None)


def arraysEqualWithNull(n1, n2):  # noqa: N802 - TF.js name
    """Equal lists where None (null) matches anything. TF.js: ``tf.util.arraysEqualWithNull``."""
    if n1 is None or n2 is None:
        return n1 is n2
    return len(n1) == len(n2) and all(a is None or b is None or a == b
                                      for a, b in zip(n1, n2))


def swap(object, left, right):  # noqa: A002 - TF.js parameter name
    """Swap two items of a list in place. TF.js: ``tf.util.swap``."""
    object[left], object[right] = object[right], object[left]


def isTypedArray(a):  # noqa: N802 - TF.js name
    """True for a NumPy array (the typed-array analogue here). TF.js: ``tf.util.isTypedArray``."""
    return isinstance(a, np.ndarray)


def isPromise(object):  # noqa: N802,A002 - TF.js name
    """True for awaitables, else None (JS ``undefined``). TF.js: ``tf.util.isPromise``."""
    import inspect
    return True if inspect.isawaitable(object) else None


def toTypedArray(a, dtype):  # noqa: N802 - TF.js name
    """Values as a NumPy array of ``dtype`` with TF.js's conversion rules.
    TF.js: ``tf.util.toTypedArray``."""
    from .ops import _convert
    if dtype == "string":
        raise TFJSValueError("Cannot convert a string[] to a TypedArray")
    flat = flatten(a) if isinstance(a, (list, tuple)) else list(np.asarray(a).reshape(-1))
    nums = np.array([_convert.js_to_number(v) for v in flat], dtype=np.float64)
    return _convert.np_convert(nums, dtype)


def randUniform(a, b):  # noqa: N802 - TF.js name
    """A random float in [a, b). TF.js: ``tf.util.randUniform``."""
    return a + (b - a) * random.random()


def fingerPrint64(s):  # noqa: N802 - TF.js name
    """FarmHash Fingerprint64 of a string or bytes, as an unsigned 64-bit int.

    TF.js: ``tf.util.fingerPrint64`` (TF.js returns a Long object; here a Python int).
    """
    from .ops._farmhash import fingerprint64
    return fingerprint64(s.encode("utf-8") if isinstance(s, str) else bytes(s))


def hexToLong(hex):  # noqa: N802,A002 - TF.js name
    """An int from a hex string. TF.js: ``tf.util.hexToLong`` (TF.js returns a Long)."""
    return int(hex, 16)


def getArrayFromDType(dtype, size):  # noqa: N802 - TF.js name
    """A zero-filled array for ``dtype`` (for strings a list of ``size`` Nones, as JS's
    ``new Array(size)``). TF.js: ``tf.util.getArrayFromDType``."""
    if dtype == "string":
        return [None] * size
    return np.zeros(size, dtype=dtypes.NUMPY[dtype])


getTypedArrayFromDType = getArrayFromDType


def makeZerosNestedTypedArray(shape, dtype):  # noqa: N802 - TF.js name
    """Nested lists of zeros. TF.js: ``tf.util.makeZerosNestedTypedArray``."""
    return toNestedArray(shape, [0] * math.prod(shape))


def bytesFromStringArray(arr):  # noqa: N802 - TF.js name
    """Total UTF-8 bytes of a list of encoded strings. TF.js: ``tf.util.bytesFromStringArray``."""
    return builtins.sum(len(b) for b in arr)


def hasEncodingLoss(oldType, newType):  # noqa: N802,N803 - TF.js name
    """True if casting oldType to newType may lose information.
    TF.js: ``tf.util.hasEncodingLoss``."""
    if newType == "complex64" or (newType == "float32" and oldType != "complex64"):
        return False
    if newType == "int32" and oldType not in ("float32", "complex64"):
        return False
    return not (newType == "bool" and oldType == "bool")


def checkConversionForErrors(vals, dtype):  # noqa: N802 - TF.js name
    """Raise for NaN/Infinity in values converted to a numeric dtype.
    TF.js: ``tf.util.checkConversionForErrors``."""
    for v in vals:
        x = float(v)
        if math.isnan(x) or math.isinf(x):
            raise TFJSValueError(f"A tensor of type {dtype} being uploaded contains {js_number(x)}.")


def createScalarValue(value, dtype):  # noqa: N802 - TF.js name
    """The stored form of one value (bytes for strings). TF.js: ``tf.util.createScalarValue``."""
    if dtype == "string":
        return encodeString(value)
    return toTypedArray([value], dtype)


globals()["assert"] = assert_   # reachable as getattr(tf.util, 'assert') like TF.js
