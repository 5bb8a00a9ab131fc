/**
 * The timsort core of list.sort / sorted (see src/objects/sort.ts for the
 * list side): it permutes an Int32Array of positions, comparing positions
 * with a `less` callback that runs Python's `<` on the keys at them.
 */
export type Less = (a: number, b: number) => boolean;

/*
 * Timsort as CPython 3.12 runs it (Objects/listsort.txt), so that `__lt__`
 * methods that print, count or raise see the same comparisons in the same
 * order: natural runs (strictly descending ones reversed), extended to
 * `minrun` by binary insertion, kept on a stack whose merges follow the
 * "powersort" policy, merged by merge_lo / merge_hi with galloping and the
 * adaptive `minGallop`. Every comparison is `less(x, y)` (Python's `x < y`).
 * If a comparison raises, the merge in progress copies its pending elements
 * back first, so `order` is always a permutation when the error escapes.
 */

/** Galloping starts after this many wins in a row (CPython's MIN_GALLOP). */
const MIN_GALLOP = 7;
/** Enough for any list length below 2**64 (CPython's MAX_MERGE_PENDING). */
const MAX_PENDING = 85;

class TimSort {
  private tmp: Int32Array = new Int32Array(0);
  private minGallop = MIN_GALLOP;
  /** The pending runs: start, length, and the power of the boundary after each. */
  private readonly runBase = new Int32Array(MAX_PENDING);
  private readonly runLen = new Int32Array(MAX_PENDING);
  private readonly runPower = new Int32Array(MAX_PENDING);
  private pending = 0;
  private descending = false;

  constructor(
    private readonly a: Int32Array,
    private readonly less: Less,
  ) {}

