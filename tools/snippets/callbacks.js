// Callbacks of fit (tfjs_compat/models/callbacks.py): hook order and log contents
// (tfjs-facts.md 4.6), tf.Callback subclasses (Tensor logs), CustomCallback, async hooks,
// earlyStopping, onYield / yieldEvery rules, History.
// @case order_and_logs
const m = tf.sequential({layers: [tf.layers.dense({units: 3, inputShape: [2], activation: 'softmax', kernelInitializer: 'ones', name: 'cb_ol'})]});
m.setWeights([tf.tensor2d([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]), tf.tensor1d([0.1, 0, -0.1])]);
m.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy']});
const x = tf.tensor2d([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
const y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1], 'int32'), 3).cast('float32');
const cb = {
  onTrainBegin: (logs) => console.log('trainBegin', JSON.stringify(logs)),
  onEpochBegin: (epoch, logs) => console.log('epochBegin', epoch, JSON.stringify(logs)),
  onBatchBegin: (batch, logs) => console.log('batchBegin', batch, JSON.stringify(logs)),
  onBatchEnd: (batch, logs) => console.log('batchEnd', batch, JSON.stringify(logs)),
  onEpochEnd: (epoch, logs) => console.log('epochEnd', epoch, JSON.stringify(logs)),
  onTrainEnd: (logs) => console.log('trainEnd', JSON.stringify(logs)),
};
const h = await m.fit(x, y, {epochs: 2, batchSize: 2, shuffle: false, validationSplit: 0.4, callbacks: cb});
return [h.epoch, h.history, h.params];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 3, 'inputShape': [2], 'activation': 'softmax', 'kernelInitializer': 'ones', 'name': 'cb_ol'})]})
m.setWeights([tf.tensor2d([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]), tf.tensor1d([0.1, 0, -0.1])])
m.compile({'optimizer': 'sgd', 'loss': 'categoricalCrossentropy', 'metrics': ['accuracy']})
x = tf.tensor2d([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1], 'int32'), 3).cast('float32')
cb = {
  'onTrainBegin': lambda logs: console.log('trainBegin', JSON.stringify(logs)),
  'onEpochBegin': lambda epoch, logs: console.log('epochBegin', epoch, JSON.stringify(logs)),
  'onBatchBegin': lambda batch, logs: console.log('batchBegin', batch, JSON.stringify(logs)),
  'onBatchEnd': lambda batch, logs: console.log('batchEnd', batch, JSON.stringify(logs)),
  'onEpochEnd': lambda epoch, logs: console.log('epochEnd', epoch, JSON.stringify(logs)),
  'onTrainEnd': lambda logs: console.log('trainEnd', JSON.stringify(logs)),
}
h = await m.fit(x, y, {'epochs': 2, 'batchSize': 2, 'shuffle': False, 'validationSplit': 0.4, 'callbacks': cb})
return [h.epoch, h.history, h.params]
// @case list_of_dicts_in_order
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_ld'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const a = {onEpochEnd: (epoch, logs) => console.log('a', epoch, JSON.stringify(logs))};
const b = {onEpochEnd: (epoch, logs) => console.log('b', epoch, JSON.stringify(logs)), onTrainEnd: (logs) => console.log('b end')};
await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {epochs: 2, callbacks: [a, b]});
// @case tf_callback_subclass_gets_tensors
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_sub'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError', metrics: ['mae']});
class Spy extends tf.Callback {
  async onTrainBegin(logs) { console.log('trainBegin', JSON.stringify(logs), this.params.epochs, this.model !== null); }
  async onBatchEnd(batch, logs) { console.log('batchEnd', batch, Object.keys(logs).join(','), typeof logs.size, logs.loss instanceof tf.Tensor, logs.loss.dataSync()[0]); }
  async onEpochEnd(epoch, logs) { console.log('epochEnd', epoch, Object.keys(logs).join(','), logs.loss instanceof tf.Tensor, logs.val_mae instanceof tf.Tensor, logs.mae.dataSync()[0]); }
}
const h = await m.fit(tf.tensor2d([[1], [2], [3]]), tf.tensor2d([[1], [1], [2]]), {epochs: 2, batchSize: 2, shuffle: false, validationData: [tf.tensor2d([[1]]), tf.tensor2d([[0]])], callbacks: [new Spy()]});
return h.history;
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'cb_sub'})]})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError', 'metrics': ['mae']})
class Spy(tf.Callback):
    async def onTrainBegin(self, logs):
        console.log('trainBegin', JSON.stringify(logs), self.params.epochs, self.model is not None)
    async def onBatchEnd(self, batch, logs):
        console.log('batchEnd', batch, ','.join(logs.keys()), 'number' if isinstance(logs.size, int) else 'other', isinstance(logs.loss, tf.Tensor), logs.loss.dataSync()[0])
    async def onEpochEnd(self, epoch, logs):
        console.log('epochEnd', epoch, ','.join(logs.keys()), isinstance(logs.loss, tf.Tensor), isinstance(logs.val_mae, tf.Tensor), logs.mae.dataSync()[0])
