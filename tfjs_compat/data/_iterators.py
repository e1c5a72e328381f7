"""The lazy iterators behind tf.data (TF.js ``LazyIterator`` and its subclasses).

Internally an iterator is pulled with ``pull()``, which returns the next element or the
``DONE`` sentinel (cheap enough for millions of rows). ``next()`` is the public TF.js
face: ``{value, done}``, also awaitable. As in TF.js, iterators keep answering ``DONE``
once exhausted, and a prefetch/shuffle buffer may pull past the end.
"""
import collections
import itertools
import math

from .. import engine
from .._jsobject import JSObject, resolved
from ..errors import TFJSValueError
from ._async import is_awaitable, run_sync, settle
from ._nest import deep_batch_concat, deep_clone, dispose_unused, tensors_in

DONE = object()
_DATASET_ERROR = "Error thrown while iterating through a dataset: "


class LazyIterator:
    """TF.js ``LazyIterator``: a stream of elements; ``next()`` gives ``{value, done}``."""

    def pull(self):
        raise NotImplementedError

    def next(self):
        """The next ``{value, done}`` (awaitable). TF.js: ``iterator.next()``."""
        v = self.pull()
        return resolved(JSObject(value=None, done=True) if v is DONE
                        else JSObject(value=v, done=False))

    def __iter__(self):
        return self

    def __next__(self):
        v = self.pull()
        if v is DONE:
            raise StopIteration
        return v

    def __await__(self):
        return self
        yield  # pragma: no cover  (makes this a generator, as __await__ requires)

    def pull_many(self, n):
        """Up to ``n`` next elements (fewer only when the stream ends)."""
        out, pull = [], self.pull
        while len(out) < n:
            v = pull()
            if v is DONE:
                break
            out.append(v)
        return out

    def items(self):
        """Every remaining element as a plain list."""
        out = []
        pull = self.pull
        v = pull()
        while v is not DONE:
            out.append(v)
            v = pull()
        return out


def _wrap_error(e):
    """TF.js prefixes errors thrown by a source's next() (FunctionCallIterator)."""
    if e.args and isinstance(e.args[0], str):
        e.args = (_DATASET_ERROR + e.args[0],) + e.args[1:]
    else:
        e.args = (_DATASET_ERROR + str(e),)
    return e


class ArrayIterator(LazyIterator):
    """The items of a list, each deep-cloned (tensors cloned), as TF.js does."""

    def __init__(self, items):
        self.items_, self.i = items, 0

    def pull(self):
        if self.i >= len(self.items_):
            return DONE
        item = self.items_[self.i]
        self.i += 1
        return deep_clone(item)


class FunctionIterator(LazyIterator):
    """Calls ``fn()`` for each element; it returns ``{value, done}`` (maybe awaitable)."""

    def __init__(self, fn):
        self.fn = fn

    def pull(self):
        try:
            r = self.fn()
        except Exception as e:
            raise _wrap_error(e) from None
        r = settle(r)
        done = r.get("done") if isinstance(r, dict) else getattr(r, "done", None)
        if done:
            return DONE
        return r.get("value") if isinstance(r, dict) else getattr(r, "value", None)


class PythonIterator(LazyIterator):
    """A Python iterator or generator (sync or async) as a TF.js iterator."""

    def __init__(self, it):
        self.it = it
        self.is_async = hasattr(it, "__anext__") and not hasattr(it, "__next__")

    def pull(self):
        if self.is_async:
            try:
                return run_sync(self.it.__anext__())
            except StopAsyncIteration:
                return DONE
        try:
            return next(self.it)
        except StopIteration:
            return DONE
        except Exception as e:
            raise _wrap_error(e) from None

    def pull_many(self, n):
        if self.is_async:
            return super().pull_many(n)
        try:   # NOTE: the fast path for big generators: no per-row Python frame here
            return list(itertools.islice(self.it, math.ceil(n)))
        except Exception as e:
            raise _wrap_error(e) from None


class MapIterator(LazyIterator):
    """``transform`` on each element; input tensors it did not return are disposed."""

    def __init__(self, upstream, transform, tidy=False, is_async=False):
        self.up, self.transform = upstream, transform
        self.tidy, self.is_async = tidy, is_async

    def pull(self):
        v = self.up.pull()
        if v is DONE:
            return DONE
        inputs = tensors_in(v)
        if self.tidy:
            out = engine.tidy(lambda: self.transform(v))
        else:
            out = self.transform(v)
        if self.is_async or is_awaitable(out):
            out = settle(out)
        dispose_unused(inputs, out)
        return out


