"""compile / fit / evaluate / trainOnBatch for LayersModel, on raw torch tensors.

The loop follows TF.js (tfjs-facts.md 4): batches are consecutive slices of a per-epoch
permutation, reported batch values are computed before that batch's update, epoch
values are size-weighted float32 means, validation keys come first in epoch logs.
Nothing is read back to the host per batch unless a callback asks for batch logs.
"""
import math

import torch

from .. import _options, engine
from .. import losses as L
from .. import metrics as M
from .._jsobject import JSObject, resolved
from ..errors import TFJSNotImplementedError, TFJSRuntimeError, TFJSValueError, js_list
from ..tensor import Tensor
from .callbacks import CallbackList, History

_OPTIMIZER_STRINGS = {
    "sgd": "sgd", "SGD": "sgd", "adam": "adam", "Adam": "adam", "adamax": "adamax",
    "Adamax": "adamax", "adagrad": "adagrad", "Adagrad": "adagrad",
    "adadelta": "adadelta", "Adadelta": "adadelta", "rmsprop": "rmsprop",
    "RMSProp": "rmsprop",
}
_FIT_DEFAULTS = {
    "batch_size": 32, "epochs": 1, "verbose": 1, "callbacks": None,
    "validation_split": 0, "validation_data": None, "shuffle": True, "class_weight": None,
    "sample_weight": None, "initial_epoch": 0, "steps_per_epoch": None,
    "validation_steps": None, "yield_every": "auto",
}


def get_optimizer(identifier):
    """An Optimizer from a TF.js optimizer string or instance."""
    import importlib
    train = importlib.import_module("tfjs_compat.train")
    from ..train.optimizer import Optimizer
    if isinstance(identifier, str):
        if identifier not in _OPTIMIZER_STRINGS:
            raise TFJSValueError(f"Unknown Optimizer {identifier}")
        name = _OPTIMIZER_STRINGS[identifier]
        eps = engine.backend().epsilon()
        return {"sgd": lambda: train.sgd(0.01),
                "adam": lambda: train.adam(0.001, 0.9, 0.999, eps),
                "adamax": lambda: train.adamax(0.002, 0.9, 0.999, eps, 0),
                "adagrad": lambda: train.adagrad(0.01),
                "adadelta": lambda: train.adadelta(1.0, 0.95, eps),
                "rmsprop": lambda: train.rmsprop(0.001, 0.9, 0, eps)}[name]()
    if identifier is None:
        raise TFJSValueError("Cannot read properties of undefined (reading 'minimize')")
    if not isinstance(identifier, Optimizer):
        raise TFJSValueError("User-defined optimizer must be an instance of tf.Optimizer.")
    return identifier


def _per_output(spec, model, what):
    """One entry per output from a single value, a list, or a dict by output name."""
    names = model.outputNames
    if isinstance(spec, dict):
        for key in spec:
            if key not in names:
                raise TFJSValueError(f'Unknown entry in {what} dictionary: "{key}". Only '
                                     f"expected the following keys: {js_list(names)}")
        return [spec.get(n) for n in names]
    if isinstance(spec, (list, tuple)):
        if what == "loss" and len(spec) != len(names):
            raise TFJSValueError(
                f"When passing an Array as loss, it should have one entry per model output. "
                f"The model has {len(names)} output(s), but you passed loss={js_list(spec)}.")
        return list(spec)
    return [spec] * len(names)


def _loss_torch(identifier):
    """A per-sample loss on torch tensors from a string or a user/tf.losses function."""
    if isinstance(identifier, str):
        return L.get(identifier)
    if callable(identifier):
        from ..ops._op import wrap

        def run(y_true, y_pred):
            out = identifier(wrap(y_true), wrap(y_pred))
            return out.torch() if isinstance(out, Tensor) else out
        return run
    raise TFJSValueError(f"Unknown loss {identifier}")


