// Compile-level losses (tfjs_compat/losses.py): every loss string of tfjs-facts.md 4.3
// through model.evaluate on an identity model (evaluate(pred, true) gives the batch loss),
// per-sample values through a custom metric, and the target-shape rules.
// @case loss_table
const P = [[0.7, 0.2, 0.1], [0, 1, 0]];
const T = [[1, 0, 0], [0, 0, 1]];
const rows = [
  ['meanSquaredError', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['meanAbsoluteError', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['meanAbsolutePercentageError', [[1, 2], [3, 4]], [[0, 1], [2, 8]]],
  ['meanSquaredLogarithmicError', [[1, 2], [3, -4]], [[0, 1], [2, 8]]],
  ['categoricalCrossentropy', P, T],
  ['categoricalCrossentropy', [[2, 1, 1]], [[1, 0, 0]]],
  ['sparseCategoricalCrossentropy', P, [[0], [2]]],
  ['binaryCrossentropy', [[0.9], [0.2], [0], [1]], [[1], [0], [1], [1]]],
  ['hinge', [[0.3, -0.8], [1.5, 0.2]], [[1, -1], [-1, 1]]],
  ['squaredHinge', [[0.3, -0.8], [1.5, 0.2]], [[1, -1], [-1, 1]]],
  ['categoricalHinge', P, T],
  ['logcosh', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['kullbackLeiblerDivergence', P, [[0.5, 0.5, 0], [0, 0.1, 0.9]]],
  ['poisson', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['cosineProximity', [[1, 2], [3, 4]], [[0, 1], [1, 1]]],
  ['hinge', [[0.3, 0.8], [0.5, 0.2]], [[1, 0], [0, 1]]],
  ['binaryCrossentropy', [[0.5, 0.1, 0.9]], [[1, 0, 1]]],
];
const out = [];
for (const [loss, p, y] of rows) {
  const k = p[0].length;
  const m = tf.sequential({layers: [tf.layers.activation({activation: 'linear', inputShape: [k]})]});
  m.compile({optimizer: 'sgd', loss: loss});
  out.push([loss, m.evaluate(tf.tensor2d(p), tf.tensor2d(y))]);
}
return out;
// @py
P = [[0.7, 0.2, 0.1], [0, 1, 0]]
T = [[1, 0, 0], [0, 0, 1]]
rows = [
  ['meanSquaredError', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['meanAbsoluteError', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['meanAbsolutePercentageError', [[1, 2], [3, 4]], [[0, 1], [2, 8]]],
  ['meanSquaredLogarithmicError', [[1, 2], [3, -4]], [[0, 1], [2, 8]]],
  ['categoricalCrossentropy', P, T],
  ['categoricalCrossentropy', [[2, 1, 1]], [[1, 0, 0]]],
  ['sparseCategoricalCrossentropy', P, [[0], [2]]],
  ['binaryCrossentropy', [[0.9], [0.2], [0], [1]], [[1], [0], [1], [1]]],
  ['hinge', [[0.3, -0.8], [1.5, 0.2]], [[1, -1], [-1, 1]]],
  ['squaredHinge', [[0.3, -0.8], [1.5, 0.2]], [[1, -1], [-1, 1]]],
  ['categoricalHinge', P, T],
  ['logcosh', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['kullbackLeiblerDivergence', P, [[0.5, 0.5, 0], [0, 0.1, 0.9]]],
  ['poisson', [[1, 2], [3, 4]], [[0, 0], [1, 1]]],
  ['cosineProximity', [[1, 2], [3, 4]], [[0, 1], [1, 1]]],
  ['hinge', [[0.3, 0.8], [0.5, 0.2]], [[1, 0], [0, 1]]],
  ['binaryCrossentropy', [[0.5, 0.1, 0.9]], [[1, 0, 1]]],
]
out = []
for loss, p, y in rows:
    k = len(p[0])
    m = tf.sequential({'layers': [tf.layers.activation({'activation': 'linear', 'inputShape': [k]})]})
    m.compile({'optimizer': 'sgd', 'loss': loss})
    out.append([loss, m.evaluate(tf.tensor2d(p), tf.tensor2d(y))])
return out
// @case loss_functions_as_loss
const p = tf.tensor2d([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]]);
const y = tf.tensor2d([[1, 0, 0], [0, 0, 1]]);
const out = [];
for (const fn of [tf.losses.meanSquaredError, tf.losses.absoluteDifference, tf.losses.softmaxCrossEntropy, tf.losses.huberLoss, tf.losses.logLoss, tf.metrics.categoricalCrossentropy, (yt, yp) => yt.sub(yp).square().sum(-1)]) {
  const m = tf.sequential({layers: [tf.layers.activation({activation: 'linear', inputShape: [3]})]});
  m.compile({optimizer: 'sgd', loss: fn});
  out.push(m.evaluate(p, y));
}
return out;
// @py
p = tf.tensor2d([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]])
y = tf.tensor2d([[1, 0, 0], [0, 0, 1]])
out = []
for fn in [tf.losses.meanSquaredError, tf.losses.absoluteDifference, tf.losses.softmaxCrossEntropy, tf.losses.huberLoss, tf.losses.logLoss, tf.metrics.categoricalCrossentropy, lambda yt, yp: yt.sub(yp).square().sum(-1)]:
    m = tf.sequential({'layers': [tf.layers.activation({'activation': 'linear', 'inputShape': [3]})]})
    m.compile({'optimizer': 'sgd', 'loss': fn})
    out.append(m.evaluate(p, y))
return out
// @case loss_per_output_list_and_dict
const inp = tf.input({shape: [2], name: 'lpo_in'});
const oa = tf.layers.activation({activation: 'linear', name: 'lpo_a'}).apply(inp);
const ob = tf.layers.activation({activation: 'linear', name: 'lpo_b'}).apply(inp);
const m = tf.model({inputs: inp, outputs: [oa, ob]});
const x = tf.tensor2d([[1, 2], [3, 4]]);
const ya = tf.tensor2d([[0, 0], [1, 1]]);
const yb = tf.tensor2d([[1, 1], [1, 1]]);
m.compile({optimizer: 'sgd', loss: ['meanSquaredError', 'meanAbsoluteError']});
const a = m.evaluate(x, [ya, yb]);
m.compile({optimizer: 'sgd', loss: {lpo_b: 'meanSquaredError', lpo_a: 'meanAbsoluteError'}});
const b = m.evaluate(x, {lpo_a: ya, lpo_b: yb});
return [a, b];
// @case sparse_cce_1d_target_accepted
const m = tf.sequential({layers: [tf.layers.activation({activation: 'linear', inputShape: [3]})]});
m.compile({optimizer: 'sgd', loss: 'sparseCategoricalCrossentropy', metrics: ['acc']});
return m.evaluate(tf.tensor2d([[0.7, 0.2, 0.1], [0, 1, 0]]), tf.tensor1d([0, 2]));
