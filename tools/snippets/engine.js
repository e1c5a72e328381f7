// Engine: memory(), tidy/keep/dispose, ids, backends, env, version (tfjs-facts §2.4-2.6).
// Shared-process cases compare deltas of tf.memory() and keep references to every tensor
// they count (Python releases garbage-collected tensors; TF.js counts them until dispose).
// The Python ports start with gc.collect() so that garbage left by earlier cases is not
// released in the middle of a delta.

// @case fresh_start fresh
// Absolute counts, ids and the lazy backend need a process of their own.
const b0 = tf.getBackend();
const m0 = tf.memory();
const b1 = tf.getBackend();
const a = tf.tensor([1]);
const b = tf.tensor([1, 2]);
const c = a.add(1);
const d = b.clone();
const s = tf.tensor(['abc', 'é']);
const m1 = tf.memory();
s.dispose();
const m2 = tf.memory();
// After initialisation the name depends on the devices present (tests/test_engine.py).
return [b0, m0, b1 !== undefined, a.id, b.id, c.id, d.id, m1, m2];
// @py
b0 = tf.getBackend()
m0 = tf.memory()
b1 = tf.getBackend()
a = tf.tensor([1])
b = tf.tensor([1, 2])
c = a.add(1)
d = b.clone()
s = tf.tensor(['abc', 'é'])
m1 = tf.memory()
s.dispose()
m2 = tf.memory()
return [b0, m0, b1 is not None, a.id, b.id, c.id, d.id, m1, m2]

// @case fresh_ready fresh
// tf.ready() initialises the backend; it resolves to undefined.
const before = tf.getBackend();
const r = await tf.ready();
return [before, r, tf.getBackend() !== undefined, tf.memory().numTensors];
// @py
before = tf.getBackend()
r = await tf.ready()
return [before, r, tf.getBackend() is not None, tf.memory().numTensors]

// @case memory_keys
return Object.keys(tf.memory());
// @py
return list(tf.memory().keys())

// @case memory_first_reason
return [tf.memory().unreliable, tf.memory().reasons[0]];

// @case memory_create_deltas
const m0 = tf.memory();
const f = tf.tensor([1, 2, 3]);
const i = tf.tensor([1, 2], [2], 'int32');
const b = tf.tensor([true, false, true]);
const s = tf.tensor(['abc', 'é', '']);
const z = tf.zeros([0, 3]);
const m1 = tf.memory();
return [m1.numTensors - m0.numTensors, m1.numDataBuffers - m0.numDataBuffers,
        m1.numBytes - m0.numBytes, m1.reasons.length];
// @py
import gc; gc.collect()
m0 = tf.memory()
f = tf.tensor([1, 2, 3])
i = tf.tensor([1, 2], [2], 'int32')
b = tf.tensor([True, False, True])
s = tf.tensor(['abc', 'é', ''])
z = tf.zeros([0, 3])
m1 = tf.memory()
return [m1.numTensors - m0.numTensors, m1.numDataBuffers - m0.numDataBuffers,
        m1.numBytes - m0.numBytes, len(m1.reasons)]

// @case memory_dispose_deltas
const m0 = tf.memory();
const a = tf.tensor2d([[1, 2], [3, 4]]);
const b = tf.tensor([1, 2], [2], 'int32');
const m1 = tf.memory();
a.dispose();
const m2 = tf.memory();
b.dispose();
const m3 = tf.memory();
return [m1.numTensors - m0.numTensors, m1.numBytes - m0.numBytes,
        m2.numTensors - m0.numTensors, m2.numBytes - m0.numBytes,
        m3.numTensors - m0.numTensors, m3.numDataBuffers - m0.numDataBuffers,
        m3.numBytes - m0.numBytes];
// @py
import gc; gc.collect()
m0 = tf.memory()
a = tf.tensor2d([[1, 2], [3, 4]])
b = tf.tensor([1, 2], [2], 'int32')
m1 = tf.memory()
a.dispose()
m2 = tf.memory()
b.dispose()
m3 = tf.memory()
return [m1.numTensors - m0.numTensors, m1.numBytes - m0.numBytes,
        m2.numTensors - m0.numTensors, m2.numBytes - m0.numBytes,
        m3.numTensors - m0.numTensors, m3.numDataBuffers - m0.numDataBuffers,
        m3.numBytes - m0.numBytes]

