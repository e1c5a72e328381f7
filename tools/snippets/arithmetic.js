// Binary arithmetic (tfjs_compat/ops/arithmetic.py): broadcasting, dtype upcasting
// (bool < int32 < float32 < complex64, a number is a float32 scalar), int32 floor
// division, bool results, NaN/Infinity/-0, TensorLike arguments and error texts.
// Shared operands: f float32, i int32, b bool (each of shape [2]).

// @case add_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.add(f, f), tf.add(f, i), tf.add(i, f), tf.add(i, i), tf.add(i, b), tf.add(b, i), tf.add(b, f), tf.add(f, b), tf.add(i, 2), tf.add(2, i), tf.add(b, 2), tf.add(2, b), tf.add(f, 2)];
// @case add_bool_bool
// TF.js keeps the raw sums ([2,1,1,0]) in a bool tensor: compared by dtype and print.
const r = tf.add(tf.tensor1d([true, false, true, false]), tf.tensor1d([true, true, false, false]));
r.print();
return r.dtype;
// @case add_lists_and_numbers
return [tf.add([1, 2], [3, 4]), tf.add(3, 4), tf.add(true, 4), tf.add(tf.tensor1d([1, 2], 'int32'), [1, 2]), tf.add([1, 2], tf.tensor1d([1, 2], 'int32')), tf.add(0.1, 0.2)];
// @case add_bool_scalars
return tf.mul(true, false);
// @case add_broadcast
return [tf.add(tf.ones([2, 3]), tf.tensor1d([1, 2, 3])), tf.add(tf.tensor2d([[1], [2]]), tf.tensor2d([[10, 20, 30]])), tf.add(tf.ones([2, 3]), tf.ones([4, 2, 1])), tf.add(tf.ones([0, 3]), tf.ones([1])), tf.add(tf.scalar(5), tf.ones([2, 2])), tf.add(tf.scalar(1), tf.scalar(2))];
// @case add_int_wraps
return tf.add(tf.tensor1d([2147483647, -2147483648], 'int32'), tf.tensor1d([1, -1], 'int32'));
// @case add_special_values
return tf.add(tf.tensor1d([NaN, Infinity, -Infinity, Infinity, -0.0, 3e38]), tf.tensor1d([1, 1, 1, -Infinity, -0.0, 3e38]));
// @case add_chained
return tf.tensor1d([1, 2]).add(tf.tensor1d([3, 4])).add(1);
// @case add_complex
const c = tf.complex([1, 2], [3, -1]);
return [tf.add(c, c), tf.add(c, tf.tensor1d([0.5, -1.5])), tf.add(tf.tensor1d([7, -7], 'int32'), c), tf.add(c, tf.tensor1d([true, false])), tf.add(c, tf.complex([1], [1]))];
// @case add_complex_broadcast
return tf.add(tf.complex([[1], [2]], [[3], [4]]), tf.complex([10, 20], [1, 2]));
// @case add_complex_print
tf.add(tf.complex([1, 2], [3, -1]), tf.complex([1, 1], [1, 1])).print();
// @case add_broadcast_error
tf.add(tf.ones([2, 3]), tf.ones([2, 4]));
// @case add_broadcast_error_zero
tf.add(tf.ones([2, 3]), tf.ones([0, 3]));
// @case add_complex_broadcast_error
tf.add(tf.complex([1, 2], [1, 1]), tf.complex([1, 2, 3], [1, 1, 1]));
// @case add_string_a
tf.add(tf.tensor1d(['a', 'b']), 1);
// @case add_string_b
tf.add(tf.tensor1d([1, 2]), tf.tensor1d(['a', 'b']));
// @case add_string_literal
tf.add('3', 4);
// @case add_null
tf.add(null, 1);
// @case add_object
tf.add(1, {});
// @case add_string_string
tf.add(tf.tensor1d(['a']), tf.tensor1d(['b']));

