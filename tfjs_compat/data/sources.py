"""Making datasets: ``tf.data.array``, ``generator``, ``func``, ``zip``, and the
browser-only ``microphone`` / ``webcam`` (reported as unavailable)."""
import inspect
import math

from ..errors import TFJSNotImplementedError, TFJSTypeError, TFJSValueError
from ._async import settle
from ._iterators import ArrayIterator, FunctionIterator, PythonIterator, ZipIterator
from .dataset import Dataset, new_iterator

_UNDEFINED = object()


def array(items):
    """A dataset of the given elements. TF.js: ``tf.data.array(items)``.

    Elements may be numbers, strings, Tensors, lists or dicts (nested); each pass
    yields copies (Tensors cloned), as TF.js does.

    Example:
        >>> tf.data.array([{'item': 1}, {'item': 2}]).toArray()
        [{'item': 1}, {'item': 2}]
    """
    if not isinstance(items, (list, tuple)):
        raise TFJSValueError(f"tf.data.array() expects an array of elements, got "
                             f"{type(items).__name__}")
    items = list(items)
    return Dataset(lambda: ArrayIterator(items), len(items))


def _source_iterator(source):
    """A LazyIterator over what a generator function returned."""
    if inspect.iscoroutine(source):
        source = settle(source)
    if hasattr(source, "__next__") or hasattr(source, "__anext__"):
        return PythonIterator(source)
    nxt = source.get("next") if isinstance(source, dict) else getattr(source, "next", None)
    if callable(nxt):
        return FunctionIterator(nxt)
    if hasattr(source, "__iter__"):
        return PythonIterator(iter(source))
    raise TFJSTypeError("gen.next is not a function")


def generator(generator):
    """A dataset from a generator function. TF.js: ``tf.data.generator(generator)``.

    ``generator`` is called once per pass and may be a Python generator function
    (``def`` with ``yield``), an ``async def`` generator, or a function returning an
    iterator: a Python iterator, or a JS-style object whose ``next()`` returns
    ``{'value': ..., 'done': ...}`` (possibly awaitable). The size is unknown.

    Example:
        >>> def gen():
        ...     for i in range(3):
        ...         yield i
        >>> tf.data.generator(gen).toArray()
        [0, 1, 2]
    """
    def make():
        if not callable(generator):
            raise TFJSTypeError("generator is not a function")
        return _source_iterator(generator())
    return Dataset(make, None)


def func(f):
    """A dataset that calls ``f()`` for each element; ``f`` returns
    ``{'value': ..., 'done': ...}``. TF.js: ``tf.data.func(f)``.

    As in TF.js, every pass shares one underlying iterator (it is not re-iterable).
    """
    it = FunctionIterator(f)
    return Dataset(lambda: it, None)


def _js_min(a, b):
    """JS ``Math.min`` on dataset sizes: null counts as 0, undefined gives NaN."""
    a = 0 if a is None else (math.nan if a is _UNDEFINED else a)
    b = 0 if b is None else (math.nan if b is _UNDEFINED else b)
    if (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return math.nan
    return min(a, b)


def _zip_size(datasets):
    size = None
    values = datasets.values() if isinstance(datasets, dict) else datasets
    for ds in values:
        s = ds.size if isinstance(ds, Dataset) else _UNDEFINED
        size = s if size is None or size is _UNDEFINED else _js_min(size, s)
    return None if size is _UNDEFINED else size


def _zip_iterators(node, made):
    """The structure with each Dataset replaced by an iterator; a Dataset that appears
    twice gets one iterator (TF.js's deep map memoizes by identity)."""
    if isinstance(node, Dataset):
        if id(node) not in made:
            made[id(node)] = new_iterator(node)
        return made[id(node)]
    if isinstance(node, dict):
        return {k: _zip_iterators(v, made) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_zip_iterators(v, made) for v in node]
    raise TFJSValueError("Leaves of the structure passed to zip() must be Datasets, "
                         "not primitives.")


def zip(datasets):  # noqa: A001 - TF.js name
    """Zip a list, dict or nested structure of datasets element-wise. TF.js:
    ``tf.data.zip(datasets)``.

    Elements have the structure of ``datasets``; the result ends with the shortest.

    Example:
        >>> a = tf.data.array([{'a': 1}, {'a': 2}])
        >>> b = tf.data.array([{'b': 3}, {'b': 4}])
        >>> tf.data.zip({'c': a, 'd': b}).toArray()
        [{'c': {'a': 1}, 'd': {'b': 3}}, {'c': {'a': 2}, 'd': {'b': 4}}]
    """
    if not isinstance(datasets, (list, tuple, dict)):
        raise TFJSValueError("The argument to zip() must be an object or array.")
    return Dataset(lambda: ZipIterator(_zip_iterators(datasets, {})), _zip_size(datasets))


def microphone(microphoneConfig=None):  # noqa: N803 - TF.js name
    """TF.js ``tf.data.microphone``: browser-only.

    Differences from TF.js: always raises, as TF.js does outside a browser.
    """
    raise TFJSNotImplementedError("microphone API is only supported in browser environment.")


def webcam(webcamVideoElement=None, webcamConfig=None):  # noqa: N803 - TF.js names
    """TF.js ``tf.data.webcam``: browser-only.

    Differences from TF.js: always raises, as TF.js does outside a browser.
    """
    raise TFJSNotImplementedError("tf.data.webcam is only supported in browser environment.")
