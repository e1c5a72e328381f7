"""``tf.layers.*``: factories taking TF.js options (a dict and/or keyword arguments,
camelCase or snake_case keys) and building the layer classes. The factories live in
``_factories_*.py``, one module per family; this module only re-exports them."""
from .base import InputSpec as InputSpec, Layer as Layer
from .recurrent import RNN as RNN
from .recurrent_cells import RNNCell as RNNCell

# --- core ---
from ._factories_core import dense as dense, activation as activation, dropout as dropout
from ._factories_core import spatialDropout1d as spatialDropout1d, flatten as flatten
from ._factories_core import reshape as reshape, permute as permute, repeatVector as repeatVector
from ._factories_core import masking as masking, inputLayer as inputLayer, input as input

# --- recurrent ---
from ._factories_recurrent import simpleRNN as simpleRNN, gru as gru, lstm as lstm
from ._factories_recurrent import simpleRNNCell as simpleRNNCell, gruCell as gruCell
from ._factories_recurrent import lstmCell as lstmCell, stackedRNNCells as stackedRNNCells
from ._factories_recurrent import rnn as rnn, bidirectional as bidirectional
from ._factories_recurrent import timeDistributed as timeDistributed, convLstm2d as convLstm2d
from ._factories_recurrent import convLstm2dCell as convLstm2dCell

# --- convolutional / pooling ---
from ._factories_spatial import conv1d as conv1d, conv2d as conv2d
from ._factories_spatial import conv2dTranspose as conv2dTranspose, conv3d as conv3d
from ._factories_spatial import conv3dTranspose as conv3dTranspose
from ._factories_spatial import depthwiseConv2d as depthwiseConv2d
from ._factories_spatial import separableConv2d as separableConv2d, cropping2D as cropping2D
from ._factories_spatial import upSampling2d as upSampling2d, zeroPadding2d as zeroPadding2d
from ._factories_spatial import maxPooling1d as maxPooling1d, maxPooling2d as maxPooling2d
from ._factories_spatial import maxPooling3d as maxPooling3d, averagePooling1d as averagePooling1d
from ._factories_spatial import averagePooling2d as averagePooling2d
from ._factories_spatial import averagePooling3d as averagePooling3d
from ._factories_spatial import globalMaxPooling1d as globalMaxPooling1d
from ._factories_spatial import globalMaxPooling2d as globalMaxPooling2d
from ._factories_spatial import globalAveragePooling1d as globalAveragePooling1d
from ._factories_spatial import globalAveragePooling2d as globalAveragePooling2d
from ._factories_spatial import maxPool1d as maxPool1d, maxPool2d as maxPool2d
from ._factories_spatial import avgPool1d as avgPool1d, avgPool2d as avgPool2d
from ._factories_spatial import avgPool3d as avgPool3d, avgPooling1d as avgPooling1d
from ._factories_spatial import avgPooling2d as avgPooling2d, avgPooling3d as avgPooling3d
from ._factories_spatial import globalMaxPool1d as globalMaxPool1d
from ._factories_spatial import globalMaxPool2d as globalMaxPool2d

# --- normalization / embedding / merge / activations / noise / preprocessing ---
from ._factories_misc import batchNormalization as batchNormalization
from ._factories_misc import layerNormalization as layerNormalization, embedding as embedding
from ._factories_misc import add as add, average as average, concatenate as concatenate, dot as dot
from ._factories_misc import maximum as maximum, minimum as minimum, multiply as multiply
from ._factories_misc import reLU as reLU, leakyReLU as leakyReLU, prelu as prelu, elu as elu
from ._factories_misc import thresholdedReLU as thresholdedReLU, softmax as softmax
from ._factories_misc import gaussianNoise as gaussianNoise, gaussianDropout as gaussianDropout
from ._factories_misc import alphaDropout as alphaDropout, rescaling as rescaling
from ._factories_misc import centerCrop as centerCrop, resizing as resizing
from ._factories_misc import categoryEncoding as categoryEncoding, randomWidth as randomWidth
