"""Creation and reader behaviour that has no TF.js golden: NumPy/torch inputs, and the
places where TF.js crashes or aliases memory (we do something sensible instead; each is
documented under "Differences from TF.js" in the function's docstring)."""
import numpy as np
import pytest
import torch

import tfjs_compat as tf
from tfjs_compat.errors import TFJSError


def _device_of(t):
    return t.torch().device.type


# --- tf.tensor(numpy / torch) ---------------------------------------------------------
@pytest.mark.parametrize("values,dtype,shape", [
    (np.arange(6), "int32", [6]),
    (np.arange(6, dtype=np.int32), "int32", [6]),
    (np.arange(6.0), "float32", [6]),
    (np.ones((2, 3), dtype=np.float32), "float32", [2, 3]),
    (np.array([True, False]), "bool", [2]),
    (np.array(["a", "bc"]), "string", [2]),
    (np.array(5.0), "float32", []),
    (np.array([1 + 2j]), "complex64", [1]),
    (torch.arange(6), "int32", [6]),
    (torch.ones(2, 3, dtype=torch.float64), "float32", [2, 3]),
    (torch.tensor([True]), "bool", [1]),
    (torch.tensor(3.0), "float32", []),
])
def test_tensor_from_array_keeps_dtype_and_shape(values, dtype, shape):
    t = tf.tensor(values)
    assert (t.dtype, t.shape) == (dtype, shape)
    expected = np.asarray(values.numpy() if isinstance(values, torch.Tensor) else values)
    if dtype == "complex64":
        np.testing.assert_array_equal(t.dataSync(), np.array([1, 2], dtype=np.float32))
    elif dtype == "string":
        assert t.dataSync() == list(expected.reshape(-1))
    else:
        np.testing.assert_array_equal(t.dataSync(), expected.reshape(-1))


def test_tensor_from_numpy_with_shape_and_dtype():
    t = tf.tensor(np.arange(6), [2, 3], "float32")
    assert (t.dtype, t.shape, t.arraySync()) == ("float32", [2, 3], [[0, 1, 2], [3, 4, 5]])
    t = tf.tensor(np.array([1.7, -1.7, 2.5]), None, "int32")
    assert t.dataSync().tolist() == [1, -1, 2]
    t = tf.tensor(np.array([0.4, 0.6, 0.0]), [3, 1], "bool")   # Math.round rule
    assert t.shape == [3, 1] and t.dataSync().tolist() == [False, True, False]


def test_tensor_from_torch_with_shape_and_dtype():
    src = torch.arange(6, dtype=torch.float32, requires_grad=True)
    t = tf.tensor(src, [3, 2])
    assert (t.dtype, t.shape) == ("float32", [3, 2])
    t = tf.tensor(torch.tensor([2.7, -2.7, 1e10]), None, "int32")
    assert t.dataSync().tolist() == [2, -2, 1410065408]
    t = tf.tensor(torch.tensor([1, 0, 3]), None, "bool")
    assert t.dataSync().tolist() == [True, False, True]


def test_tensor_from_array_is_a_copy():
    a = np.arange(3, dtype=np.float32)
    t = tf.tensor(a)
    a[0] = 9
    assert t.dataSync()[0] == 0
    b = torch.zeros(2)
    t = tf.tensor(b)
    b[0] = 9
    assert t.dataSync()[0] == 0


def test_tensor_from_array_shape_errors():
    with pytest.raises(TFJSError, match=r"Based on the provided shape, \[4\], the tensor "
                                        r"should have 4 values but has 6"):
        tf.tensor(np.arange(6), [4])
    with pytest.raises(TFJSError, match="Inferred shape"):
        tf.tensor(np.zeros((2, 3)), [3, 2])


def test_tensor_nd_accept_arrays():
    assert tf.tensor2d(np.ones((2, 2))).shape == [2, 2]
    assert tf.tensor1d(np.arange(3)).dtype == "int32"
    assert tf.tensor3d(torch.zeros(1, 2, 3)).shape == [1, 2, 3]
    with pytest.raises(TFJSError, match="tensor1d"):
        tf.tensor1d(np.ones((2, 2)))
    with pytest.raises(TFJSError, match="Scalar"):
        tf.scalar(np.array([1.0]))
    assert tf.scalar(np.float32(2.5)).arraySync() == 2.5


@pytest.mark.parametrize("src", ["numpy", "torch"])
def test_tensor_from_array_lands_on_current_device(device, src):
    values = np.arange(4.0) if src == "numpy" else torch.arange(4.0)
    assert _device_of(tf.tensor(values)) == device
    assert _device_of(tf.tensor(values, [2, 2], "int32")) == device


