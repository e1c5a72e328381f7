"""compile / fit / evaluate / trainOnBatch for LayersModel, on raw torch tensors.

The public methods parse their options and delegate: data checks live in
``data_adapter.py``, the epoch loop in ``training_loop.py``. The step functions here
(``_train_step``, ``_test_values``) take lists of raw torch tensors and return one
device tensor of values, so every loop (fit, fitDataset, trainOnBatch) shares them.

Value order (TF.js ``makeTrainFunction`` / ``makeTestFunction``, tfjs-facts.md 4.10):
a train step gives ``[total, per-output losses (if several outputs), metrics...]``; a
test step gives ``[running total after each output..., per-output losses, metrics...]``
-- one more value than ``metricsNames`` for two outputs, which is TF.js's quirk.
"""
import importlib

import torch

from .. import _options, engine
from .._jsobject import resolved
from ..errors import TFJSNotImplementedError, TFJSRuntimeError, TFJSValueError, js_list
from ..tensor import Tensor
from . import data_adapter as D

_OPTIMIZER_STRINGS = {
    "sgd": "sgd", "SGD": "sgd", "adam": "adam", "Adam": "adam", "adamax": "adamax",
    "Adamax": "adamax", "adagrad": "adagrad", "Adagrad": "adagrad",
    "adadelta": "adadelta", "Adadelta": "adadelta", "rmsprop": "rmsprop",
    "RMSProp": "rmsprop",
}
FIT_DEFAULTS = {
    "batch_size": None, "epochs": 1, "verbose": 1, "callbacks": None,
    "validation_split": 0, "validation_data": None, "shuffle": True, "class_weight": None,
    "sample_weight": None, "initial_epoch": 0, "steps_per_epoch": None,
    "validation_steps": None, "yield_every": "auto",
}


def _losses_module():
    # NOTE: tfjs_compat.losses / .metrics are rebound to the tf.losses / tf.metrics
    # namespaces by __init__; the modules are reached through sys.modules.
    return importlib.import_module("tfjs_compat.losses")


def _metrics_module():
    return importlib.import_module("tfjs_compat.metrics")


def get_optimizer(identifier):
    """An Optimizer from a TF.js optimizer string (with TF.js's defaults) or instance."""
    train = importlib.import_module("tfjs_compat.train")
    from ..train.optimizer import Optimizer
    if isinstance(identifier, str):
        if identifier not in _OPTIMIZER_STRINGS:
            raise TFJSValueError(f"Unknown Optimizer {identifier}")
        eps = engine.backend().epsilon()
        return {"sgd": lambda: train.sgd(0.01),
                "adam": lambda: train.adam(0.001, 0.9, 0.999, eps),
                "adamax": lambda: train.adamax(0.002, 0.9, 0.999, eps, 0),
                "adagrad": lambda: train.adagrad(0.01),
                "adadelta": lambda: train.adadelta(1.0, 0.95, eps),
                "rmsprop": lambda: train.rmsprop(0.001, 0.9, 0, eps),
                }[_OPTIMIZER_STRINGS[identifier]]()
    if identifier is None:
        from ..errors import TFJSTypeError
        raise TFJSTypeError("Cannot read properties of undefined (reading 'minimize')")
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
        if len(spec) != len(names):
            raise TFJSValueError(
                f"When passing an Array as loss, it should have one entry per model output. "
                f"The model has {len(names)} output(s), but you passed loss="
                f"{','.join(_js_name(s) for s in spec)}.")
        return list(spec)
    return [spec] * len(names)


def _js_name(v):
    return v if isinstance(v, str) else getattr(v, "__name__", str(v))


def _loss_torch(identifier):
    """A per-sample loss on torch tensors from a string or a user/tf.losses function."""
    if isinstance(identifier, str):
        return _losses_module().get(identifier)
    if callable(identifier):
        from ..ops._op import wrap

        def run(y_true, y_pred):
            out = identifier(wrap(y_true), wrap(y_pred))
            return out._data() if isinstance(out, Tensor) else out
        return run
    raise TFJSValueError(f"Unknown loss {identifier}")


def deduped_names(names):
    """TF.js ``getDedupedMetricsNames``: repeated names get ``_<occurrence>``."""
    out = []
    for i, name in enumerate(names):
        if names.count(name) > 1:
            name = f"{name}_{names[:i].count(name)}"
        out.append(name)
    return out


def _epoch_logs(names, values, prefix=""):
    """{prefix+name: value} pairing names with values positionally (extra values drop)."""
    return {f"{prefix}{n}": v for n, v in zip(names, values)}


def _regularizer_terms(model):
    """(regularizer, torch parameter) pairs of every layer, nested models included."""
    from ..layers.base import Layer
    terms, seen = [], set()
    for module in model.modules():
        if isinstance(module, Layer) and id(module) not in seen:
            seen.add(id(module))
            terms.extend(getattr(module, "_losses", []))
    return terms