class FilterIterator(LazyIterator):
    """Elements for which ``predicate`` is truthy; the others are disposed."""

    def __init__(self, upstream, predicate):
        self.up, self.predicate = upstream, predicate

    def pull(self):
        while True:
            v = self.up.pull()
            if v is DONE or engine.tidy(lambda: self.predicate(v)):
                return v
            engine.dispose(v)


class TakeIterator(LazyIterator):
    def __init__(self, upstream, count):
        self.up, self.count, self.n = upstream, count, 0

    def pull(self):
        n, self.n = self.n, self.n + 1
        if n >= self.count:
            return DONE
        return self.up.pull()


class SkipIterator(LazyIterator):
    def __init__(self, upstream, count):
        self.up, self.count, self.n = upstream, count, 0

    def pull(self):
        while self.n < self.count:
            self.n += 1
            skipped = self.up.pull()
            if skipped is DONE:
                return DONE
            engine.dispose(skipped)
        self.n += 1   # TF.js's counter keeps counting past maxCount; harmless
        return self.up.pull()


class BatchIterator(LazyIterator):
    """Rows grouped ``batch_size`` at a time and batched column-wise (deepBatchConcat)."""

    def __init__(self, upstream, batch_size, small_last_batch=True):
        self.up, self.size, self.small = upstream, batch_size, small_last_batch

    def pull(self):
        rows = self.up.pull_many(self.size)
        if not rows or (len(rows) < self.size and not self.small):
            return DONE
        return deep_batch_concat(rows)


class ChainedIterator(LazyIterator):
    """The elements of each iterator of a stream of iterators, in turn."""

    def __init__(self, iterators):
        self.more, self.current = iterators, None

    def pull(self):
        while True:
            if self.current is None:
                nxt = self.more.pull()
                if nxt is DONE:
                    return DONE
                self.current = nxt
            v = self.current.pull()
            if v is not DONE:
                return v
            self.current = None


class ZipIterator(LazyIterator):
    """A nested structure (lists/dicts) of iterators -> elements of that structure;
    ends when any iterator ends (TF.js ZipMismatchMode.SHORTEST)."""

    def __init__(self, structure):
        self.structure = structure

    def pull(self):
        pulled = {}     # id(iterator) -> value: an iterator used twice is pulled once
        value = _zip_next(self.structure, pulled)
        done = sum(v is DONE for v in pulled.values())
        if done == len(pulled) or done > 0:
            return DONE
        return value


def _zip_next(node, pulled):
    if isinstance(node, LazyIterator):
        if id(node) not in pulled:
            pulled[id(node)] = node.pull()
        v = pulled[id(node)]
        return None if v is DONE else v
    if isinstance(node, dict):
        return {k: _zip_next(v, pulled) for k, v in node.items()}
    return [_zip_next(v, pulled) for v in node]


class PrefetchIterator(LazyIterator):
    """Keeps ``buffer_size`` upstream results pulled ahead (TF.js RingBuffer)."""

    def __init__(self, upstream, buffer_size):
        if buffer_size is None:
            raise RangeError("Can't create a ring buffer of unknown capacity.")
        if buffer_size < 1:
            raise RangeError("Can't create ring buffer of capacity < 1.")
        self.up, self.capacity = upstream, buffer_size
        self.buffer = collections.deque()

    def refill(self):
        while len(self.buffer) < self.capacity:
            self.buffer.append(self.up.pull())

    def pull(self):
        self.refill()
        return self.buffer.popleft()


class ShuffleIterator(PrefetchIterator):
    """Draws uniformly from a window of ``window_size`` pulled-ahead results.

    TF.js's order for a seed: each draw picks ``floor(alea() * len(buffer))``, the
    picked slot is refilled with the buffer's last entry, and the buffer is topped up
    after every element returned (even once upstream is exhausted).
    """

    def __init__(self, upstream, window_size, random):
        super().__init__(upstream, window_size)
        self.buffer = []
        self.random, self.exhausted = random, False

    def _excise(self, index):
        buf = self.buffer
        result, last = buf[index], buf.pop()
        if index < len(buf):
            buf[index] = last
        return result

    def pull(self):
        if not self.exhausted:
            self.refill()
        while self.buffer:
            result = self._excise(int(self.random() * len(self.buffer)))
            if result is DONE:
                self.exhausted = True
            else:
                self.refill()
                return result
        return DONE


class RangeError(TFJSValueError):
    """JS ``RangeError`` (bad sizes for buffers and shuffles)."""

