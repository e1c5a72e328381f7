// Convolutional and padding layers (tfjs_compat/layers/convolutional.py, padding.py):
// outputs for fixed weights, weight shapes, getConfig, symbolic shapes, errors.
// Weights are small multiples of 1/4 and inputs small integers, so sums are exact.
// @case conv_auto_names fresh
const ls = [tf.layers.conv1d({filters: 1, kernelSize: 1}), tf.layers.conv2d({filters: 1, kernelSize: 1}), tf.layers.conv2d({filters: 1, kernelSize: 1}), tf.layers.conv2dTranspose({filters: 1, kernelSize: 1}), tf.layers.conv3d({filters: 1, kernelSize: 1}), tf.layers.conv3dTranspose({filters: 1, kernelSize: 1}), tf.layers.depthwiseConv2d({kernelSize: 1}), tf.layers.separableConv2d({filters: 1, kernelSize: 1}), tf.layers.cropping2D({cropping: 1}), tf.layers.upSampling2d({}), tf.layers.zeroPadding2d()];
return ls.map(l => l.name);
// @py
ls = [tf.layers.conv1d({'filters': 1, 'kernelSize': 1}), tf.layers.conv2d({'filters': 1, 'kernelSize': 1}), tf.layers.conv2d({'filters': 1, 'kernelSize': 1}), tf.layers.conv2dTranspose({'filters': 1, 'kernelSize': 1}), tf.layers.conv3d({'filters': 1, 'kernelSize': 1}), tf.layers.conv3dTranspose({'filters': 1, 'kernelSize': 1}), tf.layers.depthwiseConv2d({'kernelSize': 1}), tf.layers.separableConv2d({'filters': 1, 'kernelSize': 1}), tf.layers.cropping2D({'cropping': 1}), tf.layers.upSampling2d({}), tf.layers.zeroPadding2d()]
return [l.name for l in ls]
// @case conv_failed_construction_uses_a_name fresh
try { tf.layers.conv2d({kernelSize: 2}); } catch (e) { console.log(e.message); }
return tf.layers.conv2d({filters: 1, kernelSize: 1}).name;
// @py
try:
    tf.layers.conv2d({'kernelSize': 2})
except Exception as e:
    console.log(str(e))
