"""Metrics of tfjs-layers: ``tf.metrics.*`` and the strings ``model.compile`` accepts.

The ``*_torch`` functions work on raw torch (yTrue, yPred) and return one value per
sample; the public camelCase functions take Tensors/TensorLikes and return Tensors.
"""
import torch

from . import losses as _losses_mod  # noqa: F401 - makes sure the module is loaded
from .errors import TFJSValueError
from .losses import (binary_crossentropy, categorical_crossentropy, cosine_proximity,
                     mean_absolute_error, mean_absolute_percentage_error,
                     mean_squared_error, sparse_categorical_crossentropy)


def binary_accuracy(y_true, y_pred):
    return torch.mean((y_true == (y_pred > 0.5).to(y_true.dtype)).to(torch.float32), dim=-1)


def categorical_accuracy(y_true, y_pred):
    return (torch.argmax(y_true, dim=-1) == torch.argmax(y_pred, dim=-1)).to(torch.float32)


def sparse_categorical_accuracy(y_true, y_pred):
    if y_true.ndim == y_pred.ndim and y_true.shape[-1] == 1:
        y_true = y_true.squeeze(-1)
    return (y_true.to(torch.int64) == torch.argmax(y_pred, dim=-1)).to(torch.float32)


def _binary_counts(y_true, y_pred):
    tp = torch.sum(((y_true == 1) & (y_pred == 1)).to(torch.float32))
    fp = torch.sum(((y_true == 0) & (y_pred == 1)).to(torch.float32))
    fn = torch.sum(((y_true == 1) & (y_pred == 0)).to(torch.float32))
    return tp, fp, fn


def precision(y_true, y_pred):
    tp, fp, _ = _binary_counts(y_true, y_pred)
    denom = tp + fp
    return torch.where(denom > 0, tp / torch.clamp(denom, min=1e-30), torch.zeros_like(tp))


def recall(y_true, y_pred):
    tp, _, fn = _binary_counts(y_true, y_pred)
    denom = tp + fn
    return torch.where(denom > 0, tp / torch.clamp(denom, min=1e-30), torch.zeros_like(tp))


def r2_score(y_true, y_pred):
    # TF.js r2Score: one coefficient over all elements (not per column)
    ss_res = torch.sum((y_true - y_pred) ** 2)
    ss_tot = torch.sum((y_true - torch.mean(y_true)) ** 2)
    return 1.0 - ss_res / ss_tot


def binary_crossentropy_metric(y_true, y_pred):
    return binary_crossentropy(y_true, y_pred)


# name -> per-sample torch function (for compile's metric strings and function metrics)
TORCH_METRICS = {
    "binaryAccuracy": binary_accuracy,
    "categoricalAccuracy": categorical_accuracy,
    "sparseCategoricalAccuracy": sparse_categorical_accuracy,
    "precision": precision,
    "recall": recall,
    "r2Score": r2_score,
    "binaryCrossentropy": binary_crossentropy,
    "categoricalCrossentropy": categorical_crossentropy,
    "sparseCategoricalCrossentropy": sparse_categorical_crossentropy,
    "meanSquaredError": mean_squared_error,
    "meanAbsoluteError": mean_absolute_error,
    "meanAbsolutePercentageError": mean_absolute_percentage_error,
    "cosineProximity": cosine_proximity,
}
# Strings compile accepts besides accuracy/crossentropy (tfjs-facts.md 4.4).
_STRINGS = {
    "binaryAccuracy": "binaryAccuracy", "categoricalAccuracy": "categoricalAccuracy",
    "precision": "precision", "categoricalCrossentropy": "categoricalCrossentropy",
    "sparseCategoricalCrossentropy": "sparseCategoricalCrossentropy",
    "mse": "meanSquaredError", "MSE": "meanSquaredError", "mae": "meanAbsoluteError",
    "MAE": "meanAbsoluteError", "mape": "meanAbsolutePercentageError",
    "MAPE": "meanAbsolutePercentageError", "cosine": "cosineProximity",
}