// @case sub_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.sub(f, f), tf.sub(f, i), tf.sub(i, f), tf.sub(i, i), tf.sub(i, b), tf.sub(b, i), tf.sub(b, f), tf.sub(i, 1), tf.sub(1, i), tf.sub(b, 2), tf.sub(1, f)];
// @case sub_bool_bool
// TF.js keeps [0,255,1,0] in the bool tensor: compared by dtype and print.
const r = tf.sub(tf.tensor1d([true, false, true, false]), tf.tensor1d([true, true, false, false]));
r.print();
return r.dtype;
// @case sub_special_values
return [tf.sub(tf.tensor1d([NaN, Infinity, Infinity, 0, -0.0, 0]), tf.tensor1d([1, Infinity, -Infinity, -0.0, 0, 0])), tf.sub(tf.tensor1d([-2147483648], 'int32'), tf.tensor1d([1], 'int32'))];
// @case sub_broadcast_chained
return tf.tensor2d([[1, 2], [3, 4]]).sub(tf.tensor1d([10, 20]));
// @case sub_complex
const c = tf.complex([1, 2], [3, -1]);
return [tf.sub(c, c), tf.sub(c, tf.tensor1d([0.5, -1.5])), tf.sub(tf.tensor1d([7, -7], 'int32'), c)];
// @case sub_string
tf.sub(1, tf.tensor1d(['a']));

// @case mul_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.mul(f, f), tf.mul(f, i), tf.mul(i, i), tf.mul(i, b), tf.mul(b, f), tf.mul(b, b), tf.mul(i, 2), tf.mul(2, b), tf.mul(f, -1)];
// @case mul_int_wraps
// int32 products are formed as doubles, so past 2**53 they round before wrapping.
return tf.mul(tf.tensor1d([65536, 3, 2147483647, -2147483648], 'int32'), tf.tensor1d([65536, 1000000000, 2147483647, -1], 'int32'));
// @case mul_special_values
return tf.mul(tf.tensor1d([0, -0.0, NaN, Infinity, Infinity, 3e38, 1e-45, -2]), tf.tensor1d([Infinity, 5, 1, -1, 0, 10, 0.5, 0]));
// @case mul_broadcast_chained
return tf.tensor2d([[1, 2], [3, 4]]).mul(tf.tensor2d([[2], [-1]]));
// @case mul_complex
const c = tf.complex([1, 2], [3, -1]);
return [tf.mul(c, c), tf.mul(c, tf.tensor1d([0.5, -1.5])), tf.mul(tf.tensor1d([7, -7], 'int32'), c), tf.mul(c, tf.tensor1d([true, false]))];
// @case mul_broadcast_error
tf.mul(tf.ones([3]), tf.ones([2]));

// @case div_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.div(f, f), tf.div(f, i), tf.div(i, f), tf.div(i, i), tf.div(i, b), tf.div(b, i), tf.div(b, f), tf.div(f, b), tf.div(b, b), tf.div(i, 2), tf.div(2, i), tf.div(b, 2), tf.div(2, b)];
// @case div_int_floors
return [tf.div(tf.tensor1d([7, -7, 7, -7, 0, 5, 2147483647, -2147483648], 'int32'), tf.tensor1d([2, 2, -2, -2, 0, 0, 1, -1], 'int32')), tf.div(tf.tensor1d([true, true], 'bool'), tf.tensor1d([-2, 2], 'int32')), tf.div(tf.tensor1d([7, -7], 'int32'), 1.5)];
// @case div_special_values
return tf.div(tf.tensor1d([5, -5, 0, 0, -0.0, NaN, Infinity, -Infinity, 7.5, 1]), tf.tensor1d([0, 0, 0, -0.0, 3, 2, 2, 2, -2, 3]));
// @case div_broadcast_chained
return [tf.tensor2d([[1, 2], [3, 4]]).div(tf.tensor1d([2, 4])), tf.tensor1d([1, 2]).div(3)];
// @case div_complex
tf.div(tf.complex([1, 2], [1, 1]), tf.complex([1, 2], [1, 1]));
// @case div_complex_before_broadcast
tf.div(tf.complex([1, 2], [1, 1]), tf.ones([3]));
// @case div_string
tf.div(tf.tensor1d(['a']), 2);
// @case div_broadcast_error
tf.div(tf.ones([2, 2]), tf.ones([3]));

