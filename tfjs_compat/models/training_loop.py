"""The fit loop (TF.js ``fitLoop``), on raw torch tensors.

Batches are consecutive slices of a per-epoch permutation (or of the data when
``shuffle`` is false); batch values are computed before that batch's update; epoch
values are size-weighted float32 means; validation runs after the last batch of an
epoch and its keys come first. The host is read per batch only when a callback has a
batch hook; History reads all epoch values once, at the end (as TF.js's
``History.syncData``).
"""
import torch

from ..errors import TFJSNotImplementedError
from .._jsobject import JSObject
from . import data_adapter as D
from .callbacks import CallbackList, History, standardize_callbacks
from .progress import ProgressLogger
from .training import deduped_names, train_state


def _prepare(model, x, y, opts):
    """(train xs, train ys, validation (xs, ys) or None) with TF.js's checks, in order."""
    if opts["sample_weight"] is not None:
        raise TFJSNotImplementedError("sample weight is not supported yet.")
    if opts["shuffle"] == "batch":
        raise TFJSNotImplementedError("batch shuffling is not implemneted yet")
    xs, ys = D.standardize_xy(model, x, y)
    val = None
    if opts["validation_data"] is not None:
        val = D.validation_data(model, opts["validation_data"])
    elif opts["validation_split"] and 0 < opts["validation_split"] < 1:
        (xs, ys), val = D.split_validation(xs, ys, opts["validation_split"])
    return xs, ys, val


def run_fit(model, x, y, opts):
    """Train ``model`` as TF.js's ``fit`` does; returns the History."""
    bs = D.check_batch_size(32 if opts["batch_size"] is None else opts["batch_size"])
    xs, ys, val = _prepare(model, x, y, opts)
    ys = [t if t.is_floating_point() else t.float() for t in ys]
    class_weight = D.class_weight_table(ys, opts["class_weight"])
    names = deduped_names(list(model.metricsNames))
    val_names = [f"val_{n}" for n in names]
    do_val = val is not None
    n = xs[0].shape[0]
    params = JSObject(
        epochs=opts["epochs"], initialEpoch=opts["initial_epoch"], samples=n, steps=None,
        batchSize=bs, verbose=opts["verbose"], doValidation=do_val,
        metrics=names + (val_names if do_val or opts["validation_steps"] is not None
                         else []))
    history = History()
    user = standardize_callbacks(opts["callbacks"], opts["yield_every"])
    progress = [ProgressLogger(opts["verbose"])] if opts["verbose"] in (1, 2) else []
    cbs = CallbackList(user + progress + [history], model, params)
    history.params = params
    model.history = history
    model.stopTraining = False
    model._fit_state = train_state(model)
    loop = _EpochRunner(model, xs, ys, bs, opts["shuffle"], class_weight, cbs, names)
    cbs.call("onTrainBegin", JSObject())
    for epoch in range(opts["initial_epoch"] or 0, opts["epochs"]):
        cbs.call("onEpochBegin", epoch, JSObject())
        sums, seen, completed = loop.run()
        logs = JSObject()
        if do_val and completed:
            values = model._test_values(val[0], val[1], bs)
            logs.update(zip(val_names, values.unbind(0)))   # TF.js pairs by position
        if sums is not None:
            logs.update(zip(names, (sums * loop.reciprocal(seen)).unbind(0)))
        cbs.call("onEpochEnd", epoch, logs)
        if model.stopTraining:
            break
    cbs.call("onTrainEnd", JSObject())
    history.syncData()
    return history


class _EpochRunner:
    """Runs the batches of one epoch; everything fixed per fit is computed once here."""

    def __init__(self, model, xs, ys, bs, shuffle, class_weight, cbs, names):
        self.model, self.xs, self.ys, self.bs = model, xs, ys, bs
        self.n = xs[0].shape[0]
        self.class_weight, self.cbs, self.names = class_weight, cbs, names
        # A single batch holding every row gives the same update in any row order (the
        # loss and gradients are sums over rows), so the permutation is skipped unless a
        # stateful layer ties rows to state slots.
        one_batch = self.n <= bs and not any(
            getattr(layer, "stateful", False) for layer in model.modules())
        self.shuffle = bool(shuffle) and not one_batch
        self.starts = list(range(0, self.n, bs))
        self._reciprocals = {}

    def reciprocal(self, seen):
        """1/seen as a float32 scalar tensor: TF.js's BaseLogger scales the epoch totals
        by the reciprocal (rounded to float32), not by a division."""
        if seen not in self._reciprocals:
            self._reciprocals[seen] = torch.tensor(1.0 / seen, dtype=torch.float32,
                                                   device=self.xs[0].device)
        return self._reciprocals[seen]

    def _batch(self, perm, start):
        if perm is not None:
            idx = perm[start:start + self.bs]
            return ([t.index_select(0, idx) for t in self.xs],
                    [t.index_select(0, idx) for t in self.ys])
        if start == 0 and self.n <= self.bs:
            return self.xs, self.ys
        end = start + self.bs
        return [t[start:end] for t in self.xs], [t[start:end] for t in self.ys]

    def run(self):
        """(size-weighted sums of batch values (device), rows seen, reached the end)."""
        model, cbs = self.model, self.cbs
        perm = torch.randperm(self.n, device=self.xs[0].device) if self.shuffle else None
        wants_logs = cbs.wants_batch_logs
        sums, seen = None, 0
        for b, start in enumerate(self.starts):
            xb, yb = self._batch(perm, start)
            size = min(self.bs, self.n - start)
            if wants_logs:
                cbs.call("onBatchBegin", b, JSObject())
            vals = model._train_step(xb, yb, self.class_weight)
            # NOTE: multiply then add (not add_ with alpha, which fuses and rounds once
            # less): TF.js's BaseLogger does mul then add in float32.
            sums = vals * size if sums is None else sums.add_(vals * size)
            seen += size
            if wants_logs:
                logs = JSObject(batch=b, size=size)
                logs.update(zip(self.names, vals.unbind(0)))
                cbs.call("onBatchEnd", b, logs)
            if model.stopTraining:
                return sums, seen, b == len(self.starts) - 1
        return sums, seen, True
