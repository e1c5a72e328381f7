// Recurrent layers (tfjs_compat/layers/recurrent*.py, wrappers.py): simpleRNN, gru, lstm,
// their cells, rnn / stackedRNNCells, bidirectional, timeDistributed. Weights are fixed
// with setWeights(W(n, shape)) = 0.5*sin(0.7*i) and inputs X = cos(0.37*i).
// Value cases carry @tol 1e-5: sin/cos of the fixed data and float32 accumulation
// (one matmul for all timesteps here, one per step in TF.js) differ in the last bits.
// @case auto_names fresh
const x = tf.input({shape: [5, 3]});
const l = tf.layers.lstm({units: 2});
const g = tf.layers.gru({units: 2});
const s = tf.layers.simpleRNN({units: 2});
const named = tf.layers.lstm({units: 2, name: 'mine'});
const b = tf.layers.bidirectional({layer: tf.layers.lstm({units: 2})});
b.apply(x);
const r = tf.layers.rnn({cell: [tf.layers.lstmCell({units: 3}), tf.layers.gruCell({units: 2})]});
r.apply(x);
const td = tf.layers.timeDistributed({layer: tf.layers.dense({units: 4})});
td.apply(x);
l.apply(x);
return [l.name, l.cell.name, g.name, g.cell.name, s.name, s.cell.name, named.cell.name, b.name, b.forwardLayer.name, b.backwardLayer.name, b.forwardLayer.cell.name, tf.layers.lstm({units: 1}).name, tf.layers.lstmCell({units: 1}).name, r.name, r.cell.name, td.name, td.layer.name, l.weights.map(w => w.name), b.weights.map(w => w.name), r.weights.map(w => w.name), td.weights.map(w => w.name), tf.layers.stackedRNNCells({cells: []}).name];
// @py
x = tf.input({'shape': [5, 3]})
l = tf.layers.lstm({'units': 2})
g = tf.layers.gru({'units': 2})
s = tf.layers.simpleRNN({'units': 2})
named = tf.layers.lstm({'units': 2, 'name': 'mine'})
b = tf.layers.bidirectional({'layer': tf.layers.lstm({'units': 2})})
b.apply(x)
r = tf.layers.rnn({'cell': [tf.layers.lstmCell({'units': 3}), tf.layers.gruCell({'units': 2})]})
r.apply(x)
td = tf.layers.timeDistributed({'layer': tf.layers.dense({'units': 4})})
td.apply(x)
l.apply(x)
names = lambda layer: [w.name for w in layer.weights]
return [l.name, l.cell.name, g.name, g.cell.name, s.name, s.cell.name, named.cell.name, b.name, b.forwardLayer.name, b.backwardLayer.name, b.forwardLayer.cell.name, tf.layers.lstm({'units': 1}).name, tf.layers.lstmCell({'units': 1}).name, r.name, r.cell.name, td.name, td.layer.name, names(l), names(b), names(r), names(td), tf.layers.stackedRNNCells({'cells': []}).name]
// @case config_lstm
console.log(JSON.stringify(tf.layers.lstm({units: 2, name: 'c1'}).getConfig()));
console.log(JSON.stringify(tf.layers.lstm({units: 3, inputShape: [5, 3], unitForgetBias: true, implementation: 2, returnSequences: true, returnState: true, goBackwards: true, unroll: true, activation: 'relu', recurrentActivation: 'sigmoid', useBias: false, kernelInitializer: 'ones', recurrentInitializer: 'zeros', biasInitializer: 'ones', dropout: 0.25, recurrentDropout: 1.5, name: 'c2'}).getConfig()));
console.log(JSON.stringify(tf.layers.lstm({units: 2, inputDim: 3, inputLength: 5, unitForgetBias: false, batchInputShape: [4, 5, 3], trainable: false, name: 'c3'}).getConfig()));
// @case config_gru_simple_rnn
console.log(JSON.stringify(tf.layers.gru({units: 2, name: 'c4'}).getConfig()));
console.log(JSON.stringify(tf.layers.gru({units: 2, resetAfter: false, implementation: 1, stateful: true, batchInputShape: [2, 3, 4], name: 'c5'}).getConfig()));
console.log(JSON.stringify(tf.layers.simpleRNN({units: 2, name: 'c6'}).getConfig()));
console.log(JSON.stringify(tf.layers.simpleRNN({units: 2, implementation: 1, dropout: -1, activation: 'linear', name: 'c7'}).getConfig()));
// @case config_cells
console.log(JSON.stringify(tf.layers.lstmCell({units: 2, name: 'c8'}).getConfig()));
console.log(JSON.stringify(tf.layers.lstmCell({units: 2, unitForgetBias: true, inputShape: [3], name: 'c9'}).getConfig()));
console.log(JSON.stringify(tf.layers.gruCell({units: 2, name: 'c10'}).getConfig()));
console.log(JSON.stringify(tf.layers.simpleRNNCell({units: 2, name: 'c11'}).getConfig()));
console.log(JSON.stringify(tf.layers.stackedRNNCells({cells: [tf.layers.simpleRNNCell({units: 2, name: 'c12'})], name: 'c13'}).getConfig()));
// @case config_rnn fresh
console.log(JSON.stringify(tf.layers.rnn({cell: tf.layers.simpleRNNCell({units: 2, name: 'c14'}), name: 'c15'}).getConfig()));
console.log(JSON.stringify(tf.layers.rnn({cell: [tf.layers.lstmCell({units: 3, name: 'c16'}), tf.layers.gruCell({units: 2, name: 'c17'})], returnSequences: true, inputShape: [4, 3], name: 'c18'}).getConfig()));
// @case config_wrappers
console.log(JSON.stringify(tf.layers.bidirectional({layer: tf.layers.gru({units: 2, name: 'c19'}), name: 'c20'}).getConfig()));
console.log(JSON.stringify(tf.layers.bidirectional({layer: tf.layers.simpleRNN({units: 2, goBackwards: true, returnSequences: true, name: 'c21'}), mergeMode: null, name: 'c22'}).getConfig()));
console.log(JSON.stringify(tf.layers.bidirectional({layer: tf.layers.lstm({units: 2, name: 'c23'}), mergeMode: 'ave', inputShape: [4, 3], name: 'c24'}).getConfig()));
console.log(JSON.stringify(tf.layers.timeDistributed({layer: tf.layers.dense({units: 2, name: 'c25'}), name: 'c26'}).getConfig()));
console.log(JSON.stringify(tf.layers.timeDistributed({layer: tf.layers.dense({units: 2, name: 'c27'}), inputShape: [4, 3], name: 'c28'}).getConfig()));
// @case symbolic_shapes
const x = tf.input({shape: [5, 3]});
const out = [];
for (const f of ['simpleRNN', 'gru', 'lstm']) {
  for (const rs of [false, true]) {
    for (const st of [false, true]) {
      const y = tf.layers[f]({units: 4, returnSequences: rs, returnState: st}).apply(x);
      out.push(Array.isArray(y) ? y.map(t => t.shape) : y.shape);
    }
  }
}
return out;
// @py
x = tf.input({'shape': [5, 3]})
out = []
for f in ['simpleRNN', 'gru', 'lstm']:
    for rs in [False, True]:
        for st in [False, True]:
            y = getattr(tf.layers, f)({'units': 4, 'returnSequences': rs, 'returnState': st}).apply(x)
            out.append([t.shape for t in y] if isinstance(y, list) else y.shape)
