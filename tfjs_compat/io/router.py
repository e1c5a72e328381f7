"""URL routing (TF.js ``IORouterRegistry``) and model management (TF.js
``ModelStoreManagerRegistry``: ``copyModel``, ``moveModel``, ``listModels``,
``removeModel``) for the ``file://``, ``localstorage://`` and ``indexeddb://`` schemes."""
import inspect

from .._jsobject import JSObject, resolved
from ..errors import TFJSError
from . import handlers as H

_SAVE_ROUTERS = []
_LOAD_ROUTERS = []
_SCHEME_SUFFIX = "://"


def _file_router(url, load_options=None):
    if isinstance(url, str) and url.startswith(H.FILE_SCHEME):
        on_progress = (load_options or {}).get("onProgress") if isinstance(
            load_options, dict) else None
        return H.FileHandler(url, on_progress)
    return None


def _store_router(url, load_options=None):
    if not isinstance(url, str):
        return None
    for scheme in H.STORE_SCHEMES:
        prefix = scheme + _SCHEME_SUFFIX
        if url.startswith(prefix):
            return H.StoreHandler(scheme, url[len(prefix):])
    return None


def registerSaveRouter(loudRouter):  # noqa: N802,N803 - TF.js name
    """Add a function ``url -> handler or None`` for saving.
    TF.js: ``tf.io.registerSaveRouter``."""
    _SAVE_ROUTERS.append(loudRouter)


def registerLoadRouter(loudRouter):  # noqa: N802,N803 - TF.js name
    """Add a function ``(url, loadOptions) -> handler or None`` for loading.
    TF.js: ``tf.io.registerLoadRouter``."""
    _LOAD_ROUTERS.append(loudRouter)


def getSaveHandlers(url):  # noqa: N802 - TF.js name
    """Every save handler a URL matches. TF.js: ``tf.io.getSaveHandlers``.

    Differences from TF.js:
        Built-in routers: ``file://``, ``localstorage://`` and ``indexeddb://`` (TF.js in
        Node has none of these; in a browser it has the last two and ``downloads://``).
        ``http(s)://`` URLs match no handler (TF.js routes them to ``tf.io.http``).
    """
    return [h for h in (r(url) for r in _SAVE_ROUTERS) if h is not None]


def getLoadHandlers(url, loadOptions=None):  # noqa: N802,N803 - TF.js name
    """Every load handler a URL matches. TF.js: ``tf.io.getLoadHandlers``.

    Routers are called as ``router(url, loadOptions)`` (or ``router(url)`` when they
    take one argument).

    Differences from TF.js:
        As ``getSaveHandlers``: ``file://``, ``localstorage://``, ``indexeddb://`` are
        routed; ``http(s)://`` is not.
    """
    return [h for h in (_call_load_router(r, url, loadOptions) for r in _LOAD_ROUTERS)
            if h is not None]


def _call_load_router(router, url, load_options):
    try:
        return router(url, load_options)
    except TypeError:
        return router(url)


registerSaveRouter(_file_router)
registerLoadRouter(_file_router)
registerSaveRouter(_store_router)
registerLoadRouter(_store_router)


# --- model management -------------------------------------------------------------------
def _parse_url(url):
    if not isinstance(url, str) or _SCHEME_SUFFIX not in url:
        raise TFJSError("The url string provided does not contain a scheme. Supported "
                        f"schemes are: {','.join(_schemes())}")
    scheme, _, path = url.partition(_SCHEME_SUFFIX)
    return scheme, path


def _schemes():
    return ["file", *H.STORE_SCHEMES]


def _check_scheme(scheme):
    if scheme not in _schemes():
        raise TFJSError(f"Cannot find model manager for scheme '{scheme}'")


def _remove(scheme, path):
    _check_scheme(scheme)
    if scheme == "file":
        return H.remove_file_model(path)
    return H.remove_store(scheme, path)


def _one(found, what, url, kind):
    if not found:
        raise TFJSError(f"Copying failed because no {kind} handler is found for {what} "
                        f"URL {url}.")
    if len(found) > 1:
        raise TFJSError(f"Copying failed because more than one ({len(found)}) {kind} "
                        f"handlers for {what} URL {url}.")
    return found[0]


def _clone(source_url, dest_url, delete_source):
    if source_url == dest_url:
        raise TFJSError(f"Old path and new path are the same: '{source_url}'")
    loader = _one(getLoadHandlers(source_url), "source", source_url, "load")
    saver = _one(getSaveHandlers(dest_url), "destination", dest_url, "save")
    scheme, path = _parse_url(source_url)
    if delete_source:
        _check_scheme(scheme)
    artifacts = H.settle(loader.load())
    if inspect.iscoroutine(artifacts):   # async handlers inside a running event loop
        async def finish():
            result = await _awaited(saver.save(await artifacts))
            if delete_source:
                _remove(scheme, path)
            return result["modelArtifactsInfo"]
        return finish()
    result = H.settle(saver.save(artifacts))
    if inspect.iscoroutine(result):
        async def finish_save():
            done = await result
            if delete_source:
                _remove(scheme, path)
            return done["modelArtifactsInfo"]
        return finish_save()
    if delete_source:
        _remove(scheme, path)
    return resolved(result["modelArtifactsInfo"])


async def _awaited(value):
    return (await value) if inspect.iscoroutine(value) else value


def copyModel(sourceURL, destURL):  # noqa: N802,N803 - TF.js name
    """Copy a model between URLs (also across schemes). TF.js: ``tf.io.copyModel``.

    Returns the ModelArtifactsInfo of the copy (awaitable; a coroutine when a handler
    registered with ``registerLoadRouter``/``registerSaveRouter`` is async and an event
    loop is running).

    Differences from TF.js:
        ``file://`` works as a source (its model.json) and as a destination (a directory);
        ``localstorage://`` and ``indexeddb://`` use the local model store (TF.js in Node
        has no handlers for any of these: "Copying failed because no load handler is
        found for source URL ...").
    """
    return _clone(sourceURL, destURL, False)


def moveModel(sourceURL, destURL):  # noqa: N802,N803 - TF.js name
    """Move a model between URLs. TF.js: ``tf.io.moveModel``.

    Differences from TF.js:
        The source is removed only after the copy is saved (TF.js removes it first), so a
        failed save never loses the model.
    """
    return _clone(sourceURL, destURL, True)


def listModels():  # noqa: N802 - TF.js name
    """``{url: ModelArtifactsInfo}`` of the models in the local model store.
    TF.js: ``tf.io.listModels``.

    Differences from TF.js:
        ``localstorage://`` and ``indexeddb://`` models live in the model store directory
        (``$TFJS_COMPAT_MODEL_STORE``); ``file://`` models are not listed. TF.js in Node
        has no model stores and always returns ``{}``.
    """
    out = JSObject()
    for scheme in H.STORE_SCHEMES:
        for path, info in H.list_store(scheme).items():
            out[f"{scheme}{_SCHEME_SUFFIX}{path}"] = info
    return out


def removeModel(url):  # noqa: N802 - TF.js name
    """Delete a saved model; returns its ModelArtifactsInfo. TF.js: ``tf.io.removeModel``.

    ``file://dir`` (or ``file://dir/model.json``) deletes model.json and the weight files
    its manifest names.

    Differences from TF.js:
        Model managers exist for ``file``, ``localstorage`` and ``indexeddb`` (TF.js in
        Node has none: every scheme is "Cannot find model manager for scheme ..."), and
        the no-scheme error lists them.
    """
    scheme, path = _parse_url(url)
    return resolved(_remove(scheme, path))
