/**
 * `gilvm -m dis [infile]`: CPython 3.12's `dis` module main (`dis._test`):
 *
 *     parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
 *     code = compile(source, args.infile.name, "exec")
 *     dis(code)
 *
 * The code is compiled under the name given on the command line (`<stdin>`
 * for `-`). A SyntaxError is printed as an uncaught one (CPython adds the
 * runpy/dis.py traceback frames above it, which gilvm has no files for) and
 * exits 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { argparseError, parseArgs, rejectUnrecognized } from './argparse.js';
import type { ParserDef } from './argparse.js';
import type { Frontend } from './frontend.js';
import type { CliIO } from './io.js';
import { osErrorStr } from './oserror.js';
import { formatUncaughtSyntaxError } from './syntax-error.js';

const USAGE = 'usage: dis.py [-h] [infile]\n';
const DIS_PARSER: ParserDef = {
  prog: 'dis.py',
  usage: USAGE,
  help: `${USAGE}
positional arguments:
  infile

options:
  -h, --help  show this help message and exit
`,
  options: [],
};

export function disMain(args: string[], io: CliIO, fe: Frontend): number {
  const parsed = parseArgs(DIS_PARSER, args);
  const [infile = '-', ...extra] = parsed.positionals;
  let bytes: Uint8Array;
  let name: string;
  if (infile === '-') {
    bytes = io.readStdin();
    name = '<stdin>';
  } else {
    try {
      bytes = readFileSync(resolve(io.cwd, infile));
    } catch (e) {
      throw argparseError(DIS_PARSER, `argument infile: can't open '${infile}': ${osErrorStr(e, infile)}`);
    }
    name = infile;
  }
  if (extra.length > 0) parsed.unrecognized.push(...extra);
  rejectUnrecognized(DIS_PARSER, parsed);
  let out: string;
  try {
    out = fe.disassemble(fe.compileProgram({ bytes, filenameIsFile: infile !== '-' }, name));
  } catch (e) {
    if (fe.isPyCompileError(e)) {
      io.stderr(formatUncaughtSyntaxError(e));
      return 1;
    }
    throw e;
  }
  io.stdout(out);
  return 0;
}
