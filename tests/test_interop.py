"""Interop with NumPy and PyTorch: tf.tensor(ndarray | torch.Tensor), __array__ (NumPy 2
dtype/copy), DLPack, t.torch(), __bool__/__float__/__int__. The dtype rules of the Python
operators are pinned against TF.js in tests/fixtures/operators.json."""
import numpy as np
import pytest
import torch

import tfjs_compat as tf
from tfjs_compat.errors import TFJSValueError

NP_CASES = [
    (np.array([1.5, 2], np.float32), "float32"),
    (np.array([1.5, 2], np.float64), "float32"),
    (np.array([1.5, 2], np.float16), "float32"),
    (np.array([1, -2], np.int32), "int32"),
    (np.array([1, -2], np.int64), "int32"),
    (np.array([1, -2], np.int16), "int32"),
    (np.array([1, 2], np.uint8), "int32"),
    (np.array([True, False]), "bool"),
    (np.array(["a", "bc"]), "string"),
    (np.array(["a", "bc"], dtype=object), "string"),
    (np.array([[1, 2], [3, 4]], np.float64), "float32"),
    (np.zeros((2, 0), np.float32), "float32"),
]


@pytest.mark.parametrize("arr,dtype", NP_CASES, ids=[f"{a.dtype}{a.shape}" for a, _ in NP_CASES])
def test_tensor_from_numpy(arr, dtype, device):
    t = tf.tensor(arr)
    assert t.dtype == dtype and t.shape == list(arr.shape)
    if dtype == "string":
        assert t.dataSync() == [str(x) for x in arr.reshape(-1)]
    else:
        assert np.array_equal(t.dataSync(), arr.reshape(-1).astype(t.dataSync().dtype))


def test_tensor_from_numpy_with_dtype():
    t = tf.tensor(np.array([1.7, -1.7]), None, "int32")
    assert t.dtype == "int32" and t.arraySync() == [1, -1]


def test_tensor_from_0d_numpy_is_a_scalar():
    t = tf.tensor(np.array(3.5))
    assert t.shape == [] and t.arraySync() == 3.5


TORCH_CASES = [
    (torch.tensor([1.5, 2.0]), "float32"),
    (torch.tensor([1.5, 2.0], dtype=torch.float64), "float32"),
    (torch.tensor([1, -2]), "int32"),
    (torch.tensor([1, -2], dtype=torch.int32), "int32"),
    (torch.tensor([1, 2], dtype=torch.uint8), "int32"),
    (torch.tensor([True, False]), "bool"),
    (torch.tensor(2.5), "float32"),
]


@pytest.mark.parametrize("src,dtype", TORCH_CASES, ids=[str(s.dtype) for s, _ in TORCH_CASES])
def test_tensor_from_torch(src, dtype, device):
    t = tf.tensor(src)
    assert t.dtype == dtype and t.shape == list(src.shape)
    assert t.torch().device.type == device
    assert t.arraySync() == src.to(torch.float64).tolist() or dtype == "bool"


def test_tensor_from_torch_requires_grad():
    src = torch.tensor([1.0, 2.0], requires_grad=True)
    t = tf.tensor(src)
    assert not t.torch().requires_grad and t.torch().grad_fn is None
    assert (t * 2).arraySync() == [2, 4]


ALL_DTYPES = {
    "float32": lambda: tf.tensor([1.5, -2]),
    "int32": lambda: tf.tensor([1, -2], None, "int32"),
    "bool": lambda: tf.tensor([True, False]),
    "complex64": lambda: tf.complex([1, 2], [3, 4]),
    "string": lambda: tf.tensor(["a", "é"]),
}
NP_DTYPE = {"float32": np.float32, "int32": np.int32, "bool": np.bool_,
            "complex64": np.complex64, "string": object}


@pytest.mark.parametrize("dtype", list(ALL_DTYPES))
def test_np_array_of_every_dtype(dtype, device):
    t = ALL_DTYPES[dtype]()
    a = np.array(t)
    assert a.dtype == NP_DTYPE[dtype] and a.shape == (2,)
    b = np.asarray(t)
    assert b.dtype == a.dtype and list(b) == list(a)


def test_asarray_dtype_argument():
    t = tf.tensor([1.5, 2])
    a = np.asarray(t, dtype=np.float64)
    assert a.dtype == np.float64 and a.tolist() == [1.5, 2]


def test_asarray_copy_true_is_independent():
    t = tf.tensor([1, 2])
    a = np.array(t, copy=True)
    a[0] = 9
    assert t.arraySync() == [1, 2]


def test_asarray_copy_false_on_cpu_is_a_view():
    tf.setBackend("cpu")
    t = tf.tensor([1, 2, 3])
    v = np.asarray(t, copy=False)
    assert np.shares_memory(v, t.torch().numpy())


