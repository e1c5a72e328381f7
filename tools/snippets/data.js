// tf.data: datasets, element order, batching, CSV parsing, fitDataset/evaluateDataset.
// Doc examples first (from the tfjs-data 4.22.0 API docs). Where a doc example prints a
// whole array or object with console.log, the case prints JSON.stringify(...) instead:
// Node's util.inspect layout is not something a Python port prints.

// @case doc_batch_numbers
const a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8]).batch(4);
await a.forEachAsync(e => e.print());

// @case doc_batch_arrays
const b = tf.data.array([[1], [2], [3], [4], [5], [6], [7], [8]]).batch(4);
await b.forEachAsync(e => e.print());

// @case doc_batch_objects
const c = tf.data.array([{a: 1, b: 11}, {a: 2, b: 12}, {a: 3, b: 13},
  {a: 4, b: 14}, {a: 5, b: 15}, {a: 6, b: 16}, {a: 7, b: 17},
  {a: 8, b: 18}]).batch(4);
await c.forEachAsync(e => {
  console.log('{');
  for(var key in e) {
    console.log(key+':');
    e[key].print();
  }
  console.log('}');
})
// @py
c = tf.data.array([{'a': 1, 'b': 11}, {'a': 2, 'b': 12}, {'a': 3, 'b': 13},
  {'a': 4, 'b': 14}, {'a': 5, 'b': 15}, {'a': 6, 'b': 16}, {'a': 7, 'b': 17},
  {'a': 8, 'b': 18}]).batch(4)
def show(e):
    console.log('{')
    for key in e:
        console.log(key + ':')
        e[key].print()
    console.log('}')
await c.forEachAsync(show)

// @case doc_concatenate
const a = tf.data.array([1, 2, 3]);
const b = tf.data.array([4, 5, 6]);
const c = a.concatenate(b);
await c.forEachAsync(e => console.log(e));

// @case doc_filter
const a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  .filter(x => x%2 === 0);
await a.forEachAsync(e => console.log(e));
// @py
a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).filter(lambda x: x % 2 == 0)
await a.forEachAsync(lambda e: console.log(e))

// @case doc_forEachAsync
const a = tf.data.array([1, 2, 3]);
await a.forEachAsync(e => console.log(e));

// @case doc_map
const a = tf.data.array([1, 2, 3]).map(x => x*x);
await a.forEachAsync(e => console.log(e));

// @case doc_mapAsync
// The doc waits 500-1500 ms per element; 0-10 ms keeps the fixture run short.
const a =
 tf.data.array([1, 2, 3]).mapAsync(x => new Promise(function(resolve){
   setTimeout(() => {
     resolve(x * x);
   }, Math.random()*10);
 }));
console.log(JSON.stringify(await a.toArray()));
// @py
import asyncio, random
async def square_later(x):
    await asyncio.sleep(random.random() / 100)
    return x * x
a = tf.data.array([1, 2, 3]).mapAsync(square_later)
console.log(JSON.stringify(await a.toArray()))

// @case doc_repeat
const a = tf.data.array([1, 2, 3]).repeat(3);
await a.forEachAsync(e => console.log(e));

// @case doc_skip
const a = tf.data.array([1, 2, 3, 4, 5, 6]).skip(3);
await a.forEachAsync(e => console.log(e));

// @case doc_shuffle_seeded
// The doc example is unseeded; with a seed the order is reproducible.
const a = tf.data.array([1, 2, 3, 4, 5, 6]).shuffle(3, 'doc');
await a.forEachAsync(e => console.log(e));

// @case doc_take
const a = tf.data.array([1, 2, 3, 4, 5, 6]).take(3);
await a.forEachAsync(e => console.log(e));

// @case doc_toArray
const a = tf.data.array([1, 2, 3, 4, 5, 6]);
console.log(JSON.stringify(await a.toArray()));

// @case doc_array_objects
const a = tf.data.array([{'item': 1}, {'item': 2}, {'item': 3}]);
await a.forEachAsync(e => console.log(JSON.stringify(e)));

// @case doc_array_numbers
const a = tf.data.array([4, 5, 6]);
await a.forEachAsync(e => console.log(e));

// @case doc_zip_array
console.log('Zip two datasets of objects:');
const ds1 = tf.data.array([{a: 1}, {a: 2}, {a: 3}]);
const ds2 = tf.data.array([{b: 4}, {b: 5}, {b: 6}]);
const ds3 = tf.data.zip([ds1, ds2]);
await ds3.forEachAsync(e => console.log(JSON.stringify(e)));
console.log('Merge the objects:');
const ds4 = ds3.map(x => {return {a: x[0].a, b: x[1].b}});
await ds4.forEachAsync(e => console.log(JSON.stringify(e)));
// @py
console.log('Zip two datasets of objects:')
ds1 = tf.data.array([{'a': 1}, {'a': 2}, {'a': 3}])
ds2 = tf.data.array([{'b': 4}, {'b': 5}, {'b': 6}])
ds3 = tf.data.zip([ds1, ds2])
await ds3.forEachAsync(lambda e: console.log(JSON.stringify(e)))
console.log('Merge the objects:')
ds4 = ds3.map(lambda x: {'a': x[0]['a'], 'b': x[1]['b']})
await ds4.forEachAsync(lambda e: console.log(JSON.stringify(e)))

