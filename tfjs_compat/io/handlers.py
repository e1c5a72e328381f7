"""IO handlers: where model artifacts go to and come from (tfjs-facts.md 6.3).

* ``file://dir``: tfjs-node's layout, ``dir/model.json`` + ``dir/weights.bin``;
  loading takes the path of the JSON file and reads every weight file its manifest
  names (so the converter's ``group1-shardNofM.bin`` shards load too).
* ``localstorage://name`` and ``indexeddb://name``: the same files in a local model
  store directory (``$TFJS_COMPAT_MODEL_STORE``, default
  ``~/.cache/tfjs_compat/models``), so browser code runs unchanged.
* ``tf.io.withSaveHandler(fn)`` / ``tf.io.fromMemory(artifacts)``: in-memory handlers.

Artifacts are a JSObject with TF.js's keys (``modelTopology``, ``format``,
``generatedBy``, ``convertedBy``, ``trainingConfig``, ``userDefinedMetadata``,
``weightSpecs``, ``weightData`` as ``bytes``). Saving is atomic: files are written to
temporary names in the target directory and renamed into place only when complete; an
existing model is restored if the swap fails. Model files are parsed as JSON and raw
bytes only.
"""
import datetime
import inspect
import os
import shutil
import sys
import tempfile
import urllib.parse

import numpy as np

from .._jsobject import JSObject, resolved
from ..errors import TFJSError
from .keras_json import js_stringify, parse_json
from .weights import as_bytes, getWeightSpecs

FILE_SCHEME = "file://"
STORE_SCHEMES = ("localstorage", "indexeddb")
MODEL_JSON, WEIGHTS_BIN = "model.json", "weights.bin"
_BINARY = (bytes, bytearray, memoryview, np.ndarray)
_JSON_KEYS = ("trainingConfig", "signature", "userDefinedMetadata", "modelInitializer",
              "initializerSignature")


# --- artifacts ------------------------------------------------------------------------
def getModelArtifactsInfoForJSON(modelArtifacts):  # noqa: N802,N803 - TF.js name
    """``{dateSaved, modelTopologyType, modelTopologyBytes, weightSpecsBytes,
    weightDataBytes}``. TF.js: ``tf.io.getModelArtifactsInfoForJSON``."""
    def nbytes(value):
        return 0 if value is None else len(js_stringify(value).encode("utf-8"))
    if isinstance(modelArtifacts.get("modelTopology"), _BINARY):
        raise TFJSError("Expected JSON model topology, received ArrayBuffer.")
    data = modelArtifacts.get("weightData")
    return JSObject(dateSaved=datetime.datetime.now(datetime.timezone.utc),
                    modelTopologyType="JSON",
                    modelTopologyBytes=nbytes(modelArtifacts.get("modelTopology")),
                    weightSpecsBytes=nbytes(modelArtifacts.get("weightSpecs")),
                    weightDataBytes=0 if data is None else len(as_bytes(data)))


def model_json_for(artifacts, manifest):
    """The model.json object tfjs-node writes (its key order)."""
    out = {"modelTopology": artifacts.get("modelTopology"), "weightsManifest": manifest,
           "format": artifacts.get("format"), "generatedBy": artifacts.get("generatedBy"),
           "convertedBy": artifacts.get("convertedBy")}
    for key in _JSON_KEYS:
        if artifacts.get(key) is not None:
            out[key] = artifacts[key]
    return out


