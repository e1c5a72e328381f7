// @case sizeFromShape
return [tf.util.sizeFromShape([2, 3]), tf.util.sizeFromShape([]), tf.util.sizeFromShape([4, 0])];
// @case computeStrides
return [tf.util.computeStrides([2, 3, 4]), tf.util.computeStrides([5]), tf.util.computeStrides([])];
// @case flatten_nested
return tf.util.flatten([[1, [2, 3]], [4]]);
// @case arraysEqual
return [tf.util.arraysEqual([1, 2], [1, 2]), tf.util.arraysEqual([1, 2], [1]), tf.util.arraysEqual([1, 2], [2, 1])];
// @case clamp
return [tf.util.clamp(0, 5, 3), tf.util.clamp(0, -1, 3), tf.util.clamp(0, 2, 3)];
// @case isInt
return [tf.util.isInt(3), tf.util.isInt(3.5), tf.util.isInt(-2)];
// @case nearest
return [tf.util.nearestLargerEven(3), tf.util.nearestLargerEven(4), tf.util.nearestDivisor(10, 4), tf.util.nearestDivisor(7, 2)];
// @case assert_fn
tf.util.assert(false, () => 'boom');
// @py
tf.util.assert_(False, lambda: 'boom')
// @case assert_ok
tf.util.assert(true, () => 'boom');
return 1;
// @py
tf.util.assert_(True, lambda: 'boom')
return 1
// @case squeezeShape
return [tf.util.squeezeShape([1, 2, 1, 3]), tf.util.squeezeShape([1, 2, 1], [0])];
// @case inferFromImplicitShape
return tf.util.inferFromImplicitShape([2, -1], 6);
// @case inferFromImplicitShape_two
tf.util.inferFromImplicitShape([2, -1, -1], 6);
// @case inferFromImplicitShape_fraction
tf.util.inferFromImplicitShape([4, -1], 6);
// @case inferDtype
return [tf.util.inferDtype([1, 2]), tf.util.inferDtype(['a']), tf.util.inferDtype([true]), tf.util.inferDtype([[1]])];
// @case isValidDtype
return [tf.util.isValidDtype('float32'), tf.util.isValidDtype('x'), tf.util.isValidDtype('string')];
// @case sizeToSquarishShape
return [tf.util.sizeToSquarishShape(10), tf.util.sizeToSquarishShape(16), tf.util.sizeToSquarishShape(1)];
// @case parseAxisParam
return [tf.util.parseAxisParam(-1, [2, 3]), tf.util.parseAxisParam(null, [2, 3]), tf.util.parseAxisParam([0, -1], [2, 3, 4])];
// @case bytesPerElement
return [tf.util.bytesPerElement('float32'), tf.util.bytesPerElement('int32'), tf.util.bytesPerElement('bool')];
// @case bytesPerElement_string
tf.util.bytesPerElement('string');
// @case toNestedArray
return [tf.util.toNestedArray([2, 2], [1, 2, 3, 4]), tf.util.toNestedArray([2, 1, 2], [1, 2, 3, 4])];
// @case encode_decode
return [tf.util.encodeString('hé'), tf.util.decodeString(tf.util.encodeString('hé'))];
// @case indexToLoc_locToIndex
return [tf.util.indexToLoc(5, 2, [3]), tf.util.locToIndex([1, 2], 2, [3]), tf.util.indexToLoc(23, 3, [12, 4])];
// @case numeric_helpers
return [tf.util.distSquared([1, 2], [4, 6]), tf.util.sum([1, 2, 3]), tf.util.tanh(0.5)];
// @case predicates
return [tf.util.isScalarShape([]), tf.util.isScalarShape([1]), tf.util.isString('a'), tf.util.isString(1), tf.util.isNumber(2), tf.util.isNumber('2'), tf.util.isBoolean(true), tf.util.isBoolean(1)];
// @case assertShapesMatch
tf.util.assertShapesMatch([1, 2], [2, 1], 'pre: ');
// @case assertNonNull
tf.util.assertNonNull(null);
// @case shuffle_keeps_items
const a = [1, 2, 3, 4, 5];
tf.util.shuffle(a);
return a.slice().sort();
// @py
a = [1, 2, 3, 4, 5]
tf.util.shuffle(a)
return sorted(a)
// @case shuffleCombo_pairs
const a = [1, 2, 3, 4];
const b = [10, 20, 30, 40];
tf.util.shuffleCombo(a, b);
return a.map((x, i) => b[i] - 10 * x);
// @py
a = [1, 2, 3, 4]
b = [10, 20, 30, 40]
tf.util.shuffleCombo(a, b)
return [b[i] - 10 * x for i, x in enumerate(a)]
// @case createShuffledIndices
return Array.from(tf.util.createShuffledIndices(6)).sort();
// @py
return sorted(tf.util.createShuffledIndices(6).tolist())
// @case zeros_ones_typed
return [tf.util.makeZerosTypedArray(3, 'int32'), tf.util.makeOnesTypedArray(2, 'float32')];
// @case rightPad
return [tf.util.rightPad('ab', 4), tf.util.rightPad('abcde', 4)];
// @case fingerPrint64
return [tf.util.fingerPrint64(tf.util.encodeString('hello')).toUnsigned().toString(), tf.util.fingerPrint64(tf.util.encodeString('')).toUnsigned().toString()];
// @py
return [str(tf.util.fingerPrint64('hello')), str(tf.util.fingerPrint64(''))]
// @case hasEncodingLoss
const ds = ['float32', 'int32', 'bool', 'complex64'];
const out = [];
for (const a of ds) for (const b of ds) out.push(tf.util.hasEncodingLoss(a, b));
return out;
// @py
ds = ['float32', 'int32', 'bool', 'complex64']
return [tf.util.hasEncodingLoss(a, b) for a in ds for b in ds]
// @case arraysEqualWithNull
return [tf.util.arraysEqualWithNull([1, null], [1, 5]), tf.util.arraysEqualWithNull([1, 2], [1, 3])];
// @case swap
const a = [1, 2, 3];
tf.util.swap(a, 0, 2);
return a;
// @py
a = [1, 2, 3]
tf.util.swap(a, 0, 2)
return a
// @case toTypedArray
return [tf.util.toTypedArray([1.7, -1.7], 'int32'), tf.util.toTypedArray([0.4, 0.6], 'bool'), tf.util.toTypedArray([[1], [2]], 'float32')];
// @case assertNonNegativeIntegerDimensions
tf.util.assertNonNegativeIntegerDimensions([2, -1]);
// @case more_predicates
return [tf.util.isFunction(() => 1), tf.util.isFunction(3), tf.util.isTypedArray(new Float32Array(2)), tf.util.isTypedArray([1]), tf.util.isPromise(Promise.resolve(1)), tf.util.isPromise(3)];
// @py
async def _p():
    return 1
