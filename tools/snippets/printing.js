// Golden printing cases: toString/print/tf.print layout and number formatting
// (tfjs-facts.md section 1). Python ports use list(range(n)) for Array.from.
// @case elem_0_1
tf.tensor1d([0.1]).print();
// @case elem_third
tf.tensor1d([1/3]).print();
// @case elem_pi
tf.tensor1d([3.14159265]).print();
// @case elem_100_1
tf.tensor1d([100.1]).print();
// @case elem_4_35
tf.tensor1d([4.35]).print();
// @case elem_123456_789
tf.tensor1d([123456.789]).print();
// @case elem_123456789
tf.tensor1d([123456789]).print();
// @case elem_16777217
tf.tensor1d([16777217]).print();
// @case elem_1em9
tf.tensor1d([1e-9]).print();
// @case elem_neg_1em9
tf.tensor1d([-1e-9]).print();
// @case elem_1em7
tf.tensor1d([1e-7]).print();
// @case elem_5em8
tf.tensor1d([5e-8]).print();
// @case elem_5em7
tf.tensor1d([0.0000005]).print();
// @case elem_1_2em6
tf.tensor1d([0.0000012]).print();
// @case elem_9_5em7
tf.tensor1d([0.00000095]).print();
// @case elem_1e15
tf.tensor1d([1e15]).print();
// @case elem_1e16
tf.tensor1d([1e16]).print();
// @case elem_1e20
tf.tensor1d([1e20]).print();
// @case elem_1e21
tf.tensor1d([1e21]).print();
// @case elem_neg_1e21
tf.tensor1d([-1e21]).print();
// @case elem_1e22
tf.tensor1d([1e22]).print();
// @case elem_3_4e38
tf.tensor1d([3.4e38]).print();
// @case elem_neg_3_4e38
tf.tensor1d([-3.4e38]).print();
// @case elem_1em6
tf.tensor1d([0.000001]).print();
// @case elem_1em5
tf.tensor1d([0.00001]).print();
// @case elem_1em4
tf.tensor1d([0.0001]).print();
// @case elem_1_5em7
tf.tensor1d([1.5e-7]).print();
// @case elem_4_9em8
tf.tensor1d([4.9e-8]).print();
// @case elem_5_1em8
tf.tensor1d([5.1e-8]).print();
// @case elem_9_99e20
tf.tensor1d([9.99e20]).print();
// @case elem_1em45
tf.tensor1d([1e-45]).print();
// @case elem_1em38
tf.tensor1d([1e-38]).print();
// @case elem_65504
tf.tensor1d([65504]).print();
// @case elem_half
tf.tensor1d([0.5]).print();
// @case elem_neg_half
tf.tensor1d([-0.5]).print();
// @case elem_1e6
tf.tensor1d([1e6]).print();
// @case elem_1e7
tf.tensor1d([1e7]).print();
// @case elem_12345678_9
tf.tensor1d([12345678.9]).print();
// @case elem_0_9999999
tf.tensor1d([0.9999999]).print();
// @case elem_0_99999999
tf.tensor1d([0.99999999]).print();
// @case elem_neg_2_5
tf.tensor1d([-2.5]).print();
// @case elem_0_3
tf.tensor1d([0.3]).print();
// @case elem_0_7
tf.tensor1d([0.7]).print();
// @case elem_2_675
tf.tensor1d([2.675]).print();
// @case elem_1_0000001
tf.tensor1d([1.0000001]).print();
// @case elem_neg_123_456
tf.tensor1d([-123.456]).print();
// @case elem_2pow31
tf.tensor1d([2147483648]).print();
// @case elem_2pow24p
tf.tensor1d([16777216.5]).print();
// @case elem_0_0000001499
tf.tensor1d([0.0000001499]).print();
// @case elem_neg_5em7
tf.tensor1d([-0.0000005]).print();
// @case elem_nan
tf.tensor1d([NaN]).print();
// @case elem_inf
tf.tensor1d([Infinity]).print();
// @case elem_neg_inf
tf.tensor1d([-Infinity]).print();
// @case elem_neg_zero
tf.tensor1d([-0]).print();
// @case elem_row_table
tf.tensor1d([0.1, 1/3, 3.14159265, 100.1, 4.35, 123456.789, 123456789, 16777217]).print();
// @case elem_row_small
tf.tensor1d([1e-9, -1e-9, 1e-7, 5e-8, 0.0000005, 0.0000012, 0.00000095]).print();
// @case elem_row_big
tf.tensor1d([1e15, 1e16, 1e20, 1e21]).print();
// @case elem_row_special
tf.tensor1d([NaN, Infinity, -Infinity, -0, 0]).print();
// @case elem_2d_table
tf.tensor2d([[0.1, 1/3, 3.14159265], [100.1, 4.35, 123456.789]]).print();
// @case tie_table
tf.tensor1d([0.00390625, -0.00390625, 0.01171875, 1.01171875]).print();
// @case tie_0
tf.tensor1d([0.00390625]).print();
// @case tie_1
tf.tensor1d([-0.00390625]).print();
// @case tie_2
tf.tensor1d([0.01171875]).print();
// @case tie_3
tf.tensor1d([1.01171875]).print();
// @case tie_4
tf.tensor1d([2.99609375]).print();
// @case tie_5
tf.tensor1d([-5.99609375]).print();
// @case tie_6
tf.tensor1d([100.00390625]).print();
// @case tie_7
tf.tensor1d([-100.00390625]).print();
// @case tie_8
tf.tensor1d([10000.00390625]).print();
// @case tie_9
tf.tensor1d([65535.99609375]).print();
// @case tie_10
tf.tensor1d([0.99609375]).print();
// @case tie_11
tf.tensor1d([-0.01953125]).print();
// @case tie_12
tf.tensor1d([0.50390625]).print();
// @case tie_13
tf.tensor1d([3.00390625]).print();
// @case tie_2d
tf.tensor2d([[0.00390625, 1], [-0.01171875, 2.00390625]]).print();
// @case tie_complex
tf.complex([0.00390625, 1], [-0.01171875, 2.00390625]).print();
// @case tie_int32_print
tf.tensor1d([0.00390625, -1.99609375], 'int32').print();
// @case int32_extremes
tf.tensor1d([2147483647, -2147483648, 0, -1], 'int32').print();
// @case int32_extremes_2d
tf.tensor2d([[2147483647, 1], [-2147483648, -22]], [2, 2], 'int32').print();
// @case int32_wrap_print
tf.tensor1d([2147483648, 4294967297, -2147483649], 'int32').print();
// @case int32_2d
tf.tensor2d([[1, -20], [300, 4]], [2, 2], 'int32').print();
// @case scalar_f32_0
tf.scalar(0.1).print();
// @case scalar_f32_1
tf.scalar(1/3).print();
// @case scalar_f32_2
tf.scalar(0.3).print();
// @case scalar_f32_3
tf.scalar(3.5).print();
// @case scalar_f32_4
tf.scalar(1e-5).print();
// @case scalar_f32_5
tf.scalar(1e-7).print();
// @case scalar_f32_6
tf.scalar(1e21).print();
// @case scalar_f32_7
tf.scalar(-0).print();
// @case scalar_f32_8
tf.scalar(NaN).print();
// @case scalar_f32_9
tf.scalar(-Infinity).print();
// @case scalar_f32_10
tf.scalar(Infinity).print();
// @case scalar_f32_11
tf.scalar(123456789).print();
// @case scalar_f32_12
tf.scalar(1e-45).print();
// @case scalar_f32_13
tf.scalar(3.4e38).print();
// @case scalar_f32_14
tf.scalar(0.00390625).print();
// @case scalar_f32_15
tf.scalar(-2.5).print();
// @case scalar_f32_16
tf.scalar(100.1).print();
// @case scalar_f32_17
tf.scalar(1e20).print();
// @case scalar_f32_18
tf.scalar(0).print();
// @case scalar_f32_19
tf.scalar(16777217).print();
// @case scalar_f32_20
tf.scalar(0.000001).print();
// @case scalar_f32_21
tf.scalar(1e-6 * 0.5).print();
// @case scalar_i32_0
tf.scalar(5, 'int32').print();
// @case scalar_i32_1
tf.scalar(-5, 'int32').print();
// @case scalar_i32_2
tf.scalar(2147483647, 'int32').print();
// @case scalar_i32_3
tf.scalar(-2147483648, 'int32').print();
// @case scalar_i32_4
tf.scalar(0, 'int32').print();
// @case scalar_i32_5
tf.scalar(1.9, 'int32').print();
// @case scalar_i32_6
tf.scalar(-1.9, 'int32').print();
// @case scalar_bool
tf.scalar(true).print(); tf.scalar(false).print(); tf.scalar(2, 'bool').print();
// @case scalar_string
tf.scalar('hello').print(); tf.scalar('').print(); tf.scalar("it's").print();
// @case scalar_complex
tf.complex(1.5, 2).print(); tf.complex(0.1, -0.3).print(); tf.complex(-0, 1e-9).print();
// @case scalar_verbose_all
tf.scalar(0.1).print(true); tf.scalar(3, 'int32').print(true); tf.scalar(true).print(true); tf.scalar('s').print(true); tf.complex(1, 2).print(true);
// @case scalar_tensor_api
tf.tensor(0.1).print(); tf.tensor(7, [], 'int32').print(); tf.tensor([2.5], []).print();
// @case bool_r1
tf.tensor1d([true, false, true]).print();
// @case bool_r2
tf.tensor2d([[true, false], [false, true]]).print();
// @case bool_r3
tf.tensor3d([[[true, false]], [[false, false]], [[true, true]]]).print();
// @case bool_r2_from_numbers
tf.tensor2d([[1, 0, 3], [0.4, 0.6, -1]], [2, 3], 'bool').print();
// @case string_r1
tf.tensor1d(['a', 'bb', 'ccc']).print();
// @case string_r2
tf.tensor2d([['a', 'bbb'], ['cc', 'd']]).print();
// @case string_r3
tf.tensor3d([[['x', 'yy']], [['zzz', '']]]).print();
// @case string_quotes
tf.tensor1d(["it's", 'a"b', '']).print();
// @case string_unicode
tf.tensor2d([['é', 'a'], ['bb', 'c']]).print();
// @case string_emoji_width
tf.tensor2d([['😀', 'a'], ['bb', 'c']]).print(); tf.tensor2d([['😀', 'a'], ['b', 'c']]).print();
// @case string_cjk
tf.tensor2d([['日本', 'a'], ['b', 'cc']]).print();
// @case string_spaces
tf.tensor1d([' a ', 'b  ']).print();
// @case complex_r1
tf.complex([1, 2], [3, -4]).print();
// @case complex_r2
tf.complex([[1, 2], [3, 4]], [[5, 6], [7, -8.5]]).print();
// @case complex_r3
tf.complex([[[1], [2]], [[3], [4]]], [[[0], [0.5]], [[-1], [1e-9]]]).print();
// @case complex_special
tf.complex([NaN, Infinity, 0.1], [-Infinity, NaN, 1/3]).print();
// @case complex_one_row
tf.complex([[1, 22]], [[3, -4]]).print();
// @case pad_basic
tf.tensor2d([[1, -20], [300, 4.5]]).print();
// @case pad_negative
tf.tensor2d([[-1, 2], [3, -4000]]).print();
// @case pad_mixed_magnitudes
tf.tensor2d([[1e-7, 5e-7, 1.23e-5], [0.00001, 1e6, 1e15]]).print();
// @case pad_mixed_special
tf.tensor2d([[NaN, 1], [2, -Infinity]]).print();
// @case pad_rank3_across_blocks
tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 123456], [3, 2, 2]).print();
// @case pad_rank1_never
tf.tensor1d([1, 22222, 3.5, -4]).print();
// @case pad_bool_cols
tf.tensor2d([[true, true], [false, true]]).print();
// @case pad_wide_last_col
tf.tensor2d([[1, 2, 3], [4, 5, 66666]]).print();
// @case pad_single_col
tf.tensor2d([[1], [22], [333]]).print();
// @case pad_hidden_row
const a = Array.from({length: 21}, () => 1); a[10] = 12345;
tf.tensor(a, [21, 1]).print();
// @py
a = [1] * 21
a[10] = 12345
tf.tensor(a, [21, 1]).print()
// @case pad_hidden_row_rank3
const a = Array.from({length: 44}, () => 1); a[21] = -123.5;
tf.tensor(a, [22, 2, 1]).print();
// @py
a = [1] * 44
a[21] = -123.5
tf.tensor(a, [22, 2, 1]).print()
// @case pad_hidden_col
const a = Array.from({length: 50}, () => 1); a[10] = 12345;
tf.tensor(a, [2, 25]).print();
// @py
a = [1] * 50
a[10] = 12345
tf.tensor(a, [2, 25]).print()
// @case pad_hidden_row_and_col
const a = Array.from({length: 625}, (_, i) => i % 7); a[300] = -99999; a[24] = 8888;
tf.tensor(a, [25, 25]).print();
// @py
a = [i % 7 for i in range(625)]
a[300] = -99999
a[24] = 8888
tf.tensor(a, [25, 25]).print()
// @case pad_hidden_string
const a = Array.from({length: 23}, () => 's'); a[12] = 'long string';
tf.tensor(a, [23, 1]).print();
// @py
a = ['s'] * 23
a[12] = 'long string'
tf.tensor(a, [23, 1]).print()
// @case pad_hidden_block
const a = Array.from({length: 42}, () => 0); a[20] = 1e-7;
tf.tensor(a, [21, 1, 2]).print();
// @py
a = [0] * 42
a[20] = 1e-7
tf.tensor(a, [21, 1, 2]).print()
// @case trunc_20
tf.tensor(Array.from({length: 20}, (_, i) => i), [20]).print();
// @py
tf.tensor(list(range(20)), [20]).print()
// @case trunc_21
tf.tensor(Array.from({length: 21}, (_, i) => i), [21]).print();
// @py
tf.tensor(list(range(21)), [21]).print()
// @case trunc_22
tf.tensor(Array.from({length: 22}, (_, i) => i), [22]).print();
// @py
tf.tensor(list(range(22)), [22]).print()
// @case trunc_40
tf.tensor(Array.from({length: 40}, (_, i) => i), [40]).print();
// @py
tf.tensor(list(range(40)), [40]).print()
// @case trunc_20x2
tf.tensor(Array.from({length: 40}, (_, i) => i), [20, 2]).print();
// @py
tf.tensor(list(range(40)), [20, 2]).print()
// @case trunc_21x2
tf.tensor(Array.from({length: 42}, (_, i) => i), [21, 2]).print();
// @py
tf.tensor(list(range(42)), [21, 2]).print()
// @case trunc_2x21
tf.tensor(Array.from({length: 42}, (_, i) => i), [2, 21]).print();
// @py
tf.tensor(list(range(42)), [2, 21]).print()
// @case trunc_21x21
tf.tensor(Array.from({length: 441}, (_, i) => i), [21, 21]).print();
// @py
tf.tensor(list(range(441)), [21, 21]).print()
// @case trunc_25x25
tf.tensor(Array.from({length: 625}, (_, i) => i), [25, 25]).print();
// @py
tf.tensor(list(range(625)), [25, 25]).print()
// @case trunc_2x20
tf.tensor(Array.from({length: 40}, (_, i) => i), [2, 20]).print();
// @py
tf.tensor(list(range(40)), [2, 20]).print()
// @case trunc_21x1x1
tf.tensor(Array.from({length: 21}, (_, i) => i), [21, 1, 1]).print();
// @py
tf.tensor(list(range(21)), [21, 1, 1]).print()
// @case trunc_1x21x1
tf.tensor(Array.from({length: 21}, (_, i) => i), [1, 21, 1]).print();
// @py
tf.tensor(list(range(21)), [1, 21, 1]).print()
// @case trunc_1x1x21
tf.tensor(Array.from({length: 21}, (_, i) => i), [1, 1, 21]).print();
// @py
tf.tensor(list(range(21)), [1, 1, 21]).print()
// @case trunc_22x2x1
tf.tensor(Array.from({length: 44}, (_, i) => i), [22, 2, 1]).print();
// @py
tf.tensor(list(range(44)), [22, 2, 1]).print()
// @case trunc_21x2x2
tf.tensor(Array.from({length: 84}, (_, i) => i), [21, 2, 2]).print();
// @py
tf.tensor(list(range(84)), [21, 2, 2]).print()
// @case trunc_2x21x2
tf.tensor(Array.from({length: 84}, (_, i) => i), [2, 21, 2]).print();
// @py
tf.tensor(list(range(84)), [2, 21, 2]).print()
// @case trunc_2x2x21
tf.tensor(Array.from({length: 84}, (_, i) => i), [2, 2, 21]).print();
// @py
tf.tensor(list(range(84)), [2, 2, 21]).print()
// @case trunc_21x1x1x1
tf.tensor(Array.from({length: 21}, (_, i) => i), [21, 1, 1, 1]).print();
// @py
tf.tensor(list(range(21)), [21, 1, 1, 1]).print()
// @case trunc_1x21x1x1
tf.tensor(Array.from({length: 21}, (_, i) => i), [1, 21, 1, 1]).print();
// @py
tf.tensor(list(range(21)), [1, 21, 1, 1]).print()
// @case trunc_1x1x21x1
tf.tensor(Array.from({length: 21}, (_, i) => i), [1, 1, 21, 1]).print();
// @py
tf.tensor(list(range(21)), [1, 1, 21, 1]).print()
// @case trunc_1x1x1x21
tf.tensor(Array.from({length: 21}, (_, i) => i), [1, 1, 1, 21]).print();
// @py
tf.tensor(list(range(21)), [1, 1, 1, 21]).print()
// @case trunc_2x2x2x21
tf.tensor(Array.from({length: 168}, (_, i) => i), [2, 2, 2, 21]).print();
// @py
tf.tensor(list(range(168)), [2, 2, 2, 21]).print()
// @case trunc_21x2x1x2
tf.tensor(Array.from({length: 84}, (_, i) => i), [21, 2, 1, 2]).print();
// @py
tf.tensor(list(range(84)), [21, 2, 1, 2]).print()
// @case trunc_2x21x1x2
tf.tensor(Array.from({length: 84}, (_, i) => i), [2, 21, 1, 2]).print();
// @py
tf.tensor(list(range(84)), [2, 21, 1, 2]).print()
// @case trunc_1x2x21x2
tf.tensor(Array.from({length: 84}, (_, i) => i), [1, 2, 21, 2]).print();
// @py
tf.tensor(list(range(84)), [1, 2, 21, 2]).print()
// @case trunc_21x21x1
tf.tensor(Array.from({length: 441}, (_, i) => i), [21, 21, 1]).print();
// @py
tf.tensor(list(range(441)), [21, 21, 1]).print()
// @case trunc_21x1x21
tf.tensor(Array.from({length: 441}, (_, i) => i), [21, 1, 21]).print();
// @py
tf.tensor(list(range(441)), [21, 1, 21]).print()
// @case trunc_24_int32
tf.tensor(Array.from({length: 24}, (_, i) => i), [24], 'int32').print();
// @py
tf.tensor(list(range(24)), [24], 'int32').print()
// @case trunc_22x2_int32
tf.tensor(Array.from({length: 44}, (_, i) => i), [22, 2], 'int32').print();
// @py
tf.tensor(list(range(44)), [22, 2], 'int32').print()
// @case trunc_24_bool
tf.tensor(Array.from({length: 24}, (_, i) => i), [24], 'bool').print();
// @py
tf.tensor(list(range(24)), [24], 'bool').print()
// @case trunc_22x2_bool
tf.tensor(Array.from({length: 44}, (_, i) => i), [22, 2], 'bool').print();
// @py
tf.tensor(list(range(44)), [22, 2], 'bool').print()
// @case trunc_21_float_frac
tf.tensor(Array.from({length: 21}, (_, i) => (i + 0) * 0.1), [21]).print();
// @py
tf.tensor([(i + 0) * 0.1 for i in range(21)], [21]).print()
// @case trunc_string
tf.tensor1d(Array.from({length: 21}, (_, i) => 's' + i)).print();
// @py
tf.tensor1d(['s' + str(i) for i in range(21)]).print()
// @case trunc_string_2d
tf.tensor(Array.from({length: 44}, (_, i) => 's' + i), [22, 2]).print();
// @py
tf.tensor(['s' + str(i) for i in range(44)], [22, 2]).print()
// @case trunc_complex
const r = Array.from({length: 21}, (_, i) => i);
tf.complex(r, r).print();
// @py
r = list(range(21))
tf.complex(r, r).print()
// @case trunc_bool_tail
tf.tensor1d(Array.from({length: 21}, (_, i) => i > 10)).print();
// @py
tf.tensor1d([i > 10 for i in range(21)]).print()
// @case trunc_verbose
tf.tensor(Array.from({length: 63}, (_, i) => i), [21, 3]).print(true);
// @py
tf.tensor(list(range(63)), [21, 3]).print(True)
// @case rank_2
tf.tensor(Array.from({length: 2}, (_, i) => i + 1), [2]).print();
// @py
tf.tensor([i + 1 for i in range(2)], [2]).print()
// @case rank_2x2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 2]).print();
// @py
tf.tensor([i + 1 for i in range(4)], [2, 2]).print()
// @case rank_2x2x2
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [2, 2, 2]).print();
// @py
tf.tensor([i + 1 for i in range(8)], [2, 2, 2]).print()
// @case rank_2x2x2x2
tf.tensor(Array.from({length: 16}, (_, i) => i + 1), [2, 2, 2, 2]).print();
// @py
tf.tensor([i + 1 for i in range(16)], [2, 2, 2, 2]).print()
// @case rank_2x2x2x2x2
tf.tensor(Array.from({length: 32}, (_, i) => i + 1), [2, 2, 2, 2, 2]).print();
// @py
tf.tensor([i + 1 for i in range(32)], [2, 2, 2, 2, 2]).print()
// @case rank_2x2x2x2x2x2
tf.tensor(Array.from({length: 64}, (_, i) => i + 1), [2, 2, 2, 2, 2, 2]).print();
// @py
tf.tensor([i + 1 for i in range(64)], [2, 2, 2, 2, 2, 2]).print()
// @case rank_2x3
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [2, 3]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [2, 3]).print()
// @case rank_3x2
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [3, 2]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [3, 2]).print()
// @case rank_2x3x4
tf.tensor(Array.from({length: 24}, (_, i) => i + 1), [2, 3, 4]).print();
// @py
tf.tensor([i + 1 for i in range(24)], [2, 3, 4]).print()
// @case rank_3x1x2
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [3, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [3, 1, 2]).print()
// @case rank_1x2x3
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [1, 2, 3]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [1, 2, 3]).print()
// @case rank_2x1x2x1x2
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [2, 1, 2, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(8)], [2, 1, 2, 1, 2]).print()
// @case rank_1x2x1x2x1x2
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [1, 2, 1, 2, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(8)], [1, 2, 1, 2, 1, 2]).print()
// @case rank_3x2x1x1x2
tf.tensor(Array.from({length: 12}, (_, i) => i + 1), [3, 2, 1, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(12)], [3, 2, 1, 1, 2]).print()
// @case rank_2x1x1x1x1x2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 1, 1, 1, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(4)], [2, 1, 1, 1, 1, 2]).print()
// @case rank_4x3x2x1
tf.tensor(Array.from({length: 24}, (_, i) => i + 1), [4, 3, 2, 1]).print();
// @py
tf.tensor([i + 1 for i in range(24)], [4, 3, 2, 1]).print()
// @case rank_tensorNd
tf.tensor4d([1, 2, 3, 4], [1, 2, 1, 2]).print(); tf.tensor5d([1, 2], [1, 1, 1, 2, 1]).print(); tf.tensor6d([[[[[[7]]]]]]).print();
// @case rank3_doc
tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [3, 2, 2]).print();
// @case rank3_nested_one_block
tf.tensor3d([[[1, 2], [3, 4]]]).print();
// @case empty_0
tf.tensor([], [0]).print();
// @case empty_0x3
tf.tensor([], [0, 3]).print();
// @case empty_2x0
tf.tensor([], [2, 0]).print();
// @case empty_2x0x3
tf.tensor([], [2, 0, 3]).print();
// @case empty_0x2x3
tf.tensor([], [0, 2, 3]).print();
// @case empty_3x0x0
tf.tensor([], [3, 0, 0]).print();
// @case empty_0x0
tf.tensor([], [0, 0]).print();
// @case empty_1x0
tf.tensor([], [1, 0]).print();
// @case empty_0x1
tf.tensor([], [0, 1]).print();
// @case empty_2x3x0
tf.tensor([], [2, 3, 0]).print();
// @case empty_1x0x2
tf.tensor([], [1, 0, 2]).print();
// @case empty_2x0x0x1
tf.tensor([], [2, 0, 0, 1]).print();
// @case empty_0x0x0
tf.tensor([], [0, 0, 0]).print();
// @case empty_2x1x0
tf.tensor([], [2, 1, 0]).print();
// @case empty_1x1x0
tf.tensor([], [1, 1, 0]).print();
// @case empty_2x2x0x1
tf.tensor([], [2, 2, 0, 1]).print();
// @case empty_0x1x1x1x1
tf.tensor([], [0, 1, 1, 1, 1]).print();
// @case empty_1x2x0x1x1x2
tf.tensor([], [1, 2, 0, 1, 1, 2]).print();
// @case empty_verbose
tf.tensor([], [0, 2, 3]).print(true); tf.tensor([], [2, 0]).print(true);
// @case empty_dtypes
tf.tensor([], [2, 0], 'int32').print(true); tf.tensor([], [0], 'bool').print(true); tf.tensor([], [1, 0], 'string').print(true);
// @case empty_complex
tf.complex(tf.zeros([2, 0]), tf.zeros([2, 0])).print(true);
// @case empty_nested_list
tf.tensor([[]]).print(); tf.tensor([]).print(); tf.tensor([[], []]).print();
// @case empty_zeros_api
tf.zeros([0, 3]).print(); tf.zeros([2, 0, 3]).print();
// @case quirk_1x3
tf.tensor(Array.from({length: 3}, (_, i) => i + 1), [1, 3]).print();
// @py
tf.tensor([i + 1 for i in range(3)], [1, 3]).print()
// @case quirk_1x1
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(1)], [1, 1]).print()
// @case quirk_1x21
tf.tensor(Array.from({length: 21}, (_, i) => i + 1), [1, 21]).print();
// @py
tf.tensor([i + 1 for i in range(21)], [1, 21]).print()
// @case quirk_2x1x3
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [2, 1, 3]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [2, 1, 3]).print()
// @case quirk_1x1x3
tf.tensor(Array.from({length: 3}, (_, i) => i + 1), [1, 1, 3]).print();
// @py
tf.tensor([i + 1 for i in range(3)], [1, 1, 3]).print()
// @case quirk_3x1x2
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [3, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [3, 1, 2]).print()
// @case quirk_1x2x1
tf.tensor(Array.from({length: 2}, (_, i) => i + 1), [1, 2, 1]).print();
// @py
tf.tensor([i + 1 for i in range(2)], [1, 2, 1]).print()
// @case quirk_1x1x1x1
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [1, 1, 1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(1)], [1, 1, 1, 1]).print()
// @case quirk_2x1x1x3
tf.tensor(Array.from({length: 6}, (_, i) => i + 1), [2, 1, 1, 3]).print();
// @py
tf.tensor([i + 1 for i in range(6)], [2, 1, 1, 3]).print()
// @case quirk_1x2x1x2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [1, 2, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(4)], [1, 2, 1, 2]).print()
// @case quirk_2x2x1x2
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [2, 2, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(8)], [2, 2, 1, 2]).print()
// @case quirk_1x1x1x1x1
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [1, 1, 1, 1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(1)], [1, 1, 1, 1, 1]).print()
// @case quirk_2x1x1x1x2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 1, 1, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(4)], [2, 1, 1, 1, 2]).print()
// @case quirk_1x3x1x1x1
tf.tensor(Array.from({length: 3}, (_, i) => i + 1), [1, 3, 1, 1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(3)], [1, 3, 1, 1, 1]).print()
// @case quirk_2x1x2x1x1
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 1, 2, 1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(4)], [2, 1, 2, 1, 1]).print()
// @case quirk_21x1x2
tf.tensor(Array.from({length: 42}, (_, i) => i + 1), [21, 1, 2]).print();
// @py
tf.tensor([i + 1 for i in range(42)], [21, 1, 2]).print()
// @case quirk_1x1x1x1x1x1
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [1, 1, 1, 1, 1, 1]).print();
// @py
tf.tensor([i + 1 for i in range(1)], [1, 1, 1, 1, 1, 1]).print()
// @case quirk_strings
tf.tensor2d([['a', 'bb']]).print(); tf.tensor3d([[['a']], [['b']]]).print();
// @case quirk_bool
tf.tensor2d([[true, false]]).print();
// @case quirk_verbose
tf.tensor3d([1, 2, 3, 4, 5, 6], [2, 1, 3]).print(true);
// @case verbose_float32_r0
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [], 'float32').print(true);
// @py
tf.tensor([i + 1 for i in range(1)], [], 'float32').print(True)
// @case verbose_float32_r1
tf.tensor(Array.from({length: 2}, (_, i) => i + 1), [2], 'float32').print(true);
// @py
tf.tensor([i + 1 for i in range(2)], [2], 'float32').print(True)
// @case verbose_float32_r2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 2], 'float32').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [2, 2], 'float32').print(True)
// @case verbose_float32_r3
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [1, 2, 2], 'float32').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [1, 2, 2], 'float32').print(True)
// @case verbose_float32_r4
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [1, 2, 2, 2], 'float32').print(true);
// @py
tf.tensor([i + 1 for i in range(8)], [1, 2, 2, 2], 'float32').print(True)
// @case verbose_int32_r0
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [], 'int32').print(true);
// @py
tf.tensor([i + 1 for i in range(1)], [], 'int32').print(True)
// @case verbose_int32_r1
tf.tensor(Array.from({length: 2}, (_, i) => i + 1), [2], 'int32').print(true);
// @py
tf.tensor([i + 1 for i in range(2)], [2], 'int32').print(True)
// @case verbose_int32_r2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 2], 'int32').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [2, 2], 'int32').print(True)
// @case verbose_int32_r3
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [1, 2, 2], 'int32').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [1, 2, 2], 'int32').print(True)
// @case verbose_int32_r4
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [1, 2, 2, 2], 'int32').print(true);
// @py
tf.tensor([i + 1 for i in range(8)], [1, 2, 2, 2], 'int32').print(True)
// @case verbose_bool_r0
tf.tensor(Array.from({length: 1}, (_, i) => i + 1), [], 'bool').print(true);
// @py
tf.tensor([i + 1 for i in range(1)], [], 'bool').print(True)
// @case verbose_bool_r1
tf.tensor(Array.from({length: 2}, (_, i) => i + 1), [2], 'bool').print(true);
// @py
tf.tensor([i + 1 for i in range(2)], [2], 'bool').print(True)
// @case verbose_bool_r2
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [2, 2], 'bool').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [2, 2], 'bool').print(True)
// @case verbose_bool_r3
tf.tensor(Array.from({length: 4}, (_, i) => i + 1), [1, 2, 2], 'bool').print(true);
// @py
tf.tensor([i + 1 for i in range(4)], [1, 2, 2], 'bool').print(True)
// @case verbose_bool_r4
tf.tensor(Array.from({length: 8}, (_, i) => i + 1), [1, 2, 2, 2], 'bool').print(true);
// @py
tf.tensor([i + 1 for i in range(8)], [1, 2, 2, 2], 'bool').print(True)
// @case verbose_string_r0
tf.tensor(Array.from({length: 1}, (_, i) => 'v' + i), [], 'string').print(true);
// @py
tf.tensor(['v' + str(i) for i in range(1)], [], 'string').print(True)
// @case verbose_complex64_r0
const r = tf.tensor(Array.from({length: 1}, (_, i) => i), []);
tf.complex(r, r).print(true);
// @py
r = tf.tensor(list(range(1)), [])
tf.complex(r, r).print(True)
// @case verbose_string_r1
tf.tensor(Array.from({length: 2}, (_, i) => 'v' + i), [2], 'string').print(true);
// @py
tf.tensor(['v' + str(i) for i in range(2)], [2], 'string').print(True)
// @case verbose_complex64_r1
const r = tf.tensor(Array.from({length: 2}, (_, i) => i), [2]);
tf.complex(r, r).print(true);
// @py
r = tf.tensor(list(range(2)), [2])
tf.complex(r, r).print(True)
// @case verbose_string_r2
tf.tensor(Array.from({length: 4}, (_, i) => 'v' + i), [2, 2], 'string').print(true);
// @py
tf.tensor(['v' + str(i) for i in range(4)], [2, 2], 'string').print(True)
// @case verbose_complex64_r2
const r = tf.tensor(Array.from({length: 4}, (_, i) => i), [2, 2]);
tf.complex(r, r).print(true);
// @py
r = tf.tensor(list(range(4)), [2, 2])
tf.complex(r, r).print(True)
// @case verbose_string_r3
tf.tensor(Array.from({length: 4}, (_, i) => 'v' + i), [1, 2, 2], 'string').print(true);
// @py
tf.tensor(['v' + str(i) for i in range(4)], [1, 2, 2], 'string').print(True)
// @case verbose_complex64_r3
const r = tf.tensor(Array.from({length: 4}, (_, i) => i), [1, 2, 2]);
tf.complex(r, r).print(true);
// @py
r = tf.tensor(list(range(4)), [1, 2, 2])
tf.complex(r, r).print(True)
// @case verbose_string_r4
tf.tensor(Array.from({length: 8}, (_, i) => 'v' + i), [1, 2, 2, 2], 'string').print(true);
// @py
tf.tensor(['v' + str(i) for i in range(8)], [1, 2, 2, 2], 'string').print(True)
// @case verbose_complex64_r4
const r = tf.tensor(Array.from({length: 8}, (_, i) => i), [1, 2, 2, 2]);
tf.complex(r, r).print(true);
// @py
r = tf.tensor(list(range(8)), [1, 2, 2, 2])
tf.complex(r, r).print(True)
// @case verbose_r6
tf.ones([1, 1, 1, 1, 1, 2]).print(true);
// @case neg_mixed
tf.tensor1d([-1, -0.5, -1e-7, -1e-8, -123456.789]).print();
// @case neg_zero_2d
tf.tensor2d([[-0, 1], [0, -0]]).print();
// @case neg_rounds_to_zero
tf.tensor1d([-0.00000004, -0.00000005, 0.00000004]).print();
// @case neg_2d_widths
tf.tensor2d([[-1, -22], [-333, 4]]).print();
// @case neg_int32_zero
tf.tensor1d([-0, -0.9], 'int32').print();
// @case tf_print
tf.print(tf.tensor1d([1, 2]));
// @case tf_print_verbose
tf.print(tf.tensor2d([[1, 2]]), true);
// @case tf_print_verbose_false
tf.print(tf.scalar(0.1), false);
// @case to_string_value
return tf.tensor2d([[1, 2], [3, 4]]).toString();
// @case to_string_verbose_value
return tf.tensor1d([1, 2], 'int32').toString(true);
// @case string_of_tensor
return String(tf.tensor1d([0.1, 0.2]));
// @py
return str(tf.tensor1d([0.1, 0.2]))
// @case template_literal
const t = tf.scalar(0.1);
console.log(`${t}`);
// @py
t = tf.scalar(0.1)
print(f'{t}')
// @case to_string_scalar_string
return tf.scalar('abc').toString();
// @case to_string_bool_scalar_verbose
return tf.scalar(false).toString(true);
// @case print_disposed
const t = tf.tensor1d([1]); t.dispose(); t.print();
// @case to_string_disposed
const t = tf.tensor1d([1]); t.dispose(); t.toString();
// @case print_clone
tf.tensor2d([[1.5, 2]]).clone().print(true);
