"""InputSpec and TF.js's input-compatibility checks (``assertInputCompatibility``)."""
from ..errors import TFJSValueError


class InputSpec:
    """TF.js ``InputSpec``: what ranks/axes a layer accepts."""

    def __init__(self, ndim=None, min_ndim=None, max_ndim=None, axes=None, dtype=None,
                 shape=None):
        self.ndim, self.min_ndim, self.max_ndim = ndim, min_ndim, max_ndim
        self.axes, self.dtype, self.shape = axes or {}, dtype, shape


def _js_tensors(inputs):
    """JS String() of a list of Tensors (or SymbolicTensors)."""
    return ",".join(x.toString() if hasattr(x, "toString") else "[object Object]"
                    for x in inputs)


def check_inputs(layer, inputs, shapes):
    """Raise TF.js's error when ``inputs`` (a list) do not fit ``layer.input_spec``."""
    spec = layer.input_spec
    if spec is None:
        return
    specs = spec if isinstance(spec, list) else [spec]
    if len(inputs) != len(specs):
        raise TFJSValueError(
            f"Layer {layer.name} expects {len(specs)} inputs, but it received "
            f"{len(inputs)} input tensors. Input received: {_js_tensors(inputs)}")
    for i, (s, shape) in enumerate(zip(specs, shapes)):
        _check_one(layer.name, i, s, shape)


def _check_one(name, i, spec, shape):
    ndim = len(shape)
    head = f"Input {i} is incompatible with layer {name}: "
    if spec.ndim is not None and ndim != spec.ndim:
        raise TFJSValueError(f"{head}expected ndim={spec.ndim}, found ndim={ndim}")
    if spec.max_ndim is not None and ndim > spec.max_ndim:
        raise TFJSValueError(f"{head}expected max_ndim={spec.max_ndim}, found ndim={ndim}")
    if spec.min_ndim is not None and ndim < spec.min_ndim:
        raise TFJSValueError(f"{head}expected min_ndim={spec.min_ndim}, found ndim={ndim}.")
    for axis, value in spec.axes.items():
        got = shape[axis] if -ndim <= axis < ndim else None
        if value is not None and got not in (value, None):
            shown = ",".join("" if d is None else str(d) for d in shape)
            raise TFJSValueError(f"{head}expected axis {axis} of input shape to have value "
                                 f"{value} but got shape {shown}.")
    for want, got in zip(spec.shape or [], shape):   # TF.js checks known dims only
        if want is not None and got is not None and want != got:
            def js(s):
                return ",".join("" if d is None else str(d) for d in s)
            raise TFJSValueError(f"{head}expected shape={js(spec.shape)}, found shape="
                                 f"{js(shape)}.")

