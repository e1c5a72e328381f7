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
from .errors import TFJSTypeError, TFJSValueError, js_str

# --- backends --------------------------------------------------------------------

# TF.js backend names that select the best device present, so ported code runs.
_ALIASES = ("webgl", "webgpu", "wasm", "tensorflow")
_ENV_BACKEND = "TFJS_COMPAT_BACKEND"


class _State:
    backend = None        # None until something initialises the backend (as TF.js)
    mixed = False         # True once a second backend was activated
    device = None         # torch.device of the current backend
    backends = {}         # name -> Backend, one object per name (as TF.js)


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


def _best():
    # NOTE: mps is never chosen implicitly: it lacks some float32 kernels.
    return "cuda" if torch.cuda.is_available() else "cpu"


def _default_backend():
    wanted = os.environ.get(_ENV_BACKEND)
    return _resolve_name(wanted) if wanted else _best()


def _resolve_name(name):
    if name in _ALIASES:
        return _best()
    if isinstance(name, str) and name in available_backends():
        return name
    raise TFJSValueError(f"Backend name '{js_str(name)}' not found in registry")


def _init():
    if _State.backend is None:
        _activate(_default_backend())


def _activate(name):
    if _State.backend is not None and name != _State.backend:
        # NOTE: from now on tensors may live on different devices; until then
        # to_device() can skip its device comparison (a hot path).
        _State.mixed = True
    _State.backend = name
    _State.device = torch.device(name)


def set_backend(name):
    """Select a backend by name (aliases resolved); returns True."""
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
    """Move a torch tensor to the current device (no-op if already there).

    A Tensor's data is always made on the current device, so for it the move is only
    needed once ``_State.mixed`` is set (the backend changed)."""
    dev = device()
    return t if t.device == dev else t.to(dev)


def is_cuda(t):
    """True if the torch tensor lives on a CUDA device."""
    return t.device.type == "cuda"


def is_host(t):
    """True if the torch tensor's memory is host memory NumPy can view."""
    return t.device.type == "cpu"


def backend_of(t):
    """The backend name a torch tensor's device belongs to ('cpu', 'cuda', 'mps')."""
    return t.device.type


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
    """The current backend object, initialising the default backend if needed.

    TF.js: ``tf.backend()``. Only ``epsilon()`` and ``floatPrecision()`` are offered.
    """
    _init()
    name = _State.backend
    if name not in _State.backends:
        _State.backends[name] = Backend(name)
    return _State.backends[name]


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


class _Handle:
    """A tensor's entry in the memory bookkeeping; calling it releases the entry once.

    Cheaper than ``weakref.finalize``: the tensor's ``__del__`` calls it when Python
    frees the tensor, ``dispose()`` calls it explicitly.
    """

    __slots__ = ("buf", "nbytes", "is_string", "alive")

    def __init__(self, buf, nbytes, is_string):
        self.buf, self.nbytes, self.is_string, self.alive = buf, nbytes, is_string, True

    def __call__(self):
        if not self.alive:
            return
        self.alive = False
        _Memory.num_tensors -= 1
        _Memory.num_bytes -= self.nbytes
        if self.is_string:
            _Memory.num_string_tensors -= 1
        buffers = _Memory.buffers
        left = buffers[self.buf] - 1
        if left:
            buffers[self.buf] = left
        else:
            del buffers[self.buf]

    def detach(self):
        """Forget the entry without releasing it (weakref.finalize compatibility)."""
        was, self.alive = self.alive, False
        return was


def register(tensor, buf, nbytes, is_string, scoped=True):
    """Count a new tensor; returns the handle that releases it (call it to dispose)."""
    if _State.backend is None:
        _init()
    _Memory.num_tensors += 1
    _Memory.num_bytes += nbytes
    if is_string:
        _Memory.num_string_tensors += 1
    buffers = _Memory.buffers
    buffers[buf] = buffers.get(buf, 0) + 1
    if scoped and _scopes:
        _scopes[-1].append(weakref.ref(tensor))
    return _Handle(buf, nbytes, is_string)


_REASON = ("The reported memory is an upper bound. Due to automatic garbage collection, "
           "the true allocated memory may be less.")
_STRING_REASON = "Memory usage by string tensors is approximate (2 bytes per character)"


def memory():
    """Memory in use: a dict (with attribute access) in TF.js's key order.

    TF.js: ``tf.memory()`` on the cpu backend: ``unreliable`` (True), ``reasons``,
    ``numTensors``, ``numDataBuffers``, ``numBytes`` (float32/int32 4 bytes, bool 1,
    strings their UTF-8 length, complex64 0, as TF.js counts).

    Differences from TF.js: the counts are TF.js's bookkeeping, not the device's
    allocations, on every backend; a tensor Python garbage-collects stops counting.
    """
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


