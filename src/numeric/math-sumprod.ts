/**
 * The float accumulator of math.sumprod: products of doubles summed exactly
 * (each product is an integer times 2**-2148 at the finest; the sum is kept
 * as a bigint scaled by 2**2200) and rounded once at the end. CPython keeps
 * a triple-length sum instead, whose rounding agrees but for freak cases.
 *
 *   const acc = new FloatDotAccumulator();
 *   acc.add(x, y)   false (and nothing added) when x*y or the running sum is not finite:
 *                   CPython then leaves the float path for the objects' own * and +
 *   acc.inUse       whether anything was added
 *   acc.value()     the sum, correctly rounded
 */
import { decompose, ratioToFloat } from './bits.js';

const SCALE = 2200;

export class FloatDotAccumulator {
  private exact = 0n;
  private approx = 0;
  inUse = false;

  add(x: number, y: number): boolean {
    const p = x * y;
    const approx = this.approx + p;
    if (!Number.isFinite(p) || !Number.isFinite(approx)) return false;
    this.approx = approx;
    this.inUse = true;
    if (x === 0 || y === 0) return true;
    const a = decompose(x);
    const b = decompose(y);
    const mag = (BigInt(a.mant) * BigInt(b.mant)) << BigInt(a.exp + b.exp + SCALE);
    this.exact += (x < 0) !== (y < 0) ? -mag : mag;
    return true;
  }

  value(): number {
    if (this.exact === 0n) return 0;
    const neg = this.exact < 0n;
    const r = ratioToFloat(neg ? -this.exact : this.exact, 1n << BigInt(SCALE));
    return neg ? -r : r;
  }
}
