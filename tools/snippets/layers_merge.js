// Merge layers (tfjs_compat/layers/merge.py): add, average, concatenate, dot, maximum,
// minimum, multiply: values, broadcasting and rank expansion, dtypes, symbolic shapes,
// masks (TF.js's Merge.computeMask quirks), configs and error texts.
// @case auto_names_and_configs fresh
const ls = [tf.layers.add(), tf.layers.average(), tf.layers.concatenate(), tf.layers.dot({axes: 1}), tf.layers.maximum(), tf.layers.minimum(), tf.layers.multiply(), tf.layers.add({}), tf.layers.concatenate({axis: 1, name: 'c'}), tf.layers.dot({axes: [1, 2], normalize: true}), tf.layers.dot({})];
for (const l of ls) console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.supportsMasking);
// @py
ls = [tf.layers.add(), tf.layers.average(), tf.layers.concatenate(), tf.layers.dot({'axes': 1}), tf.layers.maximum(), tf.layers.minimum(), tf.layers.multiply(), tf.layers.add({}), tf.layers.concatenate({'axis': 1, 'name': 'c'}), tf.layers.dot({'axes': [1, 2], 'normalize': True}), tf.layers.dot({})]
for l in ls:
    console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.supportsMasking)
// @case elementwise_values
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const b = tf.tensor2d([[0.5, -1, 2], [3, 3, -3]]);
const c = tf.tensor2d([[2, 2, 2], [1, 0, 1]]);
return [tf.layers.add().apply([a, b, c]), tf.layers.average().apply([a, b, c]), tf.layers.maximum().apply([a, b, c]), tf.layers.minimum().apply([a, b, c]), tf.layers.multiply().apply([a, b, c]), tf.layers.add().apply([a, b]), tf.layers.average().apply([a, b]), tf.layers.concatenate().apply([a, b, c])];
// @case elementwise_broadcast_and_rank_expansion
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const r = [];
for (const n of ['add', 'average', 'maximum', 'minimum', 'multiply']) {
  r.push(tf.layers[n]().apply([a, tf.tensor3d([[[1, 0, 2]], [[3, 1, 0]]])]));
  r.push(tf.layers[n]().apply([a, tf.tensor2d([[2], [0.5]])]));
  r.push(tf.layers[n]().apply([tf.tensor3d([[[1, 2, 3], [0, 0, 1]], [[1, 1, 1], [2, 2, 2]]]), a]));
}
return r;
// @py
a = tf.tensor2d([[1, 2, 3], [4, 5, 6]])
r = []
for n in ['add', 'average', 'maximum', 'minimum', 'multiply']:
    r.append(getattr(tf.layers, n)().apply([a, tf.tensor3d([[[1, 0, 2]], [[3, 1, 0]]])]))
    r.append(getattr(tf.layers, n)().apply([a, tf.tensor2d([[2], [0.5]])]))
    r.append(getattr(tf.layers, n)().apply([tf.tensor3d([[[1, 2, 3], [0, 0, 1]], [[1, 1, 1], [2, 2, 2]]]), a]))