# --- deliberate differences where TF.js crashes or builds broken tensors --------------
def test_ragged_lists_raise():
    # TF.js silently builds a [2, 2] tensor holding 3 values.
    with pytest.raises(TFJSError, match="should have 2 elements"):
        tf.tensor([[1, 2], [3]])


def test_numbers_as_strings_fail_at_creation():
    # TF.js creates the tensor and fails on dataSync() with the same message.
    with pytest.raises(TFJSError, match="Failed to decode the string bytes"):
        tf.tensor([1, 2], None, "string")


def test_real_imag_of_real_input():
    # TF.js: TypeError "Cannot read properties of undefined (reading 'real')".
    x = tf.tensor1d([1, 2], "int32")
    assert tf.real(x).dtype == "float32" and tf.real(x).dataSync().tolist() == [1, 2]
    assert tf.imag(x).dataSync().tolist() == [0, 0]


def test_range_rejects_other_dtypes():
    # TF.js builds a 'bool' tensor holding 0, 1, 2, ... and crashes for complex64.
    for dtype in ("bool", "complex64"):
        with pytest.raises(TFJSError, match="Unknown data type"):
            tf.range(0, 3, 1, dtype)


def test_range_non_float32_step_accumulates_like_tfjs():
    # 0.1 is not a float32 value: the sum is rounded to float32 after every step.
    got = tf.range(0, 1, 0.1).dataSync()
    acc, want = np.float32(0), []
    for _ in range(10):
        want.append(acc)
        acc = np.float32(float(acc) + 0.1)
    np.testing.assert_array_equal(got, np.array(want, dtype=np.float32))


def test_clone_of_disposed_tensor():
    # TF.js: TypeError "Cannot read properties of undefined (reading 'backend')".
    t = tf.tensor([1])
    t.dispose()
    with pytest.raises(TFJSError, match="Tensor is disposed."):
        tf.clone(t)


def test_readers_return_copies():
    # TF.js's dataSync()/bufferSync() hand out the tensor's own buffer (writes alias).
    t = tf.tensor([1, 2])
    t.dataSync()[0] = 9
    b = t.bufferSync()
    b.set(7, 1)
    assert t.dataSync().tolist() == [1, 2]
    assert b.toTensor().dataSync().tolist() == [1, 7]


def test_reader_python_types():
    assert tf.tensor([True, False]).dataSync().dtype == np.bool_
    assert tf.tensor([1.5]).bytes().dtype == np.uint8
    assert tf.tensor(["a", "é"]).bytes() == [b"a", "é".encode()]
    assert tf.tensor(["a"]).dataSync() == ["a"]
    assert isinstance(tf.scalar(2, "int32").arraySync(), int)


def test_buffer_string_default_and_flat_range():
    b = tf.buffer([2], "string")
    b.set("x", 1)
    assert b.toTensor().dataSync() == ["", "x"]      # TF.js: null, undecodable
    with pytest.raises(TFJSError, match="out of range"):
        tf.buffer([2, 3]).set(1, 5, 5)               # TF.js ignores the write


def test_buffer_bool_store():
    b = tf.buffer([3], "bool")
    b.set(2, 0)     # TF.js keeps 2 (prints true); we keep true
    b.set(256, 1)   # Uint8 store: 256 -> 0
    b.set(0.6, 2)   # Uint8 store truncates
    assert b.toTensor().dataSync().tolist() == [True, False, False]


def test_onehot_complex_rejected():
    with pytest.raises(TFJSError, match="Unknown data type complex64"):
        tf.oneHot([0], 2, 1, 0, "complex64")


@pytest.mark.parametrize("make", [
    lambda: tf.zeros([2, 2]), lambda: tf.ones([2], "complex64"), lambda: tf.fill([2], 3),
    lambda: tf.eye(2, 2, [2]), lambda: tf.range(0, 5), lambda: tf.linspace(0, 1, 3),
    lambda: tf.oneHot([0, 1], 2), lambda: tf.tensor([[1, 2]]), lambda: tf.complex([1], [2]),
    lambda: tf.cast(tf.tensor([1.5]), "int32"), lambda: tf.buffer([2]).toTensor(),
    lambda: tf.tensor([1.5]).clone(),
])
def test_creation_on_current_device(device, make):
    t = make()
    assert _device_of(t) == device
    t.toString()
    t.arraySync()
