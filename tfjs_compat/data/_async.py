"""Finishing awaitables synchronously, for the eager Promise model (DESIGN.md).

Async sources (``async def`` generators, ``mapAsync`` transforms, iterators whose
``next()`` returns an awaitable) are driven to completion where TF.js would await them:

* no event loop running in this thread: on a private loop kept for this thread, so an
  async generator keeps one loop across its ``__anext__`` calls;
* an event loop running in this thread (the caller is inside ``async def`` but called
  a data method without ``await``): on one background loop thread, because the running
  loop cannot be re-entered. The caller's thread waits for the result.
"""
import asyncio
import inspect
import threading

from ..tensor import Tensor

_LOCAL = threading.local()
_BACKGROUND = {}
_LOCK = threading.Lock()


def is_awaitable(value):
    return inspect.isawaitable(value)


async def _wrap(awaitable):
    return await awaitable


def _as_coroutine(awaitable):
    return awaitable if inspect.iscoroutine(awaitable) else _wrap(awaitable)


def _private_loop():
    loop = getattr(_LOCAL, "loop", None)
    if loop is None or loop.is_closed():
        loop = _LOCAL.loop = asyncio.new_event_loop()
    return loop


def _background_loop():
    with _LOCK:
        loop = _BACKGROUND.get("loop")
        if loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="tfjs-data-async",
                                      daemon=True)
            thread.start()
            _BACKGROUND["loop"] = loop
        return loop


def run_sync(awaitable):
    """The result of ``awaitable`` (a coroutine, Future or object with ``__await__``)."""
    if hasattr(awaitable, "_resolve"):          # our own eager values: already resolved
        return awaitable._resolve()
    if isinstance(awaitable, Tensor):            # ``await t`` gives ``t``
        return awaitable
    coro = _as_coroutine(awaitable)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _private_loop().run_until_complete(coro)
    return asyncio.run_coroutine_threadsafe(coro, _background_loop()).result()


def settle(value):
    """``value``, or its result when it is awaitable (JS ``await value``)."""
    return run_sync(value) if inspect.isawaitable(value) else value
