// Pooling layers (tfjs_compat/layers/pooling.py): outputs for every option that changes
// the math, getConfig, symbolic shapes, dtypes, errors.
// @case pooling_auto_names_and_aliases fresh
const ls = [tf.layers.maxPooling1d({}), tf.layers.maxPooling2d({}), tf.layers.maxPooling3d({}), tf.layers.averagePooling1d({}), tf.layers.averagePooling2d({}), tf.layers.averagePooling3d({}), tf.layers.globalMaxPooling1d({}), tf.layers.globalMaxPooling2d({}), tf.layers.globalAveragePooling1d({}), tf.layers.globalAveragePooling2d({}), tf.layers.maxPool1d({}), tf.layers.maxPool2d({}), tf.layers.avgPool1d({}), tf.layers.avgPool2d({}), tf.layers.avgPool3d({}), tf.layers.avgPooling1d({}), tf.layers.avgPooling2d({}), tf.layers.avgPooling3d({}), tf.layers.globalMaxPool1d({}), tf.layers.globalMaxPool2d({})];
return ls.map(l => l.name + ' ' + l.getClassName());
// @py
ls = [tf.layers.maxPooling1d({}), tf.layers.maxPooling2d({}), tf.layers.maxPooling3d({}), tf.layers.averagePooling1d({}), tf.layers.averagePooling2d({}), tf.layers.averagePooling3d({}), tf.layers.globalMaxPooling1d({}), tf.layers.globalMaxPooling2d({}), tf.layers.globalAveragePooling1d({}), tf.layers.globalAveragePooling2d({}), tf.layers.maxPool1d({}), tf.layers.maxPool2d({}), tf.layers.avgPool1d({}), tf.layers.avgPool2d({}), tf.layers.avgPool3d({}), tf.layers.avgPooling1d({}), tf.layers.avgPooling2d({}), tf.layers.avgPooling3d({}), tf.layers.globalMaxPool1d({}), tf.layers.globalMaxPool2d({})]
return [l.name + ' ' + l.getClassName() for l in ls]
// @case pooling_configs
console.log(JSON.stringify(tf.layers.maxPooling1d({name: 'lp_c1'}).getConfig()));
console.log(JSON.stringify(tf.layers.averagePooling1d({poolSize: [3], strides: 1, padding: 'same', dataFormat: 'channelsFirst', inputShape: [5, 2], name: 'lp_c2'}).getConfig()));
console.log(JSON.stringify(tf.layers.maxPooling2d({name: 'lp_c3'}).getConfig()));
console.log(JSON.stringify(tf.layers.averagePooling2d({poolSize: 3, strides: [1, 2], padding: 'same', dataFormat: 'channelsFirst', name: 'lp_c4'}).getConfig()));
console.log(JSON.stringify(tf.layers.maxPooling2d({strides: 3, padding: 'causal', name: 'lp_c5'}).getConfig()));
console.log(JSON.stringify(tf.layers.maxPooling3d({name: 'lp_c6'}).getConfig()));
console.log(JSON.stringify(tf.layers.averagePooling3d({poolSize: [1, 2, 3], strides: 2, batchInputShape: [2, 4, 4, 4, 1], name: 'lp_c7'}).getConfig()));
console.log(JSON.stringify(tf.layers.globalMaxPooling1d({name: 'lp_c8'}).getConfig()));
console.log(JSON.stringify(tf.layers.globalAveragePooling1d({name: 'lp_c9'}).getConfig()));
console.log(JSON.stringify(tf.layers.globalMaxPooling2d({dataFormat: 'channelsFirst', name: 'lp_c10'}).getConfig()));
console.log(JSON.stringify(tf.layers.globalAveragePooling2d({name: 'lp_c11'}).getConfig()));
// @case pool2d_valid_and_strides
const x = tf.tensor([3, -1, 4, 1, -5, 9, 2, -6, 5, 3, -5, 8, 9, -7, 9, 3, 2, 3, 8, -4, 6, 2, 6, 4, 3], [1, 5, 5, 1]);
return [tf.layers.maxPooling2d({name: 'lp_a1'}).apply(x), tf.layers.averagePooling2d({name: 'lp_a2'}).apply(x), tf.layers.maxPooling2d({poolSize: [2, 3], strides: 1, name: 'lp_a3'}).apply(x), tf.layers.averagePooling2d({poolSize: 3, strides: [2, 1], name: 'lp_a4'}).apply(x), tf.layers.maxPooling2d({poolSize: 2, strides: 3, padding: 'causal', name: 'lp_a5'}).apply(x)];
// @case pool2d_same
// avg 'same' leaves padding out of the count; odd padding goes at the end.
const x = tf.range(1, 26).reshape([1, 5, 5, 1]);
return [tf.layers.averagePooling2d({poolSize: 2, padding: 'same', name: 'lp_b1'}).apply(x), tf.layers.averagePooling2d({poolSize: 3, strides: 1, padding: 'same', name: 'lp_b2'}).apply(x), tf.layers.maxPooling2d({poolSize: [2, 3], strides: [1, 2], padding: 'same', name: 'lp_b3'}).apply(x.neg()), tf.layers.averagePooling2d({poolSize: [4, 2], strides: [3, 2], padding: 'same', name: 'lp_b4'}).apply(x), tf.layers.maxPooling2d({poolSize: 3, strides: 2, padding: 'same', name: 'lp_b5'}).apply(x.neg())];
// @case pool2d_channels_first_multichannel
const x = tf.range(0, 32).reshape([1, 2, 4, 4]);
return [tf.layers.maxPooling2d({dataFormat: 'channelsFirst', name: 'lp_d1'}).apply(x), tf.layers.averagePooling2d({poolSize: 3, strides: 1, padding: 'same', dataFormat: 'channelsFirst', name: 'lp_d2'}).apply(x), tf.layers.averagePooling2d({poolSize: 2, strides: 1, name: 'lp_d3'}).apply(tf.range(0, 36).reshape([2, 3, 2, 3]))];
// @case pool1d_values
const x = tf.tensor([3, -1, 4, 1, -5, 9, 2, -6, 5, 3, -5, 8, 9, -7], [1, 7, 2]);
return [tf.layers.maxPooling1d({name: 'lp_e1'}).apply(x), tf.layers.averagePooling1d({name: 'lp_e2'}).apply(x), tf.layers.maxPooling1d({poolSize: 3, strides: 1, name: 'lp_e3'}).apply(x), tf.layers.averagePooling1d({poolSize: 3, strides: 2, padding: 'same', name: 'lp_e4'}).apply(x), tf.layers.averagePooling1d({poolSize: 2, strides: 1, padding: 'same', name: 'lp_e5'}).apply(x), tf.layers.maxPooling1d({poolSize: [2], strides: [3], padding: 'same', name: 'lp_e6'}).apply(x)];
// @case pool1d_ignores_data_format
// TF.js pools 1-D inputs as channels-last whatever dataFormat says.
return tf.layers.maxPooling1d({poolSize: 2, dataFormat: 'channelsFirst', name: 'lp_e7'}).apply(tf.range(0, 10).reshape([1, 2, 5]));
// @case pool3d_values
const x = tf.range(0, 54).reshape([1, 3, 3, 3, 2]).mul(tf.tensor1d([1, -1]));
return [tf.layers.maxPooling3d({name: 'lp_f1'}).apply(x), tf.layers.averagePooling3d({name: 'lp_f2'}).apply(x), tf.layers.averagePooling3d({poolSize: [1, 2, 3], strides: 1, padding: 'same', name: 'lp_f3'}).apply(x), tf.layers.maxPooling3d({poolSize: 2, strides: [1, 2, 1], padding: 'same', name: 'lp_f4'}).apply(x), tf.layers.maxPooling3d({poolSize: 2, strides: 1, dataFormat: 'channelsFirst', name: 'lp_f5'}).apply(x.reshape([1, 2, 3, 3, 3]))];
// @case global_pooling_values
const x = tf.tensor([3, -1, 4, 1, -5, 9, 2, -6, 5, 3, -5, 8], [2, 3, 2]);
const y = x.reshape([1, 2, 3, 2]);
return [tf.layers.globalMaxPooling1d({name: 'lp_g1'}).apply(x), tf.layers.globalAveragePooling1d({name: 'lp_g2'}).apply(x), tf.layers.globalMaxPooling2d({name: 'lp_g3'}).apply(y), tf.layers.globalAveragePooling2d({name: 'lp_g4'}).apply(y), tf.layers.globalMaxPooling2d({dataFormat: 'channelsFirst', name: 'lp_g5'}).apply(y), tf.layers.globalAveragePooling2d({dataFormat: 'channelsFirst', name: 'lp_g6'}).apply(y)];
// @case pooling_dtypes
const i3 = tf.tensor([1, 2, 3, 4, 5, 6, 7, 8], [1, 4, 2], 'int32');
const i4 = tf.tensor([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 2, 2], 'int32');
const i5 = tf.range(0, 16, 1, 'int32').reshape([1, 2, 2, 2, 2]);
return [tf.layers.maxPooling1d({name: 'lp_h1'}).apply(i3), tf.layers.maxPooling2d({name: 'lp_h2'}).apply(i4), tf.layers.maxPooling3d({name: 'lp_h3'}).apply(i5), tf.layers.globalMaxPooling1d({name: 'lp_h4'}).apply(i3), tf.layers.globalAveragePooling1d({name: 'lp_h5'}).apply(i3), tf.layers.globalMaxPooling2d({name: 'lp_h6'}).apply(i4), tf.layers.globalAveragePooling2d({name: 'lp_h7'}).apply(i4)];
// @case pooling_int_errors
const tries = [() => tf.layers.averagePooling1d({name: 'lp_h8'}).apply(tf.ones([1, 4, 1], 'int32')), () => tf.layers.averagePooling2d({name: 'lp_h9'}).apply(tf.ones([1, 4, 4, 1], 'int32')), () => tf.layers.averagePooling3d({name: 'lp_h10'}).apply(tf.ones([1, 4, 4, 4, 1], 'int32'))];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
// @py
tries = [lambda: tf.layers.averagePooling1d({'name': 'lp_h8'}).apply(tf.ones([1, 4, 1], 'int32')), lambda: tf.layers.averagePooling2d({'name': 'lp_h9'}).apply(tf.ones([1, 4, 4, 1], 'int32')), lambda: tf.layers.averagePooling3d({'name': 'lp_h10'}).apply(tf.ones([1, 4, 4, 4, 1], 'int32'))]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
// @case pooling_symbolic_shapes
const shapes = [tf.layers.maxPooling1d({poolSize: 2, strides: 1, name: 'lp_s1'}).apply(tf.input({shape: [5, 3]})).shape, tf.layers.maxPooling1d({poolSize: 3, strides: 2, padding: 'same', name: 'lp_s2'}).apply(tf.input({shape: [null, 3]})).shape, tf.layers.maxPooling2d({poolSize: 3, name: 'lp_s3'}).apply(tf.input({shape: [7, null, 2]})).shape, tf.layers.averagePooling2d({poolSize: 3, strides: 2, padding: 'same', dataFormat: 'channelsFirst', name: 'lp_s4'}).apply(tf.input({shape: [2, 7, 8]})).shape, tf.layers.maxPooling2d({poolSize: 2, padding: 'causal', name: 'lp_s5'}).apply(tf.input({shape: [5, 5, 1]})).shape, tf.layers.averagePooling3d({poolSize: [1, 2, 3], strides: 2, padding: 'same', name: 'lp_s6'}).apply(tf.input({shape: [3, 5, 7, 2]})).shape, tf.layers.maxPooling3d({dataFormat: 'channelsFirst', name: 'lp_s7'}).apply(tf.input({shape: [2, 4, 5, 6]})).shape, tf.layers.globalMaxPooling1d({name: 'lp_s8'}).apply(tf.input({shape: [null, 3]})).shape, tf.layers.globalAveragePooling2d({name: 'lp_s9'}).apply(tf.input({shape: [2, 3, 4]})).shape, tf.layers.globalAveragePooling2d({dataFormat: 'channelsFirst', name: 'lp_s10'}).apply(tf.input({shape: [2, 3, 4]})).shape];
const small = [tf.layers.maxPooling2d({poolSize: 3, name: 'lp_s11'}).apply(tf.ones([1, 2, 2, 1])).shape, tf.layers.maxPooling2d({poolSize: 3, name: 'lp_s12'}).apply(tf.input({shape: [2, 2, 1]})).shape];
return JSON.stringify([shapes, small]);
// @case pooling_rank_errors
const tries = [() => tf.layers.maxPooling2d({name: 'lp_r1'}).apply(tf.ones([1, 3, 3])), () => tf.layers.maxPooling1d({name: 'lp_r2'}).apply(tf.ones([1, 3, 3, 1])), () => tf.layers.averagePooling3d({name: 'lp_r3'}).apply(tf.ones([1, 3, 3, 1])), () => tf.layers.globalMaxPooling2d({name: 'lp_r4'}).apply(tf.ones([1, 3, 3])), () => tf.layers.globalAveragePooling1d({name: 'lp_r5'}).apply(tf.input({shape: [3, 3, 1]}))];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
// @py
tries = [lambda: tf.layers.maxPooling2d({'name': 'lp_r1'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.maxPooling1d({'name': 'lp_r2'}).apply(tf.ones([1, 3, 3, 1])), lambda: tf.layers.averagePooling3d({'name': 'lp_r3'}).apply(tf.ones([1, 3, 3, 1])), lambda: tf.layers.globalMaxPooling2d({'name': 'lp_r4'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.globalAveragePooling1d({'name': 'lp_r5'}).apply(tf.input({'shape': [3, 3, 1]}))]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
// @case pooling_option_errors
const tries = [() => tf.layers.maxPooling1d({poolSize: [3, 2]}), () => tf.layers.maxPooling1d({poolSize: 3, strides: [2, 2]}), () => tf.layers.maxPooling1d({poolSize: 0}), () => tf.layers.maxPooling1d({poolSize: 2, padding: 'foo'}), () => tf.layers.maxPooling2d({poolSize: [2, 0]}), () => tf.layers.maxPooling2d({poolSize: -1}), () => tf.layers.maxPooling2d({poolSize: 2.5}), () => tf.layers.maxPooling2d({poolSize: 2, strides: 0}), () => tf.layers.maxPooling2d({poolSize: 2, strides: [2]}), () => tf.layers.maxPooling2d({poolSize: 2, padding: 'foo'}), () => tf.layers.maxPooling2d({poolSize: 2, dataFormat: 'x'}), () => tf.layers.maxPooling2d({poolSize: 0, padding: 'foo', dataFormat: 'x'}), () => tf.layers.maxPooling2d({poolSize: 2, padding: 'foo', dataFormat: 'x'}), () => tf.layers.maxPooling3d({poolSize: 2, strides: [1, 2]}), () => tf.layers.maxPooling3d({poolSize: [0, 1, 1]}), () => tf.layers.maxPooling2d({poolSize: '2'}), () => tf.layers.globalMaxPooling2d({dataFormat: 'x'}), () => tf.layers.maxPooling2d(), () => tf.layers.averagePooling1d(), () => tf.layers.globalAveragePooling2d()];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
// @py
tries = [lambda: tf.layers.maxPooling1d({'poolSize': [3, 2]}), lambda: tf.layers.maxPooling1d({'poolSize': 3, 'strides': [2, 2]}), lambda: tf.layers.maxPooling1d({'poolSize': 0}), lambda: tf.layers.maxPooling1d({'poolSize': 2, 'padding': 'foo'}), lambda: tf.layers.maxPooling2d({'poolSize': [2, 0]}), lambda: tf.layers.maxPooling2d({'poolSize': -1}), lambda: tf.layers.maxPooling2d({'poolSize': 2.5}), lambda: tf.layers.maxPooling2d({'poolSize': 2, 'strides': 0}), lambda: tf.layers.maxPooling2d({'poolSize': 2, 'strides': [2]}), lambda: tf.layers.maxPooling2d({'poolSize': 2, 'padding': 'foo'}), lambda: tf.layers.maxPooling2d({'poolSize': 2, 'dataFormat': 'x'}), lambda: tf.layers.maxPooling2d({'poolSize': 0, 'padding': 'foo', 'dataFormat': 'x'}), lambda: tf.layers.maxPooling2d({'poolSize': 2, 'padding': 'foo', 'dataFormat': 'x'}), lambda: tf.layers.maxPooling3d({'poolSize': 2, 'strides': [1, 2]}), lambda: tf.layers.maxPooling3d({'poolSize': [0, 1, 1]}), lambda: tf.layers.maxPooling2d({'poolSize': '2'}), lambda: tf.layers.globalMaxPooling2d({'dataFormat': 'x'}), lambda: tf.layers.maxPooling2d(), lambda: tf.layers.averagePooling1d(), lambda: tf.layers.globalAveragePooling2d()]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
// @case pooling_in_model
const inp = tf.input({shape: [4, 4, 1], name: 'lp_m0'});
const a = tf.layers.maxPooling2d({name: 'lp_m1'}).apply(inp);
const b = tf.layers.averagePooling2d({poolSize: 3, strides: 1, padding: 'same', name: 'lp_m2'}).apply(inp);
const ga = tf.layers.globalMaxPooling2d({name: 'lp_m3'}).apply(a);
const gb = tf.layers.globalAveragePooling2d({name: 'lp_m4'}).apply(b);
const model = tf.model({inputs: inp, outputs: [ga, gb], name: 'lp_model'});
return [JSON.stringify(model.outputShape), model.countParams(), model.predict(tf.range(0, 32).reshape([2, 4, 4, 1]))];
// @py
inp = tf.input({'shape': [4, 4, 1], 'name': 'lp_m0'})
a = tf.layers.maxPooling2d({'name': 'lp_m1'}).apply(inp)
b = tf.layers.averagePooling2d({'poolSize': 3, 'strides': 1, 'padding': 'same', 'name': 'lp_m2'}).apply(inp)
ga = tf.layers.globalMaxPooling2d({'name': 'lp_m3'}).apply(a)
gb = tf.layers.globalAveragePooling2d({'name': 'lp_m4'}).apply(b)
model = tf.model({'inputs': inp, 'outputs': [ga, gb], 'name': 'lp_model'})
return [JSON.stringify(model.outputShape), model.countParams(), model.predict(tf.range(0, 32).reshape([2, 4, 4, 1]))]
