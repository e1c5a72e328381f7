// Models (tfjs_compat/models/): Sequential and functional graphs, names, weights,
// predict, errors, nesting, configs, dispose.
// @case sequential_names_and_lazy_build fresh
const m = tf.sequential();
m.add(tf.layers.dense({units: 3, inputShape: [2], kernelInitializer: 'ones'}));
m.add(tf.layers.dense({units: 1}));
const before = [m.name, m.inputNames, m.outputNames, m.built, m.inputs[0].name, m.outputs[0].name, m.inputs[0].shape, m.layers[0].name, m.layers[1].name];
m.predict(tf.ones([1, 2]));
const s2 = tf.sequential({layers: [tf.layers.dense({units: 1, inputShape: [1]})]});
s2.countParams();
return [before, m.inputNames, m.outputNames, m.built, m.weights[0].name, m.weights[3].name, s2.name, s2.getClassName(), s2.inputNames, s2.outputNames, tf.sequential().name];
// @case functional_names fresh
const x = tf.input({shape: [2]});
const y = tf.layers.dense({units: 2}).apply(x);
const fm = tf.model({inputs: x, outputs: y});
const fm2 = tf.model({inputs: x, outputs: y});
return [fm.name, fm2.name, fm.layers[0].name, fm.layers[1].name, fm.layers[0].getClassName(), fm.inputNames, fm.outputNames, x.name, y.name, fm.getClassName(), fm.countParams(), fm.inputLayers[0].name, fm.outputLayers[0].name];
// @case summary_sequential_auto_names fresh
const model = tf.sequential();
model.add(tf.layers.dense({units: 32, activation: 'relu', inputShape: [784]}));
model.add(tf.layers.dropout({rate: 0.2}));
model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
model.summary();
const x = tf.input({shape: [4]});
tf.model({inputs: x, outputs: tf.layers.dense({units: 2}).apply(x)}).summary();
// @case sequential_predict_values
const m = tf.sequential({name: 'spv', layers: [tf.layers.dense({units: 3, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'ones', activation: 'relu', name: 'spv_a'}), tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'spv_b'})]});
const x = tf.tensor2d([[1, 2], [-3, 1], [0.5, 0.25]]);
return [m.predict(x), m.predict(x, {batchSize: 1}), m.predict(tf.ones([40, 2])).shape, m.predictOnBatch(x), m.predict(tf.tensor2d([[1, 2]], [1, 2], 'int32')), m.countParams()];
// @case sequential_weights_roundtrip
const m = tf.sequential({name: 'swr', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'swr_a'}), tf.layers.dense({units: 1, name: 'swr_b'})]});
m.setWeights([tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor1d([1, -1]), tf.tensor2d([[1], [-1]]), tf.tensor1d([0.5])]);
const w = m.getWeights();
return [w[0], w[1], w[2], w[3], m.predict(tf.tensor2d([[1, 0, -1]])), m.weights[0].name, m.weights[2].originalName, m.layers[1].getWeights()[0]];
// @case sequential_set_weights_count_error
const m = tf.sequential({name: 'sws', layers: [tf.layers.dense({units: 3, inputShape: [2], name: 'sws_a'})]});
m.setWeights([tf.ones([2, 3])]);
// @case sequential_set_weights_shape_error
const m = tf.sequential({name: 'swe', layers: [tf.layers.dense({units: 3, inputShape: [2], name: 'swe_a'})]});
m.setWeights([tf.ones([2, 2]), tf.ones([3])]);
// @case input_shape_rules
const mk = (opts) => tf.sequential({layers: [tf.layers.dense(opts)]});
const a = mk({units: 2, inputShape: [3], name: 'isr_a'});
const b = mk({units: 2, inputShape: 3, batchSize: 8, name: 'isr_b'});
const c = mk({units: 2, batchInputShape: [8, 3], name: 'isr_c'});
const d = mk({units: 2, batchInputShape: [null, 3], name: 'isr_d'});
const e = mk({units: 2, inputDim: 3, name: 'isr_e'});
const f = mk({units: 2, inputShape: [3], batchInputShape: [4, 5], name: 'isr_f'});
const g = mk({units: 2, inputShape: [5, 3], kernelInitializer: 'ones', name: 'isr_g'});
const h = mk({units: 2, inputShape: [3], dtype: 'int32', kernelInitializer: 'ones', name: 'isr_h'});
return JSON.stringify([a.inputs[0].shape, b.inputs[0].shape, c.inputs[0].shape, d.inputs[0].shape, e.inputs[0].shape, f.inputs[0].shape, g.inputs[0].shape, g.outputs[0].shape, g.getWeights()[0].shape, h.inputs[0].dtype, h.outputs[0].dtype, h.predict(tf.ones([2, 3], 'int32')).dtype, c.predict(tf.ones([5, 3])).shape, g.predict(tf.ones([1, 5, 3])).shape]);
// @case sequential_first_layer_error
const m = tf.sequential();
m.add(tf.layers.dense({units: 2, name: 'sfl'}));
// @case sequential_first_layer_error_config
tf.sequential({layers: [tf.layers.dense({units: 2, name: 'sfl2'})]});
// @case sequential_empty_predict
tf.sequential({name: 'emp'}).predict(tf.ones([1, 3]));
// @case sequential_empty_summary
tf.sequential({name: 'emp2'}).summary();
// @case sequential_empty_compile
tf.sequential({name: 'emp3'}).compile({loss: 'meanSquaredError', optimizer: 'sgd'});
// @case sequential_add_non_layer
tf.sequential({name: 'nonl'}).add({});
// @case sequential_input_layer_first
const m = tf.sequential({name: 'silf', layers: [tf.layers.inputLayer({inputShape: [3], name: 'silf_in'}), tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'silf_d'})]});
return [m.layers.length, m.layers[0].name, m.layers[1].name, m.inputs[0].name, m.predict(tf.ones([2, 3]))];
// @py
m = tf.sequential({'name': 'silf', 'layers': [tf.layers.inputLayer({'inputShape': [3], 'name': 'silf_in'}), tf.layers.dense({'units': 1, 'kernelInitializer': 'ones', 'name': 'silf_d'})]})
return [len(m.layers), m.layers[0].name, m.layers[1].name, m.inputs[0].name, m.predict(tf.ones([2, 3]))]
// @case sequential_pop
const m = tf.sequential({name: 'pop', layers: [tf.layers.dense({units: 3, inputShape: [2], kernelInitializer: 'ones', name: 'pop_a'}), tf.layers.dense({units: 1, name: 'pop_b'})]});
m.pop();
return [m.layers.length, m.outputs[0].name, m.predict(tf.ones([1, 2]))];
// @py
m = tf.sequential({'name': 'pop', 'layers': [tf.layers.dense({'units': 3, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'pop_a'}), tf.layers.dense({'units': 1, 'name': 'pop_b'})]})
m.pop()
return [len(m.layers), m.outputs[0].name, m.predict(tf.ones([1, 2]))]
// @case predict_last_dim_error
const p = tf.sequential({name: 'pe1', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe1_d'})]});
p.predict(tf.ones([1, 4]));
// @case predict_rank_error
const p = tf.sequential({name: 'pe2', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe2_d'})]});
p.predict(tf.ones([1, 3, 1]));
// @case predict_count_error
const p = tf.sequential({name: 'pe3', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe3_d'})]});
p.predict([tf.ones([1, 3]), tf.ones([1, 3])]);
// @case predict_1d_input_error
const p = tf.sequential({name: 'pe4', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe4_d'})]});
p.predict(tf.ones([3]));
// @case predict_batch_size_zero
const p = tf.sequential({name: 'pe5', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe5_d'})]});
p.predict(tf.ones([2, 3]), {batchSize: 0});
// @case predict_no_rows
const p = tf.sequential({name: 'pe6', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'pe6_d'})]});
p.predict(tf.ones([0, 3]));
// @case predict_functional_shape_error
const x = tf.input({shape: [2], name: 'pf_in'});
const m = tf.model({inputs: x, outputs: tf.layers.dense({units: 1, name: 'pf_d'}).apply(x), name: 'pf'});
m.predict(tf.ones([3, 5]));
// @case functional_multi_io
const a = tf.input({shape: [2], name: 'mio_a'});
const b = tf.input({shape: [3], name: 'mio_b'});
const da = tf.layers.dense({units: 2, kernelInitializer: 'ones', name: 'mio_da'}).apply(a);
const db = tf.layers.dense({units: 2, kernelInitializer: 'ones', biasInitializer: 'ones', name: 'mio_db'}).apply(b);
const sum = tf.layers.activation({activation: 'relu', name: 'mio_relu'}).apply(da);
const out2 = tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'mio_out2'}).apply(db);
const m = tf.model({inputs: [a, b], outputs: [sum, out2], name: 'mio'});
const p = m.predict([tf.tensor2d([[1, -3], [2, 2]]), tf.tensor2d([[1, 2, 3], [0, 0, 0]])]);
return [p[0], p[1], m.inputNames, m.outputNames, m.layers.length, m.layers[0].name, m.layers[1].name, m.layers[2].name, m.layers[3].name, m.layers[4].name, m.layers[5].name, m.weights.length, m.countParams()];
// @py
a = tf.input({'shape': [2], 'name': 'mio_a'})
b = tf.input({'shape': [3], 'name': 'mio_b'})
da = tf.layers.dense({'units': 2, 'kernelInitializer': 'ones', 'name': 'mio_da'}).apply(a)
db = tf.layers.dense({'units': 2, 'kernelInitializer': 'ones', 'biasInitializer': 'ones', 'name': 'mio_db'}).apply(b)
sum = tf.layers.activation({'activation': 'relu', 'name': 'mio_relu'}).apply(da)
out2 = tf.layers.dense({'units': 1, 'kernelInitializer': 'ones', 'name': 'mio_out2'}).apply(db)
m = tf.model({'inputs': [a, b], 'outputs': [sum, out2], 'name': 'mio'})
p = m.predict([tf.tensor2d([[1, -3], [2, 2]]), tf.tensor2d([[1, 2, 3], [0, 0, 0]])])
return [p[0], p[1], m.inputNames, m.outputNames, len(m.layers), m.layers[0].name, m.layers[1].name, m.layers[2].name, m.layers[3].name, m.layers[4].name, m.layers[5].name, len(m.weights), m.countParams()]
// @case functional_layer_order
// Layers sorted by depth (deepest first), ties in order of discovery from the outputs.
const x = tf.input({shape: [2], name: 'lo_x'});
const p1 = tf.layers.dense({units: 2, name: 'lo_p1'}).apply(x);
const q1 = tf.layers.dense({units: 2, name: 'lo_q1'}).apply(x);
const q2 = tf.layers.dense({units: 2, name: 'lo_q2'}).apply(q1);
const r = tf.layers.dense({units: 2, name: 'lo_r'}).apply(p1);
const m = tf.model({inputs: x, outputs: [r, q2, p1], name: 'lo'});
const names = [];
for (const l of m.layers) names.push(l.name);
const wn = [];
for (const w of m.weights) wn.push(w.name);
return [names, wn, m.outputNames];
// @py
x = tf.input({'shape': [2], 'name': 'lo_x'})
p1 = tf.layers.dense({'units': 2, 'name': 'lo_p1'}).apply(x)
q1 = tf.layers.dense({'units': 2, 'name': 'lo_q1'}).apply(x)
q2 = tf.layers.dense({'units': 2, 'name': 'lo_q2'}).apply(q1)
r = tf.layers.dense({'units': 2, 'name': 'lo_r'}).apply(p1)
m = tf.model({'inputs': x, 'outputs': [r, q2, p1], 'name': 'lo'})
return [[l.name for l in m.layers], [w.name for w in m.weights], m.outputNames]
// @case functional_errors
const t = (f) => { try { f(); return 'ok'; } catch (e) { return e.message; } };
const a = tf.input({shape: [2], name: 'fe_a'});
const b = tf.input({shape: [3], name: 'fe_b'});
return [t(() => tf.model({inputs: a, outputs: tf.layers.dense({units: 1, name: 'fe_d1'}).apply(b)})), t(() => tf.model({inputs: [a, a], outputs: tf.layers.dense({units: 1, name: 'fe_d2'}).apply(a)})), t(() => tf.input({shape: [2], batchShape: [1, 2]})), t(() => tf.input({})), JSON.stringify(tf.input({shape: [null, 3]}).shape), JSON.stringify(tf.input({batchShape: [4, 3]}).shape), tf.input({shape: [2], dtype: 'int32'}).dtype];
// @py
def t(f):
    try:
        f()
        return 'ok'
    except Exception as e:
        return str(e)
a = tf.input({'shape': [2], 'name': 'fe_a'})
b = tf.input({'shape': [3], 'name': 'fe_b'})
return [t(lambda: tf.model({'inputs': a, 'outputs': tf.layers.dense({'units': 1, 'name': 'fe_d1'}).apply(b)})), t(lambda: tf.model({'inputs': [a, a], 'outputs': tf.layers.dense({'units': 1, 'name': 'fe_d2'}).apply(a)})), t(lambda: tf.input({'shape': [2], 'batchShape': [1, 2]})), t(lambda: tf.input({})), JSON.stringify(tf.input({'shape': [None, 3]}).shape), JSON.stringify(tf.input({'batchShape': [4, 3]}).shape), tf.input({'shape': [2], 'dtype': 'int32'}).dtype]
// @case get_layer
const t = (f) => { try { const r = f(); return r === undefined ? 'undefined' : r.name; } catch (e) { return e.message; } };
const m = tf.sequential({name: 'gl', layers: [tf.layers.dense({units: 3, inputShape: [2], name: 'gl_a'})]});
const x = tf.input({shape: [2], name: 'gl_in'});
const fm = tf.model({inputs: x, outputs: tf.layers.dense({units: 2, name: 'gl_b'}).apply(x), name: 'glf'});
return [t(() => m.getLayer('gl_a')), t(() => m.getLayer('nope')), t(() => m.getLayer(undefined, 5)), t(() => m.getLayer()), t(() => m.getLayer(undefined, -1)), t(() => m.getLayer(undefined, 1)), t(() => m.getLayer(undefined, 0)), t(() => m.getLayer(0)), t(() => m.getLayer('nope', 0)), t(() => fm.getLayer(undefined, 0)), t(() => fm.getLayer(1)), t(() => fm.getLayer(undefined, 2))];
// @py
def t(f):
    try:
        r = f()
        return 'undefined' if r is None else r.name
    except Exception as e:
        return str(e)
m = tf.sequential({'name': 'gl', 'layers': [tf.layers.dense({'units': 3, 'inputShape': [2], 'name': 'gl_a'})]})
x = tf.input({'shape': [2], 'name': 'gl_in'})
fm = tf.model({'inputs': x, 'outputs': tf.layers.dense({'units': 2, 'name': 'gl_b'}).apply(x), 'name': 'glf'})
return [t(lambda: m.getLayer('gl_a')), t(lambda: m.getLayer('nope')), t(lambda: m.getLayer(None, 5)), t(lambda: m.getLayer()), t(lambda: m.getLayer(None, -1)), t(lambda: m.getLayer(None, 1)), t(lambda: m.getLayer(None, 0)), t(lambda: m.getLayer(0)), t(lambda: m.getLayer('nope', 0)), t(lambda: fm.getLayer(None, 0)), t(lambda: fm.getLayer(1)), t(lambda: fm.getLayer(None, 2))]
// @case nested_models
const inner = tf.sequential({name: 'nm_inner', layers: [tf.layers.dense({units: 3, inputShape: [2], kernelInitializer: 'ones', name: 'nm_d1'}), tf.layers.dense({units: 2, kernelInitializer: 'ones', name: 'nm_d2'})]});
const outer = tf.sequential({name: 'nm_outer', layers: [inner, tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'nm_d3'})]});
const outer2 = tf.sequential({name: 'nm_outer2', layers: [tf.layers.dense({units: 2, inputShape: [4], kernelInitializer: 'ones', name: 'nm_d0'}), inner]});
const xi = tf.input({shape: [2], name: 'nm_xi'});
const fo = tf.model({name: 'nm_fo', inputs: xi, outputs: tf.layers.dense({units: 1, name: 'nm_d4', kernelInitializer: 'ones'}).apply(inner.apply(xi))});
const names = (arr) => { const out = []; for (const v of arr) out.push(v.name); return out; };
return [names(outer.layers), names(outer.weights), names(outer.inputs), names(outer.outputs), outer.predict(tf.tensor2d([[1, 2]])), names(outer2.layers), names(outer2.weights), names(outer2.outputs), outer2.predict(tf.ones([1, 4])), names(fo.layers), names(fo.weights), names(fo.outputs), fo.predict(tf.ones([2, 2])), inner.countParams(), outer.countParams()];
// @py
inner = tf.sequential({'name': 'nm_inner', 'layers': [tf.layers.dense({'units': 3, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'nm_d1'}), tf.layers.dense({'units': 2, 'kernelInitializer': 'ones', 'name': 'nm_d2'})]})
outer = tf.sequential({'name': 'nm_outer', 'layers': [inner, tf.layers.dense({'units': 1, 'kernelInitializer': 'ones', 'name': 'nm_d3'})]})
outer2 = tf.sequential({'name': 'nm_outer2', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [4], 'kernelInitializer': 'ones', 'name': 'nm_d0'}), inner]})
xi = tf.input({'shape': [2], 'name': 'nm_xi'})
fo = tf.model({'name': 'nm_fo', 'inputs': xi, 'outputs': tf.layers.dense({'units': 1, 'name': 'nm_d4', 'kernelInitializer': 'ones'}).apply(inner.apply(xi))})
names = lambda arr: [v.name for v in arr]
return [names(outer.layers), names(outer.weights), names(outer.inputs), names(outer.outputs), outer.predict(tf.tensor2d([[1, 2]])), names(outer2.layers), names(outer2.weights), names(outer2.outputs), outer2.predict(tf.ones([1, 4])), names(fo.layers), names(fo.weights), names(fo.outputs), fo.predict(tf.ones([2, 2])), inner.countParams(), outer.countParams()]
// @case nested_functional_in_functional
const ix = tf.input({shape: [3], name: 'nf_ix'});
const inner = tf.model({inputs: ix, outputs: tf.layers.dense({units: 2, kernelInitializer: 'ones', name: 'nf_d1'}).apply(ix), name: 'nf_inner'});
const a = tf.input({shape: [3], name: 'nf_a'});
const b = tf.input({shape: [3], name: 'nf_b'});
const ya = inner.apply(a);
const yb = inner.apply(b);
const m = tf.model({inputs: [a, b], outputs: [ya, yb], name: 'nf_outer'});
const p = m.predict([tf.tensor2d([[1, 2, 3]]), tf.tensor2d([[-1, 0, 0]])]);
return [p[0], p[1], ya.name, yb.name, JSON.stringify(ya.shape), m.layers.length, m.weights.length, m.outputNames];
// @py
ix = tf.input({'shape': [3], 'name': 'nf_ix'})
inner = tf.model({'inputs': ix, 'outputs': tf.layers.dense({'units': 2, 'kernelInitializer': 'ones', 'name': 'nf_d1'}).apply(ix), 'name': 'nf_inner'})
a = tf.input({'shape': [3], 'name': 'nf_a'})
b = tf.input({'shape': [3], 'name': 'nf_b'})
ya = inner.apply(a)
yb = inner.apply(b)
m = tf.model({'inputs': [a, b], 'outputs': [ya, yb], 'name': 'nf_outer'})
p = m.predict([tf.tensor2d([[1, 2, 3]]), tf.tensor2d([[-1, 0, 0]])])
return [p[0], p[1], ya.name, yb.name, JSON.stringify(ya.shape), len(m.layers), len(m.weights), m.outputNames]
// @case model_configs
const m = tf.sequential({name: 'mc_seq', layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', name: 'mc_d1'}), tf.layers.dropout({rate: 0.1, name: 'mc_dr'})]});
const x = tf.input({shape: [2], name: 'mc_in'});
const h = tf.layers.dense({units: 2, kernelInitializer: 'zeros', name: 'mc_d2'});
const y = h.apply(h.apply(x));
const fm = tf.model({inputs: x, outputs: y, name: 'mc_fun'});
console.log(JSON.stringify(m.getConfig()));
console.log(JSON.stringify(fm.getConfig()));
// @case dispose_models
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.message; } };
const x = tf.input({shape: [2], name: 'dm_x'});
const f = tf.layers.dense({units: 2, name: 'dm_f'});
const y = f.apply(x);
const m = tf.model({inputs: x, outputs: y, name: 'dm_m'});
const m2 = tf.model({inputs: x, outputs: y, name: 'dm_m2'});
const g = tf.layers.dense({units: 2, name: 'dm_g'});
const s3 = tf.sequential({name: 'dm_s3', layers: [tf.layers.dense({units: 2, inputShape: [2], name: 'dm_h'}), g]});
const s4 = tf.sequential({name: 'dm_s4', layers: [s3]});
return [t(() => m.dispose()), t(() => m2.dispose()), t(() => s4.dispose()), t(() => s3.dispose()), t(() => g.dispose()), t(() => s3.predict(tf.ones([1, 2])))];
// @py
def t(f):
    try:
        return JSON.stringify(f())
    except Exception as e:
        return str(e)
x = tf.input({'shape': [2], 'name': 'dm_x'})
f = tf.layers.dense({'units': 2, 'name': 'dm_f'})
y = f.apply(x)
m = tf.model({'inputs': x, 'outputs': y, 'name': 'dm_m'})
m2 = tf.model({'inputs': x, 'outputs': y, 'name': 'dm_m2'})
g = tf.layers.dense({'units': 2, 'name': 'dm_g'})
s3 = tf.sequential({'name': 'dm_s3', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [2], 'name': 'dm_h'}), g]})
s4 = tf.sequential({'name': 'dm_s4', 'layers': [s3]})
return [t(lambda: m.dispose()), t(lambda: m2.dispose()), t(lambda: s4.dispose()), t(lambda: s3.dispose()), t(lambda: g.dispose()), t(lambda: s3.predict(tf.ones([1, 2])))]
