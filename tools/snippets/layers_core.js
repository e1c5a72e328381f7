// Core layers (tfjs_compat/layers/core.py, layers/base.py): names, getConfig, shapes,
// eager and symbolic apply, weights, errors, custom layers, dispose.
// @case auto_names_and_configs fresh
const ls = [tf.layers.dense({units: 3}), tf.layers.activation({activation: 'relu'}), tf.layers.dropout({rate: 0.5}), tf.layers.flatten(), tf.layers.reshape({targetShape: [2, 3]}), tf.layers.permute({dims: [2, 1]}), tf.layers.repeatVector({n: 3}), tf.layers.masking(), tf.layers.spatialDropout1d({rate: 0.2}), tf.layers.inputLayer({inputShape: [3]}), tf.layers.dense({units: 4}), tf.layers.dense({units: 1, name: 'named'}), tf.layers.dense({units: 1}), tf.layers.inputLayer({inputShape: [3]})];
for (const l of ls) console.log(l.name, JSON.stringify(l.getConfig()));
// @py
ls = [tf.layers.dense({'units': 3}), tf.layers.activation({'activation': 'relu'}), tf.layers.dropout({'rate': 0.5}), tf.layers.flatten(), tf.layers.reshape({'targetShape': [2, 3]}), tf.layers.permute({'dims': [2, 1]}), tf.layers.repeatVector({'n': 3}), tf.layers.masking(), tf.layers.spatialDropout1d({'rate': 0.2}), tf.layers.inputLayer({'inputShape': [3]}), tf.layers.dense({'units': 4}), tf.layers.dense({'units': 1, 'name': 'named'}), tf.layers.dense({'units': 1}), tf.layers.inputLayer({'inputShape': [3]})]
for l in ls:
    console.log(l.name, JSON.stringify(l.getConfig()))
// @case weight_names_reused fresh
const l1 = tf.layers.dense({units: 2, name: 'mine'});
const l2 = tf.layers.dense({units: 2, name: 'mine'});
l1.apply(tf.ones([1, 2]));
l2.apply(tf.ones([1, 2]));
const x1 = tf.input({shape: [2], name: 'foo'});
const x2 = tf.input({shape: [2], name: 'foo'});
const y = tf.layers.dense({units: 1}).apply(x1);
return [l1.weights[0].name, l1.weights[1].name, l2.weights[0].name, l2.weights[1].name, l2.weights[0].originalName, x1.name, x2.name, y.name, tf.input({shape: [1]}).name];
// @case config_options
const ls = [tf.layers.dense({units: 2, name: 'a', dtype: 'int32'}), tf.layers.dropout({rate: 0.5, noiseShape: [1, 2], seed: 3, name: 'b'}), tf.layers.flatten({dataFormat: 'channelsFirst', name: 'c'}), tf.layers.dense({units: 2, inputShape: 3, batchSize: 4, name: 'd'}), tf.layers.dense({units: 2, inputDim: 3, batchSize: 4, name: 'e'}), tf.layers.dense({units: 2, inputShape: [3], batchInputShape: [7, 5], name: 'f'}), tf.layers.dense({units: 2, inputShape: [3], inputDType: 'int32', name: 'g'}), tf.layers.dense({units: 2, activation: 'relu', useBias: false, kernelInitializer: 'ones', biasInitializer: 'ones', name: 'h'}), tf.layers.spatialDropout1d({rate: 0.2, seed: 1, name: 'i'}), tf.layers.dense({units: 2, inputDim: 4, name: 'j'}), tf.layers.dense({units: 2, trainable: false, batchInputShape: [null, 2], name: 'k'}), tf.layers.masking({maskValue: 1, inputShape: [3], name: 'l'}), tf.layers.dropout({rate: 1.5, name: 'm'}), tf.layers.dense({units: 5, inputShape: [2, 3], dtype: 'int32', name: 'n'})];
for (const l of ls) console.log(JSON.stringify(l.getConfig()));
// @py
ls = [tf.layers.dense({'units': 2, 'name': 'a', 'dtype': 'int32'}), tf.layers.dropout({'rate': 0.5, 'noiseShape': [1, 2], 'seed': 3, 'name': 'b'}), tf.layers.flatten({'dataFormat': 'channelsFirst', 'name': 'c'}), tf.layers.dense({'units': 2, 'inputShape': 3, 'batchSize': 4, 'name': 'd'}), tf.layers.dense({'units': 2, 'inputDim': 3, 'batchSize': 4, 'name': 'e'}), tf.layers.dense({'units': 2, 'inputShape': [3], 'batchInputShape': [7, 5], 'name': 'f'}), tf.layers.dense({'units': 2, 'inputShape': [3], 'inputDType': 'int32', 'name': 'g'}), tf.layers.dense({'units': 2, 'activation': 'relu', 'useBias': False, 'kernelInitializer': 'ones', 'biasInitializer': 'ones', 'name': 'h'}), tf.layers.spatialDropout1d({'rate': 0.2, 'seed': 1, 'name': 'i'}), tf.layers.dense({'units': 2, 'inputDim': 4, 'name': 'j'}), tf.layers.dense({'units': 2, 'trainable': False, 'batchInputShape': [None, 2], 'name': 'k'}), tf.layers.masking({'maskValue': 1, 'inputShape': [3], 'name': 'l'}), tf.layers.dropout({'rate': 1.5, 'name': 'm'}), tf.layers.dense({'units': 5, 'inputShape': [2, 3], 'dtype': 'int32', 'name': 'n'})]
for l in ls:
    console.log(JSON.stringify(l.getConfig()))