return tf.layers.conv2d({'filters': 1, 'kernelSize': 1}).name
// @case conv2d_configs
console.log(JSON.stringify(tf.layers.conv2d({filters: 2, kernelSize: 3, name: 'lc_cfg1'}).getConfig()));
console.log(JSON.stringify(tf.layers.conv2d({filters: 4, kernelSize: [3, 2], strides: 2, padding: 'same', dataFormat: 'channelsFirst', dilationRate: [1, 1], activation: 'relu', useBias: false, kernelInitializer: 'heUniform', biasInitializer: 'ones', inputShape: [3, 8, 8], name: 'lc_cfg2'}).getConfig()));
console.log(JSON.stringify(tf.layers.conv2d({filters: 1, kernelSize: 1, padding: 'causal', dilationRate: 2, batchInputShape: [4, 5, 5, 1], name: 'lc_cfg3'}).getConfig()));
return tf.layers.conv2d({filters: 1, kernelSize: 1, name: 'lc_cfg4'}).getConfig();
// @case conv1d_configs
console.log(JSON.stringify(tf.layers.conv1d({filters: 2, kernelSize: 3, name: 'lc_cfg5'}).getConfig()));
console.log(JSON.stringify(tf.layers.conv1d({filters: 2, kernelSize: [3], strides: 2, dilationRate: [1], padding: 'causal', dataFormat: 'channelsFirst', inputShape: [5, 3], name: 'lc_cfg6'}).getConfig()));
// @case conv3d_transpose_configs
console.log(JSON.stringify(tf.layers.conv3d({filters: 2, kernelSize: [1, 2, 3], strides: [1, 2, 1], name: 'lc_cfg7'}).getConfig()));
console.log(JSON.stringify(tf.layers.conv2dTranspose({filters: 2, kernelSize: 3, strides: 2, padding: 'same', name: 'lc_cfg8'}).getConfig()));
console.log(JSON.stringify(tf.layers.conv3dTranspose({filters: 2, kernelSize: 3, name: 'lc_cfg9'}).getConfig()));
// @case depthwise_separable_configs
console.log(JSON.stringify(tf.layers.depthwiseConv2d({kernelSize: 3, name: 'lc_cfg10'}).getConfig()));
console.log(JSON.stringify(tf.layers.depthwiseConv2d({kernelSize: [2, 3], depthMultiplier: 3, depthwiseInitializer: 'ones', strides: 2, padding: 'same', inputShape: [5, 5, 2], name: 'lc_cfg11'}).getConfig()));
console.log(JSON.stringify(tf.layers.separableConv2d({filters: 3, kernelSize: 3, name: 'lc_cfg12'}).getConfig()));
console.log(JSON.stringify(tf.layers.separableConv2d({filters: 3, kernelSize: 2, depthMultiplier: 2, pointwiseInitializer: 'zeros', dataFormat: 'channelsFirst', name: 'lc_cfg13'}).getConfig()));
// @case padding_layer_configs
console.log(JSON.stringify(tf.layers.cropping2D({cropping: 1, name: 'lc_cfg14'}).getConfig()));
console.log(JSON.stringify(tf.layers.cropping2D({cropping: [1, 2], dataFormat: 'channelsFirst', name: 'lc_cfg15'}).getConfig()));
console.log(JSON.stringify(tf.layers.cropping2D({cropping: [[1, 2], [3, 4]], name: 'lc_cfg16'}).getConfig()));
console.log(JSON.stringify(tf.layers.zeroPadding2d({name: 'lc_cfg17'}).getConfig()));
console.log(JSON.stringify(tf.layers.zeroPadding2d({padding: 2, name: 'lc_cfg18'}).getConfig()));
console.log(JSON.stringify(tf.layers.zeroPadding2d({padding: [1, 2], dataFormat: 'channelsFirst', name: 'lc_cfg19'}).getConfig()));
console.log(JSON.stringify(tf.layers.zeroPadding2d({padding: [[1, 2], [3, 4]], name: 'lc_cfg20'}).getConfig()));
console.log(JSON.stringify(tf.layers.upSampling2d({name: 'lc_cfg21'}).getConfig()));
console.log(JSON.stringify(tf.layers.upSampling2d({size: [2, 3], interpolation: 'bilinear', dataFormat: 'channelsFirst', name: 'lc_cfg22'}).getConfig()));
console.log(JSON.stringify(tf.layers.upSampling2d({size: 3, name: 'lc_cfg23'}).getConfig()));
// @case conv2d_valid
const l = tf.layers.conv2d({filters: 2, kernelSize: 2, name: 'lc_a1'});
l.build([null, 3, 3, 2]);
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.tensor1d([0.5, -1])]);
return l.apply(tf.range(0, 18).reshape([1, 3, 3, 2]));
// @case conv2d_same_symmetric
const l = tf.layers.conv2d({filters: 2, kernelSize: 3, padding: 'same', name: 'lc_a2'});
l.build([null, 4, 3, 1]);
l.setWeights([tf.range(-9, 9).reshape([3, 3, 1, 2]).div(4), tf.tensor1d([0.25, 0])]);
return l.apply(tf.range(0, 24).reshape([2, 4, 3, 1]));
// @case conv2d_same_odd_padding
// k=2 s=2 on 5 and k=4 s=1 on 5: TF.js puts the extra padding pixel at the end.
const l = tf.layers.conv2d({filters: 1, kernelSize: 2, strides: 2, padding: 'same', kernelInitializer: 'ones', name: 'lc_a3'});
const m = tf.layers.conv2d({filters: 1, kernelSize: [4, 1], padding: 'same', kernelInitializer: 'ones', name: 'lc_a4'});
const x = tf.range(0, 25).reshape([1, 5, 5, 1]);
return [l.apply(x), m.apply(x)];
// @case conv2d_strides_dilation
const l = tf.layers.conv2d({filters: 2, kernelSize: 2, strides: [2, 1], name: 'lc_a5'});
const m = tf.layers.conv2d({filters: 2, kernelSize: 2, dilationRate: [2, 1], name: 'lc_a6'});
const n = tf.layers.conv2d({filters: 2, kernelSize: 3, dilationRate: 2, padding: 'same', name: 'lc_a7'});
l.build([null, 5, 4, 1]); m.build([null, 5, 4, 1]); n.build([null, 5, 4, 1]);
l.setWeights([tf.range(-4, 4).reshape([2, 2, 1, 2]).div(4), tf.tensor1d([1, 2])]);
m.setWeights([tf.range(-4, 4).reshape([2, 2, 1, 2]).div(4), tf.tensor1d([1, 2])]);
n.setWeights([tf.range(-9, 9).reshape([3, 3, 1, 2]).div(4), tf.tensor1d([1, 2])]);
const x = tf.range(0, 20).reshape([1, 5, 4, 1]);
return [l.apply(x), m.apply(x), n.apply(x)];
// @case conv2d_channels_first
const l = tf.layers.conv2d({filters: 3, kernelSize: 2, dataFormat: 'channelsFirst', padding: 'same', name: 'lc_a8'});
l.build([null, 2, 3, 3]);
l.setWeights([tf.range(-12, 12).reshape([2, 2, 2, 3]).div(4), tf.tensor1d([1, 0, -1])]);
const y = l.apply(tf.range(0, 18).reshape([1, 2, 3, 3]));
return [y, l.getWeights()[0].shape, l.computeOutputShape([null, 2, 7, 8])];
// @case conv2d_activation_no_bias
const l = tf.layers.conv2d({filters: 2, kernelSize: 2, activation: 'relu', useBias: false, name: 'lc_a9'});
l.build([null, 3, 3, 1]);
l.setWeights([tf.range(-4, 4).reshape([2, 2, 1, 2]).div(4)]);
return [l.apply(tf.range(-4, 5).reshape([1, 3, 3, 1])), l.countParams(), l.weights.length];
// @py
l = tf.layers.conv2d({'filters': 2, 'kernelSize': 2, 'activation': 'relu', 'useBias': False, 'name': 'lc_a9'})
l.build([None, 3, 3, 1])
l.setWeights([tf.range(-4, 4).reshape([2, 2, 1, 2]).div(4)])
return [l.apply(tf.range(-4, 5).reshape([1, 3, 3, 1])), l.countParams(), len(l.weights)]
// @case conv2d_weights_and_shapes
const l = tf.layers.conv2d({filters: 5, kernelSize: [3, 2], strides: 2, padding: 'same', name: 'lc_a10'});
const y = l.apply(tf.input({shape: [null, 7, 3]}));
return [y.shape, l.weights.map(w => [w.name, w.shape]), l.countParams(), l.computeOutputShape([null, 28, 28, 3]), l.computeOutputShape([7, 28, 27, 3])];
// @py
l = tf.layers.conv2d({'filters': 5, 'kernelSize': [3, 2], 'strides': 2, 'padding': 'same', 'name': 'lc_a10'})
y = l.apply(tf.input({'shape': [None, 7, 3]}))
return [y.shape, [[w.name, w.shape] for w in l.weights], l.countParams(), l.computeOutputShape([None, 28, 28, 3]), l.computeOutputShape([7, 28, 27, 3])]
// @case conv2d_valid_output_sizes
const l = tf.layers.conv2d({filters: 1, kernelSize: 5, strides: 2, name: 'lc_a11'});
const m = tf.layers.conv2d({filters: 1, kernelSize: 3, dilationRate: 3, name: 'lc_a12'});
return [l.computeOutputShape([null, 28, 28, 1]), m.computeOutputShape([null, 28, null, 1]), tf.layers.conv2d({filters: 2, kernelSize: 4, name: 'lc_a13'}).apply(tf.ones([1, 3, 3, 1])).shape];
// @case conv2d_int_input_error
tf.layers.conv2d({filters: 1, kernelSize: 2, name: 'lc_e1'}).apply(tf.ones([1, 3, 3, 1], 'int32'));
// @case conv2d_rank_error
tf.layers.conv2d({filters: 1, kernelSize: 2, name: 'lc_e2'}).apply(tf.ones([1, 3, 3]));
// @case conv2d_rank_error_symbolic
tf.layers.conv2d({filters: 1, kernelSize: 2, name: 'lc_e3'}).apply(tf.input({shape: [3, 3, 1, 1]}));
// @case conv2d_channel_error_after_build
const l = tf.layers.conv2d({filters: 1, kernelSize: 2, name: 'lc_e4'});
l.apply(tf.ones([1, 3, 3, 2]));
l.apply(tf.ones([1, 3, 3, 1]));
// @case conv2d_undefined_channels
tf.layers.conv2d({filters: 1, kernelSize: 2, name: 'lc_e5'}).apply(tf.input({shape: [3, 3, null]}));
// @case conv2d_strides_and_dilation_error
tf.layers.conv2d({filters: 1, kernelSize: 2, strides: 2, dilationRate: 2, name: 'lc_e6'}).apply(tf.ones([1, 6, 6, 1]));
// @case conv2d_causal_error
tf.layers.conv2d({filters: 1, kernelSize: 2, padding: 'causal', name: 'lc_e7'}).apply(tf.ones([1, 3, 3, 1]));
// @case conv_option_errors
const tries = [() => tf.layers.conv2d({kernelSize: 3}), () => tf.layers.conv2d({filters: 2}), () => tf.layers.conv2d({filters: 0, kernelSize: 3}), () => tf.layers.conv2d({filters: 1.5, kernelSize: 3}), () => tf.layers.conv2d({filters: '2', kernelSize: 3}), () => tf.layers.conv2d({filters: 2, kernelSize: 3, padding: 'foo'}), () => tf.layers.conv2d({filters: 2, kernelSize: 3, dataFormat: 'foo'}), () => tf.layers.conv2d({filters: 2, kernelSize: [3, 3, 3]}), () => tf.layers.conv2d({filters: 2, kernelSize: [1, 2, 3, 4]}), () => tf.layers.conv2d({filters: 2, kernelSize: '3'}), () => tf.layers.conv2d({filters: 2, kernelSize: 3, strides: [1, 2, 3]}), () => tf.layers.conv2d({filters: 2, kernelSize: 3, dilationRate: [2, 2.5]}), () => tf.layers.conv1d({filters: 2, kernelSize: [3, 3]}), () => tf.layers.conv2d({filters: 2, kernelSize: 3, activation: 'foo'}), () => tf.layers.conv2d({filters: 0, kernelSize: 3, padding: 'foo'}), () => tf.layers.conv2dTranspose({filters: 2, kernelSize: 2, padding: 'causal'}), () => tf.layers.conv3dTranspose({filters: 2, kernelSize: 2, padding: 'causal'}), () => tf.layers.separableConv2d({kernelSize: 3}), () => tf.layers.depthwiseConv2d({}), () => tf.layers.conv2d()];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
// @py
tries = [lambda: tf.layers.conv2d({'kernelSize': 3}), lambda: tf.layers.conv2d({'filters': 2}), lambda: tf.layers.conv2d({'filters': 0, 'kernelSize': 3}), lambda: tf.layers.conv2d({'filters': 1.5, 'kernelSize': 3}), lambda: tf.layers.conv2d({'filters': '2', 'kernelSize': 3}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'padding': 'foo'}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'dataFormat': 'foo'}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': [3, 3, 3]}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': [1, 2, 3, 4]}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': '3'}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'strides': [1, 2, 3]}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'dilationRate': [2, 2.5]}), lambda: tf.layers.conv1d({'filters': 2, 'kernelSize': [3, 3]}), lambda: tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'activation': 'foo'}), lambda: tf.layers.conv2d({'filters': 0, 'kernelSize': 3, 'padding': 'foo'}), lambda: tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': 2, 'padding': 'causal'}), lambda: tf.layers.conv3dTranspose({'filters': 2, 'kernelSize': 2, 'padding': 'causal'}), lambda: tf.layers.separableConv2d({'kernelSize': 3}), lambda: tf.layers.depthwiseConv2d({}), lambda: tf.layers.conv2d()]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
// @case conv1d_valid_same
const l = tf.layers.conv1d({filters: 2, kernelSize: 2, name: 'lc_b1'});
const m = tf.layers.conv1d({filters: 2, kernelSize: 3, strides: 2, padding: 'same', name: 'lc_b2'});
const n = tf.layers.conv1d({filters: 2, kernelSize: 2, dilationRate: 2, padding: 'same', name: 'lc_b3'});
for (const k of [l, m, n]) k.build([null, 5, 2]);
l.setWeights([tf.range(-4, 4).reshape([2, 2, 2]).div(4), tf.tensor1d([1, -1])]);
m.setWeights([tf.range(-6, 6).reshape([3, 2, 2]).div(4), tf.tensor1d([1, -1])]);
n.setWeights([tf.range(-4, 4).reshape([2, 2, 2]).div(4), tf.tensor1d([1, -1])]);
const x = tf.range(0, 20).reshape([2, 5, 2]);
return [l.apply(x), m.apply(x), n.apply(x)];
// @py
l = tf.layers.conv1d({'filters': 2, 'kernelSize': 2, 'name': 'lc_b1'})
m = tf.layers.conv1d({'filters': 2, 'kernelSize': 3, 'strides': 2, 'padding': 'same', 'name': 'lc_b2'})
n = tf.layers.conv1d({'filters': 2, 'kernelSize': 2, 'dilationRate': 2, 'padding': 'same', 'name': 'lc_b3'})
for k in [l, m, n]:
    k.build([None, 5, 2])
