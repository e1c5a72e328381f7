// Comparison, logical and NaN/Infinity tests (tfjs_compat/ops/logical.py): bool
// results, upcasting and broadcasting, string comparisons, bool-only logical ops.
// Shared operands: f float32, i int32, b bool (each of shape [2]).

// @case equal_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.equal(f, f), tf.equal(f, i), tf.equal(i, i), tf.equal(i, b), tf.equal(b, b), tf.equal(b, f), tf.equal(i, 7), tf.equal(-7, i), tf.equal(b, 1), tf.equal(b, true), tf.equal(f, 0.5)];
// @case equal_special_values
return tf.equal(tf.tensor1d([NaN, 1, 0, Infinity, -Infinity]), tf.tensor1d([NaN, 1, -0.0, Infinity, Infinity]));
// @case equal_int_vs_float
// The int32 operand is cast to float32 first: 16777217 becomes 16777216.
return tf.equal(tf.tensor1d([16777217, 3], 'int32'), tf.tensor1d([16777216, 3]));
// @case equal_lists_broadcast
return [tf.equal([1, 2, 3], 2), tf.equal(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1, 4])), tf.equal(tf.tensor1d([1, 2.5]), [1, 2]), tf.equal(3, 3), tf.equal(tf.ones([0, 2]), 1)];
// @case equal_strings
return [tf.equal(tf.tensor1d(['a', 'b']), 'a'), tf.equal(tf.tensor1d(['a', 'b']), tf.tensor1d(['a', 'c'])), tf.equal(tf.tensor2d([['a'], ['b']]), tf.tensor1d(['a', 'b'])), tf.equal(tf.scalar('x'), tf.scalar('x'))];
// @case equal_chained
return tf.tensor1d([1, 2, 3]).equal(tf.tensor1d([1, 0, 3]));
// @case equal_print
tf.equal(tf.tensor2d([[1, 2], [3, 4]]), 2).print();
// @case equal_string_number
tf.equal(tf.tensor1d(['a', 'b']), 1);
// @case equal_number_string
tf.equal(1, tf.tensor1d(['a']));
// @case equal_string_shape
tf.equal(tf.tensor1d(['a', 'b']), tf.tensor1d(['a', 'b', 'c']));
// @case equal_complex
tf.equal(tf.complex([1], [1]), 1);
// @case equal_complex_string
tf.equal(tf.complex([1], [1]), tf.tensor1d(['a']));
// @case equal_broadcast_error
tf.equal(tf.ones([3]), tf.ones([2]));
// @case equal_null
tf.equal(null, 1);

// @case notEqual_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.notEqual(f, f), tf.notEqual(f, i), tf.notEqual(i, i), tf.notEqual(i, b), tf.notEqual(b, b), tf.notEqual(i, 7), tf.notEqual(b, true)];
// @case notEqual_values
return [tf.notEqual(tf.tensor1d([NaN, 1, 0, Infinity]), tf.tensor1d([NaN, 1, -0.0, -Infinity])), tf.notEqual(tf.tensor1d(['a', 'b']), tf.tensor1d(['a', 'c'])), tf.tensor2d([[1, 2], [3, 4]]).notEqual(tf.tensor1d([1, 0]))];
// @case notEqual_complex
tf.notEqual(tf.complex([1], [1]), tf.complex([1], [1]));
// @case notEqual_string_number
tf.notEqual(tf.tensor1d(['a']), 1);

// @case less_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.less(f, f), tf.less(f, i), tf.less(i, f), tf.less(i, i), tf.less(i, b), tf.less(b, i), tf.less(b, f), tf.less(b, b), tf.less(i, 0), tf.less(0, b)];
// @case less_values
return [tf.less(tf.tensor1d([NaN, -Infinity, 1, -0.0, 1]), tf.tensor1d([1, Infinity, NaN, 0, 2])), tf.less(tf.tensor1d(['a', 'b', 'B']), tf.tensor1d(['b', 'a', 'a'])), tf.tensor2d([[1, 2], [3, 4]]).less(2.5)];
// @case less_complex
tf.less(tf.complex([1], [1]), 1);
// @case less_string_number
tf.less(tf.tensor1d(['a']), 1);
// @case lessEqual_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.lessEqual(f, f), tf.lessEqual(f, i), tf.lessEqual(i, i), tf.lessEqual(i, b), tf.lessEqual(b, b), tf.lessEqual(b, f), tf.lessEqual(i, 7), tf.lessEqual(1, b)];
// @case lessEqual_values
return [tf.lessEqual(tf.tensor1d([NaN, -Infinity, 1, -0.0, 2]), tf.tensor1d([NaN, -Infinity, NaN, 0, 1])), tf.lessEqual(tf.tensor1d(['a', 'b']), tf.tensor1d(['a', 'a'])), tf.tensor1d([1, 2, 3]).lessEqual(2)];
// @case lessEqual_complex
tf.lessEqual(tf.complex([1], [1]), 1);
// @case greater_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.greater(f, f), tf.greater(f, i), tf.greater(i, f), tf.greater(i, i), tf.greater(i, b), tf.greater(b, i), tf.greater(b, f), tf.greater(b, b), tf.greater(i, 0), tf.greater(0.5, b)];
// @case greater_values
return [tf.greater(tf.tensor1d([NaN, Infinity, 1, 0, 3]), tf.tensor1d([1, -Infinity, NaN, -0.0, 2])), tf.greater(tf.tensor1d(['b', 'a']), tf.tensor1d(['a', 'b'])), tf.tensor2d([[1, 2], [3, 4]]).greater(tf.tensor2d([[2], [3]]))];
// @case greater_complex
tf.greater(tf.complex([1], [1]), 1);
// @case greater_broadcast_error
tf.greater(tf.ones([2, 3]), tf.ones([2]));
// @case greaterEqual_dtypes
const f = tf.tensor1d([0.5, -1.5]);
const i = tf.tensor1d([7, -7], 'int32');
const b = tf.tensor1d([true, false]);
return [tf.greaterEqual(f, f), tf.greaterEqual(f, i), tf.greaterEqual(i, i), tf.greaterEqual(i, b), tf.greaterEqual(b, b), tf.greaterEqual(b, f), tf.greaterEqual(i, 7), tf.greaterEqual(1, b)];
// @case greaterEqual_values
return [tf.greaterEqual(tf.tensor1d([NaN, -Infinity, 1, -0.0]), tf.tensor1d([1, -Infinity, NaN, 0])), tf.greaterEqual(tf.tensor1d(['a', 'b']), tf.tensor1d(['b', 'b'])), tf.tensor1d([1, 2, 3]).greaterEqual(2)];
// @case greaterEqual_complex
tf.greaterEqual(tf.complex([1], [1]), 1);
// @case greaterEqual_string_number
tf.greaterEqual(2, tf.tensor1d(['a']));

