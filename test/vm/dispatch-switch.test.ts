/**
 * The interpreter's dispatch switches (runSlice's and execOp's) must stay
 * dense enough for V8 to compile them as a jump table: V8's bytecode
 * generator makes a table only when a switch has at least 6 literal case
 * labels and their span (max - min + 1) is at most 3 times their number;
 * otherwise the switch is a chain of comparisons tried in source order
 * (with the table, steady-state loops ran 3% (recursive calls) to 8%
 * (making objects, calling methods) faster). A new opcode
 * handled in its own case keeps the switch dense; one taken out of it must
 * keep a label before `default:`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface SwitchShape {
  labels: number;
  nonLiteral: number;
  span: number;
}

/** The shape of the largest switch in function `fn` of `file` (src/vm). */
function largestSwitch(file: string, fn: string): SwitchShape | null {
  const path = new URL(`../../src/vm/${file}`, import.meta.url);
  const sf = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let best: SwitchShape | null = null;
  const visitSwitches = (node: ts.Node): void => {
    if (ts.isSwitchStatement(node)) {
      const values: number[] = [];
      let nonLiteral = 0;
      for (const clause of node.caseBlock.clauses) {
        if (!ts.isCaseClause(clause)) continue;
        if (ts.isNumericLiteral(clause.expression)) values.push(Number(clause.expression.text));
        else nonLiteral++;
      }
      const shape = { labels: values.length, nonLiteral, span: Math.max(...values) - Math.min(...values) + 1 };
      if (best === null || shape.labels > best.labels) best = shape;
    }
    ts.forEachChild(node, visitSwitches);
  };
  const findFunction = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === fn) visitSwitches(node);
    else ts.forEachChild(node, findFunction);
  };
  findFunction(sf);
  return best;
}

describe('dispatch switches compile to jump tables', () => {
  for (const [file, fn] of [
    ['interpreter.ts', 'runSlice'],
    ['ops.ts', 'execOp'],
  ] as const) {
    it(`${fn} (${file})`, () => {
      const shape = largestSwitch(file, fn);
      expect(shape, `no switch in ${fn}`).not.toBeNull();
      expect(shape!.nonLiteral, 'case labels that are not number literals').toBe(0);
      expect(shape!.labels).toBeGreaterThanOrEqual(6);
      expect(shape!.span, `span ${shape!.span} over ${shape!.labels} labels`).toBeLessThanOrEqual(3 * shape!.labels);
    });
  }
});
