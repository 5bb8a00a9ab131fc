/**
 * gilvm's public API. Today: running Python (runPython: src/api.ts), the compiler front end (source to code object),
 * the disassembler, and the CLI as a function.
 */
export { compileSource } from './compiler/compile.js';
export type { CompileMode, CompileOptions } from './compiler/compile.js';
export { PySyntaxError, PyCompileRecursionError, isPyCompileError } from './compiler/errors.js';
export type { PyCompileError, SyntaxErrorKind } from './compiler/errors.js';
export { CodeObject } from './bytecode/code.js';
export { disassemble } from './bytecode/dis.js';
export { runCli, CaptureIO } from './cli/main.js';
export type { CliIO, CliHooks, MainProgram } from './cli/main.js';
export { parseCommandLine } from './cli/options.js';
export type { RunConfig, ParseResult, Program } from './cli/options.js';
export { runPython, runPythonSource, runPythonArgs } from './api.js';
export type { RunPythonOptions, RunPythonResult } from './api.js';
export type { StatsReport, ThreadReport, LockReport } from './cli/stats-format.js';
export type { TraceDocument, TraceEvent } from './cli/stats-trace.js';