def tidy(nameOrFn=None, fn=None):  # noqa: N803 - TF.js parameter names
    """Run ``fn`` and dispose every tensor it created except those it returns.

    TF.js: ``tf.tidy(nameOrFn, fn)``. ``fn`` may return a tensor, a (nested) list or
    dict of tensors, or any other value, which is returned unchanged. If ``fn``
    raises, the tensors it created are disposed and the error propagates.

    Differences from TF.js: a tensor that Python garbage-collects inside ``fn`` is
    released at once rather than at the end of the scope.
    """
    fn = _tidy_function(nameOrFn, fn)
    _init()
    _scopes.append([])
    try:
        result = fn()
    except BaseException:
        _close_scope(set())
        raise
    if inspect.isawaitable(result) and not hasattr(result, "_resolve") and not _is_tensor(result):
        print("Cannot return a Promise inside of tidy.", file=sys.stderr)
    _close_scope(_collect(result, set()))
    return result


def _tidy_function(name_or_fn, fn):
    """The function ``tidy`` runs, with TF.js's errors for bad arguments."""
    if fn is None:
        if not callable(name_or_fn):
            raise TFJSValueError("Please provide a function to tidy()")
        return name_or_fn
    if not isinstance(name_or_fn, str):
        raise TFJSValueError("When calling with two arguments, the first argument to "
                             "tidy() must be a string")
    if not callable(fn):
        raise TFJSValueError("When calling with two arguments, the 2nd argument to "
                             "tidy() must be a function")
    return fn


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


def keep(result):
    """Protect a tensor from every enclosing tidy scope; returns it.

    TF.js: ``tf.keep(result)``. Allowed outside any tidy too. A kept tensor is still
    released by ``dispose()``.
    """
    if _is_tensor(result):
        result._kept = True
    elif result is None:
        raise TFJSTypeError("Cannot set properties of null (setting 'kept')")
    elif isinstance(result, (bool, int, float, str)):
        kind = {bool: "boolean", str: "string"}.get(type(result), "number")
        raise TFJSTypeError(f"Cannot create property 'kept' on {kind} '{js_str(result)}'")
    return result


def dispose(container):
    """Dispose a tensor, or every tensor in a (nested) list, tuple or dict.

    TF.js: ``tf.dispose(container)``. Other values are ignored; returns None.
    """
    if _is_tensor(container):
        container.dispose()
    elif isinstance(container, (list, tuple)):
        for v in container:
            dispose(v)
    elif isinstance(container, dict):
        for v in container.values():
            dispose(v)


def ready():
    """Initialise the backend; returns None, also awaitable.

    TF.js: ``tf.ready()``. The backend is ready at once here, so ``await tf.ready()``
    and a plain ``tf.ready()`` do the same.
    """
    _init()
    return resolved(None)


# --- environment flags ----------------------------------------------------------

# The flags TF.js 4.22.0 registers in Node, with the values they evaluate to there.
_NODE_FLAGS = {
    "DEBUG": False, "IS_BROWSER": False, "IS_NODE": True, "IS_CHROME": False,
    "IS_SAFARI": False, "PROD": False, "TENSORLIKE_CHECK_SHAPE_CONSISTENCY": False,
    "DEPRECATION_WARNINGS_ENABLED": True, "IS_TEST": False,
    "CHECK_COMPUTATION_FOR_ERRORS": False, "WRAP_TO_IMAGEBITMAP": False,
    "CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU": False, "USE_SETTIMEOUTCUSTOM": False,
    "TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES": 100, "KEEP_INTERMEDIATE_TENSORS": False,
    "HAS_WEBGL": False, "WEBGL_VERSION": 0, "WEBGL_CHECK_NUMERICAL_PROBLEMS": False,
    "WEBGL_BUFFER_SUPPORTED": False, "WEBGL_CPU_FORWARD": True,
    "WEBGL_FORCE_F16_TEXTURES": False, "WEBGL_PACK": False,
    "WEBGL_PACK_NORMALIZATION": False, "WEBGL_PACK_CLIP": False,
    "WEBGL_PACK_DEPTHWISECONV": False, "WEBGL_PACK_BINARY_OPERATIONS": False,
    "WEBGL_PACK_UNARY_OPERATIONS": False, "WEBGL_PACK_ARRAY_OPERATIONS": False,
    "WEBGL_PACK_IMAGE_OPERATIONS": False, "WEBGL_PACK_REDUCE": False,
    "WEBGL_LAZILY_UNPACK": False, "WEBGL_CONV_IM2COL": False,
    "WEBGL_PACK_CONV2DTRANSPOSE": False, "WEBGL_MAX_TEXTURE_SIZE": None,
    "WEBGL_MAX_TEXTURES_IN_SHADER": None, "WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION": 0,
    "WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE": False,
    "WEBGL_RENDER_FLOAT32_CAPABLE": False, "WEBGL_RENDER_FLOAT32_ENABLED": False,
    "WEBGL_DOWNLOAD_FLOAT_ENABLED": False, "WEBGL_FENCE_API_ENABLED": False,
    "WEBGL_SIZE_UPLOAD_UNIFORM": 0, "WEBGL_DELETE_TEXTURE_THRESHOLD": -1,
    "WEBGL_FLUSH_THRESHOLD": -1, "CPU_HANDOFF_SIZE_THRESHOLD": 128,
    "WEBGL_USE_SHAPES_UNIFORMS": False, "TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD": 100000,
    "TOPK_K_CPU_HANDOFF_THRESHOLD": 128, "WEBGL_EXP_CONV": False,
    "SOFTWARE_WEBGL_ENABLED": False, "WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE": None,
    "WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE": False, "WEBGL2_ISNAN_CUSTOM": False,
    "ENGINE_COMPILE_ONLY": False,
}
# Flags whose evaluation needs a WebGL context, which Node (and Python) lacks.
_NEEDS_WEBGL = ("WEBGL_MAX_TEXTURE_SIZE", "WEBGL_MAX_TEXTURES_IN_SHADER")
# Flags TF.js has evaluated by the time a program first looks (``env().features``).
_EVALUATED_AT_START = ("IS_BROWSER", "IS_NODE", "DEBUG", "CPU_HANDOFF_SIZE_THRESHOLD",
                       "CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU")