// @case memory_clone_shares_buffer
// A clone is a new tensor (counted with its bytes) on the same data buffer.
const m0 = tf.memory();
const a = tf.tensor([1, 2, 3]);
const c = a.clone();
const m1 = tf.memory();
a.dispose();
const m2 = tf.memory();
const vals = c.dataSync();
c.dispose();
const m3 = tf.memory();
return [m1.numTensors - m0.numTensors, m1.numDataBuffers - m0.numDataBuffers,
        m1.numBytes - m0.numBytes, m2.numTensors - m0.numTensors,
        m2.numDataBuffers - m0.numDataBuffers, vals,
        m3.numTensors - m0.numTensors, m3.numDataBuffers - m0.numDataBuffers, c.id - a.id];
// @py
import gc; gc.collect()
m0 = tf.memory()
a = tf.tensor([1, 2, 3])
c = a.clone()
m1 = tf.memory()
a.dispose()
m2 = tf.memory()
vals = c.dataSync()
c.dispose()
m3 = tf.memory()
return [m1.numTensors - m0.numTensors, m1.numDataBuffers - m0.numDataBuffers,
        m1.numBytes - m0.numBytes, m2.numTensors - m0.numTensors,
        m2.numDataBuffers - m0.numDataBuffers, vals,
        m3.numTensors - m0.numTensors, m3.numDataBuffers - m0.numDataBuffers, c.id - a.id]

// @case ids_count_converted_numbers
// Each tensor, including a number converted inside an op, takes the next id.
const a = tf.tensor([1]);
const b = tf.tensor([1, 2]);
const c = a.add(1);
const d = a.add(b);
const e = tf.tensor([3]);
return [b.id - a.id, c.id - a.id, d.id - a.id, e.id - a.id];

// @case tidy_returns_tensor
const m0 = tf.memory().numTensors;
const y = tf.tidy(() => {
  const a = tf.ones([2]);
  const b = a.mul(2);
  return b.add(1);
});
return [tf.memory().numTensors - m0, y, y.isDisposed];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
def f():
    a = tf.ones([2])
    b = a.mul(2)
    return b.add(1)
y = tf.tidy(f)
return [tf.memory().numTensors - m0, y, y.isDisposed]

// @case tidy_disposes_intermediates
let a, b;
const y = tf.tidy(() => {
  a = tf.ones([2]);
  b = a.mul(2);
  return b.add(1);
});
return [a.isDisposed, b.isDisposed, y.isDisposed];
// @py
box = {}
def f():
    box['a'] = tf.ones([2])
    box['b'] = box['a'].mul(2)
    return box['b'].add(1)
y = tf.tidy(f)
return [box['a'].isDisposed, box['b'].isDisposed, y.isDisposed]

// @case tidy_name_and_fn
const m0 = tf.memory().numTensors;
const y = tf.tidy('myScope', () => tf.ones([3]).add(tf.ones([3])));
return [tf.memory().numTensors - m0, y];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
y = tf.tidy('myScope', lambda: tf.ones([3]).add(tf.ones([3])))
return [tf.memory().numTensors - m0, y]

// @case tidy_nested
// The inner tidy's result survives it but is disposed by the outer tidy.
const m0 = tf.memory().numTensors;
let inner;
const out = tf.tidy(() => {
  inner = tf.tidy(() => tf.ones([2]).add(1));
  const mid = tf.memory().numTensors - m0;
  return [inner.mul(3), mid];
});
return [out[1], inner.isDisposed, out[0], tf.memory().numTensors - m0];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
box = {}
def outer():
    box['inner'] = tf.tidy(lambda: tf.ones([2]).add(1))
    mid = tf.memory().numTensors - m0
    return [box['inner'].mul(3), mid]
out = tf.tidy(outer)
return [out[1], box['inner'].isDisposed, out[0], tf.memory().numTensors - m0]

// @case tidy_returns_list
const m0 = tf.memory().numTensors;
const r = tf.tidy(() => { const a = tf.ones([1]); return [a.add(1), a.add(2)]; });
return [tf.memory().numTensors - m0, r];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
def f():
    a = tf.ones([1])
    return [a.add(1), a.add(2)]
