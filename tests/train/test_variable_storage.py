"""How a Variable holds its data: optimizers update it in place unless something else
still looks at the data, in which case it is copied first (TF.js semantics: earlier
clones keep the old value)."""
import tfjs_compat as tf


def _ptr(v):
    return v._v.data_ptr()


def test_update_is_in_place_when_not_aliased(device):
    v = tf.variable(tf.zeros([4]).add(1))
    opt = tf.train.adam(0.1)
    opt.minimize(lambda: v.square().sum(), False, [v])   # first step may copy once
    ptr = _ptr(v)
    for _ in range(5):
        opt.minimize(lambda: v.square().sum(), False, [v])
    assert _ptr(v) == ptr
    v.dispose()


def test_clone_taken_before_update_keeps_value(device):
    v = tf.variable(tf.tensor([1, 2]))
    c = v.clone()
    r = v.reshape([2, 1])
    tf.train.sgd(1).applyGradients({v.name: tf.tensor([1, 1])})
    assert c.arraySync() == [1, 2]
    assert r.arraySync() == [[1], [2]]
    assert v.arraySync() == [0, 1]
    v.dispose()


def test_torch_view_is_a_snapshot_holder(device):
    v = tf.variable(tf.tensor([1, 2]))
    t = v.torch()
    tf.train.sgd(1).applyGradients({v.name: tf.tensor([1, 1])})
    assert t.tolist() == [1, 2]
    v.dispose()


def test_assign_does_not_alias_new_value(device):
    v = tf.variable(tf.tensor([1, 2]))
    n = tf.tensor([5, 6])
    v.assign(n)
    tf.train.sgd(1).applyGradients({v.name: tf.tensor([1, 1])})
    assert n.arraySync() == [5, 6]
    assert v.arraySync() == [4, 5]
    v.dispose()


def test_variable_grads_on_device(device):
    v = tf.variable(tf.tensor([1, 2, 3]))
    r = tf.variableGrads(lambda: v.square().sum(), [v])
    assert r.grads[v.name].arraySync() == [2, 4, 6]
    assert r.value.arraySync() == 14
    assert not r.value.torch().requires_grad
    v.dispose()


def test_second_order_grad_on_device(device):
    gg = tf.grad(tf.grad(lambda x: x.mul(x).mul(x)))
    assert gg(tf.tensor([2, 3])).arraySync() == [12, 18]


def test_watched_tensor_restored_after_error(device):
    x = tf.tensor([1, 2])
    before = x.torch()
    try:
        tf.grad(lambda t: 5)(x)
    except ValueError:
        pass
    assert x.torch() is before and not x.torch().requires_grad
