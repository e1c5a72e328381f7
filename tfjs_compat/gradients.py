"""Automatic differentiation: grad, grads, valueAndGrad(s), variableGrads, customGrad.

Built on torch.autograd. The tensors to differentiate with respect to are *watched*:
for the duration of the call their torch data is swapped for a leaf that requires
grad (the same data, detached), so every use of them inside ``f`` -- as an argument
or through a closure, as in TF.js's tape -- is recorded. ``f`` runs in a tidy scope,
so the tensors it creates are released as in TF.js. Nested calls (``tf.grad(tf.grad(f))``)
keep the outer graph (``create_graph``), which gives higher-order gradients.
"""
import torch

from . import engine
from ._jsobject import JSObject
from .errors import DISPOSED, TFJSRuntimeError, TFJSValueError, js_list
from .ops._op import numeric, to_torch, wrap
from .tensor import Tensor
from .variable import Variable, _registry

CONNECT = ("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f "
           "you passed encloses all operations that lead from x to y.")
# NOTE: TF.js's checkGrads words the same message with a line break.
CONNECT_SOME = ("Cannot compute gradient of y=f(x) with respect to x. Make sure that\n"
                "    the f you passed encloses all operations that lead from x to y.")
NO_VAR_CONNECTION = (
    "Cannot find a connection between any variable and the result of the loss function "
    "y=f(x). Please make sure the operations that use variables are inside the function "
    "f passed to minimize().")


class _State:
    depth = 0          # gradient computations in progress (>1: nested, keep graphs)


# --- watching tensors ----------------------------------------------------------------

def _raw(t):
    data = t._v if isinstance(t, Variable) else t._t
    if data is None:
        raise TFJSRuntimeError(DISPOSED)
    return data


def _leaf(raw):
    if not isinstance(raw, torch.Tensor):   # strings: f's ops will reject them
        return raw
    if raw.requires_grad:            # watched by an outer computation: keep its graph
        return raw
    if not (raw.is_floating_point() or raw.is_complex()):
        raw = raw.to(torch.float32)  # NOTE: TF.js differentiates int32/bool inputs too
    return raw.detach().requires_grad_()


class _Tape:
    """Context: watch ``xs`` (Tensors/Variables); ``leaves`` are their torch leaves."""

    def __init__(self, xs):
        self.xs = xs
        self.saved = []
        self.leaves = []

    def __enter__(self):
        _State.depth += 1
        seen = {}
        try:
            for x in self.xs:
                if id(x) not in seen:
                    raw = _raw(x)
                    seen[id(x)] = _leaf(raw)
                    self.saved.append((x, raw, x.dtype, seen[id(x)]))
                    x._t = seen[id(x)]
                    x.dtype = "float32" if x.dtype in ("int32", "bool") else x.dtype
                self.leaves.append(seen[id(x)])
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for x, raw, dtype, leaf in self.saved:
            if _raw_or_none(x) is leaf:      # f may have assigned a new value meanwhile
                x._t = raw
                x.dtype = dtype
        self.saved = []
        _State.depth -= 1


def _raw_or_none(t):
    return t._v if isinstance(t, Variable) else t._t


def _call(f, args):
    """y = f(*args) in a tidy scope; y must be a Tensor."""
    y = engine.tidy(lambda: f(*args))
    if not isinstance(y, Tensor):
        engine.dispose(y)
        raise TFJSValueError("The result y returned by f() must be a tensor.")
    return y


def _backprop(y, leaves, dy=None):
    """Gradients of y (weighted by dy) for each leaf; None where y does not depend on it."""
    y_t = y._data()
    live = [i for i, x in enumerate(leaves) if isinstance(x, torch.Tensor) and x.requires_grad]
    if not live or not isinstance(y_t, torch.Tensor) or y_t.grad_fn is None:
        return [None] * len(leaves)
    dy_t = torch.ones_like(y_t) if dy is None else dy.to(y_t.dtype).expand_as(y_t)
    nested = _State.depth > 1
    found = torch.autograd.grad(y_t, [leaves[i] for i in live], dy_t, allow_unused=True,
                                create_graph=nested)
    grads = [None] * len(leaves)
    for i, g in zip(live, found):
        grads[i] = g
    if not nested and type(y) is Tensor:
        y._t = y_t.detach()          # drop the graph: the value is a plain tensor now
    return grads


