"""Walking the nested elements of a dataset: lists, tuples and dicts of tensors,
numbers, strings and arrays (TF.js ``tfjs-data`` deep_map/deep_clone, re-done)."""
import numpy as np

from ..errors import TFJSValueError
from ..tensor import Tensor


def can_tensorify(obj):
    """TF.js ``canTensorify``: a value batched as a whole (primitive, array, Tensor)."""
    return not isinstance(obj, dict)


def tensors_in(container, out=None):
    """Every Tensor in a nested container (TF.js ``getTensorsInContainer``)."""
    out = [] if out is None else out
    if isinstance(container, Tensor):
        out.append(container)
    elif isinstance(container, (list, tuple)):
        for v in container:
            tensors_in(v, out)
    elif isinstance(container, dict):
        for v in container.values():
            tensors_in(v, out)
    return out


def dispose_unused(inputs, outputs):
    """Dispose the input tensors that a transform did not pass through."""
    if not inputs:
        return
    kept = {id(t) for t in tensors_in(outputs)}
    for t in inputs:
        if id(t) not in kept:
            t.dispose()


def deep_clone(item):
    """A copy of a nested element with every Tensor cloned (TF.js ``deepClone``)."""
    if isinstance(item, Tensor):
        return item.clone()
    if isinstance(item, dict):
        return type(item)((k, deep_clone(v)) for k, v in item.items())
    if isinstance(item, list):
        return [deep_clone(v) for v in item]
    if isinstance(item, tuple):
        return tuple(deep_clone(v) for v in item)
    return item


def batch_concat(rows):
    """Stack same-shaped Tensors, or make one tensor from numbers/arrays (axis 0 = batch)."""
    from ..ops.creation import tensor
    from ..ops.shape import stack
    if not rows:
        raise TFJSValueError("Can't make a batch of zero elements.")
    if isinstance(rows[0], Tensor):
        return stack(rows)
    if isinstance(rows[0], np.ndarray):
        return tensor(np.stack(rows))
    return tensor(rows)


def deep_batch_concat(rows):
    """Batch a list of same-structured elements: dicts recurse key by key (keys of the
    first element); anything else is batched whole (TF.js ``deepBatchConcat``)."""
    first = rows[0]
    if can_tensorify(first):
        return batch_concat(rows)
    return type(first)((k, deep_batch_concat([r.get(k) for r in rows])) for k in first)
