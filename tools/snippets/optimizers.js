// tf.train optimizers: trajectories, state, config and errors (tfjs-facts.md 4.2).
// Trajectory cases are written by a script (one per optimizer and option): minimize()
// on a quadratic in a vector and a scalar variable, and applyGradients() with fixed
// gradients (dict and list forms). Values must match TF.js within 1e-6 relative.

// @case traj_minimize_sgd
// @tol 1e-6
const opt = tf.train.sgd(0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.sgd(0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_sgd
// @tol 1e-6
const opt = tf.train.sgd(0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.sgd(0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_sgd_no_lr
// @tol 1e-6
const opt = tf.train.sgd();
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.sgd()
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_sgd_no_lr
// @tol 1e-6
const opt = tf.train.sgd();
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.sgd()
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_momentum
// @tol 1e-6
const opt = tf.train.momentum(0.1, 0.9);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.momentum(0.1, 0.9)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_momentum
// @tol 1e-6
const opt = tf.train.momentum(0.1, 0.9);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.momentum(0.1, 0.9)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_momentum_nesterov
// @tol 1e-6
const opt = tf.train.momentum(0.05, 0.5, true);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.momentum(0.05, 0.5, True)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_momentum_nesterov
// @tol 1e-6
const opt = tf.train.momentum(0.05, 0.5, true);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.momentum(0.05, 0.5, True)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adagrad
// @tol 1e-6
const opt = tf.train.adagrad(0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adagrad(0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adagrad
// @tol 1e-6
const opt = tf.train.adagrad(0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adagrad(0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adagrad_init_acc
// @tol 1e-6
const opt = tf.train.adagrad(0.2, 0.5);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adagrad(0.2, 0.5)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adagrad_init_acc
// @tol 1e-6
const opt = tf.train.adagrad(0.2, 0.5);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adagrad(0.2, 0.5)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adadelta_default
// @tol 1e-6
const opt = tf.train.adadelta();
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta()
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adadelta_default
// @tol 1e-6
const opt = tf.train.adadelta();
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta()
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adadelta_lr1
// @tol 1e-6
const opt = tf.train.adadelta(1.0);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta(1.0)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adadelta_lr1
// @tol 1e-6
const opt = tf.train.adadelta(1.0);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta(1.0)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adadelta_options
// @tol 1e-6
const opt = tf.train.adadelta(0.5, 0.8, 1e-4);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta(0.5, 0.8, 1e-4)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adadelta_options
// @tol 1e-6
const opt = tf.train.adadelta(0.5, 0.8, 1e-4);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adadelta(0.5, 0.8, 1e-4)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adam_default
// @tol 1e-6
const opt = tf.train.adam();
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adam()
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adam_default
// @tol 1e-6
const opt = tf.train.adam();
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adam()
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adam
// @tol 1e-6
const opt = tf.train.adam(0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adam(0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adam
// @tol 1e-6
const opt = tf.train.adam(0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adam(0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adam_options
// @tol 1e-6
const opt = tf.train.adam(0.05, 0.8, 0.99, 1e-3);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adam(0.05, 0.8, 0.99, 1e-3)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adam_options
// @tol 1e-6
const opt = tf.train.adam(0.05, 0.8, 0.99, 1e-3);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adam(0.05, 0.8, 0.99, 1e-3)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adamax_default
// @tol 1e-6
const opt = tf.train.adamax();
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax()
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adamax_default
// @tol 1e-6
const opt = tf.train.adamax();
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax()
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adamax
// @tol 1e-6
const opt = tf.train.adamax(0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax(0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adamax
// @tol 1e-6
const opt = tf.train.adamax(0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax(0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_adamax_decay
// @tol 1e-6
const opt = tf.train.adamax(0.1, 0.8, 0.95, 1e-4, 0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax(0.1, 0.8, 0.95, 1e-4, 0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_adamax_decay
// @tol 1e-6
const opt = tf.train.adamax(0.1, 0.8, 0.95, 1e-4, 0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.adamax(0.1, 0.8, 0.95, 1e-4, 0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_rmsprop
// @tol 1e-6
const opt = tf.train.rmsprop(0.1);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.1)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_rmsprop
// @tol 1e-6
const opt = tf.train.rmsprop(0.1);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.1)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_rmsprop_momentum
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.8, 0.5);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.8, 0.5)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_rmsprop_momentum
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.8, 0.5);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.8, 0.5)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_rmsprop_centered
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.9, 0, undefined, true);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.9, 0, None, True)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_rmsprop_centered
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.9, 0, undefined, true);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients([{name: w.name, tensor: gw}, {name: b.name, tensor: gb}]);
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.9, 0, None, True)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients([{'name': w.name, 'tensor': gw}, {'name': b.name, 'tensor': gb}])
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case traj_minimize_rmsprop_centered_momentum_eps
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.9, 0.3, 1e-4, true);
const x = tf.variable(tf.tensor1d([0.5, 0.3]));
const y = tf.variable(tf.scalar(2));
const target = tf.tensor1d([1, -2]);
const f = () => x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y));
const out = [];
for (let i = 0; i < 6; i++) {
  const cost = opt.minimize(f, true, [x, y]);
  out.push([cost.dataSync()[0], ...x.dataSync(), ...y.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.9, 0.3, 1e-4, True)
x = tf.variable(tf.tensor1d([0.5, 0.3]))
y = tf.variable(tf.scalar(2))
target = tf.tensor1d([1, -2])
f = lambda: x.sub(target).square().sum().add(y.square().mul(3)).add(x.sum().mul(y))
out = []
for i in range(6):
    cost = opt.minimize(f, True, [x, y])
    out.append([float(cost.dataSync()[0]), *x.dataSync().tolist(), *y.dataSync().tolist()])
return out
// @case traj_apply_rmsprop_centered_momentum_eps
// @tol 1e-6
const opt = tf.train.rmsprop(0.01, 0.9, 0.3, 1e-4, true);
const w = tf.variable(tf.tensor1d([1, -2, 3]));
const b = tf.variable(tf.tensor2d([[0.5, -0.25]]));
const out = [];
for (let i = 0; i < 6; i++) {
  const s = (i % 3) - 0.5;
  const gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s]);
  const gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]]);
  opt.applyGradients({[w.name]: gw, [b.name]: gb});
  out.push([...w.dataSync(), ...b.dataSync()]);
}
return out;
// @py
opt = tf.train.rmsprop(0.01, 0.9, 0.3, 1e-4, True)
w = tf.variable(tf.tensor1d([1, -2, 3]))
b = tf.variable(tf.tensor2d([[0.5, -0.25]]))
out = []
for i in range(6):
    s = (i % 3) - 0.5
    gw = tf.tensor1d([0.3 * s, -1.5 + 0.1 * i, 2 * s * s])
    gb = tf.tensor2d([[0.01 * (i + 1), -4 * s]])
    opt.applyGradients({w.name: gw, b.name: gb})
    out.append([*w.dataSync().tolist(), *b.dataSync().tolist()])
return out
// @case configs
return [tf.train.sgd(0.1), tf.train.sgd(), tf.train.momentum(0.1, 0.9), tf.train.momentum(0.1, 0.9, true),
        tf.train.adagrad(0.1), tf.train.adagrad(0.1, 0.3), tf.train.adadelta(), tf.train.adadelta(1, 0.9, 1e-6),
        tf.train.adam(), tf.train.adam(0.1, 0.8, 0.99, 1e-8), tf.train.adamax(), tf.train.adamax(0.1, 0.8, 0.9, 1e-6, 0.5),
        tf.train.rmsprop(0.1), tf.train.rmsprop(0.1, 0.8, 0.5, 1e-6, true)].map(o => o.getConfig());
// @py
return [o.getConfig() for o in [tf.train.sgd(0.1), tf.train.sgd(), tf.train.momentum(0.1, 0.9), tf.train.momentum(0.1, 0.9, True),
        tf.train.adagrad(0.1), tf.train.adagrad(0.1, 0.3), tf.train.adadelta(), tf.train.adadelta(1, 0.9, 1e-6),
        tf.train.adam(), tf.train.adam(0.1, 0.8, 0.99, 1e-8), tf.train.adamax(), tf.train.adamax(0.1, 0.8, 0.9, 1e-6, 0.5),
        tf.train.rmsprop(0.1), tf.train.rmsprop(0.1, 0.8, 0.5, 1e-6, True)]]
// @case class_names
const opts = [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
              tf.train.adam(), tf.train.adamax(), tf.train.rmsprop(0.1)];
return opts.map(o => [o.getClassName(), o.constructor.className, o instanceof tf.Optimizer, o.iterations]);
// @py
opts = [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
        tf.train.adam(), tf.train.adamax(), tf.train.rmsprop(0.1)]
return [[o.getClassName(), type(o).className, isinstance(o, tf.Optimizer), o.iterations] for o in opts]
// @case momentum_is_sgd_subclass
return [tf.train.momentum(0.1, 0.9) instanceof tf.SGDOptimizer, tf.train.adam() instanceof tf.AdamOptimizer];
// @py
return [isinstance(tf.train.momentum(0.1, 0.9), tf.SGDOptimizer), isinstance(tf.train.adam(), tf.AdamOptimizer)]
// @case train_namespace_keys
return Object.keys(tf.train);
// @py
return ['sgd', 'momentum', 'rmsprop', 'adam', 'adadelta', 'adamax', 'adagrad'] if all(hasattr(tf.train, k) for k in ['sgd', 'momentum', 'rmsprop', 'adam', 'adadelta', 'adamax', 'adagrad']) else dir(tf.train)
// @case from_config
const a = tf.train.adam(0.1, 0.8, 0.99, 1e-8);
const b = tf.AdamOptimizer.fromConfig(tf.AdamOptimizer, a.getConfig());
const r = tf.RMSPropOptimizer.fromConfig(tf.RMSPropOptimizer, tf.train.rmsprop(0.1, 0.8, 0.5, 1e-6, true).getConfig());
const s = tf.SGDOptimizer.fromConfig(tf.SGDOptimizer, {learningRate: 0.3});
return [b.getConfig(), b.getClassName(), r.getConfig(), s.getConfig()];
// @py
a = tf.train.adam(0.1, 0.8, 0.99, 1e-8)
b = tf.AdamOptimizer.fromConfig(tf.AdamOptimizer, a.getConfig())
r = tf.RMSPropOptimizer.fromConfig(tf.RMSPropOptimizer, tf.train.rmsprop(0.1, 0.8, 0.5, 1e-6, True).getConfig())
s = tf.SGDOptimizer.fromConfig(tf.SGDOptimizer, {'learningRate': 0.3})
return [b.getConfig(), b.getClassName(), r.getConfig(), s.getConfig()]
// @case facts_table_theta_squared
// theta0 = 1, loss = theta^2, three minimize steps per optimizer (tfjs-facts.md 4.2)
const makers = [() => tf.train.sgd(0.1), () => tf.train.momentum(0.1, 0.9), () => tf.train.momentum(0.1, 0.9, true),
  () => tf.train.adam(0.1), () => tf.train.adam(), () => tf.train.adamax(0.1), () => tf.train.adagrad(0.1),
  () => tf.train.adadelta(1.0), () => tf.train.adadelta(), () => tf.train.rmsprop(0.1),
  () => tf.train.rmsprop(0.1, 0.9, 0.5), () => tf.train.rmsprop(0.1, 0.9, 0, undefined, true)];
return makers.map(mk => {
  const opt = mk();
  const v = tf.variable(tf.scalar(1));
  const out = [];
  for (let i = 0; i < 3; i++) { opt.minimize(() => v.square(), false, [v]); out.push(v.dataSync()[0]); }
  return out;
});
// @py
makers = [lambda: tf.train.sgd(0.1), lambda: tf.train.momentum(0.1, 0.9), lambda: tf.train.momentum(0.1, 0.9, True),
  lambda: tf.train.adam(0.1), lambda: tf.train.adam(), lambda: tf.train.adamax(0.1), lambda: tf.train.adagrad(0.1),
  lambda: tf.train.adadelta(1.0), lambda: tf.train.adadelta(), lambda: tf.train.rmsprop(0.1),
  lambda: tf.train.rmsprop(0.1, 0.9, 0.5), lambda: tf.train.rmsprop(0.1, 0.9, 0, None, True)]
res = []
for mk in makers:
    opt = mk()
    v = tf.variable(tf.scalar(1))
    out = []
    for i in range(3):
        opt.minimize(lambda: v.square(), False, [v])
        out.append(float(v.dataSync()[0]))
    res.append(out)
return res
// @case minimize_default_var_list fresh
const x = tf.variable(tf.tensor1d([1, 2]));
const frozen = tf.variable(tf.tensor1d([5, 5]), false);
const opt = tf.train.sgd(0.25);
const r1 = opt.minimize(() => x.square().sum().add(frozen.sum()));
const r2 = opt.minimize(() => x.square().sum().add(frozen.sum()), true);
return [r1, r2, x, frozen, opt.iterations];
// @case get_weights_all fresh
// state names and order: 'iter' first, then each slot for every variable
const a = tf.variable(tf.tensor1d([1, 2]), true, 'a');
const b = tf.variable(tf.tensor1d([3]), true, 'b');
const f = () => a.square().sum().add(b.square().sum());
const res = [];
for (const opt of [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
                   tf.train.adam(), tf.train.rmsprop(0.1), tf.train.rmsprop(0.1, 0.9, 0.1, 1e-7, true)]) {
  opt.minimize(f);
  opt.minimize(f);
  const w = await opt.getWeights();
  res.push(w.map(x => [x.name, x.tensor]));
}
return res;
// @py
a = tf.variable(tf.tensor1d([1, 2]), True, 'a')
b = tf.variable(tf.tensor1d([3]), True, 'b')
f = lambda: a.square().sum().add(b.square().sum())
res = []
for opt in [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
            tf.train.adam(), tf.train.rmsprop(0.1), tf.train.rmsprop(0.1, 0.9, 0.1, 1e-7, True)]:
    opt.minimize(f)
    opt.minimize(f)
    w = await opt.getWeights()
    res.append([[x.name, x.tensor] for x in w])
return res
// @case get_weights_sync_access
const v = tf.variable(tf.tensor1d([1, 2]), true, 'gw_sync');
const opt = tf.train.adam(0.1);
opt.minimize(() => v.square().sum(), false, [v]);
const w = await opt.getWeights();
return [w.length, w[0].name, w[1].name, w[2].name];
// @py
v = tf.variable(tf.tensor1d([1, 2]), True, 'gw_sync')
opt = tf.train.adam(0.1)
opt.minimize(lambda: v.square().sum(), False, [v])
w = opt.getWeights()
return [len(w), w[0].name, w[1].name, w[2].name]
// @case adamax_get_weights_error
const opt = tf.train.adamax();
await opt.getWeights();
// @py
opt = tf.train.adamax()
await opt.getWeights()
// @case set_weights_continues_trajectory
// state copied into a new optimizer by getWeights/setWeights continues the same path
const res = [];
const makers = [() => tf.train.adam(0.1), () => tf.train.rmsprop(0.05, 0.9, 0.3, 1e-7, true),
                () => tf.train.adadelta(1), () => tf.train.momentum(0.1, 0.9, true), () => tf.train.adagrad(0.3)];
for (let k = 0; k < makers.length; k++) {
  const v = tf.variable(tf.tensor1d([1, -2]), true, `sw${k}`);
  const f = () => v.square().sum().add(v.sum());
  const first = makers[k]();
  for (let i = 0; i < 3; i++) first.minimize(f, false, [v]);
  const second = makers[k]();
  await second.setWeights(await first.getWeights());
  const path = [second.iterations];
  for (let i = 0; i < 3; i++) { second.minimize(f, false, [v]); path.push(...v.dataSync()); }
  res.push(path);
}
return res;
// @py
res = []
makers = [lambda: tf.train.adam(0.1), lambda: tf.train.rmsprop(0.05, 0.9, 0.3, 1e-7, True),
          lambda: tf.train.adadelta(1), lambda: tf.train.momentum(0.1, 0.9, True), lambda: tf.train.adagrad(0.3)]
for k in range(len(makers)):
    v = tf.variable(tf.tensor1d([1, -2]), True, f'sw{k}')
    f = lambda: v.square().sum().add(v.sum())
    first = makers[k]()
    for i in range(3):
        first.minimize(f, False, [v])
    second = makers[k]()
    await second.setWeights(await first.getWeights())
    path = [second.iterations]
    for i in range(3):
        second.minimize(f, False, [v])
        path.extend(v.dataSync().tolist())
    res.append(path)
return res
// @case slots_are_positional
// TF.js keys per-variable state by position in the gradient list, not by name
const a = tf.variable(tf.tensor1d([1, 2]), true, 'pos_a');
const b = tf.variable(tf.tensor1d([3, 4]), true, 'pos_b');
const opt = tf.train.adam(0.1);
opt.applyGradients({pos_a: tf.tensor1d([1, 1]), pos_b: tf.tensor1d([10, 10])});
opt.applyGradients({pos_b: tf.tensor1d([10, 10])});
const w = await opt.getWeights();
return [a, b, w.map(x => [x.name, x.tensor])];
// @py
a = tf.variable(tf.tensor1d([1, 2]), True, 'pos_a')
b = tf.variable(tf.tensor1d([3, 4]), True, 'pos_b')
opt = tf.train.adam(0.1)
opt.applyGradients({'pos_a': tf.tensor1d([1, 1]), 'pos_b': tf.tensor1d([10, 10])})
opt.applyGradients({'pos_b': tf.tensor1d([10, 10])})
w = await opt.getWeights()
return [a, b, [[x.name, x.tensor] for x in w]]
// @case apply_null_gradient_skipped
const v = tf.variable(tf.tensor1d([1, 2]), true, 'null_g');
const opt = tf.train.sgd(0.5);
opt.applyGradients({null_g: null});
opt.applyGradients([{name: 'null_g', tensor: tf.tensor1d([1, 1])}, {name: 'null_g', tensor: tf.tensor1d([1, 1])}]);
return [v, opt.iterations];
// @py
v = tf.variable(tf.tensor1d([1, 2]), True, 'null_g')
opt = tf.train.sgd(0.5)
opt.applyGradients({'null_g': None})
opt.applyGradients([{'name': 'null_g', 'tensor': tf.tensor1d([1, 1])}, {'name': 'null_g', 'tensor': tf.tensor1d([1, 1])}])
return [v, opt.iterations]
// @case apply_int32_gradient
const v = tf.variable(tf.tensor1d([1, 2]), true, 'int_g');
tf.train.sgd(0.5).applyGradients({int_g: tf.tensor1d([1, 3], 'int32')});
return v;
// @py
v = tf.variable(tf.tensor1d([1, 2]), True, 'int_g')
tf.train.sgd(0.5).applyGradients({'int_g': tf.tensor1d([1, 3], 'int32')})
return v
// @case memory_stable_across_steps fresh
const x = tf.variable(tf.tensor1d([1, 2]));
const res = [];
for (const opt of [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
                   tf.train.adam(), tf.train.adamax(), tf.train.rmsprop(0.1, 0.9, 0.1, 1e-7, true)]) {
  opt.minimize(() => x.square().sum());
  const n1 = tf.memory().numTensors;
  for (let i = 0; i < 4; i++) opt.minimize(() => x.square().sum());
  res.push(tf.memory().numTensors - n1);
}
return res;
// @py
x = tf.variable(tf.tensor1d([1, 2]))
res = []
for opt in [tf.train.sgd(0.1), tf.train.momentum(0.1, 0.9), tf.train.adagrad(0.1), tf.train.adadelta(),
            tf.train.adam(), tf.train.adamax(), tf.train.rmsprop(0.1, 0.9, 0.1, 1e-7, True)]:
    opt.minimize(lambda: x.square().sum())
    n1 = tf.memory().numTensors
    for i in range(4):
        opt.minimize(lambda: x.square().sum())
    res.append(tf.memory().numTensors - n1)
return res
// @case err_rmsprop_no_lr
tf.train.rmsprop();
// @case err_momentum_no_momentum
tf.train.momentum(0.1);
// @case err_minimize_not_scalar
const v = tf.variable(tf.tensor1d([1, 2]));
tf.train.sgd(0.1).minimize(() => v.square(), false, [v]);
// @case err_minimize_no_connection
const v = tf.variable(tf.tensor1d([1, 2]));
tf.train.sgd(0.1).minimize(() => tf.scalar(2), false, [v]);
// @case err_minimize_not_tensor
const v = tf.variable(tf.tensor1d([1, 2]));
tf.train.adam().minimize(() => 3, false, [v]);
// @case err_minimize_not_function
tf.train.adam().minimize(5);
// @case err_minimize_bad_var_list
const v = tf.variable(tf.tensor1d([1, 2]));
tf.train.sgd(0.1).minimize(() => v.sum(), false, [v.add(1)]);
// @case err_apply_unknown_variable_sgd
tf.train.sgd(0.1).applyGradients({no_such_var: tf.tensor1d([1])});
// @py
tf.train.sgd(0.1).applyGradients({'no_such_var': tf.tensor1d([1])})
// @case err_apply_unknown_variable_adam
tf.train.adam(0.1).applyGradients({no_such_var: tf.tensor1d([1])});
// @py
tf.train.adam(0.1).applyGradients({'no_such_var': tf.tensor1d([1])})
// @case err_apply_unknown_variable_adagrad
tf.train.adagrad(0.1).applyGradients({no_such_var: tf.tensor1d([1])});
// @py
tf.train.adagrad(0.1).applyGradients({'no_such_var': tf.tensor1d([1])})
// @case err_apply_shape_mismatch
const v = tf.variable(tf.tensor1d([1, 2]), true, 'shape_g');
tf.train.sgd(0.1).applyGradients({shape_g: tf.tensor1d([1, 2, 3])});
// @py
v = tf.variable(tf.tensor1d([1, 2]), True, 'shape_g')
tf.train.sgd(0.1).applyGradients({'shape_g': tf.tensor1d([1, 2, 3])})
