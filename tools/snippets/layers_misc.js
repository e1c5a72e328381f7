// Embedding, advanced activations, noise and preprocessing layers
// (tfjs_compat/layers/embeddings.py, advanced_activations.py, noise.py, preprocessing.py).
// @case auto_names_and_configs fresh
const ls = [tf.layers.embedding({inputDim: 5, outputDim: 3}), tf.layers.reLU(), tf.layers.leakyReLU(), tf.layers.prelu(), tf.layers.elu(), tf.layers.thresholdedReLU(), tf.layers.softmax(), tf.layers.gaussianNoise({stddev: 0.5}), tf.layers.gaussianDropout({rate: 0.5}), tf.layers.alphaDropout({rate: 0.5}), tf.layers.rescaling({scale: 2}), tf.layers.centerCrop({height: 2, width: 2}), tf.layers.resizing({height: 2, width: 2}), tf.layers.categoryEncoding({numTokens: 4}), tf.layers.randomWidth({factor: 0.5}), tf.layers.reLU({maxValue: 2})];
for (const l of ls) console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), !!l.supportsMasking);
// @py
ls = [tf.layers.embedding({'inputDim': 5, 'outputDim': 3}), tf.layers.reLU(), tf.layers.leakyReLU(), tf.layers.prelu(), tf.layers.elu(), tf.layers.thresholdedReLU(), tf.layers.softmax(), tf.layers.gaussianNoise({'stddev': 0.5}), tf.layers.gaussianDropout({'rate': 0.5}), tf.layers.alphaDropout({'rate': 0.5}), tf.layers.rescaling({'scale': 2}), tf.layers.centerCrop({'height': 2, 'width': 2}), tf.layers.resizing({'height': 2, 'width': 2}), tf.layers.categoryEncoding({'numTokens': 4}), tf.layers.randomWidth({'factor': 0.5}), tf.layers.reLU({'maxValue': 2})]
for l in ls:
    console.log(l.name, l.getClassName(), JSON.stringify(l.getConfig()), bool(l.supportsMasking))