return out
// @case symbolic_shapes_wrappers
const x = tf.input({shape: [5, 3]});
const out = [];
for (const mode of ['concat', 'sum', 'mul', 'ave', null]) {
  for (const rs of [false, true]) {
    for (const st of [false, true]) {
      const y = tf.layers.bidirectional({layer: tf.layers.lstm({units: 4, returnSequences: rs, returnState: st}), mergeMode: mode}).apply(x);
      out.push(Array.isArray(y) ? y.map(t => t.shape) : y.shape);
    }
  }
}
out.push(tf.layers.timeDistributed({layer: tf.layers.dense({units: 2})}).apply(x).shape);
out.push(tf.layers.timeDistributed({layer: tf.layers.dense({units: 2})}).apply(tf.input({shape: [5, 4, 3]})).shape);
out.push(tf.layers.timeDistributed({layer: tf.layers.lstm({units: 2})}).apply(tf.input({shape: [5, 4, 3]})).shape);
out.push(tf.layers.rnn({cell: [tf.layers.lstmCell({units: 3}), tf.layers.gruCell({units: 2})], returnState: true}).apply(x).map(t => t.shape));
out.push(tf.layers.rnn({cell: [tf.layers.simpleRNNCell({units: 3}), tf.layers.lstmCell({units: 2})], returnState: true, returnSequences: true}).apply(x).map(t => t.shape));
return JSON.stringify(out);
// @py
x = tf.input({'shape': [5, 3]})
out = []
for mode in ['concat', 'sum', 'mul', 'ave', None]:
    for rs in [False, True]:
        for st in [False, True]:
            y = tf.layers.bidirectional({'layer': tf.layers.lstm({'units': 4, 'returnSequences': rs, 'returnState': st}), 'mergeMode': mode}).apply(x)
            out.append([t.shape for t in y] if isinstance(y, list) else y.shape)