def _to_tensor(x, arg, api):
    return x if isinstance(x, Tensor) else wrap(to_torch(x, arg, api))


def _check_dy(dy):
    if dy is not None and dy.dtype != torch.float32:
        from .dtypes import from_torch
        raise TFJSValueError(f"dy must have 'float32' dtype, but has '{from_torch(dy.dtype)}'")
    return dy


def _dy_shape(y, dy, where, returned):
    if dy is not None and list(dy.shape) != y.shape:
        raise TFJSValueError(
            f"The shape of dy passed in {where} must match the shape returned by "
            f"{returned} Shapes {js_list(y.shape)} and {js_list(dy.shape)} must match")


def _converted_dy(dy, api):
    if dy is None:
        return None
    return _check_dy(numeric(to_torch(dy, "dy", api), "dy", api))


def _tensor_dy(dy, where):
    if dy is None:
        return None
    if not isinstance(dy, Tensor):
        raise TFJSValueError(f"The dy passed in {where} must be a tensor")
    return _check_dy(dy._data())


def _compute(f, xs, dy, check_shape=None):
    """Run f over xs (watched); returns (y, grads) with TF.js's connection errors."""
    with _Tape(xs) as tape:
        y = _call(f, xs)
        if check_shape is not None:
            check_shape(y)
        grads = _backprop(y, tape.leaves, dy)
    if all(g is None for g in grads):
        y.dispose()
        raise TFJSValueError(CONNECT)
    if any(g is None for g in grads):
        y.dispose()
        raise TFJSValueError(CONNECT_SOME)
    return y, [wrap(g) for g in grads]


def _check_fn(f, api):
    if not callable(f):
        raise TFJSValueError(f"The f passed in {api}(f) must be a function")


# --- public API ----------------------------------------------------------------------

def grad(f):
    """Gradient function of ``f(x)``: ``g(x, dy?)`` returns d(sum(f(x) * dy))/dx.

    TF.js: ``tf.grad(f)``. ``dy`` defaults to ones; it must match f(x)'s shape.

    Differences from TF.js:
        An int32 or bool ``x`` is differentiated through a float32 copy, so ``f`` sees
        a float32 tensor (TF.js runs f on the int32 tensor).

    Example:
        >>> g = tf.grad(lambda x: x.mul(x))
        >>> g(tf.tensor1d([2, 3])).print()
        Tensor
            [4, 6]
    """
    _check_fn(f, "grad")

    def g(x, dy=None):
        x = _to_tensor(x, "x", "tf.grad")
        dy_t = _converted_dy(dy, "tf.grad")
        check = lambda y: _dy_shape(y, dy_t, "grad(f)(x, dy)", "f(x)")  # noqa: E731
        y, grads = _compute(lambda v: f(v), [x], dy_t, check)
        y.dispose()
        return grads[0]
    return g


def grads(f):
    """Gradient function of ``f(x1, x2, ...)``: ``g([x1, x2, ...], dy?)`` returns the
    list of gradients, one per argument.

    TF.js: ``tf.grads(f)``.

    Example:
        >>> g = tf.grads(lambda a, b: a.mul(b))
        >>> da, db = g([tf.tensor1d([2, 3]), tf.tensor1d([-2, -3])])
        >>> db.print()
        Tensor
            [2, 3]
    """
    _check_fn(f, "grads")

    def g(args, dy=None):
        if not isinstance(args, (list, tuple)):
            raise TFJSValueError("The args passed in grads(f)(args) must be an array of "
                                 "`Tensor`s or `TensorLike`s")
        xs = [_to_tensor(a, f"args[{i}]", "tf.grads") for i, a in enumerate(args)]
        dy_t = _converted_dy(dy, "tf.grads")
        _check_xs(xs)
        check = lambda y: _dy_shape(y, dy_t, "grads(f)([x1,...], dy)",  # noqa: E731
                                    "f([x1,...])")
        y, gs = _compute(f, xs, dy_t, check)
        y.dispose()
        return gs
    return g


