// @case tensor2d_print
tf.tensor2d([[1, -20], [300, 4.5]]).print();
// @case one_row
tf.tensor2d([[1, 2, 3]]).print();
// @case rank3
tf.tensor3d([1,2,3,4,5,6,7,8,9,10,11,12], [3,2,2]).print();
// @case rank4
tf.tensor4d([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16], [2,2,2,2]).print();
// @case quirk_213
tf.tensor3d([1,2,3,4,5,6], [2,1,3]).print();
// @case zeros1111
tf.zeros([1,1,1,1]).print();
// @case empty_shapes
tf.zeros([0]).print(); tf.zeros([0,3]).print(); tf.zeros([2,0]).print(); tf.zeros([2,0,3]).print(); tf.zeros([0,2,3]).print(true);
// @case trunc_25x25
tf.tensor(Array.from({length: 625}, (_, i) => i), [25, 25]).print();
// @py
tf.tensor(list(range(625)), [25, 25]).print()
// @case verbose
tf.tensor2d([[1, 2], [3, 4]]).print(true);
// @case scalars
tf.scalar(0.1).print(); tf.scalar(1e-7).print(); tf.scalar('hello').print(); tf.scalar(true).print(); tf.complex(1.5, 2).print();
// @case values
return tf.tensor([1.5, 2, 3], [3], 'int32');
// @case err_shape
tf.tensor([1,2,3],[2,2]);
// @case memory_seq fresh
const a = tf.tensor([1]);
const m1 = tf.memory().numTensors;
const b = tf.tidy(() => { const c = tf.ones([2]); return c.add(1); });
return [m1, tf.memory().numTensors, a.id];
// @py
a = tf.tensor([1])
m1 = tf.memory().numTensors
b = tf.tidy(lambda: tf.ones([2]).add(1))
return [m1, tf.memory().numTensors, a.id]
// @case readme_snippet fresh
const a = tf.tensor2d([[1, -20], [300, 4.5]]);
a.print();
const b = tf.tidy(() => a.mul(2).add(1));
console.log(tf.memory().numTensors);
const data = await b.data();
tf.scalar(0.1).print();
return data;
// @py
a = tf.tensor2d([[1, -20], [300, 4.5]])
a.print()
b = tf.tidy(lambda: a.mul(2).add(1))
print(tf.memory().numTensors)
data = b.data()
tf.scalar(0.1).print()
return data
