"""Sequential: a linear stack of layers (``tf.sequential``)."""
from .. import _options
from ..errors import TFJSValueError
from ..layers.base import auto_name
from .graph import InputLayer
from .layers_model import LayersModel

_FIRST_LAYER = ("The first layer in a Sequential model must get an `inputShape` or "
                "`batchInputShape` argument.")


class Sequential(LayersModel):
    """TF.js ``tf.Sequential``: layers applied one after the other."""

    className = "Sequential"

    def __init__(self, layers=None, name=None):
        super(LayersModel, self).__init__(
            name=name if name is not None else auto_name("sequential_"))
        self.layers = []
        self.inputs, self.outputs = [], []
        self.built = False
        for layer in layers or []:
            self.add(layer)

    def add(self, layer):
        """Append a layer (builds it at once). TF.js: ``model.add(layer)``."""
        from ..layers.base import Layer
        if not isinstance(layer, Layer):
            raise TFJSValueError("Cannot read properties of undefined (reading 'length')")
        if not self.outputs:
            if isinstance(layer, LayersModel):
                inputs = layer.inputs
                self._init_graph(inputs, layer.outputs if False else layer.apply(inputs))
                return
            if layer.batch_input_shape is None:
                raise TFJSValueError(_FIRST_LAYER)
            first = InputLayer(batch_input_shape=layer.batch_input_shape,
                               dtype=layer.dtype, name=f"{layer.name}_input")
            inputs = first._inbound_nodes[0].output_tensors
            out = layer.apply(inputs[0])
        else:
            inputs = self.inputs
            out = layer.apply(self.outputs[0])
        if isinstance(out, list):
            raise TFJSValueError("All layers in a Sequential model should have a single "
                                 "output tensor. For multi-output layers, use the "
                                 "functional API.")
        self._init_graph(inputs, [out])
        # The implicit InputLayer is not listed in a Sequential model's layers.
        self.layers = [lr for lr in self.layers if not isinstance(lr, InputLayer)]

    def pop(self):
        """Remove the last layer. TF.js: ``model.pop()``."""
        if not self.layers:
            raise TFJSValueError("There are no layers in the model.")
        remaining = self.layers[:-1]
        if not remaining:
            self.layers, self.outputs, self.inputs = [], [], []
            return
        last = remaining[-1]
        self._init_graph(self.inputs, [last._inbound_nodes[-1].output_tensors[0]])
        self.layers = [lr for lr in self.layers if not isinstance(lr, InputLayer)]

    def _require_built(self):
        if not self.outputs:
            raise TFJSValueError("Sequential model cannot be built: model is empty. Add "
                                 "some layers first.")

    def predict(self, x, args=None, /, **kwargs):
        """Run inference in batches. TF.js: ``model.predict(x, {batchSize, verbose})``."""
        self._require_built()
        return super().predict(x, args, **kwargs)

    def get_config(self):
        return {"name": self.name,
                "layers": [{"class_name": lr.className, "config": lr.get_config()}
                           for lr in self.layers]}


def sequential(config=None, /, **kwargs):
    """A Sequential model. TF.js: ``tf.sequential({layers?, name?})``.

    Example:
        >>> model = tf.sequential()
        >>> model.add(tf.layers.dense({'units': 1, 'inputShape': [1]}))
    """
    opts = _options.parse(config, kwargs, {"layers": None, "name": None}, "tf.sequential")
    return Sequential(opts["layers"], opts["name"])