// @case doc_zip_dict
const a = tf.data.array([{a: 1}, {a: 2}, {a: 3}]);
const b = tf.data.array([{b: 4}, {b: 5}, {b: 6}]);
const c = tf.data.zip({c: a, d: b});
await c.forEachAsync(e => console.log(JSON.stringify(e)));

// @case doc_func
let i = -1;
const func = () =>
   ++i < 5 ? {value: i, done: false} : {value: null, done: true};
const ds = tf.data.func(func);
await ds.forEachAsync(e => console.log(e));
// @py
state = {'i': -1}
def func():
    state['i'] += 1
    if state['i'] < 5:
        return {'value': state['i'], 'done': False}
    return {'value': None, 'done': True}
ds = tf.data.func(func)
await ds.forEachAsync(lambda e: console.log(e))

// @case doc_generator_iterator
function makeIterator() {
  const numElements = 10;
  let index = 0;
  const iterator = {
    next: () => {
      let result;
      if (index < numElements) {
        result = {value: index, done: false};
        index++;
        return result;
      }
      return {value: index, done: true};
    }
  };
  return iterator;
}
const ds = tf.data.generator(makeIterator);
await ds.forEachAsync(e => console.log(e));
// @py
def makeIterator():
    state = {'index': 0}
    def next():
        if state['index'] < 10:
            result = {'value': state['index'], 'done': False}
            state['index'] += 1
            return result
        return {'value': state['index'], 'done': True}
    return {'next': next}
ds = tf.data.generator(makeIterator)
await ds.forEachAsync(lambda e: console.log(e))

// @case doc_generator_function
function* dataGenerator() {
  const numElements = 10;
  let index = 0;
  while (index < numElements) {
    const x = index;
    index++;
    yield x;
  }
}
const ds = tf.data.generator(dataGenerator);
await ds.forEachAsync(e => console.log(e));
// @py
def dataGenerator():
    index = 0
    while index < 10:
        x = index
        index += 1
        yield x
ds = tf.data.generator(dataGenerator)
await ds.forEachAsync(lambda e: console.log(e))

// @case doc_csv_fit_dataset
// @tol 1e-4
// The doc reads boston-housing-train.csv over the network; the same pipeline on a small
// local file with the same layout (label column medv last).
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_doc_csv.csv',
  'crim,zn,indus,medv\n0.1,18,2.3,24\n0.02,0,7.1,21.6\n0.03,0,7.1,34.7\n' +
  '0.06,0,2.2,33.4\n0.07,0,2.2,36.2\n0.03,12.5,7.9,28.7\n0.09,12.5,7.9,22.9\n');
const csvDataset = tf.data.csv('file:///tmp/tfjs_data_doc_csv.csv', {
  columnConfigs: {medv: {isLabel: true}}});
const numOfFeatures = (await csvDataset.columnNames()).length - 1;
const flattenedDataset = csvDataset
  .map(({xs, ys}) => ({xs: Object.values(xs), ys: Object.values(ys)}))
  .batch(3);
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [numOfFeatures], units: 1,
  kernelInitializer: 'ones', biasInitializer: 'zeros'}));
model.compile({optimizer: tf.train.sgd(0.000001), loss: 'meanSquaredError'});
const epochs = [];
const h = await model.fitDataset(flattenedDataset, {epochs: 10,
  callbacks: {onEpochEnd: async (epoch, logs) => { epochs.push(epoch); }}});
console.log(numOfFeatures, JSON.stringify(epochs));
return h.history.loss;
// @py
open('/tmp/tfjs_data_doc_csv.csv', 'w').write(
  'crim,zn,indus,medv\n0.1,18,2.3,24\n0.02,0,7.1,21.6\n0.03,0,7.1,34.7\n' +
  '0.06,0,2.2,33.4\n0.07,0,2.2,36.2\n0.03,12.5,7.9,28.7\n0.09,12.5,7.9,22.9\n')
csvDataset = tf.data.csv('file:///tmp/tfjs_data_doc_csv.csv', {
  'columnConfigs': {'medv': {'isLabel': True}}})
numOfFeatures = len(await csvDataset.columnNames()) - 1
flattenedDataset = csvDataset.map(
  lambda e: {'xs': list(e['xs'].values()), 'ys': list(e['ys'].values())}).batch(3)