r = tf.tidy(f)
return [tf.memory().numTensors - m0, r]

// @case tidy_returns_dict
const m0 = tf.memory().numTensors;
const r = tf.tidy(() => { const a = tf.ones([1]); return {x: a.add(1), y: a.add(2)}; });
return [tf.memory().numTensors - m0, r];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
def f():
    a = tf.ones([1])
    return {'x': a.add(1), 'y': a.add(2)}
r = tf.tidy(f)
return [tf.memory().numTensors - m0, r]

// @case tidy_returns_nested
const m0 = tf.memory().numTensors;
const r = tf.tidy(() => {
  const a = tf.ones([1]);
  a.add(5);
  return {x: [a.add(1), {y: a.add(2)}], n: 3};
});
return [tf.memory().numTensors - m0, r];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
def f():
    a = tf.ones([1])
    a.add(5)
    return {'x': [a.add(1), {'y': a.add(2)}], 'n': 3}
r = tf.tidy(f)
return [tf.memory().numTensors - m0, r]

// @case tidy_returns_non_tensor
const m0 = tf.memory().numTensors;
const r = [tf.tidy(() => { tf.ones([2]); return 5; }), tf.tidy(() => 'x'),
           tf.tidy(() => null), tf.tidy(() => true)];
return [tf.memory().numTensors - m0, r];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
def f():
    tf.ones([2])
    return 5
r = [tf.tidy(f), tf.tidy(lambda: 'x'), tf.tidy(lambda: None), tf.tidy(lambda: True)]
return [tf.memory().numTensors - m0, r]

// @case tidy_returns_outer_tensor
// A tensor created outside and returned is left alone.
const a = tf.tensor([1, 2]);
const r = tf.tidy(() => a);
return [r === a, a.isDisposed, a];
// @py
a = tf.tensor([1, 2])
r = tf.tidy(lambda: a)
return [r is a, a.isDisposed, a]

// @case tidy_disposes_on_error
const m0 = tf.memory().numTensors;
let x;
let msg;
try {
  tf.tidy(() => { x = tf.ones([2]); throw new Error('boom'); });
} catch (e) {
  msg = e.message;
}
return [msg, x.isDisposed, tf.memory().numTensors - m0];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
box = {}
def f():
    box['x'] = tf.ones([2])
    raise ValueError('boom')
try:
    tf.tidy(f)
except ValueError as e:
    msg = str(e)
return [msg, box['x'].isDisposed, tf.memory().numTensors - m0]

// @case tidy_without_function
tf.tidy('a');

// @case tidy_no_arguments
tf.tidy();

// @case tidy_second_arg_not_function
tf.tidy('a', 5);

// @case tidy_first_arg_not_string
tf.tidy(() => 1, () => 2);
// @py
tf.tidy(lambda: 1, lambda: 2)

// @case keep_inside_tidy
const m0 = tf.memory().numTensors;
let kept, other;
tf.tidy(() => {
  kept = tf.keep(tf.ones([2]));
  other = tf.ones([2]);
  return null;
});
return [kept.isDisposed, other.isDisposed, kept.kept, tf.memory().numTensors - m0, kept];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
box = {}
def f():
    box['kept'] = tf.keep(tf.ones([2]))
    box['other'] = tf.ones([2])
    return None
tf.tidy(f)
kept, other = box['kept'], box['other']
return [kept.isDisposed, other.isDisposed, kept.kept, tf.memory().numTensors - m0, kept]

// @case keep_nested_tidy
let kept;
tf.tidy(() => { tf.tidy(() => { kept = tf.keep(tf.scalar(2)); }); });
return [kept.isDisposed, kept];
// @py
box = {}
def inner():
    box['kept'] = tf.keep(tf.scalar(2))
tf.tidy(lambda: tf.tidy(inner))
return [box['kept'].isDisposed, box['kept']]

// @case keep_outside_tidy
const a = tf.tensor([1]);
const k = tf.keep(a);
return [k === a, a.kept, a.isDisposed];
// @py
a = tf.tensor([1])
k = tf.keep(a)
return [k is a, a.kept, a.isDisposed]