// @case divNoNan_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.divNoNan(f, f), tf.divNoNan(f, i), tf.divNoNan(i, i), tf.divNoNan(i, b), tf.divNoNan(b, b), tf.divNoNan(f, b), tf.divNoNan(2, b), tf.divNoNan(i, 2)];
// @case divNoNan_zeros
return [tf.divNoNan(tf.tensor1d([5, -5, 0, 0, NaN, Infinity, 1]), tf.tensor1d([0, -0.0, 0, -0.0, 2, 2, 4])), tf.divNoNan(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([0, 0], 'int32'))];
// @case divNoNan_broadcast_chained
return [tf.divNoNan(tf.tensor1d([1, 2]), tf.tensor1d([0])), tf.tensor2d([[1, 2], [3, 4]]).divNoNan(tf.tensor1d([0, 2]))];
// @case divNoNan_broadcast_error
tf.divNoNan(tf.tensor1d([1, 2]), tf.tensor1d([0, 1, 2]));
// @case divNoNan_null
tf.divNoNan(null, 1);
// @case divNoNan_string
tf.divNoNan(1, tf.tensor1d(['a']));
// @case divNoNan_complex
tf.divNoNan(tf.complex([1], [1]), 1);

// @case floorDiv_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.floorDiv(f, f), tf.floorDiv(f, i), tf.floorDiv(i, f), tf.floorDiv(i, i), tf.floorDiv(i, b), tf.floorDiv(b, f), tf.floorDiv(b, b), tf.floorDiv(i, 2), tf.floorDiv(2, f), tf.floorDiv(2, b)];
// @case floorDiv_special_values
// floor(a / b) of the float32 values computed as doubles: 1 / 0.1 floors to 9.
return [tf.floorDiv(tf.tensor1d([1, 0.3, 1e10, -1, 5, -5, 0, NaN, Infinity]), tf.tensor1d([0.1, 0.1, 3.3, 0.1, 0, 0, 0, 1, 2])), tf.floorDiv(tf.tensor1d([-2147483648, 7], 'int32'), tf.tensor1d([-1, 0], 'int32'))];
// @case floorDiv_broadcast_chained
return tf.tensor2d([[7, -7], [8, 9]]).floorDiv(tf.tensor1d([2, 4]));
// @case floorDiv_complex
tf.floorDiv(tf.complex([1], [1]), 1);
// @case floorDiv_string
tf.floorDiv(tf.tensor1d(['a']), 1);

// @case mod_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.mod(f, f), tf.mod(f, i), tf.mod(i, f), tf.mod(i, i), tf.mod(i, b), tf.mod(b, i), tf.mod(b, f), tf.mod(f, b), tf.mod(b, b), tf.mod(i, 2), tf.mod(2, i), tf.mod(2, b)];
// @case mod_signs
return [tf.mod(tf.tensor1d([7, -7, 7, -7, 0, 5, 2147483647], 'int32'), tf.tensor1d([2, 2, -2, -2, 0, 0, 1], 'int32')), tf.mod(tf.tensor1d([7.5, -7.5, 7.5, -7.5]), tf.tensor1d([2, 2, -2, -2]))];
// @case mod_special_values
return tf.mod(tf.tensor1d([5, -5, 0, -0.0, NaN, Infinity, 2, -2, 5.5, -5.5, 1e10, 3]), tf.tensor1d([0, 0, 0, 3, 2, 2, Infinity, Infinity, 0.1, 0.1, 3.3, -Infinity]));
// @case mod_broadcast_chained
return tf.tensor2d([[5, -5], [6, 7]]).mod(tf.tensor1d([3, -4]));
// @case mod_complex
tf.mod(tf.complex([1], [1]), 1);
// @case mod_string
tf.mod(1, tf.tensor1d(['a']));

// @case pow_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.pow(f, f), tf.pow(f, i), tf.pow(i, f), tf.pow(i, i), tf.pow(i, b), tf.pow(b, i), tf.pow(b, f), tf.pow(b, b), tf.pow(i, 1), tf.pow(2, i), tf.pow(2, b), tf.pow(f, 2)];
// @case pow_js_rules
// JS Math.pow: pow(1, NaN) and pow(+-1, +-Infinity) are NaN (C gives 1).
return tf.pow(tf.tensor1d([1, 1, -1, -1, NaN, 0, 0, -0.0, 2, -8, 4, -2, -2]), tf.tensor1d([NaN, Infinity, Infinity, -Infinity, 0, -1, 0, -1, 0.5, 1 / 3, -0.5, 3, 0.5]));
// @case pow_int_overflow
return tf.pow(tf.tensor1d([2, 3, 2, -2, 0, 10], 'int32'), tf.tensor1d([31, 40, -1, 31, 0, 9], 'int32'));
// @case pow_broadcast_chained
return [tf.tensor2d([[1, 2], [3, 4]]).pow(tf.tensor1d([2, 0.5])), tf.tensor1d([2, 3], 'int32').pow(tf.scalar(2, 'int32'))];
// @case pow_complex
tf.pow(tf.complex([1], [1]), 2);
// @case pow_string_base
tf.pow(tf.tensor1d(['a']), 1);
// @case pow_string_literal
tf.pow('a', 1);
// @case pow_string_exp
tf.pow(1, tf.tensor1d(['a']));
// @case pow_null
tf.pow(2, null);
// @case pow_broadcast_error
tf.pow(tf.ones([3]), tf.ones([2]));

