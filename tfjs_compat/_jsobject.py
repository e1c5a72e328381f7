"""Plain JS objects and Promises, the Python way.

* :class:`JSObject` -- a ``dict`` that also allows attribute access, for the plain
  objects TF.js returns (``tf.memory()``, ``history.history``, logs, SaveResult).
* :func:`resolved` -- makes an eagerly computed value also awaitable, for the calls
  that return a Promise in TF.js (``data()``, ``array()``, ``fit()``, ``ready()``...),
  so both ``x = t.data()`` and ``x = await t.data()`` work.
"""
import numpy as np


def _await_self(self):
    return self._resolve()
    yield  # pragma: no cover  (makes this a generator, as __await__ requires)


class JSObject(dict):
    """A dict with attribute access: ``logs.loss`` is ``logs['loss']``.

    The plain objects TF.js returns (``tf.memory()``, ``history.history``, logs).
    A key that is also a dict method (``keys``, ``items``, ``get``...) is reached
    only with ``obj['keys']``. ``await obj`` gives ``obj``.
    """

    __slots__ = ()

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None

    def _resolve(self):
        return self

    __await__ = _await_self


class AwaitableList(list):
    """A list returned by a Promise-returning call; ``await`` gives the list."""

    __slots__ = ()

    def _resolve(self):
        return list(self)

    __await__ = _await_self


class AwaitableArray(np.ndarray):
    """A NumPy array returned by a Promise-returning call; ``await`` gives the array."""

    def _resolve(self):
        return self.view(np.ndarray)

    __await__ = _await_self


class AwaitableFloat(float):
    """A float returned by a Promise-returning call; ``await`` gives the float."""

    __slots__ = ()

    def _resolve(self):
        return float(self)

    __await__ = _await_self


class AwaitableInt(int):
    """An int returned by a Promise-returning call; ``await`` gives the int."""

    __slots__ = ()

    def _resolve(self):
        return int(self)

    __await__ = _await_self


class AwaitableStr(str):
    """A str returned by a Promise-returning call; ``await`` gives the str."""

    __slots__ = ()

    def _resolve(self):
        return str(self)

    __await__ = _await_self


_SUBCLASSES = {float: AwaitableFloat, int: AwaitableInt, str: AwaitableStr}


class Resolved:
    """A resolved Promise of a value that cannot carry ``__await__`` itself
    (``None``, ``bool``, other objects). Compares, hashes and tests like the value."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def _resolve(self):
        return self.value

    __await__ = _await_self

    def __bool__(self):
        return bool(self.value)

    def __eq__(self, other):
        if isinstance(other, Resolved):
            other = other.value
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return repr(self.value)


def resolved(value):
    """Return ``value`` in a form that can be used directly or awaited.

    NumPy arrays, lists, dicts, floats, ints and strs come back as subclasses of
    their own type (dicts as :class:`JSObject`); ``None``, ``bool`` and other
    objects as :class:`Resolved`, which compares, hashes and tests like the value.
    ``await`` gives the plain value. Values that are already awaitable pass through.
    """
    if hasattr(type(value), "__await__"):
        return value
    if isinstance(value, np.ndarray):
        return value.view(AwaitableArray)
    if type(value) is dict:
        return JSObject(value)
    if type(value) is list:
        return AwaitableList(value)
    if type(value) in _SUBCLASSES:
        return _SUBCLASSES[type(value)](value)
    return Resolved(value)


def to_jsobject(value):
    """Recursively turn dicts into :class:`JSObject`."""
    if isinstance(value, dict):
        return JSObject({k: to_jsobject(v) for k, v in value.items()})
    if isinstance(value, list):
        return [to_jsobject(v) for v in value]
    return value