// @case option_configs
const ls = [tf.layers.embedding({inputDim: 4, outputDim: 2, embeddingsInitializer: 'ones', embeddingsRegularizer: tf.regularizers.l2(), activityRegularizer: tf.regularizers.l1(), embeddingsConstraint: 'nonNeg', maskZero: false, name: 'e1'}), tf.layers.embedding({inputDim: 4, outputDim: 2, inputShape: [4], batchSize: 2, name: 'e2'}), tf.layers.embedding({inputDim: 3, outputDim: 2, batchSize: 2, inputLength: 7, maskZero: true, name: 'e3'}), tf.layers.embedding({inputDim: 3, outputDim: 2, inputLength: [5, 6], name: 'e4'}), tf.layers.leakyReLU({alpha: 0.1, name: 'a1'}), tf.layers.prelu({alphaInitializer: 'ones', sharedAxes: 2, alphaConstraint: 'nonNeg', name: 'a2'}), tf.layers.thresholdedReLU({theta: 0.5, name: 'a3'}), tf.layers.softmax({axis: [0, 1], name: 'a4'}), tf.layers.elu({alpha: 1, name: 'a5'}), tf.layers.gaussianNoise({stddev: 1, seed: 3, name: 'n1'}), tf.layers.gaussianNoise({name: 'n2'}), tf.layers.alphaDropout({rate: 0.2, noiseShape: [1, 3], seed: 3, name: 'n3'}), tf.layers.gaussianDropout({rate: 0.2, seed: 3, name: 'n4'}), tf.layers.rescaling({scale: 0.5, offset: -1, name: 'p1'}), tf.layers.rescaling({name: 'p2'}), tf.layers.centerCrop({name: 'p3'}), tf.layers.resizing({height: 2, width: 3, interpolation: 'nearest', cropToAspectRatio: true, name: 'p4'}), tf.layers.resizing({name: 'p5'}), tf.layers.categoryEncoding({numTokens: 3, outputMode: 'count', name: 'p6'}), tf.layers.categoryEncoding({name: 'p7'}), tf.layers.randomWidth({factor: [-0.2, 0.3], seed: 5, interpolation: 'nearest', name: 'p8'}), tf.layers.randomWidth({factor: [-1, 0], name: 'p9'})];
for (const l of ls) console.log(JSON.stringify(l.getConfig()));
// @py
ls = [tf.layers.embedding({'inputDim': 4, 'outputDim': 2, 'embeddingsInitializer': 'ones', 'embeddingsRegularizer': tf.regularizers.l2(), 'activityRegularizer': tf.regularizers.l1(), 'embeddingsConstraint': 'nonNeg', 'maskZero': False, 'name': 'e1'}), tf.layers.embedding({'inputDim': 4, 'outputDim': 2, 'inputShape': [4], 'batchSize': 2, 'name': 'e2'}), tf.layers.embedding({'inputDim': 3, 'outputDim': 2, 'batchSize': 2, 'inputLength': 7, 'maskZero': True, 'name': 'e3'}), tf.layers.embedding({'inputDim': 3, 'outputDim': 2, 'inputLength': [5, 6], 'name': 'e4'}), tf.layers.leakyReLU({'alpha': 0.1, 'name': 'a1'}), tf.layers.prelu({'alphaInitializer': 'ones', 'sharedAxes': 2, 'alphaConstraint': 'nonNeg', 'name': 'a2'}), tf.layers.thresholdedReLU({'theta': 0.5, 'name': 'a3'}), tf.layers.softmax({'axis': [0, 1], 'name': 'a4'}), tf.layers.elu({'alpha': 1, 'name': 'a5'}), tf.layers.gaussianNoise({'stddev': 1, 'seed': 3, 'name': 'n1'}), tf.layers.gaussianNoise({'name': 'n2'}), tf.layers.alphaDropout({'rate': 0.2, 'noiseShape': [1, 3], 'seed': 3, 'name': 'n3'}), tf.layers.gaussianDropout({'rate': 0.2, 'seed': 3, 'name': 'n4'}), tf.layers.rescaling({'scale': 0.5, 'offset': -1, 'name': 'p1'}), tf.layers.rescaling({'name': 'p2'}), tf.layers.centerCrop({'name': 'p3'}), tf.layers.resizing({'height': 2, 'width': 3, 'interpolation': 'nearest', 'cropToAspectRatio': True, 'name': 'p4'}), tf.layers.resizing({'name': 'p5'}), tf.layers.categoryEncoding({'numTokens': 3, 'outputMode': 'count', 'name': 'p6'}), tf.layers.categoryEncoding({'name': 'p7'}), tf.layers.randomWidth({'factor': [-0.2, 0.3], 'seed': 5, 'interpolation': 'nearest', 'name': 'p8'}), tf.layers.randomWidth({'factor': [-1, 0], 'name': 'p9'})]
for l in ls:
    console.log(JSON.stringify(l.getConfig()))