def resolve(identifier, loss_fn, output_units):
    """(log key, torch function) for one compile metric of one output."""
    if isinstance(identifier, str):
        if identifier in ("accuracy", "acc", "crossentropy", "ce"):
            acc = identifier in ("accuracy", "acc")
            if output_units == 1 or loss_fn is binary_crossentropy:
                fn = binary_accuracy if acc else binary_crossentropy
            elif loss_fn is sparse_categorical_crossentropy:
                fn = sparse_categorical_accuracy if acc else sparse_categorical_crossentropy
            else:
                fn = categorical_accuracy if acc else categorical_crossentropy
            return ("acc" if acc else "ce"), fn
        if identifier in _STRINGS:
            return identifier, TORCH_METRICS[_STRINGS[identifier]]
        raise TFJSValueError(f"Unknown metric {identifier}")
    if callable(identifier):
        name = getattr(identifier, "_tfjs_metric_name", None) or getattr(
            identifier, "__name__", "metric")
        torch_fn = getattr(identifier, "_torch_fn", None)
        return name, torch_fn or _wrap_user_metric(identifier)
    raise TFJSValueError(f"Unknown metric {identifier}")


def _wrap_user_metric(fn):
    """A user metric on Tensors -> a function on torch tensors."""
    from .ops._op import wrap
    from .tensor import Tensor

    def run(y_true, y_pred):
        out = fn(wrap(y_true), wrap(y_pred))
        return out.torch() if isinstance(out, Tensor) else out
    return run


def _public(name, torch_fn):
    from .ops._op import to_torch, wrap

    def metric(yTrue, yPred):  # noqa: N803 - TF.js parameter names
        t = to_torch(yTrue, "yTrue", name).to(torch.float32)
        p = to_torch(yPred, "yPred", name).to(torch.float32)
        return wrap(torch_fn(t, p))
    metric.__name__ = name
    metric.__qualname__ = name
    metric.__doc__ = (f"The {name} metric of yTrue and yPred (Tensors or TensorLikes): one "
                      f"value per sample, or a scalar for precision/recall/r2Score.\n\n"
                      f"TF.js: ``tf.metrics.{name}(yTrue, yPred)``.")
    metric._tfjs_metric_name = name
    metric._torch_fn = torch_fn
    return metric


binaryAccuracy = _public("binaryAccuracy", binary_accuracy)
categoricalAccuracy = _public("categoricalAccuracy", categorical_accuracy)
sparseCategoricalAccuracy = _public("sparseCategoricalAccuracy", sparse_categorical_accuracy)
binaryCrossentropy = _public("binaryCrossentropy", binary_crossentropy)
categoricalCrossentropy = _public("categoricalCrossentropy", categorical_crossentropy)
meanSquaredError = _public("meanSquaredError", mean_squared_error)
mse = _public("mse", mean_squared_error)
MSE = _public("MSE", mean_squared_error)
meanAbsoluteError = _public("meanAbsoluteError", mean_absolute_error)
meanAbsolutePercentageError = _public("meanAbsolutePercentageError",
                                      mean_absolute_percentage_error)
mape = _public("mape", mean_absolute_percentage_error)
MAPE = _public("MAPE", mean_absolute_percentage_error)
cosineProximity = _public("cosineProximity", cosine_proximity)
r2Score = _public("r2Score", r2_score)
# ``precision``/``recall`` name the torch functions above; the public ones are these.
precision_metric = _public("precision", precision)
recall_metric = _public("recall", recall)

# tf.metrics.<name> -> public function (the tf.metrics namespace is built from this)
PUBLIC = {
    "binaryAccuracy": binaryAccuracy, "binaryCrossentropy": binaryCrossentropy,
    "categoricalAccuracy": categoricalAccuracy,
    "categoricalCrossentropy": categoricalCrossentropy,
    "cosineProximity": cosineProximity, "MAPE": MAPE, "mape": mape, "MSE": MSE, "mse": mse,
    "meanAbsoluteError": meanAbsoluteError,
    "meanAbsolutePercentageError": meanAbsolutePercentageError,
    "meanSquaredError": meanSquaredError, "precision": precision_metric, "r2Score": r2Score,
    "recall": recall_metric, "sparseCategoricalAccuracy": sparseCategoricalAccuracy,
}
