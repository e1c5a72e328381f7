"""The weights binary and its manifest (tfjs-facts.md 6.2).

Weights are stored back to back in manifest order, each flattened row-major: float32
and int32 as little-endian 4-byte values, bool as 1 byte, complex64 as interleaved
float32 pairs, strings as (uint32 little-endian length + UTF-8 bytes) per element. No
header, no padding. A spec with ``quantization`` (written by the tensorflowjs converter)
stores ``uint8``/``uint16`` codes that decode to ``code * scale + min``, or ``float16``
values. Decoding reads the bytes as data only.
"""
import math

import numpy as np
import torch

from .. import dtypes, engine
from .._jsobject import JSObject, resolved
from ..errors import TFJSError, js_list
from ..tensor import Tensor

DTYPE_SIZE = {"float32": 4, "int32": 4, "bool": 1, "complex64": 8, "string": None}
QUANT_SIZE = {"uint8": 1, "uint16": 2, "float16": 2}
_NP = {"float32": "<f4", "int32": "<i4", "bool": "u1", "complex64": "<f4",
       "uint8": "u1", "uint16": "<u2", "float16": "<f2"}


def _unsupported(name, dtype):
    return TFJSError(f"Unsupported dtype in weight '{name}': {dtype}")


# --- encoding ------------------------------------------------------------------------
def encode_tensor(name, value):
    """(bytes, spec) of one weight value (Tensor or torch tensor)."""
    if isinstance(value, Tensor):
        dtype = value.dtype
        if dtype == "string":
            return _encode_strings(value.dataSync()), {"name": name, "shape": list(value.shape),
                                                       "dtype": "string"}
        data = value.torch()
    else:
        data = value
        dtype = dtypes.from_torch(data.dtype)
    if dtype not in DTYPE_SIZE:
        raise _unsupported(name, dtype)
    flat = data.detach().reshape(-1)
    if dtype == "complex64":
        flat = torch.view_as_real(flat).reshape(-1)
    arr = flat.cpu().numpy().astype(_NP[dtype], copy=False)
    return arr.tobytes(), {"name": name, "shape": list(data.shape), "dtype": dtype}


def _encode_strings(values):
    out = bytearray()
    for v in values:
        b = v if isinstance(v, (bytes, bytearray)) else str(v).encode("utf-8")
        out += len(b).to_bytes(4, "little") + b
    return bytes(out)


def encode_named(named, group=None):
    """(bytes, specs) for ``[(name, value)]`` in order; ``group`` is added to each spec."""
    chunks, specs = [], []
    for name, value in named:
        data, spec = encode_tensor(name, value)
        if group is not None:
            spec["group"] = group
        chunks.append(data)
        specs.append(spec)
    return b"".join(chunks), specs


def encodeWeights(tensors, group=None):  # noqa: N802 - TF.js name
    """Encode named tensors into one buffer and its specs. TF.js: ``tf.io.encodeWeights``.

    Args:
        tensors: a dict ``{name: Tensor}`` or a list of ``{'name', 'tensor'}``.
        group: optional ``group`` field for every spec (e.g. ``'optimizer'``).

    Returns:
        ``{data: bytes, specs: [{name, shape, dtype}]}`` (awaitable, as TF.js's Promise).

    Example:
        >>> tf.io.encodeWeights({'a': tf.tensor1d([1, 2], 'int32')}).data.hex()
        '0100000002000000'
    """
    if isinstance(tensors, dict):
        named = list(tensors.items())
    else:
        named = [(t["name"], t["tensor"]) for t in tensors]
    data, specs = encode_named(named, group)
    return resolved(JSObject(data=data, specs=specs))


# --- decoding ------------------------------------------------------------------------
def as_bytes(weight_data):
    """One ``bytes`` object from bytes-like data or a list of buffers (shards)."""
    if weight_data is None:
        return None
    if isinstance(weight_data, (list, tuple)):
        return b"".join(as_bytes(b) for b in weight_data)
    if isinstance(weight_data, np.ndarray):
        return weight_data.tobytes()
    return bytes(weight_data)


def spec_byte_length(spec, data, offset):
    """Bytes the weight of ``spec`` takes, starting at ``offset`` of ``data``."""
    size = _size(spec)
    quant = spec.get("quantization")
    if quant is not None:
        return size * QUANT_SIZE.get(quant.get("dtype"), 1)
    dtype = spec.get("dtype")
    if dtype == "string":
        n = 0
        for _ in range(size):
            _need(spec, data, offset + n, 4)
            n += 4 + int.from_bytes(data[offset + n:offset + n + 4], "little")
        return n
    if dtype not in DTYPE_SIZE:
        raise _unsupported(spec.get("name"), dtype)
    return size * DTYPE_SIZE[dtype]


def _size(spec):
    shape = spec.get("shape")
    if not isinstance(shape, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape):
        raise TFJSError(f"Weight {spec.get('name')} has an invalid shape in the weight specs: "
                        f"{shape!r}")
    return math.prod(shape)


def _need(spec, data, offset, n):
    if offset + n > len(data):
        per = DTYPE_SIZE.get(spec.get("dtype")) or 1
        have = max(0, (len(data) - offset)) // per
        raise TFJSError(
            f"Based on the provided shape, [{js_list(spec['shape'])}], the tensor should have "
            f"{_size(spec)} values but has {have}. The weight data ends after {len(data)} "
            f"bytes but weight '{spec.get('name')}' needs bytes {offset} to {offset + n} "
            "(truncated or missing weights file?)")


