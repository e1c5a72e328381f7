// @case matmul_basic
return tf.matMul(tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[1, 0], [2, 1], [0, 3]]));
// @case matmul_transpose_a
return tf.matMul(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor2d([[1, 0], [2, 1], [0, 3]]), true);
// @case matmul_transpose_b
return tf.matMul(tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[1, 2, 3]]), false, true);
// @case matmul_transpose_both
return tf.matMul(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor2d([[1, 2, 3], [4, 5, 6]]), true, true);
// @case matmul_method
return tf.tensor2d([[1, 2], [3, 4]]).matMul(tf.tensor2d([[5, 6], [7, 8]]), false, true);
// @case matmul_batch
return tf.matMul(tf.tensor(tf.range(0, 12).dataSync(), [2, 2, 3]), tf.tensor(tf.range(0, 12).dataSync(), [2, 3, 2]));
// @case matmul_batch_broadcast_2d
return tf.matMul(tf.tensor(tf.range(0, 12).dataSync(), [2, 2, 3]), tf.tensor2d([[1, 0], [0, 1], [1, 1]]));
// @case matmul_batch_broadcast_1
// (Only broadcasts where one side's batch has size 1: TF.js's cpu kernel returns a
// buffer too short for the shape when both sides broadcast, e.g. [2,1,2,3] x [3,3,2].)
return tf.matMul(tf.tensor(tf.range(0, 12).dataSync(), [2, 2, 3]), tf.tensor(tf.range(0, 6).dataSync(), [1, 3, 2]));
// @case matmul_batch_broadcast_rank4
return tf.matMul(tf.tensor(tf.range(0, 12).dataSync(), [1, 2, 2, 3]), tf.tensor(tf.range(0, 6).dataSync(), [3, 2]));
// @case matmul_batch_no_broadcast
tf.matMul(tf.ones([2, 2, 3]), tf.ones([3, 3, 4]));
// @case matmul_int32
return tf.matMul(tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'), tf.tensor2d([[5, -6], [7, 8]], [2, 2], 'int32'));
// @case matmul_int32_float32
return tf.matMul(tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.tensor2d([[0.5], [0.25]]));
// @case matmul_bool_print
tf.matMul(tf.tensor2d([[true, false]]), tf.tensor2d([[true], [true]])).print();
// @case matmul_arrays
return tf.matMul([[1, 2]], [[3], [4]]);
// @case matmul_empty
return tf.matMul(tf.ones([0, 3]), tf.ones([3, 2]));
// @case matmul_empty_inner
return tf.matMul(tf.ones([2, 0]), tf.ones([0, 2]));
// @case matmul_inner_error
tf.matMul(tf.ones([2, 3]), tf.ones([2, 3]));
// @case matmul_inner_error_transposed
tf.matMul(tf.ones([2, 3]), tf.ones([2, 3]), true, true);
// @case matmul_rank1_b_error
tf.matMul(tf.ones([2, 3]), tf.tensor1d([1, 2]));
// @case matmul_rank1_both_error
tf.matMul(tf.tensor1d([1, 2]), tf.tensor1d([1, 2]));
// @case matmul_rank1_a_error
tf.matMul(tf.tensor1d([1, 2]), tf.ones([2, 3]));
// @case matmul_scalar_error
tf.matMul(tf.scalar(2), tf.scalar(2));
// @case matmul_string_error
tf.matMul(tf.tensor([['a', 'b']]), tf.ones([2, 1]));
// @case matmul_null_error
tf.matMul(null, tf.ones([2, 1]));
// @case dot_vv
return tf.dot(tf.tensor1d([1, 2, 3]), tf.tensor1d([4, 5, 6]));
// @case dot_vm
return tf.dot(tf.tensor1d([1, 2]), tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case dot_mv
return tf.dot(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor1d([1, 2]));
// @case dot_mm
return tf.dot(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1, 2], [3, 4]]));
// @case dot_int32
return tf.dot(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([3, 4], 'int32'));
// @case dot_int32_float32
return tf.dot(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([3, 4]));
// @case dot_method
return tf.tensor1d([1, 2]).dot(tf.tensor1d([3, 4]));
// @case dot_inner_error_vv
tf.dot(tf.tensor1d([1, 2, 3]), tf.tensor1d([4, 5]));
// @case dot_inner_error_vm
tf.dot(tf.tensor1d([1, 2, 3]), tf.tensor2d([[1, 2], [3, 4]]));
// @case dot_inner_error_mv
tf.dot(tf.tensor2d([[1, 2, 3]]), tf.tensor1d([1, 2]));
// @case dot_rank3_error
tf.dot(tf.ones([2, 2, 2]), tf.ones([2]));
// @case dot_rank0_error
tf.dot(tf.scalar(2), tf.ones([2]));
// @case dot_null_error
tf.dot(null, tf.ones([2]));
// @case dot_string_error
tf.dot(tf.ones([2]), 'a');
// @case outer_basic
return tf.outerProduct(tf.tensor1d([1, 2, 3]), tf.tensor1d([4, 5]));
// @case outer_int32
return tf.outerProduct(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([4, -5], 'int32'));
// @case outer_mixed
return tf.outerProduct(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([4, 5]));
// @case outer_arrays
return tf.outerProduct([1, 2], [3]);
// @case outer_rank_error
tf.outerProduct(tf.tensor2d([[1, 2]]), tf.tensor1d([4, 5]));
// @case outer_null_error
tf.outerProduct(null, tf.ones([2]));
// @case einsum_matmul
return tf.einsum('ij,jk->ik', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[0, 1], [2, 3], [4, 5]]));
// @case einsum_matmul_spaces
return tf.einsum('ij , jk -> ki', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[0, 1], [2, 3], [4, 5]]));
// @case einsum_transpose
return tf.einsum('ij->ji', tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_col_sum
return tf.einsum('ij->j', tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_total_sum
return tf.einsum('ij->', tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_elementwise
return tf.einsum('ij,ij->ij', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_outer
return tf.einsum('i,j->ij', tf.tensor1d([1, 2]), tf.tensor1d([3, 4, 5]));
// @case einsum_inner
return tf.einsum('i,i->', tf.tensor1d([1, 2]), tf.tensor1d([3, 4]));
// @case einsum_batch_matmul
return tf.einsum('bij,bjk->bik', tf.tensor(tf.range(0, 12).dataSync(), [2, 2, 3]), tf.tensor(tf.range(0, 12).dataSync(), [2, 3, 2]));
// @case einsum_abc_cd
return tf.einsum('abc,cd->abd', tf.tensor(tf.range(0, 12).dataSync(), [2, 2, 3]), tf.tensor2d([[0, 1], [2, 3], [4, 5]]));
// @case einsum_a_bt
return tf.einsum('ij,kj->ik', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_matvec
return tf.einsum('ij,j->i', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor1d([1, 1, 1]));
// @case einsum_tfjs_early_sum_ij_kl
// TF.js sums i, j before multiplying by the second input, which leaves its axes in place.
return tf.einsum('ij,kl->', tf.ones([1, 2]), tf.ones([2, 1]));
// @case einsum_tfjs_early_sum_i_j
return tf.einsum('i,j->', tf.tensor1d([1, 2]), tf.tensor1d([3, 4, 5]));
// @case einsum_ij_jk_to_scalar
return tf.einsum('ij,jk->', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[0, 1], [2, 3], [4, 5]]));
// @case einsum_ij_jk_to_j
return tf.einsum('ij,jk->j', tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor2d([[0, 1], [2, 3], [4, 5]]));
// @case einsum_repeated_output_label
return tf.einsum('ij->jj', tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case einsum_scalars
return tf.einsum(',->', tf.scalar(3), tf.scalar(4));
// @case einsum_int32
return tf.einsum('ij,jk->ik', tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.tensor2d([[1], [2]], [2, 1], 'int32'));
// @case einsum_int32_float32
return tf.einsum('ij,jk->ik', tf.tensor2d([[1, 2]], [1, 2], 'int32'), tf.tensor2d([[1], [2]]));
// @case einsum_int32_sum
return tf.einsum('ij->j', tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'));
// @case einsum_bool_sum
return tf.einsum('ij->', tf.tensor2d([[true, false], [true, true]]));
// @case einsum_bool_transpose
return tf.einsum('ij->ji', tf.tensor2d([[true, false], [true, true]]));
// @case einsum_arrays
return tf.einsum('ij,jk->ik', [[1, 2]], [[1], [2]]);
// @case einsum_no_arrow_error
tf.einsum('ij', tf.ones([2, 2]));
// @case einsum_two_arrows_error
tf.einsum('ij->->', tf.ones([2, 2]));
// @case einsum_ellipsis_error
tf.einsum('...ij->ji', tf.ones([2, 2]));
// @case einsum_three_inputs_error
tf.einsum('ij,jk,kl->il', tf.ones([2, 2]), tf.ones([2, 2]), tf.ones([2, 2]));
// @case einsum_count_error
tf.einsum('ij,jk,kl->il', tf.ones([2, 2]), tf.ones([2, 2]));
// @case einsum_count_error_fewer
tf.einsum('ij,jk->ik', tf.ones([2, 2]));
// @case einsum_duplicate_axes_error
tf.einsum('ii->i', tf.ones([2, 2]));
// @case einsum_output_label_error
tf.einsum('ij,jk->iz', tf.ones([2, 2]), tf.ones([2, 2]));
// @case einsum_dimension_error
tf.einsum('ij,jk->ik', tf.ones([2, 3]), tf.ones([2, 3]));
// @case einsum_dimension_error_1d
tf.einsum('ij,i->j', tf.ones([2, 3]), tf.tensor1d([1, 1, 1]));
// @case einsum_string_error
tf.einsum('ij,jk->ik', tf.tensor([['a', 'b']]), tf.ones([2, 2]));
// @case einsum_null_error
tf.einsum('ij,jk->ik', null, tf.ones([2, 2]));
// @case bandpart_upper
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), 1, -1);
// @case bandpart_band
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), 2, 1);
// @case bandpart_lower_triangle
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), -1, 0);
// @case bandpart_diag
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), 0, 0);
// @case bandpart_negative_any
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), -2, -3);
// @case bandpart_limit_equal
return tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), 4, 4);
// @case bandpart_batch
return tf.linalg.bandPart(tf.tensor(tf.range(1, 13).dataSync(), [2, 2, 3]), 0, 1);
// @case bandpart_int32
return tf.linalg.bandPart(tf.tensor(tf.range(1, 13, 1, 'int32').dataSync(), [2, 2, 3]), 0, 1);
// @case bandpart_bool
return tf.linalg.bandPart(tf.tensor2d([[true, false], [true, true]]), 0, 0);
// @case bandpart_tensor_args
return tf.linalg.bandPart(tf.tensor(tf.range(1, 10).dataSync(), [3, 3]), tf.scalar(1, 'int32'), tf.scalar(-1, 'int32'));
// @case bandpart_array
return tf.linalg.bandPart([[1, 2], [3, 4]], 0, 0);
// @case bandpart_rank_error
tf.linalg.bandPart(tf.tensor1d([1, 2]), 0, 1);
// @case bandpart_lower_too_big_error
tf.linalg.bandPart(tf.tensor(tf.range(1, 7).dataSync(), [2, 3]), 5, 7);
// @case bandpart_upper_too_big_error
tf.linalg.bandPart(tf.tensor(tf.range(1, 17).dataSync(), [4, 4]), 1, 5);
// @case bandpart_fraction_error
tf.linalg.bandPart(tf.ones([4, 4]), 1.5, 1);
// @case bandpart_fraction_upper_error
tf.linalg.bandPart(tf.ones([2, 2]), 1, 1.5);
// @case bandpart_float_tensor_error
tf.linalg.bandPart(tf.ones([2, 2]), tf.scalar(1), 1);
// @case bandpart_float_tensor_upper_error
tf.linalg.bandPart(tf.ones([2, 2]), 1, tf.scalar(1));
// @case bandpart_string_error
tf.linalg.bandPart(tf.tensor([['a', 'b'], ['c', 'd']]), 0, 0);
// @case gramschmidt_list
// @tol 1e-5
// float32 rounding of the projections and norms may differ in the last bits.
return tf.linalg.gramSchmidt([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])]);
// @case gramschmidt_tensor
// @tol 1e-5
return tf.linalg.gramSchmidt(tf.tensor2d([[1, 2, 3], [3, 4, 5]]));
// @case gramschmidt_list3
// @tol 1e-5
return tf.linalg.gramSchmidt([tf.tensor1d([1, 0, 0]), tf.tensor1d([1, 1, 0]), tf.tensor1d([1, 1, 1])]);
// @case gramschmidt_dependent_nan
return tf.linalg.gramSchmidt(tf.tensor2d([[1, 2], [2, 4]]));
// @case gramschmidt_too_many_error
tf.linalg.gramSchmidt(tf.tensor2d([[1, 2], [3, 4], [5, 6]]));
// @case gramschmidt_lengths_error
tf.linalg.gramSchmidt([tf.tensor1d([1, 2]), tf.tensor1d([3, 4, 5])]);
// @case gramschmidt_empty_error
tf.linalg.gramSchmidt([]);
// @case gramschmidt_rank1_error
tf.linalg.gramSchmidt(tf.tensor1d([1, 2]));
// @case gramschmidt_int32_error
tf.linalg.gramSchmidt(tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'));
// @case qr_square
// @tol 1e-5
// Householder reflections in float32: accumulation order may differ in the last bits.
return tf.linalg.qr(tf.tensor2d([[1, 2], [3, 4]]));
// @case qr_negative_pivot
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[-1, 2], [3, -4]]));
// @case qr_tall
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[1, 2], [3, 4], [5, 6]]));
// @case qr_tall_full
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[1, 2], [3, 4], [5, 6]]), true);
// @case qr_wide
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[1, 2, 3], [4, 5, 6]]));
// @case qr_wide_full
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[1, 2, 3], [4, 5, 6]]), true);
// @case qr_diagonal
return tf.linalg.qr(tf.tensor2d([[2, 0], [0, 3]]));
// @case qr_negative_diagonal
return tf.linalg.qr(tf.tensor2d([[-2, 0], [0, -3]]));
// @case qr_zero_column_nan
return tf.linalg.qr(tf.tensor2d([[0, 2], [0, 4]]));
// @case qr_batch
// @tol 1e-5
return tf.linalg.qr(tf.tensor3d([[[1, 2], [3, 4]], [[-5, 6], [7, 8]]]));
// @case qr_one_row
return tf.linalg.qr(tf.tensor2d([[1, 2, 3]]));
// @case qr_column_full
// @tol 1e-5
return tf.linalg.qr(tf.tensor2d([[1], [2], [3]]), true);
// @case qr_empty
return tf.linalg.qr(tf.zeros([0, 2]));
// @case qr_rank_error
tf.linalg.qr(tf.tensor1d([1, 2]));
// @case qr_int32_error
tf.linalg.qr(tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'));
// @case fused_matmul_plain
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]])});
// @case fused_matmul_bias_relu
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), bias: tf.tensor1d([1, -20]), activation: 'relu'});
// @case fused_matmul_transpose_relu6
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), transposeA: true, transposeB: true, bias: tf.scalar(1), activation: 'relu6'});
// @case fused_matmul_elu
// @tol 1e-6
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'elu'});
// @case fused_matmul_sigmoid
// @tol 1e-6
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'sigmoid'});
// @case fused_matmul_leakyrelu_default
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'leakyrelu'});
// @case fused_matmul_leakyrelu_alpha
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'leakyrelu', leakyreluAlpha: 0.5});
// @case fused_matmul_prelu
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'prelu', preluActivationWeights: tf.tensor1d([0.5, 0.25])});
// @case fused_matmul_bias_column
return tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), bias: tf.tensor2d([[1], [2]]), activation: 'relu'});
// @case fused_matmul_int32
return tf.fused.matMul({a: tf.tensor2d([[1, 2]], [1, 2], 'int32'), b: tf.tensor2d([[1], [2]], [2, 1], 'int32'), bias: tf.tensor1d([1], 'int32')});
// @case fused_matmul_unknown_activation_error
tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), activation: 'selu'});
// @case fused_matmul_bias_error
tf.fused.matMul({a: tf.tensor2d([[1, -2], [3, -4]]), b: tf.tensor2d([[1, 2], [3, 1]]), bias: tf.tensor1d([1, 2, 3])});
// @case fused_matmul_inner_error
tf.fused.matMul({a: tf.ones([2, 3]), b: tf.ones([2, 2])});
// @case fused_matmul_null_error
tf.fused.matMul({a: null, b: tf.ones([1, 1])});