l.setWeights([tf.range(-4, 4).reshape([2, 2, 2]).div(4), tf.tensor1d([1, -1])])
m.setWeights([tf.range(-6, 6).reshape([3, 2, 2]).div(4), tf.tensor1d([1, -1])])
n.setWeights([tf.range(-4, 4).reshape([2, 2, 2]).div(4), tf.tensor1d([1, -1])])
x = tf.range(0, 20).reshape([2, 5, 2])
return [l.apply(x), m.apply(x), n.apply(x)]
// @case conv1d_channels_first_quirk
// TF.js reads [batch, channels, steps] but returns [batch, steps, filters] eagerly.
const l = tf.layers.conv1d({filters: 2, kernelSize: 2, dataFormat: 'channelsFirst', name: 'lc_b4'});
l.build([null, 3, 4]);
l.setWeights([tf.range(-6, 6).reshape([2, 3, 2]).div(4), tf.tensor1d([1, -1])]);
const y = l.apply(tf.range(0, 12).reshape([1, 3, 4]));
return [y, l.apply(tf.input({shape: [3, 4]})).shape];
// @case conv1d_shapes_and_errors
const l = tf.layers.conv1d({filters: 4, kernelSize: 3, dilationRate: 2, name: 'lc_b5'});
const y = l.apply(tf.input({shape: [null, 2]}));
const c = tf.layers.conv1d({filters: 1, kernelSize: 3, padding: 'causal', dilationRate: 2, kernelInitializer: 'ones', name: 'lc_b6'});
console.log(JSON.stringify(c.apply(tf.input({shape: [6, 1]})).shape));
try { c.apply(tf.ones([1, 6, 1])); } catch (e) { console.log(e.message); }
try { tf.layers.conv1d({filters: 1, kernelSize: 2, strides: 2, dilationRate: 2, name: 'lc_b7'}).apply(tf.ones([1, 6, 1])); } catch (e) { console.log(e.message); }
try { tf.layers.conv1d({filters: 1, kernelSize: 2, name: 'lc_b8'}).apply(tf.ones([1, 6, 1], 'int32')); } catch (e) { console.log(e.message); }
try { tf.layers.conv1d({filters: 1, kernelSize: 2, name: 'lc_b9'}).apply(tf.ones([1, 6, 1, 1])); } catch (e) { console.log(e.message); }
return [y.shape, l.weights.map(w => w.shape), l.countParams()];
// @py
l = tf.layers.conv1d({'filters': 4, 'kernelSize': 3, 'dilationRate': 2, 'name': 'lc_b5'})
y = l.apply(tf.input({'shape': [None, 2]}))
c = tf.layers.conv1d({'filters': 1, 'kernelSize': 3, 'padding': 'causal', 'dilationRate': 2, 'kernelInitializer': 'ones', 'name': 'lc_b6'})
console.log(JSON.stringify(c.apply(tf.input({'shape': [6, 1]})).shape))
for f in [lambda: c.apply(tf.ones([1, 6, 1])), lambda: tf.layers.conv1d({'filters': 1, 'kernelSize': 2, 'strides': 2, 'dilationRate': 2, 'name': 'lc_b7'}).apply(tf.ones([1, 6, 1])), lambda: tf.layers.conv1d({'filters': 1, 'kernelSize': 2, 'name': 'lc_b8'}).apply(tf.ones([1, 6, 1], 'int32')), lambda: tf.layers.conv1d({'filters': 1, 'kernelSize': 2, 'name': 'lc_b9'}).apply(tf.ones([1, 6, 1, 1]))]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [y.shape, [w.shape for w in l.weights], l.countParams()]
// @case conv3d_values
const l = tf.layers.conv3d({filters: 2, kernelSize: 2, name: 'lc_c1'});
const m = tf.layers.conv3d({filters: 2, kernelSize: [1, 2, 3], strides: 2, padding: 'same', name: 'lc_c2'});
const n = tf.layers.conv3d({filters: 2, kernelSize: 2, dataFormat: 'channelsFirst', name: 'lc_c3'});
l.build([null, 3, 3, 3, 1]); m.build([null, 3, 3, 3, 1]); n.build([null, 1, 3, 3, 3]);
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 1, 2]).div(4), tf.tensor1d([1, -1])]);
m.setWeights([tf.range(-6, 6).reshape([1, 2, 3, 1, 2]).div(4), tf.tensor1d([1, -1])]);
n.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 1, 2]).div(4), tf.tensor1d([1, -1])]);
const x = tf.range(0, 27).reshape([1, 3, 3, 3, 1]);
return [l.apply(x), m.apply(x), n.apply(x.reshape([1, 1, 3, 3, 3])), tf.layers.conv3d({filters: 1, kernelSize: 1, kernelInitializer: tf.initializers.constant({value: 0.7}), biasInitializer: 'ones', name: 'lc_c4'}).apply(tf.range(1, 9).reshape([1, 2, 2, 2, 1])), tf.layers.conv3d({filters: 1, kernelSize: 1, kernelInitializer: tf.initializers.constant({value: -0.7}), useBias: false, name: 'lc_c4b'}).apply(tf.range(1, 9).reshape([1, 2, 2, 2, 1]))];
// @case conv3d_shapes_and_errors
const l = tf.layers.conv3d({filters: 4, kernelSize: [1, 2, 3], strides: 2, padding: 'same', name: 'lc_c5'});
const y = l.apply(tf.input({shape: [7, 8, null, 2]}));
try { tf.layers.conv3d({filters: 1, kernelSize: 2, name: 'lc_c6'}).apply(tf.ones([1, 3, 3, 3])); } catch (e) { console.log(e.message); }
try { tf.layers.conv3d({filters: 1, kernelSize: 2, strides: 2, dilationRate: 2, name: 'lc_c7'}).apply(tf.ones([1, 6, 6, 6, 1])); } catch (e) { console.log(e.message); }
return [y.shape, l.getWeights().map(w => w.shape), l.countParams(), tf.layers.conv3d({filters: 4, kernelSize: [1, 2, 3], dataFormat: 'channelsFirst', name: 'lc_c8'}).apply(tf.input({shape: [2, 7, 8, 5]})).shape];
// @py
l = tf.layers.conv3d({'filters': 4, 'kernelSize': [1, 2, 3], 'strides': 2, 'padding': 'same', 'name': 'lc_c5'})
y = l.apply(tf.input({'shape': [7, 8, None, 2]}))
for f in [lambda: tf.layers.conv3d({'filters': 1, 'kernelSize': 2, 'name': 'lc_c6'}).apply(tf.ones([1, 3, 3, 3])), lambda: tf.layers.conv3d({'filters': 1, 'kernelSize': 2, 'strides': 2, 'dilationRate': 2, 'name': 'lc_c7'}).apply(tf.ones([1, 6, 6, 6, 1]))]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [y.shape, [w.shape for w in l.getWeights()], l.countParams(), tf.layers.conv3d({'filters': 4, 'kernelSize': [1, 2, 3], 'dataFormat': 'channelsFirst', 'name': 'lc_c8'}).apply(tf.input({'shape': [2, 7, 8, 5]})).shape]
// @case conv2d_transpose_paddings
// valid/same with strides 1..3 and kernels 2..3 (same pads floor(total/2) before).
const x = tf.range(1, 10).reshape([1, 3, 3, 1]);
const out = [];
for (const [pad, s, k] of [['valid', 1, 2], ['same', 1, 2], ['same', 1, 3], ['valid', 2, 2], ['same', 2, 3], ['valid', 2, 3], ['same', 3, 2], ['valid', 3, 2], ['same', 2, 4]]) {
  const l = tf.layers.conv2dTranspose({filters: 2, kernelSize: k, strides: s, padding: pad, biasInitializer: 'ones'});
  l.build([null, 3, 3, 1]);
  l.setWeights([tf.range(0, k * k * 2).reshape([k, k, 2, 1]).div(4).sub(1), tf.tensor1d([1, -1])]);
  out.push(l.apply(x));
}
return out;
// @py
x = tf.range(1, 10).reshape([1, 3, 3, 1])
out = []
for pad, s, k in [['valid', 1, 2], ['same', 1, 2], ['same', 1, 3], ['valid', 2, 2], ['same', 2, 3], ['valid', 2, 3], ['same', 3, 2], ['valid', 3, 2], ['same', 2, 4]]:
    l = tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': k, 'strides': s, 'padding': pad, 'biasInitializer': 'ones'})
    l.build([None, 3, 3, 1])
    l.setWeights([tf.range(0, k * k * 2).reshape([k, k, 2, 1]).div(4).sub(1), tf.tensor1d([1, -1])])
    out.append(l.apply(x))
