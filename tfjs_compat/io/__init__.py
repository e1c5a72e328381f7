"""Model files: ``tf.io.*``, ``model.save``/``toJSON``, ``tf.loadLayersModel`` and
``tf.models.modelFromJSON`` (tfjs-facts.md 6).

* ``weights.py``: the weights binary and manifest specs (incl. quantization).
* ``keras_json.py``: model topology JSON <-> layers and models.
* ``handlers.py``: ``file://``, the local model store, memory handlers.
* ``router.py``: URL routing and copy/move/list/remove.
* ``saving.py``: ``SavingMixin`` (a LayersModel base), ``loadLayersModel``,
  ``modelFromJSON``.
"""
from .handlers import fromMemory as fromMemory, fromMemorySync as fromMemorySync
from .handlers import getModelArtifactsForJSON as getModelArtifactsForJSON
from .handlers import getModelArtifactsForJSONSync as getModelArtifactsForJSONSync
from .handlers import getModelArtifactsInfoForJSON as getModelArtifactsInfoForJSON
from .handlers import withSaveHandler as withSaveHandler
from .handlers import withSaveHandlerSync as withSaveHandlerSync
from .router import copyModel as copyModel, getLoadHandlers as getLoadHandlers
from .router import getSaveHandlers as getSaveHandlers, listModels as listModels
from .router import moveModel as moveModel, registerLoadRouter as registerLoadRouter
from .router import registerSaveRouter as registerSaveRouter, removeModel as removeModel
from .saving import loadLayersModel as loadLayersModel, modelFromJSON as modelFromJSON
from .weights import concatenateArrayBuffers as concatenateArrayBuffers
from .weights import decodeWeights as decodeWeights, encodeWeights as encodeWeights
from .weights import getWeightSpecs as getWeightSpecs

# Members of the tf.io namespace.
PUBLIC = ("concatenateArrayBuffers", "copyModel", "decodeWeights", "encodeWeights",
          "fromMemory", "fromMemorySync", "getLoadHandlers", "getModelArtifactsForJSON",
          "getModelArtifactsForJSONSync", "getModelArtifactsInfoForJSON", "getSaveHandlers",
          "getWeightSpecs", "listModels", "moveModel", "registerLoadRouter",
          "registerSaveRouter", "removeModel", "withSaveHandler", "withSaveHandlerSync")
