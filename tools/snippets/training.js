// Training (tfjs_compat/models/training.py): compile options, fit histories with fixed
// weights and shuffle false, evaluate / predict / trainOnBatch, classWeight,
// validation data, initialEpoch, and fit's error texts (tfjs-facts.md 4.1, 4.5, 4.7-4.10, 7).
// Weights are set from sin() ramps so every run starts from the same point.
// @case compile_optimizer_strings
const out = [];
for (const s of ['sgd', 'SGD', 'adam', 'Adam', 'adamax', 'Adamax', 'adagrad', 'Adagrad', 'adadelta', 'Adadelta', 'rmsprop', 'RMSProp']) {
  const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cos_' + s})]});
  m.compile({optimizer: s, loss: 'meanSquaredError'});
  out.push([s, m.optimizer.getClassName(), m.optimizer.getConfig()]);
}
return out;
// @py
out = []
for s in ['sgd', 'SGD', 'adam', 'Adam', 'adamax', 'Adamax', 'adagrad', 'Adagrad', 'adadelta', 'Adadelta', 'rmsprop', 'RMSProp']:
    m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'name': 'cos_' + s})]})
    m.compile({'optimizer': s, 'loss': 'meanSquaredError'})
    out.append([s, m.optimizer.getClassName(), m.optimizer.getConfig()])
return out
// @case compile_optimizer_unknown_momentum
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cou1'})]});
m.compile({optimizer: 'momentum', loss: 'meanSquaredError'});
// @case compile_optimizer_unknown_rmsprop_case
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cou2'})]});
m.compile({optimizer: 'RMSprop', loss: 'meanSquaredError'});
// @case compile_optimizer_not_an_optimizer
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cou3'})]});
m.compile({optimizer: {}, loss: 'meanSquaredError'});
// @case compile_optimizer_instance
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'coi'})]});
const opt = tf.train.momentum(0.1, 0.9);
m.compile({optimizer: opt, loss: 'meanSquaredError'});
return [m.optimizer === opt, m.optimizer.getConfig()];
// @case compile_loss_alias_mse
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cla1'})]});
m.compile({optimizer: 'sgd', loss: 'mse'});
// @case compile_loss_alias_huber
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cla2'})]});
m.compile({optimizer: 'sgd', loss: 'huberLoss'});
// @case compile_loss_softmax_ce
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cla3'})]});
m.compile({optimizer: 'sgd', loss: 'softmaxCrossEntropy'});
// @case compile_loss_missing
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'clm'})]});
m.compile({optimizer: 'sgd'});
// @case compile_loss_list_wrong_length
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cll'})]});
m.compile({optimizer: 'sgd', loss: ['meanSquaredError', 'meanAbsoluteError']});
// @case compile_loss_dict_unknown_key
const inp = tf.input({shape: [2], name: 'cld_in'});
const oa = tf.layers.dense({units: 1, name: 'cld_oa'}).apply(inp);
const ob = tf.layers.dense({units: 1, name: 'cld_ob'}).apply(inp);
const m = tf.model({inputs: inp, outputs: [oa, ob]});
m.compile({optimizer: 'sgd', loss: {cld_oa: 'meanSquaredError', nope: 'meanAbsoluteError'}});
// @case compile_metric_unknown
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cmu'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['recall']});
// @case compile_metric_unknown_mean_squared_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'cmu2'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError', metrics: 'meanSquaredError'});
// @case compile_metrics_names
const mk = (units, loss, metrics) => {
  const m = tf.sequential({layers: [tf.layers.dense({units: units, inputShape: [2]})]});
  m.compile({optimizer: 'sgd', loss: loss, metrics: metrics});
  return m.metricsNames;
};
return [mk(1, 'meanSquaredError', undefined), mk(3, 'categoricalCrossentropy', ['accuracy']), mk(3, 'categoricalCrossentropy', 'acc'), mk(3, 'categoricalCrossentropy', ['acc', 'accuracy']), mk(1, 'meanSquaredError', ['mse', 'MSE', 'mae', 'MAE', 'mape', 'MAPE', 'cosine']), mk(3, 'categoricalCrossentropy', ['ce', 'crossentropy', 'categoricalAccuracy', 'binaryAccuracy', 'precision', 'categoricalCrossentropy', 'sparseCategoricalCrossentropy']), mk(1, 'meanSquaredError', [tf.metrics.meanSquaredError, tf.metrics.binaryAccuracy])];
// @py
def mk(units, loss, metrics):
    m = tf.sequential({'layers': [tf.layers.dense({'units': units, 'inputShape': [2]})]})
    m.compile({'optimizer': 'sgd', 'loss': loss, 'metrics': metrics})
    return m.metricsNames
