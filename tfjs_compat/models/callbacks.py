"""Callbacks for fit: dict-of-hooks callbacks, tf.Callback subclasses, History,
EarlyStopping, and the CallbackList that drives them (TF.js's order and logs)."""
import asyncio
import inspect
import threading

from .. import _options
from .._jsobject import JSObject
from ..errors import TFJSValueError

HOOKS = ("onTrainBegin", "onTrainEnd", "onEpochBegin", "onEpochEnd", "onBatchBegin",
         "onBatchEnd", "onYield")


def run_maybe_async(result):
    """Finish a hook's result: await it if it is a coroutine (async def hooks)."""
    if not inspect.isawaitable(result):
        return result
    coro = result if inspect.iscoroutine(result) else _as_coro(result)
    try:
        while True:
            yielded = coro.send(None)
            if yielded is not None:      # a real Future: needs an event loop
                return _run_in_thread(coro, yielded)
    except StopIteration as stop:
        return stop.value


async def _as_coro(awaitable):
    return await awaitable


def _run_in_thread(coro, pending):
    out = {}

    def target():
        loop = asyncio.new_event_loop()
        try:
            async def finish():
                await pending
                return await coro
            out["value"] = loop.run_until_complete(finish())
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller
            out["error"] = e
        finally:
            loop.close()
    t = threading.Thread(target=target)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out.get("value")


class BaseCallback:
    """TF.js ``tf.Callback``: subclass and override any of the hooks.

    Subclasses receive logs whose values are scalar Tensors, as in TF.js.
    """

    raw_logs = True

    def __init__(self):
        self.model = None
        self.params = None

    def setModel(self, model):  # noqa: N802 - TF.js name
        """TF.js ``setModel``."""
        self.model = model

    def setParams(self, params):  # noqa: N802 - TF.js name
        """TF.js ``setParams``."""
        self.params = params

    def onTrainBegin(self, logs=None):  # noqa: N802 - TF.js hook
        """Called at the start of fit."""

    def onTrainEnd(self, logs=None):  # noqa: N802 - TF.js hook
        """Called at the end of fit."""

    def onEpochBegin(self, epoch, logs=None):  # noqa: N802 - TF.js hook
        """Called at the start of each epoch."""

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802 - TF.js hook
        """Called at the end of each epoch."""

    def onBatchBegin(self, batch, logs=None):  # noqa: N802 - TF.js hook
        """Called before each batch."""

    def onBatchEnd(self, batch, logs=None):  # noqa: N802 - TF.js hook
        """Called after each batch."""


class CustomCallback(BaseCallback):
    """TF.js ``tf.CustomCallback``: a callback from a dict of hook functions."""

    raw_logs = False

    def __init__(self, args=None, /, **kwargs):
        super().__init__()
        hooks = _options.merge(args, kwargs, [_options.to_snake_case(h) for h in HOOKS],
                               "CustomCallback")
        self.hooks = {_options.to_camel_case(k): v for k, v in hooks.items()}

    def _call(self, hook, *args):
        fn = self.hooks.get(hook)
        if fn is not None:
            run_maybe_async(fn(*args))


class History(BaseCallback):
    """TF.js ``History``: ``epoch`` and ``history`` (per-key lists), returned by fit."""

    raw_logs = False

    def __init__(self):
        super().__init__()
        self.validationData = None
        self.epoch = []
        self.history = JSObject()

    def onTrainBegin(self, logs=None):  # noqa: N802
        self.epoch = []
        self.history = JSObject()

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802
        self.epoch.append(epoch)
        for k, v in (logs or {}).items():
            self.history.setdefault(k, []).append(v)

    def _resolve(self):
        return self

    def __await__(self):
        return self
        yield  # pragma: no cover


class EarlyStopping(BaseCallback):
    """TF.js ``tf.callbacks.earlyStopping``: stop when a monitored value stops improving."""

    raw_logs = False

    def __init__(self, monitor="val_loss", min_delta=0, patience=0, verbose=0, mode="auto",
                 baseline=None, restore_best_weights=False):
        super().__init__()
        if restore_best_weights:
            raise TFJSValueError("restoreBestWeights is not implemented yet.")
        self.monitor, self.min_delta, self.patience = monitor, abs(min_delta), patience
        self.baseline = baseline
        if mode == "auto":
            mode = "max" if "acc" in monitor else "min"
        self.mode = mode
        self.wait, self.best = 0, None

    def _better(self, a, b):
        if self.mode == "max":
            return a - self.min_delta > b
        return a + self.min_delta < b

    def onTrainBegin(self, logs=None):  # noqa: N802
        self.wait = 0
        self.best = self.baseline if self.baseline is not None else (
            float("-inf") if self.mode == "max" else float("inf"))

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802
        current = (logs or {}).get(self.monitor)
        if current is None:
            return
        if self._better(current, self.best):
            self.best, self.wait = current, 0
        else:
            self.wait += 1
            if self.wait >= self.patience:
                self.model.stopTraining = True


def earlyStopping(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """TF.js ``tf.callbacks.earlyStopping({monitor, minDelta, patience, mode, baseline})``."""
    return _options.build(EarlyStopping, args, kwargs, "earlyStopping")


class CallbackList:
    """Drives the callbacks of one fit call in TF.js's order."""

    def __init__(self, callbacks, model, params):
        self.callbacks = []
        for cb in callbacks:
            if isinstance(cb, dict):
                cb = CustomCallback(cb)
            elif not isinstance(cb, BaseCallback):
                raise TFJSValueError("callbacks must be objects of hooks or tf.Callback "
                                     "instances")
            cb.setModel(model)
            cb.setParams(params)
            self.callbacks.append(cb)
        self.wants_batch_logs = any(self._has(cb, h) for cb in self.callbacks
                                    for h in ("onBatchEnd", "onBatchBegin"))

    @staticmethod
    def _has(cb, hook):
        if isinstance(cb, CustomCallback):
            return hook in cb.hooks
        return getattr(type(cb), hook) is not getattr(BaseCallback, hook)

    def call(self, hook, *args):
        """Call ``hook`` on every callback; logs (the last argument) are numbers."""
        for cb in self.callbacks:
            if isinstance(cb, CustomCallback):
                cb._call(hook, *args)
            elif self._has(cb, hook) or isinstance(cb, (History, EarlyStopping)):
                run_maybe_async(getattr(cb, hook)(*args))
