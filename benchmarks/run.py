"""Training/inference speed of tfjs_compat against a hand-written PyTorch loop.

    python benchmarks/run.py            # all workloads, 5 repeats, median ratios
    python benchmarks/run.py W1 W2      # some workloads
    python benchmarks/run.py --quick    # fewer samples (smoke run)

Both sides run in the same process on the same device with the same data, already
on the device: the PyTorch side uses nn modules, torch.optim, and randperm shuffling;
the tfjs_compat side is the ported TF.js program (tf.sequential / compile / fit /
predict). Reported: median seconds of each and the ratio tfjs_compat / PyTorch.
Not part of the test suite.
"""
import statistics
import sys
import time

import torch

import tfjs_compat as tf


def _timeit(fn, repeats):
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        fn()
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _torch_fit(model, opt, loss_fn, x, y, epochs, batch_size):
    n = x.shape[0]
    for _ in range(epochs):
        perm = torch.randperm(n, device=x.device)
        for start in range(0, n, batch_size):
            idx = perm[start:start + batch_size]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            opt.step()


def w1(quick):
    """TF.js getting started: dense(1), 6 points, sgd, 250 epochs."""
    xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1])
    ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1])

    def ours():
        model = tf.sequential()
        model.add(tf.layers.dense({"units": 1, "inputShape": [1]}))
        model.compile({"loss": "meanSquaredError", "optimizer": "sgd"})
        model.fit(xs, ys, {"epochs": 250, "verbose": 0})

    x, y = xs.torch(), ys.torch()

    def theirs():
        model = torch.nn.Linear(1, 1).to(x.device)
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        _torch_fit(model, opt, torch.nn.functional.mse_loss, x, y, 250, 32)
    return ours, theirs


def _mlp_data(n):
    g = torch.Generator().manual_seed(0)
    x = torch.rand(n, 784, generator=g)
    labels = torch.randint(0, 10, (n,), generator=g)
    y = torch.nn.functional.one_hot(labels, 10).float()
    return tf.tensor(x), tf.tensor(y), labels


def _tf_mlp():
    model = tf.sequential()
    model.add(tf.layers.dense({"units": 256, "activation": "relu", "inputShape": [784]}))
    model.add(tf.layers.dense({"units": 256, "activation": "relu"}))
    model.add(tf.layers.dense({"units": 10, "activation": "softmax"}))
    return model


def _torch_mlp(device):
    return torch.nn.Sequential(
        torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 256),
        torch.nn.ReLU(), torch.nn.Linear(256, 10)).to(device)


def w2(quick):
    """784-256-256-10 MLP, adam, 20,000 samples, batch 128, one epoch."""
    xs, ys, labels = _mlp_data(2000 if quick else 20000)

    def ours():
        model = _tf_mlp()
        model.compile({"loss": "categoricalCrossentropy", "optimizer": "adam"})
        model.fit(xs, ys, {"epochs": 1, "batchSize": 128, "verbose": 0})

    x, lab = xs.torch(), labels.to(xs.torch().device)

    def theirs():
        model = _torch_mlp(x.device)
        opt = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7)
        _torch_fit(model, opt, torch.nn.functional.cross_entropy, x, lab, 1, 128)
    return ours, theirs


def w3(quick):
    """conv2d(32)-maxPool-conv2d(64)-maxPool-flatten-dense(10) on 28x28x1, batch 64."""
    n = 512 if quick else 4096
    g = torch.Generator().manual_seed(0)
    x_nhwc = torch.rand(n, 28, 28, 1, generator=g)
    labels = torch.randint(0, 10, (n,), generator=g)
    xs, ys = tf.tensor(x_nhwc), tf.tensor(torch.nn.functional.one_hot(labels, 10).float())

    def ours():
        model = tf.sequential()
        model.add(tf.layers.conv2d({"filters": 32, "kernelSize": 3, "activation": "relu",
                                    "inputShape": [28, 28, 1]}))
        model.add(tf.layers.maxPooling2d({"poolSize": 2}))
        model.add(tf.layers.conv2d({"filters": 64, "kernelSize": 3, "activation": "relu"}))
        model.add(tf.layers.maxPooling2d({"poolSize": 2}))
        model.add(tf.layers.flatten())
        model.add(tf.layers.dense({"units": 10, "activation": "softmax"}))
        model.compile({"loss": "categoricalCrossentropy", "optimizer": "sgd"})
        model.fit(xs, ys, {"epochs": 1, "batchSize": 64, "verbose": 0})

    dev = xs.torch().device
    x = x_nhwc.permute(0, 3, 1, 2).contiguous().to(dev)
    lab = labels.to(dev)

    def theirs():
        model = torch.nn.Sequential(
            torch.nn.Conv2d(1, 32, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Conv2d(32, 64, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            torch.nn.Flatten(), torch.nn.Linear(64 * 5 * 5, 10)).to(dev)
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        _torch_fit(model, opt, torch.nn.functional.cross_entropy, x, lab, 1, 64)
    return ours, theirs


def w4(quick):
    """predict of the W2 MLP on 20,000 samples at batch 1024."""
    xs, _, _ = _mlp_data(2000 if quick else 20000)
    model = _tf_mlp()
    x = xs.torch()
    tmodel = _torch_mlp(x.device)

    def ours():
        model.predict(xs, {"batchSize": 1024}).dispose()

    def theirs():
        with torch.no_grad():
            torch.cat([torch.softmax(tmodel(x[i:i + 1024]), -1)
                       for i in range(0, x.shape[0], 1024)])
    return ours, theirs


WORKLOADS = {"W1": w1, "W2": w2, "W3": w3, "W4": w4}


def main(argv):
    quick = "--quick" in argv
    names = [a for a in argv if a in WORKLOADS] or list(WORKLOADS)
    repeats = 3 if quick else 5
    print(f"device: {tf.getBackend() or tf.ready() or tf.getBackend()}, torch "
          f"{torch.__version__}, threads {torch.get_num_threads()}")
    print(f"{'workload':<9}{'tfjs_compat s':>15}{'PyTorch s':>12}{'ratio':>8}")
    for name in names:
        ours, theirs = WORKLOADS[name](quick)
        t_ours, t_theirs = _timeit(ours, repeats), _timeit(theirs, repeats)
        print(f"{name:<9}{t_ours:>15.4f}{t_theirs:>12.4f}{t_ours / t_theirs:>8.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
