"""Saving and loading layers models: ``model.save``, ``model.toJSON``,
``model.loadWeights``, ``tf.loadLayersModel``, ``tf.models.modelFromJSON``.

``SavingMixin`` is one of LayersModel's bases. Weights are written in model weight order
(trainable first, then non-trainable) under their ``originalName`` and are matched by
that name on load (tfjs-facts.md 6.4); with ``includeOptimizer`` the optimizer's
``getWeights()`` follow in the ``'optimizer'`` group and ``trainingConfig`` records
loss, metrics and optimizer.
"""
import inspect
import os
import sys

import torch

from .. import _options
from .._jsobject import JSObject, resolved
from ..errors import TFJSError, TFJSValueError, js_list
from ..tensor import Tensor
from . import handlers as H
from . import keras_json as K
from . import router as R
from . import weights as W

FORMAT = "layers-model"
GENERATED_BY = "TensorFlow.js tfjs-layers v4.22.0"
_MAX_METADATA = 1048576


class SavingMixin:
    """save / toJSON / loadWeights / training config / user metadata of TF.js's
    LayersModel. A model is also awaitable (``await tf.loadLayersModel(...)``)."""

    def __await__(self):
        return self
        yield  # pragma: no cover  (makes this a generator, as __await__ requires)

    def compile(self, args=None, /, **kwargs):
        """Configure training. TF.js: ``model.compile({optimizer, loss, metrics})``."""
        result = super().compile(args, **kwargs)
        merged = {**(args or {}), **kwargs}
        self._compiled_metrics = merged.get("metrics")
        return result

    # --- saving ------------------------------------------------------------------------
    def save(self, handlerOrURL, config=None, /, **kwargs):  # noqa: N803 - TF.js name
        """Save topology and weights. TF.js: ``model.save(handlerOrURL, config?)``.

        Args:
            handlerOrURL: ``'file://dir'`` (writes ``dir/model.json`` and
                ``dir/weights.bin``), ``'localstorage://name'``, ``'indexeddb://name'``,
                or a handler such as ``tf.io.withSaveHandler(fn)``.
            config: ``{includeOptimizer: false, trainableOnly: false}``.

        Returns:
            The handler's SaveResult, ``{modelArtifactsInfo: {...}}`` for the URL
            handlers (awaitable).

        Differences from TF.js:
            ``file://`` needs no tfjs-node; the write is atomic.
        """
        opts = _options.parse(config, kwargs, {"include_optimizer": False,
                                               "trainable_only": False}, "save")
        handler = _save_handler(handlerOrURL)
        artifacts = self._artifacts(opts)
        result = H.settle(handler.save(artifacts))
        return result if inspect.iscoroutine(result) else resolved(result)

    def _artifacts(self, opts):
        named = self.getNamedWeights({"trainableOnly": opts["trainable_only"]})
        data, specs = W.encode_named([(w["name"], w["tensor"]) for w in named])
        out = JSObject(modelTopology=self.toJSON(None, False), format=FORMAT,
                       generatedBy=GENERATED_BY, convertedBy=None)
        if opts["include_optimizer"] and getattr(self, "optimizer", None) is not None:
            out["trainingConfig"] = self.getTrainingConfig()
            opt_weights = list(self.optimizer.getWeights())
            opt_data, opt_specs = W.encode_named(
                [(w["name"], w["tensor"]) for w in opt_weights], "optimizer")
            data, specs = data + opt_data, specs + opt_specs
        metadata = getattr(self, "_user_defined_metadata", None)
        if metadata is not None:
            _check_metadata(metadata, self.name, True)
            out["userDefinedMetadata"] = metadata
        out["weightData"], out["weightSpecs"] = data, specs
        return out

    def toJSON(self, unused=None, returnString=True):  # noqa: N802,N803 - TF.js name
        """The model topology: a JSON string, or the object when ``returnString`` is
        false. TF.js: ``model.toJSON(unused?, returnString?)``."""
        topology = K.model_to_topology(self)
        return K.js_stringify(topology) if returnString else topology

    def getNamedWeights(self, config=None):  # noqa: N802 - TF.js name
        """``[{name: originalName, tensor}]`` in weight order (trainable first).
        TF.js: ``model.getNamedWeights(config?)``."""
        trainable_only = bool((config or {}).get("trainableOnly"))
        variables = self.trainableWeights if trainable_only else self.weights
        return [JSObject(name=v.originalName, tensor=Tensor(v.param.detach().clone()))
                for v in variables]

    # --- loading weights -----------------------------------------------------------------
    def loadWeights(self, weights, strict=True):  # noqa: N802 - TF.js name
        """Set weights from ``{originalName: Tensor}``. TF.js: ``model.loadWeights``.

        With ``strict`` (default) a name that matches no weight, or a weight left
        unset, is an error. A ``layer/cell/weight`` name also matches ``layer/weight``.
        """
        targets, total = _weights_by_name(self)
        pairs = []
        for name, value in weights.items():
            key = name if name in targets else _drop_cell(name)
            if key in targets:
                pairs.append((targets.pop(key), value, name))
            elif strict:
                raise TFJSValueError(f"Provided weight data has no target variable: {name}")
        if strict and targets:
            raise TFJSValueError(f"{len(targets)} of {total} weights are not set: "
                                 f"{','.join(targets)}")
        _assign(pairs)

    # --- training config ----------------------------------------------------------------
    def getTrainingConfig(self):  # noqa: N802 - TF.js name
        """``{loss, metrics, optimizer_config}`` as model.json stores it.
        TF.js: ``model.getTrainingConfig()``."""
        return {"loss": _loss_ids(self.loss), "metrics": _metric_ids(
                    getattr(self, "_compiled_metrics", None)),
                "optimizer_config": {"class_name": self.optimizer.getClassName(),
                                     "config": dict(self.optimizer.getConfig())}}

    def loadTrainingConfig(self, trainingConfig):  # noqa: N802,N803 - TF.js name
        """Compile from a saved training config. TF.js: ``model.loadTrainingConfig``."""
        tc = trainingConfig
        for key, what in (("weighted_metrics", "weight_metrics"), ("loss_weights", None),
                          ("sample_weight_mode", None)):
            if tc.get(key) is not None:
                raise TFJSError(f"Loading {what or key} is not supported yet.")
        optimizer = _optimizer_from_config(tc.get("optimizer_config"))
        loss = _camel_ids(tc.get("loss"))
        metrics = _camel_ids(tc.get("metrics"))
        self.compile({"loss": loss, "metrics": metrics, "optimizer": optimizer})

    # --- user metadata --------------------------------------------------------------------
    def setUserDefinedMetadata(self, userDefinedMetadata):  # noqa: N802,N803 - TF.js name
        """Attach JSON metadata saved with the model. TF.js: ``setUserDefinedMetadata``."""
        _check_metadata(userDefinedMetadata, self.name)
        self._user_defined_metadata = userDefinedMetadata

    def getUserDefinedMetadata(self):  # noqa: N802 - TF.js name
        """The metadata set or loaded with the model. TF.js: ``getUserDefinedMetadata``."""
        return getattr(self, "_user_defined_metadata", None)