// @case logicalAnd_basic
const t = tf.tensor1d([true, true, false, false]);
const u = tf.tensor1d([true, false, true, false]);
return [tf.logicalAnd(t, u), tf.logicalAnd([true, false], [true, true]), tf.logicalAnd(true, [true, false]), tf.logicalAnd(1, [true, false]), tf.logicalAnd(tf.ones([2, 1], 'bool'), tf.tensor1d([true, false, true])), t.logicalAnd(u)];
// @case logicalAnd_int
tf.logicalAnd(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([true, false]));
// @case logicalAnd_float_b
tf.logicalAnd(tf.tensor1d([true, false]), tf.tensor1d([1, 0]));
// @case logicalAnd_complex
tf.logicalAnd(tf.tensor1d([true]), tf.complex([1], [1]));
// @case logicalAnd_string
tf.logicalAnd(tf.tensor1d(['a']), true);
// @case logicalAnd_null
tf.logicalAnd(null, true);
// @case logicalAnd_broadcast_error
tf.logicalAnd(tf.ones([3], 'bool'), tf.ones([2], 'bool'));
// @case logicalOr_basic
const t = tf.tensor1d([true, true, false, false]);
const u = tf.tensor1d([true, false, true, false]);
return [tf.logicalOr(t, u), tf.logicalOr(false, [true, false]), tf.logicalOr(tf.tensor2d([[true], [false]]), tf.tensor1d([false, true])), t.logicalOr(u)];
// @case logicalOr_float
tf.logicalOr(tf.tensor1d([1, 0]), tf.tensor1d([true, false]));
// @case logicalOr_int_b
tf.logicalOr(tf.tensor1d([true, false]), tf.tensor1d([1, 0], 'int32'));
// @case logicalXor_basic
const t = tf.tensor1d([true, true, false, false]);
const u = tf.tensor1d([true, false, true, false]);
return [tf.logicalXor(t, u), tf.logicalXor(true, [true, false]), tf.logicalXor(tf.tensor2d([[true], [false]]), tf.tensor1d([false, true])), t.logicalXor(u)];
// @case logicalXor_float
tf.logicalXor(tf.tensor1d([1, 0]), true);
// @case logicalNot_basic
return [tf.logicalNot(tf.tensor1d([true, false])), tf.logicalNot([1, 0]), tf.logicalNot(true), tf.logicalNot(tf.tensor2d([[true, false], [false, false]])), tf.tensor1d([false]).logicalNot()];
// @case logicalNot_float
tf.logicalNot(tf.tensor1d([1, 0]));
// @case logicalNot_int
tf.logicalNot(tf.tensor1d([1, 0], 'int32'));
// @case logicalNot_string
tf.logicalNot(tf.tensor1d(['a']));
// @case logicalNot_null
tf.logicalNot(null);
// @case logical_print
tf.logicalAnd(tf.tensor1d([true, false]), true).print();

// @case isNaN_dtypes
const e = tf.tensor1d([0.5, NaN, Infinity, -Infinity, -0.0, 0]);
return [tf.isNaN(e), tf.isNaN(tf.tensor1d([7, 0], 'int32')), tf.isNaN(tf.tensor1d([true, false])), tf.isNaN([1, NaN]), tf.isNaN(NaN), e.isNaN()];
// @case isNaN_complex
tf.isNaN(tf.complex([1], [1]));
// @case isNaN_string
tf.isNaN(tf.tensor1d(['a']));
// @case isNaN_null
tf.isNaN(null);
// @case isInf_dtypes
const e = tf.tensor1d([0.5, NaN, Infinity, -Infinity, -0.0, 3e38]);
return [tf.isInf(e), tf.isInf(tf.tensor1d([7, 0], 'int32')), tf.isInf(tf.tensor1d([true, false])), tf.isInf([1, -Infinity]), tf.isInf(tf.mul(e, 10)), e.isInf()];
// @case isInf_complex
tf.isInf(tf.complex([1], [1]));
// @case isInf_string
tf.isInf(tf.tensor1d(['a']));
// @case isFinite_dtypes
const e = tf.tensor1d([0.5, NaN, Infinity, -Infinity, -0.0, 3e38]);
return [tf.isFinite(e), tf.isFinite(tf.tensor1d([7, 0], 'int32')), tf.isFinite(tf.tensor1d([true, false])), tf.isFinite([1, Infinity]), tf.isFinite(tf.scalar(2)), e.isFinite()];
// @case isFinite_complex
tf.isFinite(tf.complex([1], [1]));
// @case isFinite_string
tf.isFinite(tf.tensor1d(['a']));