// @case maximum_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.maximum(f, f), tf.maximum(f, i), tf.maximum(i, i), tf.maximum(i, b), tf.maximum(b, f), tf.maximum(b, b), tf.maximum(i, 2), tf.maximum(2, b), tf.maximum(f, 0)];
// @case maximum_special_values
return tf.maximum(tf.tensor1d([5, -5, 0, NaN, 1, Infinity, -Infinity]), tf.tensor1d([0, 0, -0.0, 2, NaN, 2, 2]));
// @case maximum_broadcast_chained
return tf.tensor2d([[1, 5], [3, -4]]).maximum(tf.tensor1d([2, 0]));
// @case maximum_complex
tf.maximum(tf.complex([1], [1]), tf.ones([3]));
// @case maximum_string
tf.maximum(tf.tensor1d(['a']), 1);
// @case minimum_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.minimum(f, f), tf.minimum(f, i), tf.minimum(i, i), tf.minimum(i, b), tf.minimum(b, f), tf.minimum(b, b), tf.minimum(i, 2), tf.minimum(2, b), tf.minimum(f, 0)];
// @case minimum_special_values
return tf.minimum(tf.tensor1d([5, -5, 0, NaN, 1, Infinity, -Infinity]), tf.tensor1d([0, 0, -0.0, 2, NaN, 2, 2]));
// @case minimum_broadcast_chained
return tf.tensor2d([[1, 5], [3, -4]]).minimum(tf.tensor1d([2, 0]));
// @case minimum_complex
tf.minimum(tf.complex([1], [1]), 1);
// @case minimum_broadcast_error
tf.minimum(tf.ones([2, 3]), tf.ones([2]));

// @case squaredDifference_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.squaredDifference(f, f), tf.squaredDifference(f, i), tf.squaredDifference(i, i), tf.squaredDifference(i, b), tf.squaredDifference(b, i), tf.squaredDifference(b, f), tf.squaredDifference(b, b), tf.squaredDifference(i, 2), tf.squaredDifference(2, b)];
// @case squaredDifference_values
return [tf.squaredDifference(tf.tensor1d([0.1, NaN, Infinity, 3e20]), tf.tensor1d([0.3, 1, 1, -3e20])), tf.squaredDifference(tf.tensor1d([2147483647, -2147483648, 46341], 'int32'), tf.tensor1d([1, -1, 0], 'int32'))];
// @case squaredDifference_broadcast_chained
return tf.tensor2d([[1, 2], [3, 4]]).squaredDifference(tf.tensor1d([1, -1]));
// @case squaredDifference_complex
tf.squaredDifference(tf.complex([1], [1]), 1);
// @case squaredDifference_string
tf.squaredDifference(1, tf.tensor1d(['a']));

// @case atan2_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.atan2(f, f), tf.atan2(f, i), tf.atan2(i, f), tf.atan2(i, i), tf.atan2(i, b), tf.atan2(b, i), tf.atan2(b, f), tf.atan2(b, b), tf.atan2(i, 2), tf.atan2(2, f), tf.atan2(b, 2)];
// @case atan2_quadrants
return tf.atan2(tf.tensor1d([5, -5, 0, 0, -0.0, NaN, Infinity, -Infinity, 7.5, -7.5, 1, Infinity]), tf.tensor1d([0, 0, 0, -0.0, 3, 2, 2, 2, -2, 2, -Infinity, Infinity]));
// @case atan2_broadcast_chained
return tf.tensor2d([[1, -1], [0, 2]]).atan2(tf.tensor1d([1, -1]));
// @case atan2_complex
tf.atan2(tf.complex([1], [1]), 1);
// @case atan2_string
tf.atan2(tf.tensor1d(['a']), 1);

