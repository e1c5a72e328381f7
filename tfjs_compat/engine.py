"""The engine: backend/device choice, tensor ids, memory accounting, tidy scopes.

This is the only module that names devices. Ops create tensors relative to their
inputs or on :func:`device`; nothing else calls ``.to(device)`` or ``.cuda()``.

Memory follows TF.js's bookkeeping: a tensor counts from creation until it is
disposed. A tensor that Python garbage-collects is released as well (TF.js would
keep counting it until ``dispose``), so ``numTensors`` matches TF.js for every
tensor the program still holds.
"""
import inspect
import itertools
import os
import sys
import weakref

import torch

from ._jsobject import JSObject, resolved
from .errors import TFJSValueError

# --- backends --------------------------------------------------------------------

# TF.js backend names that select the best device present, so ported code runs.
_ALIASES = ("webgl", "webgpu", "wasm", "tensorflow")
_ENV_BACKEND = "TFJS_COMPAT_BACKEND"


class _State:
    backend = None        # None until something initialises the backend (as TF.js)
    device = None         # torch.device of the current backend


def _mps_available():
    mps = getattr(torch.backends, "mps", None)
    return bool(mps and mps.is_available())


def available_backends():
    """Backend names present on this machine, best first."""
    names = []
    if torch.cuda.is_available():
        names.append("cuda")
    if _mps_available():
        names.append("mps")
    names.append("cpu")
    return names


def _default_backend():
    wanted = os.environ.get(_ENV_BACKEND)
    if wanted:
        return _resolve_name(wanted)
    return "cuda" if torch.cuda.is_available() else "cpu"


def _resolve_name(name):
    if name in _ALIASES:
        # NOTE: mps is never chosen implicitly: it lacks some float32 kernels.
        return "cuda" if torch.cuda.is_available() else "cpu"
    if name in available_backends():
        return name
    raise TFJSValueError(f"Backend name '{name}' not found in registry")


def _init():
    if _State.backend is None:
        _activate(_default_backend())


def _activate(name):
    _State.backend = name
    _State.device = torch.device("cuda" if name == "cuda" else name)


def set_backend(name):
    """Select a backend; returns True. Unknown or absent names raise TF.js's error."""
    if not isinstance(name, str):
        raise TFJSValueError(f"Backend name '{name}' not found in registry")
    _activate(_resolve_name(name))
    return True


def get_backend():
    """Name of the current backend, or None before it is initialised."""
    return _State.backend


def device():
    """The torch.device every new tensor goes to."""
    if _State.backend is None:
        _init()
    return _State.device


def to_device(t):
    """Move a torch tensor to the current device (no-op if already there)."""
    dev = device()
    return t if t.device == dev else t.to(dev)


def is_cuda(t):
    """True if the torch tensor lives on a CUDA device."""
    return t.device.type == "cuda"


def cuda_available():
    """True when a CUDA device is present."""
    return torch.cuda.is_available()


class Backend:
    """What ``tf.backend()`` returns: the parts of a TF.js KernelBackend users touch."""

    def __init__(self, name):
        self.name = name

    def epsilon(self):
        """TF.js ``backend.epsilon()``: 1e-7 for float32 backends."""
        return 1e-7

    def floatPrecision(self):  # noqa: N802 - TF.js name
        """TF.js ``backend.floatPrecision()``: 32."""
        return 32

    def __repr__(self):
        return f"Backend({self.name!r})"


def backend():
    """The current backend object (initialising the default one)."""
    _init()
    return Backend(_State.backend)


# --- ids and memory ------------------------------------------------------------

_ids = itertools.count()
_buffer_ids = itertools.count()


class _Memory:
    num_tensors = 0
    num_bytes = 0
    num_string_tensors = 0
    buffers = {}          # buffer id -> number of live tensors using it


def next_id():
    """A fresh tensor id (TF.js: a global counter from 0)."""
    return next(_ids)


def new_buffer():
    """A fresh data-buffer id, for tensors that do not share data."""
    return next(_buffer_ids)


def _release(buf, nbytes, is_string):
    _Memory.num_tensors -= 1
    _Memory.num_bytes -= nbytes
    if is_string:
        _Memory.num_string_tensors -= 1
    left = _Memory.buffers[buf] - 1
    if left:
        _Memory.buffers[buf] = left
    else:
        del _Memory.buffers[buf]


def register(tensor, buf, nbytes, is_string, scoped=True):
    """Count a new tensor; returns the finalizer that releases it (call it to dispose)."""
    _init()
    _Memory.num_tensors += 1
    _Memory.num_bytes += nbytes
    if is_string:
        _Memory.num_string_tensors += 1
    _Memory.buffers[buf] = _Memory.buffers.get(buf, 0) + 1
    if scoped and _scopes:
        _scopes[-1].append(weakref.ref(tensor))
    return weakref.finalize(tensor, _release, buf, nbytes, is_string)


_REASON = ("The reported memory is an upper bound. Due to automatic garbage collection, "
           "the true allocated memory may be less.")
_STRING_REASON = "Memory usage by string tensors is approximate (2 bytes per character)"


def memory():
    """TF.js ``tf.memory()`` on the cpu backend, keys in TF.js's order."""
    _init()
    reasons = [_REASON]
    if _Memory.num_string_tensors:
        reasons.append(_STRING_REASON)
    return JSObject(unreliable=True, reasons=reasons, numTensors=_Memory.num_tensors,
                    numDataBuffers=len(_Memory.buffers), numBytes=_Memory.num_bytes)