def decode_weight(spec, data, offset):
    """(torch tensor or list of str, byte length) of one weight at ``offset``."""
    name, dtype = spec.get("name"), spec.get("dtype")
    n = spec_byte_length(spec, data, offset)
    _need(spec, data, offset, n)
    raw = data[offset:offset + n]
    shape = spec["shape"]
    quant = spec.get("quantization")
    if quant is not None:
        return _dequantize(spec, quant, raw).reshape(shape), n
    if dtype == "string":
        return _decode_strings(raw, _size(spec)), n
    arr = np.frombuffer(raw, dtype=_NP[dtype])
    if dtype == "bool":
        arr = arr != 0
    elif dtype == "complex64":
        arr = arr.astype(np.float32).reshape(-1, 2)
        t = torch.view_as_complex(torch.from_numpy(arr.copy()))
        return t.reshape(shape).to(engine.device()), n
    t = torch.from_numpy(arr.astype(arr.dtype.newbyteorder("="), copy=True))
    return t.reshape(shape).to(engine.device()), n


def _dequantize(spec, quant, raw):
    name, dtype, qtype = spec.get("name"), spec.get("dtype"), quant.get("dtype")
    if qtype in ("uint8", "uint16"):
        if "min" not in quant or "scale" not in quant:
            raise TFJSError(f"Weight {name} with quantization {qtype} doesn't have "
                            "corresponding metadata min and scale.")
    elif qtype == "float16":
        if dtype != "float32":
            raise TFJSError(f"Weight {name} is quantized with {qtype} which only supports "
                            f"weights of type float32 not {dtype}.")
    else:
        raise TFJSError(f"Weight {name} has unknown quantization dtype {qtype}. Supported "
                        "quantization dtypes are: 'uint8', 'uint16', and 'float16'.")
    codes = np.frombuffer(raw, dtype=_NP[qtype])
    if qtype == "float16":
        values = codes.astype(np.float32)
    elif dtype == "float32":
        # TF.js computes code * scale + min in doubles, then stores float32.
        values = (codes.astype(np.float64) * float(quant["scale"])
                  + float(quant["min"])).astype(np.float32)
    elif dtype == "int32":
        values = _js_round(codes.astype(np.float64) * float(quant["scale"])
                           + float(quant["min"])).astype(np.int32)
    else:
        raise _unsupported(name, dtype)
    return torch.from_numpy(values.copy()).to(engine.device())


def _js_round(x):
    """JS ``Math.round``: halves go up."""
    return np.floor(x + 0.5)


def _decode_strings(raw, size):
    out, pos = [], 0
    for _ in range(size):
        n = int.from_bytes(raw[pos:pos + 4], "little")
        out.append(raw[pos + 4:pos + 4 + n].decode("utf-8", errors="replace"))
        pos += 4 + n
    return out


def decode_torch(weight_data, specs):
    """``{name: torch tensor (or list of str)}`` for ``specs`` read in order from the data.

    Extra bytes after the last weight are an error too (the specs do not match the file).
    """
    data = as_bytes(weight_data) or b""
    out, offset = {}, 0
    for spec in specs:
        if not isinstance(spec, dict) or "name" not in spec:
            raise TFJSError(f"Malformed weight spec: {spec!r}")
        value, n = decode_weight(spec, data, offset)
        out[spec["name"]] = value
        offset += n
    if offset != len(data):
        raise TFJSError(f"The weight data has {len(data)} bytes but the weight specs "
                        f"describe {offset}: the weights file does not match the manifest.")
    return out


def to_tensor(spec, value):
    """A Tensor for a decoded value (strings included)."""
    if isinstance(value, list):
        from ..ops.creation import tensor
        return tensor(value, spec["shape"], "string")
    return Tensor(value)


def decodeWeights(weightData, specs):  # noqa: N802,N803 - TF.js name
    """Decode a weights buffer into named Tensors. TF.js: ``tf.io.decodeWeights``.

    Args:
        weightData: bytes-like data, or a list of buffers read one after the other.
        specs: ``[{name, shape, dtype, quantization?}]`` in buffer order.

    Returns:
        A dict ``{name: Tensor}``.

    Differences from TF.js:
        Data shorter or longer than the specs describe is an error naming the sizes.
    """
    decoded = decode_torch(weightData, specs)
    return {s["name"]: to_tensor(s, decoded[s["name"]]) for s in specs}


def concatenateArrayBuffers(buffers):  # noqa: N802 - TF.js name
    """Join buffers into one. TF.js: ``tf.io.concatenateArrayBuffers``.

    Args:
        buffers: a list of bytes-like objects or NumPy arrays (their raw bytes), or one
            such buffer (returned as a copy).

    Returns:
        ``bytes``.

    Example:
        >>> list(tf.io.concatenateArrayBuffers([bytes([1, 2]), bytearray([3])]))
        [1, 2, 3]
    """
    if isinstance(buffers, (list, tuple)):
        return as_bytes(list(buffers))
    return as_bytes(buffers)


def getWeightSpecs(weightsManifest):  # noqa: N802,N803 - TF.js name
    """All weight specs of a manifest, group after group. TF.js: ``tf.io.getWeightSpecs``."""
    return [spec for group in weightsManifest for spec in group["weights"]]
