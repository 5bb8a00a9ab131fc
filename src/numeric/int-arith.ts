/**
 * Python int arithmetic over bigint, with CPython 3.12's results and errors.
 *
 *   intFloorDiv(a, b)  a // b   (rounds toward -inf)
 *   intMod(a, b)       a % b    (result has the sign of b)
 *   intDivmod(a, b)    divmod(a, b)
 *   intPow(a, b)       a ** b   (b < 0: float result, computed as float(a) ** float(b))
 *   intPowMod(a, b, m) pow(a, b, m), negative b via the modular inverse
 *   intLshift / intRshift   a << n, a >> n
 *   intBitLength, intBitCount
 *   intRound(a, ndigits)     round(a, ndigits)
 *   intAbs / intNeg are plain bigint operators and are left to the caller.
 */
import { NumericError } from './errors.js';
import { bitLength, pow10n } from './bits.js';
import { intToFloat } from './int-float.js';
import { floatPow } from './float-arith.js';

/**
 * V8 refuses bigints past 2**30 bits with a RangeError; such a result is a
 * MemoryError in Python's terms (CPython itself gives up not far beyond).
 */
const MAX_BIGINT_BITS = 1n << 30n;
/** CPython's MAX_LONG_DIGITS on 64-bit: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit). */
const MAX_LONG_DIGITS = ((1n << 63n) - 1n - 24n) / 4n;

function bigOrMemoryError(f: () => bigint): bigint {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new NumericError('MemoryError', '');
    throw e;
  }
}

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  // bigint division truncates; step down when the exact quotient is negative and inexact
  if ((a < 0n) !== (b < 0n) && q * b !== a) return q - 1n;
  return q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) return r + b;
  return r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** a ** b: a bigint for b >= 0, a float (number) for b < 0, as CPython. */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  if (b === 0n) return 1n;
  if (a === 0n || a === 1n) return a;
  if (a === -1n) return (b & 1n) === 0n ? 1n : -1n;
  if (BigInt(bitLength(a) - 1) * b >= MAX_BIGINT_BITS) throw new NumericError('MemoryError', '');
  return bigOrMemoryError(() => a ** b);
}

/** Modular inverse of a modulo m (m > 0, 0 <= a < m), or undefined. */
function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return undefined;
  return t0 < 0n ? t0 + m : t0;
}

/** pow(a, b, m) with CPython's sign convention (result in [0, m) or (m, 0]). */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw new NumericError('ValueError', 'pow() 3rd argument cannot be 0');
  const negative = m < 0n;
  if (negative) m = -m;
  let base = a % m;
  if (base < 0n) base += m;
  if (b < 0n) {
    const inv = modInverse(base, m);
    if (inv === undefined) throw new NumericError('ValueError', 'base is not invertible for the given modulus');
    base = inv;
    b = -b;
  }
  if (m === 1n) return 0n;
  let result = 1n;
  while (b > 0n) {
    if ((b & 1n) === 1n) result = (result * base) % m;
    b >>= 1n;
    if (b > 0n) base = (base * base) % m;
  }
  if (negative && result !== 0n) result -= m;
  return result;
}

export function intLshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  if (n >= MAX_BIGINT_BITS) {
    // CPython counts the result in 30-bit digits and refuses more than fit a
    // Py_ssize_t byte size; below that it tries to allocate and fails.
    const digits = BigInt(Math.ceil(bitLength(a) / 30)) + n / 30n + (n % 30n === 0n ? 0n : 1n);
    if (digits > MAX_LONG_DIGITS) throw new NumericError('OverflowError', 'too many digits in integer');
    throw new NumericError('MemoryError', '');
  }
  return bigOrMemoryError(() => a << n);
}

export function intRshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'negative shift count');
  if (n >= BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
  return a >> n; // bigint >> floors, as Python's does
}

export function intBitLength(a: bigint): bigint {
  return BigInt(bitLength(a));
}

export function intBitCount(a: bigint): bigint {
  if (a < 0n) a = -a;
  let count = 0;
  while (a > 0n) {
    let w = Number(a & 0xffffffffn);
    a >>= 32n;
    w = w - ((w >>> 1) & 0x55555555);
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return BigInt(count);
}

/** round(a, ndigits): a itself for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even. */
export function intRound(a: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return a;
  const k = -ndigits;
  // 10**k > 2|a| rounds everything to 0 (and avoids computing a huge power)
  if (k > BigInt(Math.ceil((bitLength(a) + 1) * 0.30103) + 1)) return 0n;
  const p = pow10n(Number(k));
  let [q, r] = intDivmod(a, p);
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return q * p;
}
