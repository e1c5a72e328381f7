"""Linear algebra: matMul, dot, outerProduct and tf.linalg.*."""
import torch

from .. import dtypes
from ..errors import TFJSValueError, js_list
from ._op import dtype_of, numeric, op, to_torch


def _js_bool(v):
    return "true" if v else "false"


@op
def matMul(a, b, transposeA=False, transposeB=False):  # noqa: N802,N803 - TF.js names
    """Matrix product of the last two axes, batch axes broadcast.
    TF.js: ``tf.matMul(a, b, transposeA=false, transposeB=false)``."""
    x = numeric(to_torch(a, "a", "matMul"), "a", "matMul")
    y = numeric(to_torch(b, "b", "matMul"), "b", "matMul")
    dtype = dtypes.upcast(dtype_of(x), dtype_of(y))
    if x.ndim < 2 or y.ndim < 2:
        raise TFJSValueError(f"Error in matMul: inputs must have the same rank of at "
                             f"least 2, got ranks {x.ndim} and {y.ndim}.")
    inner_a = x.shape[-2] if transposeA else x.shape[-1]
    inner_b = y.shape[-1] if transposeB else y.shape[-2]
    if inner_a != inner_b:
        raise TFJSValueError(
            f"Error in matMul: inner shapes ({inner_a}) and ({inner_b}) of Tensors with "
            f"shapes {js_list(x.shape)} and {js_list(y.shape)} and "
            f"transposeA={_js_bool(transposeA)} and transposeB={_js_bool(transposeB)} "
            f"must match.")
    if transposeA:
        x = x.transpose(-1, -2)
    if transposeB:
        y = y.transpose(-1, -2)
    if dtype in ("int32", "bool"):
        # NOTE: torch has no integer matmul on CUDA; float64 is exact for int32 sums
        # below 2**53, then TF.js's int32 storage rule applies.
        from .creation import cast_torch
        return cast_torch(torch.matmul(x.double(), y.double()), "int32")
    target = dtypes.TORCH[dtype]
    return torch.matmul(x.to(target), y.to(target))