return r
// @case int32_dtypes
const ai = tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32');
const bi = tf.tensor2d([[5, 1], [3, 1]], [2, 2], 'int32');
return [tf.layers.add().apply([ai, bi]), tf.layers.average().apply([ai, bi]), tf.layers.maximum().apply([ai, bi]), tf.layers.minimum().apply([ai, bi]), tf.layers.multiply().apply([ai, bi]), tf.layers.concatenate().apply([ai, bi]), tf.layers.add().apply([ai, tf.ones([2, 2])]), tf.layers.dot({axes: 1}).apply([ai, bi])];
// @case symbolic_shapes
const r = [];
for (const n of ['add', 'average', 'maximum', 'minimum', 'multiply']) {
  r.push(tf.layers[n]().apply([tf.input({shape: [3]}), tf.input({shape: [2, 3]})]).shape);
  r.push(tf.layers[n]().apply([tf.input({shape: [null]}), tf.input({shape: [4]})]).shape);
  r.push(tf.layers[n]().apply([tf.input({shape: [1]}), tf.input({shape: [4]})]).shape);
  r.push(tf.layers[n]().apply([tf.input({batchShape: [5, 3]}), tf.input({shape: [3]})]).shape);
}
r.push(tf.layers.concatenate().apply([tf.input({shape: [3]}), tf.input({shape: [4]})]).shape);
r.push(tf.layers.concatenate().apply([tf.input({shape: [3]}), tf.input({shape: [null]})]).shape);
r.push(tf.layers.concatenate({axis: 1}).apply([tf.input({shape: [2, 3]}), tf.input({shape: [5, 3]}), tf.input({shape: [1, 3]})]).shape);
r.push(tf.layers.concatenate({axis: -2}).apply([tf.input({batchShape: [4, 2, 3]}), tf.input({batchShape: [4, 5, 3]})]).shape);
r.push(tf.layers.add().computeOutputShape([[null, 3], [7, 3]]));
r.push(tf.layers.concatenate().computeOutputShape([[null, 3], [null, 2]]));
return r;
// @py
r = []
for n in ['add', 'average', 'maximum', 'minimum', 'multiply']:
    r.append(getattr(tf.layers, n)().apply([tf.input({'shape': [3]}), tf.input({'shape': [2, 3]})]).shape)
    r.append(getattr(tf.layers, n)().apply([tf.input({'shape': [None]}), tf.input({'shape': [4]})]).shape)
    r.append(getattr(tf.layers, n)().apply([tf.input({'shape': [1]}), tf.input({'shape': [4]})]).shape)
    r.append(getattr(tf.layers, n)().apply([tf.input({'batchShape': [5, 3]}), tf.input({'shape': [3]})]).shape)
