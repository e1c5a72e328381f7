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
return [tf.layers.reLU().apply(x), tf.layers.reLU({maxValue: 2}).apply(x), tf.layers.reLU({maxValue: 0}).apply(x), tf.layers.leakyReLU().apply(x), tf.layers.leakyReLU({alpha: 0.1}).apply(x), tf.layers.elu().apply(x), tf.layers.thresholdedReLU().apply(x), tf.layers.thresholdedReLU({theta: 0.5}).apply(x), tf.layers.thresholdedReLU({theta: 1}).apply(tf.tensor1d([0.5, 1, 1.5])), tf.layers.softmax().apply(x2), tf.layers.softmax({axis: -1}).apply(x), tf.layers.softmax({axis: [1]}).apply(x2), tf.layers.softmax({axis: [0, 1]}).apply(x2), tf.layers.softmax({axis: [1, 2]}).apply(x), tf.layers.softmax().apply(tf.tensor1d([1, 2]))];
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
