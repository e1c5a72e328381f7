// batchNorm*, localResponseNormalization, dropout (tfjs_compat/ops/normalization.py).
// @case batch_norm_basic
const x = tf.tensor2d([[1, 2], [3, 4]]);
return [tf.batchNorm(x, tf.tensor1d([1, 2]), tf.tensor1d([1, 4])), tf.batchNorm(x, tf.tensor1d([1, 2]), tf.tensor1d([1, 4]), tf.tensor1d([0.5, 1]), tf.tensor1d([2, 3]), 0.1), tf.batchNorm(x, tf.scalar(0), tf.scalar(0))];
// @case batch_norm_numbers
return tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), 1, 2, 3, 4, 0.5);
// @case batch_norm_precision
return tf.batchNorm(tf.tensor1d([0.1, 0.7]), tf.tensor1d([0.3]), tf.tensor1d([0.2]), tf.tensor1d([0.05]), tf.tensor1d([1.7]), 0.01);
// @case batch_norm_dtypes
return [tf.batchNorm(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1, 4], 'int32')), tf.batchNorm(tf.tensor1d([1, 5], 'int32'), tf.tensor1d([0.5, 2]), tf.tensor1d([1, 1])), tf.batchNorm(tf.tensor1d([1.5, 2]), tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1, 1])), tf.batchNorm(tf.tensor1d([true, false]), tf.tensor1d([0, 0]), tf.tensor1d([1, 1]))];
// @case batch_norm_parameter_cycling
return tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1, 2, 3]), tf.tensor1d([1]));
// @case batch_norm_ranks
return [tf.batchNorm(tf.tensor1d([1, 2, 3]), tf.tensor1d([1, 2, 3]), tf.tensor1d([1, 1, 1])), tf.batchNorm(tf.ones([1, 1, 1, 1, 2]), tf.tensor1d([1, 2]), tf.tensor1d([1, 1]))];
// @case batch_norm_mean_rank
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1]]), tf.tensor1d([1]));
// @case batch_norm_variance_rank
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1]), tf.tensor2d([[1]]));
// @case batch_norm_offset_rank
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1]), tf.tensor1d([1]), tf.tensor2d([[1]]));
// @case batch_norm_scale_rank
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1]), tf.tensor1d([1]), null, tf.tensor2d([[1]]));
// @case batch_norm_string
tf.batchNorm(tf.tensor1d(['a']), tf.tensor1d([1]), tf.tensor1d([1]));
// @case batch_norm_mean_string
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d(['a']), tf.ones([2]));
// @case batch_norm_mean_null
tf.batchNorm(tf.tensor2d([[1, 2], [3, 4]]), null, tf.ones([2]));
// @case batch_norm_2d_3d_4d
return [tf.batchNorm2d(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4])), tf.batchNorm3d(tf.ones([1, 2, 2]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4]), tf.tensor1d([0.5, 1]), tf.tensor1d([2, 3])), tf.batchNorm4d(tf.ones([1, 1, 2, 2]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4]))];
// @case batch_norm_2d_x_rank
tf.batchNorm2d(tf.tensor1d([1, 2]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4]));
// @case batch_norm_3d_x_rank
tf.batchNorm3d(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4]));
// @case batch_norm_4d_x_rank
tf.batchNorm4d(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([1, 2]), tf.tensor1d([1, 4]));
// @case batch_norm_2d_mean_rank
tf.batchNorm2d(tf.tensor2d([[1, 2], [3, 4]]), tf.ones([1, 1, 2]), tf.ones([1, 1, 2]));
// @case batch_norm_2d_offset_rank
tf.batchNorm2d(tf.tensor2d([[1, 2], [3, 4]]), tf.ones([2]), tf.ones([2]), tf.ones([1, 1, 2]));
// @case batch_norm_3d_mean_rank
tf.batchNorm3d(tf.ones([1, 2, 2]), tf.ones([2, 2]), tf.ones([2, 2]));
// @case batch_norm_4d_scale_rank
tf.batchNorm4d(tf.ones([1, 1, 2, 2]), tf.ones([2]), tf.ones([2]), null, tf.ones([1, 1, 2]));
// @case batch_norm_chained
return tf.tensor2d([[1, 2], [3, 4]]).batchNorm(tf.tensor1d([1, 2]), tf.tensor1d([1, 4]), null, tf.tensor1d([2, 2]));
// @case lrn_defaults
return tf.localResponseNormalization(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 2, 4]));
// @case lrn_arguments
return [tf.localResponseNormalization(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 2, 4]), 1, 2, 0.5, 0.75), tf.localResponseNormalization(tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 2, 4]), 10), tf.localResponseNormalization(tf.tensor3d([1, 2, 3, 4], [1, 1, 4]), 2)];
// @case lrn_dtypes
return [tf.localResponseNormalization(tf.tensor3d([1, 2, 3, 4], [1, 1, 4], 'int32')), tf.localResponseNormalization(tf.tensor3d([true, false], [1, 1, 2]))];
// @case lrn_wide
return tf.localResponseNormalization(tf.tensor3d([0.5, -1, 2, 0.25, 3, -0.75, 1.5, 1], [1, 1, 8]), 2, 0.5, 0.3, 0.6);
// @case lrn_chained
return tf.tensor3d([1, 2, 3, 4], [1, 1, 4]).localResponseNormalization(1);
// @case lrn_rank2
tf.localResponseNormalization(tf.tensor2d([1, 2, 3, 4], [1, 4]));
// @case lrn_fractional_radius
tf.localResponseNormalization(tf.ones([1, 1, 2, 4]), 1.5);
// @case dropout_rate_zero
return tf.dropout(tf.tensor2d([[1, 2, 3], [4, 5, 6]]), 0);
// @case dropout_mask_values
// Seeded masks need TF.js's Alea generator; check the mask structure only.
const d = tf.dropout(tf.ones([20, 30]), 0.5, null, 42);
return [d.shape, d.dtype, tf.logicalOr(tf.equal(d, 0), tf.equal(d, 2)).all()];
// @case dropout_scaling
const d = tf.dropout(tf.ones([4, 5]), 0.25, null, 'abc');
return tf.logicalOr(tf.equal(d, 0), tf.equal(d, tf.scalar(1 / 0.75))).all();
// @case dropout_noise_shape
const d = tf.dropout(tf.ones([6, 8]), 0.5, [1, 8], 3);
return [d.shape, tf.equal(d.max(0), d.min(0)).all()];
// @case dropout_noise_shape_null_dim
return tf.dropout(tf.ones([2, 3]), 0.5, [2, null], 1).shape;
// @case dropout_rate_one
tf.dropout(tf.ones([2, 3]), 1);
// @case dropout_rate_negative
tf.dropout(tf.ones([2, 3]), -0.1);
// @case dropout_int
tf.dropout(tf.ones([2, 3], 'int32'), 0.5, null, 1);
// @case dropout_string
tf.dropout(tf.tensor1d(['a']), 0.5);