// @case keep_then_dispose
const a = tf.keep(tf.tensor([1]));
a.dispose();
return a.isDisposed;

// @case dispose_tensor
const m0 = tf.memory().numTensors;
const a = tf.tensor([1, 2]);
tf.dispose(a);
return [a.isDisposed, tf.memory().numTensors - m0];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
a = tf.tensor([1, 2])
tf.dispose(a)
return [a.isDisposed, tf.memory().numTensors - m0]

// @case dispose_list_dict_nested
const m0 = tf.memory().numTensors;
const a = tf.tensor([1]), b = tf.tensor([2]), c = tf.tensor([3]), d = tf.tensor([4]);
const e = tf.tensor([5]);
const m1 = tf.memory().numTensors - m0;
tf.dispose([a, b]);
tf.dispose({c: c});
tf.dispose([{x: [d]}, 5, 'str', null]);
return [m1, a.isDisposed, b.isDisposed, c.isDisposed, d.isDisposed, e.isDisposed,
        tf.memory().numTensors - m0];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
a, b, c, d = tf.tensor([1]), tf.tensor([2]), tf.tensor([3]), tf.tensor([4])
e = tf.tensor([5])
m1 = tf.memory().numTensors - m0
tf.dispose([a, b])
tf.dispose({'c': c})
tf.dispose([{'x': [d]}, 5, 'str', None])
return [m1, a.isDisposed, b.isDisposed, c.isDisposed, d.isDisposed, e.isDisposed,
        tf.memory().numTensors - m0]

// @case dispose_non_tensors
return [tf.dispose(5), tf.dispose(null), tf.dispose('a'), tf.dispose({a: 1})];
// @py
return [tf.dispose(5), tf.dispose(None), tf.dispose('a'), tf.dispose({'a': 1})]

// @case dispose_idempotent
const m0 = tf.memory().numTensors;
const a = tf.tensor([1, 2]);
a.dispose();
a.dispose();
tf.dispose(a);
return [a.isDisposed, tf.memory().numTensors - m0];
// @py
import gc; gc.collect()
m0 = tf.memory().numTensors
a = tf.tensor([1, 2])
a.dispose()
a.dispose()
tf.dispose(a)
return [a.isDisposed, tf.memory().numTensors - m0]

// @case disposed_properties
const a = tf.tensor([[1, 2]], [1, 2], 'int32');
const before = a.isDisposed;
a.dispose();
return [before, a.isDisposed, a.shape, a.dtype, a.rank, a.size];

// @case disposed_dataSync
const a = tf.tensor([1]); a.dispose(); a.dataSync();
// @case disposed_clone
const a = tf.tensor([1]); a.dispose(); a.clone();
// @case disposed_print
const a = tf.tensor([1]); a.dispose(); a.print();
// @case disposed_toString
const a = tf.tensor([1]); a.dispose(); a.toString();
// @case disposed_method_add
const a = tf.tensor([1]); a.dispose(); a.add(1);
// @case disposed_arraySync
const a = tf.tensor([1]); a.dispose(); a.arraySync();

// @case clone_survives_dispose
const a = tf.tensor([1, 2]);
const c = a.clone();
a.dispose();
return [c.isDisposed, c];

// @case set_backend_cpu
// (The backend before and after depends on the devices present: see tests/test_engine.py.)
const prev = tf.getBackend();
const r = await tf.setBackend('cpu');
const now = tf.getBackend();
await tf.setBackend(prev);
return [r, now];

// @case set_backend_unknown
await tf.setBackend('foo');

// @case set_backend_number
await tf.setBackend(5);

// @case backend_epsilon
return [tf.backend().epsilon(), tf.backend().floatPrecision()];

// @case version
return tf.version;

// @case version_core
return tf.version['tfjs-core'];