out.append(tf.layers.timeDistributed({'layer': tf.layers.dense({'units': 2})}).apply(x).shape)
out.append(tf.layers.timeDistributed({'layer': tf.layers.dense({'units': 2})}).apply(tf.input({'shape': [5, 4, 3]})).shape)
out.append(tf.layers.timeDistributed({'layer': tf.layers.lstm({'units': 2})}).apply(tf.input({'shape': [5, 4, 3]})).shape)
out.append([t.shape for t in tf.layers.rnn({'cell': [tf.layers.lstmCell({'units': 3}), tf.layers.gruCell({'units': 2})], 'returnState': True}).apply(x)])
out.append([t.shape for t in tf.layers.rnn({'cell': [tf.layers.simpleRNNCell({'units': 3}), tf.layers.lstmCell({'units': 2})], 'returnState': True, 'returnSequences': True}).apply(x)])
return JSON.stringify(out)
// @case compute_output_shape
const l = tf.layers.lstm({units: 3, returnSequences: true, returnState: true});
const b = tf.layers.bidirectional({layer: tf.layers.gru({units: 2, returnState: true}), mergeMode: null});
return JSON.stringify([l.computeOutputShape([null, 7, 2]), l.computeOutputShape([[null, 7, 2], [null, 3], [null, 3]]), tf.layers.simpleRNN({units: 2}).computeOutputShape([4, 6, 1]), b.computeOutputShape([null, 7, 2])]);
// @case weights_and_counts
const x = tf.input({shape: [5, 4]});
const ls = [tf.layers.lstm({units: 3, name: 'wc1'}), tf.layers.gru({units: 3, name: 'wc2'}), tf.layers.simpleRNN({units: 3, name: 'wc3'}), tf.layers.lstm({units: 3, useBias: false, name: 'wc4'}), tf.layers.bidirectional({layer: tf.layers.gru({units: 2, name: 'wc5'}), name: 'wc6'}), tf.layers.rnn({cell: [tf.layers.lstmCell({units: 3}), tf.layers.simpleRNNCell({units: 2})], name: 'wc7'}), tf.layers.timeDistributed({layer: tf.layers.dense({units: 2}), name: 'wc8'})];
for (const l of ls) l.apply(x);
return ls.map(l => [l.countParams(), l.weights.map(w => w.shape), l.trainableWeights.length, l.nonTrainableWeights.length, l.getWeights().length]);
// @py
x = tf.input({'shape': [5, 4]})
ls = [tf.layers.lstm({'units': 3, 'name': 'wc1'}), tf.layers.gru({'units': 3, 'name': 'wc2'}), tf.layers.simpleRNN({'units': 3, 'name': 'wc3'}), tf.layers.lstm({'units': 3, 'useBias': False, 'name': 'wc4'}), tf.layers.bidirectional({'layer': tf.layers.gru({'units': 2, 'name': 'wc5'}), 'name': 'wc6'}), tf.layers.rnn({'cell': [tf.layers.lstmCell({'units': 3}), tf.layers.simpleRNNCell({'units': 2})], 'name': 'wc7'}), tf.layers.timeDistributed({'layer': tf.layers.dense({'units': 2}), 'name': 'wc8'})]
for l in ls:
    l.apply(x)