  sort(): void {
    const a = this.a;
    const n = a.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      let run = this.countRun(lo, lo + remaining);
      if (this.descending) a.subarray(lo, lo + run).reverse();
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + run);
        run = force;
      }
      this.foundNewRun(run);
      const p = this.pending++;
      this.runBase[p] = lo;
      this.runLen[p] = run;
      lo += run;
      remaining -= run;
    } while (remaining > 0);
    // Merge what is left, smaller neighbours first.
    while (this.pending > 1) {
      let i = this.pending - 2;
      if (i > 0 && this.runLen[i - 1]! < this.runLen[i + 1]!) i--;
      this.mergeAt(i);
    }
  }

  /**
   * The length of the run starting at `lo`: non-descending, or strictly
   * descending (then `descending` is set; strict, so reversing it is stable).
   */
  private countRun(lo: number, hi: number): number {
    const a = this.a;
    const less = this.less;
    this.descending = false;
    let i = lo + 1;
    if (i === hi) return 1;
    if (less(a[i]!, a[i - 1]!)) {
      this.descending = true;
      for (i++; i < hi; i++) if (!less(a[i]!, a[i - 1]!)) break;
    } else {
      for (i++; i < hi; i++) if (less(a[i]!, a[i - 1]!)) break;
    }
    return i - lo;
  }

  /** Insert a[start..hi) into the sorted a[lo..start), each by binary search. */
  private binarySort(lo: number, hi: number, start: number): void {
    const a = this.a;
    const less = this.less;
    if (start === lo) start++;
    for (; start < hi; start++) {
      const pivot = a[start]!;
      let l = lo;
      let r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (less(pivot, a[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      a.copyWithin(l + 1, l, start);
      a[l] = pivot;
    }
  }

  /** Powersort: merge runs whose boundary is deeper than the new one, then record its power. */
  private foundNewRun(n2: number): void {
    const p = this.pending;
    if (p === 0) return;
    const power = boundaryPower(this.runBase[p - 1]!, this.runLen[p - 1]!, n2, this.a.length);
    while (this.pending > 1 && this.runPower[this.pending - 2]! > power) this.mergeAt(this.pending - 2);
    this.runPower[this.pending - 1] = power;
  }

  /** Merge pending runs i and i+1. */
  private mergeAt(i: number): void {
    const a = this.a;
    let sa = this.runBase[i]!;
    let na = this.runLen[i]!;
    const sb = this.runBase[i + 1]!;
    let nb = this.runLen[i + 1]!;
    this.runLen[i] = na + nb;
    if (i === this.pending - 3) {
      this.runBase[i + 1] = this.runBase[i + 2]!;
      this.runLen[i + 1] = this.runLen[i + 2]!;
      this.runPower[i + 1] = this.runPower[i + 2]!;
    }
    this.pending--;
    // Elements of A before where B's first belongs are already in place...
    const k = this.gallopRight(a[sb]!, a, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    // ...and so are elements of B after where A's last belongs.
    nb = this.gallopLeft(a[sa + na - 1]!, a, sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(sa, na, sb, nb);
    else this.mergeHi(sa, na, sb, nb);
  }

  private temp(n: number): Int32Array {
    if (this.tmp.length < n) this.tmp = new Int32Array(Math.max(n, this.a.length >>> 1));
    return this.tmp;
  }

  /** Merge adjacent runs A = a[sa..sa+na) and B (na <= nb), front to back, with A in tmp. */
  private mergeLo(sa: number, na: number, sb: number, nb: number): void {
    const a = this.a;
    const less = this.less;
    const tmp = this.temp(na);
    tmp.set(a.subarray(sa, sa + na));
    let dest = sa;
    let pa = 0;
    let pb = sb;
    let copyB = false;
    try {
      body: {
        a[dest++] = a[pb++]!;
        if (--nb === 0) break body;
        if (na === 1) {
          copyB = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          // One at a time until one run wins minGallop times in a row.
          for (;;) {
            if (less(a[pb]!, tmp[pa]!)) {
              a[dest++] = a[pb++]!;
              bcount++;
              acount = 0;
              if (--nb === 0) break body;
              if (bcount >= minGallop) break;
            } else {
              a[dest++] = tmp[pa++]!;
              acount++;
              bcount = 0;
              if (--na === 1) {
                copyB = true;
                break body;
              }
              if (acount >= minGallop) break;
            }
          }
          // Gallop while it pays.
          minGallop++;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let k = this.gallopRight(a[pb]!, tmp, pa, na, 0);
            acount = k;
            if (k !== 0) {
              a.set(tmp.subarray(pa, pa + k), dest);
              dest += k;
              pa += k;
              na -= k;
              if (na === 1) {
                copyB = true;
                break body;
              }
              // Only possible with an inconsistent `<`.
              if (na === 0) break body;
            }
            a[dest++] = a[pb++]!;
            if (--nb === 0) break body;
            k = this.gallopLeft(tmp[pa]!, a, pb, nb, 0);
            bcount = k;
            if (k !== 0) {
              a.copyWithin(dest, pb, pb + k);
              dest += k;
              pb += k;
              nb -= k;
              if (nb === 0) break body;
            }
            a[dest++] = tmp[pa++]!;
            if (--na === 1) {
              copyB = true;
              break body;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++; // leaving galloping mode costs
          this.minGallop = minGallop;
        }
      }
    } finally {
      if (copyB) {
        // A's last element goes after the rest of B.
        a.copyWithin(dest, pb, pb + nb);
        a[dest + nb] = tmp[pa]!;
      } else if (na > 0) {
        // Done, or a comparison raised: what is left of A fills the gap.
        a.set(tmp.subarray(pa, pa + na), dest);
      }
    }
  }

  /** Merge adjacent runs A and B = a[sb..sb+nb) (na >= nb), back to front, with B in tmp. */
  private mergeHi(sa: number, na: number, sb: number, nb: number): void {
    const a = this.a;
    const less = this.less;
    const tmp = this.temp(nb);
    tmp.set(a.subarray(sb, sb + nb));
    let dest = sb + nb - 1;
    let pa = sa + na - 1;
    let pb = nb - 1;
    let copyA = false;
    try {
      body: {
        a[dest--] = a[pa--]!;
        if (--na === 0) break body;
        if (nb === 1) {
          copyA = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (less(tmp[pb]!, a[pa]!)) {
              a[dest--] = a[pa--]!;
              acount++;
              bcount = 0;
              if (--na === 0) break body;
              if (acount >= minGallop) break;
            } else {
              a[dest--] = tmp[pb--]!;
              bcount++;
              acount = 0;
              if (--nb === 1) {
                copyA = true;
                break body;
              }
              if (bcount >= minGallop) break;
            }
          }
          minGallop++;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let k = na - this.gallopRight(tmp[pb]!, a, sa, na, na - 1);
            acount = k;
            if (k !== 0) {
              dest -= k;
              pa -= k;
              a.copyWithin(dest + 1, pa + 1, pa + 1 + k);
              na -= k;
              if (na === 0) break body;
            }
            a[dest--] = tmp[pb--]!;
            if (--nb === 1) {
              copyA = true;
              break body;
            }
            k = nb - this.gallopLeft(a[pa]!, tmp, 0, nb, nb - 1);
            bcount = k;
            if (k !== 0) {
              dest -= k;
              pb -= k;
              a.set(tmp.subarray(pb + 1, pb + 1 + k), dest + 1);
              nb -= k;
              if (nb === 1) {
                copyA = true;
                break body;
              }
              // Only possible with an inconsistent `<`.
              if (nb === 0) break body;
            }
            a[dest--] = a[pa--]!;
            if (--na === 0) break body;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
    } finally {
      if (copyA) {
        // B's first element goes before the rest of A.
        a.copyWithin(dest + 1 - na, pa + 1 - na, pa + 1);
        a[dest - na] = tmp[pb]!;
      } else if (nb > 0) {
        a.set(tmp.subarray(0, nb), dest - (nb - 1));
      }
    }
  }

  /**
   * Where `key` goes in the sorted arr[base..base+n): the k with
   * arr[k-1] < key <= arr[k] (leftmost among equals), searching outwards from `hint`.
   */
  private gallopLeft(key: number, arr: Int32Array, base: number, n: number, hint: number): number {
    const less = this.less;
    const at = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (less(arr[at]!, key)) {
      // arr[hint] < key: gallop right.
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (!less(arr[at + ofs]!, key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= arr[hint]: gallop left.
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(arr[at - ofs]!, key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // arr[lastofs] < key <= arr[ofs]: binary search in between.
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (less(arr[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** As gallopLeft, but after any equal elements: arr[k-1] <= key < arr[k]. */
  private gallopRight(key: number, arr: Int32Array, base: number, n: number, hint: number): number {
    const less = this.less;
    const at = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (less(key, arr[at]!)) {
      // key < arr[hint]: gallop left.
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (!less(key, arr[at - ofs]!)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // arr[hint] <= key: gallop right.
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(key, arr[at + ofs]!)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (less(key, arr[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }
}

/** n itself below 64, else the top 6 bits of n, plus one if any bit below them is set. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>>= 1;
  }
  return n + r;
}

/**
 * Powersort's power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
 * in a list of length n: the first bit where the binary expansions of the two
 * runs' midpoints (as fractions of n) differ. Works on doubled midpoints to stay in integers.
 */
function boundaryPower(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** Sort `order` (positions) stably by `less` on positions, exactly as CPython 3.12's list.sort. */
export function timsort(order: Int32Array, less: Less): void {
  new TimSort(order, less).sort();
}