model = tf.sequential()
model.add(tf.layers.dense({'inputShape': [numOfFeatures], 'units': 1,
  'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
model.compile({'optimizer': tf.train.sgd(0.000001), 'loss': 'meanSquaredError'})
epochs = []
async def on_epoch_end(epoch, logs):
    epochs.append(epoch)
h = await model.fitDataset(flattenedDataset, {'epochs': 10,
  'callbacks': {'onEpochEnd': on_epoch_end}})
console.log(numOfFeatures, JSON.stringify(epochs))
return h.history.loss


// @case shuffle_seeded_orders
const a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
const out = [];
for (const [b, s] of [[2, 'a'], [4, '42'], [7, 'seed'], [12, 'x'], [30, 'y']]) {
  const d = a.shuffle(b, s);
  out.push(await d.toArray(), await d.toArray());
  const e = a.shuffle(b, s, false);
  out.push(await e.toArray(), await e.toArray());
}
return out;
// @py
a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
out = []
for b, s in [[2, 'a'], [4, '42'], [7, 'seed'], [12, 'x'], [30, 'y']]:
    d = a.shuffle(b, s)
    out += [await d.toArray(), await d.toArray()]
    e = a.shuffle(b, s, False)
    out += [await e.toArray(), await e.toArray()]
return out

// @case shuffle_numeric_seed_batch_repeat
const d = tf.data.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).shuffle(5, 7).batch(3).repeat(2);
return (await d.toArray()).map(t => t.arraySync());
// @py
d = tf.data.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).shuffle(5, 7).batch(3).repeat(2)
return [t.arraySync() for t in await d.toArray()]

// @case shuffle_after_repeat_and_take
const d = tf.data.array([1, 2, 3, 4]).repeat(3).shuffle(6, 'r').take(9);
return await d.toArray();

// @case shuffle_generator_source
function* gen() { for (let i = 0; i < 15; i++) yield i * 10; }
const d = tf.data.generator(gen).shuffle(4, 'g');
return [await d.toArray(), await d.toArray()];
// @py
def gen():
    for i in range(15):
        yield i * 10
d = tf.data.generator(gen).shuffle(4, 'g')
return [await d.toArray(), await d.toArray()]

// @case sizes
const a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const g = tf.data.generator(function* () { yield 1; });
return [a.size, a.batch(3).size, a.batch(3, false).size, a.repeat().size, a.repeat(2).size,
  a.repeat(0).size, a.take(3).size, a.take(30).size, a.skip(4).size, a.skip(40).size,
  a.filter(x => true).size, a.map(x => x).size, a.shuffle(3).size, a.concatenate(a).size,
  a.repeat().take(5).size, a.repeat().filter(x => true).size, a.prefetch(2).size,
  g.size, g.batch(2).size, g.repeat(2).size, g.concatenate(a).size, a.concatenate(a.repeat()).size,
  tf.data.zip([a, a.take(4)]).size, tf.data.zip({x: a, y: a.repeat()}).size,
  tf.data.zip([a, g]).size, tf.data.zip([g, a]).size];
// @py
a = tf.data.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
def gen():
    yield 1
g = tf.data.generator(gen)
return [a.size, a.batch(3).size, a.batch(3, False).size, a.repeat().size, a.repeat(2).size,
  a.repeat(0).size, a.take(3).size, a.take(30).size, a.skip(4).size, a.skip(40).size,
  a.filter(lambda x: True).size, a.map(lambda x: x).size, a.shuffle(3).size, a.concatenate(a).size,
  a.repeat().take(5).size, a.repeat().filter(lambda x: True).size, a.prefetch(2).size,
  g.size, g.batch(2).size, g.repeat(2).size, g.concatenate(a).size, a.concatenate(a.repeat()).size,
  tf.data.zip([a, a.take(4)]).size, tf.data.zip({'x': a, 'y': a.repeat()}).size,
  tf.data.zip([a, g]).size, tf.data.zip([g, a]).size]

// @case take_skip_edges
const a = tf.data.array([1, 2, 3, 4, 5]);
return [await a.take(0).toArray(), await a.take(-1).toArray(), await a.take(9).toArray(),
  await a.skip(0).toArray(), await a.skip(5).toArray(), await a.skip(-2).toArray(),
  await a.repeat(0).toArray(), await a.skip(2).take(2).toArray(),
  await a.take(4).skip(1).repeat(2).toArray()];

// @case fractional_counts
const a = tf.data.array([1, 2, 3, 4, 5, 6, 7]);
function* g() { for (let i = 0; i < 7; i++) yield i; }
return [await a.take(2.5).toArray(), await a.skip(2.5).toArray(), await a.batch(2.5).toArray(),
  a.take(2.5).size, a.batch(2.5).size, await tf.data.generator(g).batch(2.5).toArray()];
// @py
a = tf.data.array([1, 2, 3, 4, 5, 6, 7])
def g():
    yield from range(7)
return [await a.take(2.5).toArray(), await a.skip(2.5).toArray(), await a.batch(2.5).toArray(),
  a.take(2.5).size, a.batch(2.5).size, await tf.data.generator(g).batch(2.5).toArray()]

// @case prefetch_and_toArrayForTest
const a = tf.data.array([1, 2, 3, 4, 5]).map(x => x + 1).prefetch(2);
return [await a.toArray(), await a.toArrayForTest(),
  await tf.data.array([7, 8]).prefetch(10).toArray()];

// @case concatenate_repeat_filter_chain
const a = tf.data.array([1, 2, 3]);
const b = tf.data.array([10, 20]);
const c = a.concatenate(b).repeat(2).filter(x => x !== 2).map(x => x * 3);
return await c.toArray();
// @py
a = tf.data.array([1, 2, 3])
b = tf.data.array([10, 20])
c = a.concatenate(b).repeat(2).filter(lambda x: x != 2).map(lambda x: x * 3)
return await c.toArray()

// @case iterator_next
const it = await tf.data.array([1, 2]).iterator();
return [await it.next(), await it.next(), await it.next(), await it.next()];

// @case iterator_next_generator_objects
function* gen() { yield {a: 1}; yield {a: 2}; }
const it = await tf.data.generator(gen).iterator();
const first = await it.next();
const second = await it.next();
const third = await it.next();
return [first.value, first.done, second.value, third.done];
// @py
def gen():
    yield {'a': 1}
    yield {'a': 2}
it = await tf.data.generator(gen).iterator()
first = await it.next()
second = await it.next()
third = await it.next()
return [first.value, first.done, second.value, third.done]

// @case generator_async
async function* gen() {
  for (let i = 0; i < 4; i++) {
    await new Promise(r => setTimeout(r, 1));
    yield {xs: [i, i + 1], ys: i};
  }
}
const d = tf.data.generator(gen).batch(3);
return await d.toArray();
// @py
import asyncio
async def gen():
    for i in range(4):
        await asyncio.sleep(0.001)
        yield {'xs': [i, i + 1], 'ys': i}
d = tf.data.generator(gen).batch(3)
return await d.toArray()

// @case generator_rerun_each_pass
let calls = 0;
function* gen() { calls++; yield calls; yield calls * 10; }
const d = tf.data.generator(gen);
return [await d.toArray(), await d.toArray(), calls];
// @py
state = {'calls': 0}
def gen():
    state['calls'] += 1
    yield state['calls']
    yield state['calls'] * 10
d = tf.data.generator(gen)
return [await d.toArray(), await d.toArray(), state['calls']]

// @case func_shared_iterator
let i = 0;
const d = tf.data.func(() => (i < 3 ? {value: i++, done: false} : {value: null, done: true}));
return [await d.toArray(), await d.toArray()];
// @py
state = {'i': 0}
def f():
    if state['i'] < 3:
        state['i'] += 1
        return {'value': state['i'] - 1, 'done': False}
    return {'value': None, 'done': True}
d = tf.data.func(f)
return [await d.toArray(), await d.toArray()]

// @case mapAsync_async_function
async function slowSquare(x) {
  await new Promise(r => setTimeout(r, 2));
  return x * x;
}
return await tf.data.array([1, 2, 3, 4]).mapAsync(slowSquare).batch(2).toArray();
// @py
import asyncio
async def slowSquare(x):
    await asyncio.sleep(0.002)
    return x * x
return await tf.data.array([1, 2, 3, 4]).mapAsync(slowSquare).batch(2).toArray()

// @case map_returns_tensors
const d = tf.data.array([1, 2, 3]).map(x => tf.scalar(x).mul(2));
return await d.batch(3).toArray();
// @py
d = tf.data.array([1, 2, 3]).map(lambda x: tf.scalar(x).mul(2))
return await d.batch(3).toArray()

// @case zip_nested_and_batch
const a = tf.data.array([1, 2, 3]);
const b = tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8]]);
const c = tf.data.array([{k: 1}, {k: 2}, {k: 3}, {k: 4}]);
const z = tf.data.zip({xs: {p: a, q: b}, ys: c});
return [await z.toArray(), await z.batch(2).toArray()];