return out
// @case conv2d_transpose_multi_channel
const l = tf.layers.conv2dTranspose({filters: 3, kernelSize: [2, 3], strides: [2, 1], padding: 'same', name: 'lc_d1'});
const m = tf.layers.conv2dTranspose({filters: 3, kernelSize: 2, strides: 2, dataFormat: 'channelsFirst', activation: 'relu', name: 'lc_d2'});
l.build([null, 2, 3, 2]); m.build([null, 2, 2, 3]);
l.setWeights([tf.range(-18, 18).reshape([2, 3, 3, 2]).div(4), tf.tensor1d([1, 0, -1])]);
m.setWeights([tf.range(-12, 12).reshape([2, 2, 3, 2]).div(4), tf.tensor1d([1, 0, -1])]);
return [l.apply(tf.range(0, 12).reshape([1, 2, 3, 2])), m.apply(tf.range(0, 12).reshape([1, 2, 2, 3])), tf.layers.conv2dTranspose({filters: 1, kernelSize: 2, name: 'lc_d3'}).apply(tf.ones([1, 2, 2, 1], 'int32')).dtype];
// @case conv2d_transpose_shapes_and_errors
const l = tf.layers.conv2dTranspose({filters: 2, kernelSize: 3, strides: 2, name: 'lc_d4'});
const y = l.apply(tf.input({shape: [null, 5, 3]}));
try { tf.layers.conv2dTranspose({filters: 2, kernelSize: 2, name: 'lc_d5'}).apply(tf.ones([1, 3, 3])); } catch (e) { console.log(e.message); }
try { tf.layers.conv2dTranspose({filters: 2, kernelSize: 2, name: 'lc_d6'}).apply(tf.input({shape: [4, 4, null]})); } catch (e) { console.log(e.message); }
return [y.shape, l.weights.map(w => [w.name, w.shape]), l.countParams(), l.computeOutputShape([null, 4, 4, 3]), tf.layers.conv2dTranspose({filters: 2, kernelSize: 3, strides: 2, padding: 'same', dataFormat: 'channelsFirst', name: 'lc_d7'}).computeOutputShape([null, 3, 4, 5])];
// @py
l = tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': 3, 'strides': 2, 'name': 'lc_d4'})
y = l.apply(tf.input({'shape': [None, 5, 3]}))
for f in [lambda: tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': 2, 'name': 'lc_d5'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': 2, 'name': 'lc_d6'}).apply(tf.input({'shape': [4, 4, None]}))]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [y.shape, [[w.name, w.shape] for w in l.weights], l.countParams(), l.computeOutputShape([None, 4, 4, 3]), tf.layers.conv2dTranspose({'filters': 2, 'kernelSize': 3, 'strides': 2, 'padding': 'same', 'dataFormat': 'channelsFirst', 'name': 'lc_d7'}).computeOutputShape([None, 3, 4, 5])]
// @case conv3d_transpose_values
const l = tf.layers.conv3dTranspose({filters: 2, kernelSize: 2, strides: 2, name: 'lc_d8'});
const m = tf.layers.conv3dTranspose({filters: 1, kernelSize: [1, 2, 3], strides: [1, 2, 1], padding: 'same', name: 'lc_d9'});
l.build([null, 2, 2, 2, 1]); m.build([null, 2, 2, 2, 1]);
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2, 1]).div(4), tf.tensor1d([1, -1])]);
m.setWeights([tf.range(-3, 3).reshape([1, 2, 3, 1, 1]).div(4), tf.tensor1d([1])]);
const x = tf.range(1, 9).reshape([1, 2, 2, 2, 1]);
return [l.apply(x), m.apply(x), l.weights.map(w => w.shape), m.apply(tf.input({shape: [2, null, 2, 1]})).shape];
// @py
l = tf.layers.conv3dTranspose({'filters': 2, 'kernelSize': 2, 'strides': 2, 'name': 'lc_d8'})
m = tf.layers.conv3dTranspose({'filters': 1, 'kernelSize': [1, 2, 3], 'strides': [1, 2, 1], 'padding': 'same', 'name': 'lc_d9'})
l.build([None, 2, 2, 2, 1])
m.build([None, 2, 2, 2, 1])
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2, 1]).div(4), tf.tensor1d([1, -1])])
m.setWeights([tf.range(-3, 3).reshape([1, 2, 3, 1, 1]).div(4), tf.tensor1d([1])])
x = tf.range(1, 9).reshape([1, 2, 2, 2, 1])
return [l.apply(x), m.apply(x), [w.shape for w in l.weights], m.apply(tf.input({'shape': [2, None, 2, 1]})).shape]
// @case depthwise_values
const l = tf.layers.depthwiseConv2d({kernelSize: 2, depthMultiplier: 2, name: 'lc_f1'});
const m = tf.layers.depthwiseConv2d({kernelSize: [2, 3], strides: 2, padding: 'same', name: 'lc_f2'});
l.build([null, 3, 3, 2]); m.build([null, 3, 3, 2]);
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.tensor1d([1, 0, -1, 2])]);
m.setWeights([tf.range(-6, 6).reshape([2, 3, 2, 1]).div(4), tf.tensor1d([1, -1])]);
const x = tf.range(0, 18).reshape([1, 3, 3, 2]);
return [l.apply(x), m.apply(x)];
// @case depthwise_dilation_ignored_and_channels_first
// TF.js's DepthwiseConv2D keeps dilationRate in its config but does not use it.
const l = tf.layers.depthwiseConv2d({kernelSize: 2, dilationRate: 2, depthwiseInitializer: 'ones', name: 'lc_f3'});
const m = tf.layers.depthwiseConv2d({kernelSize: 2, padding: 'same', dilationRate: 2, depthwiseInitializer: 'ones', name: 'lc_f4'});
const n = tf.layers.depthwiseConv2d({kernelSize: 2, depthMultiplier: 2, dataFormat: 'channelsFirst', activation: 'relu', name: 'lc_f5'});
n.build([null, 2, 3, 3]);
n.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.tensor1d([1, 0, -1, 2])]);
const x = tf.range(0, 25).reshape([1, 5, 5, 1]);
return [l.apply(x), m.apply(x), l.apply(tf.input({shape: [5, 5, 1]})).shape, n.apply(tf.range(-9, 9).reshape([1, 2, 3, 3])), n.getWeights().map(w => w.shape), tf.layers.depthwiseConv2d({kernelSize: 2, strides: 2, dilationRate: 2, name: 'lc_f6'}).apply(tf.ones([1, 6, 6, 1])).shape];
// @py
l = tf.layers.depthwiseConv2d({'kernelSize': 2, 'dilationRate': 2, 'depthwiseInitializer': 'ones', 'name': 'lc_f3'})
m = tf.layers.depthwiseConv2d({'kernelSize': 2, 'padding': 'same', 'dilationRate': 2, 'depthwiseInitializer': 'ones', 'name': 'lc_f4'})
n = tf.layers.depthwiseConv2d({'kernelSize': 2, 'depthMultiplier': 2, 'dataFormat': 'channelsFirst', 'activation': 'relu', 'name': 'lc_f5'})
n.build([None, 2, 3, 3])
n.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.tensor1d([1, 0, -1, 2])])
x = tf.range(0, 25).reshape([1, 5, 5, 1])
return [l.apply(x), m.apply(x), l.apply(tf.input({'shape': [5, 5, 1]})).shape, n.apply(tf.range(-9, 9).reshape([1, 2, 3, 3])), [w.shape for w in n.getWeights()], tf.layers.depthwiseConv2d({'kernelSize': 2, 'strides': 2, 'dilationRate': 2, 'name': 'lc_f6'}).apply(tf.ones([1, 6, 6, 1])).shape]
// @case depthwise_shapes_and_errors
const l = tf.layers.depthwiseConv2d({kernelSize: 3, depthMultiplier: 3, strides: 2, name: 'lc_f7'});
const y = l.apply(tf.input({shape: [7, null, 2]}));
try { tf.layers.depthwiseConv2d({kernelSize: 2, name: 'lc_f8'}).apply(tf.ones([1, 3, 3])); } catch (e) { console.log(e.message); }
try { tf.layers.depthwiseConv2d({kernelSize: 2, name: 'lc_f9'}).apply(tf.input({shape: [3, 3, null]})); } catch (e) { console.log(e.message); }
try { tf.layers.depthwiseConv2d({kernelSize: 2, name: 'lc_f10'}).apply(tf.ones([1, 3, 3, 1], 'int32')); } catch (e) { console.log(e.message); }
return [y.shape, l.weights.map(w => [w.name, w.shape]), l.countParams(), tf.layers.depthwiseConv2d({kernelSize: 3, depthMultiplier: 3, strides: 2, dataFormat: 'channelsFirst', name: 'lc_f11'}).apply(tf.input({shape: [2, 7, 8]})).shape];
// @py
l = tf.layers.depthwiseConv2d({'kernelSize': 3, 'depthMultiplier': 3, 'strides': 2, 'name': 'lc_f7'})
y = l.apply(tf.input({'shape': [7, None, 2]}))
for f in [lambda: tf.layers.depthwiseConv2d({'kernelSize': 2, 'name': 'lc_f8'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.depthwiseConv2d({'kernelSize': 2, 'name': 'lc_f9'}).apply(tf.input({'shape': [3, 3, None]})), lambda: tf.layers.depthwiseConv2d({'kernelSize': 2, 'name': 'lc_f10'}).apply(tf.ones([1, 3, 3, 1], 'int32'))]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [y.shape, [[w.name, w.shape] for w in l.weights], l.countParams(), tf.layers.depthwiseConv2d({'kernelSize': 3, 'depthMultiplier': 3, 'strides': 2, 'dataFormat': 'channelsFirst', 'name': 'lc_f11'}).apply(tf.input({'shape': [2, 7, 8]})).shape]
// @case separable_values
const l = tf.layers.separableConv2d({filters: 3, kernelSize: 2, depthMultiplier: 2, name: 'lc_g1'});
const m = tf.layers.separableConv2d({filters: 2, kernelSize: 3, padding: 'same', strides: 2, name: 'lc_g2'});
const n = tf.layers.separableConv2d({filters: 2, kernelSize: 2, dilationRate: 2, dataFormat: 'channelsFirst', name: 'lc_g3'});
l.build([null, 3, 3, 2]); m.build([null, 3, 3, 2]); n.build([null, 2, 4, 4]);
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.range(-6, 6).reshape([1, 1, 4, 3]).div(4), tf.tensor1d([1, 0, -1])]);
m.setWeights([tf.range(-9, 9).reshape([3, 3, 2, 1]).div(4), tf.tensor2d([[1, -1], [0.5, 2]]).reshape([1, 1, 2, 2]), tf.tensor1d([1, -1])]);
n.setWeights([tf.range(-4, 4).reshape([2, 2, 2, 1]).div(4), tf.tensor2d([[1, -1], [0.5, 2]]).reshape([1, 1, 2, 2]), tf.tensor1d([1, -1])]);
const x = tf.range(0, 18).reshape([1, 3, 3, 2]);
// channelsFirst: TF.js adds the bias along rows of its channels-last result.
const k = tf.layers.separableConv2d({filters: 3, kernelSize: 1, dataFormat: 'channelsFirst', depthwiseInitializer: 'ones', biasInitializer: 'ones', name: 'lc_g3b'});
let err = null;
try { k.apply(tf.ones([1, 2, 4, 5])); } catch (e) { err = e.message; }
return [l.apply(x), m.apply(x), n.apply(tf.range(0, 32).reshape([1, 2, 4, 4])), k.apply(tf.ones([1, 2, 1, 2])), err];
// @py
l = tf.layers.separableConv2d({'filters': 3, 'kernelSize': 2, 'depthMultiplier': 2, 'name': 'lc_g1'})
m = tf.layers.separableConv2d({'filters': 2, 'kernelSize': 3, 'padding': 'same', 'strides': 2, 'name': 'lc_g2'})
n = tf.layers.separableConv2d({'filters': 2, 'kernelSize': 2, 'dilationRate': 2, 'dataFormat': 'channelsFirst', 'name': 'lc_g3'})
l.build([None, 3, 3, 2])
m.build([None, 3, 3, 2])
n.build([None, 2, 4, 4])
l.setWeights([tf.range(-8, 8).reshape([2, 2, 2, 2]).div(4), tf.range(-6, 6).reshape([1, 1, 4, 3]).div(4), tf.tensor1d([1, 0, -1])])
m.setWeights([tf.range(-9, 9).reshape([3, 3, 2, 1]).div(4), tf.tensor2d([[1, -1], [0.5, 2]]).reshape([1, 1, 2, 2]), tf.tensor1d([1, -1])])
n.setWeights([tf.range(-4, 4).reshape([2, 2, 2, 1]).div(4), tf.tensor2d([[1, -1], [0.5, 2]]).reshape([1, 1, 2, 2]), tf.tensor1d([1, -1])])
x = tf.range(0, 18).reshape([1, 3, 3, 2])
k = tf.layers.separableConv2d({'filters': 3, 'kernelSize': 1, 'dataFormat': 'channelsFirst', 'depthwiseInitializer': 'ones', 'biasInitializer': 'ones', 'name': 'lc_g3b'})
err = None
try:
    k.apply(tf.ones([1, 2, 4, 5]))
