"""Callbacks for fit: dict-of-hooks callbacks, tf.Callback subclasses, History,
EarlyStopping, and the CallbackList that drives them in TF.js's order.

Logs travel as one dict per hook call whose metric values start as 0-d torch tensors
on the device. TF.js passes that same object to every callback in turn: a
``tf.Callback`` subclass sees scalar Tensors, while a dict-of-hooks callback (a
``CustomCallback``), History and EarlyStopping first resolve the values to numbers *in
place* -- so a subclass placed after one of those sees numbers too, as in TF.js. The
host is read (once per logs dict) only when a callback wants numbers.
"""
import asyncio
import inspect
import sys
import threading
import time

import torch

from .._jsobject import JSObject
from ..errors import TFJSNotImplementedError, TFJSTypeError, TFJSValueError

HOOKS = ("onTrainBegin", "onTrainEnd", "onEpochBegin", "onEpochEnd", "onBatchBegin",
         "onBatchEnd", "onYield")
DEFAULT_YIELD_EVERY_MS = 125


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


def resolve_logs(logs):
    """Replace tensor values in ``logs`` by Python numbers, in place (one host read).

    TF.js: ``resolveScalarsInLogs``."""
    if not logs:
        return logs
    keys = [k for k, v in logs.items() if isinstance(v, torch.Tensor) or hasattr(v, "_data")]
    if keys:
        vals = [logs[k] if isinstance(logs[k], torch.Tensor) else logs[k]._data()
                for k in keys]
        for k, v in zip(keys, torch.stack([v.reshape(()).float() for v in vals]).tolist()):
            logs[k] = v
    return logs


def _tensor_logs(logs):
    """Wrap raw torch values of ``logs`` in Tensors, in place (what a tf.Callback sees)."""
    from ..tensor import Tensor
    for k, v in list((logs or {}).items()):
        if isinstance(v, torch.Tensor):
            logs[k] = Tensor(v)
    return logs


class BaseCallback:
    """TF.js ``tf.Callback``: subclass it and override any of the hooks.

    The hooks of a subclass receive logs whose metric values are scalar Tensors (as in
    TF.js); ``batch``/``size`` are numbers. Hooks may be ``async def``.
    """

    logs_as = "tensors"      # what the hooks receive: "tensors", "numbers" or "any"

    def __init__(self):
        self.validationData = None
        self.model = None

    def setModel(self, model):  # noqa: N802 - TF.js name
        """TF.js ``setModel(model)``."""
        self.model = model

    def setParams(self, params):  # noqa: N802 - TF.js name
        """TF.js ``setParams(params)``."""
        self.params = params

    def onTrainBegin(self, logs=None):  # noqa: N802 - TF.js hook
        """Called at the start of fit (logs ``{}``)."""

    def onTrainEnd(self, logs=None):  # noqa: N802 - TF.js hook
        """Called at the end of fit (logs ``{}``)."""

    def onEpochBegin(self, epoch, logs=None):  # noqa: N802 - TF.js hook
        """Called at the start of each epoch (logs ``{}``)."""

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802 - TF.js hook
        """Called at the end of each epoch: ``val_*`` values first, then training ones."""

    def onBatchBegin(self, batch, logs=None):  # noqa: N802 - TF.js hook
        """Called before each batch (logs ``{}``)."""

    def onBatchEnd(self, batch, logs=None):  # noqa: N802 - TF.js hook
        """Called after each batch: ``{batch, size, loss, <metrics>}``."""


Callback = BaseCallback