// @case zip_same_dataset_twice_pulls_once
// TF.js's zip maps the structure by identity: a dataset used twice gets one iterator.
const a = tf.data.array([1, 2, 3, 4]);
const z = tf.data.zip({x: a, y: [a, tf.data.array([9, 8, 7])]});
console.log(JSON.stringify(await tf.data.zip([a, a]).toArray()));
console.log(JSON.stringify(await z.toArray()));


// @case batch_nested_dicts
const d = tf.data.array([
  {xs: {a: 1, b: [1, 2]}, ys: [0, 1], w: true},
  {xs: {a: 2, b: [3, 4]}, ys: [1, 0], w: false},
  {xs: {a: 3, b: [5, 6]}, ys: [1, 1], w: true}]);
return [await d.batch(2).toArray(), await d.batch(2, false).toArray()];

// @case batch_tensors_and_dicts_of_tensors
const d = tf.data.array([
  {xs: tf.tensor1d([1, 2]), ys: tf.tensor2d([[1]], [1, 1], 'int32')},
  {xs: tf.tensor1d([3, 4]), ys: tf.tensor2d([[0]], [1, 1], 'int32')},
  {xs: tf.tensor1d([5, 6]), ys: tf.tensor2d([[1]], [1, 1], 'int32')}]);
return await d.batch(2).toArray();

// @case batch_strings_and_bools
return [await tf.data.array(['a', 'bc', 'd']).batch(2).toArray(),
  await tf.data.array([true, false, true]).batch(3).toArray(),
  await tf.data.array([{s: 'x', n: 1.5}, {s: 'y', n: -2}]).batch(5).toArray()];

// @case batch_then_unbatch_with_map
const d = tf.data.array([1, 2, 3, 4, 5, 6, 7]).batch(3).map(t => t.sum());
return await d.toArray();
// @py
d = tf.data.array([1, 2, 3, 4, 5, 6, 7]).batch(3).map(lambda t: t.sum())
return await d.toArray()


// @case error_batch_zero
tf.data.array([1, 2, 3]).batch(0);

// @case error_prefetch_no_size
tf.data.array([1, 2, 3]).prefetch();

// @case error_prefetch_zero
await tf.data.array([1, 2, 3]).prefetch(0).toArray();

// @case error_shuffle_no_size
tf.data.array([1, 2, 3]).shuffle();

// @case error_shuffle_generator_no_size
tf.data.generator(function* () { yield 1; }).shuffle();
// @py
def gen():
    yield 1
tf.data.generator(gen).shuffle()

// @case error_toArray_infinite
await tf.data.array([1]).repeat().toArray();

// @case error_zip_primitive
tf.data.zip(3);