class TrainingMixin:
    """compile / fit / evaluate / trainOnBatch of TF.js's LayersModel."""

    # --- compile ------------------------------------------------------------------------
    def compile(self, args=None, /, **kwargs):
        """Configure training. TF.js: ``model.compile({optimizer, loss, metrics})``."""
        opts = _options.parse(args, kwargs, {"optimizer": None, "loss": None,
                                             "metrics": None}, "compile")
        if getattr(self, "outputs", None) == [] and hasattr(self, "_require_built"):
            self._require_built()
        if opts["loss"] is None:
            raise TFJSValueError(
                f"When passing an Array as loss, it should have one entry per model output. "
                f"The model has {len(self.outputs)} output(s), but you passed loss=.")
        self.optimizer = get_optimizer(opts["optimizer"])
        self.loss = opts["loss"]
        self._loss_fns = [_loss_torch(s) for s in _per_output(opts["loss"], self, "loss")]
        self._metric_fns = []   # (key, torch fn, output index)
        metrics = opts["metrics"]
        if metrics is not None:
            per = (_per_output(metrics, self, "metrics") if isinstance(metrics, dict)
                   else [metrics] * len(self.outputs))
            for k, (spec, loss_fn) in enumerate(zip(per, self._loss_fns)):
                units = self.outputs[k].shape[-1]
                for m in ([] if spec is None else spec if isinstance(spec, list) else [spec]):
                    key, fn = M.resolve(m, loss_fn, units)
                    if len(self.outputs) > 1:
                        key = f"{self.outputNames[k]}_{key}"
                    self._metric_fns.append((key, fn, k))
        names = ["loss"]
        if len(self.outputs) > 1:
            names += [f"{n}_loss" for n in self.outputNames]
        names += [key for key, _, _ in self._metric_fns]
        self.metricsNames = names
        self.isCompiled = True
        self.stopTraining = False

    def _require_compiled(self):
        if not getattr(self, "isCompiled", False):
            if self.className == "Sequential":
                raise TFJSRuntimeError("The model needs to be compiled before being used.")
            raise TFJSRuntimeError("You must compile a model before training/testing. Use "
                                   "LayersModel.compile(modelCompileArgs).")

    # --- data -----------------------------------------------------------------------------
    def _standardize(self, data, tensors, names, kind):
        from ..ops._op import to_torch
        if isinstance(data, dict):
            data = [data[n] for n in names]
        items = list(data) if isinstance(data, (list, tuple)) and not (
            data and not isinstance(data[0], (Tensor, torch.Tensor))) else [data]
        if data is None or (isinstance(data, (list, tuple)) and not items):
            raise TFJSValueError("Cannot read properties of undefined (reading 'length')")
        out = []
        for item, sym in zip(items, tensors):
            t = to_torch(item, kind, "fit")
            if t.ndim == 1:
                t = t.reshape(-1, 1)
            out.append(t)
        return out

    def _check_batch(self, xs, ys):
        for x, sym in zip(xs, self.inputs):
            if x.ndim != len(sym.shape):
                raise TFJSValueError(
                    f"Error when checking input: expected {sym.sourceLayer.name} to have "
                    f"{len(sym.shape)} dimension(s). but got array with shape "
                    f"{js_list(x.shape)}")
            _check_example_shape(x, sym.shape, "input")
        for k, (y, sym) in enumerate(zip(ys, self.outputs)):
            expected = list(sym.shape)
            if self._loss_fns[k] is L.sparse_categorical_crossentropy:
                expected = expected[:-1] + [1]
            _check_example_shape(y, expected, "target")
        n_x, n_y = xs[0].shape[0], ys[0].shape[0]
        if n_x != n_y:
            raise TFJSValueError(
                f"Input Tensors should have the same number of samples as target Tensors. "
                f"Found {n_x} input sample(s) and {n_y} target sample(s).")

    # --- steps ----------------------------------------------------------------------------
    def _losses_and_metrics(self, outs, ys, class_weight=None):
        """(total loss, [per-output losses], [metric values]) as 0-d torch tensors."""
        per_output = []
        for k, (out, y) in enumerate(zip(outs, ys)):
            per = self._loss_fns[k](y.to(out.dtype), out)
            if class_weight is not None:
                per = per * _class_weights(y, class_weight).to(per.dtype)
            per_output.append(per.mean())
        total = per_output[0]
        for extra in per_output[1:]:
            total = total + extra
        for layer in self.layers:
            for reg, param in getattr(layer, "_losses", []):
                total = total + reg.apply_torch(param)
        with torch.no_grad():
            mets = [fn(ys[k].to(outs[k].dtype), outs[k].detach()).mean()
                    for _, fn, k in self._metric_fns]
        return total, per_output, mets

    def _train_step(self, xs, ys, class_weight=None):
        """One update; returns the batch values [loss, (per-output), metrics] (device)."""
        outs = self._run_graph(xs, training=True)
        total, per_output, mets = self._losses_and_metrics(outs, ys, class_weight)
        weights = [w for w in self.trainableWeights]
        params = [w.param for w in weights]
        grads = torch.autograd.grad(total, params, allow_unused=True)
        grads = [torch.zeros_like(p) if g is None else g for p, g in zip(params, grads)]
        with torch.no_grad():
            _optimizer_step(self.optimizer, params, grads, [w.originalName for w in weights])
            # NOTE: TF.js 4.22's fit never applies kernel/bias constraints (a weight with
            # maxNorm or nonNeg is updated unconstrained); fixture
            # constraints:constraint_applied_after_fit_step pins that.
        values = [total.detach()] + ([p.detach() for p in per_output]
                                     if len(per_output) > 1 else []) + mets
        return torch.stack([v.to(torch.float32) for v in values])

    def _test_values(self, xs, ys, batch_size):
        """Size-weighted means of [loss, (per-output), metrics] over all rows (device)."""
        n = xs[0].shape[0]
        total = None
        with torch.no_grad():
            for start in range(0, n, batch_size):
                xb = [x[start:start + batch_size] for x in xs]
                yb = [y[start:start + batch_size] for y in ys]
                outs = self._run_graph(xb, training=False)
                loss, per_output, mets = self._losses_and_metrics(outs, yb)
                vals = torch.stack([v.to(torch.float32) for v in [loss] + (
                    per_output if len(per_output) > 1 else []) + mets])
                size = xb[0].shape[0]
                total = vals * size if total is None else total + vals * size
        return total / n

    # --- public ----------------------------------------------------------------------------
    def evaluate(self, x, y, args=None, /, **kwargs):
        """Loss and metrics in inference mode. TF.js: ``model.evaluate(x, y, {batchSize})``.

        Returns a scalar Tensor (loss only) or a list of scalar Tensors.
        """
        opts = _options.parse(args, kwargs, {"batch_size": 32, "verbose": None,
                                             "sample_weight": None, "steps": None},
                              "evaluate")
        self._require_compiled()
        if opts["verbose"]:
            raise TFJSNotImplementedError("Verbose mode is not implemented yet.")
        bs = _check_batch_size(opts["batch_size"])
        xs = self._standardize(x, self.inputs, self.inputNames, "x")
        ys = self._standardize(y, self.outputs, self.outputNames, "y")
        self._check_batch(xs, ys)
        vals = self._test_values(xs, ys, bs)
        out = [Tensor(v) for v in vals.unbind(0)]
        return out[0] if len(out) == 1 else out

    def trainOnBatch(self, x, y):  # noqa: N802 - TF.js name
        """One update on one batch. TF.js: ``model.trainOnBatch(x, y)``; returns the loss
        (a number) or [loss, metrics...]."""
        self._require_compiled()
        xs = self._standardize(x, self.inputs, self.inputNames, "x")
        ys = self._standardize(y, self.outputs, self.outputNames, "y")
        self._check_batch(xs, ys)
        vals = self._train_step(xs, ys).tolist()
        return resolved(vals[0] if len(vals) == 1 else vals)

    def fit(self, x, y, args=None, /, **kwargs):
        """Train for a number of epochs. TF.js: ``model.fit(x, y, {batchSize, epochs, ...})``.

        Returns a History (also awaitable).
        """
        opts = _options.parse(args, kwargs, _FIT_DEFAULTS, "fit")
        self._require_compiled()
        if getattr(self, "_fitting", False):
            raise TFJSRuntimeError("Cannot start training because another fit() call is "
                                   "ongoing.")
        self._fitting = True
        try:
            return run_fit(self, x, y, opts)
        finally:
            self._fitting = False