return [[l.countParams(), [w.shape for w in l.weights], len(l.trainableWeights), len(l.nonTrainableWeights), len(l.getWeights())] for l in ls]
// @case trainable_false
const l = tf.layers.lstm({units: 2, trainable: false, name: 'tf1'});
l.apply(tf.input({shape: [3, 2]}));
const b = tf.layers.bidirectional({layer: tf.layers.gru({units: 2, name: 'tf2'}), name: 'tf3'});
b.apply(tf.input({shape: [3, 2]}));
b.trainable = false;
return [l.trainableWeights.length, l.nonTrainableWeights.length, l.weights.length, b.trainableWeights.length, b.nonTrainableWeights.length, b.forwardLayer.trainable];
// @py
l = tf.layers.lstm({'units': 2, 'trainable': False, 'name': 'tf1'})
l.apply(tf.input({'shape': [3, 2]}))
b = tf.layers.bidirectional({'layer': tf.layers.gru({'units': 2, 'name': 'tf2'}), 'name': 'tf3'})
b.apply(tf.input({'shape': [3, 2]}))
b.trainable = False
return [len(l.trainableWeights), len(l.nonTrainableWeights), len(l.weights), len(b.trainableWeights), len(b.nonTrainableWeights), b.forwardLayer.trainable]
// @case unit_forget_bias
const l = tf.layers.lstm({units: 2, unitForgetBias: true, name: 'ufb'});
l.apply(tf.input({shape: [3, 2]}));
const c = tf.layers.lstm({units: 2, unitForgetBias: true, biasInitializer: 'ones', useBias: true, name: 'ufb2'});
c.apply(tf.input({shape: [3, 2]}));
return [l.getWeights()[2], c.getWeights()[2]];
// @case simple_rnn_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const l = tf.layers.simpleRNN({units: 2, name: 'sv1'});
l.apply(X);
l.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2])]);
const m = tf.layers.simpleRNN({units: 2, returnSequences: true, goBackwards: true, activation: 'relu', name: 'sv2'});
m.apply(X);
m.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2])]);
const n = tf.layers.simpleRNN({units: 3, useBias: false, returnState: true, kernelInitializer: 'ones', recurrentInitializer: 'ones', name: 'sv3'});
return [l.apply(X), m.apply(X), n.apply(X)];
// @case gru_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const l = tf.layers.gru({units: 2, returnSequences: true, returnState: true, name: 'gv1'});
l.apply(X);
l.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6])]);
const m = tf.layers.gru({units: 2, goBackwards: true, recurrentActivation: 'sigmoid', activation: 'softsign', name: 'gv2'});
m.apply(X);
m.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6])]);
const n = tf.layers.gru({units: 2, useBias: false, name: 'gv3'});
n.apply(X);
n.setWeights([W(18, [3, 6]), W(12, [2, 6])]);
return [l.apply(X), m.apply(X), n.apply(X)];
// @case lstm_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const l = tf.layers.lstm({units: 2, returnSequences: true, returnState: true, name: 'lv1'});
l.apply(X);
l.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])]);
const m = tf.layers.lstm({units: 2, goBackwards: true, returnState: true, name: 'lv2'});
m.apply(X);
m.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])]);
const n = tf.layers.lstm({units: 3, useBias: false, activation: 'relu', recurrentActivation: 'sigmoid', dropout: 0.5, recurrentDropout: 0.5, kernelInitializer: 'ones', recurrentInitializer: 'ones', name: 'lv3'});
return [l.apply(X), m.apply(X), n.apply(X), n.apply(X, {training: false})];
// @case lstm_int_input
// @tol 1e-5
const l = tf.layers.lstm({units: 2, kernelInitializer: 'ones', recurrentInitializer: 'ones', biasInitializer: 'ones', name: 'li'});
return l.apply(tf.tensor3d([[[1], [0], [2]]], [1, 3, 1], 'int32'));
// @case rnn_cells_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const r = tf.layers.rnn({cell: [tf.layers.lstmCell({units: 3}), tf.layers.gruCell({units: 2}), tf.layers.simpleRNNCell({units: 2})], returnSequences: true, returnState: true, name: 'rv1'});
r.apply(X);
r.setWeights([W(36, [3, 12]), W(36, [3, 12]), W(12, [12]), W(18, [3, 6]), W(12, [2, 6]), W(6, [6]), W(4, [2, 2]), W(4, [2, 2]), W(2, [2])]);
const s = tf.layers.rnn({cell: tf.layers.lstmCell({units: 2}), goBackwards: true, name: 'rv2'});
s.apply(X);
s.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])]);
const t = tf.layers.rnn({cell: tf.layers.stackedRNNCells({cells: [tf.layers.gruCell({units: 2}), tf.layers.gruCell({units: 2})]}), name: 'rv3'});
t.apply(X);
t.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6]), W(12, [2, 6]), W(12, [2, 6]), W(6, [6])]);
return [r.apply(X), s.apply(X), t.apply(X)];
// @case bidirectional_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const out = [];
for (const mode of ['concat', 'sum', 'mul', 'ave', null]) {
  const b = tf.layers.bidirectional({layer: tf.layers.lstm({units: 2, returnSequences: true}), mergeMode: mode});
  b.apply(X);
  b.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8]), W(24, [3, 8]).neg(), W(16, [2, 8]), W(8, [8]).mul(2)]);
  out.push(b.apply(X));
}
const c = tf.layers.bidirectional({layer: tf.layers.gru({units: 2, returnState: true}), mergeMode: 'sum'});
c.apply(X);
c.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6]), W(18, [3, 6]).neg(), W(12, [2, 6]), W(6, [6])]);
out.push(c.apply(X));
const d = tf.layers.bidirectional({layer: tf.layers.simpleRNN({units: 2, returnState: true, returnSequences: true}), mergeMode: null});
d.apply(X);
d.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2]), W(6, [3, 2]).neg(), W(4, [2, 2]), W(2, [2])]);
out.push(d.apply(X));
out.push(d.getWeights()[3]);
return out;
// @py
W = lambda n, s: tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s)
X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3])
out = []
for mode in ['concat', 'sum', 'mul', 'ave', None]:
    b = tf.layers.bidirectional({'layer': tf.layers.lstm({'units': 2, 'returnSequences': True}), 'mergeMode': mode})
    b.apply(X)
    b.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8]), W(24, [3, 8]).neg(), W(16, [2, 8]), W(8, [8]).mul(2)])
    out.append(b.apply(X))