// @case error_zip_leaf
await tf.data.zip([tf.data.array([1]), 3]).toArray();

// @case error_generator_not_function
await tf.data.generator([1, 2]).toArray();

// @case error_generator_throws
function* gen() { yield 1; throw new Error('boom'); }
await tf.data.generator(gen).toArray();
// @py
def gen():
    yield 1
    raise ValueError('boom')
await tf.data.generator(gen).toArray()

// @case error_microphone
await tf.data.microphone();

// @case error_webcam
await tf.data.webcam();


// @case csv_basic_types_missing
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_basic.csv',
  'id,name,score,flag,note\n1,ann,3.5,true,\n2,"bob, jr",-0.25,0,x\r\n3,cy,1e3,TRUE, \n' +
  '4,dee,0x1F,1,"say ""hi"""\n5,,Infinity,false,.5\n');
const d = tf.data.csv('file:///tmp/tfjs_data_csv_basic.csv');
return [await d.columnNames(), await d.toArray()];
// @py
open('/tmp/tfjs_data_csv_basic.csv', 'w', newline='').write(
  'id,name,score,flag,note\n1,ann,3.5,true,\n2,"bob, jr",-0.25,0,x\r\n3,cy,1e3,TRUE, \n' +
  '4,dee,0x1F,1,"say ""hi"""\n5,,Infinity,false,.5\n')
d = tf.data.csv('file:///tmp/tfjs_data_csv_basic.csv')
return [await d.columnNames(), await d.toArray()]

// @case csv_column_configs_labels
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_cfg.csv',
  'a,b,c,label\n1.7,yes,true,1\n-2.5,,false,0\n3,1,1,1\n');
const d = tf.data.csv('file:///tmp/tfjs_data_csv_cfg.csv', {columnConfigs: {
  a: {dtype: 'int32'}, b: {dtype: 'bool', default: 7}, c: {dtype: 'bool'},
  label: {isLabel: true, dtype: 'int32'}}});
return [await d.columnNames(), await d.toArray(),
  await d.batch(2).toArray()];
// @py
open('/tmp/tfjs_data_csv_cfg.csv', 'w').write(
  'a,b,c,label\n1.7,yes,true,1\n-2.5,,false,0\n3,1,1,1\n')
d = tf.data.csv('file:///tmp/tfjs_data_csv_cfg.csv', {'columnConfigs': {
  'a': {'dtype': 'int32'}, 'b': {'dtype': 'bool', 'default': 7}, 'c': {'dtype': 'bool'},
  'label': {'isLabel': True, 'dtype': 'int32'}}})
return [await d.columnNames(), await d.toArray(), await d.batch(2).toArray()]

// @case csv_no_header_delimiter_configured_only
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_semi.csv', '1;2;3\n4;5;6\n\n7;8;9');
const d = tf.data.csv('file:///tmp/tfjs_data_csv_semi.csv', {hasHeader: false,
  columnNames: ['x', 'y', 'z'], delimiter: ';', configuredColumnsOnly: true,
  columnConfigs: {z: {isLabel: true}, x: {}}});
const it = await d.iterator();
return [await d.columnNames(), (await it.next()).value, (await it.next()).value];
// @py
open('/tmp/tfjs_data_csv_semi.csv', 'w').write('1;2;3\n4;5;6\n\n7;8;9')
d = tf.data.csv('file:///tmp/tfjs_data_csv_semi.csv', {'hasHeader': False,
  'columnNames': ['x', 'y', 'z'], 'delimiter': ';', 'configuredColumnsOnly': True,
  'columnConfigs': {'z': {'isLabel': True}, 'x': {}}})
it = await d.iterator()
return [await d.columnNames(), (await it.next()).value, (await it.next()).value]

// @case csv_invalid_row_after_blank_line
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_blank.csv', 'p,q\n1,2\n\n3,4\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_blank.csv').toArray();
// @py
open('/tmp/tfjs_data_csv_blank.csv', 'w').write('p,q\n1,2\n\n3,4\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_blank.csv').toArray()

// @case csv_delim_whitespace
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_ws.csv', 'u v  w\n1  2 3\n  4 5 6\n');
return await tf.data.csv('file:///tmp/tfjs_data_csv_ws.csv', {delimWhitespace: true}).toArray();
// @py
open('/tmp/tfjs_data_csv_ws.csv', 'w').write('u v  w\n1  2 3\n  4 5 6\n')
return await tf.data.csv('file:///tmp/tfjs_data_csv_ws.csv', {'delimWhitespace': True}).toArray()

// @case csv_column_names_override_header
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_names.csv', 'a,b\n1,2\n3,4\n');
const d = tf.data.csv('file:///tmp/tfjs_data_csv_names.csv', {columnNames: ['first', 'second']});
return await d.toArray();
// @py
open('/tmp/tfjs_data_csv_names.csv', 'w').write('a,b\n1,2\n3,4\n')
d = tf.data.csv('file:///tmp/tfjs_data_csv_names.csv', {'columnNames': ['first', 'second']})
return await d.toArray()

// @case csv_error_required_empty
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_req.csv', 'a,b\n1,\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_req.csv', {columnConfigs: {b: {required: true}}}).toArray();
// @py
open('/tmp/tfjs_data_csv_req.csv', 'w').write('a,b\n1,\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_req.csv', {'columnConfigs': {'b': {'required': True}}}).toArray()