def getModelArtifactsForJSONSync(modelJSON, weightSpecs=None, weightData=None):  # noqa: N802,N803
    """Artifacts from a model.json object and its weights.
    TF.js: ``tf.io.getModelArtifactsForJSONSync``."""
    if not isinstance(modelJSON, dict):
        raise TFJSError(f"A model JSON must be an object, got {type(modelJSON).__name__}")
    out = JSObject(modelTopology=modelJSON.get("modelTopology"),
                   format=modelJSON.get("format"), generatedBy=modelJSON.get("generatedBy"),
                   convertedBy=modelJSON.get("convertedBy"))
    if modelJSON.get("trainingConfig") is not None:
        out["trainingConfig"] = modelJSON["trainingConfig"]
    if modelJSON.get("weightsManifest") is not None:
        if weightSpecs is None:
            raise TFJSError("modelJSON has weightsManifest but weightSpecs is null")
        if weightData is None:
            raise TFJSError("modelJSON has weightsManifest but weightData is null")
        out["weightSpecs"], out["weightData"] = weightSpecs, weightData
    for key in _JSON_KEYS[1:]:
        if modelJSON.get(key) is not None:
            out[key] = modelJSON[key]
    return out


def getModelArtifactsForJSON(modelJSON, loadWeights):  # noqa: N802,N803 - TF.js name
    """Artifacts from a model.json object; ``loadWeights(manifest)`` returns
    ``(specs, data)`` and is called only when there is a ``weightsManifest``.
    TF.js: ``tf.io.getModelArtifactsForJSON`` (awaitable).

    ``loadWeights`` may be a coroutine function (as TF.js's async one): then the result
    is a coroutine to await.
    """
    if not (isinstance(modelJSON, dict) and modelJSON.get("weightsManifest") is not None):
        return resolved(getModelArtifactsForJSONSync(modelJSON))
    loaded = loadWeights(modelJSON["weightsManifest"])
    if inspect.isawaitable(loaded) and not isinstance(loaded, (list, tuple)):
        async def finish():
            specs, data = await loaded
            return getModelArtifactsForJSONSync(modelJSON, specs, data)
        return finish()
    specs, data = loaded
    return resolved(getModelArtifactsForJSONSync(modelJSON, specs, data))


# --- files --------------------------------------------------------------------------
def strip_file_scheme(url):
    """``file://a/b`` -> ``a/b``."""
    return url[len(FILE_SCHEME):] if url.startswith(FILE_SCHEME) else url


class FileHandler:
    """tfjs-node's ``file://`` handler (``tf.io.fileSystem``): a directory to save to, a
    model.json to load from."""

    def __init__(self, path, on_progress=None):
        self.path = strip_file_scheme(path) if isinstance(path, str) else path
        self.on_progress = on_progress

    def save(self, artifacts):
        """Write model.json and weights.bin into the directory; returns the SaveResult."""
        if isinstance(self.path, (list, tuple)):
            raise TFJSError("Cannot perform saving to multiple paths.")
        if os.path.isfile(self.path):
            raise TFJSError(f"Path {self.path} exists as a file. The path must be "
                            "nonexistent or point to a directory.")
        data = as_bytes(artifacts.get("weightData")) or b""
        manifest = [{"paths": [WEIGHTS_BIN], "weights": artifacts.get("weightSpecs") or []}]
        text = js_stringify(model_json_for(artifacts, manifest))
        # weights first: model.json, the entry point, is the last file to appear
        write_files_atomically(self.path, {WEIGHTS_BIN: data,
                                           MODEL_JSON: text.encode("utf-8")})
        return JSObject(modelArtifactsInfo=getModelArtifactsInfoForJSON(artifacts))

    def load(self):
        """Read model.json and the weight files of its manifest into artifacts."""
        path = self.path
        if isinstance(path, (list, tuple)):
            raise TFJSError("Loading a binary model from several paths is not supported.")
        if not os.path.exists(path):
            raise TFJSError(f"Path {path} does not exist: loading failed")
        if os.path.isdir(path):
            raise TFJSError("The path to load from must be a file. Loading from a directory "
                            "is not supported.")
        with open(path, "rb") as f:
            model_json = parse_json(f.read(), f"model JSON file {path}")
        check_model_json(model_json, path)
        return getModelArtifactsForJSONSync(
            model_json, *read_weight_files(model_json.get("weightsManifest"),
                                           os.path.dirname(path), self.on_progress))