def valueAndGrad(f):  # noqa: N802 - TF.js name
    """Like ``tf.grad`` but ``g(x, dy?)`` returns ``{grad, value}`` (value = f(x)).

    TF.js: ``tf.valueAndGrad(f)``. ``x`` must be a Tensor.

    Example:
        >>> out = tf.valueAndGrad(lambda x: x.mul(x))(tf.tensor1d([2, 3]))
        >>> out.value.print()
        Tensor
            [4, 9]
    """
    _check_fn(f, "valueAndGrad")

    def g(x, dy=None):
        if not isinstance(x, Tensor):
            raise TFJSValueError("The x passed in valueAndGrad(f)(x) must be a tensor")
        dy_t = _tensor_dy(dy, "valueAndGrad(f)(x, dy)")
        y, gs = _compute(lambda v: f(v), [x], dy_t)
        return JSObject(grad=gs[0], value=y)
    return g


def valueAndGrads(f):  # noqa: N802 - TF.js name
    """Like ``tf.grads`` but ``g([x1, ...], dy?)`` returns ``{value, grads}``.

    TF.js: ``tf.valueAndGrads(f)``. The arguments must be Tensors.
    """
    _check_fn(f, "valueAndGrads")

    def g(args, dy=None):
        if not isinstance(args, (list, tuple)) or not all(isinstance(a, Tensor)
                                                          for a in args):
            raise TFJSValueError("The args passed in valueAndGrads(f)(args) must be array "
                                 "of tensors")
        dy_t = _tensor_dy(dy, "valueAndGrads(f)(args, dy)")
        _check_xs(args)
        check = lambda y: _dy_shape(y, dy_t, "valueAndGrads(f)([x1,...], dy)",  # noqa: E731
                                    "f([x1,...])")
        y, gs = _compute(f, list(args), dy_t, check)
        return JSObject(value=y, grads=gs)
    return g


def _check_xs(xs):
    if not xs:
        raise TFJSValueError("gradients() received an empty list of xs.")


def variableGrads(f, varList=None):  # noqa: N802,N803 - TF.js name
    """Value of the scalar ``f()`` and its gradients with respect to variables.

    TF.js: ``tf.variableGrads(f, varList?)``. ``varList`` defaults to every trainable
    variable. Returns ``{value, grads}`` where ``grads`` maps variable names to
    gradients (only variables that ``f`` uses; a non-trainable variable named in
    ``varList`` maps to None, as in TF.js).
    """
    if not callable(f):
        raise TFJSValueError("The f passed in variableGrads(f) must be a function")
    trainable, frozen, count = _var_list(varList)
    with _Tape(trainable) as tape:
        y = _call(f, [])
        if y.rank != 0:
            y.dispose()
            raise TFJSValueError(f"The f passed in variableGrads(f) must return a scalar, "
                                 f"but it returned a rank-{y.rank} tensor")
        gs = _backprop(y, tape.leaves)
    if all(g is None for g in gs):
        y.dispose()
        raise TFJSValueError(NO_VAR_CONNECTION)
    named = JSObject({v.name: wrap(g) for v, g in zip(trainable, gs) if g is not None})
    named.update({v.name: None for v in frozen})
    return JSObject(value=y, grads=named)


def _var_list(var_list):
    """(trainable variables, named non-trainable ones, count) of a varList argument."""
    if var_list is None:
        var_list, given = list(_all_variables()), False
    elif not isinstance(var_list, (list, tuple)) or not all(
            isinstance(v, Variable) for v in var_list):
        raise TFJSValueError("The varList passed in variableGrads(f, varList) must be an "
                             "array of variables")
    else:
        given = True
    trainable = list({id(v): v for v in var_list if v.trainable}.values())
    if not trainable:
        raise TFJSValueError(f"variableGrads() expects at least one of the input variables "
                             f"to be trainable, but none of the {len(var_list)} variables "
                             f"is trainable.")
    frozen = [v for v in var_list if not v.trainable] if given else []
    return trainable, frozen, len(var_list)