h = await m.fit(tf.tensor2d([[1], [2], [3]]), tf.tensor2d([[1], [1], [2]]), {'epochs': 2, 'batchSize': 2, 'shuffle': False, 'validationData': [tf.tensor2d([[1]]), tf.tensor2d([[0]])], 'callbacks': [Spy()]})
return h.history
// @case dict_first_then_subclass_sees_numbers
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_mix'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
class Spy extends tf.Callback {
  async onEpochEnd(epoch, logs) { console.log('spy', epoch, typeof logs.loss); }
}
await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {epochs: 2, callbacks: [{onEpochEnd: (epoch, logs) => console.log('dict', epoch, typeof logs.loss)}, new Spy()]});
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'cb_mix'})]})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError'})
def kind(v):
    return 'number' if isinstance(v, (int, float)) else 'object'
class Spy(tf.Callback):
    async def onEpochEnd(self, epoch, logs):
        console.log('spy', epoch, kind(logs.loss))
await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {'epochs': 2, 'callbacks': [{'onEpochEnd': lambda epoch, logs: console.log('dict', epoch, kind(logs.loss))}, Spy()]})
// @case async_hooks_and_custom_callback
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_async'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const seen = [];
const cc = new tf.CustomCallback({onEpochEnd: async (epoch, logs) => { await tf.nextFrame(); seen.push([epoch, logs.loss]); }, onTrainEnd: async () => { seen.push('end'); }});
const h = await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {epochs: 3, callbacks: cc});
return [seen, h.history.loss];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'cb_async'})]})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError'})
seen = []
async def on_epoch_end(epoch, logs):
    await tf.nextFrame()
    seen.append([epoch, logs.loss])
async def on_train_end(logs):
    seen.append('end')
