// tf.variable: creation, assign, names, printing, disposal (tfjs-facts.md 2.5).
// @case doc_example
const x = tf.variable(tf.tensor([1, 2, 3]));
x.assign(tf.tensor([4, 5, 6]));
x.print();
// @case print_like_tensor
const v = tf.variable(tf.tensor2d([[1, 2], [3, 4]]));
v.print();
v.print(true);
console.log(v.toString());
return v;
// @case properties
const v = tf.variable(tf.tensor([1, 2]), false, 'props_v');
return [v.name, v.trainable, v.dtype, v.shape, v.isDisposed];
// @case unnamed_names fresh
const a = tf.variable(tf.tensor([1]));
const b = tf.variable(tf.tensor([2]), true);
const c = tf.variable(tf.tensor([3]), true, 'named');
const d = tf.variable(tf.tensor([4]));
return [a.name, b.name, c.name, d.name];
// @case failed_creation_spends_name fresh
try { tf.variable([1, 2]); } catch (e) { console.log(e.message); }
return tf.variable(tf.tensor([1])).name;
// @py
try:
    tf.variable([1, 2])
except Exception as e:
    print(str(e))
return tf.variable(tf.tensor([1])).name
// @case duplicate_name
tf.variable(tf.tensor([1]), true, 'dup_name');
tf.variable(tf.tensor([2]), true, 'dup_name');
// @case dispose_frees_name
const v = tf.variable(tf.tensor([1]), true, 'reused_name');
v.dispose();
const w = tf.variable(tf.tensor([7]), true, 'reused_name');
return [v.isDisposed, w];
// @case dtype_cast
const v = tf.variable(tf.tensor([1.5, 2.7, -1.2]), true, 'cast_v', 'int32');
return v;
// @case tensor_method
const v = tf.tensor([1, 2]).variable(false, 'method_v', 'int32');
return [v.name, v.trainable, v];
// @case assign_dtype_error
const v = tf.variable(tf.tensor([[1, 2], [3, 4]]));
v.assign(tf.tensor([1, 2, 3], [3], 'int32'));
// @case assign_shape_error
const v = tf.variable(tf.tensor([[1, 2], [3, 4]]));
v.assign(tf.tensor([[1, 2]]));
// @case assign_scalar_shape_error
const v = tf.variable(tf.tensor([[1, 2], [3, 4]]));
v.assign(tf.scalar(5));
// @case assign_bool_error
const v = tf.variable(tf.tensor([1, 2]));
v.assign(tf.tensor([true, false]));
// @case assign_returns_undefined
const v = tf.variable(tf.tensor([1, 2]));
return v.assign(tf.tensor([3, 4]));
// @case clone_keeps_old_value
const v = tf.variable(tf.tensor([1, 2]));
const c = v.clone();
const r = v.reshape([2, 1]);
v.assign(tf.tensor([5, 6]));
return [c, r, v];
// @case optimizer_update_keeps_clones
const v = tf.variable(tf.tensor([1, 2]));
const c = v.clone();
const r = v.reshape([1, 2]);
const opt = tf.train.sgd(0.5);
opt.applyGradients({[v.name]: tf.tensor([1, 1])});
return [c, r, v];
// @py
v = tf.variable(tf.tensor([1, 2]))
c = v.clone()
r = v.reshape([1, 2])
opt = tf.train.sgd(0.5)
opt.applyGradients({v.name: tf.tensor([1, 1])})
return [c, r, v]
// @case initial_tensor_unchanged_by_updates
const t = tf.tensor([1, 2]);
const v = tf.variable(t);
tf.train.sgd(1).applyGradients({[v.name]: tf.tensor([1, 1])});
return [t, v];
// @py
t = tf.tensor([1, 2])
v = tf.variable(t)
tf.train.sgd(1).applyGradients({v.name: tf.tensor([1, 1])})
return [t, v]
// @case memory_counts fresh
const t = tf.tensor([1, 2]);
const m0 = tf.memory();
const v = tf.variable(t);
const m1 = tf.memory();
// held in a name: Python frees unreferenced tensors
const n = tf.tensor([3, 4]);
v.assign(n);
const m2 = tf.memory();
const k = tf.tidy(() => tf.variable(tf.ones([2])));
const m3 = tf.memory();
return [[m0.numTensors, m0.numDataBuffers, m0.numBytes], [m1.numTensors, m1.numDataBuffers, m1.numBytes],
        [m2.numTensors, m2.numDataBuffers, m2.numBytes], [m3.numTensors, m3.numDataBuffers, m3.numBytes], k.isDisposed];
// @case dispose_variables fresh
// initial values held in names: Python frees unreferenced tensors
const ta = tf.tensor([1, 2]);
const tb = tf.tensor([3]);
const a = tf.variable(ta, true, 'a');
const b = tf.variable(tb, false, 'b');
const n0 = tf.memory().numTensors;
tf.disposeVariables();
const n1 = tf.memory().numTensors;
const a2 = tf.variable(tf.tensor([9]), true, 'a');
return [n0, n1, a.isDisposed, a2.name, a];
// @case trainable_zero_kept_as_is
const v = tf.variable(tf.tensor([1]), 0);
return v.trainable;
