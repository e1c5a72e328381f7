"""Turning fit/evaluate arguments into lists of raw torch tensors, with TF.js's checks.

TF.js: ``standardizeInputData``, ``checkArrayLengths``, ``checkLossAndTargetCompatibility``
and the shape checks of ``standardizeUserDataXY`` (tfjs-layers/src/engine/training.ts);
the error texts are TF.js's (tfjs-facts.md 7).
"""
import torch

from ..errors import TFJSTypeError, TFJSValueError, js_list
from ..tensor import Tensor

_NO_LENGTH = "Cannot read properties of undefined (reading 'length')"


def _is_tensor(v):
    return isinstance(v, (Tensor, torch.Tensor))


def _torch(v):
    return v if isinstance(v, torch.Tensor) else v._data()


def standardize(data, names, kind):
    """[torch tensor per input/output] from a Tensor, a list of Tensors or a dict by
    name; 1-D tensors become ``[n, 1]``. ``kind`` is 'input' or 'target'."""
    if isinstance(data, dict):
        for n in names:
            if n not in data:
                raise TFJSValueError(f'No data provided for "{n}". Need data for each key '
                                     f"in: {js_list(names)}")
        items = [data[n] for n in names]
    elif isinstance(data, (list, tuple)):
        if not all(_is_tensor(v) for v in data):
            raise TFJSTypeError(_NO_LENGTH)
        items = list(data)
        if len(items) != len(names):
            shown = ",".join(str(v) if isinstance(v, Tensor) else str(Tensor(v))
                             for v in items)
            raise TFJSValueError(
                f"Error when checking model {kind}: the Array of Tensors that you are "
                f"passing to your model is not the size the model expected. Expected to see "
                f"{len(names)} Tensor(s), but instead got the following list of Tensor(s): "
                f"{shown}")
    elif _is_tensor(data):
        items = [data]
        if len(names) != 1:
            raise TFJSValueError(
                f"The model {kind} expects {len(names)} Tensor(s), but only received one "
                f"Tensor. Found: Tensor with shape {js_list(_torch(data).shape)}")
    else:
        raise TFJSTypeError(_NO_LENGTH)
    out = []
    for item in items:
        t = _torch(item)
        out.append(t.reshape(-1, 1) if t.ndim == 1 else t)
    return out


def check_example_shape(t, expected, kind):
    """TF.js's 'expected a batch of elements where each example has shape' check."""
    got, exp = list(t.shape)[1:], list(expected)[1:]
    if len(got) == len(exp) and all(e is None or e == g for e, g in zip(exp, got)):
        return
    shown = ",".join("null" if e is None else str(e) for e in exp)
    raise TFJSValueError(
        f"{kind} expected a batch of elements where each example has shape [{shown}] "
        f"(i.e.,tensor shape [*,{shown}]) but the {kind} received an input with "
        f"{t.shape[0]} examples, each with shape [{js_list(got)}] (tensor shape "
        f"[{js_list(t.shape)}])")


def check_data(model, xs, ys):
    """Ranks, example shapes, loss/target compatibility and sample counts."""
    from ..losses import categorical_crossentropy, sparse_categorical_crossentropy
    for x, sym in zip(xs, model.inputs):
        if x.ndim != len(sym.shape):
            raise TFJSValueError(
                f"Error when checking input: expected {sym.sourceLayer.name} to have "
                f"{len(sym.shape)} dimension(s). but got array with shape {js_list(x.shape)}")
        check_example_shape(x, sym.shape, "input")
    for k, (y, sym) in enumerate(zip(ys, model.outputs)):
        fn = model._loss_fns[k]
        expected = list(sym.shape)
        if fn is sparse_categorical_crossentropy:
            expected = expected[:-1] + [1]
        elif fn is categorical_crossentropy and y.ndim == 2 and y.shape[-1] == 1:
            raise TFJSValueError(
                f"You are passing a target array of shape {js_list(y.shape)} while using a "
                "loss 'categorical_crossentropy'. 'categorical_crossentropy'expects targets "
                "to be binary matrices (1s and 0s) of shape [samples, classes].")
        check_example_shape(y, expected, "target")
    n_x, n_y = xs[0].shape[0], ys[0].shape[0]
    if n_x != n_y:
        raise TFJSValueError(
            f"Input Tensors should have the same number of samples as target Tensors. "
            f"Found {n_x} input sample(s) and {n_y} target sample(s).")


def standardize_xy(model, x, y):
    """(xs, ys) torch lists for ``model`` with every TF.js check applied."""
    xs = standardize(x, model.inputNames, "input")
    ys = standardize(y, model.outputNames, "target")
    check_data(model, xs, ys)
    return xs, ys


def check_batch_size(bs):
    """``batchSize`` must be a positive integer (TF.js's text)."""
    if (isinstance(bs, bool) or not isinstance(bs, (int, float)) or bs <= 0
            or int(bs) != bs):
        from ..format import js_number
        shown = js_number(bs) if isinstance(bs, (int, float)) else bs
        raise TFJSValueError(f"batchSize is required to be a positive integer, but got "
                             f"{shown}")
    return int(bs)


def class_weight_table(ys, class_weight):
    """Per-class weights as a device tensor indexed by class, checked against the classes
    present in the (first) target (TF.js ``standardizeClassWeights``)."""
    if class_weight is None:
        return None
    cls = target_classes(ys[0])
    present = sorted(set(cls.unique().tolist()))
    for c in present:
        if c not in class_weight and str(c) not in class_weight:
            raise TFJSValueError(f"classWeight must contain all classes in the training "
                                 f"data. The class {c} exists in the data but not in "
                                 f"classWeight")
    size = max(present + [int(k) for k in class_weight]) + 1 if present else 1
    table = [0.0] * size
    for k, v in class_weight.items():
        table[int(k)] = float(v)
    return torch.tensor(table, dtype=torch.float32, device=ys[0].device)


def target_classes(y):
    """Class of each sample: argmax of one-hot rows, else the (rounded) value."""
    if y.ndim > 1 and y.shape[-1] > 1:
        return torch.argmax(y, dim=-1)
    return y.reshape(-1).round().to(torch.int64)


def split_validation(xs, ys, split):
    """TF.js validationSplit: the **last** rows ``[floor(n*(1-split)), n)`` validate."""
    n = xs[0].shape[0]
    at = int(n * (1 - split))
    return ([t[:at] for t in xs], [t[:at] for t in ys]), ([t[at:] for t in xs],
                                                          [t[at:] for t in ys])


def validation_data(model, vd):
    """(xs, ys) from fit's ``validationData`` ``[x, y]``."""
    if isinstance(vd, (list, tuple)) and len(vd) == 3:
        from ..errors import TFJSNotImplementedError
        raise TFJSNotImplementedError(
            "validationData including sample weights is not supported yet.")
    if not isinstance(vd, (list, tuple)) or len(vd) != 2:
        shown = str(vd) if isinstance(vd, Tensor) else (
            ",".join(str(v) for v in vd) if isinstance(vd, (list, tuple)) else str(vd))
        raise TFJSValueError(
            "When passing validation data, it must contain 2 (valX, valY) or 3 (valX, "
            f"valY, valSampleWeight) items; {shown} is invalid.")
    return standardize_xy(model, vd[0], vd[1])