// @case input_layer_configs
console.log(JSON.stringify(tf.layers.inputLayer({inputShape: [2], batchSize: 3, name: 'i1'}).getConfig()));
console.log(JSON.stringify(tf.layers.inputLayer({batchInputShape: [2, 3], dtype: 'int32', name: 'i2'}).getConfig()));
console.log(JSON.stringify(tf.layers.inputLayer({inputShape: [2], inputDType: 'int32', sparse: true, name: 'i3'}).getConfig()));
const il = tf.layers.inputLayer({inputShape: [2], name: 'i4'});
return [il.outputShape, il.output.name, il.trainable, il.built, il.getClassName()];
// @case input_layer_no_shape
tf.layers.inputLayer({name: 'i5'});
// @case input_layer_both_shapes
tf.layers.inputLayer({inputShape: [2], batchInputShape: [3, 2]});
// @case input_layer_batch_size_and_batch_shape
tf.layers.inputLayer({batchInputShape: [3, 2], batchSize: 3});
// @case dense_values
const d = tf.layers.dense({units: 2, kernelInitializer: 'ones', biasInitializer: 'ones', name: 'dv'});
const relu = tf.layers.dense({units: 2, activation: 'relu', kernelInitializer: 'ones', useBias: false, name: 'dv2'});
return [d.apply(tf.tensor2d([[1, -2, 0.5], [0, 0, 0]])), relu.apply(tf.tensor2d([[1, -2, 0.5]])), d.apply(tf.ones([2, 4, 3])), d.apply(tf.tensor2d([[1, 2, 3]], [1, 3], 'int32')), d.countParams()];
// @case dense_set_weights_values fresh
const d = tf.layers.dense({units: 2, name: 'dsw', inputShape: [3]});
d.build([null, 3]);
d.setWeights([tf.tensor2d([[1, 2], [3, 4], [5, 6]]), tf.tensor1d([0.5, -0.5])]);
const w = d.getWeights();
return [d.apply(tf.tensor2d([[1, 1, 1], [1, 0, -1]])), w[0], w[1], d.weights[0].name, d.weights[1].shape];
// @case dense_units_missing
tf.layers.dense({name: 'e1'});
// @case dense_units_zero
tf.layers.dense({units: 0, name: 'e2'});
// @case dense_no_args
tf.layers.dense();
// @case batch_size_invalid
tf.layers.dense({units: 1, inputShape: [2], batchSize: 0, name: 'e3'});
// @case dense_rank_error
tf.layers.dense({units: 2, name: 'e4'}).apply(tf.ones([3]));
// @case dense_axis_error_eager
const d = tf.layers.dense({units: 2, name: 'e5'});
d.apply(tf.ones([1, 3]));
d.apply(tf.ones([1, 4]));
// @case dense_axis_error_symbolic
const d = tf.layers.dense({units: 2, name: 'e6'});
d.apply(tf.ones([1, 3]));
d.apply(tf.input({shape: [4]}));
// @case dense_two_inputs_error
tf.layers.dense({units: 2, name: 'e7'}).apply([tf.ones([1, 3]), tf.ones([1, 3])]);
// @case count_params_unbuilt
tf.layers.dense({units: 2, name: 'e8'}).countParams();
// @case set_weights_wrong_count
const d = tf.layers.dense({units: 3, name: 'e9'});
d.apply(tf.ones([1, 2]));
d.setWeights([tf.ones([2, 3])]);
// @case set_weights_wrong_count_many
const d = tf.layers.dense({units: 3, name: 'e10'});
d.apply(tf.ones([1, 2]));
d.setWeights([tf.ones([2, 3]), tf.ones([3]), tf.ones([1])]);
// @case set_weights_wrong_shape
const d = tf.layers.dense({units: 3, name: 'e11'});
d.apply(tf.ones([1, 2]));
d.setWeights([tf.ones([2, 2]), tf.ones([3])]);
// @case set_weights_unbuilt
tf.layers.dense({units: 2, name: 'e12'}).setWeights([tf.ones([2])]);
// @case unbuilt_weights
const d = tf.layers.dense({units: 2, name: 'e13'});
return [d.getWeights(), d.weights, d.built];
// @case output_shape_never_called
tf.layers.dense({units: 2, name: 'e14'}).outputShape;
// @case symbolic_shapes
const d = tf.layers.dense({units: 2, name: 's1'});
const a = d.apply(tf.input({shape: [3]}));
const s = d.outputShape;
const b = d.apply(tf.input({shape: [7, 3]}));
return [JSON.stringify(a.shape), a.dtype, JSON.stringify(s), JSON.stringify(b.shape), b.name, tf.layers.dense({units: 4, name: 's2'}).apply(tf.input({shape: [2], dtype: 'int32'})).dtype];
// @case symbolic_output_shape_multiple
const d = tf.layers.dense({units: 2, name: 's3'});
d.apply(tf.input({shape: [3]}));
d.apply(tf.input({shape: [5, 3]}));
d.outputShape;
// @case symbolic_input_multiple
const d = tf.layers.dense({units: 2, name: 's4'});
d.apply(tf.input({shape: [3]}));
d.apply(tf.input({shape: [5, 3]}));
d.input;
// @case symbolic_output_multiple
const d = tf.layers.dense({units: 2, name: 's5'});
d.apply(tf.input({shape: [3]}));
d.apply(tf.input({shape: [5, 3]}));
d.output;
// @case core_shapes_symbolic
const x = tf.input({shape: [4, 5]});
const shapes = [tf.layers.permute({dims: [2, 1]}).apply(x).shape, tf.layers.repeatVector({n: 2}).apply(tf.input({shape: [4]})).shape, tf.layers.masking().apply(x).shape, tf.layers.flatten().apply(x).shape, tf.layers.reshape({targetShape: [-1, 2]}).apply(x).shape, tf.layers.reshape({targetShape: [4, -1]}).apply(tf.input({shape: [6]})).shape, tf.layers.reshape({targetShape: [10, 2]}).apply(x).shape, tf.layers.spatialDropout1d({rate: 0.1}).apply(x).shape, tf.layers.activation({activation: 'tanh'}).apply(x).shape, tf.layers.dropout({rate: 0.1}).apply(x).shape];
return JSON.stringify(shapes);
// @case permute_values
const x = tf.tensor3d([[[1, 2, 3], [4, 5, 6]]]);
return [tf.layers.permute({dims: [2, 1]}).apply(x), tf.layers.permute({dims: [1, 2]}).apply(x), tf.layers.permute({dims: [3, 1, 2]}).apply(tf.range(0, 24).reshape([1, 2, 3, 4]))];
// @case permute_not_consecutive
tf.layers.permute({dims: [0, 1]});
// @case permute_repeated
tf.layers.permute({dims: [1, 1]});
// @case permute_gap
tf.layers.permute({dims: [2, 3]});
// @case permute_missing_dims
tf.layers.permute({});
// @case permute_rank_error
tf.layers.permute({dims: [1, 2, 3], name: 'p1'}).apply(tf.ones([1, 2, 3]));
// @case repeat_vector_values
return [tf.layers.repeatVector({n: 2}).apply(tf.tensor2d([[1, 2], [3, 4]])), tf.layers.repeatVector({n: 3}).apply(tf.tensor2d([[5]])), tf.layers.repeatVector({n: 0}).apply(tf.tensor2d([[1, 2]]))];
// @case repeat_vector_rank_error
tf.layers.repeatVector({n: 2, name: 'rv'}).apply(tf.ones([1, 2, 3]));
// @case masking_values
const x = tf.tensor3d([[[1, 2], [2, 2], [0, 3]], [[0, 0], [1, 0], [0, 0]]]);
const m = tf.layers.masking({maskValue: 2});
const z = tf.layers.masking();
return [m.apply(x), z.apply(x), z.computeMask(x), m.computeMask(x), z.apply(tf.tensor2d([[1, 0], [0, 0]]))];
// @case spatial_dropout_inference
const x = tf.tensor3d([[[1, 2, 3], [4, 5, 6]]]);
return [tf.layers.spatialDropout1d({rate: 0.5}).apply(x), tf.layers.dropout({rate: 0.5}).apply(x), tf.layers.spatialDropout1d({rate: 0.5}).apply(x, {training: false})];
// @case spatial_dropout_rank_error
tf.layers.spatialDropout1d({rate: 0.5, name: 'sd'}).apply(tf.tensor2d([[1, 2]]));
// @case dropout_training_scaling
// rate 0 keeps everything; training=true with rate 0.5 keeps only 0 or 2*x.
const x = tf.ones([4, 50]);
const y = tf.layers.dropout({rate: 0.5}).apply(x, {training: true});
const vals = y.dataSync();
let ok = true;
for (const v of vals) if (v !== 0 && v !== 2) ok = false;
return [ok, tf.layers.dropout({rate: 0}).apply(x, {training: true}).sum()];
// @py
x = tf.ones([4, 50])
y = tf.layers.dropout({'rate': 0.5}).apply(x, {'training': True})
vals = y.dataSync()
ok = all(v == 0 or v == 2 for v in vals)
return [ok, tf.layers.dropout({'rate': 0}).apply(x, {'training': True}).sum()]
// @case reshape_values
const x = tf.tensor3d([[[1, 2, 3], [4, 5, 6]]]);
return [tf.layers.reshape({targetShape: [3, 2]}).apply(x), tf.layers.reshape({targetShape: [-1]}).apply(x), tf.layers.reshape({targetShape: [-1, 3]}).apply(x)];
// @case reshape_size_error
tf.layers.reshape({targetShape: [4]}).apply(tf.ones([1, 2, 3]));
// @case reshape_two_unknown
tf.layers.reshape({targetShape: [-1, -1]}).apply(tf.ones([1, 2, 3]));
// @case reshape_missing_target
tf.layers.reshape({});
// @case flatten_values
const x = tf.tensor3d([[[1, 2, 3], [4, 5, 6]]]);
return [tf.layers.flatten().apply(x), tf.layers.flatten({dataFormat: 'channelsFirst'}).apply(x), tf.layers.flatten().apply(tf.ones([2, 1, 2, 2]))];
// @case flatten_rank_error
tf.layers.flatten({name: 'fl'}).apply(tf.ones([2, 3]));
// @case flatten_undefined_shape
tf.layers.flatten().apply(tf.input({shape: [null, 3]}));
// @case activation_values
const x = tf.tensor2d([[-1, 0, 2]]);
return [tf.layers.activation({activation: 'relu'}).apply(x), tf.layers.activation({activation: 'sigmoid'}).apply(x), tf.layers.activation({activation: 'softmax'}).apply(x), tf.layers.activation({activation: 'linear'}).apply(tf.tensor2d([[1, 2]], [1, 2], 'int32'))];
// @case activation_unknown
tf.layers.activation({activation: 'foo'});
// @case trainable_false
const d = tf.layers.dense({units: 2, trainable: false, inputShape: [3], name: 'tf1'});
const d2 = tf.layers.dense({units: 1, name: 'tf2'});
const m = tf.sequential({layers: [d, d2], name: 'tfseq'});
const out = [];
out.push([d.weights[0].trainable, d.trainableWeights.length, d.nonTrainableWeights.length, m.trainableWeights[0].name, m.nonTrainableWeights[0].name, m.weights[0].name, m.weights[2].name]);
d.trainable = true;
out.push([d.weights[0].trainable, m.weights[0].name]);
d2.trainable = false;
out.push([d2.weights[0].trainable, m.weights[0].name, m.weights[2].name, m.getWeights()[2].shape, m.trainableWeights.length]);
m.trainable = false;
out.push([m.trainable, d.trainable, m.trainableWeights.length, m.nonTrainableWeights.length, m.nonTrainableWeights[0].name]);
return out;
// @py
d = tf.layers.dense({'units': 2, 'trainable': False, 'inputShape': [3], 'name': 'tf1'})
d2 = tf.layers.dense({'units': 1, 'name': 'tf2'})
m = tf.sequential({'layers': [d, d2], 'name': 'tfseq'})
out = []
out.append([d.weights[0].trainable, len(d.trainableWeights), len(d.nonTrainableWeights), m.trainableWeights[0].name, m.nonTrainableWeights[0].name, m.weights[0].name, m.weights[2].name])
d.trainable = True
out.append([d.weights[0].trainable, m.weights[0].name])
d2.trainable = False
out.append([d2.weights[0].trainable, m.weights[0].name, m.weights[2].name, m.getWeights()[2].shape, len(m.trainableWeights)])
m.trainable = False
out.append([m.trainable, d.trainable, len(m.trainableWeights), len(m.nonTrainableWeights), m.nonTrainableWeights[0].name])
return out
// @case custom_layer
class Doubler extends tf.layers.Layer {
  constructor(config) { super(config); this.factor = config.factor || 2; }
  call(inputs, kwargs) { return tf.mul(inputs instanceof Array ? inputs[0] : inputs, this.factor); }
  computeOutputShape(s) { return s; }
  getConfig() { const c = super.getConfig(); Object.assign(c, {factor: this.factor}); return c; }
  static get className() { return 'Doubler'; }
}
tf.serialization.registerClass(Doubler);
const l = new Doubler({factor: 3, name: 'dbl'});
const m = tf.sequential({layers: [tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', name: 'cd'}), new Doubler({name: 'dbl2'})]});
const sym = new Doubler({name: 'dbl3'}).apply(tf.input({shape: [4, 2]}));
return [l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.apply(tf.ones([1, 2])), m.predict(tf.ones([1, 2])), sym.shape, sym.name];
// @py
class Doubler(tf.layers.Layer):
    className = 'Doubler'
    def __init__(self, config):
        factor = config.pop('factor', None)
        super().__init__(config)
        self.factor = factor or 2
    def call(self, inputs, kwargs):
        return tf.mul(inputs[0] if isinstance(inputs, list) else inputs, self.factor)
    def computeOutputShape(self, s):
        return s
    def getConfig(self):
        c = super().getConfig()
        c.update({'factor': self.factor})
        return c
tf.serialization.registerClass(Doubler)
l = Doubler({'factor': 3, 'name': 'dbl'})
m = tf.sequential({'layers': [tf.layers.dense({'units': 2, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'cd'}), Doubler({'name': 'dbl2'})]})
sym = Doubler({'name': 'dbl3'}).apply(tf.input({'shape': [4, 2]}))
return [l.name, l.getClassName(), JSON.stringify(l.getConfig()), l.apply(tf.ones([1, 2])), m.predict(tf.ones([1, 2])), sym.shape, sym.name]
// @case custom_layer_weights fresh
class Scale extends tf.layers.Layer {
  constructor() { super({}); }
  build(inputShape) { this.w = this.addWeight('w', [inputShape[inputShape.length - 1]], 'float32', tf.initializers.ones()); }
  call(inputs) { return tf.mul(inputs instanceof Array ? inputs[0] : inputs, this.w.read()); }
  static get className() { return 'Scale'; }
}
const s = new Scale();
const y = s.apply(tf.tensor2d([[1, 2, 3]]));
return [s.name, y, s.weights[0].name, s.countParams(), s.getWeights()[0]];
// @py
class Scale(tf.layers.Layer):
    className = 'Scale'
    def __init__(self):
        super().__init__({})
    def build(self, inputShape):
        self.w = self.addWeight('w', [inputShape[-1]], 'float32', tf.initializers.ones())
    def call(self, inputs, kwargs=None):
        return tf.mul(inputs[0] if isinstance(inputs, list) else inputs, self.w.read())
s = Scale()
y = s.apply(tf.tensor2d([[1, 2, 3]]))
return [s.name, y, s.weights[0].name, s.countParams(), s.getWeights()[0]]
// @case custom_layer_multi_output
class Split2 extends tf.layers.Layer {
  constructor() { super({name: 'split2'}); }
  call(inputs) { const x = inputs instanceof Array ? inputs[0] : inputs; return [x.mul(2), x.sum(-1, true)]; }
  computeOutputShape(s) { return [s, [s[0], 1]]; }
  static get className() { return 'Split2'; }
}
const x = tf.input({shape: [3], name: 'sx'});
const outs = new Split2().apply(x);
const m = tf.model({inputs: x, outputs: outs, name: 'splitm'});
const p = m.predict(tf.tensor2d([[1, 2, 3]]));
return [outs[0].shape, outs[1].shape, outs[0].name, outs[1].name, p[0], p[1], m.outputNames];
// @py
class Split2(tf.layers.Layer):
    className = 'Split2'
    def __init__(self):
        super().__init__({'name': 'split2'})
    def call(self, inputs, kwargs=None):
        x = inputs[0] if isinstance(inputs, list) else inputs
        return [x.mul(2), x.sum(-1, True)]
    def computeOutputShape(self, s):
        return [s, [s[0], 1]]
x = tf.input({'shape': [3], 'name': 'sx'})
outs = Split2().apply(x)
m = tf.model({'inputs': x, 'outputs': outs, 'name': 'splitm'})
p = m.predict(tf.tensor2d([[1, 2, 3]]))
return [outs[0].shape, outs[1].shape, outs[0].name, outs[1].name, p[0], p[1], m.outputNames]
// @case mask_propagation
class ShowMask extends tf.layers.Layer {
  constructor(name) { super({name: name}); this.supportsMasking = true; }
  call(inputs, kwargs) { const m = kwargs.mask; console.log('mask', m == null ? 'none' : m.toString()); return inputs instanceof Array ? inputs[0] : inputs; }
  static get className() { return 'ShowMask'; }
}
const x = tf.input({shape: [3, 2], name: 'mx'});
const data = tf.tensor3d([[[1, 1], [0, 0], [2, 0]]]);
const y1 = new ShowMask('sm1').apply(tf.layers.masking({name: 'mk1'}).apply(x));
tf.model({inputs: x, outputs: y1}).predict(data).print();
const y2 = new ShowMask('sm2').apply(tf.layers.dense({units: 1, name: 'mkd', kernelInitializer: 'ones'}).apply(tf.layers.masking({name: 'mk2'}).apply(x)));
tf.model({inputs: x, outputs: y2}).predict(data).print();
const y4 = new ShowMask('sm4').apply(tf.layers.dropout({rate: 0.5, name: 'mkdr'}).apply(tf.layers.masking({name: 'mk4', maskValue: 1}).apply(x)));
tf.model({inputs: x, outputs: y4}).predict(data);
const y5 = new ShowMask('sm5').apply(x);
tf.model({inputs: x, outputs: y5}).predict(data);
// @py
class ShowMask(tf.layers.Layer):
    className = 'ShowMask'
    def __init__(self, name):
        super().__init__({'name': name})
        self.supportsMasking = True
    def call(self, inputs, kwargs):
        m = kwargs.get('mask')
        console.log('mask', 'none' if m is None else m.toString())
        return inputs[0] if isinstance(inputs, list) else inputs
x = tf.input({'shape': [3, 2], 'name': 'mx'})
data = tf.tensor3d([[[1, 1], [0, 0], [2, 0]]])
y1 = ShowMask('sm1').apply(tf.layers.masking({'name': 'mk1'}).apply(x))
tf.model({'inputs': x, 'outputs': y1}).predict(data).print()
y2 = ShowMask('sm2').apply(tf.layers.dense({'units': 1, 'name': 'mkd', 'kernelInitializer': 'ones'}).apply(tf.layers.masking({'name': 'mk2'}).apply(x)))
tf.model({'inputs': x, 'outputs': y2}).predict(data).print()
y4 = ShowMask('sm4').apply(tf.layers.dropout({'rate': 0.5, 'name': 'mkdr'}).apply(tf.layers.masking({'name': 'mk4', 'maskValue': 1}).apply(x)))
tf.model({'inputs': x, 'outputs': y4}).predict(data)
y5 = ShowMask('sm5').apply(x)
tf.model({'inputs': x, 'outputs': y5}).predict(data)
// @case compute_mask_unsupported
tf.layers.flatten({name: 'cmu'}).computeMask(tf.ones([1, 2, 2]), tf.ones([1, 2], 'bool'));
// @case dispose_layers
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.message; } };
const a = tf.layers.dense({units: 2, name: 'da'});
const b = tf.layers.dense({units: 2, name: 'db'}); b.apply(tf.ones([1, 2]));
const c = tf.layers.dense({units: 2, name: 'dc'}); c.apply(tf.ones([1, 2])); c.apply(tf.input({shape: [2]}));
const e = tf.layers.dense({units: 2, name: 'de'}); e.build([null, 2]);
return [t(() => a.dispose()), t(() => b.dispose()), t(() => b.dispose()), t(() => b.apply(tf.ones([1, 2]))), t(() => c.dispose()), t(() => c.dispose()), t(() => e.dispose())];
// @py
def t(f):
    try:
        return JSON.stringify(f())
    except Exception as e:
        return str(e)
a = tf.layers.dense({'units': 2, 'name': 'da'})
b = tf.layers.dense({'units': 2, 'name': 'db'}); b.apply(tf.ones([1, 2]))
c = tf.layers.dense({'units': 2, 'name': 'dc'}); c.apply(tf.ones([1, 2])); c.apply(tf.input({'shape': [2]}))
e = tf.layers.dense({'units': 2, 'name': 'de'}); e.build([None, 2])
return [t(lambda: a.dispose()), t(lambda: b.dispose()), t(lambda: b.dispose()), t(lambda: b.apply(tf.ones([1, 2]))), t(lambda: c.dispose()), t(lambda: c.dispose()), t(lambda: e.dispose())]
