// tf.io (tfjs_compat/io/) and tf.loadLayersModel: in-memory save/load handlers, the
// weights binary, artifacts helpers, routers and model management.
//
// ArrayBuffers are not serialized by tools/runner.js: the JS returns their bytes as
// Array.from(new Uint8Array(buf)), the Python ports list(bytes).
//
// Recorded under plain @tensorflow/tfjs in Node, where TF.js has no file://,
// localstorage:// or indexeddb:// handlers and no model managers, but does route
// http(s):// URLs to its fetch-based http handler. tfjs_compat deliberately differs there
// (documented in tfjs_compat/io/router.py): file:// reads local files, localstorage:// and
// indexeddb:// map to a local model store (copy/move/list/remove work), and http(s)://
// has no handler. So the routing and model-management cases below use schemes both
// sides treat alike: a scheme with a router registered by the case itself (mem1://...)
// and an unknown scheme (foo://).
// @case save_with_handler_artifacts
const m = tf.sequential({name: 'io_seq1', layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', biasInitializer: tf.initializers.constant({value: 0.5}), name: 'io_d1'})]});
return await m.save(tf.io.withSaveHandler(async (a) => {
  const w = tf.io.decodeWeights(a.weightData, a.weightSpecs);
  return {keys: Object.keys(a), format: a.format, generatedBy: a.generatedBy, convertedBy: a.convertedBy,
          topologyKeys: Object.keys(a.modelTopology), className: a.modelTopology.class_name,
          specs: a.weightSpecs, bytes: Array.from(new Uint8Array(a.weightData)),
          kernel: w['io_d1/kernel'], bias: w['io_d1/bias']};
}));
// @py
m = tf.sequential({'name': 'io_seq1', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': 'ones', 'biasInitializer': tf.initializers.constant({'value': 0.5}), 'name': 'io_d1'})]})
async def handler(a):
    w = tf.io.decodeWeights(a['weightData'], a['weightSpecs'])
    return {'keys': list(a.keys()), 'format': a['format'], 'generatedBy': a['generatedBy'], 'convertedBy': a['convertedBy'],
            'topologyKeys': list(a['modelTopology'].keys()), 'className': a['modelTopology']['class_name'],
            'specs': a['weightSpecs'], 'bytes': list(a['weightData']),
            'kernel': w['io_d1/kernel'], 'bias': w['io_d1/bias']}
return await m.save(tf.io.withSaveHandler(handler))
// @case save_with_handler_sync
const m = tf.sequential({name: 'io_seq2', layers: [tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', name: 'io_d2'})]});
const r = await m.save(tf.io.withSaveHandlerSync((a) => [a.weightSpecs.map((s) => s.name), a.weightData.byteLength]));
return r;
// @py
m = tf.sequential({'name': 'io_seq2', 'layers': [tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'io_d2'})]})
r = await m.save(tf.io.withSaveHandlerSync(lambda a: [[s['name'] for s in a['weightSpecs']], len(a['weightData'])]))
return r
// @case save_include_optimizer_specs
const m = tf.sequential({name: 'io_seq3', layers: [tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', name: 'io_d3'})]});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const r = await m.save(tf.io.withSaveHandler(async (a) => [Object.keys(a), a.trainingConfig, a.weightSpecs]), {includeOptimizer: true});
return r;
// @py
m = tf.sequential({'name': 'io_seq3', 'layers': [tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'io_d3'})]})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError'})
async def handler(a):
    return [list(a.keys()), a['trainingConfig'], a['weightSpecs']]
r = await m.save(tf.io.withSaveHandler(handler), {'includeOptimizer': True})
return r
// @case load_layers_model_from_memory
const m = tf.sequential({name: 'io_seq4', layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', biasInitializer: tf.initializers.constant({value: 0.5}), activation: 'relu', name: 'io_d4'}), tf.layers.dense({units: 1, kernelInitializer: 'ones', name: 'io_d5'})]});
const artifacts = await m.save(tf.io.withSaveHandler(async (a) => a));
const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
const x = tf.tensor2d([[1, 2, 3], [-1, -2, -3]]);
return [loaded.name, loaded.layers.map((l) => l.name), loaded.predict(x), m.predict(x), loaded.getWeights()[1]];
// @py
m = tf.sequential({'name': 'io_seq4', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': 'ones', 'biasInitializer': tf.initializers.constant({'value': 0.5}), 'activation': 'relu', 'name': 'io_d4'}), tf.layers.dense({'units': 1, 'kernelInitializer': 'ones', 'name': 'io_d5'})]})
async def keep(a):
    return a
artifacts = await m.save(tf.io.withSaveHandler(keep))
loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts))
x = tf.tensor2d([[1, 2, 3], [-1, -2, -3]])
return [loaded.name, [l.name for l in loaded.layers], loaded.predict(x), m.predict(x), loaded.getWeights()[1]]
// @case load_layers_model_from_memory_sync
const m = tf.sequential({name: 'io_seq5', layers: [tf.layers.dense({units: 2, inputShape: [2], kernelInitializer: 'ones', name: 'io_d6'})]});
m.setWeights([tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([-1, 1])]);
const artifacts = await m.save(tf.io.withSaveHandlerSync((a) => a));
const handler = tf.io.fromMemorySync(artifacts);
const direct = handler.load();
const loaded = await tf.loadLayersModel(handler);
return [Object.keys(direct), direct.weightSpecs.length, loaded.predict(tf.tensor2d([[1, 1]]))];
// @py
m = tf.sequential({'name': 'io_seq5', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [2], 'kernelInitializer': 'ones', 'name': 'io_d6'})]})
m.setWeights([tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([-1, 1])])
artifacts = await m.save(tf.io.withSaveHandlerSync(lambda a: a))
handler = tf.io.fromMemorySync(artifacts)
direct = handler.load()
loaded = await tf.loadLayersModel(handler)
return [list(direct.keys()), len(direct['weightSpecs']), loaded.predict(tf.tensor2d([[1, 1]]))]
// @case from_memory_load_promise
const h = tf.io.fromMemory({modelTopology: {a: 1}, weightSpecs: [], weightData: new ArrayBuffer(0)});
const a = await h.load();
return [Object.keys(a), a.modelTopology];
// @py
h = tf.io.fromMemory({'modelTopology': {'a': 1}, 'weightSpecs': [], 'weightData': b''})
a = await h.load()
return [list(a.keys()), a['modelTopology']]
// @case from_memory_topology_only
// Legacy form: one argument with neither modelTopology nor weightSpecs is the topology
// itself (TF.js warns); the model loads with freshly initialized weights ('ones').
const m = tf.sequential({name: 'io_seq6', layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', name: 'io_d7'})]});
const topology = m.toJSON(null, false);
const h = tf.io.fromMemory(topology);
const a = await h.load();
const loaded = await tf.loadLayersModel(h);
return [Object.keys(a), loaded.name, loaded.predict(tf.ones([1, 3]))];
// @py
m = tf.sequential({'name': 'io_seq6', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': 'ones', 'name': 'io_d7'})]})
topology = m.toJSON(None, False)
h = tf.io.fromMemory(topology)
a = await h.load()
loaded = await tf.loadLayersModel(h)
return [list(a.keys()), loaded.name, loaded.predict(tf.ones([1, 3]))]
// @case from_memory_multi_arg
// Deprecated four-argument form (TF.js warns on stderr).
const m = tf.sequential({name: 'io_seq7', layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'io_d8'})]});
m.setWeights([tf.tensor2d([[2], [3]]), tf.tensor1d([1])]);
const art = await m.save(tf.io.withSaveHandler(async (a) => a));
const h = tf.io.fromMemorySync(art.modelTopology, art.weightSpecs, art.weightData);
const a = h.load();
const loaded = await tf.loadLayersModel(tf.io.fromMemory(art.modelTopology, art.weightSpecs, art.weightData));
return [Object.keys(a), a.trainingConfig, loaded.predict(tf.tensor2d([[1, 1]]))];
// @py
m = tf.sequential({'name': 'io_seq7', 'layers': [tf.layers.dense({'units': 1, 'inputShape': [2], 'name': 'io_d8'})]})
m.setWeights([tf.tensor2d([[2], [3]]), tf.tensor1d([1])])
async def keep(a):
    return a
art = await m.save(tf.io.withSaveHandler(keep))
h = tf.io.fromMemorySync(art['modelTopology'], art['weightSpecs'], art['weightData'])
a = h.load()
loaded = await tf.loadLayersModel(tf.io.fromMemory(art['modelTopology'], art['weightSpecs'], art['weightData']))
return [list(a.keys()), a['trainingConfig'], loaded.predict(tf.tensor2d([[1, 1]]))]
// @case load_layers_model_handler_without_load_error
await tf.loadLayersModel({});
// @case save_handler_without_save_error
const m = tf.sequential({name: 'io_seq8', layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'io_d9'})]});
await m.save({});
// @case save_unknown_scheme_error
const m = tf.sequential({name: 'io_seq9', layers: [tf.layers.dense({units: 1, inputShape: [2], name: 'io_d10'})]});
await m.save('foo://x');
// @case encode_weights_mixed_dtypes
const e = await tf.io.encodeWeights({a: tf.tensor1d([1, 2], 'int32'), b: tf.tensor1d([true, false], 'bool'), c: tf.tensor1d(['hi', 'x']), d: tf.scalar(1.5)});
return [Object.keys(e), e.specs, Array.from(new Uint8Array(e.data))];
// @py
e = await tf.io.encodeWeights({'a': tf.tensor1d([1, 2], 'int32'), 'b': tf.tensor1d([True, False], 'bool'), 'c': tf.tensor1d(['hi', 'x']), 'd': tf.scalar(1.5)})
return [list(e.keys()), e['specs'], list(e['data'])]
// @case encode_weights_list_with_group
const e = await tf.io.encodeWeights([{name: 'w', tensor: tf.tensor2d([[1, -2], [0.5, 3]])}, {name: 'n', tensor: tf.scalar(7, 'int32')}], 'optimizer');
return [e.specs, Array.from(new Uint8Array(e.data))];
// @py
e = await tf.io.encodeWeights([{'name': 'w', 'tensor': tf.tensor2d([[1, -2], [0.5, 3]])}, {'name': 'n', 'tensor': tf.scalar(7, 'int32')}], 'optimizer')
return [e['specs'], list(e['data'])]
// @case decode_weights_round_trip
const e = await tf.io.encodeWeights({a: tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'), b: tf.tensor1d([true, false, true], 'bool'), c: tf.tensor2d([['hé', ''], ['x', 'yz']]), d: tf.tensor1d([-1.25, 1e-3])});
const d = tf.io.decodeWeights(e.data, e.specs);
return [Object.keys(d), d.a, d.b, d.c, d.d];
// @py
e = await tf.io.encodeWeights({'a': tf.tensor2d([[1, 2], [3, 4]], [2, 2], 'int32'), 'b': tf.tensor1d([True, False, True], 'bool'), 'c': tf.tensor2d([['hé', ''], ['x', 'yz']]), 'd': tf.tensor1d([-1.25, 1e-3])})
d = tf.io.decodeWeights(e['data'], e['specs'])
return [list(d.keys()), d['a'], d['b'], d['c'], d['d']]
// @case decode_weights_shards
// A list of buffers is read as one (the converter's weight shards).
const specs = [{name: 'k', shape: [2, 2], dtype: 'float32'}, {name: 'i', shape: [3], dtype: 'int32'}];
const d = tf.io.decodeWeights([new Float32Array([1, 2]).buffer, new Float32Array([3, 4]).buffer, new Int32Array([5, -6, 7]).buffer], specs);
return [d.k, d.i];
// @py
specs = [{'name': 'k', 'shape': [2, 2], 'dtype': 'float32'}, {'name': 'i', 'shape': [3], 'dtype': 'int32'}]
d = tf.io.decodeWeights([np.array([1, 2], np.float32), np.array([3, 4], np.float32), np.array([5, -6, 7], np.int32)], specs)
return [d['k'], d['i']]
// @case decode_weights_quantized
const d = tf.io.decodeWeights(new Uint8Array([0, 2, 255, 1, 0, 3, 0]).buffer, [
  {name: 'q', shape: [3], dtype: 'float32', quantization: {dtype: 'uint8', min: 1, scale: 0.5}},
  {name: 'r', shape: [2], dtype: 'int32', quantization: {dtype: 'uint16', min: -1, scale: 2}}]);
return [d.q, d.r];
// @py
d = tf.io.decodeWeights(bytes([0, 2, 255, 1, 0, 3, 0]), [
  {'name': 'q', 'shape': [3], 'dtype': 'float32', 'quantization': {'dtype': 'uint8', 'min': 1, 'scale': 0.5}},
  {'name': 'r', 'shape': [2], 'dtype': 'int32', 'quantization': {'dtype': 'uint16', 'min': -1, 'scale': 2}}])
return [d['q'], d['r']]
// @case decode_weights_unsupported_dtype_error
tf.io.decodeWeights(new ArrayBuffer(8), [{name: 'q', shape: [1], dtype: 'float64'}]);
// @py
tf.io.decodeWeights(bytes(8), [{'name': 'q', 'shape': [1], 'dtype': 'float64'}])
// @case concatenate_array_buffers
const c = tf.io.concatenateArrayBuffers([new Uint8Array([1, 2]).buffer, new Float32Array([1]).buffer, new ArrayBuffer(0), new Int32Array([-1]).buffer]);
const one = tf.io.concatenateArrayBuffers(new Uint8Array([7, 8]).buffer);
const none = tf.io.concatenateArrayBuffers([]);
return [Array.from(new Uint8Array(c)), Array.from(new Uint8Array(one)), none.byteLength];
// @py
c = tf.io.concatenateArrayBuffers([np.array([1, 2], np.uint8), np.array([1], np.float32), b'', np.array([-1], np.int32)])
one = tf.io.concatenateArrayBuffers(bytes([7, 8]))
none = tf.io.concatenateArrayBuffers([])
return [list(c), list(one), len(none)]
// @case get_weight_specs
const manifest = [{paths: ['group1-shard1of1.bin'], weights: [{name: 'a', shape: [2], dtype: 'float32'}, {name: 'b', shape: [], dtype: 'int32'}]},
                  {paths: ['group2-shard1of2.bin', 'group2-shard2of2.bin'], weights: [{name: 'c', shape: [1, 3], dtype: 'float32', quantization: {dtype: 'uint8', min: 0, scale: 1}}]}];
return tf.io.getWeightSpecs(manifest);
// @case artifacts_info_for_json
const info = tf.io.getModelArtifactsInfoForJSON({modelTopology: {a: 1, b: 'héllo'}, weightSpecs: [{name: 'w', shape: [2], dtype: 'float32'}], weightData: new ArrayBuffer(8)});
const shards = tf.io.getModelArtifactsInfoForJSON({modelTopology: {x: 1}, weightData: [new ArrayBuffer(3), new ArrayBuffer(5)]});
const bare = tf.io.getModelArtifactsInfoForJSON({modelTopology: [1, 2]});
return [Object.keys(info), info.dateSaved instanceof Date, info.modelTopologyType, info.modelTopologyBytes, info.weightSpecsBytes, info.weightDataBytes,
        shards.weightDataBytes, bare.modelTopologyBytes, bare.weightSpecsBytes, bare.weightDataBytes];
// @py
import datetime
info = tf.io.getModelArtifactsInfoForJSON({'modelTopology': {'a': 1, 'b': 'héllo'}, 'weightSpecs': [{'name': 'w', 'shape': [2], 'dtype': 'float32'}], 'weightData': bytes(8)})
shards = tf.io.getModelArtifactsInfoForJSON({'modelTopology': {'x': 1}, 'weightData': [bytes(3), bytes(5)]})
bare = tf.io.getModelArtifactsInfoForJSON({'modelTopology': [1, 2]})
return [list(info.keys()), isinstance(info['dateSaved'], datetime.datetime), info['modelTopologyType'], info['modelTopologyBytes'], info['weightSpecsBytes'], info['weightDataBytes'],
        shards['weightDataBytes'], bare['modelTopologyBytes'], bare['weightSpecsBytes'], bare['weightDataBytes']]
// @case artifacts_info_for_json_of_a_model
// Byte counts of the JSON text of a saved model's topology and weight specs.
const m = tf.sequential({name: 'io_seq10', layers: [tf.layers.dense({units: 3, inputShape: [4], activation: 'relu', kernelInitializer: 'ones', name: 'io_d11'}), tf.layers.dense({units: 1, kernelInitializer: 'zeros', name: 'io_d12'})]});
const info = await m.save(tf.io.withSaveHandler(async (a) => tf.io.getModelArtifactsInfoForJSON(a)));
return [info.modelTopologyType, info.modelTopologyBytes, info.weightSpecsBytes, info.weightDataBytes];
// @py
m = tf.sequential({'name': 'io_seq10', 'layers': [tf.layers.dense({'units': 3, 'inputShape': [4], 'activation': 'relu', 'kernelInitializer': 'ones', 'name': 'io_d11'}), tf.layers.dense({'units': 1, 'kernelInitializer': 'zeros', 'name': 'io_d12'})]})
async def handler(a):
    return tf.io.getModelArtifactsInfoForJSON(a)
info = await m.save(tf.io.withSaveHandler(handler))
return [info['modelTopologyType'], info['modelTopologyBytes'], info['weightSpecsBytes'], info['weightDataBytes']]
// @case artifacts_info_for_json_binary_topology_error
tf.io.getModelArtifactsInfoForJSON({modelTopology: new ArrayBuffer(3)});
// @py
tf.io.getModelArtifactsInfoForJSON({'modelTopology': bytes(3)})
// @case artifacts_for_json_sync
const mj = {modelTopology: {t: 1}, format: 'layers-model', weightsManifest: [{paths: ['w.bin'], weights: [{name: 'w', shape: [1], dtype: 'float32'}]}], userDefinedMetadata: {k: 1}, trainingConfig: {loss: 'mse'}};
const a = tf.io.getModelArtifactsForJSONSync(mj, tf.io.getWeightSpecs(mj.weightsManifest), new Float32Array([3]).buffer);
const bare = tf.io.getModelArtifactsForJSONSync({modelTopology: {t: 2}});
return [Object.keys(a), a.modelTopology, a.format, a.generatedBy, a.trainingConfig, a.weightSpecs, Array.from(new Uint8Array(a.weightData)), a.userDefinedMetadata, Object.keys(bare), bare.format];
// @py
mj = {'modelTopology': {'t': 1}, 'format': 'layers-model', 'weightsManifest': [{'paths': ['w.bin'], 'weights': [{'name': 'w', 'shape': [1], 'dtype': 'float32'}]}], 'userDefinedMetadata': {'k': 1}, 'trainingConfig': {'loss': 'mse'}}
a = tf.io.getModelArtifactsForJSONSync(mj, tf.io.getWeightSpecs(mj['weightsManifest']), np.array([3], np.float32).tobytes())
bare = tf.io.getModelArtifactsForJSONSync({'modelTopology': {'t': 2}})
return [list(a.keys()), a['modelTopology'], a['format'], a['generatedBy'], a['trainingConfig'], a['weightSpecs'], list(a['weightData']), a['userDefinedMetadata'], list(bare.keys()), bare['format']]
// @case artifacts_for_json_sync_no_specs_error
tf.io.getModelArtifactsForJSONSync({modelTopology: {t: 1}, weightsManifest: []});
// @case artifacts_for_json_sync_no_data_error
tf.io.getModelArtifactsForJSONSync({modelTopology: {t: 1}, weightsManifest: []}, []);
// @case artifacts_for_json_async
const mj = {modelTopology: {t: 1}, format: 'layers-model', weightsManifest: [{paths: ['w.bin'], weights: [{name: 'w', shape: [2], dtype: 'int32'}]}]};
const seen = [];
const a = await tf.io.getModelArtifactsForJSON(mj, async (manifest) => {
  seen.push(manifest[0].paths);
  return [tf.io.getWeightSpecs(manifest), new Int32Array([4, 5]).buffer];
});
const bare = await tf.io.getModelArtifactsForJSON({modelTopology: {t: 2}}, async (manifest) => { seen.push('called'); return [[], new ArrayBuffer(0)]; });
return [Object.keys(a), a.weightSpecs, Array.from(new Uint8Array(a.weightData)), Object.keys(bare), seen];
// @py
mj = {'modelTopology': {'t': 1}, 'format': 'layers-model', 'weightsManifest': [{'paths': ['w.bin'], 'weights': [{'name': 'w', 'shape': [2], 'dtype': 'int32'}]}]}
seen = []
async def load_weights(manifest):
    seen.append(manifest[0]['paths'])
    return [tf.io.getWeightSpecs(manifest), np.array([4, 5], np.int32).tobytes()]
a = await tf.io.getModelArtifactsForJSON(mj, load_weights)
async def not_called(manifest):
    seen.append('called')
    return [[], b'']
bare = await tf.io.getModelArtifactsForJSON({'modelTopology': {'t': 2}}, not_called)
return [list(a.keys()), a['weightSpecs'], list(a['weightData']), list(bare.keys()), seen]
// @case routers_save_and_load
// A router is a function (url, loadOptions?) -> handler or null; a model saved to
// 'mem1://a' through it loads back from the same URL.
const store = {};
tf.io.registerSaveRouter((url) => url.startsWith('mem1://') ? tf.io.withSaveHandler(async (a) => { store[url] = a; return {modelArtifactsInfo: {saved: url, bytes: a.weightData.byteLength}}; }) : null);
tf.io.registerLoadRouter((url, opts) => url.startsWith('mem1://') ? {load: async () => store[url]} : null);
const counts = [tf.io.getSaveHandlers('mem1://a').length, tf.io.getLoadHandlers('mem1://a').length, tf.io.getSaveHandlers('foo://a').length, tf.io.getLoadHandlers('foo://a').length];
const m = tf.sequential({name: 'io_seq11', layers: [tf.layers.dense({units: 2, inputShape: [3], kernelInitializer: 'ones', name: 'io_d13'})]});
const saved = await m.save('mem1://a');
const loaded = await tf.loadLayersModel('mem1://a');
return [counts, saved, Object.keys(store), loaded.name, loaded.predict(tf.tensor2d([[1, 2, 3]]))];
// @py
store = {}
def save_router(url):
    if not url.startswith('mem1://'):
        return None
    async def save(a):
        store[url] = a
        return {'modelArtifactsInfo': {'saved': url, 'bytes': len(a['weightData'])}}
    return tf.io.withSaveHandler(save)
class Loader:
    def __init__(self, url):
        self.url = url
    async def load(self):
        return store[self.url]
tf.io.registerSaveRouter(save_router)
tf.io.registerLoadRouter(lambda url, opts: Loader(url) if url.startswith('mem1://') else None)
counts = [len(tf.io.getSaveHandlers('mem1://a')), len(tf.io.getLoadHandlers('mem1://a')), len(tf.io.getSaveHandlers('foo://a')), len(tf.io.getLoadHandlers('foo://a'))]
m = tf.sequential({'name': 'io_seq11', 'layers': [tf.layers.dense({'units': 2, 'inputShape': [3], 'kernelInitializer': 'ones', 'name': 'io_d13'})]})
saved = await m.save('mem1://a')
loaded = await tf.loadLayersModel('mem1://a')
return [counts, saved, list(store.keys()), loaded.name, loaded.predict(tf.tensor2d([[1, 2, 3]]))]
// @case copy_model_through_routers
// copyModel loads with the source URL's handler and saves with the destination's;
// it returns the save result's modelArtifactsInfo.
const store = {};
tf.io.registerSaveRouter((url) => url.startsWith('mem2://') ? tf.io.withSaveHandler(async (a) => { store[url] = a; return {modelArtifactsInfo: {saved: url, bytes: a.weightData.byteLength}}; }) : null);
tf.io.registerLoadRouter((url) => url.startsWith('mem2://') ? {load: async () => store[url]} : null);
const m = tf.sequential({name: 'io_seq12', layers: [tf.layers.dense({units: 1, inputShape: [3], kernelInitializer: 'ones', name: 'io_d14'})]});
await m.save('mem2://a');
const info = await tf.io.copyModel('mem2://a', 'mem2://b');
const copy = await tf.loadLayersModel('mem2://b');
return [info, Object.keys(store), copy.predict(tf.tensor2d([[1, 2, 3]]))];
// @py
store = {}
def save_router(url):
    if not url.startswith('mem2://'):
        return None
    async def save(a):
        store[url] = a
        return {'modelArtifactsInfo': {'saved': url, 'bytes': len(a['weightData'])}}
    return tf.io.withSaveHandler(save)
class Loader:
    def __init__(self, url):
        self.url = url
    async def load(self):
        return store[self.url]
tf.io.registerSaveRouter(save_router)
tf.io.registerLoadRouter(lambda url: Loader(url) if url.startswith('mem2://') else None)
m = tf.sequential({'name': 'io_seq12', 'layers': [tf.layers.dense({'units': 1, 'inputShape': [3], 'kernelInitializer': 'ones', 'name': 'io_d14'})]})
await m.save('mem2://a')
info = await tf.io.copyModel('mem2://a', 'mem2://b')
copy = await tf.loadLayersModel('mem2://b')
return [info, list(store.keys()), copy.predict(tf.tensor2d([[1, 2, 3]]))]
// @case move_model_without_manager_error
// Moving needs a model manager for the source scheme to delete it; routers alone are
// not enough.
tf.io.registerSaveRouter((url) => url.startsWith('mem3://') ? tf.io.withSaveHandlerSync((a) => ({modelArtifactsInfo: {}})) : null);
tf.io.registerLoadRouter((url) => url.startsWith('mem3://') ? tf.io.fromMemorySync({modelTopology: {}}) : null);
await tf.io.moveModel('mem3://a', 'mem3://b');
// @py
tf.io.registerSaveRouter(lambda url: tf.io.withSaveHandlerSync(lambda a: {'modelArtifactsInfo': {}}) if url.startswith('mem3://') else None)
tf.io.registerLoadRouter(lambda url: tf.io.fromMemorySync({'modelTopology': {}}) if url.startswith('mem3://') else None)
await tf.io.moveModel('mem3://a', 'mem3://b')
// @case copy_model_same_url_error
await tf.io.copyModel('foo://a', 'foo://a');
// @case copy_model_no_load_handler_error
await tf.io.copyModel('foo://a', 'bar://b');
// @case copy_model_no_save_handler_error
tf.io.registerLoadRouter((url) => url.startsWith('mem4://') ? tf.io.fromMemorySync({modelTopology: {}}) : null);
await tf.io.copyModel('mem4://a', 'foo://b');
// @py
tf.io.registerLoadRouter(lambda url: tf.io.fromMemorySync({'modelTopology': {}}) if url.startswith('mem4://') else None)
await tf.io.copyModel('mem4://a', 'foo://b')
// @case move_model_no_load_handler_error
await tf.io.moveModel('foo://a', 'foo://b');
// @case remove_model_unknown_scheme_error
await tf.io.removeModel('foo://a');
// @case list_models_none_stored
// TF.js in Node has no model stores: nothing is listed. tfjs_compat lists its local
// model store, so the port points it at an empty directory.
return await tf.io.listModels();
// @py
import os, tempfile
old = os.environ.get('TFJS_COMPAT_MODEL_STORE')
with tempfile.TemporaryDirectory() as d:
    os.environ['TFJS_COMPAT_MODEL_STORE'] = d
    try:
        return await tf.io.listModels()
    finally:
        if old is None:
            del os.environ['TFJS_COMPAT_MODEL_STORE']
        else:
            os.environ['TFJS_COMPAT_MODEL_STORE'] = old
