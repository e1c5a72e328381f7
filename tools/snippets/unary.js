// Unary math (tfjs_compat/ops/unary.py): values on float32 (incl. NaN, +-Infinity, -0),
// the dtype rules for int32 / bool (kept, float32-only, or float32 result),
// TensorLike arguments, chained methods and error texts; plus the cast methods.
// int32 inputs include large values, where TF.js's double-then-truncate store shows.
// @case abs_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.abs(e), e.abs()];
// @case abs_int_bool_lists
return [tf.abs(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.abs(tf.tensor1d([true, false])), tf.abs([1, -2, 0.25]), tf.abs(0.75), tf.abs(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case abs_string
tf.abs(tf.tensor1d(['a']));
// @case neg_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.neg(e), e.neg()];
// @case neg_int_bool_lists
return [tf.neg(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.neg(tf.tensor1d([true, false])), tf.neg([1, -2, 0.25]), tf.neg(0.75), tf.neg(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case neg_string
tf.neg(tf.tensor1d(['a']));
// @case neg_complex
tf.neg(tf.complex([1, 2], [3, 4]));
// @case sign_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.sign(e), e.sign()];
// @case sign_int_bool_lists
return [tf.sign(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.sign(tf.tensor1d([true, false])), tf.sign([1, -2, 0.25]), tf.sign(0.75), tf.sign(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case sign_string
tf.sign(tf.tensor1d(['a']));
// @case sign_complex
tf.sign(tf.complex([1, 2], [3, 4]));
// @case round_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.round(e), e.round()];
// @case round_int_bool_lists
return [tf.round(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.round(tf.tensor1d([true, false])), tf.round([1, -2, 0.25]), tf.round(0.75), tf.round(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case round_string
tf.round(tf.tensor1d(['a']));
// @case round_complex
tf.round(tf.complex([1, 2], [3, 4]));
// @case square_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.square(e), e.square()];
// @case square_int_bool_lists
return [tf.square(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.square(tf.tensor1d([true, false])), tf.square([1, -2, 0.25]), tf.square(0.75), tf.square(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case square_string
tf.square(tf.tensor1d(['a']));
// @case square_complex
tf.square(tf.complex([1, 2], [3, 4]));
// @case reciprocal_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.reciprocal(e), e.reciprocal()];
// @case reciprocal_int_bool_lists
return [tf.reciprocal(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.reciprocal(tf.tensor1d([true, false])), tf.reciprocal([1, -2, 0.25]), tf.reciprocal(0.75), tf.reciprocal(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case reciprocal_string
tf.reciprocal(tf.tensor1d(['a']));
// @case reciprocal_complex
tf.reciprocal(tf.complex([1, 2], [3, 4]));
// @case expm1_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.expm1(e), e.expm1()];
// @case expm1_int_bool_lists
return [tf.expm1(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.expm1(tf.tensor1d([true, false])), tf.expm1([1, -2, 0.25]), tf.expm1(0.75), tf.expm1(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case expm1_string
tf.expm1(tf.tensor1d(['a']));
// @case expm1_complex
tf.expm1(tf.complex([1, 2], [3, 4]));
// @case log1p_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.log1p(e), e.log1p()];
// @case log1p_int_bool_lists
return [tf.log1p(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.log1p(tf.tensor1d([true, false])), tf.log1p([1, -2, 0.25]), tf.log1p(0.75), tf.log1p(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case log1p_string
tf.log1p(tf.tensor1d(['a']));
// @case log1p_complex
tf.log1p(tf.complex([1, 2], [3, 4]));
// @case asin_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.asin(e), e.asin()];
// @case asin_int_bool_lists
return [tf.asin(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.asin(tf.tensor1d([true, false])), tf.asin([1, -2, 0.25]), tf.asin(0.75), tf.asin(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case asin_string
tf.asin(tf.tensor1d(['a']));
// @case asin_complex
tf.asin(tf.complex([1, 2], [3, 4]));
// @case acos_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.acos(e), e.acos()];
// @case acos_int_bool_lists
return [tf.acos(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.acos(tf.tensor1d([true, false])), tf.acos([1, -2, 0.25]), tf.acos(0.75), tf.acos(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case acos_string
tf.acos(tf.tensor1d(['a']));
// @case acos_complex
tf.acos(tf.complex([1, 2], [3, 4]));
// @case atan_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.atan(e), e.atan()];
// @case atan_int_bool_lists
return [tf.atan(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.atan(tf.tensor1d([true, false])), tf.atan([1, -2, 0.25]), tf.atan(0.75), tf.atan(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case atan_string
tf.atan(tf.tensor1d(['a']));
// @case atan_complex
tf.atan(tf.complex([1, 2], [3, 4]));
// @case sinh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.sinh(e), e.sinh()];
// @case sinh_int_bool_lists
return [tf.sinh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.sinh(tf.tensor1d([true, false])), tf.sinh([1, -2, 0.25]), tf.sinh(0.75), tf.sinh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case sinh_string
tf.sinh(tf.tensor1d(['a']));
// @case sinh_complex
tf.sinh(tf.complex([1, 2], [3, 4]));
// @case asinh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.asinh(e), e.asinh()];
// @case asinh_int_bool_lists
return [tf.asinh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.asinh(tf.tensor1d([true, false])), tf.asinh([1, -2, 0.25]), tf.asinh(0.75), tf.asinh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case asinh_string
tf.asinh(tf.tensor1d(['a']));
// @case asinh_complex
tf.asinh(tf.complex([1, 2], [3, 4]));
// @case acosh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.acosh(e), e.acosh()];
// @case acosh_int_bool_lists
return [tf.acosh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.acosh(tf.tensor1d([true, false])), tf.acosh([1, -2, 0.25]), tf.acosh(0.75), tf.acosh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case acosh_string
tf.acosh(tf.tensor1d(['a']));
// @case acosh_complex
tf.acosh(tf.complex([1, 2], [3, 4]));
// @case atanh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.atanh(e), e.atanh()];
// @case atanh_int_bool_lists
return [tf.atanh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.atanh(tf.tensor1d([true, false])), tf.atanh([1, -2, 0.25]), tf.atanh(0.75), tf.atanh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case atanh_string
tf.atanh(tf.tensor1d(['a']));
// @case atanh_complex
tf.atanh(tf.complex([1, 2], [3, 4]));
// @case abs_complex
return [tf.abs(tf.complex([3, 0, -3, 1.5], [4, -0.0, -4, -2])), tf.abs(tf.complex([[3e20]], [[4e20]])), tf.complex([5], [12]).abs()];
// @case neg_bool_scalar
return [tf.neg(true), tf.neg(false), tf.neg(tf.scalar(-3, 'int32'))];
// @case abs_null
tf.abs(null);
// @case round_half_even
return tf.round(tf.tensor1d([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.5000001, 1e8, 8388609.5, 0.49999997, -0.49999997]));
// @case ceil_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.ceil(e), e.ceil()];
// @case ceil_lists
return [tf.ceil([1, -2, 0.25]), tf.ceil(0.75), tf.ceil(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case ceil_int
tf.ceil(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case ceil_bool
tf.ceil(tf.tensor1d([true, false]));
// @case ceil_complex
tf.ceil(tf.complex([1], [1]));
// @case ceil_string
tf.ceil(tf.tensor1d(['a']));
// @case floor_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.floor(e), e.floor()];
// @case floor_lists
return [tf.floor([1, -2, 0.25]), tf.floor(0.75), tf.floor(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case floor_int
tf.floor(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case floor_bool
tf.floor(tf.tensor1d([true, false]));
// @case floor_complex
tf.floor(tf.complex([1], [1]));
// @case floor_string
tf.floor(tf.tensor1d(['a']));
// @case log_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.log(e), e.log()];
// @case log_lists
return [tf.log([1, -2, 0.25]), tf.log(0.75), tf.log(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case log_int
tf.log(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case log_bool
tf.log(tf.tensor1d([true, false]));
// @case log_complex
tf.log(tf.complex([1], [1]));
// @case log_string
tf.log(tf.tensor1d(['a']));
// @case sqrt_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.sqrt(e), e.sqrt()];
// @case sqrt_lists
return [tf.sqrt([1, -2, 0.25]), tf.sqrt(0.75), tf.sqrt(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case sqrt_int
tf.sqrt(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case sqrt_bool
tf.sqrt(tf.tensor1d([true, false]));
// @case sqrt_complex
tf.sqrt(tf.complex([1], [1]));
// @case sqrt_string
tf.sqrt(tf.tensor1d(['a']));
// @case rsqrt_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.rsqrt(e), e.rsqrt()];
// @case rsqrt_lists
return [tf.rsqrt([1, -2, 0.25]), tf.rsqrt(0.75), tf.rsqrt(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case rsqrt_int
tf.rsqrt(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case rsqrt_bool
tf.rsqrt(tf.tensor1d([true, false]));
// @case rsqrt_complex
tf.rsqrt(tf.complex([1], [1]));
// @case rsqrt_string
tf.rsqrt(tf.tensor1d(['a']));
// @case sin_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.sin(e), e.sin()];
// @case sin_lists
return [tf.sin([1, -2, 0.25]), tf.sin(0.75), tf.sin(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case sin_int
tf.sin(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case sin_bool
tf.sin(tf.tensor1d([true, false]));
// @case sin_complex
tf.sin(tf.complex([1], [1]));
// @case sin_string
tf.sin(tf.tensor1d(['a']));
// @case cos_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.cos(e), e.cos()];
// @case cos_lists
return [tf.cos([1, -2, 0.25]), tf.cos(0.75), tf.cos(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case cos_int
tf.cos(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case cos_bool
tf.cos(tf.tensor1d([true, false]));
// @case cos_complex
tf.cos(tf.complex([1], [1]));
// @case cos_string
tf.cos(tf.tensor1d(['a']));
// @case tan_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.tan(e), e.tan()];
// @case tan_lists
return [tf.tan([1, -2, 0.25]), tf.tan(0.75), tf.tan(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case tan_int
tf.tan(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case tan_bool
tf.tan(tf.tensor1d([true, false]));
// @case tan_complex
tf.tan(tf.complex([1], [1]));
// @case tan_string
tf.tan(tf.tensor1d(['a']));
// @case cosh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.cosh(e), e.cosh()];
// @case cosh_lists
return [tf.cosh([1, -2, 0.25]), tf.cosh(0.75), tf.cosh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case cosh_int
tf.cosh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case cosh_bool
tf.cosh(tf.tensor1d([true, false]));
// @case cosh_complex
tf.cosh(tf.complex([1], [1]));
// @case cosh_string
tf.cosh(tf.tensor1d(['a']));
// @case tanh_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.tanh(e), e.tanh()];
// @case tanh_lists
return [tf.tanh([1, -2, 0.25]), tf.tanh(0.75), tf.tanh(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case tanh_int
tf.tanh(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'));
// @case tanh_bool
tf.tanh(tf.tensor1d([true, false]));
// @case tanh_complex
tf.tanh(tf.complex([1], [1]));
// @case tanh_string
tf.tanh(tf.tensor1d(['a']));
// @case sqrt_string_literal
tf.sqrt('a');
// @case sqrt_null
tf.sqrt(null);
// @case exp_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.exp(e), e.exp()];
// @case exp_int_bool_lists
return [tf.exp(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.exp(tf.tensor1d([true, false])), tf.exp([1, -2, 0.25]), tf.exp(0.75), tf.exp(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case exp_complex
tf.exp(tf.complex([1], [1]));
// @case exp_string
tf.exp(tf.tensor1d(['a']));
// @case erf_float
// TF.js uses the Abramowitz & Stegun 7.1.26 approximation (erf(1e-10) is 1.1e-9).
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.erf(e), e.erf(), tf.erf(tf.tensor1d([0.1, 1, 2, -0.3, 1e-10, 10, 1e-3]))];
// @case erf_int_lists
return [tf.erf(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.erf([1, -2, 0.25]), tf.erf(0.75), tf.erf(tf.tensor2d([[1, -2], [3, 0.5]]))];
// @case erf_bool
tf.erf(tf.tensor1d([true, false]));
// @case erf_complex
tf.erf(tf.complex([1], [1]));
// @case erf_string
tf.erf(tf.tensor1d(['a']));
// @case step_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.step(e), tf.step(e, 0.3), tf.step(e, -2), e.step(0.5), tf.step(e, NaN)];
// @case step_int_bool_lists
return [tf.step(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32')), tf.step(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'), 0.5), tf.step(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'), 5), tf.step(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'), -2.7), tf.step(tf.tensor1d([true, false]), 0.5), tf.step([1, -1]), tf.step(2)];
// @case step_complex
tf.step(tf.complex([1], [1]));
// @case step_string
tf.step(tf.tensor1d(['a']));
// @case clipByValue_float
const e = tf.tensor1d([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.5, 100, -100, NaN, Infinity, -Infinity, -0.0]);
return [tf.clipByValue(e, -1, 2), e.clipByValue(0.1, 0.2), tf.clipByValue(e, -Infinity, 0), tf.clipByValue(e, 2, 2)];
// @case clipByValue_int_bool_lists
return [tf.clipByValue(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'), -1.5, 2.5), tf.clipByValue(tf.tensor1d([7, -7, 0, 3, -2147483648, 100000], 'int32'), 0, 10), tf.clipByValue(tf.tensor1d([true, false]), 0, 0.5), tf.clipByValue(tf.tensor1d([true, false]), 0, 1), tf.clipByValue([1, 5, -3], 0, 2), tf.clipByValue(7, 0, 2)];
// @case clipByValue_equal_bounds
// min == max fills with the bound (NaN included).
return [tf.clipByValue([NaN, 5, -Infinity], 2, 2), tf.clipByValue(tf.tensor1d([1, 2], 'int32'), 2.5, 2.5), tf.clipByValue(tf.tensor1d([true, false]), 0.5, 0.5), tf.clipByValue(tf.zeros([2, 0]), 0.5, 0.5)];
// @case clipByValue_equal_bounds_complex
tf.clipByValue(tf.complex([1], [1]), 2, 2);
// @case step_bool_raw
// TF.js stores alpha 2 as a raw 2 in the bool tensor: compared by dtype and print.
const r = tf.step(tf.tensor1d([true, false]), 2);
r.print();
return r.dtype;
// @case clipByValue_min_above_max
tf.clipByValue([1, 5, -3], 2, 1);
// @case clipByValue_nan_min
tf.clipByValue([1, 5, -3], NaN, 2);
// @case clipByValue_nan_max
tf.clipByValue([1, 5, -3], 0.5, NaN);
// @case clipByValue_string
tf.clipByValue(tf.tensor1d(['a']), 2, 1);
// @case clipByValue_null
tf.clipByValue(null, 2, 1);
// @case clipByValue_complex_after_bounds
tf.clipByValue(tf.complex([1], [1]), 2, 1);
// @case clipByValue_complex
tf.clipByValue(tf.complex([1], [1]), 0, 1);
// @case casts
const f = tf.tensor1d([1.7, -1.7, NaN, 0, 3e9]);
return [f.toInt(), f.toBool(), f.toFloat(), f.asType('int32'), f.asType('bool'), tf.tensor1d([1, 2], 'int32').toFloat(), tf.tensor1d([true, false]).toFloat(), tf.tensor1d([true, false]).toInt(), tf.tensor1d([2, 0], 'int32').toBool(), tf.tensor1d([1.5, 0]).asType('complex64'), tf.complex([1.5], [2]).toFloat(), tf.complex([1.5], [2]).toInt()];
// @case asType_string
tf.tensor1d([1.5, 0]).asType('string');
// @case asType_unknown
tf.tensor1d([1.5, 0]).asType('float64');
// @case toFloat_string
tf.tensor1d(['a']).toFloat();
// @case unary_print
tf.sqrt(tf.tensor1d([1, 2, 4])).print();
tf.abs(tf.tensor2d([[-1, 2], [-3, 4]], [2, 2], 'int32')).print();
tf.exp(tf.scalar(1)).print();
tf.round(tf.tensor1d([0.5, 1.5])).print();
// @case empty_tensors
const z = tf.zeros([2, 0]);
return [tf.abs(z), tf.neg(tf.zeros([0], 'int32')), tf.sqrt(z), tf.exp(z), tf.erf(z), tf.step(z), tf.clipByValue(z, 0, 1), tf.round(z), tf.sin(z), tf.atanh(tf.zeros([0], 'bool')), tf.isNaN(z)];
// @case scalars
return [tf.abs(tf.scalar(-3)), tf.sqrt(tf.scalar(2)), tf.square(tf.scalar(5, 'int32')), tf.exp(tf.scalar(true)), tf.sign(tf.scalar(-0.0)), tf.floor(-2.5), tf.ceil(-2.5)];
