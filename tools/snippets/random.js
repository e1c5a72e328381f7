// Random ops with seeds: values must equal TF.js's exactly (@tol 0).
// Unseeded behaviour (not reproducible in TF.js) is tested in tests/test_random.py.

// ---- randomUniform -------------------------------------------------------------------
// @case uniform_seed42
// @tol 0
return tf.randomUniform([5], 0, 1, 'float32', 42);
// @case uniform_range_seed1
// @tol 0
return tf.randomUniform([3], -1, 1, 'float32', 1);
// @case uniform_defaults_2d
// @tol 0
return tf.randomUniform([3, 4], undefined, undefined, undefined, 7);
// @case uniform_3d_string_seed
// @tol 0
return tf.randomUniform([2, 3, 4], -5, 5, 'float32', 'hello');
// @case uniform_float_seed
// @tol 0
return tf.randomUniform([4], 0, 1, 'float32', 1.5);
// @case uniform_float_seed_same_as_string
// @tol 0
const a = tf.randomUniform([4], 0, 1, 'float32', 1.5).arraySync();
const b = tf.randomUniform([4], 0, 1, 'float32', '1.5').arraySync();
return [a, b];
// @case uniform_big_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', 1e21);
// @case uniform_small_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', 1e-7);
// @case uniform_negative_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', -3);
// @case uniform_seed0_reproducible
// @tol 0
return [tf.randomUniform([3], 0, 1, 'float32', 0), tf.randomUniform([3], 0, 1, 'float32', 0)];
// @case uniform_empty_string_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', '');
// @case uniform_nan_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', NaN);
// @case uniform_unicode_seed
// @tol 0
return tf.randomUniform([3], 0, 1, 'float32', 'héllo wörld ✓');
// @case uniform_int32
return tf.randomUniform([5], 0, 10, 'int32', 42);
// @case uniform_int32_negative
return tf.randomUniform([5], -10, 0, 'int32', 42);
// @case uniform_int32_wraps
return tf.randomUniform([4], 0, 1e10, 'int32', 3);
// @case uniform_int32_reversed
return tf.randomUniform([4], 5, 1, 'int32', 3);
// @case uniform_bool
return tf.randomUniform([5], 0, 1, 'bool', 42);
// @case uniform_bool_range_print
tf.randomUniform([6], -2, 2, 'bool', 42).print();
// @case uniform_print_2d
tf.randomUniform([3, 4], 0, 1, 'float32', 42).print();
// @case uniform_print_3d
tf.randomUniform([2, 2, 3], -100, 100, 'float32', 'p').print();
// @case uniform_empty_shape
return tf.randomUniform([0, 3], 0, 1, 'float32', 42);
// @case uniform_scalar_shape
// @tol 0
return tf.randomUniform([], 0, 1, 'float32', 42);
// @case uniform_bad_shape
tf.randomUniform([2, -1]);
// @case uniform_fractional_shape
tf.randomUniform([2.5], 0, 1, 'float32', 1);
// @case uniform_bad_dtype
tf.randomUniform([2], 0, 1, 'float64', 42);
// @case uniform_complex_dtype
tf.randomUniform([2], 0, 1, 'complex64', 42);
// @case uniform_large
// @tol 0
return tf.randomUniform([40, 50], -0.05, 0.05, 'float32', 123);
// @case uniform_int
return tf.randomUniformInt([5], 0, 10, 42);
// @case uniform_int_fractional_bounds
return tf.randomUniformInt([5], 0.5, 10.5, 42);
// @case uniform_int_2d
return tf.randomUniformInt([3, 3], -100, 100, 'abc');
// @case uniform_int_small_range
return tf.randomUniformInt([5], 0, 1, 42);
// @case normal_seed42
// @tol 0
return tf.randomNormal([6], 0, 1, 'float32', 42);
// @case normal_default_dtype
// @tol 0
return tf.randomNormal([6], undefined, undefined, undefined, 42);
// @case normal_mean_std
// @tol 0
return tf.randomNormal([3], 10, 2, 'float32', 5);
// @case normal_seed1
// @tol 0
return tf.randomNormal([4], 0, 1, 'float32', 1);
// @case normal_odd_count_2d
// @tol 0
return tf.randomNormal([3, 3], 0, 1, 'float32', 17);
// @case normal_3d_string_seed
// @tol 0
return tf.randomNormal([2, 3, 5], -1, 0.5, 'float32', 'normal');
// @case normal_float_seed
// @tol 0
return tf.randomNormal([4], 0, 1, 'float32', 2.75);
// @case normal_int32
return tf.randomNormal([6], 5, 3, 'int32', 42);
// @case normal_int32_half_rounding
return [tf.randomNormal([3], 0.5, 0, 'int32', 3), tf.randomNormal([3], -0.5, 0, 'int32', 3)];
// @case normal_int32_wraps
return tf.randomNormal([3], 0, 1e10, 'int32', 3);
// @case normal_nan_mean
return tf.randomNormal([3], NaN, 1, 'float32', 42);
// @case normal_infinite_std
return tf.randomNormal([4], 0, Infinity, 'float32', 42);
// @case normal_print
tf.randomNormal([2, 3], 0, 1, 'float32', 42).print();
// @case normal_bool
tf.randomNormal([2], 0, 1, 'bool', 42);
// @case normal_bad_dtype
tf.randomNormal([2], 0, 1, 'float64', 42);
// @case normal_bad_shape
tf.randomNormal([-2], 0, 1, 'float32', 42);
// @case normal_large
// @tol 0
return tf.randomNormal([30, 70], 0, 0.1, 'float32', 'big');
// @case normal_seed0_ignored
const a = tf.randomNormal([8], 0, 1, 'float32', 0).dataSync();
const b = tf.randomNormal([8], 0, 1, 'float32', 0).dataSync();
return a.some((v, i) => v !== b[i]);
// @py
a = tf.randomNormal([8], 0, 1, 'float32', 0).dataSync()
b = tf.randomNormal([8], 0, 1, 'float32', 0).dataSync()
return bool((a != b).any())
// @case normal_empty_seed_ignored
const a = tf.randomNormal([8], 0, 1, 'float32', '').dataSync();
const b = tf.randomNormal([8], 0, 1, 'float32', '').dataSync();
return a.some((v, i) => v !== b[i]);
// @py
a = tf.randomNormal([8], 0, 1, 'float32', '').dataSync()
b = tf.randomNormal([8], 0, 1, 'float32', '').dataSync()
return bool((a != b).any())
// @case standard_normal
// @tol 0
return tf.randomStandardNormal([3], 'float32', 42);
// @case standard_normal_2d_int
return tf.randomStandardNormal([2, 4], 'int32', 'std');
// @case standard_normal_bool
tf.randomStandardNormal([2], 'bool', 42);
// @case truncated_seed42
// @tol 0
return tf.truncatedNormal([6], 0, 1, 'float32', 42);
// @case truncated_seed1_regenerates
// @tol 0
return [tf.randomNormal([4], 0, 1, 'float32', 1), tf.truncatedNormal([4], 0, 1, 'float32', 1)];
// @case truncated_2d
// @tol 0
return tf.truncatedNormal([5, 7], 3, 0.5, 'float32', 8);
// @case truncated_3d_string_seed
// @tol 0
return tf.truncatedNormal([2, 4, 3], 0, 2, undefined, 'trunc');
// @case truncated_int32
return tf.truncatedNormal([10], 0, 3, 'int32', 9);
// @case truncated_zero_std
return tf.truncatedNormal([3], 2, 0, 'float32', 9);
// @case truncated_print
tf.truncatedNormal([3, 2], 0, 1, 'float32', 'print').print();
// @case truncated_bool
tf.truncatedNormal([2], 0, 1, 'bool', 42);
// @case truncated_bad_dtype
tf.truncatedNormal([2], 0, 1, 'float64', 42);
// @case truncated_large
// @tol 0
return tf.truncatedNormal([50, 40], 0, 0.05, 'float32', 2024);
// @case truncated_seed0_ignored
const a = tf.truncatedNormal([8], 0, 1, 'float32', 0).dataSync();
const b = tf.truncatedNormal([8], 0, 1, 'float32', 0).dataSync();
return a.some((v, i) => v !== b[i]);
// @py
a = tf.truncatedNormal([8], 0, 1, 'float32', 0).dataSync()
b = tf.truncatedNormal([8], 0, 1, 'float32', 0).dataSync()
return bool((a != b).any())
// @case gamma_alpha1
// @tol 0
return tf.randomGamma([5], 1, 1, 'float32', 42);
// @case gamma_alpha_below_1
// @tol 0
return tf.randomGamma([5], 0.5, 2, 'float32', 42);
// @case gamma_2d_string_seed
// @tol 0
return tf.randomGamma([3, 4], 2.5, 0.7, 'float32', 'g');
// @case gamma_defaults
// @tol 0
return tf.randomGamma([4], 3, undefined, undefined, 7);
// @case gamma_int32
return tf.randomGamma([5], 3, 0.5, 'int32', 42);
// @case gamma_int32_large_alpha
return tf.randomGamma([6], 40, 1, 'int32', 5);
// @case gamma_no_alpha
return tf.randomGamma([2], undefined, 1, 'float32', 3);
// @case gamma_print
tf.randomGamma([2, 2], 2, 1, 'float32', 1).print();
// @case gamma_bool
tf.randomGamma([5], 3, 0.5, 'bool', 42);
// @case gamma_large
// @tol 0
return tf.randomGamma([20, 30], 0.3, 2, 'float32', 11);
// @case multinomial_1d
return tf.multinomial(tf.tensor1d([1, 2, 3]), 5, 3);
// @case multinomial_tensorlike
return tf.multinomial([1, 2, 3], 5, 3);
// @case multinomial_int_logits
return tf.multinomial(tf.tensor1d([1, 2, 3], 'int32'), 5, 3);
// @case multinomial_2d_shared_draws
return tf.multinomial(tf.tensor2d([[1, 2, 3], [3, 2, 1]]), 4, 7);
// @case multinomial_normalized_string_seed
return tf.multinomial(tf.tensor1d([0.2, 0.3, 0.5]), 6, 'abc', true);
// @case multinomial_normalized_unsorted_cdf
return tf.multinomial(tf.tensor2d([[0.1, 0.5, -0.2, 0.3, 0.3], [0.2, 0.2, 0.2, 0.2, 0.2]]), 40, 5, true);
// @case multinomial_bool_logits
return [tf.multinomial(tf.tensor1d([true, false]), 6, 1), tf.multinomial(tf.tensor1d([false, true, true]), 6, 1)];
// @case multinomial_many
const lg = tf.randomNormal([4, 30], 0, 3, 'float32', 3);
return tf.multinomial(lg, 200, 99);
// @case multinomial_float_seed
return tf.multinomial(tf.tensor1d([0, 0, 0, 0]), 8, 2.5);
// @case multinomial_print
tf.multinomial(tf.tensor2d([[0, 1], [1, 0]]), 5, 11).print();
// @case multinomial_one_outcome
tf.multinomial(tf.tensor1d([1]), 6, 1);
// @case multinomial_rank3
tf.multinomial(tf.zeros([2, 2, 2]), 6, 1);
// @case multinomial_string
tf.multinomial(tf.tensor1d(['a', 'b']), 6, 1);
// @case multinomial_bad_logits
tf.multinomial(null, 6, 1);
// @case rand_float
// @tol 0
let i = 0;
return tf.rand([2, 3], () => (i++) / 7);
// @py
i = [0]
def f():
    i[0] += 1
    return (i[0] - 1) / 7
return tf.rand([2, 3], f)
// @case rand_int32_truncates
return tf.rand([2, 2], () => -1.7, 'int32');
// @case rand_bool
tf.rand([3], () => 0.5, 'bool').print();
tf.rand([3], () => 3, 'bool').print();
// @case rand_string
tf.rand([3], () => 0.5, 'string');
// @case rand_bad_shape
tf.rand([-1], () => 0.5);