return [mk(1, 'meanSquaredError', None), mk(3, 'categoricalCrossentropy', ['accuracy']), mk(3, 'categoricalCrossentropy', 'acc'), mk(3, 'categoricalCrossentropy', ['acc', 'accuracy']), mk(1, 'meanSquaredError', ['mse', 'MSE', 'mae', 'MAE', 'mape', 'MAPE', 'cosine']), mk(3, 'categoricalCrossentropy', ['ce', 'crossentropy', 'categoricalAccuracy', 'binaryAccuracy', 'precision', 'categoricalCrossentropy', 'sparseCategoricalCrossentropy']), mk(1, 'meanSquaredError', [tf.metrics.meanSquaredError, tf.metrics.binaryAccuracy])]
// @case compile_metrics_names_multi_output
const inp = tf.input({shape: [2], name: 'cmn_in'});
const oa = tf.layers.dense({units: 3, activation: 'softmax', name: 'cmn_oa'}).apply(inp);
const ob = tf.layers.dense({units: 1, activation: 'sigmoid', name: 'cmn_ob'}).apply(inp);
const m = tf.model({inputs: inp, outputs: [oa, ob]});
m.compile({optimizer: 'sgd', loss: ['categoricalCrossentropy', 'binaryCrossentropy'], metrics: ['accuracy', 'mse']});
const m2 = tf.model({inputs: inp, outputs: [oa, ob]});
m2.compile({optimizer: 'sgd', loss: {cmn_oa: 'categoricalCrossentropy', cmn_ob: 'binaryCrossentropy'}, metrics: {cmn_ob: 'acc'}});
return [m.metricsNames, m2.metricsNames];
// @case fit_mlp_adam_cce_validation_split
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.dense({units: 8, activation: 'relu', inputShape: [4]}));
m.add(tf.layers.dense({units: 3, activation: 'softmax'}));
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
m.compile({optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy']});
const x = tf.sin(tf.range(0, 64).mul(1.3)).reshape([16, 4]);
const y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 2, 1, 0, 0, 1, 2, 1, 1, 0, 2], 'int32'), 3).cast('float32');
const h = await m.fit(x, y, {epochs: 5, batchSize: 4, shuffle: false, validationSplit: 0.25});
return [h.epoch, h.history, h.params, m.predict(x.slice([0, 0], [2, 4]))];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 8, 'activation': 'relu', 'inputShape': [4]}))
m.add(tf.layers.dense({'units': 3, 'activation': 'softmax'}))
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': 'adam', 'loss': 'categoricalCrossentropy', 'metrics': ['accuracy']})
x = tf.sin(tf.range(0, 64).mul(1.3)).reshape([16, 4])
y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 2, 1, 0, 0, 1, 2, 1, 1, 0, 2], 'int32'), 3).cast('float32')
h = await m.fit(x, y, {'epochs': 5, 'batchSize': 4, 'shuffle': False, 'validationSplit': 0.25})
return [h.epoch, h.history, h.params, m.predict(x.slice([0, 0], [2, 4]))]
// @case fit_cnn_momentum
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.conv2d({filters: 2, kernelSize: 3, activation: 'relu', inputShape: [6, 6, 1]}));
m.add(tf.layers.maxPooling2d({poolSize: 2}));
m.add(tf.layers.flatten());
m.add(tf.layers.dense({units: 2, activation: 'softmax'}));
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
m.compile({optimizer: tf.train.momentum(0.05, 0.9), loss: 'categoricalCrossentropy', metrics: ['accuracy']});
const x = tf.sin(tf.range(0, 288).mul(0.37)).reshape([8, 6, 6, 1]);
const y = tf.oneHot(tf.tensor1d([0, 1, 1, 0, 1, 0, 0, 1], 'int32'), 2).cast('float32');
const h = await m.fit(x, y, {epochs: 4, batchSize: 3, shuffle: false});
return [h.epoch, h.history, m.evaluate(x, y)];
// @py
m = tf.sequential()
m.add(tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'activation': 'relu', 'inputShape': [6, 6, 1]}))
m.add(tf.layers.maxPooling2d({'poolSize': 2}))
m.add(tf.layers.flatten())
m.add(tf.layers.dense({'units': 2, 'activation': 'softmax'}))
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': tf.train.momentum(0.05, 0.9), 'loss': 'categoricalCrossentropy', 'metrics': ['accuracy']})
x = tf.sin(tf.range(0, 288).mul(0.37)).reshape([8, 6, 6, 1])
y = tf.oneHot(tf.tensor1d([0, 1, 1, 0, 1, 0, 0, 1], 'int32'), 2).cast('float32')
h = await m.fit(x, y, {'epochs': 4, 'batchSize': 3, 'shuffle': False})
return [h.epoch, h.history, m.evaluate(x, y)]
// @case fit_lstm_rmsprop
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.lstm({units: 3, inputShape: [4, 2]}));
m.add(tf.layers.dense({units: 1}));
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
m.compile({optimizer: tf.train.rmsprop(0.01), loss: 'meanSquaredError', metrics: ['mae']});
const x = tf.sin(tf.range(0, 48).mul(0.9)).reshape([6, 4, 2]);
const y = tf.tensor2d([[0.5], [-0.2], [0.1], [0.9], [-0.7], [0.3]]);
const h = await m.fit(x, y, {epochs: 4, batchSize: 4, shuffle: false, validationData: [x, y]});
return [h.epoch, h.history, m.predict(x)];
// @py
m = tf.sequential()
m.add(tf.layers.lstm({'units': 3, 'inputShape': [4, 2]}))
m.add(tf.layers.dense({'units': 1}))
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': tf.train.rmsprop(0.01), 'loss': 'meanSquaredError', 'metrics': ['mae']})
x = tf.sin(tf.range(0, 48).mul(0.9)).reshape([6, 4, 2])
y = tf.tensor2d([[0.5], [-0.2], [0.1], [0.9], [-0.7], [0.3]])
h = await m.fit(x, y, {'epochs': 4, 'batchSize': 4, 'shuffle': False, 'validationData': [x, y]})
return [h.epoch, h.history, m.predict(x)]
// @case fit_gru_adagrad_sparse
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.gru({units: 4, inputShape: [3, 2]}));
m.add(tf.layers.dense({units: 3, activation: 'softmax'}));
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
m.compile({optimizer: tf.train.adagrad(0.1), loss: 'sparseCategoricalCrossentropy', metrics: ['acc']});
const x = tf.sin(tf.range(0, 42).mul(0.8)).reshape([7, 3, 2]);
const y = tf.tensor1d([0, 2, 1, 1, 0, 2, 2]);
const h = await m.fit(x, y, {epochs: 3, batchSize: 3, shuffle: false});
return [h.epoch, h.history];
// @py
m = tf.sequential()
m.add(tf.layers.gru({'units': 4, 'inputShape': [3, 2]}))
m.add(tf.layers.dense({'units': 3, 'activation': 'softmax'}))
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': tf.train.adagrad(0.1), 'loss': 'sparseCategoricalCrossentropy', 'metrics': ['acc']})
x = tf.sin(tf.range(0, 42).mul(0.8)).reshape([7, 3, 2])
y = tf.tensor1d([0, 2, 1, 1, 0, 2, 2])
h = await m.fit(x, y, {'epochs': 3, 'batchSize': 3, 'shuffle': False})
return [h.epoch, h.history]
// @case fit_batchnorm_dropout_sgd
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.dense({units: 6, inputShape: [3]}));
m.add(tf.layers.batchNormalization());
m.add(tf.layers.activation({activation: 'relu'}));
m.add(tf.layers.dropout({rate: 0.3, seed: 7}));
m.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).add(i === 7 ? 1 : 0).reshape(w.shape)));
m.compile({optimizer: 'sgd', loss: 'binaryCrossentropy', metrics: ['accuracy']});
const x = tf.sin(tf.range(0, 30).mul(1.1)).reshape([10, 3]);
const y = tf.tensor2d([[1], [0], [0], [1], [1], [0], [1], [0], [1], [1]]);
const h = await m.fit(x, y, {epochs: 3, batchSize: 4, shuffle: false, validationSplit: 0.2});
return [h.epoch, h.history, m.getWeights()[6], m.getWeights()[7], m.evaluate(x, y)];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 6, 'inputShape': [3]}))
m.add(tf.layers.batchNormalization())
m.add(tf.layers.activation({'activation': 'relu'}))
m.add(tf.layers.dropout({'rate': 0.3, 'seed': 7}))
m.add(tf.layers.dense({'units': 1, 'activation': 'sigmoid'}))
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).add(1 if i == 7 else 0).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': 'sgd', 'loss': 'binaryCrossentropy', 'metrics': ['accuracy']})
x = tf.sin(tf.range(0, 30).mul(1.1)).reshape([10, 3])
y = tf.tensor2d([[1], [0], [0], [1], [1], [0], [1], [0], [1], [1]])
h = await m.fit(x, y, {'epochs': 3, 'batchSize': 4, 'shuffle': False, 'validationSplit': 0.2})
return [h.epoch, h.history, m.getWeights()[6], m.getWeights()[7], m.evaluate(x, y)]
// @case fit_multi_output_functional
// @tol 1e-4
const inp = tf.input({shape: [3], name: 'mo_in'});
const hid = tf.layers.dense({units: 4, activation: 'tanh', name: 'mo_hid'}).apply(inp);
const oa = tf.layers.dense({units: 2, name: 'mo_oa'}).apply(hid);
const ob = tf.layers.dense({units: 1, activation: 'sigmoid', name: 'mo_ob'}).apply(hid);
const m = tf.model({inputs: inp, outputs: [oa, ob]});
m.setWeights(m.getWeights().map((w, i) => tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape)));
m.compile({optimizer: tf.train.sgd(0.1), loss: ['meanSquaredError', 'binaryCrossentropy'], metrics: ['accuracy']});
const x = tf.sin(tf.range(0, 24).mul(0.6)).reshape([8, 3]);
const ya = tf.cos(tf.range(0, 16).mul(0.5)).reshape([8, 2]);
const yb = tf.tensor2d([[1], [0], [1], [1], [0], [0], [1], [0]]);
const h = await m.fit(x, [ya, yb], {epochs: 3, batchSize: 3, shuffle: false, validationSplit: 0.25});
return [m.metricsNames, h.history, h.params.metrics, m.evaluate(x, [ya, yb]), m.predict(x.slice([0, 0], [2, 3]))];
// @py
inp = tf.input({'shape': [3], 'name': 'mo_in'})
hid = tf.layers.dense({'units': 4, 'activation': 'tanh', 'name': 'mo_hid'}).apply(inp)
oa = tf.layers.dense({'units': 2, 'name': 'mo_oa'}).apply(hid)
ob = tf.layers.dense({'units': 1, 'activation': 'sigmoid', 'name': 'mo_ob'}).apply(hid)
m = tf.model({'inputs': inp, 'outputs': [oa, ob]})
m.setWeights([tf.sin(tf.range(1, w.size + 1).mul(0.7 + 0.1 * i)).mul(0.5).reshape(w.shape) for i, w in enumerate(m.getWeights())])
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': ['meanSquaredError', 'binaryCrossentropy'], 'metrics': ['accuracy']})
x = tf.sin(tf.range(0, 24).mul(0.6)).reshape([8, 3])
ya = tf.cos(tf.range(0, 16).mul(0.5)).reshape([8, 2])
yb = tf.tensor2d([[1], [0], [1], [1], [0], [0], [1], [0]])
h = await m.fit(x, [ya, yb], {'epochs': 3, 'batchSize': 3, 'shuffle': False, 'validationSplit': 0.25})
return [m.metricsNames, h.history, h.params.metrics, m.evaluate(x, [ya, yb]), m.predict(x.slice([0, 0], [2, 3]))]
// @case multi_output_quirk_evaluate_history
const inp = tf.input({shape: [1], name: 'mq_in'});
const oa = tf.layers.dense({units: 1, kernelInitializer: 'zeros', name: 'mq_oa'}).apply(inp);
const ob = tf.layers.dense({units: 1, kernelInitializer: 'zeros', name: 'mq_ob'}).apply(inp);
const m = tf.model({inputs: inp, outputs: [oa, ob]});
m.compile({optimizer: tf.train.sgd(0), loss: ['meanSquaredError', 'meanAbsoluteError']});
const x = tf.tensor2d([[1], [2]]);
const ya = tf.tensor2d([[2], [2]]);
const yb = tf.tensor2d([[3], [3]]);
const h = await m.fit(x, [ya, yb], {epochs: 1, validationData: [x, [ya, yb]]});
return [m.metricsNames, m.evaluate(x, [ya, yb]), h.history];
// @case multi_output_quirk_three_outputs_with_metric
const inp = tf.input({shape: [1], name: 'mq3_in'});
const outs = ['mq3_a', 'mq3_b', 'mq3_c'].map((n) => tf.layers.dense({units: 1, kernelInitializer: 'zeros', name: n}).apply(inp));
const m = tf.model({inputs: inp, outputs: outs});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError', metrics: ['mae']});
const x = tf.tensor2d([[1], [2]]);
const ys = [tf.tensor2d([[1], [1]]), tf.tensor2d([[2], [2]]), tf.tensor2d([[3], [3]])];
const h = await m.fit(x, ys, {epochs: 1, validationData: [x, ys]});
return [m.metricsNames, m.evaluate(x, ys), h.history];
// @py
inp = tf.input({'shape': [1], 'name': 'mq3_in'})
outs = [tf.layers.dense({'units': 1, 'kernelInitializer': 'zeros', 'name': n}).apply(inp) for n in ['mq3_a', 'mq3_b', 'mq3_c']]
m = tf.model({'inputs': inp, 'outputs': outs})
m.compile({'optimizer': tf.train.sgd(0), 'loss': 'meanSquaredError', 'metrics': ['mae']})
x = tf.tensor2d([[1], [2]])
ys = [tf.tensor2d([[1], [1]]), tf.tensor2d([[2], [2]]), tf.tensor2d([[3], [3]])]
h = await m.fit(x, ys, {'epochs': 1, 'validationData': [x, ys]})
return [m.metricsNames, m.evaluate(x, ys), h.history]
// @case fit_duplicate_metric_keys
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], activation: 'softmax', kernelInitializer: 'ones', name: 'fdm'})]});
m.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['acc', 'accuracy']});
const h = await m.fit(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1, 0], [0, 1]]), {epochs: 2, validationSplit: 0.5});
return [m.metricsNames, h.history, h.params];
// @case fit_history_defaults
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', name: 'fhd'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const h = await m.fit(tf.ones([5, 2]), tf.zeros([5, 1]));
return [h.validationData, h.epoch, h.history, h.params];
// @case fit_initial_epoch_and_zero_epochs
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'fie'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const x = tf.tensor2d([[1], [2], [3]]);
const y = tf.tensor2d([[2], [4], [6]]);
const h1 = await m.fit(x, y, {epochs: 3, initialEpoch: 1, shuffle: false});
const h0 = await m.fit(x, y, {epochs: 0});
const h2 = await m.fit(x, y, {epochs: 2, initialEpoch: 2});
return [h1.epoch, h1.history, h1.params, h0.epoch, h0.history, h2.epoch, h2.history];
// @case fit_1d_x_and_y
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'f1d'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const h = await m.fit(tf.tensor1d([1, 2, 3]), tf.tensor1d([1, 3, 5]), {epochs: 2, batchSize: 2, shuffle: false});
return h.history;
// @case fit_class_weight
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], activation: 'softmax', kernelInitializer: 'zeros', name: 'fcw'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'categoricalCrossentropy'});
const h = await m.fit(tf.ones([3, 2]), tf.tensor2d([[1, 0], [0, 1], [0, 1]]), {classWeight: {0: 3, 1: 1}});
return h.history;
// @case fit_class_weight_sparse_and_training
// @tol 1e-5
const m = tf.sequential({layers: [tf.layers.dense({units: 3, inputShape: [2], activation: 'softmax', kernelInitializer: 'ones', name: 'fcws'})]});
m.compile({optimizer: tf.train.sgd(0.5), loss: 'sparseCategoricalCrossentropy', metrics: ['acc']});
const x = tf.tensor2d([[1, 0], [0, 1], [1, 1], [0.5, -1]]);
const h = await m.fit(x, tf.tensor2d([[0], [2], [1], [2]]), {epochs: 3, batchSize: 2, shuffle: false, classWeight: {0: 0.5, 1: 2, 2: 1}});
return h.history;
// @case fit_class_weight_missing_class
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], activation: 'softmax', name: 'fcwm'})]});
m.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
await m.fit(tf.ones([3, 2]), tf.tensor2d([[1, 0], [0, 1], [0, 1]]), {classWeight: {0: 3}});
// @case fit_validation_data_forms
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'fvd'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError', metrics: ['mae']});
const x = tf.tensor2d([[1], [2]]);
const y = tf.tensor2d([[0], [0]]);
const h = await m.fit(x, y, {validationData: [tf.tensor2d([[3]]), tf.tensor2d([[1]])]});
const h2 = await m.fit(x, y, {validationData: [tf.tensor1d([3]), tf.tensor1d([1])], validationSplit: 0.5});
return [h.history, h.params.metrics, h.params.doValidation, h2.history, h2.params.samples];
// @case fit_validation_data_three_items
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fvd3'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const x = tf.tensor2d([[1], [2]]);
await m.fit(x, x, {validationData: [x, x, x]});
// @case fit_validation_data_one_item
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fvd1'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const x = tf.tensor2d([[1], [2]]);
await m.fit(x, x, {validationData: [x]});
// @case fit_validation_split_one_ignored
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'fvs1'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError'});
const h = await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[0], [0]]), {validationSplit: 1});
return [h.history, h.params];
// @case fit_validation_steps_only
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'fvst'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError'});
const h = await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[0], [0]]), {validationSteps: 2, stepsPerEpoch: 5});
return [h.history, h.params];
// @case fit_sample_weight_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fsw'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {sampleWeight: tf.ones([2])});
// @case fit_shuffle_batch_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fsb'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {shuffle: 'batch'});
// @case fit_batch_size_zero
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fbz'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {batchSize: 0});
// @case fit_batch_size_fraction
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fbf'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {batchSize: 1.5});
// @case fit_not_compiled_sequential
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fnc'})]});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]));
// @case fit_not_compiled_functional
const inp = tf.input({shape: [1], name: 'fncf_in'});
const m = tf.model({inputs: inp, outputs: tf.layers.dense({units: 1, name: 'fncf'}).apply(inp)});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]));
// @case evaluate_not_compiled_sequential
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'enc'})]});
m.evaluate(tf.ones([2, 1]), tf.ones([2, 1]));
// @case fit_x_last_dim_wrong
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fxl'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([5, 3]), tf.ones([5, 1]));
// @case fit_x_1d_for_two_features
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fx1'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([5]), tf.ones([5, 1]));
// @case fit_x_rank_wrong
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fxr'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([5, 2, 1]), tf.ones([5, 1]));
// @case fit_y_last_dim_wrong
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fyl'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([5, 2]), tf.ones([5, 3]));
// @case fit_sparse_cce_one_hot_target
const m = tf.sequential({layers: [tf.layers.dense({units: 3, inputShape: [2], activation: 'softmax', name: 'fsc'})]});
m.compile({optimizer: 'sgd', loss: 'sparseCategoricalCrossentropy'});
await m.fit(tf.ones([2, 2]), tf.tensor2d([[1, 0, 0], [0, 1, 0]]));
// @case fit_cce_one_unit_output
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fcc1'})]});
m.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
await m.fit(tf.ones([2, 2]), tf.ones([2, 1]));
// @case fit_sample_count_mismatch
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fsm'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([5, 2]), tf.ones([4, 1]));
// @case fit_js_array_input
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'fja'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit([[1, 2]], [[1]]);
// @case evaluate_shapes
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', name: 'evs'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const x = tf.tensor2d([[1, 2], [3, 4], [5, 6]]);
const y = tf.tensor2d([[1], [2], [3]]);
const a = m.evaluate(x, y);
const b = m.evaluate(x, y, {batchSize: 2});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mae', 'mse']});
const c = m.evaluate(x, y, {batchSize: 1});
return [a, b, c];
// @case evaluate_verbose_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'evv'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
m.evaluate(tf.ones([2, 2]), tf.ones([2, 1]), {verbose: 1});
// @case evaluate_batch_size_zero
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'evb'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
m.evaluate(tf.ones([2, 2]), tf.ones([2, 1]), {batchSize: 0});
// @case evaluate_dropout_inference_mode
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', name: 'edi'}), tf.layers.dropout({rate: 0.9})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
return m.evaluate(tf.ones([4, 2]), tf.zeros([4, 2]));
// @case predict_forms
const inp1 = tf.input({shape: [2], name: 'pf_in1'});
const inp2 = tf.input({shape: [1], name: 'pf_in2'});
const cat = tf.layers.concatenate({name: 'pf_cat'}).apply([inp1, inp2]);
const oa = tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'pf_oa'}).apply(cat);
const ob = tf.layers.dense({units: 2, kernelInitializer: 'ones', activation: 'relu', name: 'pf_ob'}).apply(cat);
const m = tf.model({inputs: [inp1, inp2], outputs: [oa, ob]});
const x1 = tf.tensor2d([[1, 2], [3, 4], [-5, 1]]);
const x2 = tf.tensor2d([[1], [0], [-1]]);
return [m.predict([x1, x2]), m.predict([x1, x2], {batchSize: 2}), m.predictOnBatch([x1, x2])];
// @case predict_int_input_gives_float
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', name: 'pii'})]});
return [m.predict(tf.tensor2d([[1, 2]], [1, 2], 'int32')), m.predict(tf.tensor1d([1, 2, 3]).reshape([3, 1]).tile([1, 2]), {batchSize: 2, verbose: true})];
// @case train_on_batch
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'tob'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const x = tf.tensor2d([[1], [2]]);
const y = tf.tensor2d([[0.5], [1.5]]);
const a = await m.trainOnBatch(x, y);
const b = await m.trainOnBatch(x, y);
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError', metrics: ['mse']});
const c = await m.trainOnBatch(x, y);
return [a, b, c, m.getWeights()[0]];
// @case stop_training_in_epoch_end
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'stt'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const h = await m.fit(tf.ones([4, 1]), tf.zeros([4, 1]), {epochs: 10, callbacks: {onEpochEnd: (epoch, logs) => { if (epoch === 2) m.stopTraining = true; }}});
return [h.epoch, m.stopTraining];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'stt'})]})
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
def on_epoch_end(epoch, logs):
    if epoch == 2:
        m.stopTraining = True
