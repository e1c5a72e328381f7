"""tf.data behaviour that the TF.js fixtures (tests/fixtures/data.json) cannot show:
the Python faces (iteration, await, async sources inside and outside an event loop),
user Dataset subclasses, tensor disposal, and the CSV/number parsers on their own."""
import asyncio
import math
import sys

import pytest

import tfjs_compat as tf
from tfjs_compat.data.csv_dataset import js_number, parse_row
from tfjs_compat.errors import TFJSError


def test_dataset_is_iterable_and_async_iterable():
    ds = tf.data.array([1, 2, 3]).map(lambda x: x * 10)
    assert list(ds) == [10, 20, 30]

    async def collect():
        return [x async for x in ds]
    assert asyncio.run(collect()) == [10, 20, 30]


def test_awaitable_results_outside_and_inside_a_loop():
    ds = tf.data.array([1, 2])

    async def run():
        it = await ds.iterator()
        first = await it.next()
        return first.value, first.done, await ds.toArray(), await ds.forEachAsync(print)
    value, done, items, nothing = asyncio.run(run())
    assert (value, done, items, nothing) == (1, False, [1, 2], None)
    assert ds.iterator().next() == {"value": 1, "done": False}


def test_async_generator_and_map_async_without_event_loop():
    async def gen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i

    async def double(x):
        await asyncio.sleep(0.001)
        return 2 * x
    assert tf.data.generator(gen).mapAsync(double).toArray() == [0, 2, 4]


def test_map_async_accepts_plain_functions():
    assert tf.data.array([1, 2]).mapAsync(lambda x: x + 1).toArray() == [2, 3]


def test_async_sources_called_synchronously_inside_a_running_loop():
    async def gen():
        for i in range(3):
            await asyncio.sleep(0.001)
            yield i

    async def main():
        return tf.data.generator(gen).toArray()   # no await: still finished eagerly
    assert asyncio.run(main()) == [0, 1, 2]


def test_generator_accepts_iterators_and_js_style_objects():
    assert tf.data.generator(lambda: iter([5, 6])).toArray() == [5, 6]

    class JsIterator:
        def __init__(self):
            self.i = 0

        def next(self):
            self.i += 1
            return {"value": self.i, "done": self.i > 2}
    assert tf.data.generator(JsIterator).toArray() == [1, 2]


def test_generator_error_keeps_its_type_and_gets_tfjs_prefix():
    def gen():
        yield 1
        raise KeyError("nope")
    with pytest.raises(KeyError) as info:
        tf.data.generator(gen).toArray()
    assert info.value.args[0] == "Error thrown while iterating through a dataset: nope"


def test_dataset_subclass_with_own_iterator():
    class Countdown(tf.data.Dataset):
        def iterator(self):
            return iter([3, 2, 1])
    ds = Countdown()
    assert ds.batch(2).map(lambda t: t.sum().arraySync()).toArray() == [5, 1]
    assert ds.size is None


def test_map_disposes_input_tensors_it_does_not_return():
    source = tf.tensor1d([1, 2])
    seen = []

    def keep_first(t):
        seen.append(t)
        return t.mul(2)
    out = tf.data.array([source]).map(keep_first).toArray()
    assert seen[0].isDisposed and not source.isDisposed    # the element was a clone
    assert out[0].arraySync() == [2, 4]


def test_shuffle_without_seed_is_a_permutation():
    out = tf.data.array(list(range(50))).shuffle(10).toArray()
    assert sorted(out) == list(range(50))


def test_repeat_forever_with_take_and_prefetch():
    ds = tf.data.array([1, 2]).repeat().prefetch(3).take(5)
    assert ds.size == 5 and ds.toArray() == [1, 2, 1, 2, 1]


