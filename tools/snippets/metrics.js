// Metrics (tfjs_compat/metrics.py): tf.metrics.* functions and compile metrics, with the
// accuracy resolution rules of tfjs-facts.md 4.4.
// @case public_metric_functions
const yt = tf.tensor2d([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]]);
const yp = tf.tensor2d([[0.7, 0.2, 0.1], [0.3, 0.3, 0.4], [0.1, 0.1, 0.8], [0.6, 0.4, 0]]);
const bt = tf.tensor2d([[1], [0], [1], [1]]);
const bp = tf.tensor2d([[0.6], [0.5], [0.2], [1]]);
const names = ['binaryAccuracy', 'binaryCrossentropy', 'categoricalAccuracy', 'categoricalCrossentropy', 'cosineProximity', 'MAPE', 'mape', 'MSE', 'mse', 'meanAbsoluteError', 'meanAbsolutePercentageError', 'meanSquaredError', 'precision', 'r2Score', 'recall'];
return names.map((k) => [k, tf.metrics[k](yt, yp), tf.metrics[k](bt, bp)]);
// @py
yt = tf.tensor2d([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]])
yp = tf.tensor2d([[0.7, 0.2, 0.1], [0.3, 0.3, 0.4], [0.1, 0.1, 0.8], [0.6, 0.4, 0]])
bt = tf.tensor2d([[1], [0], [1], [1]])
bp = tf.tensor2d([[0.6], [0.5], [0.2], [1]])
names = ['binaryAccuracy', 'binaryCrossentropy', 'categoricalAccuracy', 'categoricalCrossentropy', 'cosineProximity', 'MAPE', 'mape', 'MSE', 'mse', 'meanAbsoluteError', 'meanAbsolutePercentageError', 'meanSquaredError', 'precision', 'r2Score', 'recall']
return [[k, getattr(tf.metrics, k)(yt, yp), getattr(tf.metrics, k)(bt, bp)] for k in names]
// @case sparse_categorical_accuracy
const yp = tf.tensor2d([[0.7, 0.2, 0.1], [0.3, 0.3, 0.4], [0.1, 0.1, 0.8], [0.6, 0.4, 0]]);
return [tf.metrics.sparseCategoricalAccuracy(tf.tensor1d([0, 2, 2, 1]), yp), tf.metrics.sparseCategoricalAccuracy(tf.tensor2d([[0], [2], [2], [1]]), yp)];
// @case small_examples
return [tf.metrics.binaryAccuracy(tf.tensor2d([[1], [1], [0]]), tf.tensor2d([[0.5], [0.51], [0.2]])), tf.metrics.categoricalAccuracy(tf.tensor2d([[0, 1], [0, 1]]), tf.tensor2d([[0.5, 0.5], [0.2, 0.8]])), tf.metrics.precision(tf.tensor2d([[1], [0], [0], [1]]), tf.tensor2d([[1], [0], [1], [1]])), tf.metrics.recall(tf.tensor2d([[1], [1], [0], [1]]), tf.tensor2d([[1], [0], [1], [1]])), tf.metrics.precision(tf.tensor2d([[1], [0]]), tf.tensor2d([[0], [0]])), tf.metrics.r2Score(tf.tensor1d([1, 0, 3]), tf.tensor1d([0.7, 0.2, 2])), tf.metrics.binaryAccuracy(tf.tensor1d([1, 0]), tf.tensor1d([0.7, 0.2]))];
// @case compile_metric_values
const P = tf.tensor2d([[0.7, 0.2, 0.1], [0, 1, 0]]);
const T = tf.tensor2d([[1, 0, 0], [0, 0, 1]]);
const mk = (k, loss, metrics) => {
  const m = tf.sequential({layers: [tf.layers.activation({activation: 'linear', inputShape: [k]})]});
  m.compile({optimizer: 'sgd', loss: loss, metrics: metrics});
  return m;
};
const out = [];
out.push(mk(1, 'meanSquaredError', ['accuracy']).evaluate(tf.tensor2d([[0.5], [0.51], [0.2]]), tf.tensor2d([[1], [1], [0]])));
out.push(mk(2, 'categoricalCrossentropy', ['acc']).evaluate(tf.tensor2d([[0.5, 0.5], [0.2, 0.8]]), tf.tensor2d([[0, 1], [0, 1]])));
out.push(mk(3, 'binaryCrossentropy', ['acc', 'ce']).evaluate(P, T));
out.push(mk(3, 'sparseCategoricalCrossentropy', ['acc', 'crossentropy']).evaluate(P, tf.tensor2d([[0], [1]])));
out.push(mk(3, 'categoricalCrossentropy', ['accuracy', 'ce', 'mse', 'MAE', 'mape', 'cosine', 'categoricalAccuracy', 'binaryAccuracy', 'categoricalCrossentropy']).evaluate(P, T));
out.push(mk(1, 'meanSquaredError', ['precision']).evaluate(tf.tensor2d([[1], [0], [1], [1]]), tf.tensor2d([[1], [0], [0], [1]])));
out.push(mk(3, 'categoricalCrossentropy', [tf.metrics.meanSquaredError, tf.metrics.recall, tf.metrics.r2Score]).evaluate(P, T));
return out;
// @py
P = tf.tensor2d([[0.7, 0.2, 0.1], [0, 1, 0]])
T = tf.tensor2d([[1, 0, 0], [0, 0, 1]])
def mk(k, loss, metrics):
    m = tf.sequential({'layers': [tf.layers.activation({'activation': 'linear', 'inputShape': [k]})]})
    m.compile({'optimizer': 'sgd', 'loss': loss, 'metrics': metrics})
    return m
out = []
out.append(mk(1, 'meanSquaredError', ['accuracy']).evaluate(tf.tensor2d([[0.5], [0.51], [0.2]]), tf.tensor2d([[1], [1], [0]])))
out.append(mk(2, 'categoricalCrossentropy', ['acc']).evaluate(tf.tensor2d([[0.5, 0.5], [0.2, 0.8]]), tf.tensor2d([[0, 1], [0, 1]])))
out.append(mk(3, 'binaryCrossentropy', ['acc', 'ce']).evaluate(P, T))
out.append(mk(3, 'sparseCategoricalCrossentropy', ['acc', 'crossentropy']).evaluate(P, tf.tensor2d([[0], [1]])))
out.append(mk(3, 'categoricalCrossentropy', ['accuracy', 'ce', 'mse', 'MAE', 'mape', 'cosine', 'categoricalAccuracy', 'binaryAccuracy', 'categoricalCrossentropy']).evaluate(P, T))
out.append(mk(1, 'meanSquaredError', ['precision']).evaluate(tf.tensor2d([[1], [0], [1], [1]]), tf.tensor2d([[1], [0], [0], [1]])))
out.append(mk(3, 'categoricalCrossentropy', [tf.metrics.meanSquaredError, tf.metrics.recall, tf.metrics.r2Score]).evaluate(P, T))
return out
