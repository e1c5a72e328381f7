// tf.grad, tf.grads, tf.valueAndGrad(s), tf.variableGrads, tf.customGrad.
// @case doc_grad
// f(x) = x ^ 2
const f = x => x.square();
// f'(x) = 2x
const g = tf.grad(f);
const x = tf.tensor1d([2, 3]);
g(x).print();
// @case doc_grad_second_order
// f(x) = x ^ 3
const f = x => x.pow(tf.scalar(3, 'int32'));
// f'(x) = 3x ^ 2
const g = tf.grad(f);
// f''(x) = 6x
const gg = tf.grad(g);
const x = tf.tensor1d([2, 3]);
gg(x).print();
// @case doc_grads
// f(a, b) = a * b
const f = (a, b) => a.mul(b);
// df / da = b, df / db = a
const g = tf.grads(f);
const a = tf.tensor1d([2, 3]);
const b = tf.tensor1d([-2, -3]);
const [da, db] = g([a, b]);
console.log('da');
da.print();
console.log('db');
db.print();
// @py
f = lambda a, b: a.mul(b)
g = tf.grads(f)
a = tf.tensor1d([2, 3])
b = tf.tensor1d([-2, -3])
da, db = g([a, b])
print('da')
da.print()
print('db')
db.print()
// @case doc_value_and_grad
// f(x) = x ^ 2
const f = x => x.square();
// f'(x) = 2x
const g = tf.valueAndGrad(f);
const x = tf.tensor1d([2, 3]);
const {value, grad} = g(x);
console.log('value');
value.print();
console.log('grad');
grad.print();
// @py
f = lambda x: x.square()
g = tf.valueAndGrad(f)
x = tf.tensor1d([2, 3])
r = g(x)
value, grad = r.value, r.grad
print('value')
value.print()
print('grad')
grad.print()
// @case doc_value_and_grads
// f(a, b) = a * b
const f = (a, b) => a.mul(b);
// df/da = b, df/db = a
const g = tf.valueAndGrads(f);
const a = tf.tensor1d([2, 3]);
const b = tf.tensor1d([-2, -3]);
const {value, grads} = g([a, b]);
const [da, db] = grads;
console.log('value');
value.print();
console.log('da');
da.print();
console.log('db');
db.print();
// @py
f = lambda a, b: a.mul(b)
g = tf.valueAndGrads(f)
a = tf.tensor1d([2, 3])
b = tf.tensor1d([-2, -3])
r = g([a, b])
value, grads = r.value, r.grads
da, db = grads
print('value')
value.print()
print('da')
da.print()
print('db')
db.print()
// @case doc_variable_grads
const a = tf.variable(tf.tensor1d([3, 4]));
const b = tf.variable(tf.tensor1d([5, 6]));
const x = tf.tensor1d([1, 2]);
// f(a, b) = a * x ^ 2 + b * x
const f = () => a.mul(x.square()).add(b.mul(x)).sum();
// df/da = x ^ 2, df/db = x
const {value, grads} = tf.variableGrads(f, [a, b]);
Object.keys(grads).forEach(varName => grads[varName].print());
// @py
a = tf.variable(tf.tensor1d([3, 4]))
b = tf.variable(tf.tensor1d([5, 6]))
x = tf.tensor1d([1, 2])
f = lambda: a.mul(x.square()).add(b.mul(x)).sum()
r = tf.variableGrads(f, [a, b])
for varName in r.grads:
    r.grads[varName].print()
// @case doc_custom_grad
const customOp = tf.customGrad((x, save) => {
  // Save x to make sure it's available later for the gradient.
  save([x]);
  // Override gradient of our custom x ^ 2 op to be dy * abs(x);
  return {
    value: x.square(),
    // Note `saved.x` which points to the `x` we saved earlier.
    gradFunc: (dy, saved) => [dy.mul(saved[0].abs())]
  };
});
const x = tf.tensor1d([-1, -2, 3]);
const dx = tf.grad(x => customOp(x));
console.log(`f(x):`);
customOp(x).print();
console.log(`f'(x):`);
dx(x).print();
// @py
def body(x, save):
    save([x])
    return {'value': x.square(), 'gradFunc': lambda dy, saved: [dy.mul(saved[0].abs())]}