def check_model_json(model_json, path):
    """A clear error for JSON that is not a layers-model file."""
    if not isinstance(model_json, dict):
        raise TFJSError(f"{path} is not a model JSON file: expected an object, got "
                        f"{type(model_json).__name__}")
    if model_json.get("format") == "graph-model":
        raise TFJSError(f"{path} holds a graph model (format 'graph-model'); only layers "
                        "models can be loaded (tf.loadLayersModel).")
    if model_json.get("modelTopology") is None:
        raise TFJSError(f"{path} has no modelTopology: not a TF.js layers-model file.")


def read_weight_files(manifest, directory, on_progress=None):
    """(specs, data) of every weight group, files read in manifest order."""
    if manifest is None:
        return None, None
    paths = _manifest_paths(manifest)
    chunks = []
    for i, rel in enumerate(paths):
        full = _inside(directory, rel)
        if not os.path.isfile(full):
            raise TFJSError(f"Weight file {full} does not exist: loading failed")
        with open(full, "rb") as f:
            chunks.append(f.read())
        if on_progress is not None:
            on_progress(0.5 * (i + 1) / len(paths))
    if on_progress is not None:   # TF.js reports fetches, then buffers, each half
        for i in range(len(paths)):
            on_progress(0.5 + 0.5 * (i + 1) / len(paths))
    return getWeightSpecs(manifest), b"".join(chunks)


def _manifest_paths(manifest):
    ok = isinstance(manifest, list) and all(
        isinstance(g, dict) and isinstance(g.get("paths"), list)
        and isinstance(g.get("weights"), list)
        and all(isinstance(p, str) for p in g["paths"]) for g in manifest)
    if not ok:
        raise TFJSError("Malformed weightsManifest: expected a list of {paths: [...], "
                        "weights: [...]} groups.")
    return [p for g in manifest for p in g["paths"]]


def _inside(directory, rel):
    """``directory/rel``, refusing paths that leave the model's directory."""
    base = os.path.realpath(directory or ".")
    full = os.path.realpath(os.path.join(base, urllib.parse.unquote(rel)))
    if os.path.commonpath([base, full]) != base:
        raise TFJSError(f"Weight file path {rel!r} points outside the model directory "
                        f"{directory or '.'}: refusing to read it.")
    return full


def write_files_atomically(directory, files):
    """Write ``{name: bytes}`` into ``directory`` so that no reader ever sees a half-written
    model and a failure leaves the previous files as they were."""
    directory = directory or "."
    if not os.path.exists(directory):
        parent = os.path.dirname(os.path.abspath(directory))
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=parent, prefix=f".{os.path.basename(directory)}.tmp-")
        try:
            for name, data in files.items():
                _write(os.path.join(tmp, name), data)
            os.rename(tmp, directory)
            _default_mode(directory, 0o777)
            return
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not os.path.isdir(directory):
                raise
    _replace_in_place(directory, files)