h = await m.fit(tf.ones([4, 1]), tf.zeros([4, 1]), {'epochs': 10, 'callbacks': {'onEpochEnd': on_epoch_end}})
return [h.epoch, m.stopTraining]
// @case stop_training_in_batch_end
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'stb'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const seen = [];
const h = await m.fit(tf.ones([8, 1]), tf.zeros([8, 1]), {epochs: 3, batchSize: 2, callbacks: {onBatchEnd: (batch, logs) => { seen.push(batch); if (batch === 1) m.stopTraining = true; }}});
return [h.epoch, seen, Object.keys(h.history)];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'stb'})]})
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
seen = []
def on_batch_end(batch, logs):
    seen.append(batch)
    if batch == 1:
        m.stopTraining = True
h = await m.fit(tf.ones([8, 1]), tf.zeros([8, 1]), {'epochs': 3, 'batchSize': 2, 'callbacks': {'onBatchEnd': on_batch_end}})
return [h.epoch, seen, list(h.history.keys())]
// @case fit_verbose_prints_nothing
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'fvp'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([4, 1]), tf.zeros([4, 1]), {epochs: 2, verbose: 1});
const h = await m.fit(tf.ones([4, 1]), tf.zeros([4, 1]), {epochs: 1, verbose: 2});
return h.params.verbose;
// @case fit_while_fitting_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'fwf'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
let err = null;
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {callbacks: {onEpochBegin: async () => { try { await m.fit(tf.ones([2, 1]), tf.ones([2, 1])); } catch (e) { err = e.message; } }}});
return err;
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'name': 'fwf'})]})
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
err = [None]
async def on_epoch_begin(epoch, logs):
    try:
        await m.fit(tf.ones([2, 1]), tf.ones([2, 1]))
    except Exception as e:
        err[0] = str(e)
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {'callbacks': {'onEpochBegin': on_epoch_begin}})
return err[0]
// @case fit_loss_function_and_tf_losses
// @tol 1e-5
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', name: 'flf'})]});
m.compile({optimizer: tf.train.sgd(0.05), loss: (yt, yp) => yt.sub(yp).abs().mean()});
const x = tf.tensor2d([[1, 2], [0, -1], [2, 2]]);
const y = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
const h = await m.fit(x, y, {epochs: 2, shuffle: false, batchSize: 2});
const m2 = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', name: 'flf2'})]});
m2.compile({optimizer: tf.train.sgd(0.05), loss: tf.losses.meanSquaredError, metrics: [(yt, yp) => yt.mul(yp).sum(-1)]});
const h2 = await m2.fit(x, y, {epochs: 2, shuffle: false, batchSize: 2});
return [h.history, m2.metricsNames.length, Object.keys(h2.history).length, h2.history.loss];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 2, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'flf'})]})
m.compile({'optimizer': tf.train.sgd(0.05), 'loss': lambda yt, yp: yt.sub(yp).abs().mean()})
x = tf.tensor2d([[1, 2], [0, -1], [2, 2]])
y = tf.tensor2d([[1, 0], [0, 1], [1, 1]])
h = await m.fit(x, y, {'epochs': 2, 'shuffle': False, 'batchSize': 2})
m2 = tf.sequential({'layers': [tf.layers.dense({'units': 2, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'flf2'})]})
m2.compile({'optimizer': tf.train.sgd(0.05), 'loss': tf.losses.meanSquaredError, 'metrics': [lambda yt, yp: yt.mul(yp).sum(-1)]})
h2 = await m2.fit(x, y, {'epochs': 2, 'shuffle': False, 'batchSize': 2})
return [h.history, len(m2.metricsNames), len(list(h2.history.keys())), h2.history.loss]
// @case fit_getting_started_fixed_weights
// @tol 1e-4
const model = tf.sequential();
model.add(tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: tf.initializers.constant({value: 0.5}), biasInitializer: 'zeros'}));
model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);
const h = await model.fit(xs, ys, {epochs: 250});
return [h.history.loss[0], h.history.loss[249], model.predict(tf.tensor2d([20], [1, 1]))];