cc = tf.CustomCallback({'onEpochEnd': on_epoch_end, 'onTrainEnd': on_train_end})
h = await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {'epochs': 3, 'callbacks': cc})
return [seen, h.history.loss]
// @case unknown_hooks_and_non_objects_ignored
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_unk'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const h = await m.fit(tf.tensor2d([[1], [2]]), tf.tensor2d([[1], [1]]), {epochs: 2, callbacks: [{onFoo: () => 1}, 42]});
return h.epoch;
// @case early_stopping_patience
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'es_p'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError'});
const x = tf.ones([2, 1]);
const y = tf.zeros([2, 1]);
const h1 = await m.fit(x, y, {epochs: 5, callbacks: tf.callbacks.earlyStopping({monitor: 'loss', patience: 1})});
const h2 = await m.fit(x, y, {epochs: 5, callbacks: [tf.callbacks.earlyStopping({monitor: 'loss', patience: 2})]});
const h3 = await m.fit(x, y, {epochs: 5, callbacks: [tf.callbacks.earlyStopping({monitor: 'loss', baseline: 0.5})]});
const h4 = await m.fit(x, y, {epochs: 3, callbacks: [tf.callbacks.earlyStopping()]});
return [h1.epoch, h2.epoch, h3.epoch, h4.epoch];
// @case early_stopping_min_delta_and_modes
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'es_md'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError', metrics: ['acc']});
const x = tf.ones([2, 1]);
const y = tf.zeros([2, 1]);
const h1 = await m.fit(x, y, {epochs: 6, callbacks: [tf.callbacks.earlyStopping({monitor: 'loss', minDelta: 0.2, patience: 1})]});
m.setWeights([tf.ones([1, 1]), tf.zeros([1])]);
const h2 = await m.fit(x, y, {epochs: 6, callbacks: [tf.callbacks.earlyStopping({monitor: 'acc', patience: 1})]});
m.setWeights([tf.ones([1, 1]), tf.zeros([1])]);
const h3 = await m.fit(x, y, {epochs: 6, callbacks: [tf.callbacks.earlyStopping({monitor: 'loss', mode: 'max'})]});
return [h1.epoch, h1.history, h2.epoch, h2.history, h3.epoch];
// @case early_stopping_verbose_prints
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'es_v'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError'});
const h = await m.fit(tf.ones([2, 1]), tf.zeros([2, 1]), {epochs: 5, callbacks: tf.callbacks.earlyStopping({monitor: 'loss', verbose: 1})});
return h.epoch;
// @case early_stopping_restore_best_weights_error
tf.callbacks.earlyStopping({restoreBestWeights: true});
// @case on_yield_never_error
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'oy_n'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {yieldEvery: 'never', callbacks: {onYield: () => 1}});
// @case on_yield_not_called_for_batch_epoch_or_short_runs
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], name: 'oy_b'})]});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
let n = 0;
for (const ye of ['batch', 'epoch', 'auto', 0, 100000]) {
  await m.fit(tf.ones([4, 1]), tf.ones([4, 1]), {epochs: 2, batchSize: 2, yieldEvery: ye, callbacks: {onYield: () => { n++; }}});
}
return n;
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'name': 'oy_b'})]})
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
n = [0]
def on_yield(epoch, batch, logs):
    n[0] += 1
for ye in ['batch', 'epoch', 'auto', 0, 100000]:
    await m.fit(tf.ones([4, 1]), tf.ones([4, 1]), {'epochs': 2, 'batchSize': 2, 'yieldEvery': ye, 'callbacks': {'onYield': on_yield}})
return n[0]
// @case on_yield_called_with_batch_logs
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'oy_c'})]});
m.compile({optimizer: tf.train.sgd(0), loss: 'meanSquaredError'});
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {epochs: 2, batchSize: 1, yieldEvery: 1, callbacks: {onYield: (epoch, batch, logs) => console.log('yield', epoch, batch, JSON.stringify(logs)), onBatchEnd: async () => { await new Promise((r) => setTimeout(r, 5)); }}});
// @py
import time as _time
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'oy_c'})]})
m.compile({'optimizer': tf.train.sgd(0), 'loss': 'meanSquaredError'})
async def on_batch_end(batch, logs):
    _time.sleep(0.005)
await m.fit(tf.ones([2, 1]), tf.ones([2, 1]), {'epochs': 2, 'batchSize': 1, 'yieldEvery': 1, 'callbacks': {'onYield': lambda epoch, batch, logs: console.log('yield', epoch, batch, JSON.stringify(logs)), 'onBatchEnd': on_batch_end}})
// @case history_object
const m = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', name: 'cb_h'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError', metrics: ['mse']});
const h = await m.fit(tf.tensor2d([[1], [2], [3]]), tf.tensor2d([[1], [1], [2]]), {epochs: 3, batchSize: 2, shuffle: false, validationSplit: 0.34});
return [h.validationData, h.epoch, h.history, h.params, typeof h.history.loss[0]];
// @py
m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'name': 'cb_h'})]})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError', 'metrics': ['mse']})
h = await m.fit(tf.tensor2d([[1], [2], [3]]), tf.tensor2d([[1], [1], [2]]), {'epochs': 3, 'batchSize': 2, 'shuffle': False, 'validationSplit': 0.34})
return [h.validationData, h.epoch, h.history, h.params, 'number' if isinstance(h.history.loss[0], float) else 'other']
// @case callback_base_class_fields
const cb = new tf.Callback();
cb.setParams({epochs: 3});
return [cb.validationData, cb.model, cb.params];
// @py
cb = tf.Callback()
cb.setParams({'epochs': 3})
return [cb.validationData, cb.model, cb.params]
