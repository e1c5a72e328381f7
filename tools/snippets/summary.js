// model.summary() (tfjs_compat/models/summary.py): both layouts, lineLength, positions,
// printFn, nested models, trainable / non-trainable counts. Explicit names throughout.
// @case sequential_default
const model = tf.sequential({name: 'su_seq'});
model.add(tf.layers.dense({units: 32, activation: 'relu', inputShape: [784], name: 'su_d1'}));
model.add(tf.layers.dropout({rate: 0.2, name: 'su_drop'}));
model.add(tf.layers.dense({units: 10, activation: 'softmax', name: 'su_d2'}));
model.summary();
// @case sequential_line_length_and_positions
const model = tf.sequential({name: 'su_seq2'});
model.add(tf.layers.dense({units: 32, inputShape: [784], name: 'su2_dense_with_long_name'}));
model.add(tf.layers.dense({units: 3, name: 'su2_d2'}));
model.summary(50, [10, 20, 30, 50]);
model.summary(60);
model.summary(undefined, [0.5, 0.7, 0.9, 1]);
model.summary(120, [40, 60, 100, 120]);
// @case print_fn_lines
const model = tf.sequential({name: 'su_pf', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'su_pf_d'})]});
const lines = [];
model.summary(undefined, undefined, (s) => lines.push('<' + s + '>'));
return lines;
// @py
model = tf.sequential({'name': 'su_pf', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'name': 'su_pf_d'})]})
lines = []
model.summary(None, None, lambda s: lines.append('<' + s + '>'))
return lines
// @case functional_linear
const x = tf.input({shape: [4], name: 'su_lin_in'});
const y = tf.layers.dense({units: 3, name: 'su_lin_d'}).apply(tf.layers.dense({units: 5, name: 'su_lin_d0'}).apply(x));
const m = tf.model({inputs: x, outputs: y, name: 'su_lin'});
m.summary();
m.summary(60);
// @case functional_branched
const a = tf.input({shape: [4], name: 'in_a'});
const b = tf.input({shape: [3], name: 'in_b'});
const da = tf.layers.dense({units: 2, name: 'su_br_da'}).apply(a);
const db = tf.layers.dense({units: 2, name: 'su_br_db'}).apply(b);
const s = tf.layers.activation({activation: 'relu', name: 'su_br_act'}).apply(da);
const m = tf.model({inputs: [a, b], outputs: [s, db], name: 'su_br'});
m.summary();
m.summary(80);
// @case functional_shared_layer
const x = tf.input({shape: [3], name: 'su_sh_in'});
const shared = tf.layers.dense({units: 3, name: 'su_sh_dense'});
const y = shared.apply(shared.apply(x));
const m = tf.model({inputs: x, outputs: y, name: 'su_sh'});
m.summary();
// @case functional_shared_two_inputs
const a = tf.input({shape: [3], name: 'su_s2_a'});
const b = tf.input({shape: [3], name: 'su_s2_b'});
const shared = tf.layers.dense({units: 2, name: 'su_s2_dense_layer_with_a_long_name'});
const m = tf.model({inputs: [a, b], outputs: [shared.apply(a), shared.apply(b)], name: 'su_s2'});
m.summary();
// @case nested_models
const inner = tf.sequential({name: 'su_inner', layers: [tf.layers.dense({units: 3, inputShape: [2], name: 'su_n_d1'}), tf.layers.dense({units: 2, name: 'su_n_d2'})]});
const outer = tf.sequential({name: 'su_outer', layers: [inner, tf.layers.dense({units: 1, name: 'su_n_d3'})]});
outer.summary();
const outer2 = tf.sequential({name: 'su_outer2', layers: [tf.layers.dense({units: 2, inputShape: [4], name: 'su_n_d0'}), inner]});
outer2.summary();
const xi = tf.input({shape: [2], name: 'su_n_xi'});
const fo = tf.model({name: 'su_fo', inputs: xi, outputs: tf.layers.dense({units: 1, name: 'su_n_d4'}).apply(inner.apply(xi))});
fo.summary();
// @case trainable_counts
const d1 = tf.layers.dense({units: 4, inputShape: [3], name: 'su_t_d1', trainable: false});
const m = tf.sequential({name: 'su_t', layers: [d1, tf.layers.dense({units: 2, name: 'su_t_d2'})]});
m.summary();
m.trainable = false;
m.summary();
// @case core_layers_table
const m = tf.sequential({name: 'su_core', layers: [
  tf.layers.reshape({targetShape: [3, 4], inputShape: [12], name: 'su_c_reshape'}),
  tf.layers.permute({dims: [2, 1], name: 'su_c_permute'}),
  tf.layers.masking({name: 'su_c_masking'}),
  tf.layers.spatialDropout1d({rate: 0.1, name: 'su_c_sdrop'}),
  tf.layers.flatten({name: 'su_c_flatten'}),
  tf.layers.dense({units: 3, name: 'su_c_dense'}),
  tf.layers.repeatVector({n: 2, name: 'su_c_repeat'}),
  tf.layers.activation({activation: 'tanh', name: 'su_c_act'})]});
m.summary();
// @case custom_layer_row
class Twice extends tf.layers.Layer {
  constructor() { super({name: 'su_twice'}); }
  call(inputs) { return tf.mul(inputs instanceof Array ? inputs[0] : inputs, 2); }
  static get className() { return 'Twice'; }
}
const m = tf.sequential({name: 'su_cl', layers: [tf.layers.dense({units: 2, inputShape: [3], name: 'su_cl_d'}), new Twice()]});
m.summary();
// @py
class Twice(tf.layers.Layer):
    className = 'Twice'
    def __init__(self):
        super().__init__({'name': 'su_twice'})
    def call(self, inputs, kwargs=None):
        return tf.mul(inputs[0] if isinstance(inputs, list) else inputs, 2)
m = tf.sequential({'name': 'su_cl', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'name': 'su_cl_d'}), Twice()]})
m.summary()
