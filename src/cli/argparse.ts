/**
 * Just enough of Python's `argparse` for the modules gilvm runs natively
 * (`-m dis`, `-m py_compile`, `-m compileall`): short and long options,
 * clustered flags (`-qq`, `-fq`), values attached or separate (`-j4`,
 * `-j 4`, `--workers=4`), `--`, options mixed with positionals, and
 * argparse's error layout:
 *
 *     usage: compileall.py [-h] ...
 *     compileall.py: error: argument -r: invalid int value: 'x'
 *
 * (exit status 2). Help text is given whole by the caller.
 */

export type OptionKind = 'flag' | 'count' | 'string' | 'int' | 'append';

export interface OptionSpec {
  /** Key in the result. */
  dest: string;
  short?: string;
  long?: string;
  kind: OptionKind;
}

export interface ParsedArgs {
  values: Map<string, string | number | boolean | string[]>;
  positionals: string[];
  /** Options no spec matched, in order (argparse's "unrecognized arguments"). */
  unrecognized: string[];
}

export class ArgparseExit {
  constructor(
    readonly status: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {}
}

export interface ParserDef {
  prog: string;
  usage: string; // "usage: prog [-h] ...\n"
  help: string; // full -h text (starts with the usage)
  options: OptionSpec[];
}

export function parseArgs(def: ParserDef, args: readonly string[]): ParsedArgs {
  const values = new Map<string, string | number | boolean | string[]>();
  const positionals: string[] = [];
  const unrecognized: string[] = [];
  const fail = (msg: string): never => {
    throw new ArgparseExit(2, '', `${def.usage}${def.prog}: error: ${msg}\n`);
  };
  const byShort = new Map<string, OptionSpec>();
  const byLong = new Map<string, OptionSpec>();
  for (const o of def.options) {
    if (o.short) byShort.set(o.short, o);
    if (o.long) byLong.set(o.long, o);
  }
  const name = (o: OptionSpec): string => [o.short ? '-' + o.short : null, o.long ? '--' + o.long : null].filter((x) => x).join('/');
  const store = (o: OptionSpec, raw: string | null): void => {
    switch (o.kind) {
      case 'flag':
        values.set(o.dest, true);
        return;
      case 'count':
        values.set(o.dest, ((values.get(o.dest) as number | undefined) ?? 0) + 1);
        return;
      case 'string':
        values.set(o.dest, raw!);
        return;
      case 'append': {
        const list = (values.get(o.dest) as string[] | undefined) ?? [];
        list.push(raw!);
        values.set(o.dest, list);
        return;
      }
      case 'int': {
        const t = raw!.trim().replace(/_/g, '');
        if (!/^[-+]?\d+$/.test(t)) fail(`argument ${name(o)}: invalid int value: '${raw}'`);
        values.set(o.dest, Number.parseInt(t, 10));
        return;
      }
    }
  };
  const takesValue = (o: OptionSpec): boolean => o.kind === 'string' || o.kind === 'int' || o.kind === 'append';

  let i = 0;
  let onlyPositionals = false;
  while (i < args.length) {
    const a = args[i++]!;
    if (onlyPositionals || a === '-' || !a.startsWith('-') || /^-\d/.test(a)) {
      positionals.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositionals = true;
      continue;
    }
    if (a === '-h' || a === '--help') throw new ArgparseExit(0, def.help, '');
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq < 0 ? a.slice(2) : a.slice(2, eq);
      // argparse accepts unambiguous prefixes of long options.
      let o = byLong.get(key);
      if (!o) {
        const matches = [...byLong.keys()].filter((k) => k.startsWith(key));
        if (matches.length === 1) o = byLong.get(matches[0]!);
      }
      if (!o) {
        unrecognized.push(a);
        continue;
      }
      if (takesValue(o)) {
        if (eq >= 0) store(o, a.slice(eq + 1));
        else if (i < args.length && !isOptionLike(args[i]!)) store(o, args[i++]!);
        else fail(`argument ${name(o)}: expected one argument`);
      } else {
        if (eq >= 0) fail(`argument ${name(o)}: ignored explicit argument '${a.slice(eq + 1)}'`);
        store(o, null);
      }
      continue;
    }
    // A cluster of short options.
    for (let j = 1; j < a.length; j++) {
      const o = byShort.get(a[j]!);
      if (!o) {
        if (j === 1) unrecognized.push(a);
        else fail(`argument ${name(byShort.get(a[j - 1]!)!)}: ignored explicit argument '${a.slice(j)}'`);
        break;
      }
      if (takesValue(o)) {
        if (j + 1 < a.length) store(o, a.slice(j + 1));
        else if (i < args.length && !isOptionLike(args[i]!)) store(o, args[i++]!);
        else fail(`argument ${name(o)}: expected one argument`);
        break;
      }
      store(o, null);
    }
  }
  return { values, positionals, unrecognized };
}

/** argparse reports unknown options after the required positionals: call this last. */
export function rejectUnrecognized(def: ParserDef, parsed: ParsedArgs): void {
  if (parsed.unrecognized.length > 0) {
    throw argparseError(def, `unrecognized arguments: ${parsed.unrecognized.join(' ')}`);
  }
}

function isOptionLike(a: string): boolean {
  return a.startsWith('-') && a !== '-' && !/^-\d/.test(a);
}

/** argparse's error exit, for errors found after parsing. */
export function argparseError(def: ParserDef, msg: string): ArgparseExit {
  return new ArgparseExit(2, '', `${def.usage}${def.prog}: error: ${msg}\n`);
}