def test_evaluate_dataset_accepts_an_iterator():
    model = tf.sequential()
    model.add(tf.layers.dense({"units": 1, "inputShape": [1], "kernelInitializer": "ones",
                               "biasInitializer": "zeros"}))
    model.compile({"optimizer": "sgd", "loss": "meanSquaredError"})
    ds = tf.data.array([{"xs": [[1.0]], "ys": [[3.0]]}]).map(
        lambda e: {"xs": tf.tensor2d(e["xs"]), "ys": tf.tensor2d(e["ys"])})
    loss = model.evaluateDataset(ds.iterator())
    assert loss.arraySync() == pytest.approx(4.0)


def test_fit_dataset_on_each_device(device):
    model = tf.sequential()
    model.add(tf.layers.dense({"units": 1, "inputShape": [1], "kernelInitializer": "zeros",
                               "biasInitializer": "zeros"}))
    model.compile({"optimizer": tf.train.sgd(0.1), "loss": "meanSquaredError"})
    xs = tf.data.array([[1.0], [2.0], [3.0], [4.0]])
    ys = tf.data.array([[2.0], [4.0], [6.0], [8.0]])
    h = model.fitDataset(tf.data.zip({"xs": xs, "ys": ys}).batch(2), {"epochs": 5})
    losses = h.history["loss"]
    assert len(losses) == 5 and losses[-1] < losses[0]
    assert all(isinstance(v, float) for v in losses)


def test_fit_dataset_unknown_option_names_the_accepted_ones():
    model = tf.sequential()
    model.add(tf.layers.dense({"units": 1, "inputShape": [1]}))
    model.compile({"optimizer": "sgd", "loss": "meanSquaredError"})
    with pytest.raises(TFJSError, match="unknown option 'batchSize'"):
        model.fitDataset(tf.data.array([]), {"epochs": 1, "batchSize": 3})


def test_csv_plain_path_and_streaming(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("a,b\n" + "".join(f"{i},{i * 2}\n" for i in range(1000)))
    ds = tf.data.csv(str(path))
    it = ds.iterator()
    assert it.next().value == {"a": 0, "b": 0}
    assert ds.take(2).toArray() == [{"a": 0, "b": 0}, {"a": 1, "b": 2}]
    assert ds.size is None


@pytest.mark.parametrize("text,expected", [
    ("12", 12.0), (" 7 ", 7.0), ("", 0.0), ("  ", 0.0), ("1e3", 1000.0), (".5", 0.5),
    ("5.", 5.0), ("+3", 3.0), ("-0.25", -0.25), ("0x1F", 31.0), ("0b101", 5.0),
    ("0o17", 15.0), ("Infinity", math.inf), ("-Infinity", -math.inf)])
def test_js_number_parses_like_number(text, expected):
    assert js_number(text) == expected


@pytest.mark.parametrize("text", ["inf", "nan", "1_000", "1e", "abc", "-0x10", "1 2", "0x"])
def test_js_number_rejects_what_number_rejects(text):
    assert math.isnan(js_number(text))


@pytest.mark.parametrize("line,delim,ws,fields", [
    ("a,b,c", ",", False, ["a", "b", "c"]),
    ("a,,c,", ",", False, ["a", "", "c", ""]),
    ('"x, y",z', ",", False, ["x, y", "z"]),
    ('"say ""hi""",1', ",", False, ['say ""hi""', "1"]),
    ('"q"x,1', ",", False, ['q"x,1']),
    ("1  2 3", " ", True, ["1", "2", "3"]),
    ("  4 5", " ", True, ["4", "5"]),
    ("a;b", ";", False, ["a", "b"]),
])
def test_parse_row(line, delim, ws, fields):
    assert parse_row(line, delim, ws) == fields


def test_microphone_and_webcam_are_unavailable():
    with pytest.raises(TFJSError, match="browser environment"):
        tf.data.microphone()
    with pytest.raises(TFJSError, match="browser environment"):
        tf.data.webcam()


def test_data_namespace_members():
    assert sorted(dir(tf.data)) == ["CSVDataset", "Dataset", "array", "csv", "func",
                                    "generator", "microphone", "webcam", "zip"]
    assert "tfjs_compat.data.dataset" in sys.modules