// @case env_get_flags
// (WebGL flags log a WebGL context error in Node: left out.)
const e = tf.env();
return [e.get('DEBUG'), e.get('IS_BROWSER'), e.get('IS_NODE'), e.get('PROD'),
        e.get('IS_TEST'),
        e.get('CPU_HANDOFF_SIZE_THRESHOLD'), e.get('CHECK_COMPUTATION_FOR_ERRORS'),
        e.get('TENSORLIKE_CHECK_SHAPE_CONSISTENCY'), e.get('KEEP_INTERMEDIATE_TENSORS'),
        e.get('DEPRECATION_WARNINGS_ENABLED'),
        e.get('TOPK_K_CPU_HANDOFF_THRESHOLD')];

// @case env_get_bool
return [tf.env().getBool('IS_NODE'), tf.env().getBool('DEBUG'),
        tf.env().getNumber('CPU_HANDOFF_SIZE_THRESHOLD')];
// @py
return [tf.env().getBool('IS_NODE'), tf.env().getBool('DEBUG'),
        tf.env().getNumber('CPU_HANDOFF_SIZE_THRESHOLD')]

// @case env_set_and_restore
const e = tf.env();
const before = e.get('PROD');
e.set('PROD', true);
const during = e.get('PROD');
const bool = e.getBool('PROD');
e.set('PROD', before);
return [before, during, bool, e.get('PROD')];

// @case env_get_unknown
tf.env().get('NOT_A_FLAG');

// @case env_epsilon_is_not_a_flag
tf.env().get('EPSILON');

// @case env_set_unknown
tf.env().set('NOT_A_FLAG', 1);

// @case env_features_has_evaluated_flags
const f = tf.env().features;
return [f['IS_NODE'], f['IS_BROWSER'], 'DEBUG' in f];
// @py
f = tf.env().features
return [f['IS_NODE'], f['IS_BROWSER'], 'DEBUG' in f]

// @case options_to_snake_case
// TF.js's camel->snake rule, observed through model.toJSON() of a custom layer's config.
class L extends tf.layers.Layer {
  getConfig() {
    return Object.assign({}, super.getConfig(), {probe: {myKeyName: 1, Conv2D: 2,
      _private: 3, already_snake: 4, HTTPServer: 5, getHTTPResponseCode: 6, x: 7,
      inputShape2D: 8, a1B2: 9, ABC: 10, __dunder: 11, Dense: 12, kernel_Initializer: 13,
      useBias: 14, batchInputShape: 15}});
  }
  static get className() { return 'SnakeProbe'; }
}
tf.serialization.registerClass(L);
const m = tf.sequential();
m.add(new L({inputShape: [1]}));
return m.toJSON(null, false).config.layers[0].config.probe;
// @py
from tfjs_compat._options import to_snake_case
keys = ['myKeyName', 'Conv2D', '_private', 'already_snake', 'HTTPServer',
        'getHTTPResponseCode', 'x', 'inputShape2D', 'a1B2', 'ABC', '__dunder', 'Dense',
        'kernel_Initializer', 'useBias', 'batchInputShape']
return {to_snake_case(k): i + 1 for i, k in enumerate(keys)}

// @case options_to_camel_case
// TF.js's snake->camel rule, observed through the config a custom layer gets on loading.
let seen = null;
class L extends tf.layers.Layer {
  constructor(c) { super(c); if (c.probe) seen = c.probe; }
  static get className() { return 'CamelProbe'; }
}
tf.serialization.registerClass(L);
const keys = ['my_key_name', 'conv2d', '_private', 'a', 'already', 'x__y', 'trailing_',
  '__lead', 'input_shape_2d', 'a_b_c', 'kernel_initializer', 'HTTP_server', 'a_1',
  'batch_input_shape', 'use_bias'];
const probe = {};
keys.forEach((k, i) => { probe[k] = i; });
const topology = {class_name: 'Sequential', config: {name: 's', layers: [{class_name:
  'CamelProbe', config: {name: 'l', batch_input_shape: [null, 1], probe}}]}};
await tf.models.modelFromJSON({modelTopology: topology});
return seen;
// @py
from tfjs_compat._options import to_camel_case
keys = ['my_key_name', 'conv2d', '_private', 'a', 'already', 'x__y', 'trailing_',
        '__lead', 'input_shape_2d', 'a_b_c', 'kernel_initializer', 'HTTP_server', 'a_1',
        'batch_input_shape', 'use_bias']
return {to_camel_case(k): i for i, k in enumerate(keys)}