# --- helpers of the mixin ---------------------------------------------------------------
def _save_handler(handler_or_url):
    if isinstance(handler_or_url, str):
        found = R.getSaveHandlers(handler_or_url)
        if not found:
            raise TFJSValueError(f"Cannot find any save handlers for URL '{handler_or_url}'")
        if len(found) > 1:
            raise TFJSValueError(f"Found more than one ({len(found)}) save handlers for URL "
                                 f"'{handler_or_url}'")
        handler_or_url = found[0]
    if not callable(getattr(handler_or_url, "save", None)):
        raise TFJSValueError("LayersModel.save() cannot proceed because the IOHandler "
                             "provided does not have the `save` attribute defined.")
    return handler_or_url


def _weights_by_name(model):
    targets, total = {}, 0
    for layer in model.layers:
        for var in layer.weights:
            if var.originalName in targets:
                raise TFJSValueError(f"Duplicate weight name: {var.originalName}")
            targets[var.originalName] = var
            total += 1
    return targets, total


def _drop_cell(name):
    """TF 2.2+ writes ``layer/cell/weight``; TF.js also tries ``layer/weight``."""
    tokens = name.split("/")
    return "/".join(tokens[:-2] + tokens[-1:])


def _assign(pairs):
    """Check every shape first, then write (a mismatch changes nothing)."""
    data = []
    for var, value, name in pairs:
        t = value.torch() if isinstance(value, Tensor) else torch.as_tensor(value)
        if list(t.shape) != var.shape:
            raise TFJSError(f"Shape mismatch: [{js_list(var.shape)}] vs. [{js_list(t.shape)}] "
                            f"(weight '{name}': the model's shape vs. the shape in the "
                            "weights)")
        data.append(t)
    for (var, _, _), t in zip(pairs, data):
        var.write(t)