// @case csv_error_label_empty
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_lab.csv', 'a,b\n1,\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_lab.csv', {columnConfigs: {b: {isLabel: true}}}).toArray();
// @py
open('/tmp/tfjs_data_csv_lab.csv', 'w').write('a,b\n1,\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_lab.csv', {'columnConfigs': {'b': {'isLabel': True}}}).toArray()

// @case csv_error_no_column_names
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_nonames.csv', '1,2\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_nonames.csv', {hasHeader: false}).toArray();
// @py
open('/tmp/tfjs_data_csv_nonames.csv', 'w').write('1,2\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_nonames.csv', {'hasHeader': False}).toArray()

// @case csv_error_names_length
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_len.csv', 'a,b\n1,2\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_len.csv', {columnNames: ['a', 'b', 'c']}).toArray();
// @py
open('/tmp/tfjs_data_csv_len.csv', 'w').write('a,b\n1,2\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_len.csv', {'columnNames': ['a', 'b', 'c']}).toArray()

// @case csv_error_duplicate_names
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_dup.csv', 'a,b,a,b,c\n1,2,3,4,5\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_dup.csv').toArray();
// @py
open('/tmp/tfjs_data_csv_dup.csv', 'w').write('a,b,a,b,c\n1,2,3,4,5\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_dup.csv').toArray()

// @case csv_error_unknown_config_key
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_key.csv', 'a,b\n1,2\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_key.csv', {columnConfigs: {zz: {isLabel: true}}}).toArray();
// @py
open('/tmp/tfjs_data_csv_key.csv', 'w').write('a,b\n1,2\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_key.csv', {'columnConfigs': {'zz': {'isLabel': True}}}).toArray()

// @case csv_error_row_length
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_row.csv', 'a,b\n1,2,3\n');
await tf.data.csv('file:///tmp/tfjs_data_csv_row.csv').toArray();
// @py
open('/tmp/tfjs_data_csv_row.csv', 'w').write('a,b\n1,2,3\n')
await tf.data.csv('file:///tmp/tfjs_data_csv_row.csv').toArray()

// @case csv_error_empty_file
const fs = process.mainModule.require('fs');
fs.writeFileSync('/tmp/tfjs_data_csv_empty.csv', '');
await tf.data.csv('file:///tmp/tfjs_data_csv_empty.csv').toArray();
// @py
open('/tmp/tfjs_data_csv_empty.csv', 'w').write('')
await tf.data.csv('file:///tmp/tfjs_data_csv_empty.csv').toArray()


// @case fit_dataset_history_validation_dataset
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'zeros'}));
m.compile({optimizer: tf.train.sgd(0.001), loss: 'meanSquaredError', metrics: ['mae']});
const ds = tf.data.zip({xs: tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  ys: tf.data.array([[1], [2], [3], [4], [5]])}).batch(2);
const batches = [];
const epochKeys = [];
const h = await m.fitDataset(ds, {epochs: 3, validationData: ds, callbacks: {
  onBatchEnd: (b, l) => { batches.push([b, l.batch, l.size, l.loss, l.mae]); },
  onEpochEnd: (e, l) => { epochKeys.push(Object.keys(l)); }}});
return [h.history, h.epoch, h.params, batches, epochKeys];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': tf.train.sgd(0.001), 'loss': 'meanSquaredError', 'metrics': ['mae']})
ds = tf.data.zip({'xs': tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  'ys': tf.data.array([[1], [2], [3], [4], [5]])}).batch(2)
batches = []
epochKeys = []
h = await m.fitDataset(ds, {'epochs': 3, 'validationData': ds, 'callbacks': {
  'onBatchEnd': lambda b, l: batches.append([b, l.batch, l.size, l.loss, l.mae]),
  'onEpochEnd': lambda e, l: epochKeys.append(list(l.keys()))}})
return [h.history, h.epoch, h.params, batches, epochKeys]

// @case fit_dataset_batches_per_epoch_tensor_validation
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'zeros'}));
m.compile({optimizer: tf.train.adam(0.05), loss: 'meanSquaredError'});
const xs = [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]];
const ys = [[1], [2], [3], [4], [5]];
const ds = tf.data.zip({xs: tf.data.array(xs), ys: tf.data.array(ys)}).batch(2).repeat();
const h = await m.fitDataset(ds, {epochs: 4, batchesPerEpoch: 2,
  validationData: [tf.tensor2d(xs), tf.tensor2d(ys)], validationBatchSize: 2});
return [h.history, h.params, m.getWeights()];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': tf.train.adam(0.05), 'loss': 'meanSquaredError'})
xs = [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]
ys = [[1], [2], [3], [4], [5]]
ds = tf.data.zip({'xs': tf.data.array(xs), 'ys': tf.data.array(ys)}).batch(2).repeat()
h = await m.fitDataset(ds, {'epochs': 4, 'batchesPerEpoch': 2,
  'validationData': [tf.tensor2d(xs), tf.tensor2d(ys)], 'validationBatchSize': 2})
return [h.history, h.params, m.getWeights()]

