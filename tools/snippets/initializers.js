// tf.initializers.* (tfjs_compat/initializers.py): configs, class names, defaults,
// falsy-argument quirks, deterministic values, errors.
// @case preset_configs_no_args
const I = tf.initializers;
console.log(I.glorotNormal().getClassName(), JSON.stringify(I.glorotNormal().getConfig()));
console.log(I.glorotUniform().getClassName(), JSON.stringify(I.glorotUniform().getConfig()));
console.log(I.heNormal().getClassName(), JSON.stringify(I.heNormal().getConfig()));
console.log(I.heUniform().getClassName(), JSON.stringify(I.heUniform().getConfig()));
console.log(I.leCunNormal().getClassName(), JSON.stringify(I.leCunNormal().getConfig()));
console.log(I.leCunUniform().getClassName(), JSON.stringify(I.leCunUniform().getConfig()));
console.log(I.zeros().getClassName(), JSON.stringify(I.zeros().getConfig()));
console.log(I.ones().getClassName(), JSON.stringify(I.ones().getConfig()));
// @case configs_empty_options
const I = tf.initializers;
console.log(I.glorotNormal({}).getClassName(), JSON.stringify(I.glorotNormal({}).getConfig()));
console.log(I.heUniform({}).getClassName(), JSON.stringify(I.heUniform({}).getConfig()));
console.log(I.identity({}).getClassName(), JSON.stringify(I.identity({}).getConfig()));
console.log(I.orthogonal({}).getClassName(), JSON.stringify(I.orthogonal({}).getConfig()));
console.log(I.randomNormal({}).getClassName(), JSON.stringify(I.randomNormal({}).getConfig()));
console.log(I.randomUniform({}).getClassName(), JSON.stringify(I.randomUniform({}).getConfig()));
console.log(I.truncatedNormal({}).getClassName(), JSON.stringify(I.truncatedNormal({}).getConfig()));
console.log(I.varianceScaling({}).getClassName(), JSON.stringify(I.varianceScaling({}).getConfig()));
console.log(I.constant({value: 3}).getClassName(), JSON.stringify(I.constant({value: 3}).getConfig()));
// @case configs_with_seeds
const I = tf.initializers;
console.log(JSON.stringify(I.glorotNormal({seed: 5}).getConfig()));
console.log(JSON.stringify(I.glorotNormal({seed: null}).getConfig()));
console.log(JSON.stringify(I.leCunUniform({seed: 0}).getConfig()));
console.log(JSON.stringify(I.randomNormal({mean: 2, stddev: 3, seed: 5}).getConfig()));
console.log(JSON.stringify(I.randomNormal({seed: null}).getConfig()));
console.log(JSON.stringify(I.orthogonal({gain: 2, seed: 1}).getConfig()));
console.log(JSON.stringify(I.varianceScaling({scale: 3, mode: 'fanOut', distribution: 'uniform', seed: 2}).getConfig()));
// @case falsy_arguments_take_defaults
const I = tf.initializers;
console.log(JSON.stringify(I.randomUniform({minval: 0, maxval: 1}).getConfig()));
console.log(JSON.stringify(I.randomUniform({minval: 0, maxval: 0}).getConfig()));
console.log(JSON.stringify(I.randomUniform({minval: null, maxval: -1, seed: 3}).getConfig()));
console.log(JSON.stringify(I.randomNormal({mean: 0, stddev: 0}).getConfig()));
console.log(JSON.stringify(I.truncatedNormal({mean: 0, stddev: 0}).getConfig()));
console.log(JSON.stringify(I.randomUniform({minval: 0, maxval: 1, seed: 0}).getConfig()));
// @case null_and_zero_arguments
const I = tf.initializers;
console.log(JSON.stringify(I.varianceScaling({scale: 0}).getConfig()));
console.log(JSON.stringify(I.varianceScaling({scale: null, mode: null, distribution: null, seed: null}).getConfig()));
console.log(JSON.stringify(I.identity({gain: 0}).getConfig()));
console.log(JSON.stringify(I.identity({gain: null}).getConfig()));
console.log(JSON.stringify(I.orthogonal({gain: 0}).getConfig()));
console.log(JSON.stringify(I.orthogonal({gain: null, seed: null}).getConfig()));
console.log(JSON.stringify(I.constant({value: 0}).getConfig()));
console.log(JSON.stringify(I.constant({value: null}).getConfig()));
// @case variance_scaling_truncated_normal_name_accepted
return JSON.stringify(tf.initializers.varianceScaling({distribution: 'truncatedNormal'}).getConfig());
// @case variance_scaling_negative_scale
tf.initializers.varianceScaling({scale: -1});
// @case variance_scaling_bad_mode
tf.initializers.varianceScaling({mode: 'foo'});
// @case variance_scaling_bad_distribution
tf.initializers.varianceScaling({distribution: 'foo'});
// @case variance_scaling_scale_zero_gives_zeros
return tf.initializers.varianceScaling({scale: 0}).apply([2, 2]);
// @case variance_scaling_bool_normal
tf.initializers.glorotNormal({seed: 1}).apply([2], 'bool');
// @case variance_scaling_bool_uniform
return tf.initializers.glorotUniform({seed: 1}).apply([4, 4], 'bool');
// @case random_normal_bool
tf.initializers.randomNormal({seed: 1}).apply([2], 'bool');
// @case truncated_normal_bool
tf.initializers.truncatedNormal({seed: 1}).apply([2], 'bool');
// @case random_uniform_bool
return tf.initializers.randomUniform({seed: 1}).apply([2], 'bool');
// @case no_options_errors_random_normal
tf.initializers.randomNormal();
// @case no_options_errors_random_uniform
tf.initializers.randomUniform();
// @case no_options_errors_truncated_normal
tf.initializers.truncatedNormal();
// @case no_options_errors_variance_scaling
tf.initializers.varianceScaling();
// @case no_options_errors_orthogonal
tf.initializers.orthogonal();
// @case no_options_errors_identity
tf.initializers.identity();
// @case no_options_errors_constant
tf.initializers.constant();
// @case constant_without_value
tf.initializers.constant({});
// @case zeros_ones_dtypes
const I = tf.initializers;
return [I.zeros().apply([2, 3]), I.zeros().apply([2], 'int32'), I.ones().apply([2, 1]), I.ones().apply([2], 'bool'), I.ones().apply([3], 'int32'), I.zeros().apply([])];
// @case ones_string_dtype
tf.initializers.ones().apply([2], 'string');
// @case constant_values
const I = tf.initializers;
return [I.constant({value: 2.5}).apply([2, 2]), I.constant({value: 0}).apply([2]), I.constant({value: -3}).apply([3]), I.constant({value: true}).apply([2])];
// @case constant_is_always_float32
return [tf.initializers.constant({value: 2.5}).apply([2], 'int32'), tf.initializers.constant({value: 2.5}).apply([2, 1], 'bool')];
// @case constant_null_value_apply
tf.initializers.constant({value: null}).apply([2]);
// @case constant_array_value_apply
tf.initializers.constant({value: [1, 2]}).apply([2]);
// @case constant_string_value_apply
tf.initializers.constant({value: 'a'}).apply([2]);
// @case identity_values
const I = tf.initializers;
return [I.identity({}).apply([3, 3]), I.identity({gain: 3}).apply([2, 2]), I.identity({gain: 0}).apply([2, 2]), I.identity({gain: 2}).apply([2, 2], 'int32'), I.identity({gain: 0.5}).apply([1, 1])];
// @case identity_not_square
tf.initializers.identity({}).apply([2, 3]);
// @case identity_rank1
tf.initializers.identity({}).apply([2]);
// @case identity_rank3
tf.initializers.identity({}).apply([2, 2, 2]);
// @case orthogonal_rank1
tf.initializers.orthogonal({}).apply([3]);
// @case orthogonal_int32
tf.initializers.orthogonal({seed: 1}).apply([2, 2], 'int32');
// @case orthogonal_bool
tf.initializers.orthogonal({seed: 1}).apply([2, 2], 'bool');
// @case orthogonal_empty
return tf.initializers.orthogonal({seed: 2}).apply([0, 2]);
// @case dense_kernel_initializer_strings
const c = (k) => JSON.stringify(tf.layers.dense({units: 2, kernelInitializer: k}).getConfig().kernelInitializer);
console.log(c('glorotNormal'));
console.log(c('GlorotNormal'));
console.log(c('leCunUniform'));
console.log(c('randomUniform'));
console.log(c('RandomUniform'));
console.log(c('truncatedNormal'));
console.log(c('varianceScaling'));
console.log(c('orthogonal'));
console.log(c('identity'));
console.log(c('zeros'));
console.log(c('Ones'));
// @py
c = lambda k: JSON.stringify(tf.layers.dense({'units': 2, 'kernelInitializer': k}).getConfig()['kernelInitializer'])
for k in ['glorotNormal', 'GlorotNormal', 'leCunUniform', 'randomUniform', 'RandomUniform', 'truncatedNormal', 'varianceScaling', 'orthogonal', 'identity', 'zeros', 'Ones']:
    console.log(c(k))