def train_state(model):
    """What every train step needs and that does not change within a fit call."""
    weights = list(model.trainableWeights)
    return {"params": [w.param for w in weights],
            "names": [w.originalName for w in weights],
            "regs": _regularizer_terms(model)}


def _optimizer_step(optimizer, params, grads, names):
    """Apply one update of a tf.train optimizer to raw torch parameters (in place)."""
    slots = [optimizer._slot(i, n, p) for i, (n, p) in enumerate(zip(names, params))]
    if params:
        optimizer._update(params, grads, slots)
    optimizer.incrementIterations()


def _stack(values):
    return values[0].reshape(1) if len(values) == 1 else torch.stack(values)


class TrainingMixin:
    """compile / fit / evaluate / trainOnBatch of TF.js's LayersModel."""

    # --- compile ------------------------------------------------------------------------
    def compile(self, args=None, /, **kwargs):
        """Configure training. TF.js: ``model.compile({optimizer, loss, metrics})``.

        Args:
            args: ``optimizer`` (a string -- 'sgd', 'adam', 'adamax', 'adagrad',
                'adadelta', 'rmsprop' or their TF.js capitalised forms -- or a
                ``tf.train`` optimizer), ``loss`` (a TF.js loss name, a function
                ``(yTrue, yPred) -> Tensor``, or a list/dict with one per output),
                ``metrics`` (a name, a function, a list, or a dict by output name).
        """
        opts = _options.parse(args, kwargs, {"optimizer": None, "loss": None,
                                             "metrics": None}, "compile")
        optimizer = get_optimizer(opts["optimizer"])
        if opts["loss"] is None:
            raise TFJSValueError(
                f"When passing an Array as loss, it should have one entry per model output. "
                f"The model has {len(self.outputs)} output(s), but you passed loss=.")
        losses = [_loss_torch(s) for s in _per_output(opts["loss"], self, "loss")]
        metric_fns = self._compile_metrics(opts["metrics"], losses)
        self.optimizer = optimizer
        self.loss = opts["loss"]
        self._loss_fns, self._metric_fns = losses, metric_fns
        names = ["loss"]
        if len(self.outputs) > 1:
            names += [f"{n}_loss" for n in self.outputNames]
        self.metricsNames = names + [key for key, _, _ in metric_fns]
        self.isCompiled = True
        self.stopTraining = False

    def _compile_metrics(self, metrics, losses):
        """[(log key, torch fn, output index)] in TF.js's order (output by output)."""
        if metrics is None:
            return []
        per = (_per_output(metrics, self, "metrics") if isinstance(metrics, dict)
               else [metrics] * len(self.outputs))
        out = []
        for k, (spec, loss_fn) in enumerate(zip(per, losses)):
            units = self.outputs[k].shape[-1]
            for m in ([] if spec is None else spec if isinstance(spec, list) else [spec]):
                key, fn = _metrics_module().resolve(m, loss_fn, units)
                if len(self.outputs) > 1:
                    key = f"{self.outputNames[k]}_{key}"
                out.append((key, fn, k))
        return out

    def _require_compiled(self):
        if not getattr(self, "isCompiled", False):
            if self.className == "Sequential":
                raise TFJSRuntimeError("The model needs to be compiled before being used.")
            raise TFJSRuntimeError("You must compile a model before training/testing. Use "
                                   "LayersModel.compile(modelCompileArgs).")

    # --- data (kept for loops outside this module, e.g. fitDataset) -----------------------
    def _standardize(self, data, tensors, names, kind):
        return D.standardize(data, names, "input" if kind == "x" else "target")

    def _check_batch(self, xs, ys):
        D.check_data(self, xs, ys)

    # --- steps on raw torch tensors ---------------------------------------------------------
    def _per_output_losses(self, outs, ys, class_weight=None):
        """Mean loss of each output (0-d tensors); ``class_weight`` is a class->weight
        table (device tensor) applied per sample before the mean, as TF.js does."""
        if isinstance(class_weight, dict):      # {classIndex: weight}, as given to fit
            class_weight = D.class_weight_table(ys, class_weight)
        per_output = []
        for k, (out, y) in enumerate(zip(outs, ys)):
            per = self._loss_fns[k](y.to(out.dtype), out)
            if class_weight is not None:
                per = per * class_weight[D.target_classes(y)]
            per_output.append(per.mean())
        return per_output

    def _metric_values(self, outs, ys):
        if not self._metric_fns:
            return []
        with torch.no_grad():
            return [fn(ys[k].to(outs[k].dtype), outs[k].detach()).mean().to(torch.float32)
                    for _, fn, k in self._metric_fns]

    def _train_step(self, xs, ys, class_weight=None):
        """One update on one batch; returns ``[loss, (per-output losses), metrics...]``
        computed before the update, as one float32 device tensor."""
        state = getattr(self, "_fit_state", None) or train_state(self)
        outs = self._run_graph(xs, training=True)
        per_output = self._per_output_losses(outs, ys, class_weight)
        total = per_output[0]
        for extra in per_output[1:]:
            total = total + extra
        for reg, param in state["regs"]:
            total = total + reg.apply_torch(param)
        mets = self._metric_values(outs, ys)
        params = state["params"]
        if params:
            grads = torch.autograd.grad(total, params, allow_unused=True)
            grads = [torch.zeros_like(p) if g is None else g for p, g in zip(params, grads)]
        else:
            grads = []
        with torch.no_grad():
            _optimizer_step(self.optimizer, params, grads, state["names"])
            # NOTE: TF.js 4.22's fit never applies kernel/bias constraints (fixture
            # constraints:constraint_applied_after_fit_step pins that).
        extra = per_output if len(per_output) > 1 else []
        return _stack([total.detach()] + [p.detach() for p in extra] + mets)

    def _test_values(self, xs, ys, batch_size):
        """Size-weighted means over all rows, in inference mode, of TF.js's test values:
        ``[running total after each output..., (per-output losses), metrics...]``."""
        n = xs[0].shape[0]
        total = None
        with torch.no_grad():
            for start in range(0, n, batch_size):
                xb = [x[start:start + batch_size] for x in xs]
                yb = [y[start:start + batch_size] for y in ys]
                outs = self._run_graph(xb, training=False)
                per_output = self._per_output_losses(outs, yb)
                running = [per_output[0]]
                for extra in per_output[1:]:
                    running.append(running[-1] + extra)
                extra = per_output if len(per_output) > 1 else []
                vals = _stack(running + extra + self._metric_values(outs, yb))
                size = xb[0].shape[0]
                total = vals * size if total is None else total + vals * size
        return total / n

    # --- public ----------------------------------------------------------------------------
    def evaluate(self, x, y, args=None, /, **kwargs):
        """Loss and metrics in inference mode, in batches.

        TF.js: ``model.evaluate(x, y, {batchSize: 32, verbose, sampleWeight, steps})``.

        Returns:
            A scalar Tensor when only the loss is compiled, else a list of scalar
            Tensors ``[loss, ...metrics]`` (for several outputs TF.js's list, which has
            one extra leading value; see the module docstring).
        """
        opts = _options.parse(args, kwargs, {"batch_size": None, "verbose": None,
                                             "sample_weight": None, "steps": None},
                              "evaluate")
        self._require_compiled()
        if opts["verbose"]:
            raise TFJSNotImplementedError("Verbose mode is not implemented yet.")
        bs = D.check_batch_size(32 if opts["batch_size"] is None else opts["batch_size"])
        xs, ys = D.standardize_xy(self, x, y)
        vals = self._test_values(xs, ys, bs)
        out = [Tensor(v) for v in vals.unbind(0)]
        return out[0] if len(out) == 1 else out

    def trainOnBatch(self, x, y):  # noqa: N802 - TF.js name
        """One update on one batch. TF.js: ``model.trainOnBatch(x, y)``.

        Returns:
            The loss as a number, or ``[loss, ...metrics]`` (awaitable).
        """
        self._require_compiled()
        xs, ys = D.standardize_xy(self, x, y)
        vals = self._train_step(xs, ys).tolist()
        return resolved(vals[0] if len(vals) == 1 else vals)

    def fit(self, x, y, args=None, /, **kwargs):
        """Train for a number of epochs.

        TF.js: ``model.fit(x, y, {batchSize: 32, epochs: 1, verbose: 1, callbacks,
        validationSplit, validationData, shuffle: true, classWeight, initialEpoch: 0,
        yieldEvery: 'auto'})``.

        Args:
            x: a Tensor, a list of Tensors (one per input) or a dict by input name.
            y: the same for the targets.
            args: the options above. ``callbacks`` is a dict of hooks
                (``onTrainBegin``, ``onEpochBegin``, ``onBatchBegin``, ``onBatchEnd``,
                ``onEpochEnd``, ``onTrainEnd``, ``onYield``; plain or ``async def``), a
                list of them, ``tf.callbacks.earlyStopping(...)`` or ``tf.Callback``
                subclasses.

        Returns:
            A History (``epoch``, ``history``, ``params``); ``await`` works too.

        Differences from TF.js: ``verbose`` 1 shows a progress bar over the epochs and 2
        one line per epoch, both on stderr (plain TF.js prints nothing).
        """
        opts = _options.parse(args, kwargs, FIT_DEFAULTS, "fit")
        self._require_compiled()
        if getattr(self, "_fitting", False):
            raise TFJSRuntimeError("Cannot start training because another fit() call is "
                                   "ongoing.")
        from .training_loop import run_fit
        self._fitting = True
        try:
            return run_fit(self, x, y, opts)
        finally:
            self._fitting = False
            self._fit_state = None


_check_batch_size = D.check_batch_size   # used by layers_model.predict
