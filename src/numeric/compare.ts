/**
 * A comparison operator (COMPARE_OP's argument >> 4: 0 <, 1 <=, 2 ==, 3 !=,
 * 4 >, 5 >=) applied to two JS numbers; NaN is unordered (only != holds), as
 * for Python floats.
 */
export function compareNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    default: return x >= y;
  }
} // prettier-ignore