// @case bitwiseAnd_basic
return [tf.bitwiseAnd(tf.tensor1d([12, -1, 7, -2147483648], 'int32'), tf.tensor1d([10, 5, 0, -1], 'int32')), tf.bitwiseAnd(tf.tensor2d([[3, 6], [5, 9]], [2, 2], 'int32'), tf.tensor2d([[1, 2], [4, 8]], [2, 2], 'int32'))];
// @case bitwiseAnd_shape_error
tf.bitwiseAnd(tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.tensor1d([3, 4], 'int32'));
// @case bitwiseAnd_scalar_error
tf.bitwiseAnd(tf.tensor1d([1, 2], 'int32'), 2);
// @case bitwiseAnd_float_error
tf.bitwiseAnd(tf.tensor1d([1]), tf.tensor1d([1], 'int32'));
// @case bitwiseAnd_list_error
tf.bitwiseAnd([1, 2], [3, 4]);
// @case bitwiseAnd_bool_error
tf.bitwiseAnd(tf.tensor1d([1], 'int32'), tf.tensor1d([true]));
// @case bitwiseAnd_null
tf.bitwiseAnd(null, [3, 4]);
// @case bitwiseAnd_string
tf.bitwiseAnd(tf.tensor1d(['a']), tf.tensor1d(['b']));

// @case addN_basic
return [tf.addN([tf.tensor1d([1, 2]), tf.tensor1d([3, 4]), tf.tensor1d([0.5, -0.5])]), tf.addN([tf.tensor1d([1, 2])]), tf.addN([tf.tensor1d([1, 2], 'int32'), tf.tensor1d([2147483647, 3], 'int32')]), tf.addN([[1, 2], [3, 4]]), tf.addN([1, 2])];
// @case addN_bool
// TF.js keeps the raw sums ([2,1,0]) in a bool tensor: compared by dtype and print.
const r = tf.addN([tf.tensor1d([true, true, false]), tf.tensor1d([true, false, false])]);
r.print();
return r.dtype;
// @case addN_empty
tf.addN([]);
// @case addN_not_list
tf.addN(tf.ones([2]));
// @case addN_shape
tf.addN([tf.ones([2]), tf.ones([3])]);
// @case addN_dtype
tf.addN([tf.ones([2]), tf.ones([2], 'int32')]);
// @case addN_dtype_before_shape
tf.addN([tf.ones([1]), tf.ones([2], 'int32')]);
// @case addN_null_item
tf.addN([tf.ones([2]), null]);
// @case addN_string
tf.addN([tf.tensor1d(['a']), tf.tensor1d(['b'])]);
// @case addN_complex
tf.addN([tf.complex([1], [2]), tf.complex([1], [2])]);

// @case print_results
tf.div(tf.tensor1d([1, 2, 3]), 3).print();
tf.mul(tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'), tf.tensor1d([2, -3], 'int32')).print();
tf.pow(tf.scalar(2), 0.5).print();

// @case int_float_exact
// An int32 operand upcast to float32 keeps its exact value: the op runs on doubles.
const i = tf.tensor1d([16777217, 2147483647], 'int32');
return [tf.add(i, tf.tensor1d([1, 0])), tf.sub(i, 1), tf.mul(i, 1), tf.maximum(i, 1), tf.minimum(i, 3e9), tf.div(i, 1), tf.floorDiv(i, 1), tf.mod(i, 1e9), tf.squaredDifference(i, 0), tf.atan2(i, 1), tf.pow(i, 1), tf.divNoNan(i, 1)];

// @case empty_tensors
const z = tf.zeros([0]);
return [tf.add(z, 1), tf.sub(tf.zeros([2, 0]), tf.zeros([1, 0])), tf.mul(tf.zeros([0], 'int32'), tf.zeros([0], 'int32')), tf.div(z, z), tf.floorDiv(z, 2), tf.mod(z, 2), tf.pow(z, 2), tf.maximum(z, 1), tf.squaredDifference(z, 1), tf.atan2(z, 1), tf.divNoNan(z, 0), tf.addN([z, z]), tf.bitwiseAnd(tf.zeros([0], 'int32'), tf.zeros([0], 'int32'))];
// @case broadcast_rank3
return [tf.add(tf.tensor3d([[[1, 2, 3]], [[4, 5, 6]]]), tf.tensor2d([[10], [20], [30], [40]])), tf.mul(tf.tensor1d([1, 2], 'int32'), tf.tensor2d([[1], [2], [3]], [3, 1], 'int32'))];
