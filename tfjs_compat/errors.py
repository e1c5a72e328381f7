"""Exception types carrying TF.js's error texts.

TF.js throws plain ``Error`` objects (and ``TypeError`` in a few places); a port
catches them by message. Every error raised on purpose by ``tfjs_compat`` derives
from :class:`TFJSError`, and also from the closest builtin (``ValueError``,
``TypeError``, ``RuntimeError``) so ordinary Python handlers work too.
"""


class TFJSError(Exception):
    """Base of all errors raised by tfjs_compat with a TF.js message."""


class TFJSValueError(TFJSError, ValueError):
    """A bad value, shape or option (TF.js ``Error`` / layers ``ValueError``)."""


class TFJSTypeError(TFJSError, TypeError):
    """A value of the wrong kind (TF.js ``TypeError``)."""


class TFJSRuntimeError(TFJSError, RuntimeError):
    """A call that is not possible in the current state (e.g. a disposed tensor)."""


class TFJSNotImplementedError(TFJSError, NotImplementedError):
    """A TF.js feature that is deliberately not available here."""


DISPOSED = "Tensor is disposed."


def js_list(values):
    """Join like JS ``String(array)``: ``[2, 3]`` -> ``2,3``."""
    return ",".join("null" if v is None else str(v) for v in values)


def js_typename(value):
    """The name TF.js puts in "but got '...'" messages for a non-tensor argument."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "Object"
    return type(value).__name__


def js_str(value):
    """JS ``String(value)`` for the primitives TF.js puts in messages."""
    if value is None:
        return "undefined"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