except Exception as e:
    err = str(e)
return [l.apply(x), m.apply(x), n.apply(tf.range(0, 32).reshape([1, 2, 4, 4])), k.apply(tf.ones([1, 2, 1, 2])), err]
// @case separable_shapes_and_errors
const l = tf.layers.separableConv2d({filters: 5, kernelSize: 3, depthMultiplier: 2, padding: 'same', strides: 2, name: 'lc_g4'});
const y = l.apply(tf.input({shape: [7, 8, 2]}));
try { tf.layers.separableConv2d({filters: 2, kernelSize: 2, name: 'lc_g5'}).apply(tf.ones([1, 3, 3])); } catch (e) { console.log(e.message); }
try { tf.layers.separableConv2d({filters: 2, kernelSize: 2, name: 'lc_g6'}).apply(tf.input({shape: [3, 3, null]})); } catch (e) { console.log(e.message); }
try { tf.layers.separableConv2d({filters: 1, kernelSize: 2, strides: 2, dilationRate: 2, name: 'lc_g7'}).apply(tf.ones([1, 6, 6, 1])); } catch (e) { console.log(e.message); }
try { tf.layers.separableConv2d({filters: 1, kernelSize: 2, name: 'lc_g8'}).apply(tf.ones([1, 6, 6, 1], 'int32')); } catch (e) { console.log(e.message); }
return [y.shape, l.weights.map(w => [w.name, w.shape]), l.countParams()];
// @py
l = tf.layers.separableConv2d({'filters': 5, 'kernelSize': 3, 'depthMultiplier': 2, 'padding': 'same', 'strides': 2, 'name': 'lc_g4'})
y = l.apply(tf.input({'shape': [7, 8, 2]}))
for f in [lambda: tf.layers.separableConv2d({'filters': 2, 'kernelSize': 2, 'name': 'lc_g5'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.separableConv2d({'filters': 2, 'kernelSize': 2, 'name': 'lc_g6'}).apply(tf.input({'shape': [3, 3, None]})), lambda: tf.layers.separableConv2d({'filters': 1, 'kernelSize': 2, 'strides': 2, 'dilationRate': 2, 'name': 'lc_g7'}).apply(tf.ones([1, 6, 6, 1])), lambda: tf.layers.separableConv2d({'filters': 1, 'kernelSize': 2, 'name': 'lc_g8'}).apply(tf.ones([1, 6, 6, 1], 'int32'))]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [y.shape, [[w.name, w.shape] for w in l.weights], l.countParams()]
// @case count_params_before_build
tf.layers.conv2d({filters: 5, kernelSize: [3, 2], name: 'lc_h1'}).countParams();
// @case cropping_values
const x = tf.range(0, 30).reshape([1, 5, 6, 1]);
return [tf.layers.cropping2D({cropping: 1, name: 'lc_i1'}).apply(x), tf.layers.cropping2D({cropping: [1, 2], name: 'lc_i2'}).apply(x), tf.layers.cropping2D({cropping: [[0, 2], [3, 1]], name: 'lc_i3'}).apply(x), tf.layers.cropping2D({cropping: [[1, 0], [2, 1]], dataFormat: 'channelsFirst', name: 'lc_i4'}).apply(x.reshape([1, 1, 5, 6])), tf.layers.cropping2D({cropping: 1, name: 'lc_i5'}).apply(tf.ones([1, 3, 3, 2], 'int32')), tf.layers.cropping2D({cropping: [[2, 1], [1, 1]], name: 'lc_i6'}).apply(tf.ones([1, 2, 2, 1])).shape];
// @case cropping_shapes_and_errors
try { tf.layers.cropping2D({cropping: 1, name: 'lc_i7'}).apply(tf.ones([1, 3, 3])); } catch (e) { console.log(e.message); }
try { tf.layers.cropping2D({name: 'lc_i8'}); } catch (e) { console.log(e.message); }
return [tf.layers.cropping2D({cropping: [1, 2], name: 'lc_i9'}).apply(tf.input({shape: [null, 6, 1]})).shape, tf.layers.cropping2D({cropping: [[1, 0], [2, 1]], dataFormat: 'channelsFirst', name: 'lc_i10'}).apply(tf.input({shape: [1, 5, 6]})).shape];
// @py
for f in [lambda: tf.layers.cropping2D({'cropping': 1, 'name': 'lc_i7'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.cropping2D({'name': 'lc_i8'})]:
    try:
        f()
    except Exception as e:
        console.log(str(e))
return [tf.layers.cropping2D({'cropping': [1, 2], 'name': 'lc_i9'}).apply(tf.input({'shape': [None, 6, 1]})).shape, tf.layers.cropping2D({'cropping': [[1, 0], [2, 1]], 'dataFormat': 'channelsFirst', 'name': 'lc_i10'}).apply(tf.input({'shape': [1, 5, 6]})).shape]
// @case zero_padding_values
const x = tf.range(1, 7).reshape([1, 2, 3, 1]);
return [tf.layers.zeroPadding2d({name: 'lc_j1'}).apply(x), tf.layers.zeroPadding2d({padding: [1, 2], name: 'lc_j2'}).apply(x), tf.layers.zeroPadding2d({padding: [[0, 2], [1, 0]], name: 'lc_j3'}).apply(x), tf.layers.zeroPadding2d({padding: [[1, 0], [0, 1]], dataFormat: 'channelsFirst', name: 'lc_j4'}).apply(x.reshape([1, 1, 2, 3])), tf.layers.zeroPadding2d({name: 'lc_j5'}).apply(tf.ones([1, 1, 1, 2], 'int32'))];
// @case zero_padding_shapes_and_errors
const tries = [() => tf.layers.zeroPadding2d({padding: [1, 2, 3]}), () => tf.layers.zeroPadding2d({padding: [[1], [3, 4]]}), () => tf.layers.zeroPadding2d({padding: [[1, 2], 3]}), () => tf.layers.zeroPadding2d({padding: [[1, 2], [3, 4, 5]]}), () => tf.layers.zeroPadding2d({name: 'lc_j6'}).apply(tf.ones([1, 3, 3])), () => tf.layers.zeroPadding2d({padding: 1, dataFormat: 'x', name: 'lc_j7'}).apply(tf.ones([1, 2, 2, 1]))];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
return [tf.layers.zeroPadding2d({padding: [1, 2], name: 'lc_j8'}).apply(tf.input({shape: [null, 6, 1]})).shape, tf.layers.zeroPadding2d({padding: [[1, 2], [3, 4]], dataFormat: 'channelsFirst', name: 'lc_j9'}).apply(tf.input({shape: [1, 6, 2]})).shape];
// @py
tries = [lambda: tf.layers.zeroPadding2d({'padding': [1, 2, 3]}), lambda: tf.layers.zeroPadding2d({'padding': [[1], [3, 4]]}), lambda: tf.layers.zeroPadding2d({'padding': [[1, 2], 3]}), lambda: tf.layers.zeroPadding2d({'padding': [[1, 2], [3, 4, 5]]}), lambda: tf.layers.zeroPadding2d({'name': 'lc_j6'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.zeroPadding2d({'padding': 1, 'dataFormat': 'x', 'name': 'lc_j7'}).apply(tf.ones([1, 2, 2, 1]))]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
return [tf.layers.zeroPadding2d({'padding': [1, 2], 'name': 'lc_j8'}).apply(tf.input({'shape': [None, 6, 1]})).shape, tf.layers.zeroPadding2d({'padding': [[1, 2], [3, 4]], 'dataFormat': 'channelsFirst', 'name': 'lc_j9'}).apply(tf.input({'shape': [1, 6, 2]})).shape]
// @case upsampling_nearest
const x = tf.range(1, 9).reshape([1, 2, 2, 2]);
return [tf.layers.upSampling2d({name: 'lc_k1'}).apply(x), tf.layers.upSampling2d({size: [2, 3], name: 'lc_k2'}).apply(x), tf.layers.upSampling2d({size: [1, 3], dataFormat: 'channelsFirst', name: 'lc_k3'}).apply(x), tf.layers.upSampling2d({name: 'lc_k4'}).apply(tf.ones([1, 1, 1, 1], 'int32'))];
// @case upsampling_bilinear
// TF.js resizeBilinear (alignCorners and halfPixelCenters off), blended in float64.
const x = tf.tensor([1, 2, 3, 4, 5, 6, 7, 8, -1, 0.5, 3, 9], [1, 2, 3, 2]);
return [tf.layers.upSampling2d({size: [2, 3], interpolation: 'bilinear', name: 'lc_k5'}).apply(x), tf.layers.upSampling2d({size: [3, 2], interpolation: 'bilinear', dataFormat: 'channelsFirst', name: 'lc_k6'}).apply(x), tf.layers.upSampling2d({interpolation: 'bilinear', name: 'lc_k7'}).apply(tf.ones([1, 1, 2, 1], 'int32'))];
// @case upsampling_shapes_and_errors
const tries = [() => tf.layers.upSampling2d({interpolation: 'bicubic'}), () => tf.layers.upSampling2d({dataFormat: 'x'}), () => tf.layers.upSampling2d({name: 'lc_k8'}).apply(tf.ones([1, 3, 3])), () => tf.layers.upSampling2d()];
for (const f of tries) { try { f(); console.log('ok'); } catch (e) { console.log(e.message); } }
return [tf.layers.upSampling2d({size: [2, 3], name: 'lc_k9'}).apply(tf.input({shape: [null, 6, 1]})).shape, tf.layers.upSampling2d({size: [2, 3], dataFormat: 'channelsFirst', name: 'lc_k10'}).apply(tf.input({shape: [2, 2, 2]})).shape];
// @py
tries = [lambda: tf.layers.upSampling2d({'interpolation': 'bicubic'}), lambda: tf.layers.upSampling2d({'dataFormat': 'x'}), lambda: tf.layers.upSampling2d({'name': 'lc_k8'}).apply(tf.ones([1, 3, 3])), lambda: tf.layers.upSampling2d()]
for f in tries:
    try:
        f()
        console.log('ok')
    except Exception as e:
        console.log(str(e))
return [tf.layers.upSampling2d({'size': [2, 3], 'name': 'lc_k9'}).apply(tf.input({'shape': [None, 6, 1]})).shape, tf.layers.upSampling2d({'size': [2, 3], 'dataFormat': 'channelsFirst', 'name': 'lc_k10'}).apply(tf.input({'shape': [2, 2, 2]})).shape]
// @case conv_in_sequential_model
const model = tf.sequential({layers: [tf.layers.conv2d({filters: 2, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: 'ones', biasInitializer: 'zeros', inputShape: [4, 4, 1], name: 'lc_m1'}), tf.layers.maxPooling2d({name: 'lc_m2'}), tf.layers.zeroPadding2d({name: 'lc_m3'}), tf.layers.upSampling2d({name: 'lc_m4'}), tf.layers.cropping2D({cropping: 1, name: 'lc_m5'}), tf.layers.separableConv2d({filters: 1, kernelSize: 2, depthwiseInitializer: 'ones', pointwiseInitializer: 'ones', name: 'lc_m6'}), tf.layers.globalAveragePooling2d({name: 'lc_m7'})]});
return [JSON.stringify(model.outputShape), JSON.stringify(model.layers.map(l => l.outputShape)), model.countParams(), model.predict(tf.range(0, 16).reshape([1, 4, 4, 1]).div(16))];
// @py
model = tf.sequential({'layers': [tf.layers.conv2d({'filters': 2, 'kernelSize': 3, 'padding': 'same', 'activation': 'relu', 'kernelInitializer': 'ones', 'biasInitializer': 'zeros', 'inputShape': [4, 4, 1], 'name': 'lc_m1'}), tf.layers.maxPooling2d({'name': 'lc_m2'}), tf.layers.zeroPadding2d({'name': 'lc_m3'}), tf.layers.upSampling2d({'name': 'lc_m4'}), tf.layers.cropping2D({'cropping': 1, 'name': 'lc_m5'}), tf.layers.separableConv2d({'filters': 1, 'kernelSize': 2, 'depthwiseInitializer': 'ones', 'pointwiseInitializer': 'ones', 'name': 'lc_m6'}), tf.layers.globalAveragePooling2d({'name': 'lc_m7'})]})
return [JSON.stringify(model.outputShape), JSON.stringify([l.outputShape for l in model.layers]), model.countParams(), model.predict(tf.range(0, 16).reshape([1, 4, 4, 1]).div(16))]
// @case conv_regularizers_constraints_config
const l = tf.layers.conv2d({filters: 1, kernelSize: 1, kernelRegularizer: 'l1l2', biasRegularizer: tf.regularizers.l2({l2: 0.5}), activityRegularizer: tf.regularizers.l1({l1: 0.25}), kernelConstraint: 'nonNeg', biasConstraint: tf.constraints.maxNorm({maxValue: 2}), name: 'lc_r1'});
const d = tf.layers.depthwiseConv2d({kernelSize: 1, depthwiseRegularizer: 'l1l2', depthwiseConstraint: 'unitNorm', name: 'lc_r2'});
const s = tf.layers.separableConv2d({filters: 1, kernelSize: 1, depthwiseRegularizer: 'l1l2', pointwiseConstraint: 'nonNeg', name: 'lc_r3'});
return [JSON.stringify(l.getConfig()), JSON.stringify(d.getConfig()), JSON.stringify(s.getConfig())];
