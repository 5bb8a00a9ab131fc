/**
 * Development aid: turn the JSON printed by tools/pyast2json.py (CPython's
 * AST in gilvm's convention) into an ast.ts tree, decoding the constant
 * encodings ({"$int": "1"}, {"$float": "inf"}, {"$complex": [re, im]},
 * {"$bytes": [...]}, {"$ellipsis": true}, {"$tuple": [...]}).
 */
import type { ConstValue, Mod } from '../src/compiler/ast.js';
import { ConstTuple, Ellipsis, PyComplex } from '../src/compiler/ast.js';

function pyFloat(s: string): number {
  switch (s) {
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
    case '-nan':
      return NaN;
    default:
      return Number(s);
  }
}

function decodeConst(v: unknown): ConstValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v as ConstValue;
  const o = v as Record<string, unknown>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return pyFloat(o.$float as string);
  if ('$complex' in o) {
    const [re, im] = o.$complex as [string, string];
    return new PyComplex(pyFloat(re), pyFloat(im));
  }
  if ('$bytes' in o) return Uint8Array.from(o.$bytes as number[]);
  if ('$ellipsis' in o) return Ellipsis;
  if ('$tuple' in o) return new ConstTuple((o.$tuple as unknown[]).map(decodeConst));
  throw new Error('ast-from-json: unknown constant encoding ' + JSON.stringify(v));
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    if (o._type === 'Constant' && k === 'value') out[k] = decodeConst(o[k]);
    else out[k] = convert(o[k]);
  }
  return out;
}

/** Parse pyast2json output into an AST. */
export function astFromJson(json: string): Mod {
  return convert(JSON.parse(json)) as Mod;
}