// @case fit_dataset_ran_out_and_initial_epoch
// @tol 1e-4
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: 'zeros'}));
m.compile({optimizer: 'sgd', loss: 'meanAbsoluteError'});
const ds = tf.data.array([1, 2, 3]).map(x => ({xs: tf.tensor2d([[x]]), ys: tf.tensor2d([[2 * x]])}));
const h = await m.fitDataset(ds, {epochs: 4, initialEpoch: 1, batchesPerEpoch: 2});
return [h.history, h.epoch, m.getWeights()];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'zeros', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': 'sgd', 'loss': 'meanAbsoluteError'})
ds = tf.data.array([1, 2, 3]).map(lambda x: {'xs': tf.tensor2d([[x]]), 'ys': tf.tensor2d([[2 * x]])})
h = await m.fitDataset(ds, {'epochs': 4, 'initialEpoch': 1, 'batchesPerEpoch': 2})
return [h.history, h.epoch, m.getWeights()]

// @case fit_dataset_functional_dict_inputs_class_weight
// @tol 1e-4
const a = tf.input({shape: [2], name: 'a'});
const b = tf.input({shape: [1], name: 'b'});
const cat = tf.layers.concatenate().apply([a, b]);
const out = tf.layers.dense({units: 2, activation: 'softmax', kernelInitializer: 'ones',
  biasInitializer: 'zeros', name: 'out'}).apply(cat);
const m = tf.model({inputs: [a, b], outputs: out});
m.compile({optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy', metrics: ['accuracy']});
const ds = tf.data.array([
  {xs: {a: [1, 0], b: [1]}, ys: {out: [1, 0]}},
  {xs: {a: [0, 1], b: [0]}, ys: {out: [0, 1]}},
  {xs: {a: [1, 1], b: [1]}, ys: {out: [0, 1]}},
  {xs: {a: [0, 0], b: [2]}, ys: {out: [1, 0]}}]).batch(3);
const h = await m.fitDataset(ds, {epochs: 3, classWeight: {0: 1, 1: 3}});
const ev = await m.evaluateDataset(ds);
return [h.history, ev, m.getWeights()];
// @py
a = tf.input({'shape': [2], 'name': 'a'})
b = tf.input({'shape': [1], 'name': 'b'})
cat = tf.layers.concatenate().apply([a, b])
out = tf.layers.dense({'units': 2, 'activation': 'softmax', 'kernelInitializer': 'ones',
  'biasInitializer': 'zeros', 'name': 'out'}).apply(cat)
m = tf.model({'inputs': [a, b], 'outputs': out})
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'categoricalCrossentropy', 'metrics': ['accuracy']})
ds = tf.data.array([
  {'xs': {'a': [1, 0], 'b': [1]}, 'ys': {'out': [1, 0]}},
  {'xs': {'a': [0, 1], 'b': [0]}, 'ys': {'out': [0, 1]}},
  {'xs': {'a': [1, 1], 'b': [1]}, 'ys': {'out': [0, 1]}},
  {'xs': {'a': [0, 0], 'b': [2]}, 'ys': {'out': [1, 0]}}]).batch(3)
h = await m.fitDataset(ds, {'epochs': 3, 'classWeight': {0: 1, 1: 3}})
ev = await m.evaluateDataset(ds)
return [h.history, ev, m.getWeights()]

// @case fit_dataset_generator_stream
// @tol 1e-4
function* rows() {
  for (let i = 0; i < 100; i++) yield (i % 10) / 10;
}
const ds = tf.data.generator(rows).batch(16).map(b => ({xs: b.reshape([-1, 1]),
  ys: b.mul(3).add(1).reshape([-1, 1])}));
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: 'zeros'}));
m.compile({optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError'});
const h = await m.fitDataset(ds, {epochs: 3});
return [h.history, h.params, m.getWeights()];
// @py
def rows():
    for i in range(100):
        yield (i % 10) / 10
ds = tf.data.generator(rows).batch(16).map(lambda b: {'xs': b.reshape([-1, 1]),
  'ys': b.mul(3).add(1).reshape([-1, 1])})
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'zeros', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': tf.train.sgd(0.1), 'loss': 'meanSquaredError'})
h = await m.fitDataset(ds, {'epochs': 3})
return [h.history, h.params, m.getWeights()]

// @case fit_dataset_shuffled_seeded
// @tol 1e-4
// fitDataset makes one iterator before the epochs and a new one per epoch: the shuffle
// seeds it draws are TF.js's.
const xs = tf.data.array([[1], [2], [3], [4], [5], [6]]);
const ys = tf.data.array([[2], [4], [6], [8], [10], [12]]);
const ds = tf.data.zip({xs, ys}).shuffle(6, 'fit').batch(4);
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1], kernelInitializer: 'ones', biasInitializer: 'zeros'}));
m.compile({optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError'});
const seen = [];
const h = await m.fitDataset(ds, {epochs: 2, callbacks: {onBatchEnd: (b, l) => { seen.push(l.loss); }}});
return [h.history, seen, m.getWeights()];
// @py
xs = tf.data.array([[1], [2], [3], [4], [5], [6]])
ys = tf.data.array([[2], [4], [6], [8], [10], [12]])
ds = tf.data.zip({'xs': xs, 'ys': ys}).shuffle(6, 'fit').batch(4)
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [1], 'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': tf.train.sgd(0.01), 'loss': 'meanSquaredError'})
seen = []
h = await m.fitDataset(ds, {'epochs': 2, 'callbacks': {'onBatchEnd': lambda b, l: seen.append(l.loss)}})
return [h.history, seen, m.getWeights()]