# --- tidy / keep / dispose -------------------------------------------------------

_scopes = []   # stack of lists of weakrefs to tensors created in each tidy scope


def _is_tensor(x):
    return hasattr(x, "_fin") and hasattr(x, "isDisposed")


def _collect(value, out):
    if _is_tensor(value):
        out.add(id(value))
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect(v, out)
    elif isinstance(value, dict):
        for v in value.values():
            _collect(v, out)
    return out


def tidy(name_or_fn, fn=None):
    """Run ``fn`` and dispose every tensor it created except those it returns."""
    if fn is None:
        fn = name_or_fn
    if not callable(fn):
        raise TFJSValueError("Please provide a function to tidy()")
    _init()
    _scopes.append([])
    try:
        result = fn()
    except BaseException:
        _close_scope(set())
        raise
    if inspect.isawaitable(result) and not hasattr(result, "_resolve"):
        print("Cannot return a Promise inside of tidy.", file=sys.stderr)
    _close_scope(_collect(result, set()))
    return result


def _close_scope(keep_ids):
    scope = _scopes.pop()
    parent = _scopes[-1] if _scopes else None
    for ref in scope:
        t = ref()
        if t is None or t._kept:
            continue
        if id(t) in keep_ids:
            if parent is not None:
                parent.append(ref)
        else:
            t.dispose()


def keep(tensor):
    """Protect ``tensor`` from the enclosing tidy scopes; returns it."""
    tensor._kept = True
    return tensor


def dispose(container):
    """Dispose a tensor, or every tensor in a (nested) list, tuple or dict."""
    if _is_tensor(container):
        container.dispose()
    elif isinstance(container, (list, tuple)):
        for v in container:
            dispose(v)
    elif isinstance(container, dict):
        for v in container.values():
            dispose(v)


def ready():
    """TF.js ``tf.ready()``: initialises the backend; resolves to None."""
    _init()
    return resolved(None)


# --- environment flags ----------------------------------------------------------

_FLAG_DEFAULTS = {
    "DEBUG": False,
    "IS_BROWSER": False,
    "IS_NODE": True,
    "IS_TEST": False,
    "PROD": False,
    "CHECK_COMPUTATION_FOR_ERRORS": True,
    "KEEP_INTERMEDIATE_TENSORS": False,
    "TENSORLIKE_CHECK_SHAPE_CONSISTENCY": False,
    "DEPRECATION_WARNINGS_ENABLED": True,
    "WEBGL_VERSION": 0,
    "WEBGL_PACK": False,
    "WEBGL_FORCE_F16_TEXTURES": False,
    "WEBGL_RENDER_FLOAT32_CAPABLE": False,
    "WEBGL_CPU_FORWARD": True,
    "WASM_HAS_SIMD_SUPPORT": False,
    "WASM_HAS_MULTITHREAD_SUPPORT": False,
    "CPU_HANDOFF_SIZE_THRESHOLD": 128,
    "EPSILON": 1e-7,
}


class Environment:
    """TF.js ``tf.env()``: named flags with ``get``/``set``/``getBool``/``getNumber``."""

    def __init__(self):
        self.flags = JSObject()

    @property
    def features(self):
        """All flags, defaults included (TF.js ``env().features``)."""
        return JSObject({**_FLAG_DEFAULTS, **self.flags})

    def get(self, name):
        """TF.js ``env().get(flag)``."""
        if name in self.flags:
            return self.flags[name]
        if name in _FLAG_DEFAULTS:
            return _FLAG_DEFAULTS[name]
        raise TFJSValueError(
            f"Cannot evaluate flag '{name}': no evaluation function found.")

    def getBool(self, name):  # noqa: N802 - TF.js name
        """TF.js ``env().getBool(flag)``."""
        return bool(self.get(name))

    def getNumber(self, name):  # noqa: N802 - TF.js name
        """TF.js ``env().getNumber(flag)``."""
        return self.get(name)

    def set(self, name, value):
        """TF.js ``env().set(flag, value)``."""
        self.flags[name] = value

    def setFlags(self, flags):  # noqa: N802 - TF.js name
        """TF.js ``env().setFlags(flags)``."""
        self.flags.update(flags)

    def reset(self):
        """TF.js ``env().reset()``."""
        self.flags.clear()


_ENV = Environment()


def env():
    """TF.js ``tf.env()``."""
    return _ENV


def setBackend(backendName):  # noqa: N802,N803 - TF.js name
    """Select the backend ('cpu', 'cuda', 'mps'; TF.js names 'webgl', 'webgpu', 'wasm',
    'tensorflow' pick the best device present). Returns True, also awaitable.

    TF.js: ``tf.setBackend(backendName)``. An unknown or absent backend raises
    ``Backend name '<name>' not found in registry`` (TF.js rejects the Promise).
    """
    return resolved(set_backend(backendName))


def getBackend():  # noqa: N802 - TF.js name
    """Name of the current backend ('cpu', 'cuda', 'mps'), or None before any tensor,
    ``tf.ready()`` or ``tf.memory()`` initialised it. TF.js: ``tf.getBackend()``."""
    return get_backend()


version = JSObject({name: "4.22.0" for name in (
    "tfjs-core", "tfjs-backend-cpu", "tfjs-backend-webgl", "tfjs-data", "tfjs-layers",
    "tfjs-converter", "tfjs")})