def _default_mode(path, mode):
    """mkdtemp/mkstemp make private (0700/0600) entries; give them the usual umask mode."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _replace_in_place(directory, files):
    tmp_files, backups, placed = {}, {}, []
    try:
        for name, data in files.items():
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.tmp-")
            os.close(fd)
            tmp_files[name] = tmp
            _write(tmp, data)
            _default_mode(tmp, 0o666)
        for name, tmp in tmp_files.items():
            final = os.path.join(directory, name)
            if os.path.exists(final):
                bak = final + f".bak-{os.getpid()}"
                os.replace(final, bak)
                backups[name] = bak
            os.replace(tmp, final)
            placed.append(name)
    except BaseException:
        _roll_back(directory, tmp_files, backups, placed)
        raise
    for bak in backups.values():
        os.remove(bak)


def _roll_back(directory, tmp_files, backups, placed):
    """Put the previous files back and drop every new one."""
    for name in placed:
        if name not in backups:
            os.remove(os.path.join(directory, name))
    for name, bak in backups.items():
        os.replace(bak, os.path.join(directory, name))
    for tmp in tmp_files.values():
        if os.path.exists(tmp):
            os.remove(tmp)


def remove_file_model(path):
    """Delete a ``file://`` model (a directory or its model.json) and its weight files;
    returns its ModelArtifactsInfo."""
    json_path = os.path.join(path, MODEL_JSON) if os.path.isdir(path) else path
    artifacts = FileHandler(json_path).load()
    info = getModelArtifactsInfoForJSON(artifacts)
    with open(json_path, "rb") as f:
        manifest = parse_json(f.read()).get("weightsManifest") or []
    directory = os.path.dirname(json_path)
    for rel in _manifest_paths(manifest):
        os.remove(_inside(directory, rel))
    os.remove(json_path)
    if directory and not os.listdir(directory):
        os.rmdir(directory)
    return info


# --- the local model store (localstorage:// and indexeddb://) --------------------------
def store_root():
    """The local model store directory (``$TFJS_COMPAT_MODEL_STORE`` or the default)."""
    root = os.environ.get("TFJS_COMPAT_MODEL_STORE")
    return root or os.path.join(os.path.expanduser("~"), ".cache", "tfjs_compat", "models")


def store_dir(scheme, model_path):
    """The directory of one stored model (its path %-encoded into one safe name)."""
    name = urllib.parse.quote(model_path, safe="").replace(".", "%2E")
    return os.path.join(store_root(), scheme, name)


_NOT_FOUND = {"localstorage": "In local storage, there is no model with name '{}'",
              "indexeddb": "Cannot find model with path '{}' in IndexedDB."}
_REMOVE_NOT_FOUND = {"localstorage": "Cannot find model at path '{}'",
                     "indexeddb": "Cannot find model with path '{}' in IndexedDB."}
_EMPTY = {"localstorage": "For local storage, modelPath must not be null, undefined or empty.",
          "indexeddb": "For IndexedDB, modelPath must not be null, undefined or empty."}


class StoreHandler:
    """``localstorage://name`` / ``indexeddb://name``, kept as files in the model store."""

    def __init__(self, scheme, model_path):
        if not model_path:
            raise TFJSError(_EMPTY[scheme])
        self.scheme, self.model_path = scheme, model_path
        self.directory = store_dir(scheme, model_path)

    def save(self, artifacts):
        """Store the model; returns the SaveResult."""
        result = FileHandler(self.directory).save(artifacts)
        info = dict(result["modelArtifactsInfo"])
        info["dateSaved"] = info["dateSaved"].isoformat()
        info["path"] = self.model_path
        write_files_atomically(self.directory, {"info.json": js_stringify(info).encode()})
        return result

    def load(self):
        """Artifacts of the stored model."""
        json_path = os.path.join(self.directory, MODEL_JSON)
        if not os.path.isfile(json_path):
            raise TFJSError(_NOT_FOUND[self.scheme].format(self.model_path))
        return FileHandler(json_path).load()


def list_store(scheme):
    """``{path: ModelArtifactsInfo}`` of the models stored under ``scheme``."""
    root = os.path.join(store_root(), scheme)
    out = {}
    for entry in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        info_path = os.path.join(root, entry, "info.json")
        if not os.path.isfile(info_path):
            continue
        with open(info_path, "rb") as f:
            info = parse_json(f.read(), f"model store entry {info_path}")
        path = info.pop("path", urllib.parse.unquote(entry))
        info["dateSaved"] = datetime.datetime.fromisoformat(info["dateSaved"])
        out[path] = JSObject(info)
    return out


def remove_store(scheme, model_path):
    """Delete a stored model; returns its ModelArtifactsInfo."""
    infos = list_store(scheme)
    if model_path not in infos:
        raise TFJSError(_REMOVE_NOT_FOUND[scheme].format(model_path))
    shutil.rmtree(store_dir(scheme, model_path))
    return infos[model_path]