class CustomCallback(BaseCallback):
    """TF.js ``tf.CustomCallback``: a callback from an object of hook functions
    (``onTrainBegin``, ``onEpochEnd(epoch, logs)``, ..., ``onYield(epoch, batch, logs)``).

    Its hooks receive numbers. Keys that are not hooks are ignored, as in TF.js.
    """

    logs_as = "numbers"

    def __init__(self, args=None, yieldEvery=None, nowFunc=None):  # noqa: N803
        super().__init__()
        self.hooks = {}
        for hook in HOOKS:
            fn = (args.get(hook, args.get(_snake(hook))) if isinstance(args, dict)
                  else getattr(args, hook, None))
            if callable(fn):
                self.hooks[hook] = fn
        ye = yieldEvery or "auto"
        if ye == "auto":
            ye = DEFAULT_YIELD_EVERY_MS
        if ye == "never" and "onYield" in self.hooks:
            raise TFJSValueError("yieldEvery is `never` but you provided an `onYield` "
                                 "callback. Either change `yieldEvery` or remove the callback")
        self.yieldEvery = ye
        self.nowFunc = nowFunc or (lambda: time.perf_counter() * 1000.0)
        self._last_yield = self.nowFunc()
        self.currentEpoch = 0

    def _call(self, hook, *args):
        fn = self.hooks.get(hook)
        if fn is not None:
            run_maybe_async(fn(*args))

    def maybeWait(self, epoch, batch, logs):  # noqa: N802 - TF.js name
        """Call ``onYield`` when ``yieldEvery`` milliseconds have passed since the last
        call (or since construction). TF.js: ``CustomCallback.maybeWait``."""
        if "onYield" not in self.hooks or isinstance(self.yieldEvery, str):
            return
        now = self.nowFunc()
        if now - self._last_yield < self.yieldEvery:
            return
        self._last_yield = now
        self._call("onYield", epoch, batch, resolve_logs(logs))


def _snake(name):
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


class History(BaseCallback):
    """TF.js ``tf.History``: ``epoch`` (indices run) and ``history`` (per-key lists of
    numbers, in epoch-log order: ``val_*`` first); ``fit`` returns it."""

    logs_as = "any"

    def __init__(self):
        super().__init__()
        self.params = None
        self.epoch = []
        self.history = JSObject()

    def onTrainBegin(self, logs=None):  # noqa: N802
        self.epoch = []
        self.history = JSObject()

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802
        # Values may still be device tensors: kept as they are and read back once, by
        # syncData() at the end of fit (as TF.js does), so epochs need no host sync.
        self.epoch.append(epoch)
        for k, v in (logs or {}).items():
            self.history.setdefault(k, []).append(v)

    def syncData(self):  # noqa: N802 - TF.js name
        """Turn stored tensor values into numbers (one host read). TF.js:
        ``History.syncData()``."""
        from .._jsobject import resolved
        pending = [(k, i, v) for k, vals in self.history.items() for i, v in enumerate(vals)
                   if not isinstance(v, (int, float))]
        if pending:
            flat = torch.stack([(v if isinstance(v, torch.Tensor) else v._data())
                                .reshape(()).float() for _, _, v in pending]).tolist()
            for (k, i, _), num in zip(pending, flat):
                self.history[k][i] = num
        return resolved(None)

    def _resolve(self):
        return self

    def __await__(self):
        return self
        yield  # pragma: no cover


class EarlyStopping(BaseCallback):
    """TF.js ``EarlyStopping`` (made by ``tf.callbacks.earlyStopping``)."""

    logs_as = "numbers"

    def __init__(self, monitor="val_loss", min_delta=0, patience=0, verbose=0, mode="auto",
                 baseline=None, restore_best_weights=False):
        super().__init__()
        if restore_best_weights:
            raise TFJSNotImplementedError("restoreBestWeights = True is not implemented in "
                                          "EarlyStopping yet.")
        self.monitor, self.patience, self.verbose = monitor, patience or 0, verbose or 0
        self.baseline = baseline
        if mode not in ("auto", "min", "max"):
            sys.stderr.write(f"EarlyStopping mode '{mode}' is invalid. Falling back to mode "
                             "'auto'.\n")
            mode = "auto"
        self.mode = mode
        greater = mode == "max" or (mode == "auto" and "acc" in monitor)
        self._greater = greater
        # TF.js: minDelta = |minDelta|, negated when smaller is better; test current-minDelta
        self.minDelta = abs(min_delta or 0) * (1 if greater else -1)
        self.wait, self.stoppedEpoch, self.best = 0, 0, None

    def _improved(self, current):
        value = current - self.minDelta
        return value > self.best if self._greater else value < self.best

    def onTrainBegin(self, logs=None):  # noqa: N802
        self.wait, self.stoppedEpoch = 0, 0
        if self.baseline is not None:
            self.best = self.baseline
        else:
            self.best = float("-inf") if self._greater else float("inf")

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802
        current = (logs or {}).get(self.monitor)
        if current is None:
            sys.stderr.write(f"Metric for EarlyStopping {self.monitor} is not available. "
                             f"Available metrics are: {','.join(logs or {})}\n")
            return
        if self._improved(current):
            self.best, self.wait = current, 0
        else:
            self.wait += 1
            if self.wait >= self.patience:
                self.stoppedEpoch = epoch
                self.model.stopTraining = True

    def onTrainEnd(self, logs=None):  # noqa: N802
        if self.stoppedEpoch > 0 and self.verbose:
            print(f"Epoch {self.stoppedEpoch}: early stopping.")