c = _p()
out = [tf.util.isFunction(lambda: 1), tf.util.isFunction(3), tf.util.isTypedArray(np.zeros(2, np.float32)), tf.util.isTypedArray([1]), tf.util.isPromise(c), tf.util.isPromise(3)]
await c
return out
// @case getArrayFromDType
return [tf.util.getArrayFromDType('int32', 3), tf.util.getArrayFromDType('string', 2), tf.util.getTypedArrayFromDType('float32', 2)];
// @case makeZerosNestedTypedArray
return tf.util.makeZerosNestedTypedArray([2, 3], 'float32');
// @case hexToLong
return tf.util.hexToLong('ff').toNumber();
// @py
return tf.util.hexToLong('ff')
// @case randUniform_range
const v = tf.util.randUniform(2, 3);
return [v >= 2, v < 3];
// @py
v = tf.util.randUniform(2, 3)
return [v >= 2, v < 3]
// @case checkConversionForErrors
tf.util.checkConversionForErrors([1, NaN], 'float32');
// @case createScalarValue
return [tf.util.createScalarValue(2.5, 'float32'), tf.util.createScalarValue('hé', 'string')];
// @case bytesFromStringArray
return tf.util.bytesFromStringArray([tf.util.encodeString('ab'), tf.util.encodeString('é')]);
// @case repeatedTry
let n = 0;
await tf.util.repeatedTry(() => { n += 1; return n >= 3; }, () => 0);
return n;
// @py
n = [0]
def check():
    n[0] += 1
    return n[0] >= 3
await tf.util.repeatedTry(check, lambda k: 0)
return n[0]
// @case throwIfDisposed
const t = tf.tensor([1]);
t.dispose();
t.throwIfDisposed();