// @case dense_kernel_initializer_dicts
const c = (k) => JSON.stringify(tf.layers.dense({units: 2, kernelInitializer: k}).getConfig().kernelInitializer);
console.log(c({className: 'Zeros', config: {foo: 1}}));
console.log(c({className: 'HeUniform', config: {seed: 4}}));
console.log(c({className: 'HeUniform', config: {}}));
console.log(c({className: 'RandomUniform', config: {minval: 0, maxval: 2}}));
console.log(c({className: 'Constant', config: {value: 3}}));
console.log(c({className: 'VarianceScaling', config: {scale: 2, mode: 'fanAvg'}}));
console.log(c(tf.initializers.randomNormal({mean: 1, seed: 3})));
// @py
c = lambda k: JSON.stringify(tf.layers.dense({'units': 2, 'kernelInitializer': k}).getConfig()['kernelInitializer'])
console.log(c({'className': 'Zeros', 'config': {'foo': 1}}))
console.log(c({'className': 'HeUniform', 'config': {'seed': 4}}))
console.log(c({'className': 'HeUniform', 'config': {}}))
console.log(c({'className': 'RandomUniform', 'config': {'minval': 0, 'maxval': 2}}))
console.log(c({'className': 'Constant', 'config': {'value': 3}}))
console.log(c({'className': 'VarianceScaling', 'config': {'scale': 2, 'mode': 'fanAvg'}}))
console.log(c(tf.initializers.randomNormal({'mean': 1, 'seed': 3})))
// @case unknown_initializer_string
tf.layers.dense({units: 2, kernelInitializer: 'glorot_normal'});
// @case unknown_initializer_class_name
tf.layers.dense({units: 2, kernelInitializer: {className: 'Foo', config: {}}});
// @case initializer_dict_without_config
tf.layers.dense({units: 2, kernelInitializer: {className: 'HeUniform'}});
// @case initializer_not_an_object
tf.layers.dense({units: 2, kernelInitializer: 5});
// @case constant_string_identifier
tf.layers.dense({units: 2, kernelInitializer: 'constant'});
// @case mode_snake_case_rejected
tf.layers.dense({units: 2, kernelInitializer: {className: 'VarianceScaling', config: {mode: 'fan_avg'}}});
// @case dense_kernel_with_constant_initializer
const layer = tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: tf.initializers.constant({value: 0.5}), biasInitializer: 'ones'});
return layer.apply(tf.tensor2d([[1, 2, 3]]));
// @case seeded_glorot_uniform_facts
return tf.initializers.glorotUniform({seed: 42}).apply([2, 3]);
// @case seeded_glorot_normal_facts
return tf.initializers.glorotNormal({seed: 42}).apply([2, 3]);
// @case seeded_random_normal_he_lecun_facts
return [tf.initializers.randomNormal({seed: 42}).apply([3]), tf.initializers.heUniform({seed: 3}).apply([4, 2]), tf.initializers.leCunNormal({seed: 1}).apply([3])];
// @case seeded_random_uniform
const I = tf.initializers;
return [I.randomUniform({seed: 42}).apply([5]), I.randomUniform({minval: -2, maxval: 3, seed: 7}).apply([2, 3]), I.randomUniform({seed: 0}).apply([3]), I.randomUniform({seed: -1}).apply([3]), I.randomUniform({seed: 1.5}).apply([3]), I.randomUniform({seed: '42'}).apply([2])];
// @case seeded_random_normal_truncated_normal
const I = tf.initializers;
return [I.randomNormal({mean: 10, stddev: 2, seed: 5}).apply([3]), I.randomNormal({seed: 1, stddev: 1}).apply([4]), I.truncatedNormal({seed: 1, stddev: 1}).apply([4]), I.truncatedNormal({mean: -1, stddev: 0.5, seed: 9}).apply([2, 3]), I.randomNormal({seed: '42'}).apply([3])];
// @case seeded_int32_dtypes
const I = tf.initializers;
return [I.randomNormal({seed: 1, stddev: 3}).apply([4], 'int32'), I.truncatedNormal({seed: 1, stddev: 3}).apply([4], 'int32'), I.randomUniform({seed: 1, minval: -5, maxval: 5}).apply([4], 'int32'), I.heNormal({seed: 1}).apply([4], 'int32'), I.glorotUniform({seed: 1}).apply([4, 4], 'int32'), I.randomUniform({seed: 42}).apply([3], 'int32')];
// @case seeded_variance_scaling_fans_every_rank
const I = tf.initializers;
return [I.glorotUniform({seed: 1}).apply([]), I.glorotUniform({seed: 1}).apply([5]), I.heUniform({seed: 1}).apply([2, 3, 2]), I.varianceScaling({seed: 1, mode: 'fanOut', distribution: 'uniform'}).apply([2, 1, 3, 2]), I.varianceScaling({seed: 1, mode: 'fanAvg', distribution: 'uniform'}).apply([1, 2, 1, 3, 2]), I.heUniform({seed: 1}).apply([1, 1, 1, 1, 2, 2]), I.glorotUniform({seed: 1}).apply([0, 3])];
// @case seeded_variance_scaling_normal_every_rank
const I = tf.initializers;
return [I.heNormal({seed: 4}).apply([3, 2]), I.leCunNormal({seed: 4}).apply([2, 2, 3]), I.glorotNormal({seed: 4}).apply([1, 2, 2, 2]), I.varianceScaling({scale: 3, mode: 'fanOut', seed: 4}).apply([2, 2, 1, 1, 2]), I.glorotNormal({seed: 4}).apply([7])];
// @case seeded_variance_scaling_truncated_normal_name_draws_uniform
const I = tf.initializers;
return [I.varianceScaling({distribution: 'truncatedNormal', seed: 1}).apply([3]), I.varianceScaling({distribution: 'uniform', seed: 1}).apply([3])];
// @case seeded_variance_scaling_zero_seed_uniform_is_reproducible
return [tf.initializers.glorotUniform({seed: 0}).apply([3]), tf.initializers.leCunUniform({seed: 0}).apply([2, 2])];
// @case zero_seed_normal_is_random
const a = tf.initializers.randomNormal({seed: 0}).apply([4]);
const b = tf.initializers.randomNormal({seed: 0}).apply([4]);
const c = tf.initializers.glorotNormal({seed: 0}).apply([4]);
const d = tf.initializers.glorotNormal({seed: 0}).apply([4]);
return [a.equal(b).all(), c.equal(d).all()];
// @case seeded_apply_twice_identical
const init = tf.initializers.heNormal({seed: 11});
const a = init.apply([3, 4]);
const b = init.apply([3, 4]);
return [a, a.equal(b).all()];
// @case seeded_orthogonal_facts
// @tol 1e-5
// QR in float32 JS kernels vs float64 here: last-bit differences.
return tf.initializers.orthogonal({seed: 1}).apply([2, 2]);
// @case seeded_orthogonal_shapes
// @tol 1e-5
// QR in float32 JS kernels vs float64 here: last-bit differences.
const I = tf.initializers;
return [I.orthogonal({seed: 1}).apply([2, 3]), I.orthogonal({seed: 1}).apply([3, 2]), I.orthogonal({seed: 1}).apply([2, 2, 2]), I.orthogonal({seed: 2, gain: 2}).apply([2, 5]), I.orthogonal({seed: 2}).apply([1, 1]), I.orthogonal({seed: 2}).apply([1, 2, 2, 3]), I.orthogonal({seed: 7}).apply([5, 5])];
// @case seeded_orthogonal_gain_zero
// @tol 1e-5
return tf.initializers.orthogonal({seed: 1, gain: 0}).apply([2, 2]);
// @case seeded_orthogonal_is_orthogonal
// @tol 1e-5
const q = tf.initializers.orthogonal({seed: 3}).apply([6, 4]);
return tf.matMul(q, q, true, false);
// @case orthogonal_large_warns
// @tol 1e-5
const q = tf.initializers.orthogonal({seed: 1}).apply([2, 20, 51]);
return q.shape;
// @case dense_kernel_seeded_glorot_uniform_facts
const make = () => tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: tf.initializers.glorotUniform({seed: 7})});
const a = make();
a.apply(tf.zeros([1, 3]));
const b = make();
b.apply(tf.zeros([1, 3]));
return [a.getWeights()[0], b.getWeights()[0]];
// @py
make = lambda: tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': tf.initializers.glorotUniform({'seed': 7})})
a = make()
a.apply(tf.zeros([1, 3]))
b = make()
b.apply(tf.zeros([1, 3]))
return [a.getWeights()[0], b.getWeights()[0]]
// @case dense_kernel_string_seeded_dict
const layer = tf.layers.dense({units: 3, inputShape: [2], kernelInitializer: {className: 'VarianceScaling', config: {scale: 2, mode: 'fanOut', distribution: 'uniform', seed: 13}}});
layer.apply(tf.zeros([1, 2]));
return layer.getWeights()[0];