customOp = tf.customGrad(body)
x = tf.tensor1d([-1, -2, 3])
dx = tf.grad(lambda x: customOp(x))
print('f(x):')
customOp(x).print()
print("f'(x):")
dx(x).print()
// @case square_sum
return tf.grad(x => x.square().sum())(tf.tensor2d([[1, -2], [3, 0.5]]));
// @case cube_by_mul
return tf.grad(x => x.mul(x).mul(x))(tf.tensor1d([1, -2, 0.5]));
// @case sin_times_exp
// @tol 1e-5
// transcendental kernels differ in the last bits between JS and torch
return tf.grad(x => tf.sin(x).mul(tf.exp(x)).sum())(tf.tensor1d([0.1, -0.7, 1.3]));
// @case sigmoid_tanh_mean
// @tol 1e-5
// transcendental kernels differ in the last bits between JS and torch
return tf.grad(x => x.sigmoid().add(x.tanh()).mean())(tf.tensor1d([-1.5, 0.2, 2.5, 0]));
// @case log_plus_sqrt
// @tol 1e-5
return tf.grad(x => x.log().add(x.sqrt()).sum())(tf.tensor1d([0.5, 2, 9]));
// @case relu_mixed_signs
return tf.grad(x => tf.relu(x).mul(tf.tensor1d([1, 2, 3, 4])).sum())(tf.tensor1d([-1, 2, -3, 4]));
// @case abs_nonzero
return tf.grad(x => x.abs().sum())(tf.tensor1d([-1.5, 2, -3]));
// @case pow_int_exponent
return tf.grad(x => x.pow(tf.scalar(3, 'int32')).sum())(tf.tensor1d([1, -2, 1.5]));
// @case matmul_grads
const a = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
const b = tf.tensor2d([[1, -1], [0.5, 2], [-3, 1]]);
return tf.grads((a, b) => a.matMul(b).square().sum())([a, b]);
// @case div_grads
return tf.grads((a, b) => a.div(b).sum())([tf.tensor1d([1, 2, 3]), tf.tensor1d([4, -5, 0.5])]);
// @case broadcast_add_grads
// b is broadcast over the rows: its gradient sums them
return tf.grads((a, b) => a.add(b).mul(a).sum())([tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor1d([1, 0, -1])]);
// @case maximum_grads
return tf.grads((a, b) => tf.maximum(a, b).sum())([tf.tensor1d([1, 5, -2]), tf.tensor1d([3, 2, -1])]);
// @case softmax_weighted
// @tol 1e-5
return tf.grad(x => x.softmax().mul(tf.tensor1d([1, 2, 3])).sum())(tf.tensor1d([0.5, -1, 2]));
// @case log_sum_exp
// @tol 1e-5
return tf.grad(x => x.logSumExp())(tf.tensor1d([1, 2, 3]));
// @case reshape_transpose_matmul
return tf.grad(x => x.reshape([2, 2]).transpose().matMul(tf.tensor2d([[1, 2], [3, 4]])).sum())(tf.tensor1d([1, 2, 3, 4]));
// @case grad_with_dy
return tf.grad(x => x.square())(tf.tensor1d([1, 2, 3]), tf.tensor1d([1, 0.5, -2]));
// @case grad_with_tensorlike_dy
return tf.grad(x => x.square())(tf.tensor1d([1, 2]), [1, 2]);
// @case grad_int32_input
const g = tf.grad(x => x.square())(tf.tensor1d([1, 2, 3], 'int32'));
return g;
// @case grad_number_input
return tf.grad(x => x.mul(x))(3);
// @case grads_same_tensor_twice
const x = tf.tensor1d([1, 2]);
return tf.grads((a, b) => a.mul(b).sum())([x, x]);
// @case grads_tensorlike_args
return tf.grads((a, b) => a.mul(b))([tf.tensor1d([1, 2]), 5]);
// @case grads_closure_use_is_tracked
// x is also used through the closure: the tape tracks the tensor, not the argument
const x = tf.tensor1d([1, 2]);
return tf.grad(y => y.mul(x).sum())(x);
// @case value_and_grad_values
const r = tf.valueAndGrad(x => x.square().sum())(tf.tensor1d([1, 2, 3]));
return r;
// @case value_and_grads_values
const r = tf.valueAndGrads((a, b) => a.mul(b).sum())([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])]);
return r;
// @case variable_grads_default_list fresh
const a = tf.variable(tf.tensor1d([1, 2]), true, 'a');
const b = tf.variable(tf.tensor1d([3]), true, 'b');
const c = tf.variable(tf.tensor1d([5]), false, 'c');
const r = tf.variableGrads(() => a.square().sum().add(c.sum()));
return r;
// @case variable_grads_given_list fresh
const a = tf.variable(tf.tensor1d([1, 2]), true, 'a');
const b = tf.variable(tf.tensor1d([3]), true, 'b');
const c = tf.variable(tf.tensor1d([5]), false, 'c');
const r = tf.variableGrads(() => a.square().sum().add(c.sum()).add(b.mul(3).sum()), [c, b, a]);
return r;
// @case variable_grads_memory fresh
// initial value held in a name: Python frees unreferenced tensors
const t = tf.tensor1d([1, 2]);
const v = tf.variable(t);
const n0 = tf.memory().numTensors;
const r = tf.variableGrads(() => v.square().mul(3).sum());
return [n0, tf.memory().numTensors];
// @case grad_memory fresh
const x = tf.tensor1d([1, 2, 3]);
const g = tf.grad(x => x.square().mul(2).sum())(x);
const n1 = tf.memory().numTensors;
const vg = tf.valueAndGrad(x => x.square().mul(2).sum())(x);
return [n1, tf.memory().numTensors];
// @case custom_grad_two_inputs
const f = tf.customGrad((a, b, save) => ({value: a.mul(b), gradFunc: dy => [dy.mul(3), dy.mul(b)]}));
return tf.grads((a, b) => f(a, b).sum())([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])]);
// @py
f = tf.customGrad(lambda a, b, save: {'value': a.mul(b), 'gradFunc': lambda dy, saved=None: [dy.mul(3), dy.mul(b)]})
return tf.grads(lambda a, b: f(a, b).sum())([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])])
// @case custom_grad_single_tensor_result
const f = tf.customGrad(x => ({value: x.square(), gradFunc: dy => dy.mul(3)}));
return tf.grad(f)(tf.tensor1d([1, 2]));
// @py
f = tf.customGrad(lambda x, save: {'value': x.square(), 'gradFunc': lambda dy, saved: dy.mul(3)})
return tf.grad(f)(tf.tensor1d([1, 2]))
// @case custom_grad_inside_chain
const f = tf.customGrad(x => ({value: x.square(), gradFunc: dy => [dy.mul(10)]}));
return tf.grad(x => f(x.mul(2)).sum())(tf.tensor1d([1, 2]));
// @py
f = tf.customGrad(lambda x, save: {'value': x.square(), 'gradFunc': lambda dy, saved: [dy.mul(10)]})
return tf.grad(lambda x: f(x.mul(2)).sum())(tf.tensor1d([1, 2]))
// @case err_grad_not_function
tf.grad(5);
// @case err_grads_not_function
tf.grads(5);
// @case err_value_and_grad_not_function
tf.valueAndGrad(5);
// @case err_value_and_grads_not_function
tf.valueAndGrads(5);
// @case err_variable_grads_not_function
tf.variableGrads(5);
// @case err_custom_grad_not_function
tf.customGrad(5);
// @case err_result_not_tensor
tf.grad(x => 5)(tf.tensor1d([1]));
// @case err_not_connected
tf.grad(x => tf.scalar(3))(tf.tensor1d([1, 2, 3]));
// @case err_identity_not_connected
tf.grad(x => x)(tf.tensor1d([1, 2]));
// @case err_grads_partly_connected
tf.grads((a, b) => a.mul(2))([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])]);
// @case err_grads_args_not_array
tf.grads((a, b) => a.mul(b))(tf.tensor1d([1, 2]));
// @case err_grads_empty
tf.grads(() => tf.scalar(1))([]);
// @case err_dy_int32
tf.grad(x => x.square())(tf.tensor1d([1, 2]), tf.tensor1d([1, 2], 'int32'));
// @case err_dy_string
tf.grad(x => x.square())(tf.tensor1d([1, 2]), 'a');
// @case err_dy_shape
tf.grad(x => x.square())(tf.tensor1d([1, 2]), tf.tensor1d([3]));
// @case err_dy_scalar_shape
tf.grad(x => x.square())(tf.tensor1d([1, 2]), 5);
// @case err_grads_dy_shape
tf.grads(x => x.square())([tf.tensor1d([1, 2])], tf.tensor1d([3]));
// @case err_value_and_grads_dy_shape
tf.valueAndGrads(x => x.square())([tf.tensor1d([1, 2])], tf.tensor1d([3]));
// @case err_value_and_grad_x_not_tensor
tf.valueAndGrad(x => x.square())(5);
// @case err_value_and_grad_dy_not_tensor
tf.valueAndGrad(x => x.square())(tf.tensor1d([1, 2]), 5);
// @case err_value_and_grads_args
tf.valueAndGrads(x => x.square())(tf.tensor1d([1, 2]));
// @case err_value_and_grads_dy_not_tensor
tf.valueAndGrads(x => x.square())([tf.tensor1d([1, 2])], 5);
// @case err_variable_grads_not_scalar
const v = tf.variable(tf.tensor1d([1, 2]));
tf.variableGrads(() => v.square(), [v]);
// @case err_variable_grads_bad_list
const v = tf.variable(tf.tensor1d([1, 2]));
tf.variableGrads(() => v.sum(), [v, tf.tensor1d([1])]);
// @case err_variable_grads_none_trainable
const v = tf.variable(tf.tensor1d([1, 2]), false);
tf.variableGrads(() => v.sum(), [v]);
// @case err_variable_grads_no_connection
const v = tf.variable(tf.tensor1d([1, 2]));
tf.variableGrads(() => tf.scalar(1), [v]);
// @case err_custom_grad_args
const f = tf.customGrad(x => ({value: x, gradFunc: dy => [dy]}));
f([1, 2]);
// @py
f = tf.customGrad(lambda x, save: {'value': x, 'gradFunc': lambda dy, saved: [dy]})
f([1, 2])
// @case err_custom_grad_no_value
tf.customGrad(x => ({}))(tf.tensor1d([1]));
// @py
tf.customGrad(lambda x, save: {})(tf.tensor1d([1]))
// @case err_custom_grad_no_grad_func
tf.customGrad(x => ({value: x.square()}))(tf.tensor1d([1]));
// @py
tf.customGrad(lambda x, save: {'value': x.square()})(tf.tensor1d([1]))
// @case err_custom_grad_wrong_count
const f = tf.customGrad(x => ({value: x.square(), gradFunc: dy => [dy, dy]}));
tf.grad(f)(tf.tensor1d([1, 2]));
// @py
f = tf.customGrad(lambda x, save: {'value': x.square(), 'gradFunc': lambda dy, saved: [dy, dy]})
tf.grad(f)(tf.tensor1d([1, 2]))
// @case err_custom_grad_not_tensors
const f = tf.customGrad(x => ({value: x.square(), gradFunc: dy => [5]}));
tf.grad(f)(tf.tensor1d([1, 2]));
// @py
f = tf.customGrad(lambda x, save: {'value': x.square(), 'gradFunc': lambda dy, saved: [5]})
tf.grad(f)(tf.tensor1d([1, 2]))
// @case err_custom_grad_wrong_shape
const f = tf.customGrad(x => ({value: x.square(), gradFunc: dy => [dy.sum()]}));
tf.grad(f)(tf.tensor1d([1, 2]));
// @py
f = tf.customGrad(lambda x, save: {'value': x.square(), 'gradFunc': lambda dy, saved: [dy.sum()]})
tf.grad(f)(tf.tensor1d([1, 2]))
