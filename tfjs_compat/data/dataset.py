"""``tf.data.Dataset``: a lazily evaluated, re-iterable stream of elements.

A Dataset holds how to make an iterator (TF.js ``datasetFromIteratorFn``) and its
``size`` (an int, ``math.inf`` or ``None`` when unknown), with TF.js's size rules for
every transformation. Elements are numbers, strings, Tensors, arrays (lists) and
objects (dicts), nested. Nothing is read until an iterator is pulled; ``batch`` and
``fitDataset`` stream, so a dataset may be far larger than memory.

The methods that return a Promise in TF.js (``toArray``, ``forEachAsync``,
``iterator``) run eagerly and return values that can also be awaited.
"""
import math

from .. import util
from .._jsobject import AwaitableList, resolved
from ..errors import TFJSValueError, js_str
from ..ops._alea import Alea
from ..ops.random import is_falsy_seed, seed_string
from ._async import settle
from ._iterators import (DONE, ArrayIterator, BatchIterator, ChainedIterator, FilterIterator,
                         FunctionIterator, LazyIterator, MapIterator, PrefetchIterator,
                         PythonIterator, RangeError, ShuffleIterator, SkipIterator,
                         TakeIterator)


def _known(size):
    return size is not None and not (isinstance(size, float) and math.isnan(size))


def as_lazy_iterator(it):
    """A LazyIterator from what ``Dataset.iterator()`` returned (a user subclass may
    return a Python iterator or an object whose ``next()`` gives ``{value, done}``)."""
    it = settle(it)
    if isinstance(it, LazyIterator):
        return it
    if hasattr(it, "__next__") or hasattr(it, "__anext__"):
        return PythonIterator(it)
    if callable(getattr(it, "next", None)):
        return FunctionIterator(it.next)
    raise TFJSValueError(f"Dataset.iterator() must return an iterator, got {it!r}")


def new_iterator(dataset):
    """A fresh LazyIterator over ``dataset``."""
    return as_lazy_iterator(dataset.iterator())