r.append(tf.layers.concatenate().apply([tf.input({'shape': [3]}), tf.input({'shape': [4]})]).shape)
r.append(tf.layers.concatenate().apply([tf.input({'shape': [3]}), tf.input({'shape': [None]})]).shape)
r.append(tf.layers.concatenate({'axis': 1}).apply([tf.input({'shape': [2, 3]}), tf.input({'shape': [5, 3]}), tf.input({'shape': [1, 3]})]).shape)
r.append(tf.layers.concatenate({'axis': -2}).apply([tf.input({'batchShape': [4, 2, 3]}), tf.input({'batchShape': [4, 5, 3]})]).shape)
r.append(tf.layers.add().computeOutputShape([[None, 3], [7, 3]]))
r.append(tf.layers.concatenate().computeOutputShape([[None, 3], [None, 2]]))
return r
// @case merge_one_input_list
tf.layers.add().apply([tf.ones([2, 3])]);
// @case merge_single_tensor
tf.layers.multiply().apply(tf.ones([2, 3]));
// @case merge_broadcast_error
tf.layers.maximum().apply([tf.ones([2, 3]), tf.ones([2, 4])]);
// @case merge_broadcast_error_longer_second
tf.layers.add().apply([tf.input({shape: [3]}), tf.input({shape: [2, 4]})]);
// @case merge_broadcast_error_rank2
tf.layers.average().apply([tf.input({shape: [2, 3]}), tf.input({shape: [4, 3]})]);
// @case merge_batch_size_error
tf.layers.add().apply([tf.ones([2, 3]), tf.ones([1, 3])]);
// @case merge_batch_size_error_symbolic
tf.layers.minimum().apply([tf.input({batchShape: [2, 3]}), tf.input({batchShape: [5, 3]})]);
// @case merge_in_functional_model
const x1 = tf.input({shape: [2]});
const x2 = tf.input({shape: [2]});
const d1 = tf.layers.dense({units: 3, kernelInitializer: 'ones', name: 'md1'}).apply(x1);
const d2 = tf.layers.dense({units: 3, kernelInitializer: tf.initializers.constant({value: 2}), name: 'md2'}).apply(x2);
const s = tf.layers.add({name: 'madd'}).apply([d1, d2]);
const c = tf.layers.concatenate({name: 'mcat'}).apply([s, d1]);
const d = tf.layers.dot({axes: 1, name: 'mdot'}).apply([d1, d2]);
const m = tf.model({inputs: [x1, x2], outputs: [c, d]});
return [m.predict([tf.tensor2d([[1, 2], [0, -1]]), tf.tensor2d([[1, 0], [2, 2]])]), c.shape, d.shape, s.name];
// @case concatenate_values_axes
const a = tf.tensor3d([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
const b = tf.tensor3d([[[0, -1], [2, 2]], [[9, 9], [1, 0]]]);
return [tf.layers.concatenate({axis: 1}).apply([a, b]), tf.layers.concatenate({axis: 2}).apply([a, b]), tf.layers.concatenate({axis: -2}).apply([a, b]), tf.layers.concatenate({axis: 0}).apply([a, b]), tf.layers.concatenate().apply([a, tf.ones([2, 2, 1])])];
// @case concatenate_one_input
tf.layers.concatenate().apply([tf.ones([2, 3])]);
// @case concatenate_single_tensor
tf.layers.concatenate().apply(tf.ones([2, 3]));
// @case concatenate_shape_error
tf.layers.concatenate().apply([tf.input({shape: [3]}), tf.input({shape: [2, 3]})]);
// @case concatenate_shape_error_eager
tf.layers.concatenate().apply([tf.ones([2, 3]), tf.ones([1, 3])]);
// @case concatenate_null_vs_known
tf.layers.concatenate().apply([tf.input({shape: [3]}), tf.input({batchShape: [2, 3]})]);
// @case masks
const m1 = tf.tensor2d([[1, 0, 1]], [1, 3], 'bool');
const m2 = tf.tensor2d([[1, 1, 0]], [1, 3], 'bool');
const m3 = tf.tensor2d([[0, 1, 1]], [1, 3], 'bool');
const x = tf.ones([1, 3, 2]);
const add = tf.layers.add();
const cat = tf.layers.concatenate();
return [add.computeMask([x, x], [m1, m2]), add.computeMask([x, x, x], [m1, m2, m3]), add.computeMask([x, x], [m1, null]), add.computeMask([x, x], [null, m1]), add.computeMask([x, x], [null, null]), add.computeMask([x, x], null), cat.computeMask([x, x], [m1, m2]), cat.computeMask([x, x, x], [m1, m2, m3]), cat.computeMask([x, x], [m1, null]), cat.computeMask([x, x], [null, null]), cat.computeMask([x, x], null), tf.layers.concatenate({axis: 1}).computeMask([x, x], [m1, m2]), tf.layers.concatenate({axis: 2}).computeMask([x, x], [m1, null]), tf.layers.dot({axes: 1}).computeMask([x, x], [m1, m2])];
// @case mask_not_array
tf.layers.add().computeMask([tf.ones([1, 3]), tf.ones([1, 3])], tf.tensor2d([[1, 0, 1]], [1, 3], 'bool'));
// @case mask_length_mismatch
tf.layers.maximum().computeMask([tf.ones([1, 3]), tf.ones([1, 3])], [tf.tensor2d([[1, 0, 1]], [1, 3], 'bool')]);
// @case mask_inputs_not_array
tf.layers.add().computeMask(tf.ones([1, 3]), [tf.tensor2d([[1, 0, 1]], [1, 3], 'bool'), null]);
// @case concat_mask_not_array
tf.layers.concatenate().computeMask([tf.ones([1, 3]), tf.ones([1, 3])], tf.tensor2d([[1, 0, 1]], [1, 3], 'bool'));
// @case concat_mask_length_mismatch
tf.layers.concatenate().computeMask([tf.ones([1, 3]), tf.ones([1, 3])], [tf.tensor2d([[1, 0, 1]], [1, 3], 'bool')]);
// @case concat_mask_inputs_not_array
tf.layers.concatenate().computeMask(tf.ones([1, 3]), [tf.tensor2d([[1, 0, 1]], [1, 3], 'bool'), null]);
// @case concat_mask_shape_error
tf.layers.concatenate({axis: 1}).computeMask([tf.ones([1, 3, 2]), tf.ones([1, 3, 2])], [tf.tensor2d([[1, 0, 1]], [1, 3], 'bool'), null]);
// @case dot_values
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const b = tf.tensor2d([[0.5, -1, 2], [3, 3, -3]]);
const c = tf.tensor2d([[1, 2], [0, 1], [3, -1]]);
const a3 = tf.tensor3d([[[1, 2], [3, 4], [5, 6]], [[0, 1], [1, 0], [2, 2]]]);
const b3 = tf.tensor3d([[[1, 0, 2], [1, 1, 1]], [[2, 1, 0], [-1, 3, 1]]]);
const d = (o, x, y) => tf.layers.dot(o).apply([x, y]);
return [d({axes: 1}, a, b), d({axes: -1}, a, b), d({axes: 0}, a, b), d({axes: [0, 1]}, a, c), d({axes: [1, 0]}, a, c), d({axes: -3}, a, a), d({axes: [-1, -1]}, a, a), d({axes: [2, 1]}, a3, b3), d({axes: [1, 2]}, a3, b3), d({axes: 2}, a3, a3), d({axes: 1}, a3, a3), d({axes: -1}, a3, a3), d({axes: [1, 1]}, a3, a), d({axes: [2, 1]}, a3, tf.ones([2, 2])), d({axes: [1, 1]}, a, a3), d({axes: [1, 2]}, tf.ones([2, 2]), a3), d({axes: 1}, a3, tf.ones([2, 3]))];
// @case dot_normalize
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const b = tf.tensor2d([[0.5, -1, 2], [3, 3, -3]]);
const a3 = tf.tensor3d([[[1, 2], [3, 4], [5, 6]], [[0, 1], [1, 0], [2, 2]]]);
const b3 = tf.tensor3d([[[1, 0, 2], [1, 1, 1]], [[2, 1, 0], [-1, 3, 1]]]);
const d = (o, x, y) => tf.layers.dot(o).apply([x, y]);
return [d({axes: 1, normalize: true}, a, b), d({axes: [2, 1], normalize: true}, a3, b3), d({axes: [1, 2], normalize: true}, tf.tensor2d([[1, 2], [0, 3]]), a3), d({axes: 1, normalize: true}, tf.zeros([1, 2]), tf.ones([1, 2])), d({axes: [2, 1]}, tf.tensor3d([[[1, 2]]], [1, 1, 2], 'int32'), tf.tensor3d([[[1], [2]]], [1, 2, 1], 'int32'))];
// @case dot_symbolic_shapes
const s = (o, x, y) => tf.layers.dot(o).apply([tf.input({shape: x}), tf.input({shape: y})]).shape;
return [s({axes: 1}, [3], [3]), s({axes: [2, 1]}, [3, 2], [2, 3]), s({axes: [1, 2]}, [3, 2], [4, 3]), s({axes: 1}, [3, 2], [3]), tf.layers.dot({axes: [1, 2]}).computeOutputShape([[null, 3, 2], [null, 4, 3]]), tf.layers.dot({axes: 1}).computeOutputShape([[null, 3, 2], [null, 3]]), tf.layers.dot({axes: 1}).computeOutputShape([[null, 3], [null, 3]])];
// @case dot_dimension_mismatch
tf.layers.dot({axes: 1}).apply([tf.ones([2, 3]), tf.ones([2, 4])]);
// @case dot_dimension_undefined
tf.layers.dot({axes: 2}).apply([tf.ones([2, 3, 2]), tf.ones([2, 2])]);
// @case dot_negative_axes_list_error
tf.layers.dot({axes: [-1, 1]}).apply([tf.ones([2, 3]), tf.ones([2, 3])]);
// @case dot_null_dimension
tf.layers.dot({axes: [2, 1]}).apply([tf.input({shape: [3, null]}), tf.input({shape: [4, 3]})]);
// @case dot_three_inputs
tf.layers.dot({axes: 1}).apply([tf.ones([2, 3]), tf.ones([2, 3]), tf.ones([2, 3])]);
// @case dot_one_input
tf.layers.dot({axes: 1}).apply([tf.ones([2, 3])]);
// @case dot_single_tensor
tf.layers.dot({axes: 1}).apply(tf.ones([2, 3]));
// @case dot_rank4
tf.layers.dot({axes: 1}).apply([tf.ones([2, 3, 2, 2]), tf.ones([2, 3, 4])]);
// @case dot_rank4_shape
tf.layers.dot({axes: 1}).computeOutputShape([[null, 3], [null, 3, 2, 1]]);
// @case dot_rank1
tf.layers.dot({axes: 1}).apply([tf.ones([3]), tf.ones([3])]);
// @case dot_no_args
tf.layers.dot();
