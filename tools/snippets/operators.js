// Python operators on tensors follow TF.js's ops and dtype rules (tfjs-facts §2.2).
// Each case records the TF.js op call; its Python port uses the operator.

// @case add_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.add(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x + y
// @case add_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.add(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x + y
// @case add_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.add(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x + y
// @case add_b_c
// TF.js keeps the raw sums in a bool tensor ([2,1,1]); compared here by
// dtype and printed text, which a torch bool tensor reproduces.
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
const r = tf.add(x, y);
r.print();
return r.dtype;
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
r = x + y
r.print()
return r.dtype
// @case add_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.add(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x + y
// @case add_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.add(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x + y
// @case add_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.add(x, 2), tf.add(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x + 2, 3 + x]
// @case add_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.add(x, 2), tf.add(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x + 2, 3 + x]
// @case sub_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.sub(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x - y
// @case sub_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.sub(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x - y
// @case sub_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.sub(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x - y
// @case sub_b_c
// TF.js keeps the raw differences in a bool tensor ([0,255,1]); compared here by
// dtype and printed text, which a torch bool tensor reproduces.
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
const r = tf.sub(x, y);
r.print();
return r.dtype;
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
r = x - y
r.print()
return r.dtype
// @case sub_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.sub(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x - y
// @case sub_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.sub(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x - y
// @case sub_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.sub(x, 2), tf.sub(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x - 2, 3 - x]
// @case sub_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.sub(x, 2), tf.sub(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x - 2, 3 - x]
// @case mul_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.mul(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x * y
// @case mul_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.mul(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x * y
// @case mul_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.mul(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x * y
// @case mul_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.mul(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x * y
// @case mul_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.mul(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x * y
// @case mul_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.mul(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x * y
// @case mul_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.mul(x, 2), tf.mul(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x * 2, 3 * x]
// @case mul_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.mul(x, 2), tf.mul(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x * 2, 3 * x]
// @case div_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.div(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x / y
// @case div_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.div(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x / y
// @case div_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.div(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x / y
// @case div_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.div(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x / y
// @case div_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.div(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x / y
// @case div_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.div(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x / y
// @case div_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.div(x, 2), tf.div(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x / 2, 3 / x]
// @case div_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.div(x, 2), tf.div(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x / 2, 3 / x]
// @case floorDiv_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.floorDiv(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x // y
// @case floorDiv_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.floorDiv(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x // y
// @case floorDiv_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.floorDiv(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x // y
// @case floorDiv_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.floorDiv(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x // y
// @case floorDiv_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.floorDiv(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x // y
// @case floorDiv_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.floorDiv(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x // y
// @case floorDiv_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.floorDiv(x, 2), tf.floorDiv(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x // 2, 3 // x]
// @case floorDiv_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.floorDiv(x, 2), tf.floorDiv(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x // 2, 3 // x]
// @case mod_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.mod(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x % y
// @case mod_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.mod(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x % y
// @case mod_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.mod(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x % y
// @case mod_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.mod(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x % y
// @case mod_b_i
const x = tf.tensor([true, false, true]);
const y = tf.tensor([7, -7, 2], [3], 'int32');
return tf.mod(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([7, -7, 2], [3], 'int32')
return x % y
// @case mod_b_f
const x = tf.tensor([true, false, true]);
const y = tf.tensor([0.5, -1.5, 3]);
return tf.mod(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([0.5, -1.5, 3])
return x % y
// @case mod_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.mod(x, 2), tf.mod(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x % 2, 3 % x]
// @case mod_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.mod(x, 2), tf.mod(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x % 2, 3 % x]
// @case pow_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.pow(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x ** y
// @case pow_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.pow(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x ** y
// @case pow_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.pow(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x ** y
// @case pow_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.pow(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x ** y
// @case pow_i_number
const x = tf.tensor([7, -7, 2], [3], 'int32');
return [tf.pow(x, 2), tf.pow(3, x)];
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
return [x ** 2, 3 ** x]
// @case pow_f_number
const x = tf.tensor([0.5, -1.5, 3]);
return [tf.pow(x, 2), tf.pow(3, x)];
// @py
x = tf.tensor([0.5, -1.5, 3])
return [x ** 2, 3 ** x]
// @case equal_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.equal(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x == y
// @case equal_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.equal(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x == y
// @case equal_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.equal(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x == y
// @case equal_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.equal(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x == y
// @case equal_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.equal(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x == 0.5
// @case notEqual_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.notEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x != y
// @case notEqual_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.notEqual(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x != y
// @case notEqual_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.notEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x != y
// @case notEqual_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.notEqual(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x != y
// @case notEqual_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.notEqual(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x != 0.5
// @case less_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.less(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x < y
// @case less_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.less(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x < y
// @case less_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.less(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x < y
// @case less_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.less(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x < y
// @case less_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.less(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x < 0.5
// @case lessEqual_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.lessEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x <= y
// @case lessEqual_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.lessEqual(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x <= y
// @case lessEqual_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.lessEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x <= y
// @case lessEqual_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.lessEqual(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x <= y
// @case lessEqual_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.lessEqual(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x <= 0.5
// @case greater_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.greater(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x > y
// @case greater_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.greater(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x > y
// @case greater_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.greater(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x > y
// @case greater_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.greater(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x > y
// @case greater_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.greater(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x > 0.5
// @case greaterEqual_i_j
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([2, 2, -3], [3], 'int32');
return tf.greaterEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([2, 2, -3], [3], 'int32')
return x >= y
// @case greaterEqual_f_g
const x = tf.tensor([0.5, -1.5, 3]);
const y = tf.tensor([2, 0.5, -2]);
return tf.greaterEqual(x, y);
// @py
x = tf.tensor([0.5, -1.5, 3])
y = tf.tensor([2, 0.5, -2])
return x >= y
// @case greaterEqual_i_f
const x = tf.tensor([7, -7, 2], [3], 'int32');
const y = tf.tensor([0.5, -1.5, 3]);
return tf.greaterEqual(x, y);
// @py
x = tf.tensor([7, -7, 2], [3], 'int32')
y = tf.tensor([0.5, -1.5, 3])
return x >= y
// @case greaterEqual_b_c
const x = tf.tensor([true, false, true]);
const y = tf.tensor([true, true, false]);
return tf.greaterEqual(x, y);
// @py
x = tf.tensor([True, False, True])
y = tf.tensor([True, True, False])
return x >= y
// @case greaterEqual_number
const x = tf.tensor([0.5, -1.5, 3]);
return tf.greaterEqual(x, 0.5);
// @py
x = tf.tensor([0.5, -1.5, 3])
return x >= 0.5
// @case neg_i
return tf.neg(tf.tensor([7, -7, 2], [3], 'int32'));
// @py
return -tf.tensor([7, -7, 2], [3], 'int32')
// @case neg_f
return tf.neg(tf.tensor([0.5, -1.5, 3]));
// @py
return -tf.tensor([0.5, -1.5, 3])
// @case neg_b
return tf.neg(tf.tensor([true, false, true]));
// @py
return -tf.tensor([True, False, True])
// @case matmul_f
const a = tf.tensor2d([[1, 2], [3, 4]]);
const b = tf.tensor2d([[5], [6]]);
return tf.matMul(a, b);
// @py
a = tf.tensor2d([[1, 2], [3, 4]])
b = tf.tensor2d([[5], [6]])
return a @ b
// @case matmul_i
const a = tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32');
const b = tf.tensor2d([[5, 6], [7, 8]], [2, 2], 'int32');
return tf.matMul(a, b);
// @py
a = tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32')
b = tf.tensor2d([[5, 6], [7, 8]], [2, 2], 'int32')
return a @ b
// @case matmul_i_f
const a = tf.tensor2d([[1, 2]], [1, 2], 'int32');
const b = tf.tensor2d([[0.5], [1.5]]);
return tf.matMul(a, b);
// @py
a = tf.tensor2d([[1, 2]], [1, 2], 'int32')
b = tf.tensor2d([[0.5], [1.5]])
return a @ b
// @case matmul_nested_list
const a = tf.tensor2d([[1, 2]]);
return tf.matMul([[3], [4]], a);
// @py
a = tf.tensor2d([[1, 2]])
return [[3], [4]] @ a
// @case div_by_zero
const i = tf.tensor([7, -7, 0], [3], 'int32');
const f = tf.tensor([1, -1, 0]);
return [tf.div(i, tf.tensor([0, 0, 0], [3], 'int32')), tf.div(f, 0), tf.mod(f, 0)];
// @py
i = tf.tensor([7, -7, 0], [3], 'int32')
f = tf.tensor([1, -1, 0])
return [i / tf.tensor([0, 0, 0], [3], 'int32'), f / 0, f % 0]
// @case broadcast
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const b = tf.tensor1d([10, 20, 30]);
return [tf.add(a, b), tf.mul(b, a), tf.greater(a, b.div(8))];
// @py
a = tf.tensor2d([[1, 2, 3], [4, 5, 6]])
b = tf.tensor1d([10, 20, 30])
return [a + b, b * a, a > b / 8]
// @case broadcast_error
tf.add(tf.ones([2, 3]), tf.ones([2, 4]));
// @py
tf.ones([2, 3]) + tf.ones([2, 4])
// @case string_add_error
tf.add(tf.tensor(['a']), tf.tensor(['b']));
// @py
tf.tensor(['a']) + tf.tensor(['b'])
// @case string_equal
return tf.equal(tf.tensor(['a', 'b']), tf.tensor(['a', 'c']));
// @py
return tf.tensor(['a', 'b']) == tf.tensor(['a', 'c'])
// @case list_operand
const x = tf.tensor([1, 2]);
return [tf.add(x, [10, 20]), tf.sub([10, 20], x)];
// @py
x = tf.tensor([1, 2])
return [x + [10, 20], [10, 20] - x]
// @case chained_expression
const x = tf.tensor([1, 2, 3]);
return tf.sub(tf.mul(tf.add(x, 1), 2), tf.div(x, 2));
// @py
x = tf.tensor([1, 2, 3])
return (x + 1) * 2 - x / 2
// @case scalar_and_int_scalar
const s = tf.scalar(3, 'int32');
const i = tf.tensor([7, 8], [2], 'int32');
return [tf.div(i, s), tf.mod(i, s), tf.add(i, s)];
// @py
s = tf.scalar(3, 'int32')
i = tf.tensor([7, 8], [2], 'int32')
return [i / s, i % s, i + s]