c = tf.layers.bidirectional({'layer': tf.layers.gru({'units': 2, 'returnState': True}), 'mergeMode': 'sum'})
c.apply(X)
c.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6]), W(18, [3, 6]).neg(), W(12, [2, 6]), W(6, [6])])
out.append(c.apply(X))
d = tf.layers.bidirectional({'layer': tf.layers.simpleRNN({'units': 2, 'returnState': True, 'returnSequences': True}), 'mergeMode': None})
d.apply(X)
d.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2]), W(6, [3, 2]).neg(), W(4, [2, 2]), W(2, [2])])
out.append(d.apply(X))
out.append(d.getWeights()[3])
return out
// @case time_distributed_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const td = tf.layers.timeDistributed({layer: tf.layers.dense({units: 2, activation: 'tanh'}), name: 'tdv'});
td.apply(X);
td.setWeights([W(6, [3, 2]), W(2, [2])]);
const t2 = tf.layers.timeDistributed({layer: tf.layers.simpleRNN({units: 2}), name: 'tdv2'});
const X4 = tf.range(0, 48).mul(0.37).cos().reshape([2, 2, 4, 3]);
t2.apply(X4);
t2.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2])]);
return [td.apply(X), td.getWeights()[0], t2.apply(X4)];
// @case mask_kwarg
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const mask = tf.tensor2d([[1, 1, 0, 1], [0, 1, 1, 0]], [2, 4], 'bool');
const l = tf.layers.lstm({units: 2, returnSequences: true, returnState: true, name: 'mk1'});
l.apply(X);
l.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])]);
const g = tf.layers.gru({units: 2, goBackwards: true, returnSequences: true, name: 'mk2'});
g.apply(X);
g.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6])]);
const s = tf.layers.simpleRNN({units: 2, name: 'mk3'});
s.apply(X);
s.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2])]);
const b = tf.layers.bidirectional({layer: tf.layers.simpleRNN({units: 2, returnSequences: true, name: 'mk4'}), name: 'mk5'});
b.apply(X);
b.setWeights([W(6, [3, 2]), W(4, [2, 2]), W(2, [2]), W(6, [3, 2]).neg(), W(4, [2, 2]), W(2, [2])]);
return [l.apply(X, {mask: mask}), g.apply(X, {mask: mask}), s.apply(X, {mask: tf.tensor2d([[1, 1, 1, 0], [1, 0, 0, 0]])}), b.apply(X, {mask: mask})];
// @case masking_in_model
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const model = tf.sequential({layers: [tf.layers.masking({maskValue: 0, inputShape: [4, 2]}), tf.layers.lstm({units: 2, returnSequences: true, name: 'mm1'}), tf.layers.gru({units: 2, name: 'mm2'})]});
model.layers[1].setWeights([W(16, [2, 8]), W(16, [2, 8]), W(8, [8])]);
model.layers[2].setWeights([W(12, [2, 6]), W(12, [2, 6]), W(6, [6])]);
const X = tf.tensor3d([[[1, 2], [0, 0], [0.5, -1], [0, 0]], [[0, 0], [0, 0], [1, 1], [-1, 0.5]]]);
return model.predict(X);
// @case sequential_model
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const model = tf.sequential();
model.add(tf.layers.lstm({units: 3, returnSequences: true, inputShape: [4, 3], name: 'sq1'}));
model.add(tf.layers.timeDistributed({layer: tf.layers.dense({units: 2}), name: 'sq2'}));
model.add(tf.layers.bidirectional({layer: tf.layers.gru({units: 2, name: 'sq3'}), name: 'sq4'}));
model.setWeights(model.weights.map((w, i) => W(w.shape.reduce((a, b) => a * b, 1), w.shape).mul(i % 2 ? 1 : -1)));
return [model.predict(X), model.weights.map(w => w.name), model.outputShape, model.countParams()];
// @py
W = lambda n, s: tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s)
X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3])
model = tf.sequential()
model.add(tf.layers.lstm({'units': 3, 'returnSequences': True, 'inputShape': [4, 3], 'name': 'sq1'}))
model.add(tf.layers.timeDistributed({'layer': tf.layers.dense({'units': 2}), 'name': 'sq2'}))
model.add(tf.layers.bidirectional({'layer': tf.layers.gru({'units': 2, 'name': 'sq3'}), 'name': 'sq4'}))
import math
model.setWeights([W(math.prod(w.shape), w.shape).mul(1 if i % 2 else -1) for i, w in enumerate(model.weights)])
return [model.predict(X), [w.name for w in model.weights], model.outputShape, model.countParams()]
// @case functional_initial_state
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const x = tf.input({shape: [4, 3], name: 'fi_x'});
const h = tf.input({shape: [2], name: 'fi_h'});
const c = tf.input({shape: [2], name: 'fi_c'});
const l = tf.layers.lstm({units: 2, returnState: true, name: 'fi1'});
const outs = l.apply(x, {initialState: [h, c]});
const model = tf.model({inputs: [x, h, c], outputs: outs});
l.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])]);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const H = tf.tensor2d([[0.5, -0.5], [1, 0]]);
const C = tf.tensor2d([[0.1, 0.2], [-0.3, 0.4]]);
const s = tf.layers.simpleRNN({units: 2, name: 'fi2'});
const y2 = s.apply([x, h]);
return [model.predict([X, H, C]), outs.map(t => t.shape), y2.shape, l.apply(X, {initialState: [H, C]}), l.apply([X, H, C])];
// @py
W = lambda n, s: tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s)
x = tf.input({'shape': [4, 3], 'name': 'fi_x'})
h = tf.input({'shape': [2], 'name': 'fi_h'})
c = tf.input({'shape': [2], 'name': 'fi_c'})
l = tf.layers.lstm({'units': 2, 'returnState': True, 'name': 'fi1'})
outs = l.apply(x, {'initialState': [h, c]})
model = tf.model({'inputs': [x, h, c], 'outputs': outs})
l.setWeights([W(24, [3, 8]), W(16, [2, 8]), W(8, [8])])
X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3])
H = tf.tensor2d([[0.5, -0.5], [1, 0]])
C = tf.tensor2d([[0.1, 0.2], [-0.3, 0.4]])
s = tf.layers.simpleRNN({'units': 2, 'name': 'fi2'})
y2 = s.apply([x, h])
return [model.predict([X, H, C]), [t.shape for t in outs], y2.shape, l.apply(X, {'initialState': [H, C]}), l.apply([X, H, C])]
// @case stateful
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const X = tf.range(0, 24).mul(0.37).cos().reshape([2, 4, 3]);
const l = tf.layers.gru({units: 2, stateful: true, batchInputShape: [2, 4, 3], name: 'sf1'});
l.apply(X);
l.setWeights([W(18, [3, 6]), W(12, [2, 6]), W(6, [6])]);
l.resetStates();
const y1 = l.apply(X);
const y2 = l.apply(X);
const st = l.states[0].clone();
l.resetStates();
const y3 = l.apply(X);
l.resetStates([tf.ones([2, 2])]);
const y4 = l.apply(X);
return [y1, y2, st, y3, y4];
// @case stateful_lstm_model
// @tol 1e-5
const model = tf.sequential({layers: [tf.layers.lstm({units: 2, stateful: true, batchInputShape: [1, 3, 1], kernelInitializer: 'ones', recurrentInitializer: 'ones', name: 'sfm'})]});
const X = tf.tensor3d([[[1], [0.5], [-1]]]);
const a = model.predict(X);
const b = model.predict(X);
model.layers[0].resetStates();
return [a, b, model.predict(X)];
// @case error_units_missing
tf.layers.lstm({name: 'e1'});
// @case error_units_zero
tf.layers.gru({units: 0, name: 'e2'});
// @case error_units_fraction
tf.layers.simpleRNN({units: 1.5, name: 'e3'});
// @case error_cell_units_missing
tf.layers.simpleRNNCell({});
// @case error_lstm_no_args
tf.layers.lstm();
// @case error_simple_rnn_no_args
tf.layers.simpleRNN();
// @case error_gru_cell_no_args
tf.layers.gruCell();
// @case error_rnn_no_cell
tf.layers.rnn({});
// @case error_rnn_no_args
tf.layers.rnn();
// @case error_reset_after
tf.layers.gru({units: 2, resetAfter: true});
// @case error_merge_mode
tf.layers.bidirectional({layer: tf.layers.lstm({units: 1, name: 'e4'}), mergeMode: 'foo'});
// @case error_bidirectional_no_layer
tf.layers.bidirectional({});
// @case error_bidirectional_no_args
tf.layers.bidirectional();
// @case error_rank_2
tf.layers.lstm({units: 2, name: 'e5'}).apply(tf.ones([2, 3]));
// @case error_rank_4
tf.layers.gru({units: 2, name: 'e6'}).apply(tf.ones([2, 3, 4, 5]));
// @case error_symbolic_rank
tf.layers.simpleRNN({units: 2, name: 'e7'}).apply(tf.input({shape: [3]}));
// @case error_feature_dim_after_build
const l = tf.layers.lstm({units: 2, name: 'e8'});
l.apply(tf.ones([2, 3, 4]));
l.apply(tf.ones([2, 3, 5]));
// @case error_rank_after_build
const l = tf.layers.lstm({units: 2, name: 'e9'});
l.apply(tf.ones([2, 3, 4]));
l.apply(tf.ones([2, 4]));
// @case error_time_distributed_rank
tf.layers.timeDistributed({layer: tf.layers.dense({units: 1, name: 'e10'}), name: 'e11'}).apply(tf.input({shape: [3]}));
// @case error_time_distributed_eager_rank
tf.layers.timeDistributed({layer: tf.layers.dense({units: 1, name: 'e12'}), name: 'e13'}).apply(tf.ones([2, 3]));
// @case error_time_distributed_batch_pinned
const td = tf.layers.timeDistributed({layer: tf.layers.dense({units: 1, name: 'e14'}), name: 'e15'});
td.apply(tf.ones([2, 3, 4]));
td.apply(tf.ones([3, 3, 4]));
// @case error_reset_states_not_stateful
tf.layers.lstm({units: 2, name: 'e16'}).resetStates();
// @case error_stateful_no_batch
tf.layers.lstm({units: 2, stateful: true, name: 'e17'}).apply(tf.input({shape: [3, 4]}));
// @case error_stateful_batch_mismatch
const l = tf.layers.simpleRNN({units: 2, stateful: true, name: 'e18'});
l.apply(tf.ones([1, 2, 3]));
l.apply(tf.ones([2, 2, 3]));
// @case error_reset_states_shape
const l = tf.layers.simpleRNN({units: 2, stateful: true, batchInputShape: [1, 2, 3], name: 'e19'});
l.apply(tf.ones([1, 2, 3]));
l.resetStates([tf.ones([1, 3])]);
// @case error_reset_states_count
const l = tf.layers.simpleRNN({units: 2, stateful: true, batchInputShape: [1, 2, 3], name: 'e20'});
l.apply(tf.ones([1, 2, 3]));
l.resetStates([tf.ones([1, 2]), tf.ones([1, 2])]);
// @case error_initial_state_count
tf.layers.simpleRNN({units: 2, name: 'e21'}).apply(tf.ones([1, 2, 3]), {initialState: [tf.zeros([1, 2]), tf.zeros([1, 2])]});
// @case error_initial_state_size
tf.layers.lstm({units: 2, name: 'e22'}).apply(tf.input({shape: [2, 3]}), {initialState: [tf.input({shape: [3]}), tf.input({shape: [2]})]});
// @case error_count_params_unbuilt
tf.layers.lstm({units: 2, name: 'e23'}).countParams();
// @case fit_sgd
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s);
const model = tf.sequential();
model.add(tf.layers.lstm({units: 3, returnSequences: true, inputShape: [4, 2], name: 'ft1'}));
model.add(tf.layers.gru({units: 2, goBackwards: true, name: 'ft2'}));
model.add(tf.layers.dense({units: 1, name: 'ft3'}));
model.setWeights(model.weights.map(w => W(w.shape.reduce((a, b) => a * b, 1), w.shape)));
model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const X = tf.range(0, 24).mul(0.37).cos().reshape([3, 4, 2]);
const Y = tf.tensor2d([[0.5], [-0.5], [1]]);
const h = await model.fit(X, Y, {epochs: 3, batchSize: 2, shuffle: false, verbose: 0});
return [h.history.loss, model.getWeights()];
// @py
import math
W = lambda n, s: tf.range(0, n).mul(0.7).sin().mul(0.5).reshape(s)
model = tf.sequential()
model.add(tf.layers.lstm({'units': 3, 'returnSequences': True, 'inputShape': [4, 2], 'name': 'ft1'}))
model.add(tf.layers.gru({'units': 2, 'goBackwards': True, 'name': 'ft2'}))
model.add(tf.layers.dense({'units': 1, 'name': 'ft3'}))
model.setWeights([W(math.prod(w.shape), w.shape) for w in model.weights])
model.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
X = tf.range(0, 24).mul(0.37).cos().reshape([3, 4, 2])
Y = tf.tensor2d([[0.5], [-0.5], [1]])
h = await model.fit(X, Y, {'epochs': 3, 'batchSize': 2, 'shuffle': False, 'verbose': 0})
return [h.history.loss, model.getWeights()]
// @case conv_lstm_config_shapes
const x = tf.input({shape: [4, 5, 5, 3]});
const l = tf.layers.convLstm2d({filters: 2, kernelSize: 3, padding: 'same', returnSequences: true, name: 'cl1'});
const y = l.apply(x);
const c = tf.layers.convLstm2dCell({filters: 2, kernelSize: [2, 3], name: 'cl2'});
const l2 = tf.layers.convLstm2d({filters: 2, kernelSize: 2, strides: 2, returnState: true, unitForgetBias: true, name: 'cl3'});
const y2 = l2.apply(x);
const l3 = tf.layers.convLstm2d({filters: 3, kernelSize: 2, dataFormat: 'channelsFirst', dilationRate: 2, returnSequences: true, name: 'cl4'});
const y3 = l3.apply(tf.input({shape: [4, 3, 6, 5]}));
console.log(JSON.stringify(l.getConfig()));
console.log(JSON.stringify(c.getConfig()));
console.log(JSON.stringify(l2.getConfig()));
return JSON.stringify([y.shape, y2.map(t => t.shape), y3.shape, l.weights.map(w => [w.name, w.shape]), l3.weights.map(w => w.shape), l.countParams(), l2.getWeights()[2].arraySync()]);
// @py
x = tf.input({'shape': [4, 5, 5, 3]})
l = tf.layers.convLstm2d({'filters': 2, 'kernelSize': 3, 'padding': 'same', 'returnSequences': True, 'name': 'cl1'})
y = l.apply(x)
c = tf.layers.convLstm2dCell({'filters': 2, 'kernelSize': [2, 3], 'name': 'cl2'})
l2 = tf.layers.convLstm2d({'filters': 2, 'kernelSize': 2, 'strides': 2, 'returnState': True, 'unitForgetBias': True, 'name': 'cl3'})
y2 = l2.apply(x)
l3 = tf.layers.convLstm2d({'filters': 3, 'kernelSize': 2, 'dataFormat': 'channelsFirst', 'dilationRate': 2, 'returnSequences': True, 'name': 'cl4'})
y3 = l3.apply(tf.input({'shape': [4, 3, 6, 5]}))
console.log(JSON.stringify(l.getConfig()))
console.log(JSON.stringify(c.getConfig()))
console.log(JSON.stringify(l2.getConfig()))
return JSON.stringify([y.shape, [t.shape for t in y2], y3.shape, [[w.name, w.shape] for w in l.weights], [w.shape for w in l3.weights], l.countParams(), l2.getWeights()[2].arraySync()])
// @case conv_lstm_values
// @tol 1e-5
const W = (n, s) => tf.range(0, n).mul(0.7).sin().mul(0.3).reshape(s);
const X = tf.range(0, 2 * 3 * 4 * 4 * 2).mul(0.37).cos().reshape([2, 3, 4, 4, 2]);
const l = tf.layers.convLstm2d({filters: 2, kernelSize: 3, padding: 'same', returnSequences: true, returnState: true, name: 'cv1'});
l.apply(X);
l.setWeights([W(144, [3, 3, 2, 8]), W(144, [3, 3, 2, 8]), W(8, [8])]);
const m = tf.layers.convLstm2d({filters: 3, kernelSize: 2, strides: 2, goBackwards: true, name: 'cv2'});
m.apply(X);
m.setWeights([W(96, [2, 2, 2, 12]), W(144, [2, 2, 3, 12]), W(12, [12])]);
const Xc = X.transpose([0, 1, 4, 2, 3]);
const n = tf.layers.convLstm2d({filters: 2, kernelSize: 2, dataFormat: 'channelsFirst', useBias: false, name: 'cv3'});
n.apply(Xc);
n.setWeights([W(64, [2, 2, 2, 8]), W(64, [2, 2, 2, 8])]);
return [l.apply(X), m.apply(X), n.apply(Xc)];
// @case conv_lstm_errors
const out = [];
for (const f of [() => tf.layers.convLstm2d({kernelSize: 2}), () => tf.layers.convLstm2d({filters: 2}), () => tf.layers.convLstm2d({filters: 2, kernelSize: 2, padding: 'full'}), () => tf.layers.convLstm2d({filters: 2, kernelSize: 2, unroll: true}), () => tf.layers.convLstm2d({filters: 2, kernelSize: 2, name: 'ce1'}).apply(tf.input({shape: [4, 3]})), () => tf.layers.convLstm2d(), () => tf.layers.convLstm2d({filters: 2, kernelSize: [1, 2, 3]})]) {
  try { f(); out.push('ok'); } catch (e) { out.push(e.message); }
}
return out;
// @py
out = []
def attempt(f):
    try:
        f()
        out.append('ok')
    except Exception as e:
        out.append(str(e))
for f in [lambda: tf.layers.convLstm2d({'kernelSize': 2}), lambda: tf.layers.convLstm2d({'filters': 2}), lambda: tf.layers.convLstm2d({'filters': 2, 'kernelSize': 2, 'padding': 'full'}), lambda: tf.layers.convLstm2d({'filters': 2, 'kernelSize': 2, 'unroll': True}), lambda: tf.layers.convLstm2d({'filters': 2, 'kernelSize': 2, 'name': 'ce1'}).apply(tf.input({'shape': [4, 3]})), lambda: tf.layers.convLstm2d(), lambda: tf.layers.convLstm2d({'filters': 2, 'kernelSize': [1, 2, 3]})]:
    attempt(f)
return out
