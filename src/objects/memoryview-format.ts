/**
 * The item formats a memoryview knows: CPython's native single-character struct formats on a
 * 64-bit little-endian machine (what `memoryview.cast` accepts), their sizes, and reading and
 * writing one item as a JS number or bigint. Pure: addresses index the Uint8Array given.
 *
 *   c b B ?      1 byte   (c: a bytes of length 1 in Python; ?: a bool)
 *   h H e        2 bytes  (e: IEEE half float)
 *   i I f        4 bytes
 *   l L q Q n N P d   8 bytes
 */

/** Item size in bytes by format character, 0 for an unknown one. */
export function formatSize(code: number): number {
  switch (code) {
    case 0x63: case 0x62: case 0x42: case 0x3f: return 1; // c b B ?
    case 0x68: case 0x48: case 0x65: return 2; // h H e
    case 0x69: case 0x49: case 0x66: return 4; // i I f
    case 0x6c: case 0x4c: case 0x71: case 0x51: case 0x6e: case 0x4e: case 0x50: case 0x64: return 8; // l L q Q n N P d
  }
  return 0;
} // prettier-ignore

/** The byte formats 'b', 'B', 'c': casts must have one on one side. */
export function isByteFormat(code: number): boolean {
  return code === 0x42 || code === 0x62 || code === 0x63;
}

/** Formats whose items are ints (everything but c ? e f d). */
export function isIntFormat(code: number): boolean {
  return formatSize(code) !== 0 && !isFloatFormat(code) && code !== 0x63 && code !== 0x3f;
}
export function isFloatFormat(code: number): boolean {
  return code === 0x65 || code === 0x66 || code === 0x64;
}
export function isSignedFormat(code: number): boolean {
  return code === 0x62 || code === 0x68 || code === 0x69 || code === 0x6c || code === 0x71 || code === 0x6e;
}

/** The inclusive range of an int format's values. */
export function intFormatRange(code: number): [bigint, bigint] {
  const bits = BigInt(formatSize(code) * 8);
  if (isSignedFormat(code)) return [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  return [0n, (1n << bits) - 1n];
}

const scratch = new Uint8Array(8);
const scratchView = new DataView(scratch.buffer);

/**
 * The item at mem[addr ..]: a number for 1..4-byte ints, floats, '?' (0/1) and 'c' (the byte);
 * a bigint for 8-byte ints.
 */
export function readItem(code: number, mem: Uint8Array, addr: number): number | bigint {
  const size = formatSize(code);
  if (size === 1) {
    const b = mem[addr]!;
    if (code === 0x62) return (b << 24) >> 24;
    if (code === 0x3f) return b !== 0 ? 1 : 0;
    return b;
  }
  for (let k = 0; k < size; k++) scratch[k] = mem[addr + k]!;
  switch (code) {
    case 0x68: return scratchView.getInt16(0, true);
    case 0x48: return scratchView.getUint16(0, true);
    case 0x65: return halfToNumber(scratchView.getUint16(0, true));
    case 0x69: return scratchView.getInt32(0, true);
    case 0x49: return scratchView.getUint32(0, true);
    case 0x66: return scratchView.getFloat32(0, true);
    case 0x64: return scratchView.getFloat64(0, true);
  }
  return isSignedFormat(code) ? scratchView.getBigInt64(0, true) : scratchView.getBigUint64(0, true);
} // prettier-ignore

/** Store x (already checked to be in range for an int format) at mem[addr ..]. */
export function writeItem(code: number, mem: Uint8Array, addr: number, x: number | bigint): void {
  const size = formatSize(code);
  if (size === 1) {
    mem[addr] = Number(x) & 0xff;
    return;
  }
  switch (code) {
    case 0x68: case 0x48: scratchView.setUint16(0, Number(x) & 0xffff, true); break;
    case 0x65: scratchView.setUint16(0, numberToHalf(Number(x)), true); break;
    case 0x69: case 0x49: scratchView.setUint32(0, Number(x) >>> 0, true); break;
    case 0x66: scratchView.setFloat32(0, Number(x), true); break;
    case 0x64: scratchView.setFloat64(0, Number(x), true); break;
    default: scratchView.setBigUint64(0, BigInt.asUintN(64, BigInt(x)), true);
  }
  for (let k = 0; k < size; k++) mem[addr + k] = scratch[k]!;
} // prettier-ignore

/** IEEE 754 binary16 bits to a number. */
export function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** A number to binary16 bits, rounding to nearest even (Infinity past the largest half). */
export function numberToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  // Subnormals: units of 2^-24.
  if (a < 2 ** -14) return sign | roundEven(a * 2 ** 24);
  let exp = Math.floor(Math.log2(a));
  if (2 ** exp > a) exp--;
  else if (2 ** (exp + 1) <= a) exp++;
  let frac = roundEven((a / 2 ** exp - 1) * 1024);
  if (frac === 1024) {
    frac = 0;
    exp++;
  }
  if (exp > 15) return sign | 0x7c00;
  return sign | ((exp + 15) << 10) | frac;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
