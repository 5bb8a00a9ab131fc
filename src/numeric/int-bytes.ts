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
  const v = n < 0n ? (1n << bits) + n : n; // two's complement
  if (v === 0n) return out;
  // One conversion to hex, then two digits a byte: shifting the bigint a byte at a time copies
  // it each time, quadratic in its size (160 KB took 28 s).
  const hex = v.toString(16);
  const digits = hex.length;
  for (let k = 0; k < digits; k += 2) {
    // The k-th pair from the right end is byte k / 2 counted from the least significant.
    const lo = digitValue(hex.charCodeAt(digits - 1 - k));
    const hi = k + 1 < digits ? digitValue(hex.charCodeAt(digits - 2 - k)) : 0;
    const i = k >> 1;
    out[little ? i : len - 1 - i] = (hi << 4) | lo;
  }
  return out;
}

/** The value of a lowercase hex digit's character code. */
function digitValue(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

/** '00' .. 'ff'. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => (b < 16 ? '0' : '') + b.toString(16));

export function intFromBytes(bytes: Uint8Array, byteorder: string, signed = false): bigint {
  const little = littleEndian(byteorder);
  const len = bytes.length;
  if (len === 0) return 0n;
  const hex = new Array<string>(len);
  for (let i = 0; i < len; i++) hex[i] = HEX_PAIRS[bytes[little ? len - 1 - i : i]!]!;
  let v = BigInt('0x' + hex.join(''));
  if (signed && bytes[little ? len - 1 : 0]! >= 0x80) v -= 1n << BigInt(len * 8);
  return v;
}