@pytest.mark.parametrize("make,kwargs", [
    (lambda: tf.tensor(["a"]), {}),
    (lambda: tf.tensor([1, 2]), {"dtype": np.float64}),
])
def test_asarray_copy_false_raises_where_impossible(make, kwargs):
    tf.setBackend("cpu")
    with pytest.raises(ValueError, match="copy is needed"):
        np.asarray(make(), copy=False, **kwargs)


def test_asarray_copy_false_on_cuda_raises(device):
    if device == "cpu":
        pytest.skip("needs a GPU")
    with pytest.raises(ValueError, match="copy is needed"):
        np.asarray(tf.tensor([1]), copy=False)


def test_numpy_of_disposed_tensor():
    t = tf.tensor([1])
    t.dispose()
    with pytest.raises(Exception, match="^Tensor is disposed.$"):
        np.asarray(t)


@pytest.mark.parametrize("dtype", ["float32", "int32", "bool", "complex64"])
def test_dlpack_round_trip_torch(dtype, device):
    t = ALL_DTYPES[dtype]()
    back = torch.from_dlpack(t)
    assert back.device.type == device and back.dtype == t.torch().dtype
    assert torch.equal(back, t.torch())
    assert t.__dlpack_device__() == t.torch().__dlpack_device__()
    again = tf.tensor(back)
    assert again.dtype == dtype and again.dataSync().tolist() == t.dataSync().tolist()


@pytest.mark.parametrize("dtype", ["float32", "int32", "bool"])
def test_dlpack_numpy(dtype):
    tf.setBackend("cpu")
    t = ALL_DTYPES[dtype]()
    a = np.from_dlpack(t)
    assert a.dtype == NP_DTYPE[dtype] and a.tolist() == np.array(t).tolist()


def test_dlpack_of_string_tensor_raises():
    with pytest.raises(TFJSValueError, match="String tensors have no torch.Tensor"):
        torch.from_dlpack(tf.tensor(["a"]))


def test_torch_accessor(device):
    t = tf.tensor([[1, 2]])
    x = t.torch()
    assert isinstance(x, torch.Tensor) and x.dtype == torch.float32
    assert x.shape == (1, 2) and x.device.type == device
    assert "documented" in tf.Tensor.torch.__doc__
    t.dispose()
    with pytest.raises(Exception, match="^Tensor is disposed.$"):
        t.torch()


def test_bool_float_int(device):
    assert bool(tf.scalar(2)) is True and bool(tf.tensor([0])) is False
    assert bool(tf.tensor([[True]])) is True and bool(tf.scalar("")) is False
    assert float(tf.scalar(2.5)) == 2.5 and int(tf.scalar(-3.7)) == -3
    assert int(tf.scalar(7, "int32")) == 7 and float(tf.scalar(True)) == 1.0
    assert bool(tf.scalar(1) > 0) is True


@pytest.mark.parametrize("fn", [bool, float, int])
def test_bool_float_int_of_many_elements_raise(fn):
    with pytest.raises(TFJSValueError, match=r"one element .* got shape \[2\]"):
        fn(tf.tensor([1, 2]))


@pytest.mark.parametrize("fn,t", [(float, lambda: tf.scalar("a")),
                                  (int, lambda: tf.complex(1, 2))])
def test_float_int_of_string_or_complex_raise(fn, t):
    with pytest.raises(TFJSValueError, match="does not convert"):
        fn(t())


def test_comparison_operators_return_tensors_and_keep_hashing():
    a = tf.tensor([1, 2])
    assert isinstance(a == a, tf.Tensor) and (a == a).dtype == "bool"
    assert len({a, a}) == 1


@pytest.mark.parametrize("expr,dtype,values", [
    (lambda i, f, b: i / i, "int32", [1, 1]),
    (lambda i, f, b: i + 1, "float32", [8, -6]),
    (lambda i, f, b: b + b, "bool", [1, 0]),
    (lambda i, f, b: i // 2, "int32", [3, -4]),
    (lambda i, f, b: -i, "int32", [-7, 7]),
    (lambda i, f, b: tf.tensor([[1, 2]], None, "int32") @ tf.tensor([[3], [4]], None,
                                                                     "int32"), "int32", [11]),
    (lambda i, f, b: f ** 2, "float32", None),
    (lambda i, f, b: 1 - b, "float32", [0, 1]),
])
def test_operator_dtypes_on_device(expr, dtype, values, device):
    i = tf.tensor([7, -7], None, "int32")
    r = expr(i, tf.tensor([0.5, 1.5]), tf.tensor([True, False]))
    assert r.dtype == dtype
    if values is not None:
        assert r.dataSync().astype(np.int64).tolist() == values
