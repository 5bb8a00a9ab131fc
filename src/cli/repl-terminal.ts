/**
 * The main thread's side of the interactive prompt: answering the worker's
 * `readline` requests (src/cli/repl-channel.ts).
 *
 * - `TerminalLines`: a terminal, through node:readline (line editing and
 *   history). Each line gets its own readline interface, closed once the
 *   line is in, so that while Python runs the terminal is back in its normal
 *   mode: Ctrl-C is then a SIGINT (KeyboardInterrupt in the running code)
 *   and input() reads the terminal itself. At the prompt, Ctrl-C drops the
 *   line (KeyboardInterrupt, new prompt) and Ctrl-D on an empty line ends
 *   the input.
 * - `CapturedLines`: a CliIO's captured stdin (runCli in tests), prompts on
 *   its stderr as CPython writes them when stdin is not a terminal.
 */
import { createInterface, type Interface } from 'node:readline';
import type { CliIO } from './io.js';
import { ReplAnswerWriter } from './repl-channel.js';

export interface LineServer {
  /** Answer a `readline` request. */
  serve(prompt: string, more: boolean): void;
  /** The worker is gone: let go of the terminal. */
  close(): void;
}

export class TerminalLines implements LineServer {
  private readonly answer: ReplAnswerWriter;
  private history: string[] = [];
  private rl: Interface | null = null;

  constructor(channel: SharedArrayBuffer) {
    this.answer = new ReplAnswerWriter(channel);
  }

  serve(prompt: string, more: boolean): void {
    if (more) return this.answer.more();
    let settled = false;
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: this.history,
      historySize: 1000,
      removeHistoryDuplicates: false,
      prompt,
    });
    this.rl = rl;
    rl.on('history', (h: string[]) => {
      this.history = h;
    });
    const finish = (send: () => void): void => {
      if (settled) return;
      settled = true;
      this.rl = null;
      rl.close();
      send();
    };
    rl.on('line', (line) => finish(() => this.answer.line(line + '\n')));
    rl.on('SIGINT', () =>
      finish(() => {
        process.stdout.write('\n');
        this.answer.interrupt();
      }),
    );
    rl.on('close', () =>
      finish(() => {
        process.stdout.write('\n');
        this.answer.eof();
      }),
    );
    rl.prompt();
  }

  close(): void {
    this.rl?.close();
    this.rl = null;
  }
}

export class CapturedLines implements LineServer {
  private readonly answer: ReplAnswerWriter;
  private readonly lines: string[];

  constructor(
    channel: SharedArrayBuffer,
    private readonly io: CliIO,
  ) {
    this.answer = new ReplAnswerWriter(channel);
    const text = Buffer.from(io.readStdin()).toString('utf8');
    this.lines = text.split(/(?<=\n)/).filter((l) => l !== '');
  }

  serve(prompt: string, more: boolean): void {
    if (more) return this.answer.more();
    if (prompt !== '') this.io.stderr(prompt);
    const line = this.lines.shift();
    if (line === undefined) {
      this.io.stderr('\n');
      this.answer.eof();
    } else {
      this.answer.line(line);
    }
  }

  close(): void {}
}