class Dataset:
    """TF.js ``tf.data.Dataset``: an ordered, re-iterable collection of elements.

    Make one with ``tf.data.array``, ``tf.data.generator``, ``tf.data.zip`` or
    ``tf.data.csv``, or subclass it and override ``iterator()``. ``size`` is the
    number of elements when known, ``math.inf`` for endless ones, else ``None``.

    Differences from TF.js: a Dataset is also a Python iterable (``for x in ds``,
    ``async for x in ds``).
    """

    def __init__(self, iterator_fn=None, size=None):
        self._iterator_fn = iterator_fn
        self.size = size

    def iterator(self):
        """A new iterator over the elements (awaitable). TF.js: ``dataset.iterator()``;
        its ``next()`` returns ``{value, done}``."""
        if self._iterator_fn is None:
            raise NotImplementedError("Dataset subclasses must implement iterator()")
        return self._iterator_fn()

    def __iter__(self):
        return new_iterator(self)

    def __aiter__(self):
        return _AsyncView(new_iterator(self))

    def _derive(self, make, size):
        """A dataset whose iterator is ``make(upstream iterator)``."""
        return Dataset(lambda: make(new_iterator(self)), size)

    # --- transformations ---------------------------------------------------------------
    def batch(self, batchSize, smallLastBatch=True):  # noqa: N803 - TF.js names
        """Group consecutive elements into batches. TF.js: ``dataset.batch(batchSize,
        smallLastBatch)``.

        Numbers, arrays and Tensors are batched into one Tensor (axis 0 = batch); dicts
        are batched key by key, giving a dict of Tensors. With ``smallLastBatch``
        (default true) a final short batch is kept.

        Example:
            >>> ds = tf.data.array([1, 2, 3, 4, 5]).batch(2)
            >>> [b.arraySync() for b in ds.toArray()]
            [[1.0, 2.0], [3.0, 4.0], [5.0]]
        """
        if not _positive(batchSize):
            raise TFJSValueError(f"batchSize needs to be positive, but it is\n      "
                                 f"{js_str(batchSize)}")
        if self.size == math.inf or not _known(self.size):
            size = self.size
        elif smallLastBatch:
            size = math.ceil(self.size / batchSize)
        else:
            size = math.floor(self.size / batchSize)
        return self._derive(lambda it: BatchIterator(it, batchSize, smallLastBatch), size)

    def concatenate(self, dataset):
        """This dataset's elements, then ``dataset``'s. TF.js: ``a.concatenate(b)``."""
        if self.size == math.inf or dataset.size == math.inf:
            size = math.inf
        elif _known(self.size) and _known(dataset.size):
            size = self.size + dataset.size
        else:
            size = None
        return Dataset(lambda: ChainedIterator(ArrayIterator(
            [new_iterator(self), new_iterator(dataset)])), size)

    def filter(self, predicate):
        """Keep the elements for which ``predicate(x)`` is truthy (run in a tidy).
        TF.js: ``dataset.filter(predicate)``."""
        size = math.inf if self.size == math.inf else None
        return self._derive(lambda it: FilterIterator(it, predicate), size)

    def map(self, transform):
        """Apply ``transform`` to each element, inside ``tf.tidy``. TF.js:
        ``dataset.map(transform)``.

        Input tensors that ``transform`` does not return are disposed, as in TF.js.

        Differences from TF.js: an awaitable result (e.g. from an ``async def``) is
        awaited, where TF.js would keep the Promise itself as the element.
        """
        return self._derive(lambda it: MapIterator(it, transform, tidy=True), self.size)

    def mapAsync(self, transform):  # noqa: N802 - TF.js name
        """Apply an async ``transform`` (``async def`` or one returning an awaitable).
        TF.js: ``dataset.mapAsync(transform)``.

        Differences from TF.js: each result is awaited before the next element is
        read; an awaitable that needs the caller's own running event loop cannot be
        finished from a synchronous call (use ``async def``/``asyncio.sleep`` freely).
        """
        return self._derive(lambda it: MapIterator(it, transform, is_async=True), self.size)

    def prefetch(self, bufferSize=None):  # noqa: N803 - TF.js name
        """Read ``bufferSize`` elements ahead. TF.js: ``dataset.prefetch(bufferSize)``."""
        if bufferSize is None:
            raise RangeError("`Dataset.prefetch()` requires bufferSize to be specified.")
        return self._derive(lambda it: PrefetchIterator(it, bufferSize), self.size)

    def repeat(self, count=None):
        """Repeat the dataset ``count`` times (forever when ``count`` is omitted or
        negative). TF.js: ``dataset.repeat(count)``."""
        if _known(self.size) and _positive(count):
            size = self.size * count
        elif count == 0:
            size = 0
        elif _known(self.size) and (count is None or count < 0):
            size = math.inf
        else:
            size = None

        def make():
            iterators = _IteratorStream(self)
            if count is not None and count >= 0:
                iterators = TakeIterator(iterators, count)
            return ChainedIterator(iterators)
        return Dataset(make, size)

    def skip(self, count):
        """Skip the first ``count`` elements. TF.js: ``dataset.skip(count)``."""
        if _known(self.size) and count is not None and count >= 0 and self.size >= count:
            size = self.size - count
        elif _known(self.size) and (count is None or count < 0 or self.size < count):
            size = 0
        else:
            size = None
        if count is None or count < 0:
            return self._derive(lambda it: it, size)
        return self._derive(lambda it: SkipIterator(it, count), size)

    def shuffle(self, bufferSize=None, seed=None, reshuffleEachIteration=True):  # noqa: N803
        """Pseudorandomly shuffle, sampling from a window of ``bufferSize`` elements.
        TF.js: ``dataset.shuffle(bufferSize, seed, reshuffleEachIteration)``.

        With a seed the order is TF.js's: the dataset keeps an Alea generator seeded
        with ``String(seed)``; each ``iterator()`` call draws one (or, with
        ``reshuffleEachIteration``, two) int32 values from it to seed that pass. (So,
        as in TF.js, even ``reshuffleEachIteration=False`` gives a new order per pass.)
        """
        if bufferSize is None or bufferSize < 0:
            msg = "`Dataset.shuffle()` requires bufferSize to be specified."
            if _known(self.size):
                msg += ("  If your data fits in main memory (for regular JS objects), "
                        "and/or GPU memory (for `tf.Tensor`s), consider setting "
                        f"bufferSize to the dataset size ({js_str(self.size)} elements)")
            raise RangeError(msg)
        random = Alea(str(util.now()) if is_falsy_seed(seed) else seed_string(seed))

        def make():
            seed2 = _int32(random)
            if reshuffleEachIteration:
                seed2 += _int32(random)
            window = ShuffleIterator(new_iterator(self), bufferSize, Alea(str(seed2)))
            return window
        return Dataset(make, self.size)

    def take(self, count):
        """The first ``count`` elements (all when ``count`` is omitted or negative).
        TF.js: ``dataset.take(count)``."""
        if _known(self.size) and count is not None and self.size > count:
            size = count
        elif _known(self.size) and count is not None and self.size <= count:
            size = self.size
        else:
            size = None
        if count is None or count < 0:
            return self._derive(lambda it: it, size)
        return self._derive(lambda it: TakeIterator(it, count), size)

    # --- consumers -----------------------------------------------------------------------
    def forEachAsync(self, f):  # noqa: N802 - TF.js name
        """Call ``f`` on every element (awaiting it when it is async); returns an
        awaitable None. TF.js: ``await dataset.forEachAsync(f)``."""
        it = MapIterator(new_iterator(self), f)
        while it.pull() is not DONE:
            pass
        return resolved(None)

    def toArray(self):  # noqa: N802 - TF.js name
        """Every element, as a list (awaitable). TF.js: ``await dataset.toArray()``."""
        self._check_finite()
        return AwaitableList(new_iterator(self).items())

    def toArrayForTest(self):  # noqa: N802 - TF.js name
        """Every element, read through a 100-element prefetch. TF.js:
        ``dataset.toArrayForTest()``."""
        self._check_finite()
        return AwaitableList(PrefetchIterator(new_iterator(self), 100).items())

    def _check_finite(self):
        if self.size == math.inf:
            raise TFJSValueError("Can not convert infinite data stream to array.")


class _IteratorStream(LazyIterator):
    """An endless stream of fresh iterators over one dataset (for repeat)."""

    def __init__(self, dataset):
        self.dataset = dataset

    def pull(self):
        return new_iterator(self.dataset)


class _AsyncView:
    def __init__(self, it):
        self.it = it

    def __aiter__(self):
        return self

    async def __anext__(self):
        v = self.it.pull()
        if v is DONE:
            raise StopAsyncIteration
        return v


def _positive(n):
    return isinstance(n, (int, float)) and not isinstance(n, bool) and n > 0


def _int32(random):
    """seedrandom's ``alea.int32()``: the next draw as a signed 32-bit integer."""
    u = random._step()
    return u - 0x100000000 if u >= 0x80000000 else u