# --- memory handlers -----------------------------------------------------------------
class PassthroughSaver:
    """``tf.io.withSaveHandler(fn)``: ``save(artifacts)`` returns ``fn(artifacts)``."""

    def __init__(self, fn):
        self.fn = fn

    def save(self, artifacts):
        """Hand the artifacts to the function; returns what it returns."""
        return self.fn(artifacts)


class PassthroughLoader:
    """``tf.io.fromMemory(artifacts)``: ``load()`` returns the artifacts (awaitable, as
    TF.js's Promise, unless made by ``fromMemorySync``)."""

    def __init__(self, artifacts, sync=False):
        self.artifacts = artifacts
        self.sync = sync

    def load(self):
        """The artifacts given at construction."""
        return self.artifacts if self.sync else resolved(self.artifacts)


def settle(value):
    """The result of a possibly-async handler call. A coroutine is run to completion when
    no event loop is running; inside one it is returned, to be awaited."""
    import inspect
    if not inspect.iscoroutine(value):
        return value
    import asyncio
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(value)
    return value


def withSaveHandler(saveHandler):  # noqa: N802,N803 - TF.js name
    """A save handler that passes the artifacts to a function.

    TF.js: ``tf.io.withSaveHandler(saveHandler)``; ``model.save()`` returns what it returns.

    Example:
        >>> m = tf.sequential({'layers': [tf.layers.dense({'units': 1, 'inputShape': [2]})]})
        >>> m.save(tf.io.withSaveHandler(lambda a: len(a['weightData'])))
        12
    """
    return PassthroughSaver(saveHandler)


def withSaveHandlerSync(saveHandler):  # noqa: N802,N803 - TF.js name
    """As ``withSaveHandler``. TF.js: ``tf.io.withSaveHandlerSync``."""
    return PassthroughSaver(saveHandler)


_UNSET = object()
_DEPRECATED = ("Please call tf.io.fromMemory() with only one argument. The argument "
               "should be of type ModelArtifacts. The multi-argument signature of "
               "tf.io.fromMemory() has been deprecated and will be removed in a future "
               "release.\n")


def _memory_artifacts(model_artifacts, rest):
    if all(v is _UNSET for v in rest):
        is_artifacts = isinstance(model_artifacts, dict) and (
            model_artifacts.get("modelTopology") is not None
            or model_artifacts.get("weightSpecs") is not None)
        if is_artifacts:
            return model_artifacts
        # legacy: the single argument is the model topology
        sys.stderr.write(_DEPRECATED)
        return JSObject(modelTopology=model_artifacts)
    sys.stderr.write(_DEPRECATED)
    specs, data, config = (None if v is _UNSET else v for v in rest)
    return JSObject(modelTopology=model_artifacts, weightSpecs=specs, weightData=data,
                    trainingConfig=config)


def fromMemory(modelArtifacts, weightSpecs=_UNSET, weightData=_UNSET,  # noqa: N802,N803
               trainingConfig=_UNSET):
    """A load handler for artifacts held in memory. TF.js: ``tf.io.fromMemory``.

    ``modelArtifacts`` is a dict with ``modelTopology``, ``weightSpecs``, ``weightData``
    (bytes, or a list of buffers) and optionally ``trainingConfig``; ``load()`` returns
    it (awaitable). As in TF.js (which warns on stderr): a single argument with neither
    ``modelTopology`` nor ``weightSpecs`` is taken as the topology itself, and the
    deprecated form ``fromMemory(topology, weightSpecs, weightData, trainingConfig)``
    is accepted.
    """
    return PassthroughLoader(_memory_artifacts(modelArtifacts,
                                               (weightSpecs, weightData, trainingConfig)))


def fromMemorySync(modelArtifacts, weightSpecs=_UNSET, weightData=_UNSET,  # noqa: N802,N803
                   trainingConfig=_UNSET):
    """As ``fromMemory``, with a synchronous ``load()``. TF.js: ``tf.io.fromMemorySync``."""
    return PassthroughLoader(_memory_artifacts(modelArtifacts,
                                               (weightSpecs, weightData, trainingConfig)),
                             sync=True)