def earlyStopping(args=None, /, **kwargs):  # noqa: N802 - TF.js name
    """Stop training when a monitored quantity stops improving.

    TF.js: ``tf.callbacks.earlyStopping({monitor, minDelta, patience, verbose, mode,
    baseline, restoreBestWeights})``.

    Args:
        args: ``monitor`` ('val_loss'), ``minDelta`` (0), ``patience`` (0), ``verbose``
            (0; >0 prints ``Epoch <n>: early stopping.``), ``mode`` ('auto': 'max' when
            the monitor name contains 'acc', else 'min'), ``baseline``.

    Returns:
        An EarlyStopping callback, to pass in fit's ``callbacks``.

    Differences from TF.js: an unknown option key is an error (TF.js ignores it).
    """
    from .. import _options
    return _options.build(EarlyStopping, args, kwargs, "earlyStopping")


def standardize_callbacks(callbacks, yield_every):
    """TF.js ``standardizeCallbacks``: a list of callback objects.

    A list whose first item is a tf.Callback is used as is; otherwise every item (a
    dict of hooks, or any object) becomes a CustomCallback."""
    if callbacks is None:
        return []
    if isinstance(callbacks, BaseCallback):
        return [callbacks]
    items = list(callbacks) if isinstance(callbacks, (list, tuple)) else [callbacks]
    if items and isinstance(items[0], BaseCallback):
        return items
    return [CustomCallback(cb, yield_every) for cb in items]


class CallbackList:
    """Drives the callbacks of one fit call in TF.js's order (user callbacks, then
    History), each hook with one shared logs dict."""

    def __init__(self, callbacks, model, params):
        # dicts are wrapped here too, for loops that skip standardize_callbacks
        self.callbacks = [CustomCallback(cb) if isinstance(cb, dict) else cb
                          for cb in callbacks]
        for cb in self.callbacks:
            if not isinstance(cb, BaseCallback):
                raise TFJSTypeError("callback.setParams is not a function")
            cb.setModel(model)
            cb.setParams(params)
        self.wants_batch_logs = any(self._has(cb, h) for cb in self.callbacks
                                    for h in ("onBatchEnd", "onBatchBegin", "onYield"))

    @staticmethod
    def _has(cb, hook):
        if isinstance(cb, CustomCallback):
            return hook in cb.hooks
        own = getattr(type(cb), hook, None)
        return own is not None and own is not getattr(BaseCallback, hook, None)

    def call(self, hook, *args):
        """Call ``hook`` on every callback; the last argument is the logs dict."""
        logs = args[-1] if args else None
        for cb in self.callbacks:
            if isinstance(cb, CustomCallback):
                if hook in cb.hooks:
                    resolve_logs(logs)
                    cb._call(hook, *args)
                if hook == "onBatchEnd":
                    cb.maybeWait(cb.currentEpoch, args[0], logs)
                elif hook == "onEpochBegin":
                    cb.currentEpoch = args[0]
            elif self._has(cb, hook):
                if cb.logs_as == "numbers":
                    resolve_logs(logs)
                elif cb.logs_as == "tensors":
                    _tensor_logs(logs)
                run_maybe_async(getattr(cb, hook)(*args))