class Environment:
    """TF.js ``tf.env()``: the registered flags, evaluated on first use.

    Differences from TF.js: flags only report values; setting ``DEBUG``,
    ``PROD`` or the WebGL flags changes nothing in how ops run.
    """

    def __init__(self):
        self.flags = JSObject({k: _NODE_FLAGS[k] for k in _EVALUATED_AT_START})

    @property
    def features(self):
        """The flags evaluated or set so far (TF.js ``env().features``)."""
        return self.flags

    def get(self, flagName):  # noqa: N803 - TF.js parameter name
        """A flag's value. TF.js: ``env().get(flagName)``."""
        if flagName in self.flags:
            return self.flags[flagName]
        if flagName in _NEEDS_WEBGL:
            raise TFJSValueError("Cannot get WebGL rendering context, WebGL is disabled.")
        if flagName not in _NODE_FLAGS:
            raise TFJSValueError(
                f"Cannot evaluate flag '{flagName}': no evaluation function found.")
        self.flags[flagName] = _NODE_FLAGS[flagName]
        return self.flags[flagName]

    def getBool(self, flagName):  # noqa: N802,N803 - TF.js names
        """``get(flagName)``; like TF.js, the value is returned unchanged.
        TF.js: ``env().getBool(flagName)``."""
        return self.get(flagName)

    def getNumber(self, flagName):  # noqa: N802,N803 - TF.js names
        """``get(flagName)``, returned unchanged. TF.js: ``env().getNumber(flagName)``."""
        return self.get(flagName)

    def getString(self, flagName):  # noqa: N802,N803 - TF.js names
        """``get(flagName)``, returned unchanged. TF.js: ``env().getString(flagName)``."""
        return self.get(flagName)

    def getFlags(self):  # noqa: N802 - TF.js name
        """The flags evaluated or set so far. TF.js: ``env().getFlags()``."""
        return self.flags

    def set(self, flagName, value):  # noqa: N803 - TF.js parameter name
        """Set a registered flag. TF.js: ``env().set(flagName, value)``."""
        if flagName not in _NODE_FLAGS:
            raise TFJSValueError(f"Cannot set flag {flagName} as it has not been registered.")
        self.flags[flagName] = value

    def setFlags(self, flags):  # noqa: N802 - TF.js name
        """Replace every flag value with ``flags`` (unchecked, as TF.js).
        TF.js: ``env().setFlags(flags)``."""
        self.flags = JSObject(flags)

    def reset(self):
        """Forget every evaluated or set flag. TF.js: ``env().reset()``."""
        self.flags = JSObject()


_ENV = Environment()


def env():
    """The environment holding TF.js's flags. TF.js: ``tf.env()``."""
    return _ENV


def setBackend(backendName):  # noqa: N802,N803 - TF.js names
    """Select the backend new tensors go to; returns True, also awaitable.

    TF.js: ``tf.setBackend(backendName)``.

    Args:
        backendName: ``'cpu'``, ``'cuda'``, or ``'mps'`` where PyTorch has it. TF.js's
            names ``'webgl'``, ``'webgpu'``, ``'wasm'`` and ``'tensorflow'`` select the
            best device present (cuda if available, else cpu).

    Existing tensors stay where they are; ops move them to the current device.

    Differences from TF.js: an unknown or absent backend raises
    ``Backend name '<name>' not found in registry`` at the call (TF.js rejects the
    returned Promise with that message); the TF.js aliases never fail.
    """
    return resolved(set_backend(backendName))


def getBackend():  # noqa: N802 - TF.js name
    """Name of the current backend, or None before anything initialised it.

    TF.js: ``tf.getBackend()``. The first tensor, ``tf.ready()``, ``tf.memory()`` or
    ``tf.backend()`` initialises the default: ``cuda`` where present, else ``cpu``
    (the environment variable ``TFJS_COMPAT_BACKEND`` overrides it).

    Differences from TF.js: names are ``'cpu'``, ``'cuda'``, ``'mps'``.
    """
    return get_backend()


# TF.js: ``tf.version``: the versions of the TF.js packages this port reproduces.
version = JSObject({name: "4.22.0" for name in (
    "tfjs-core", "tfjs-backend-cpu", "tfjs-backend-webgl", "tfjs-data", "tfjs-layers",
    "tfjs-converter", "tfjs")})
