"""Options: dict + kwargs + snake_case keys, unknown keys, TF.js's camel/snake rules.
(The exact case rules are also pinned against TF.js in the engine fixtures:
options_to_snake_case / options_to_camel_case.)"""
import pytest

from tfjs_compat import _options
from tfjs_compat.errors import TFJSValueError


class Dense:
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="x",
                 input_shape=None, **kwargs):
        self.__dict__.update(units=units, activation=activation, use_bias=use_bias,
                             kernel_initializer=kernel_initializer, input_shape=input_shape)


def dense(args=None, /, **kwargs):
    return _options.build(Dense, args, kwargs, api_name="tf.layers.dense")


@pytest.mark.parametrize("args,kwargs", [
    ({"units": 3, "useBias": False, "inputShape": [2]}, {}),
    (None, {"units": 3, "useBias": False, "inputShape": [2]}),
    (None, {"units": 3, "use_bias": False, "input_shape": [2]}),
    ({"units": 3}, {"use_bias": False, "inputShape": [2]}),
    ({"units": 3, "use_bias": False}, {"input_shape": [2]}),
])
def test_dict_kwargs_and_snake_case_merge(args, kwargs):
    d = dense(args, **kwargs)
    assert (d.units, d.use_bias, d.input_shape) == (3, False, [2])


def test_unknown_key_names_it_and_lists_accepted_camelcase():
    with pytest.raises(TFJSValueError) as e:
        dense({"units": 1, "unitz": 2})
    msg = str(e.value)
    assert "tf.layers.dense" in msg and "'unitz'" in msg
    assert "activation, inputShape, kernelInitializer, units, useBias" in msg


def test_unknown_kwarg_is_rejected_too():
    with pytest.raises(TFJSValueError, match="'inputShap'"):
        dense(units=1, inputShap=[1])


@pytest.mark.parametrize("args,kwargs", [
    ({"units": 1}, {"units": 2}),
    ({"useBias": True, "use_bias": False}, {}),
    ({}, {"useBias": True, "use_bias": False}),
])
def test_key_given_twice_is_an_error(args, kwargs):
    with pytest.raises(TFJSValueError, match="given twice"):
        _options.merge(args, kwargs, ["units", "use_bias"], "f")


def test_non_dict_options_and_non_str_keys():
    with pytest.raises(TFJSValueError, match="expected an options object"):
        dense(5)
    with pytest.raises(TFJSValueError, match="keys must be strings"):
        dense({1: 2})


def test_parse_fills_defaults():
    got = _options.parse({"batchSize": 4}, {"verbose": 0},
                         {"batch_size": 32, "epochs": 1, "verbose": 1}, "fit")
    assert got == {"batch_size": 4, "epochs": 1, "verbose": 0}


def test_signature_keys():
    assert _options.signature_keys(Dense) == ["units", "activation", "use_bias",
                                              "kernel_initializer", "input_shape"]


@pytest.mark.parametrize("camel,snake", [
    ("inputShape", "input_shape"), ("Conv2D", "conv2d"), ("HTTPServer", "http_server"),
    ("batchInputShape", "batch_input_shape"), ("_private", "private_private"),
    ("units", "units"), ("inputShape2D", "input_shape2d"),
])
def test_to_snake_case(camel, snake):
    assert _options.to_snake_case(camel) == snake


@pytest.mark.parametrize("snake,camel", [
    ("input_shape", "inputShape"), ("a", "a"), ("_", "_"), ("x__y", "xY"),
    ("trailing_", "trailing"), ("use_bias", "useBias"), ("conv2d", "conv2d"),
])
def test_to_camel_case(snake, camel):
    assert _options.to_camel_case(snake) == camel
