// Golden creation cases: tf.tensor/tensorNd/scalar inference and conversion, errors,
// zeros/ones/fill/*Like/eye/range/linspace/oneHot/complex/real/imag/buffer/clone/cast
// (tfjs-facts.md sections 2.1, 2.2 and 7).
// @case infer_numbers
return tf.tensor([1, 2, 3]);
// @case infer_number_scalar
return tf.tensor(5);
// @case infer_bool_scalar
return tf.tensor(true);
// @case infer_string_scalar
return tf.tensor('a');
// @case infer_nested
return tf.tensor([[1, 2], [3, 4]]);
// @case infer_nested3
return tf.tensor([[[1], [2]], [[3], [4]]]);
// @case infer_num_then_bool
return tf.tensor([1, true]);
// @case infer_num_then_strings
return tf.tensor([1, '2', 'a']);
// @case infer_null_first
return tf.tensor([null, 1]);
// @case infer_null_then_bool
return tf.tensor([null, true]);
// @case infer_bool_then_num
return tf.tensor([true, 1, 0]);
// @case infer_bool_then_string
return tf.tensor([true, 'a', '']);
// @case infer_string_then_num
return tf.tensor(['a', 1]);
// @case infer_string_then_bool
return tf.tensor(['1', true]);
// @case infer_strings
return tf.tensor(['a', 'bc', '']);
// @case infer_bools
return tf.tensor([true, false]);
// @case infer_empty
return tf.tensor([]);
// @case infer_empty_nested
return tf.tensor([[]]);
// @case infer_empty_nested2
return tf.tensor([[], []]);
// @case infer_floats
return tf.tensor([0.1, -2.5, 1e-7, 3.4e38]);
// @case infer_big_float
return tf.tensor([1e39, -1e39, 1e-46]);
// @case infer_nan_inf
return tf.tensor([NaN, Infinity, -Infinity]);
// @case infer_nested_bools
return tf.tensor([[true], [false]]);
// @case infer_nested_strings
return tf.tensor([['a', 'b'], ['c', 'd']]);
// @case infer_string_mix_all
return tf.tensor(['a', 1.5, true, null, 1e21, 1e-7, 100, 0.1]);
// @case infer_unicode
return tf.tensor(['é', '日本', '😀']);
// @case infer_typed_int32
return tf.tensor(new Int32Array([1, -5]));
// @py
return tf.tensor(np.array([1, -5], dtype=np.int32))
// @case infer_typed_uint8
return tf.tensor(new Uint8Array([1, 255]));
// @py
return tf.tensor(np.array([1, 255], dtype=np.uint8))
// @case infer_typed_float32
return tf.tensor(new Float32Array([1.5, 0.1]));
// @py
return tf.tensor(np.array([1.5, 0.1], dtype=np.float32))
// @case typed_float32_as_int32
return tf.tensor(new Float32Array([1.5, -2.5]), null, 'int32');
// @py
return tf.tensor(np.array([1.5, -2.5], dtype=np.float32), None, 'int32')
// @case typed_int32_as_float
return tf.tensor(new Int32Array([1, -5]), [2, 1], 'float32');
// @py
return tf.tensor(np.array([1, -5], dtype=np.int32), [2, 1], 'float32')
// @case typed_int32_as_bool
return tf.tensor(new Int32Array([1, -5, 0]), null, 'bool');
// @py
return tf.tensor(np.array([1, -5, 0], dtype=np.int32), None, 'bool')
// @case typed_with_shape
return tf.tensor(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3]);
// @py
return tf.tensor(np.array([1, 2, 3, 4, 5, 6], dtype=np.float32), [2, 3])
// @case dtype_int32_trunc
return tf.tensor([1.7, -1.7, 2.5, -0.5], null, 'int32');
// @case dtype_int32_wrap
return tf.tensor([2147483648, 4294967297, 1e10, -2147483649, 2.5e9, 1e20], null, 'int32');
// @case dtype_int32_nan_inf
return tf.tensor([NaN, Infinity, -Infinity], null, 'int32');
// @case dtype_int32_bool
return tf.tensor([true, false], null, 'int32');
// @case dtype_int32_strings
return tf.tensor(['1', '0', 'a', '7.9', '-7.9'], null, 'int32');
// @case dtype_bool_from_numbers
return tf.tensor([1.7, 0, -2], null, 'bool');
// @case dtype_bool_math_round
return tf.tensor([0.4, 0.5, -0.5, -0.6, 1.5, -1.5, 0.49999999], null, 'bool');
// @case dtype_bool_nan_inf
return tf.tensor([NaN, Infinity, -Infinity], null, 'bool');
// @case dtype_bool_strings
return tf.tensor(['1', '0', 'a', '', ' 2 '], null, 'bool');
// @case dtype_float_from_bool
return tf.tensor([true, false], null, 'float32');
// @case dtype_float_from_strings
return tf.tensor(['a', '3'], null, 'float32');
// @case dtype_string_from_mixed
return tf.tensor(['a', 1, true], null, 'string');
// @case dtype_bool_nested
return tf.tensor([[2, 0], [0.7, 0.2]], [2, 2], 'bool');
// @case dtype_int32_scalar
return tf.tensor(3.9, [], 'int32');
// @case dtype_float_with_null
return tf.tensor([null, 2], null, 'float32');
// @case parse_ws
return tf.tensor([' 12 '], null, 'float32');
// @case parse_hex
return tf.tensor(['0x10'], null, 'float32');
// @case parse_hex_upper
return tf.tensor(['0X1F'], null, 'float32');
// @case parse_exp
return tf.tensor(['1e3'], null, 'float32');
// @case parse_empty
return tf.tensor([''], null, 'float32');
// @case parse_space
return tf.tensor([' '], null, 'float32');
// @case parse_inf
return tf.tensor(['Infinity'], null, 'float32');
// @case parse_neg_inf
return tf.tensor(['-Infinity'], null, 'float32');
// @case parse_lower_inf
return tf.tensor(['inf'], null, 'float32');
// @case parse_underscore
return tf.tensor(['1_000'], null, 'float32');
// @case parse_suffix
return tf.tensor(['12px'], null, 'float32');
// @case parse_lead_dot
return tf.tensor(['.5'], null, 'float32');
// @case parse_trail_dot
return tf.tensor(['5.'], null, 'float32');
// @case parse_plus
return tf.tensor(['+3'], null, 'float32');
// @case parse_bin
return tf.tensor(['0b11'], null, 'float32');
// @case parse_oct
return tf.tensor(['0o7'], null, 'float32');
// @case parse_neg_hex
return tf.tensor(['-0x10'], null, 'float32');
// @case parse_nbsp
return tf.tensor(['\u00a01\u00a0'], null, 'float32');
// @case parse_arabic_digits
return tf.tensor(['١٢'], null, 'float32');
// @case parse_nan_word
return tf.tensor(['NaN'], null, 'float32');
// @case parse_bare_e
return tf.tensor(['1e'], null, 'float32');
// @case parse_minus
return tf.tensor(['-'], null, 'float32');
// @case parse_minus_space
return tf.tensor(['- 1'], null, 'float32');
// @case parse_double_sign
return tf.tensor(['+-1'], null, 'float32');
// @case parse_tab_newline
return tf.tensor(['\t\n3'], null, 'float32');
// @case parse_neg_exp
return tf.tensor(['-2.5e-3'], null, 'float32');
// @case parse_hex_bad
return tf.tensor(['0x1g'], null, 'float32');
// @case parse_plus_inf
return tf.tensor(['+Infinity'], null, 'float32');
// @case parse_infinity_lower
return tf.tensor(['infinity'], null, 'float32');
// @case err_float64
tf.tensor([1], null, 'float64');
// @case err_complex64
tf.tensor([1], null, 'complex64');
// @case err_int64
tf.tensor([1], null, 'int64');
// @case err_size_mismatch
tf.tensor([1, 2, 3], [2, 2]);
// @case err_no_broadcast_1
tf.tensor([7], [3]);
// @case err_no_broadcast_scalar
tf.tensor(7, [2, 2]);
// @case err_nested_vs_flat_shape
tf.tensor([[1, 2], [3, 4]], [4]);
// @case err_nested_vs_14
tf.tensor([[1, 2], [3, 4]], [1, 4]);
// @case err_nested_vs_41
tf.tensor([[1, 2], [3, 4]], [4, 1]);
// @case err_nested3_vs_2d
tf.tensor([[[1, 2]], [[3, 4]]], [2, 2]);
// @case err_negative_dim
tf.tensor([1, 2], [2, -1]);
// @case err_fractional_dim
tf.tensor([1, 2], [2.5]);
// @case err_null_values
tf.tensor(null);
// @case err_object_values
tf.tensor({a: 1});
// @case err_tensor_values
tf.tensor(tf.tensor([1]));
// @case err_strings_numbers
tf.tensor([1, 2], null, 'string').dataSync();
// @case err_t2_flat_no_shape
tf.tensor2d([1, 2, 3, 4]);
// @case err_t2_empty_no_shape
tf.tensor2d([]);
// @case err_t2_shape_rank
tf.tensor2d([1, 2], [1, 2, 1]);
// @case err_t2_scalar
tf.tensor2d(5);
// @case err_t2_scalar_shape
tf.tensor2d(5, [1, 1]);
// @case err_t2_nested_badshape
tf.tensor2d([[1, 2], [3, 4]], [1, 4]);
// @case err_t2_nested_badcount
tf.tensor2d([[1, 2], [3, 4]], [3, 2]);
// @case err_t2_3d
tf.tensor2d([[[1]]]);
// @case err_t1_nested
tf.tensor1d([[1, 2]]);
// @case err_t1_scalar
tf.tensor1d(5);
// @case err_t3_2d
tf.tensor3d([[1, 2]]);
// @case err_t3_4d
tf.tensor3d([[[[1]]]]);
// @case err_t3_flat
tf.tensor3d([1, 2]);
// @case err_t3_shape_rank
tf.tensor3d([1, 2], [2]);
// @case err_t4_2d
tf.tensor4d([[1, 2]]);
// @case err_t4_flat
tf.tensor4d([1, 2]);
// @case err_t4_shape_rank
tf.tensor4d([1, 2], [2, 1]);
// @case err_t5_2d
tf.tensor5d([[1, 2]]);
// @case err_t5_flat
tf.tensor5d([1, 2]);
// @case err_t5_shape_rank
tf.tensor5d([1, 2], [2]);
// @case err_t6_2d
tf.tensor6d([[1, 2]]);
// @case err_t6_flat
tf.tensor6d([1, 2]);
// @case err_t6_shape_rank
tf.tensor6d([1, 2], [2]);
// @case err_scalar_list
tf.scalar([1]);
// @case err_scalar_nested
tf.scalar([[1]]);
// @case err_scalar_null
tf.scalar(null);
// @case err_scalar_object
tf.scalar({});
// @case err_scalar_complex
tf.scalar(1, 'complex64');
// @case err_scalar_bad_dtype
tf.scalar(1, 'float16');
// @case shape_scalar_to_1
return tf.tensor(7, [1]);
// @case shape_scalar_to_111
return tf.tensor(7, [1, 1, 1]);
// @case shape_nested_21_to_2
return tf.tensor([[1], [2]], [2]);
// @case shape_nested_to_221
return tf.tensor([[1, 2], [3, 4]], [2, 2, 1]);
// @case shape_nested_to_212
return tf.tensor([[1, 2], [3, 4]], [2, 1, 2]);
// @case shape_flat_to_23
return tf.tensor([1, 2, 3, 4, 5, 6], [2, 3]);
// @case shape_flat_to_scalar
return tf.tensor([1], []);
// @case shape_empty_to_02
return tf.tensor([], [0, 2]);
// @case shape_empty_nested_int
return tf.tensor([[], []], null, 'int32');
// @case shape_empty_string
return tf.tensor([], null, 'string');
// @case shape_t1
return tf.tensor1d([1, 2], 'int32');
// @case shape_t1_bool
return tf.tensor1d([true, false]);
// @case shape_t1_empty
return tf.tensor1d([]);
// @case shape_t2_nested
return tf.tensor2d([[1, 2], [3, 4]]);
// @case shape_t2_nested_shape
return tf.tensor2d([[1, 2], [3, 4]], [2, 2]);
// @case shape_t2_flat_shape
return tf.tensor2d([1, 2, 3, 4], [2, 2], 'int32');
// @case shape_t2_empty
return tf.tensor2d([], [0, 2]);
// @case shape_t2_empty_nested
return tf.tensor2d([[]]);
// @case shape_t2_strings
return tf.tensor2d([['a'], ['b']]);
// @case shape_t3_nested
return tf.tensor3d([[[1], [2]], [[3], [4]]]);
// @case shape_t3_flat_shape
return tf.tensor3d([1, 2, 3, 4], [2, 2, 1]);
// @case shape_t4_nested
return tf.tensor4d([[[[1, 2]]]]);
// @case shape_t4_flat
return tf.tensor4d([1, 2, 3, 4], [1, 2, 1, 2], 'bool');
// @case shape_t5_nested
return tf.tensor5d([[[[[1], [2]]]]]);
// @case shape_t5_flat
return tf.tensor5d([1, 2, 3, 4], [1, 1, 2, 2, 1]);
// @case shape_t6_nested
return tf.tensor6d([[[[[[1, 2]]]]]]);
// @case shape_t6_flat
return tf.tensor6d([1, 2], [1, 1, 1, 1, 2, 1], 'int32');
// @case shape_scalar
return tf.scalar(3.5);
// @case shape_scalar_int
return tf.scalar(3.9, 'int32');
// @case shape_scalar_bool
return tf.scalar(true);
// @case shape_scalar_string
return tf.scalar('hi');
// @case shape_scalar_bool_as_float
return tf.scalar(true, 'float32');
// @case shape_scalar_str_as_int
return tf.scalar('7', 'int32');
// @case shape_scalar_num_as_bool
return tf.scalar(0.4, 'bool');
// @case shape_scalar_nan_int
return tf.scalar(NaN, 'int32');
// @case fill_zeros
return tf.zeros([2, 3]);
// @case fill_zeros_int
return tf.zeros([2], 'int32');
// @case fill_zeros_bool
return tf.zeros([2], 'bool');
// @case fill_zeros_complex
return tf.zeros([2], 'complex64');
// @case fill_zeros_scalar
return tf.zeros([]);
// @case fill_zeros_empty
return tf.zeros([0, 2]);
// @case fill_ones
return tf.ones([3]);
// @case fill_ones_int
return tf.ones([1, 2], 'int32');
// @case fill_ones_bool
return tf.ones([2], 'bool');
// @case fill_ones_complex
return tf.ones([2], 'complex64');
// @case fill_ones_undefined_dtype
return tf.ones([2], undefined);
// @case fill
return tf.fill([2, 2], 4);
// @case fill_string
return tf.fill([2], 'a');
// @case fill_bool
return tf.fill([2], true);
// @case fill_int_trunc
return tf.fill([2], 1.5, 'int32');
// @case fill_int_nan
return tf.fill([2], NaN, 'int32');
// @case fill_int_wrap
return tf.fill([2], 2147483648.5, 'int32');
// @case fill_str_float
return tf.fill([2], 'a', 'float32');
// @case fill_str_int
return tf.fill([2], '3', 'int32');
// @case fill_numstr_inferred
return tf.fill([1], '7.9');
// @case fill_scalar
return tf.fill([], 2.5);
// @case fill_float
return tf.fill([3], 0.1);
// @case fill_zeros_like
return tf.zerosLike(tf.tensor([[1, 2]]));
// @case fill_zeros_like_int
return tf.zerosLike(tf.tensor([1], null, 'int32'));
// @case fill_zeros_like_bool
return tf.zerosLike(tf.tensor([true]));
// @case fill_zeros_like_complex
return tf.zerosLike(tf.complex([1], [2]));
// @case fill_zeros_like_list
return tf.zerosLike([1, 2]);
// @case fill_ones_like
return tf.onesLike(tf.tensor([[1, 2]]));
// @case fill_ones_like_int
return tf.onesLike(tf.tensor([5], null, 'int32'));
// @case fill_ones_like_bool
return tf.onesLike(tf.tensor([false]));
// @case fill_ones_like_complex
return tf.onesLike(tf.complex([1], [2]));
// @case fill_ones_like_list
return tf.onesLike([1, 2]);
// @case fill_ones_like_scalar
return tf.onesLike(3);
// @case fill_bool_store_0
return tf.fill([2], 0.6, 'bool');
// @case fill_bool_store_1
return tf.fill([2], 256, 'bool');
// @case fill_bool_store_2
return tf.fill([2], NaN, 'bool');
// @case fill_bool_store_3
return tf.fill([2], 'a', 'bool');
// @case fill_bool_store_4
return tf.fill([2], true, 'bool');
// @case fill_bool_store_5
return tf.fill([2], 1, 'bool');
// @case fill_bool_store_6
return tf.fill([2], 0.4, 'bool');
// @case fill_bool_store_7
return tf.fill([2], -0.9, 'bool');
// @case fill_bool_store_8
return tf.fill([2], 512.5, 'bool');
// @case err_zeros_string
tf.zeros([2], 'string');
// @case err_ones_string
tf.ones([2], 'string');
// @case err_zeros_float64
tf.zeros([2], 'float64');
// @case err_zeros_neg
tf.zeros([-1]);
// @case err_zeros_frac
tf.zeros([2.5]);
// @case err_ones_neg
tf.ones([2, -3]);
// @case err_fill_num_string
tf.fill([2], 1, 'string').dataSync();
// @case err_fill_complex
tf.fill([2], 1, 'complex64');
// @case err_fill_neg
tf.fill([-2], 1);
// @case err_fill_float64
tf.fill([2], 1, 'float64');
// @case err_zeros_like_string
tf.zerosLike(tf.tensor(['a']));
// @case err_ones_like_string
tf.onesLike(tf.tensor(['a']));
// @case err_zeros_like_null
tf.zerosLike(null);
// @case err_ones_like_null
tf.onesLike(null);
// @case err_ones_like_object
tf.onesLike({});
// @case eye_3
return tf.eye(3);
// @case eye_2x3
return tf.eye(2, 3);
// @case eye_3x2
return tf.eye(3, 2);
// @case eye_batch1
return tf.eye(2, null, [2]);
// @case eye_batch2
return tf.eye(2, 2, [2, 1]);
// @case eye_batch3
return tf.eye(2, 2, [1, 1, 1]);
// @case eye_zero
return tf.eye(0);
// @case eye_one
return tf.eye(1);
// @case eye_int32
return tf.eye(2, 2, null, 'int32');
// @case eye_bool
return tf.eye(2, 2, null, 'bool');
// @case eye_3x0
return tf.eye(3, 0);
// @case eye_batch_rect
return tf.eye(2, 3, [3], 'int32');
// @case eye_undefined_cols
return tf.eye(2, undefined);
// @case err_eye_string
tf.eye(2, 2, null, 'string').dataSync();
// @case err_eye_neg
tf.eye(-1);
// @case err_eye_frac
tf.eye(2.5);
// @case err_eye_batch0
tf.eye(2, 2, [], 'float32');
// @case err_eye_batch4
tf.eye(2, 2, [1, 1, 1, 1]);
// @case err_eye_complex
tf.eye(2, 2, null, 'complex64');
// @case err_eye_float64
tf.eye(2, 2, null, 'float64');
// @case range_basic
return tf.range(0, 5);
// @case range_step2
return tf.range(0, 5, 2);
// @case range_decreasing_step1
return tf.range(5, 0);
// @case range_decreasing_neg
return tf.range(5, 0, -1);
// @case range_decreasing_neg_frac
return tf.range(5, 0, -1.5);
// @case range_stop_omitted
return tf.range(5);
// @case range_inc_negative_step
return tf.range(0, 5, -1);
// @case range_dec_step_gt1
return tf.range(5, 0, 2);
// @case range_dec_step_1_5
return tf.range(5, 0, 1.5);
// @case range_dec_step_half
return tf.range(5, 0, 0.5);
// @case range_dec_step_0_3
return tf.range(2, 0, 0.3);
// @case range_frac_step
return tf.range(0, 1, 0.3);
// @case range_drift
return tf.range(1, 2, 0.1);
// @case range_drift_long
return tf.range(0, 3, 0.1);
// @case range_int32
return tf.range(-3, 3, 1, 'int32');
// @case range_int32_frac_start
return tf.range(0.5, 3, 1, 'int32');
// @case range_int32_frac_step
return tf.range(0, 2.5, 0.5, 'int32');
// @case range_int32_step_1_5
return tf.range(0, 6, 1.5, 'int32');
// @case range_empty_same
return tf.range(0, 0);
// @case range_neg_to_neg
return tf.range(0, -3, 1);
// @case range_neg_frac
return tf.range(-1, 1, 0.25);
// @case range_frac_start
return tf.range(0.5, 3);
// @case range_big
return tf.range(0, 100, 7);
// @case range_exact_steps
return tf.range(0, 1, 0.125);
// @case range_dec_int32
return tf.range(3, -3, -2, 'int32');
// @case range_undefined_dtype
return tf.range(0, 3, 1, undefined);
// @case range_tiny_interval
return tf.range(0, 0.5, 1);
// @case range_dec_tiny
return tf.range(0, -0.5);
// @case err_range_zero_step
tf.range(0, 5, 0);
// @case err_range_string
tf.range(0, 5, 1, 'string');
// @case err_range_float64
tf.range(0, 5, 1, 'float64');
// @case linspace_basic
return tf.linspace(0, 1, 5);
// @case linspace_reverse
return tf.linspace(1, 0, 3);
// @case linspace_one
return tf.linspace(0, 1, 1);
// @case linspace_thirds
return tf.linspace(0, 10, 4);
// @case linspace_tenths
return tf.linspace(0.1, 0.7, 7);
// @case linspace_neg
return tf.linspace(-1, 1, 5);
// @case linspace_same
return tf.linspace(2, 2, 3);
// @case linspace_many
return tf.linspace(0, 1, 11);
// @case linspace_two
return tf.linspace(3, 7, 2);
// @case err_linspace_zero
tf.linspace(0, 1, 0);
// @case err_linspace_neg
tf.linspace(0, 1, -1);
// @case onehot_basic
return tf.oneHot([0, 1, 2], 3);
// @case onehot_on_off
return tf.oneHot([0, -1, 3, 1], 3, 5, -2);
// @case onehot_float
return tf.oneHot([0, 1], 2, 1, 0, 'float32');
// @case onehot_float_on_off
return tf.oneHot(tf.tensor1d([0, 1], 'int32'), 3, 0.5, 0.25, 'float32');
// @case onehot_nested
return tf.oneHot([[0, 1], [1, 0]], 2);
// @case onehot_bool
return tf.oneHot([0, 1], 2, 1, 0, 'bool');
// @case onehot_scalar
return tf.oneHot(1, 3);
// @case onehot_int_trunc_values
return tf.oneHot([1], 3, 1.7, 0.2);
// @case onehot_out_of_range
return tf.oneHot([5, -3, 2], 3);
// @case onehot_list_float_indices
return tf.oneHot([0.5, 1.9], 2);
// @case onehot_int32_tensor
return tf.oneHot(tf.tensor1d([2, 0], 'int32'), 4);
// @case onehot_empty
return tf.oneHot(tf.tensor1d([], 'int32'), 3);
// @case onehot_undefined_dtype
return tf.oneHot([1], 2, 1, 0, undefined);
// @case onehot_neg_on
return tf.oneHot([1, 0], 2, -1, 1, 'float32');
// @case err_onehot_float_tensor
tf.oneHot(tf.tensor([0.5, 1]), 2);
// @case err_onehot_bool_tensor
tf.oneHot(tf.tensor1d([true]), 2);
// @case err_onehot_depth1
tf.oneHot([0], 1);
// @case err_onehot_depth0
tf.oneHot([0], 0);
// @case err_onehot_depth_neg
tf.oneHot([1], -1);
// @case err_onehot_null
tf.oneHot(null, 2);
// @case err_onehot_null_depth1
tf.oneHot(null, 1);
// @case err_onehot_string_dtype
tf.oneHot([1], 2, 1, 0, 'string').dataSync();
// @case err_onehot_string_indices
tf.oneHot(tf.tensor(['a']), 2);
// @case complex_scalar
return tf.complex(1, 2);
// @case complex_vec
return tf.complex([1, 2], [3, 4]);
// @case complex_int_real
return tf.complex(tf.tensor1d([1, 2], 'int32'), [3, 4]);
// @case complex_bool_parts
return tf.complex(tf.tensor1d([true, false]), tf.tensor1d([false, true]));
// @case complex_matrix
return tf.complex([[1, 2], [3, 4]], [[5, 6], [7, 8]]);
// @case complex_empty
return tf.complex([], []);
// @case complex_real
return tf.real(tf.complex([1, 2], [3, 4]));
// @case complex_imag
return tf.imag(tf.complex([1, 2], [3, 4]));
// @case complex_imag_scalar
return tf.imag(tf.complex(1, -2));
// @case complex_real_matrix
return tf.real(tf.complex([[1.5]], [[2]]));
// @case complex_special
return tf.complex([NaN, Infinity], [-Infinity, 0.1]);
// @case err_complex_shape
tf.complex([1, 2], [3]);
// @case err_complex_shape2d
tf.complex([[1, 2]], [[3], [4]]);
// @case err_complex_strings
tf.complex(['a'], ['b']);
// @case err_complex_imag_string
tf.complex([1], ['b']);
// @case err_complex_null
tf.complex(null, [1]);
// @case err_complex_null_imag
tf.complex([1], null);
// @case err_complex_real_null
tf.real(null);
// @case err_complex_real_string
tf.real(tf.scalar('a'));
// @case err_complex_imag_string_input
tf.imag(tf.tensor(['a']));
// @case buffer_to_tensor
const b = tf.buffer([2, 2]);
b.set(3, 0, 1);
b.set(-1.5, 1, 0);
return b.toTensor();
// @case buffer_values_int32
return tf.buffer([2, 2], 'int32', [1, 2, 3, 4]).toTensor();
// @case buffer_bool_values
return tf.buffer([2], 'bool', [1, 0]).toTensor();
// @case buffer_strings
return tf.buffer([2], 'string', ['a', 'b']).toTensor();
// @case buffer_default_dtype
return tf.buffer([3]).toTensor();
// @case buffer_scalar
return tf.buffer([]).toTensor();
// @case buffer_undefined_dtype
return tf.buffer([2, 2], undefined, [1, 2, 3, 4]).toTensor();
// @case err_buffer_complex
tf.buffer([2], 'complex64');
// @case err_buffer_length
tf.buffer([2, 2], 'float32', [1, 2, 3]);
// @case err_buffer_neg
tf.buffer([-1]);
// @case err_buffer_float64
tf.buffer([2], 'float64');
// @case clone_float
return tf.clone(tf.tensor([1.5, 2]));
// @case clone_int
return tf.clone(tf.tensor([1, 2], null, 'int32'));
// @case clone_bool
return tf.clone(tf.tensor([true]));
// @case clone_string
return tf.clone(tf.tensor(['a', 'b']));
// @case clone_complex
return tf.clone(tf.complex(1, 2));
// @case clone_list
return tf.clone([1, 2]);
// @case clone_str
return tf.clone('a');
// @case clone_method
return tf.tensor([[1, 2]]).clone();
// @case clone_number
return tf.clone(3);
// @case clone_survives_dispose
const a = tf.tensor([1, 2]);
const b = a.clone();
a.dispose();
return b;
// @case clone_new_id
const a = tf.tensor([1]);
const b = a.clone();
return [b.id - a.id, a.isDisposed, b.isDisposed];
// @case err_clone_null
tf.clone(null);
// @case err_clone_disposed_method
const a = tf.tensor([1]);
a.dispose();
a.clone();
// @case cast_f_float32
return tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'float32');
// @case cast_f_int32
return tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'int32');
// @case cast_f_bool
return tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'bool');
// @case cast_f_string
tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'string');
// @case cast_f_complex64
return tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'complex64');
// @case cast_f_float64
tf.cast(tf.tensor1d([2.7, -2.7, 1e10, NaN, 0, -0.4, Infinity]), 'float64');
// @case cast_i_float32
return tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'float32');
// @case cast_i_int32
return tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'int32');
// @case cast_i_bool
return tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'bool');
// @case cast_i_string
tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'string');
// @case cast_i_complex64
return tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'complex64');
// @case cast_i_float64
tf.cast(tf.tensor1d([3, 0, -2, 16777216], 'int32'), 'float64');
// @case cast_b_float32
return tf.cast(tf.tensor1d([true, false]), 'float32');
// @case cast_b_int32
return tf.cast(tf.tensor1d([true, false]), 'int32');
// @case cast_b_bool
return tf.cast(tf.tensor1d([true, false]), 'bool');
// @case cast_b_string
tf.cast(tf.tensor1d([true, false]), 'string');
// @case cast_b_complex64
return tf.cast(tf.tensor1d([true, false]), 'complex64');
// @case cast_b_float64
tf.cast(tf.tensor1d([true, false]), 'float64');
// @case cast_s_float32
tf.cast(tf.tensor1d(['1.5', 'a']), 'float32');
// @case cast_s_int32
tf.cast(tf.tensor1d(['1.5', 'a']), 'int32');
// @case cast_s_bool
tf.cast(tf.tensor1d(['1.5', 'a']), 'bool');
// @case cast_s_string
tf.cast(tf.tensor1d(['1.5', 'a']), 'string');
// @case cast_s_complex64
tf.cast(tf.tensor1d(['1.5', 'a']), 'complex64');
// @case cast_s_float64
tf.cast(tf.tensor1d(['1.5', 'a']), 'float64');
// @case cast_c_float32
return tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'float32');
// @case cast_c_int32
return tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'int32');
// @case cast_c_bool
return tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'bool');
// @case cast_c_string
tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'string');
// @case cast_c_complex64
return tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'complex64');
// @case cast_c_float64
tf.cast(tf.complex([1.5, -2.7, 0, 0], [3, 0, 1, 0]), 'float64');
// @case cast_i_complex64_big
return tf.cast(tf.tensor1d([2147483647, -2147483648], 'int32'), 'complex64');
// @case cast_method
return tf.tensor([1.9, -1.9]).cast('int32');
// @case cast_list
return tf.cast([1.5, 2], 'int32');
// @case cast_number
return tf.cast(2.5, 'bool');
// @case cast_int_wrap_big
return tf.cast(tf.tensor([4294967296, 4294967297, -4294967297, 3e9]), 'int32');
// @case cast_scalar_bool
return tf.cast(tf.scalar(0.1), 'bool');
// @case cast_empty
return tf.cast(tf.zeros([2, 0]), 'int32');
// @case err_cast_null
tf.cast(null, 'int32');
// @case err_cast_undefined_dtype
tf.cast(tf.tensor([1]), undefined);
// @case err_cast_bad_dtype
tf.cast(tf.tensor([1]), 'int8');
