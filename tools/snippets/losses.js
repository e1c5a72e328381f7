// tf.losses.* and tf.Reduction (tfjs_compat/ops/losses.py).
// @case reduction_enum
return [tf.Reduction.NONE, tf.Reduction.MEAN, tf.Reduction.SUM, tf.Reduction.SUM_BY_NONZERO_WEIGHTS];
// @case absolute_difference
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.absoluteDifference(y, p), tf.losses.absoluteDifference(y, p, w), tf.losses.absoluteDifference(y, p, tf.tensor2d([[2], [0]])), tf.losses.absoluteDifference(y, p, tf.scalar(3))];
// @case absolute_difference_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.absoluteDifference(y, p, w, tf.Reduction.NONE), tf.losses.absoluteDifference(y, p, w, tf.Reduction.MEAN), tf.losses.absoluteDifference(y, p, w, tf.Reduction.SUM), tf.losses.absoluteDifference(y, p, w, tf.Reduction.SUM_BY_NONZERO_WEIGHTS), tf.losses.absoluteDifference(y, p, null, 0), tf.losses.absoluteDifference(y, p, null, 1), tf.losses.absoluteDifference(y, p, null, 2), tf.losses.absoluteDifference(y, p, null, 3)];
// @case absolute_difference_int_and_arrays
return [tf.losses.absoluteDifference(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([1, 2], 'int32')), tf.losses.absoluteDifference([1, 2], [1, 4])];
// @case absolute_difference_shape_error
tf.losses.absoluteDifference(tf.ones([2, 3]), tf.ones([3, 2]));
// @case mean_squared_error
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.meanSquaredError(y, p), tf.losses.meanSquaredError(y, p, w), tf.losses.meanSquaredError(y, p, tf.tensor2d([[2], [0]])), tf.losses.meanSquaredError(y, p, tf.scalar(3)), tf.losses.meanSquaredError(y, p, tf.ones([3]))];
// @case mean_squared_error_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.meanSquaredError(y, p, w, 0), tf.losses.meanSquaredError(y, p, w, 1), tf.losses.meanSquaredError(y, p, w, 2), tf.losses.meanSquaredError(y, p, w, 3), tf.losses.meanSquaredError(y, p, null, 0), tf.losses.meanSquaredError(y, p, null, 1), tf.losses.meanSquaredError(y, p, null, 2)];
// @case mean_squared_error_empty
return [tf.losses.meanSquaredError(tf.zeros([0]), tf.zeros([0])), tf.losses.meanSquaredError(tf.zeros([0]), tf.zeros([0]), null, 2)];
// @case mean_squared_error_int
return tf.losses.meanSquaredError(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([1, 2], 'int32'));
// @case mean_squared_error_weights_broadcast_error
tf.losses.meanSquaredError(tf.ones([2, 3]), tf.ones([2, 3]), tf.ones([4]));
// @case mean_squared_error_shape_error
tf.losses.meanSquaredError(tf.ones([2, 3]), tf.ones([3, 2]));
// @case mean_squared_error_string
tf.losses.meanSquaredError(tf.tensor1d(['a']), tf.tensor1d(['b']));
// @case mean_squared_error_null
tf.losses.meanSquaredError(null, tf.ones([2]));
// @case mean_squared_error_unknown_reduction
tf.losses.meanSquaredError(tf.ones([2]), tf.ones([2]), null, 9);
// @case hinge_loss
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.hingeLoss(y, p), tf.losses.hingeLoss(y, p, w), tf.losses.hingeLoss(y, p, w, 0), tf.losses.hingeLoss(y, p, w, 1), tf.losses.hingeLoss(y, p, w, 2), tf.losses.hingeLoss(y, p, null, 1)];
// @case hinge_loss_bool_int
return [tf.losses.hingeLoss(tf.tensor1d([true, false]), tf.tensor1d([0.3, 0.4])), tf.losses.hingeLoss(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([1, 2], 'int32'))];
// @case hinge_loss_shape_error
tf.losses.hingeLoss(tf.ones([2, 3]), tf.ones([3, 2]));
// @case log_loss
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.logLoss(y, p), tf.losses.logLoss(y, p, w), tf.losses.logLoss(y, p, tf.scalar(3)), tf.losses.logLoss(y, p, null, 0.1)];
// @case log_loss_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.logLoss(y, p, w, undefined, 0), tf.losses.logLoss(y, p, w, undefined, 1), tf.losses.logLoss(y, p, w, undefined, 2), tf.losses.logLoss(y, p, w, undefined, 3)];
// @case log_loss_extremes
return [tf.losses.logLoss(tf.tensor1d([1, 0]), tf.tensor1d([0, 1])), tf.losses.logLoss(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([1, 2], 'int32'))];
// @case log_loss_shape_error
tf.losses.logLoss(tf.ones([2, 3]), tf.ones([3, 2]));
// @case huber_loss
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.huberLoss(y, p), tf.losses.huberLoss(y, p, w), tf.losses.huberLoss(y, tf.mul(p, 3), null, 0.5), tf.losses.huberLoss(y, tf.mul(p, 3), w, 1.5)];
// @case huber_loss_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[2.7, 0.6, 1.8], [0.9, 2.4, 0.3]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.huberLoss(y, p, w, undefined, 0), tf.losses.huberLoss(y, p, w, undefined, 1), tf.losses.huberLoss(y, p, w, undefined, 2), tf.losses.huberLoss(y, p, w, undefined, 3), tf.losses.huberLoss(tf.tensor1d([1, 0], 'int32'), tf.tensor1d([1, 2], 'int32'))];
// @case huber_loss_shape_error
tf.losses.huberLoss(tf.ones([2, 3]), tf.ones([3, 2]));
// @case cosine_distance
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
return [tf.losses.cosineDistance(y, p, 1), tf.losses.cosineDistance(y, p, 0), tf.losses.cosineDistance(y, p, 1, tf.tensor2d([[1], [2]])), tf.losses.cosineDistance(y, p), tf.losses.cosineDistance([1, 0], [0.5, 0.5], 0)];
// @case cosine_distance_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const p = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
return [tf.losses.cosineDistance(y, p, 1, null, 0), tf.losses.cosineDistance(y, p, 1, null, 1), tf.losses.cosineDistance(y, p, 1, null, 2), tf.losses.cosineDistance(y, p, 1, null, 3)];
// @case cosine_distance_shape_error
tf.losses.cosineDistance(tf.ones([2, 3]), tf.ones([3, 2]), 0);
// @case compute_weighted_loss
const l = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.computeWeightedLoss(l), tf.losses.computeWeightedLoss(l, w), tf.losses.computeWeightedLoss(l, tf.scalar(2)), tf.losses.computeWeightedLoss(l, tf.tensor2d([[2], [0]]))];
// @case compute_weighted_loss_reductions
const l = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.computeWeightedLoss(l, w, 0), tf.losses.computeWeightedLoss(l, w, 1), tf.losses.computeWeightedLoss(l, w, 2), tf.losses.computeWeightedLoss(l, w, 3), tf.losses.computeWeightedLoss(l, null, 0), tf.losses.computeWeightedLoss(l, null, 1), tf.losses.computeWeightedLoss(l, null, 2), tf.losses.computeWeightedLoss(l, null, 3), tf.losses.computeWeightedLoss(l, tf.scalar(2), 1), tf.losses.computeWeightedLoss(l, tf.scalar(2), 3)];
// @case compute_weighted_loss_zero_weights
const l = tf.tensor2d([[0.9, 0.2, 0.6], [0.3, 0.8, 0.1]]);
return [tf.losses.computeWeightedLoss(l, tf.zerosLike(l)), tf.losses.computeWeightedLoss(l, tf.zerosLike(l), 1), tf.losses.computeWeightedLoss(l, tf.zerosLike(l), 2)];
// @case compute_weighted_loss_int
return [tf.losses.computeWeightedLoss(tf.tensor1d([1, 2], 'int32')), tf.losses.computeWeightedLoss(tf.tensor1d([1, 2], 'int32'), tf.tensor1d([1, 0], 'int32'))];
// @case compute_weighted_loss_unknown_reduction
tf.losses.computeWeightedLoss(tf.ones([2]), null, 7);
// @case compute_weighted_loss_string_reduction
tf.losses.computeWeightedLoss(tf.ones([2]), null, 'mean');
// @case compute_weighted_loss_string
tf.losses.computeWeightedLoss(tf.tensor1d(['a']));
// @case compute_weighted_loss_null
tf.losses.computeWeightedLoss(null);
// @case sigmoid_cross_entropy
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const lg = tf.tensor2d([[2, -1, 0.5], [-3, 4, 0]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.sigmoidCrossEntropy(y, lg), tf.losses.sigmoidCrossEntropy(y, lg, w), tf.losses.sigmoidCrossEntropy(y, lg, null, 0.2)];
// @case sigmoid_cross_entropy_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const lg = tf.tensor2d([[2, -1, 0.5], [-3, 4, 0]]);
const w = tf.tensor2d([[1, 2, 0], [0, 0.5, 1]]);
return [tf.losses.sigmoidCrossEntropy(y, lg, w, 0.1, 0), tf.losses.sigmoidCrossEntropy(y, lg, w, 0.1, 1), tf.losses.sigmoidCrossEntropy(y, lg, w, 0.1, 2), tf.losses.sigmoidCrossEntropy(y, lg, w, 0.1, 3)];
// @case sigmoid_cross_entropy_large_logits
return tf.losses.sigmoidCrossEntropy(tf.tensor1d([1, 0]), tf.tensor1d([100, -100]), null, 0, 0);
// @case sigmoid_cross_entropy_shape_error
tf.losses.sigmoidCrossEntropy(tf.ones([2, 3]), tf.ones([3, 2]));
// @case softmax_cross_entropy
const y = tf.tensor2d([[1, 0, 0], [0, 1, 0]]);
const lg = tf.tensor2d([[2, -1, 0.5], [-3, 4, 0]]);
return [tf.losses.softmaxCrossEntropy(y, lg), tf.losses.softmaxCrossEntropy(y, lg, tf.tensor1d([1, 2])), tf.losses.softmaxCrossEntropy(y, lg, null, 0.3), tf.losses.softmaxCrossEntropy(tf.tensor1d([0, 1, 0]), tf.tensor1d([1, 2, 3]))];
// @case softmax_cross_entropy_reductions
const y = tf.tensor2d([[1, 0, 1], [0, 1, 0]]);
const lg = tf.tensor2d([[2, -1, 0.5], [-3, 4, 0]]);
const w = tf.tensor1d([1, 0]);
return [tf.losses.softmaxCrossEntropy(y, lg, w, 0.1, 0), tf.losses.softmaxCrossEntropy(y, lg, w, 0.1, 1), tf.losses.softmaxCrossEntropy(y, lg, w, 0.1, 2), tf.losses.softmaxCrossEntropy(y, lg, w, 0.1, 3), tf.losses.softmaxCrossEntropy(y, lg, null, 0, 0)];
// @case softmax_cross_entropy_large_logits
return tf.losses.softmaxCrossEntropy(tf.tensor1d([0, 1]), tf.tensor1d([1000, -1000]));
// @case softmax_cross_entropy_weights_error
tf.losses.softmaxCrossEntropy(tf.ones([2, 3]), tf.ones([2, 3]), tf.ones([2, 3]));
// @case softmax_cross_entropy_shape_error
tf.losses.softmaxCrossEntropy(tf.ones([2, 3]), tf.ones([3, 2]));
// @case print_loss
tf.losses.meanSquaredError(tf.tensor1d([1, 2, 3]), tf.tensor1d([1, 3, 5])).print();
tf.losses.absoluteDifference(tf.tensor1d([1, 2]), tf.tensor1d([3, 3]), null, tf.Reduction.NONE).print();