def _all_variables():
    return _registry.values()


# --- customGrad ------------------------------------------------------------------------

_CG = "The function f passed in customGrad(f) must return an object where `obj."


def customGrad(f):  # noqa: N802 - TF.js name
    """An op with a user-defined gradient.

    TF.js: ``tf.customGrad(f)``. ``f(*inputs, save)`` returns
    ``{'value': Tensor, 'gradFunc': fn}``; ``save(list_of_tensors)`` keeps tensors for
    the gradient; ``gradFunc(dy, saved)`` returns one gradient per input (a Tensor or
    a list). Runs as a ``torch.autograd.Function``.

    Example:
        >>> def f(x, save):
        ...     save([x])
        ...     return {'value': x.mul(x), 'gradFunc': lambda dy, saved: [dy.mul(3)]}
        >>> tf.grad(tf.customGrad(f))(tf.tensor1d([1, 2])).print()
        Tensor
            [3, 3]
    """
    if not callable(f):
        raise TFJSValueError("The f passed in customGrad(f) must be a function.")

    def custom(*inputs):
        if not all(isinstance(x, Tensor) for x in inputs):
            raise TFJSValueError("The args passed in customGrad(f)(x1, x2,...) must all "
                                 "be tensors")
        data = [x._data() for x in inputs]
        return wrap(_CustomFunction.apply(f, inputs, *data))
    return custom


def _field(obj, key):
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def _custom_forward(f, inputs):
    """Run f(*inputs, save); returns (value data, gradFunc, saved data)."""
    saved = []

    def save(tensors):
        saved[:] = [t._data().detach() for t in tensors]

    def run():
        res = f(*inputs, save)
        value, grad_func = _field(res, "value"), _field(res, "gradFunc")
        if not isinstance(value, Tensor):
            raise TFJSValueError(_CG + "value` is a tensor")
        if not callable(grad_func):
            raise TFJSValueError(_CG + "gradFunc` is a function.")
        return value, grad_func
    value, grad_func = engine.tidy(run)
    data = value._data().detach()
    value.dispose()
    return data, grad_func, saved


def _custom_backward(grad_func, saved, dy, shapes):
    """Call gradFunc(dy, saved); returns torch gradients with TF.js's checks."""
    def run():
        out = grad_func(wrap(dy), [wrap(s) for s in saved])
        return out if isinstance(out, (list, tuple)) else [out]
    out = engine.tidy(run)
    if len(out) != len(shapes):
        raise TFJSValueError(_CG + "gradFunc` is a function that returns the same number "
                             "of tensors as inputs passed to f(...).")
    if not all(isinstance(g, Tensor) for g in out):
        raise TFJSValueError(_CG + "gradFunc` is a function that returns a list of only "
                             "tensors.")
    grads = [g._data() for g in out]
    engine.dispose(out)
    for i, (g, shape) in enumerate(zip(grads, shapes)):
        if tuple(g.shape) != shape:
            raise TFJSValueError(
                f"Error in gradient for op forward. The gradient of input '{i}' has shape "
                f"'{js_list(g.shape)}', which does not match the shape of the input "
                f"'{js_list(shape)}'")
    return grads


class _CustomFunction(torch.autograd.Function):
    """torch side of tf.customGrad: forward runs f, backward runs its gradFunc."""

    @staticmethod
    def forward(ctx, f, inputs, *data):
        value, ctx.grad_func, ctx.saved = _custom_forward(f, inputs)
        ctx.shapes = [tuple(d.shape) for d in data]
        return value

    @staticmethod
    def backward(ctx, dy):
        grads = _custom_backward(ctx.grad_func, ctx.saved, dy, ctx.shapes)
        return (None, None, *grads)