def _optimizer_step(optimizer, params, grads, names):
    """Apply one update of a tf.train optimizer to raw torch parameters (in place)."""
    slots = [optimizer._slot(i, n, p) for i, (n, p) in enumerate(zip(names, params))]
    optimizer._update(params, grads, slots)
    optimizer.incrementIterations()


def _check_example_shape(t, expected, kind):
    got, exp = list(t.shape)[1:], list(expected)[1:]
    if len(got) == len(exp) and all(e is None or e == g for e, g in zip(exp, got)):
        return
    shown = ",".join("null" if e is None else str(e) for e in exp)
    raise TFJSValueError(
        f"{kind} expected a batch of elements where each example has shape [{shown}] "
        f"(i.e.,tensor shape [*,{shown}]) but the {kind} received an input with "
        f"{t.shape[0]} examples, each with shape [{js_list(got)}] (tensor shape "
        f"[{js_list(t.shape)}])")


def _check_batch_size(bs):
    if not isinstance(bs, int) or isinstance(bs, bool) or bs <= 0:
        raise TFJSValueError(f"batchSize is required to be a positive integer, but got {bs}")
    return bs


def _class_weights(y, class_weight):
    """Per-sample weights from {classIndex: weight} (argmax for one-hot targets)."""
    if y.ndim > 1 and y.shape[-1] > 1:
        cls = torch.argmax(y, dim=-1)
    else:
        cls = y.reshape(-1).round().to(torch.int64)
    table = torch.zeros(int(cls.max().item()) + 1 if cls.numel() else 1, device=y.device)
    present = set(cls.unique().tolist())
    for c in present:
        if c not in class_weight and str(c) not in class_weight:
            raise TFJSValueError(f"classWeight must contain all classes in the training "
                                 f"data. The class {c} exists in the data but not in "
                                 f"classWeight")
        table[c] = float(class_weight.get(c, class_weight.get(str(c))))
    return table[cls]


