/**
 * `gilvm --report`'s page in a real browser: headless Chromium loads it,
 * takes a screenshot, and the test checks that the timeline was drawn (the
 * "running" green covers a good number of pixels) and that the page's script
 * raised no error. Chromium's own command line does it (`--headless
 * --screenshot`); no browser package is needed.
 *
 * Runs only where a Chromium is installed: $GILVM_CHROMIUM, else `chromium`,
 * `chromium-browser`, `google-chrome` or `headless_shell` on the PATH (none is
 * on the development machine, and the tests do not download one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN as DEFAULT_BIN, cleanEnv, removeDir, tempDir } from './helpers.js';
import { STATE_COLOURS } from '../../src/cli/stats-html.js';

const BIN = process.env['GILVM_BIN'] ? resolve(process.env['GILVM_BIN']) : DEFAULT_BIN;

function findChromium(): string | null {
  const fromEnv = process.env['GILVM_CHROMIUM'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'headless_shell']) {
    const r = spawnSync('which', [name], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() !== '') return r.stdout.trim();
  }
  return null;
}

/** RGB(A) pixels of an 8-bit, non-interlaced PNG (what Chromium writes). */
function decodePng(png: Buffer): { width: number; height: number; channels: number; pixels: Uint8Array } {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const colourType = data[9]!;
      channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
      if (data[8] !== 8 || channels === 0 || data[12] !== 0) throw new Error('unsupported PNG');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 255;
    }
  }
  return { width, height, channels, pixels: out };
}

const chromium = findChromium();
let dir = '';
afterAll(() => {
  if (dir) removeDir(dir);
});

describe.skipIf(chromium === null)('the report in headless Chromium', () => {
  it('renders the timeline without script errors', () => {
    dir = tempDir('gilvm-chromium-');
    writeFileSync(
      join(dir, 'two.py'),
      'import threading\n' +
        'def spin(n):\n    while n:\n        n -= 1\n' +
        'ts = [threading.Thread(target=spin, args=(300_000,)) for _ in range(2)]\n' +
        'for t in ts: t.start()\nfor t in ts: t.join()\n',
    );
    const run = spawnSync(process.execPath, [BIN, '--report', 'report.html', 'two.py'], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    const shot = join(dir, 'shot.png');
    const r = spawnSync(
      chromium!,
      ['--headless', '--disable-gpu', '--no-sandbox', '--enable-logging=stderr', '--v=0', `--screenshot=${shot}`, '--window-size=1300,700', `file://${join(dir, 'report.html')}`],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(existsSync(shot)).toBe(true);
    expect(r.stderr).not.toMatch(/Uncaught|SyntaxError|ReferenceError|TypeError/);
    const img = decodePng(readFileSync(shot));
    const green = STATE_COLOURS.running;
    const [gr, gg, gb] = [1, 3, 5].map((i) => parseInt(green.slice(i, i + 2), 16));
    let running = 0;
    for (let i = 0; i < img.pixels.length; i += img.channels) {
      if (Math.abs(img.pixels[i]! - gr!) < 8 && Math.abs(img.pixels[i + 1]! - gg!) < 8 && Math.abs(img.pixels[i + 2]! - gb!) < 8) running++;
    }
    // Three rows of 16 px, running for a good part of 1000 px each.
    expect(running).toBeGreaterThan(3000);
  });
});

describe('the PNG reader of this test', () => {
  it('reads a PNG written by hand', async () => {
    const { deflateSync } = await import('node:zlib');
    // 2x2 RGB: row 1 unfiltered (red, green); row 2 filtered "up", adding blue to row 1's pixels.
    const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 2, 0, 0, 255, 0, 0, 255]);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(2, 0);
    ihdr.writeUInt32BE(2, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const chunk = (type: string, data: Buffer): Buffer => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
    const img = decodePng(png);
    expect([img.width, img.height, img.channels]).toEqual([2, 2, 3]);
    expect([...img.pixels.slice(0, 6)]).toEqual([255, 0, 0, 0, 255, 0]);
    expect([...img.pixels.slice(6, 12)]).toEqual([255, 0, 255, 0, 255, 255]);
  });
});