// @case embedding_values
const W = tf.tensor2d([[0, 0.5], [1, 1.5], [2, 2.5], [3, 3.5]]);
const e = tf.layers.embedding({inputDim: 4, outputDim: 2, weights: [W], name: 'em'});
return [e.apply(tf.tensor2d([[0, 3], [2, 1]])), e.apply(tf.tensor2d([[0, 3], [2, 1]], [2, 2], 'int32')), e.apply(tf.tensor1d([0, 3, 1.7])), e.apply(tf.scalar(2)), e.apply(tf.ones([2, 2, 2])), e.weights[0].name, e.weights[0].shape, e.countParams()];
// @case embedding_mask_zero
const W = tf.tensor2d([[0, 0.5], [1, 1.5], [2, 2.5], [3, 3.5]]);
const e = tf.layers.embedding({inputDim: 4, outputDim: 2, weights: [W], maskZero: true});
const x = tf.tensor2d([[0, 3], [2, 0]]);
return [e.apply(x), e.computeMask(x), tf.layers.embedding({inputDim: 4, outputDim: 2}).computeMask(x)];
// @case embedding_mask_in_model
const model = tf.sequential({layers: [tf.layers.embedding({inputDim: 4, outputDim: 2, embeddingsInitializer: 'ones', maskZero: true, inputLength: 3}), tf.layers.simpleRNN({units: 1, kernelInitializer: 'ones', recurrentInitializer: 'ones'})]});
return model.predict(tf.tensor2d([[1, 2, 0], [0, 0, 3], [1, 0, 0]]));
// @case embedding_shapes
const e1 = tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: 5});
const e2 = tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: [5, null]});
const e3 = tf.layers.embedding({inputDim: 4, outputDim: 2});
const m = tf.sequential({layers: [tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: 3})]});
return [e1.apply(tf.input({shape: [5]})).shape, e1.computeOutputShape([null, 5]), e2.computeOutputShape([null, 5, 6]), e3.computeOutputShape([null, 4]), e3.computeOutputShape([null]), e3.computeOutputShape([null, null, 3]), m.outputs[0].shape, m.inputs[0].shape];
// @case embedding_input_length_error
tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: 5}).computeOutputShape([3, 5, 2]);
// @case embedding_input_length_error_eager
tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: 5}).apply(tf.ones([2, 3]));
// @case embedding_input_length_list_error
tf.layers.embedding({inputDim: 4, outputDim: 2, inputLength: [5, 6]}).computeOutputShape([null, 5]);
// @case embedding_index_too_big
tf.layers.embedding({inputDim: 4, outputDim: 2}).apply(tf.tensor1d([0, 5]));
// @case embedding_index_negative
tf.layers.embedding({inputDim: 4, outputDim: 2}).apply(tf.tensor1d([0, -1.7]));
// @case embedding_no_input_dim
tf.layers.embedding({outputDim: 2});
// @case embedding_no_output_dim
tf.layers.embedding({inputDim: 2});
// @case embedding_zero_input_dim
tf.layers.embedding({inputDim: 0, outputDim: 2});
// @case embedding_fractional_output_dim
tf.layers.embedding({inputDim: 2, outputDim: 1.5});
// @case embedding_string_input_dim
tf.layers.embedding({inputDim: '3', outputDim: 2});
// @case embedding_no_args
tf.layers.embedding();
// @case activations_values
const x = tf.tensor3d([[[-2, -0.5, 0.5], [1, 3, 8]]]);
const x2 = tf.tensor2d([[-2, -0.5, 0.5], [1, 3, 8]]);
return [tf.layers.reLU().apply(x), tf.layers.reLU({maxValue: 2}).apply(x), tf.layers.reLU({maxValue: 0}).apply(x), tf.layers.leakyReLU().apply(x), tf.layers.leakyReLU({alpha: 0.1}).apply(x), tf.layers.elu().apply(x), tf.layers.thresholdedReLU().apply(x), tf.layers.thresholdedReLU({theta: 0.5}).apply(x), tf.layers.thresholdedReLU({theta: 1}).apply(tf.tensor1d([0.5, 1, 1.5])), tf.layers.softmax().apply(x2), tf.layers.softmax({axis: -1}).apply(x), tf.layers.softmax({axis: [1]}).apply(x2), tf.layers.softmax({axis: [0, 1]}).apply(x2), tf.layers.softmax({axis: [1, 2]}).apply(x)];
// @case softmax_default_axis_rank1_error
tf.layers.softmax().apply(tf.tensor1d([1, 2]));
// @case activations_dtypes
const i = tf.tensor1d([-1, 2, 5], 'int32');
return [tf.layers.reLU().apply(i), tf.layers.reLU({maxValue: 2}).apply(i), tf.layers.leakyReLU().apply(i), tf.layers.thresholdedReLU().apply(i), tf.layers.prelu().apply(i), tf.layers.reLU().apply(tf.tensor1d([true, false], 'bool')), tf.layers.reLU().apply(tf.scalar(-3))];
// @case activations_shapes
const r = [];
for (const l of [tf.layers.reLU(), tf.layers.leakyReLU(), tf.layers.prelu(), tf.layers.elu(), tf.layers.thresholdedReLU(), tf.layers.softmax()]) r.push(l.apply(tf.input({shape: [3, 4]})).shape, l.computeOutputShape([null, 7]));
return r;
// @py
r = []
for l in [tf.layers.reLU(), tf.layers.leakyReLU(), tf.layers.prelu(), tf.layers.elu(), tf.layers.thresholdedReLU(), tf.layers.softmax()]:
    r.extend([l.apply(tf.input({'shape': [3, 4]})).shape, l.computeOutputShape([None, 7])])