def _epoch_logs(names, values, prefix=""):
    return {f"{prefix}{n}": v for n, v in zip(names, values)}


def run_fit(model, x, y, opts):
    """The fit loop (TF.js ``fitLoop``)."""
    if opts["sample_weight"] is not None:
        raise TFJSNotImplementedError("sample weight is not supported yet.")
    if opts["shuffle"] == "batch":
        raise TFJSNotImplementedError("batch shuffling is not implemneted yet")
    bs = _check_batch_size(opts["batch_size"])
    xs = model._standardize(x, model.inputs, model.inputNames, "x")
    ys = model._standardize(y, model.outputs, model.outputNames, "y")
    model._check_batch(xs, ys)
    val, n = None, xs[0].shape[0]
    if opts["validation_data"] is not None:
        vd = opts["validation_data"]
        if len(vd) == 3:
            raise TFJSNotImplementedError(
                "validationData including sample weights is not supported yet.")
        if len(vd) != 2:
            raise TFJSValueError(
                "When passing validation data, it must contain 2 (valX, valY) or 3 (valX, "
                f"valY, valSampleWeight) items; {vd} is invalid.")
        val = (model._standardize(vd[0], model.inputs, model.inputNames, "x"),
               model._standardize(vd[1], model.outputs, model.outputNames, "y"))
        model._check_batch(*val)
    elif 0 < opts["validation_split"] < 1:
        split = math.floor(n * (1 - opts["validation_split"]))
        val = ([t[split:] for t in xs], [t[split:] for t in ys])
        xs, ys, n = [t[:split] for t in xs], [t[:split] for t in ys], split
    names = model.metricsNames
    do_val = val is not None
    metrics = list(names) + ([f"val_{m}" for m in names] if do_val else [])
    params = JSObject(epochs=opts["epochs"], initialEpoch=opts["initial_epoch"], samples=n,
                      steps=None, batchSize=bs, verbose=opts["verbose"], doValidation=do_val,
                      metrics=metrics)
    history = History()
    user = opts["callbacks"] or []
    user = list(user) if isinstance(user, (list, tuple)) else [user]
    cbs = CallbackList(user + [history], model, params)
    model.stopTraining = False
    history.params = params
    cbs.call("onTrainBegin", {})
    for epoch in range(opts["initial_epoch"], opts["epochs"]):
        cbs.call("onEpochBegin", epoch, {})
        sums = _run_epoch(model, xs, ys, bs, n, opts, cbs)
        logs = {}
        if do_val:
            logs.update(_epoch_logs(names, model._test_values(*val, bs).tolist(), "val_"))
        if sums is not None:
            logs.update(_epoch_logs(names, (sums / n).tolist()))
        cbs.call("onEpochEnd", epoch, logs)
        if model.stopTraining:
            break
    cbs.call("onTrainEnd", {})
    return history


def _run_epoch(model, xs, ys, bs, n, opts, cbs):
    """One epoch of batches; returns the size-weighted sums of batch values (device)."""
    perm = torch.randperm(n, device=xs[0].device) if opts["shuffle"] else None
    class_weight = opts["class_weight"]
    names = model.metricsNames
    sums = None
    for b, start in enumerate(range(0, n, bs)):
        if perm is not None:
            idx = perm[start:start + bs]
            xb, yb = [t[idx] for t in xs], [t[idx] for t in ys]
        else:
            xb, yb = [t[start:start + bs] for t in xs], [t[start:start + bs] for t in ys]
        size = xb[0].shape[0]
        if cbs.wants_batch_logs:
            cbs.call("onBatchBegin", b, {})
        vals = model._train_step(xb, yb, class_weight)
        sums = vals * size if sums is None else sums + vals * size
        if cbs.wants_batch_logs:
            logs = {"batch": b, "size": size, **_epoch_logs(names, vals.tolist())}
            cbs.call("onBatchEnd", b, logs)
        if model.stopTraining:
            break
    return sums
