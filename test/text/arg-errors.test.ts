// Expected messages pasted from CPython 3.12.1 (s = 'abc'; b = b'abc'):
import { describe, expect, it } from 'vitest';
import * as A from '../../src/text/arg-errors.js';
import { MAKETRANS_KEY_TYPE_ERROR, MAKETRANS_ONE_ARG_ERROR } from '../../src/text/str-replace.js';

describe('argument type errors', () => {
  it.each([
    ["s.center(1.5)", A.notAnIntegerError('float'), "TypeError 'float' object cannot be interpreted as an integer"],
    ["s.center(5, 1)", A.fillCharTypeError('int'), 'TypeError The fill character must be a unicode character, not int'],
    ["s.split(1)", A.mustBeStrOrNoneError('int'), 'TypeError must be str or None, not int'],
    ["s.find(1)", A.mustBeStrError('int'), 'TypeError must be str, not int'],
    ["s.replace(1, 'x')", A.argumentMustBeStrError('replace', 1, 'int'), 'TypeError replace() argument 1 must be str, not int'],
    ["str.maketrans('a', 1)", A.argumentMustBeStrError('maketrans', 2, 'int'), 'TypeError maketrans() argument 2 must be str, not int'],
    ["s.removeprefix(1)", A.argumentMustBeStrError('removeprefix', null, 'int'), 'TypeError removeprefix() argument must be str, not int'],
    ["s.lstrip(1)", A.stripArgError('lstrip'), 'TypeError lstrip arg must be None or str'],
    ["s.find('a', 'b')", A.sliceIndexTypeError(), 'TypeError slice indices must be integers or None or have an __index__ method'],
    ["s.encode('utf-8', 1)", A.encodeArgError('errors', 'int'), "TypeError encode() argument 'errors' must be str, not int"],
    ["s['a']", A.strIndexTypeError('str'), "TypeError string indices must be integers, not 'str'"],
    ["s + 1", A.concatTypeError('int'), 'TypeError can only concatenate str (not "int") to str'],
    ["s * 1.5", A.multiplyTypeError('float'), "TypeError can't multiply sequence by non-int of type 'float'"],
    ["s.center(2**70)", A.ssizeOverflowError(), 'OverflowError Python int too large to convert to C ssize_t'],
    ["s.expandtabs(2**70)", A.cIntOverflowError(), 'OverflowError Python int too large to convert to C int'],
    ["s[2**70]", A.indexSizedOverflowError(), "IndexError cannot fit 'int' into an index-sized integer"],
    ["b.strip('a')", A.bytesLikeRequiredError('str'), "TypeError a bytes-like object is required, not 'str'"],
    ["b.find('a')", A.byteSubTypeError('str'), "TypeError argument should be integer or bytes-like object, not 'str'"],
  ])('%s', (_, err, exp) => expect(`${err.kind} ${err.message}`).toBe(exp));

  it('constants', () => {
    expect(A.JOIN_NOT_ITERABLE).toBe('can only join an iterable');
    expect(A.TRANSLATE_MAPPING_TYPE).toBe('character mapping must return integer, None or str');
    expect(A.MAKETRANS_FIRST_ARG).toBe('first maketrans argument must be a string if there is a second argument');
    expect(MAKETRANS_ONE_ARG_ERROR).toBe('if you give only one argument to maketrans it must be a dict');
    expect(MAKETRANS_KEY_TYPE_ERROR).toBe('keys in translate table must be strings or integers');
  });
});
