/**
 * int.to_bytes() and int.from_bytes().
 *
 *   intToBytes(n, length, byteorder, signed): Uint8Array
 *   intFromBytes(bytes, byteorder, signed): bigint
 *
 * byteorder is the Python argument ('big' | 'little'); anything else raises
 * "byteorder must be either 'little' or 'big'".
 */
import { NumericError } from './errors.js';

function littleEndian(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw new NumericError('ValueError', "byteorder must be either 'little' or 'big'");
}

export function intToBytes(n: bigint, length: bigint | number, byteorder: string, signed = false): Uint8Array {
  const little = littleEndian(byteorder);
  if (length < 0) throw new NumericError('ValueError', 'length argument must be non-negative');
  if (!signed && n < 0n) throw new NumericError('OverflowError', "can't convert negative int to unsigned");
  if (length > 9223372036854775807n) {
    throw new NumericError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  const len = Number(length);
  if (len > 2 ** 31) throw new NumericError('MemoryError', ''); // past what a JS typed array holds
  const bits = BigInt(len) * 8n;
  let fits: boolean;
  if (!signed) fits = n < 1n << bits;
  else if (len === 0) fits = n === 0n || n === -1n; // as CPython, -1 fits in no bytes
  else fits = n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n);
  if (!fits) throw new NumericError('OverflowError', 'int too big to convert');
  const out = new Uint8Array(len);
  let v = n < 0n ? (1n << bits) + n : n; // two's complement
  for (let i = 0; i < len && v > 0n; i++) {
    out[little ? i : len - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

export function intFromBytes(bytes: Uint8Array, byteorder: string, signed = false): bigint {
  const little = littleEndian(byteorder);
  const len = bytes.length;
  if (len === 0) return 0n;
  let hex = '';
  for (let i = 0; i < len; i++) {
    const b = bytes[little ? len - 1 - i : i]!;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let v = BigInt('0x' + hex);
  if (signed && bytes[little ? len - 1 : 0]! >= 0x80) v -= 1n << BigInt(len * 8);
  return v;
}