def _loss_ids(loss):
    if isinstance(loss, str):
        return _options.to_snake_case(loss)
    if isinstance(loss, (list, tuple)):
        if not all(isinstance(x, str) for x in loss):
            raise TFJSError("Serialization of non-string loss is not supported.")
        return [_options.to_snake_case(x) for x in loss]
    if isinstance(loss, dict):
        if not all(isinstance(x, str) for x in loss.values()):
            raise TFJSError("Serialization of non-string loss is not supported.")
        return {k: _options.to_snake_case(v) for k, v in loss.items()}
    return {}   # TF.js: a loss function serializes as {}


def _metric_name(metric):
    return metric if isinstance(metric, str) else getattr(metric, "__name__", str(metric))


def _metric_ids(metrics):
    if isinstance(metrics, str) or callable(metrics):
        return [_options.to_snake_case(_metric_name(metrics))]
    if isinstance(metrics, (list, tuple)):
        return [_options.to_snake_case(_metric_name(m)) for m in metrics]
    return {k: _options.to_snake_case(_metric_name(v)) for k, v in (metrics or {}).items()}


def _camel_ids(value):
    if isinstance(value, str):
        return _options.to_camel_case(value)
    if isinstance(value, list):
        return [_options.to_camel_case(v) for v in value]
    if isinstance(value, dict):
        return {k: _options.to_camel_case(v) for k, v in value.items()}
    return value


def _optimizer_from_config(config):
    from .._serialization import UNKNOWN
    from ..train.optimizer import REGISTRY
    if not isinstance(config, dict) or "class_name" not in config:
        raise TFJSError("The training config has no optimizer_config {class_name, config}.")
    cls = REGISTRY.get(config["class_name"])
    if cls is None:
        raise TFJSValueError(UNKNOWN.format(kind="optimizer", name=config["class_name"]))
    inner = _options.config_to_camel(K.from_pythonic(config.get("config") or {}))
    return cls.fromConfig(cls, inner)


def _check_metadata(metadata, model_name, check_size=False):
    if not isinstance(metadata, dict) or not _plain_json(metadata):
        raise TFJSError("User-defined metadata is expected to be a JSON object, but is not.")
    if check_size:
        n = len(K.js_stringify(metadata))
        if n > _MAX_METADATA:
            sys.stderr.write(
                f'User-defined metadata of model "{model_name}" is too large in size '
                f"(length={n} when serialized). It is not recommended to store such large "
                "objects in user-defined metadata. Please make sure its serialized length "
                f"is <= {_MAX_METADATA}.\n")


def _plain_json(x):
    if x is None or isinstance(x, (str, bool, int, float)):
        return True
    if isinstance(x, list):
        return all(_plain_json(v) for v in x)
    if isinstance(x, dict):
        return all(isinstance(k, str) and _plain_json(v) for k, v in x.items())
    return False


# --- loading ------------------------------------------------------------------------------
_LOAD_DEFAULTS = {"strict": None, "on_progress": None, "fetch_func": None,
                  "request_init": None, "weight_path_prefix": None, "from_t_f_hub": None,
                  "weight_url_converter": None, "stream_weights": None}


def loadLayersModel(pathOrIOHandler, options=None, /, **kwargs):  # noqa: N802,N803
    """Load a layers model from files or a handler. TF.js: ``tf.loadLayersModel``.

    Args:
        pathOrIOHandler: ``'file://dir/model.json'`` (or a plain path to it),
            ``'localstorage://name'``, ``'indexeddb://name'``, or a handler such as
            ``tf.io.fromMemory(artifacts)``. The converter's layout (``model_config``
            wrapper, sharded ``group1-shardNofM.bin``), quantized weights and Keras-3
            topologies (``batch_shape``) load too.
        options: ``{strict: true, onProgress}``. ``strict: false`` skips weights with no
            target and leaves missing ones initialised.

    Returns:
        The LayersModel (awaitable). A handler whose ``load()`` is a coroutine function
        is run to completion when no event loop is running; inside one, the call
        returns a coroutine to await.

    Differences from TF.js:
        ``file://`` and plain paths read local files (TF.js needs tfjs-node); http(s)
        URLs are not fetched. A URL no handler matches is an error (TF.js falls back to
        fetching it over http).
    """
    opts = _options.parse(options, kwargs, _LOAD_DEFAULTS, "loadLayersModel")
    handler = _load_handler(pathOrIOHandler, opts)
    return load_from_handler(handler, opts["strict"] is not False)


