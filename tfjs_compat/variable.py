"""Variables: mutable tensors that optimizers update. TF.js: ``tf.variable``.

A :class:`Variable` is a :class:`~tfjs_compat.tensor.Tensor` whose data can be
replaced (``assign``) or updated in place by an optimizer. TF.js gives an assigned
variable a new data buffer, so a tensor taken from it earlier (``v.clone()``,
``v.reshape(...)``) keeps the old values. Here the variable keeps one private torch
tensor (``_v``) and hands every reader a fresh alias of it (``_t`` is a property), so
torch's storage use count tells whether anybody else still looks at the data.
:meth:`Variable._writable` copies the data first when that is the case
(copy-on-write) and otherwise lets optimizers update it in place under ``no_grad``.
"""
import itertools

import torch

from . import engine
from .errors import TFJSTypeError, TFJSValueError, js_list
from .tensor import Tensor, _nbytes

_registry = {}                  # name -> Variable (TF.js ENGINE.registeredVariables)
_names = itertools.count()      # TF.js nextVariableId: unnamed variables are '0', '1', ...


def _shared(t):
    """True when a torch tensor's storage is referenced by another tensor too."""
    try:
        # NOTE: the temporary storage object adds one reference: 2 means "only t".
        return torch._C._storage_Use_Count(t.untyped_storage()._cdata) > 2
    except (AttributeError, RuntimeError, TypeError):  # pragma: no cover - old torch
        return True


def _alias(data):
    """A new torch tensor object over the same data (strings: the array itself)."""
    return data.view_as(data) if isinstance(data, torch.Tensor) else data


class Variable(Tensor):
    """TF.js ``tf.Variable``: a tensor whose value can change (``assign``).

    Attributes:
        name: unique name (a string; unnamed variables get '0', '1', ...).
        trainable: whether ``variableGrads`` and optimizers use it by default.
    """

    __slots__ = ("_v", "trainable", "name")

    def __init__(self, initial, trainable, name):
        """Internal: use ``tf.variable``."""
        self.trainable = trainable
        self.name = name
        data = initial._data()
        data = data.detach() if isinstance(data, torch.Tensor) else data
        super().__init__(data, initial.dtype, buf=initial._buf, scoped=False)

    # Readers get an alias so that the storage use count sees them (copy-on-write).
    def _get_t(self):
        v = self._v
        return None if v is None else _alias(v)

    def _set_t(self, value):
        self._v = value

    _t = property(_get_t, _set_t)

    def assign(self, newValue):  # noqa: N803 - TF.js name
        """Replace the value; dtype and shape must match. TF.js: ``variable.assign``."""
        new_dtype = newValue.dtype if isinstance(newValue, Tensor) else None
        if new_dtype != self.dtype:
            raise TFJSValueError(f"dtype of the new value ({new_dtype or 'undefined'}) and "
                                 f"previous value ({self.dtype}) must match")
        if newValue.shape != self.shape:
            raise TFJSValueError(f"shape of the new value ({js_list(newValue.shape)}) and "
                                 f"previous value ({js_list(self.shape)}) must match")
        data = newValue._data()
        self._data()
        self._v = data.detach() if isinstance(data, torch.Tensor) else data
        self._rebuffer(newValue._buf)

    def dispose(self):
        """Dispose the variable and free its name. TF.js: ``variable.dispose()``."""
        if _registry.get(self.name) is self:
            del _registry[self.name]
        super().dispose()

    def _rebuffer(self, buf):
        """Count this variable against data buffer ``buf`` from now on."""
        if not self._fin.alive:
            return
        self._fin()
        self._buf = buf
        nbytes = _nbytes(self._v, self.dtype, self.size)
        self._fin = engine.register(self, buf, nbytes, self.dtype == "string", False)

    def _writable(self):
        """The torch data, safe to update in place: copied first if anything aliases it."""
        if _shared(self._v):
            self._v = self._v.clone()
            self._rebuffer(engine.new_buffer())   # TF.js: an update makes a new buffer
        return self._v


def variable(initialValue, trainable=True, name=None, dtype=None):  # noqa: N803
    """Create a mutable variable from a tensor.

    TF.js: ``tf.variable(initialValue, trainable=true, name?, dtype?)``.

    Args:
        initialValue: Tensor. The variable starts with its value.
        trainable: whether gradients/optimizers use it by default (default True).
        name: unique name; default is the next of '0', '1', ... (a string).
        dtype: 'float32' | 'int32' | 'bool' ...; casts ``initialValue`` when given.

    Returns:
        Variable.

    Raises an error ``Variable with name <name> was already registered`` for a name in
    use, as TF.js does.

    Example:
        >>> x = tf.variable(tf.tensor([1, 2, 3]))
        >>> x.assign(tf.tensor([4, 5, 6]))
        >>> x.print()
        Tensor
            [4, 5, 6]
    """
    name = name or str(next(_names))
    if not isinstance(initialValue, Tensor):
        what = "reading 'slice'" if dtype is None else None
        raise TFJSTypeError(f"Cannot read properties of undefined ({what})" if what
                            else "initialValue.cast is not a function")
    if dtype is not None and dtype != initialValue.dtype:
        from .ops.creation import cast
        initialValue = cast(initialValue, dtype)
    if name in _registry:
        engine.next_id()   # TF.js builds the Variable (spending an id) before checking
        raise TFJSValueError(f"Variable with name {name} was already registered")
    v = Variable(initialValue, True if trainable is None else trainable, name)
    _registry[name] = v
    return v


def disposeVariables():  # noqa: N802 - TF.js name
    """Unregister every variable and release it from ``tf.memory()``.

    TF.js: ``tf.disposeVariables()``. As in TF.js, the variables' names become free
    again, while a variable object still held stays readable and reports
    ``isDisposed`` False.
    """
    for v in list(_registry.values()):
        v._fin()
    _registry.clear()


def trainable_variables():
    """Registered variables whose ``trainable`` is truthy, in creation order."""
    return [v for v in _registry.values() if v.trainable]