return r
// @case elu_alpha_error
tf.layers.elu({alpha: 0.5});
// @case elu_int_error
tf.layers.elu().apply(tf.tensor1d([-1, 2], 'int32'));
// @case softmax_int_error
tf.layers.softmax({axis: -1}).apply(tf.tensor1d([-1, 2], 'int32'));
// @case softmax_default_axis_rank3_error
tf.layers.softmax().apply(tf.ones([1, 2, 3]));
// @case softmax_axis0_error
tf.layers.softmax({axis: 0}).apply(tf.ones([2, 2]));
// @case softmax_scalar_error
tf.layers.softmax({axis: -1}).apply(tf.scalar(3));
// @case softmax_mask
const x = tf.tensor2d([[1, 2, 3], [0, 0, 0]]);
const m = tf.tensor2d([[1, 0, 1], [1, 1, 0]], [2, 3], 'bool');
return tf.layers.softmax().apply(x, {mask: m});
// @case prelu_values
const x = tf.tensor3d([[[-2, -0.5, 0.5], [1, -3, 8]]]);
const p1 = tf.layers.prelu({alphaInitializer: tf.initializers.constant({value: 0.25}), name: 'pa'});
const p2 = tf.layers.prelu({sharedAxes: [1], name: 'pb'});
p2.build([null, 2, 3]);
p2.setWeights([tf.tensor2d([[0.1, 0.2, 0.3]])]);
const p3 = tf.layers.prelu({sharedAxes: 2, alphaInitializer: 'ones', name: 'pc'});
const p4 = tf.layers.prelu({sharedAxes: [1, 2], name: 'pd'});
const p5 = tf.layers.prelu({sharedAxes: [0], name: 'pe'});
p4.apply(tf.ones([2, 3, 4, 5]));
p5.apply(tf.ones([2, 3]));
return [p1.apply(x), p1.weights[0].name, p1.weights[0].shape, p2.apply(x), p3.apply(x), p3.weights[0].shape, p4.weights[0].shape, p5.weights[0].shape, p1.countParams()];
// @case prelu_symbolic_shape
const p = tf.layers.prelu({sharedAxes: [1]});
return [p.apply(tf.input({shape: [3, 4]})).shape, p.weights[0].shape];
// @case prelu_shared_axes_pins_dims
const p = tf.layers.prelu({sharedAxes: [1], name: 'pf'});
p.apply(tf.ones([2, 3, 4]));
p.apply(tf.ones([2, 5, 4]));
// @case prelu_broadcast_error
const p = tf.layers.prelu({});
p.apply(tf.ones([2, 3]));
p.apply(tf.ones([2, 4]));
// @case prelu_rank_error
const p = tf.layers.prelu({name: 'pg'});
p.apply(tf.ones([2, 3]));
p.apply(tf.ones([2, 3, 1]));
// @case noise_inference_identity
const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const i = tf.tensor1d([1, 2], 'int32');
return [tf.layers.gaussianNoise({stddev: 1}).apply(x), tf.layers.gaussianDropout({rate: 0.5}).apply(x), tf.layers.alphaDropout({rate: 0.5}).apply(x), tf.layers.gaussianNoise({stddev: 1}).apply(i), tf.layers.gaussianDropout({rate: 0.5}).apply(x, {training: false}), tf.layers.gaussianNoise({stddev: 1}).computeOutputShape([null, 3]), tf.layers.alphaDropout({rate: 0.5}).apply(tf.input({shape: [3]})).shape];
// @case noise_training_rate_bounds_identity
const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
return [tf.layers.alphaDropout({rate: 0}).apply(x, {training: true}), tf.layers.alphaDropout({rate: 1}).apply(x, {training: true}), tf.layers.gaussianDropout({rate: 0}).apply(x, {training: true}), tf.layers.gaussianDropout({rate: 1}).apply(x, {training: true}), tf.layers.gaussianDropout({rate: -1}).apply(x, {training: true}), tf.layers.gaussianNoise({stddev: 0}).apply(x, {training: true})];
// @case noise_training_statistics
// Random in TF.js too (seeds are ignored): check shapes, dtypes and moments only.
const x = tf.ones([200, 100]);
const g = tf.layers.gaussianNoise({stddev: 0.5}).apply(x, {training: true});
const gd = tf.layers.gaussianDropout({rate: 0.2}).apply(x.mul(2), {training: true});
const gi = tf.layers.gaussianNoise({stddev: 1}).apply(tf.tensor1d([1, 2], 'int32'), {training: true});
const gm = tf.moments(g);
const gdm = tf.moments(gd);
return [g.shape, g.dtype, gi.dtype, Math.abs(gm.mean.dataSync()[0] - 1) < 0.02, Math.abs(Math.sqrt(gm.variance.dataSync()[0]) - 0.5) < 0.02, Math.abs(gdm.mean.dataSync()[0] - 2) < 0.03, Math.abs(Math.sqrt(gdm.variance.dataSync()[0]) - 1) < 0.03];
// @py
x = tf.ones([200, 100])
g = tf.layers.gaussianNoise({'stddev': 0.5}).apply(x, {'training': True})
gd = tf.layers.gaussianDropout({'rate': 0.2}).apply(x.mul(2), {'training': True})
gi = tf.layers.gaussianNoise({'stddev': 1}).apply(tf.tensor1d([1, 2], 'int32'), {'training': True})
gm = tf.moments(g)
gdm = tf.moments(gd)
return [g.shape, g.dtype, gi.dtype, abs(gm.mean.dataSync()[0] - 1) < 0.02, abs(Math.sqrt(gm.variance.dataSync()[0]) - 0.5) < 0.02, abs(gdm.mean.dataSync()[0] - 2) < 0.03, abs(Math.sqrt(gdm.variance.dataSync()[0]) - 1) < 0.03]
// @case alpha_dropout_training_values
// The two values a unit can take, and the kept fraction, are deterministic enough.
const a = tf.layers.alphaDropout({rate: 0.5}).apply(tf.ones([100, 100]), {training: true});
const u = Array.from(new Set(Array.from(a.dataSync()))).sort();
const kept = Array.from(a.dataSync()).filter(v => v < 2).length / 10000;
const n = tf.layers.alphaDropout({rate: 0.5, noiseShape: [1, 1]}).apply(tf.ones([1, 8]), {training: true});
return [u, Math.abs(kept - 0.5) < 0.03, a.shape, Array.from(new Set(Array.from(n.dataSync()))).length];
// @py
a = tf.layers.alphaDropout({'rate': 0.5}).apply(tf.ones([100, 100]), {'training': True})
u = sorted(set(a.dataSync().tolist()))
kept = len([v for v in a.dataSync() if v < 2]) / 10000
n = tf.layers.alphaDropout({'rate': 0.5, 'noiseShape': [1, 1]}).apply(tf.ones([1, 8]), {'training': True})
return [u, abs(kept - 0.5) < 0.03, a.shape, len(set(n.dataSync().tolist()))]
// @case gaussian_noise_no_args
tf.layers.gaussianNoise();
// @case alpha_dropout_no_args
tf.layers.alphaDropout();
// @case rescaling_values
const img3 = tf.tensor3d([...Array(12).keys()], [2, 3, 2]);
return [tf.layers.rescaling({scale: 1 / 255, offset: -1}).apply(img3), tf.layers.rescaling({scale: 2}).apply(tf.tensor1d([1, 2], 'int32')), tf.layers.rescaling({scale: 2, offset: 1}).computeOutputShape([null, 3])];
// @py
img3 = tf.tensor3d(list(range(12)), [2, 3, 2])
return [tf.layers.rescaling({'scale': 1 / 255, 'offset': -1}).apply(img3), tf.layers.rescaling({'scale': 2}).apply(tf.tensor1d([1, 2], 'int32')), tf.layers.rescaling({'scale': 2, 'offset': 1}).computeOutputShape([None, 3])]
// @case center_crop_values
const img = tf.tensor4d([...Array(32).keys()].map(v => v * 1.5), [1, 4, 4, 2]);
const img3 = tf.tensor3d([...Array(30).keys()], [5, 3, 2]);
const c = (h, w, x) => tf.layers.centerCrop({height: h, width: w}).apply(x);
return [c(2, 2, img), c(3, 1, img3), c(6, 1, img3), c(6, 5, img3), c(2, 2, tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1], 'int32')), c(4, 4, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), c(1, 1, img3), c(5, 3, img3)];
// @py
img = tf.tensor4d([v * 1.5 for v in range(32)], [1, 4, 4, 2])
img3 = tf.tensor3d(list(range(30)), [5, 3, 2])
c = lambda h, w, x: tf.layers.centerCrop({'height': h, 'width': w}).apply(x)
return [c(2, 2, img), c(3, 1, img3), c(6, 1, img3), c(6, 5, img3), c(2, 2, tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 3, 1], 'int32')), c(4, 4, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), c(1, 1, img3), c(5, 3, img3)]
// @case center_crop_shapes
const l = tf.layers.centerCrop({height: 2, width: 2});
return [l.computeOutputShape([null, 5, 5, 3]), l.computeOutputShape([5, 5, 3]), l.apply(tf.input({shape: [5, 5, 3]})).shape, l.apply(tf.input({shape: [null, null, 3]})).shape];
// @case center_crop_rank2_error
tf.layers.centerCrop({height: 2, width: 2}).apply(tf.ones([3, 3]));
// @case center_crop_rank5_error
tf.layers.centerCrop({height: 2, width: 2}).apply(tf.ones([1, 1, 3, 3, 1]));
// @case resizing_values
const img3 = tf.tensor3d([...Array(30).keys()], [5, 3, 2]);
const img4 = tf.tensor4d([...Array(40).keys()], [1, 5, 4, 2]);
const r = (o, x) => tf.layers.resizing(o).apply(x);
return [r({height: 2, width: 4}, img3), r({height: 2, width: 4, interpolation: 'nearest'}, img3), r({height: 4, width: 3, interpolation: 'nearest'}, img4), r({height: 4, width: 3}, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), r({height: 4, width: 3, interpolation: 'nearest'}, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), r({height: 2, width: 2, cropToAspectRatio: true}, img3), r({height: 2, width: 2, cropToAspectRatio: true}, img4), r({height: 2, width: 2, cropToAspectRatio: true, interpolation: 'nearest'}, img4), r({height: 4, width: 1, cropToAspectRatio: true}, img4)];
// @py
img3 = tf.tensor3d(list(range(30)), [5, 3, 2])
img4 = tf.tensor4d(list(range(40)), [1, 5, 4, 2])
r = lambda o, x: tf.layers.resizing(o).apply(x)
return [r({'height': 2, 'width': 4}, img3), r({'height': 2, 'width': 4, 'interpolation': 'nearest'}, img3), r({'height': 4, 'width': 3, 'interpolation': 'nearest'}, img4), r({'height': 4, 'width': 3}, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), r({'height': 4, 'width': 3, 'interpolation': 'nearest'}, tf.tensor3d([1, 2, 3, 4], [2, 2, 1], 'int32')), r({'height': 2, 'width': 2, 'cropToAspectRatio': True}, img3), r({'height': 2, 'width': 2, 'cropToAspectRatio': True}, img4), r({'height': 2, 'width': 2, 'cropToAspectRatio': True, 'interpolation': 'nearest'}, img4), r({'height': 4, 'width': 1, 'cropToAspectRatio': True}, img4)]
// @case resizing_shapes
const l = tf.layers.resizing({height: 2, width: 2});
return [l.computeOutputShape([null, 5, 5, 3]), l.computeOutputShape([5, 5, 3]), l.apply(tf.input({shape: [null, null, 3]})).shape];
// @case resizing_bad_interpolation
tf.layers.resizing({height: 2, width: 2, interpolation: 'bicubic'});
// @case resizing_area_interpolation
tf.layers.resizing({height: 2, width: 2, interpolation: 'area'});
// @case resizing_rank2_error
tf.layers.resizing({height: 2, width: 2}).apply(tf.ones([2, 2]));
// @case resizing_rank5_error
tf.layers.resizing({height: 2, width: 2}).apply(tf.ones([1, 1, 2, 2, 1]));
// @case resizing_no_args
tf.layers.resizing();
// @case category_encoding_values
const c = (o, x) => tf.layers.categoryEncoding(o).apply(x);
return [c({numTokens: 4}, tf.tensor1d([0, 1, 3])), c({numTokens: 4}, tf.tensor2d([[0, 1], [3, 3]])), c({numTokens: 4, outputMode: 'oneHot'}, tf.tensor1d([0, 1, 3])), c({numTokens: 4, outputMode: 'oneHot'}, tf.tensor2d([[0], [3]])), c({numTokens: 4, outputMode: 'count'}, tf.tensor2d([[0, 1, 1], [3, 3, 2]])), c({numTokens: 4, outputMode: 'count'}, tf.tensor1d([0, 1, 1])), c({numTokens: 4}, tf.tensor2d([[0, 1, 1], [3, 3, 2]], [2, 3], 'int32')), c({numTokens: 4, outputMode: 'count'}, tf.tensor2d([[0, 1, 1], [3, 3, 2]], [2, 3], 'int32')), c({numTokens: 4}, tf.tensor1d([0, 1.5, 2])), c({numTokens: 4}, tf.scalar(2)), c({numTokens: 4, outputMode: 'oneHot'}, tf.scalar(2)), c({numTokens: 4, outputMode: 'foo'}, tf.tensor1d([1, 1]))];
// @case category_encoding_count_weights
const l = tf.layers.categoryEncoding({numTokens: 3, outputMode: 'count'});
return [l.apply(tf.tensor2d([[0, 1, 1], [2, 2, 0]]), {countWeights: tf.tensor2d([[0.5, 1, 2], [1, 1, 3]])}), l.apply(tf.tensor1d([0, 0, 2]), {countWeights: tf.tensor1d([1, 2, 4])})];
// @case category_encoding_shapes
const l = tf.layers.categoryEncoding({numTokens: 4});
const l2 = tf.layers.categoryEncoding({numTokens: 4, outputMode: 'oneHot'});
return [l.computeOutputShape([null, 3]), l.computeOutputShape([null]), l.computeOutputShape([null, 1]), l.computeOutputShape([2, 3, 4]), l2.computeOutputShape([null, 3]), l2.computeOutputShape([null]), l2.computeOutputShape([null, 1]), l.apply(tf.input({shape: [3]})).shape, l2.apply(tf.input({shape: [1]})).shape, l2.apply(tf.input({shape: [3]})).shape];
// @case category_encoding_too_big
tf.layers.categoryEncoding({numTokens: 4}).apply(tf.tensor1d([0, 1, 4]));
// @case category_encoding_negative
tf.layers.categoryEncoding({numTokens: 4}).apply(tf.tensor1d([0, -1, 2]));
// @case category_encoding_rank_error
tf.layers.categoryEncoding({numTokens: 4, outputMode: 'oneHot'}).apply(tf.tensor2d([[0, 1], [3, 3]]));
// @case category_encoding_rank3_error
tf.layers.categoryEncoding({numTokens: 4, outputMode: 'count'}).apply(tf.ones([2, 2, 2]));
// @case category_encoding_tfidf_error
tf.layers.categoryEncoding({numTokens: 4, outputMode: 'tfIdf'}).apply(tf.ones([2, 2]));
// @case category_encoding_weights_not_count
tf.layers.categoryEncoding({numTokens: 4}).apply(tf.ones([2, 2]), {countWeights: tf.ones([2, 2])});
// @case category_encoding_no_args
tf.layers.categoryEncoding();
// @case random_width_seeded
const x = tf.ones([1, 1, 1000, 1]);
const l = tf.layers.randomWidth({factor: 0.5, seed: 1});
const l2 = tf.layers.randomWidth({factor: [0.5, 1], seed: 7, interpolation: 'nearest'});
const img3 = tf.tensor3d([...Array(30).keys()], [5, 3, 2]);
const l3 = tf.layers.randomWidth({factor: 0.9, seed: 11});
return [l.apply(x).shape, l.apply(x).shape, l.apply(x, {training: true}).shape, l2.apply(x).shape, l2.apply(x).shape, l3.apply(img3), l3.apply(img3), tf.layers.randomWidth({factor: [0, 0]}).apply(img3), l3.computeOutputShape([null, 5, 3, 2]), tf.layers.randomWidth({factor: 0.5}).computeOutputShape([null, 5, 3, 2])];
// @py
x = tf.ones([1, 1, 1000, 1])
l = tf.layers.randomWidth({'factor': 0.5, 'seed': 1})
l2 = tf.layers.randomWidth({'factor': [0.5, 1], 'seed': 7, 'interpolation': 'nearest'})
img3 = tf.tensor3d(list(range(30)), [5, 3, 2])
l3 = tf.layers.randomWidth({'factor': 0.9, 'seed': 11})
return [l.apply(x).shape, l.apply(x).shape, l.apply(x, {'training': True}).shape, l2.apply(x).shape, l2.apply(x).shape, l3.apply(img3), l3.apply(img3), tf.layers.randomWidth({'factor': [0, 0]}).apply(img3), l3.computeOutputShape([None, 5, 3, 2]), tf.layers.randomWidth({'factor': 0.5}).computeOutputShape([None, 5, 3, 2])]
// @case random_width_unseeded_range
const l = tf.layers.randomWidth({factor: [0.5, 1]});
let ok = true;
for (let i = 0; i < 20; i++) { const w = l.apply(tf.ones([1, 1, 10, 1])).shape[2]; ok = ok && w >= 15 && w <= 20; }
return [ok, l.apply(tf.tensor3d([1, 2, 3, 4], [1, 4, 1], 'int32')).dtype];
// @py
l = tf.layers.randomWidth({'factor': [0.5, 1]})
ok = True
for i in range(20):
    w = l.apply(tf.ones([1, 1, 10, 1])).shape[2]
    ok = ok and w >= 15 and w <= 20
return [ok, l.apply(tf.tensor3d([1, 2, 3, 4], [1, 4, 1], 'int32')).dtype]
// @case random_width_bad_factor_length
tf.layers.randomWidth({factor: [0.2]});
// @case random_width_bounds_order
tf.layers.randomWidth({factor: [0.3, 0.2], interpolation: 'foo'});
// @case random_width_below_minus_one
tf.layers.randomWidth({factor: [-2, 0.1]});
// @case random_width_scalar_too_big
tf.layers.randomWidth({factor: 2});
// @case random_width_zero
tf.layers.randomWidth({factor: 0});
// @case random_width_missing_factor
tf.layers.randomWidth({});
// @case random_width_bad_interpolation
tf.layers.randomWidth({factor: 0.5, interpolation: 'bicubic'});
// @case random_width_rank2_error
tf.layers.randomWidth({factor: 0.5}).apply(tf.ones([2, 2]));
// @case random_width_no_args
tf.layers.randomWidth();