def _load_handler(path_or_handler, opts):
    if not isinstance(path_or_handler, (str, os.PathLike)):
        return path_or_handler
    url = os.fspath(path_or_handler)
    found = R.getLoadHandlers(url, {"onProgress": opts["on_progress"]})
    if len(found) > 1:
        raise TFJSValueError(f"Found more than one ({len(found)}) load handlers for URL "
                             f"'{url}'")
    if found:
        return found[0]
    if "://" in url:
        raise TFJSError(f"Cannot find any load handlers for URL '{url}': only file://, "
                        "localstorage:// and indexeddb:// (and plain paths) are read; "
                        "download http(s) models first.")
    return H.FileHandler(url, opts["on_progress"])


def load_from_handler(handler, strict=True):
    """TF.js ``loadLayersModelFromIOHandler``: topology, training config, weights."""
    if not callable(getattr(handler, "load", None)):
        raise TFJSValueError("Cannot proceed with model loading because the IOHandler "
                             "provided does not have the `load` method implemented.")
    artifacts = H.settle(handler.load())
    if inspect.iscoroutine(artifacts):
        # an async load() inside a running event loop: the caller awaits the model
        async def finish():
            return model_from_artifacts(await artifacts, strict)
        return finish()
    return model_from_artifacts(artifacts, strict)


def model_from_artifacts(artifacts, strict=True):
    """A model from loaded artifacts: topology, training config, metadata, weights."""
    if not isinstance(artifacts, dict) or artifacts.get("modelTopology") is None:
        raise TFJSError("The loaded model artifacts have no modelTopology.")
    model = K.model_from_topology(artifacts["modelTopology"])
    if artifacts.get("trainingConfig") is not None:
        model.loadTrainingConfig(artifacts["trainingConfig"])
    if artifacts.get("userDefinedMetadata") is not None:
        model.setUserDefinedMetadata(artifacts["userDefinedMetadata"])
    if artifacts.get("weightData") is not None:
        if artifacts.get("weightSpecs") is None:
            raise TFJSValueError("LayersModel artifacts contains weight data, but not weight "
                                 "specs. Therefore loading of weights cannot proceed.")
        _load_all_weights(model, artifacts["weightData"], artifacts["weightSpecs"], strict)
    return model


def _load_all_weights(model, data, specs, strict):
    decoded = W.decode_torch(data, specs)
    model_weights, optimizer_weights = {}, []
    for spec in specs:
        value = W.to_tensor(spec, decoded[spec["name"]])
        if spec.get("group") == "optimizer":
            optimizer_weights.append(JSObject(name=spec["name"], tensor=value))
        else:
            model_weights[spec["name"]] = value
    model.loadWeights(model_weights, strict)
    if getattr(model, "optimizer", None) is not None and optimizer_weights:
        model.optimizer.setWeights(optimizer_weights)


def modelFromJSON(modelAndWeightsConfig, customObjects=None):  # noqa: N802,N803
    """A model from its JSON topology. TF.js: ``tf.models.modelFromJSON``.

    Args:
        modelAndWeightsConfig: a topology (``{class_name, config}``, a JSON string, or a
            converter ``{model_config}``), or ``{modelTopology, weightsManifest?,
            pathPrefix?}``; with a manifest the weight files are read from the local
            directory ``pathPrefix``.

    Returns:
        The LayersModel (awaitable).

    Differences from TF.js:
        ``customObjects`` is not used: register custom classes with
        ``tf.serialization.registerClass``. Weight files are read from local paths.
    """
    config = modelAndWeightsConfig
    if isinstance(config, str):
        config = K.parse_json(config, "model JSON")
    if not isinstance(config, dict) or "modelTopology" not in config:
        config = {"modelTopology": config}
    model = K.model_from_topology(config["modelTopology"])
    manifest = config.get("weightsManifest")
    if manifest is not None:
        specs, data = H.read_weight_files(manifest, config.get("pathPrefix") or ".")
        decoded = W.decodeWeights(data, specs)
        wanted = [v.originalName for v in model.weights]
        missing = [n for n in wanted if n not in decoded]
        if missing:
            raise TFJSError(f"Could not find weights in manifest with names: "
                            f"{', '.join(missing)}. \nManifest JSON has weights with names: "
                            f"{', '.join(s['name'] for s in specs)}.")
        model.loadWeights({n: decoded[n] for n in wanted})
    return model