// @case evaluate_dataset_batches
// @tol 1e-5
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'zeros'}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError', metrics: ['mae']});
const ds = tf.data.zip({xs: tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  ys: tf.data.array([[1], [2], [3], [4], [5]])}).batch(2);
const all = await m.evaluateDataset(ds);
const two = await m.evaluateDataset(ds, {batches: 2});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const single = await m.evaluateDataset(ds);
return [all, two, single, await m.evaluateDataset(tf.data.array([]))];
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError', 'metrics': ['mae']})
ds = tf.data.zip({'xs': tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  'ys': tf.data.array([[1], [2], [3], [4], [5]])}).batch(2)
all_ = await m.evaluateDataset(ds)
two = await m.evaluateDataset(ds, {'batches': 2})
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
single = await m.evaluateDataset(ds)
return [all_, two, single, await m.evaluateDataset(tf.data.array([]))]

// @case fit_dataset_1d_targets_broadcast
// @tol 1e-4
// 1-D ys are not reshaped by fitDataset: the loss broadcasts [5] against [5,1].
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [2], kernelInitializer: 'ones', biasInitializer: 'zeros'}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const ds = tf.data.zip({xs: tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  ys: tf.data.array([1, 2, 3, 4, 5])}).batch(5);
return (await m.fitDataset(ds, {epochs: 2})).history;
// @py
m = tf.sequential()
m.add(tf.layers.dense({'units': 1, 'inputShape': [2], 'kernelInitializer': 'ones', 'biasInitializer': 'zeros'}))
m.compile({'optimizer': 'sgd', 'loss': 'meanSquaredError'})
ds = tf.data.zip({'xs': tf.data.array([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
  'ys': tf.data.array([1, 2, 3, 4, 5])}).batch(5)
return (await m.fitDataset(ds, {'epochs': 2})).history

// @case fit_dataset_error_not_compiled_functional
const a = tf.input({shape: [1]});
const m = tf.model({inputs: a, outputs: tf.layers.dense({units: 1}).apply(a)});
await m.fitDataset(tf.data.array([]), {epochs: 1});

// @case fit_dataset_error_not_compiled_sequential
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
await m.fitDataset(tf.data.array([]), {epochs: 1});

// @case evaluate_dataset_error_not_compiled_sequential
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
await m.evaluateDataset(tf.data.array([]));

// @case fit_dataset_error_no_config
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([]));

// @case fit_dataset_error_epochs
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([]), {epochs: 1.5});

// @case fit_dataset_error_batches_per_epoch
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([]), {epochs: 1, batchesPerEpoch: -2});

// @case fit_dataset_error_validation_split
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([]), {epochs: 1, validationSplit: 0.2});

// @case fit_dataset_error_validation_batches
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
const ds = tf.data.array([]);
await m.fitDataset(ds, {epochs: 1, validationData: ds, validationBatches: 0});

// @case fit_dataset_error_validation_sample_weights
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([]), {epochs: 1, validationData: [1, 2, 3]});

// @case fit_dataset_error_element_tensor
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([1, 2]).batch(2), {epochs: 1});

// @case fit_dataset_error_element_object
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([{a: 1}]), {epochs: 1});

// @case fit_dataset_error_missing_input_key
const a = tf.input({shape: [1], name: 'feat'});
const m = tf.model({inputs: a, outputs: tf.layers.dense({units: 1}).apply(a)});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([{xs: {other: tf.ones([1, 1])}, ys: tf.ones([1, 1])}]), {epochs: 1});

// @case fit_dataset_error_array_length
const a = tf.input({shape: [1], name: 'feat'});
const m = tf.model({inputs: a, outputs: tf.layers.dense({units: 1}).apply(a)});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([{xs: [tf.ones([1, 1]), tf.ones([1, 1])], ys: tf.ones([1, 1])}]), {epochs: 1});

// @case fit_dataset_error_batch_size_mismatch
const a = tf.input({shape: [1], name: 'feat'});
const m = tf.model({inputs: a, outputs: tf.layers.dense({units: 1, name: 'o'}).apply(a)});
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.fitDataset(tf.data.array([{xs: tf.ones([2, 1]), ys: tf.ones([3, 1])}]), {epochs: 1});

// @case evaluate_dataset_error_batches
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.evaluateDataset(tf.data.array([]), {batches: 0});

// @case evaluate_dataset_error_verbose
const m = tf.sequential();
m.add(tf.layers.dense({units: 1, inputShape: [1]}));
m.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
await m.evaluateDataset(tf.data.array([]), {verbose: 1});

// @case fit_dataset_error_class_weight_missing_class
const m = tf.sequential();
m.add(tf.layers.dense({units: 2, inputShape: [1], activation: 'softmax'}));
m.compile({optimizer: 'sgd', loss: 'categoricalCrossentropy'});
const ds = tf.data.array([{xs: [1], ys: [0, 1]}, {xs: [2], ys: [1, 0]}]).batch(2);
await m.fitDataset(ds, {epochs: 1, classWeight: {0: 1}});

// @case evaluate_dataset_error_not_compiled_functional
const a = tf.input({shape: [1]});
const m = tf.model({inputs: a, outputs: tf.layers.dense({units: 1}).apply(a)});
await m.evaluateDataset(tf.data.array([]));
