/**
 * CPython 3.12's messages for str/bytes method arguments of the wrong type, for the VM's argument
 * checks (the functions of src/text take already-typed JS values). Each returns the TextError to
 * throw; typeName is type(arg).__name__.
 *
 *   notAnIntegerError(t)            width/maxsplit/count/tabsize: "'float' object cannot be interpreted as an integer"
 *   fillCharTypeError(t)            str.center/ljust/rjust fill: 'The fill character must be a unicode character, not int'
 *   mustBeStrError(t)               find/count/index/partition...: 'must be str, not int'
 *   mustBeStrOrNoneError(t)         split/rsplit sep: 'must be str or None, not int'
 *   argumentMustBeStrError(m, n, t) 'replace() argument 1 must be str, not int' (n = null: no number)
 *   stripArgError(m)                'strip arg must be None or str'
 *   sliceIndexTypeError()           find/count/startswith bounds
 *   encodeArgError(param, t)        "encode() argument 'encoding' must be str, not int"
 *   strIndexTypeError(t)            s['a']: "string indices must be integers, not 'str'"
 *   concatTypeError(t)              s + 1: 'can only concatenate str (not "int") to str'
 *   multiplyTypeError(t)            s * 'a': "can't multiply sequence by non-int of type 'str'"
 *   ssizeOverflowError()            'Python int too large to convert to C ssize_t'
 *   cIntOverflowError()             'Python int too large to convert to C int' (expandtabs)
 *   indexSizedOverflowError()       s[2**70]: "cannot fit 'int' into an index-sized integer"
 *   JOIN_NOT_ITERABLE, TRANSLATE_MAPPING_TYPE, MAKETRANS_* message constants
 *   bytesLikeRequiredError(t)       "a bytes-like object is required, not 'str'"
 *   byteSubTypeError(t)             bytes.find('a'): "argument should be integer or bytes-like object, not 'str'"
 */
import { TextError } from './errors.js';

const typeError = (msg: string): TextError => new TextError('TypeError', msg);

export const notAnIntegerError = (t: string): TextError => typeError(`'${t}' object cannot be interpreted as an integer`);
export const fillCharTypeError = (t: string): TextError =>
  typeError(`The fill character must be a unicode character, not ${t}`);
export const mustBeStrError = (t: string): TextError => typeError(`must be str, not ${t}`);
export const mustBeStrOrNoneError = (t: string): TextError => typeError(`must be str or None, not ${t}`);
export const argumentMustBeStrError = (method: string, n: number | null, t: string): TextError =>
  typeError(`${method}() argument ${n === null ? '' : n + ' '}must be str, not ${t}`);
export const stripArgError = (method: 'strip' | 'lstrip' | 'rstrip'): TextError =>
  typeError(`${method} arg must be None or str`);
export const sliceIndexTypeError = (): TextError =>
  typeError('slice indices must be integers or None or have an __index__ method');
export const encodeArgError = (param: 'encoding' | 'errors', t: string, method: 'encode' | 'decode' = 'encode'): TextError =>
  typeError(`${method}() argument '${param}' must be str, not ${t}`);
export const strIndexTypeError = (t: string): TextError => typeError(`string indices must be integers, not '${t}'`);
export const concatTypeError = (t: string): TextError => typeError(`can only concatenate str (not "${t}") to str`);
export const multiplyTypeError = (t: string): TextError => typeError(`can't multiply sequence by non-int of type '${t}'`);
export const ssizeOverflowError = (): TextError =>
  new TextError('OverflowError', 'Python int too large to convert to C ssize_t');
export const cIntOverflowError = (): TextError => new TextError('OverflowError', 'Python int too large to convert to C int');
export const indexSizedOverflowError = (): TextError =>
  new TextError('IndexError', "cannot fit 'int' into an index-sized integer");
export const bytesLikeRequiredError = (t: string): TextError => typeError(`a bytes-like object is required, not '${t}'`);
export const byteSubTypeError = (t: string): TextError =>
  typeError(`argument should be integer or bytes-like object, not '${t}'`);

export const JOIN_NOT_ITERABLE = 'can only join an iterable';
export const TRANSLATE_MAPPING_TYPE = 'character mapping must return integer, None or str';
export const MAKETRANS_FIRST_ARG = 'first maketrans argument must be a string if there is a second argument';
