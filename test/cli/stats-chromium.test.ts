/**
 * `gilvm --report`'s page in a real browser: headless Chromium loads it,
 * takes a screenshot, and the test checks that the timeline was drawn (the
 * "running" green covers a good number of pixels) and that the page's script
 * raised no error. Chromium's own command line does it (`--headless
 * --screenshot`); no browser package is needed.
 *
 * Runs where a Chromium is installed: $GILVM_CHROMIUM, else `chromium`,
 * `chromium-browser`, `google-chrome` or `headless_shell` on the PATH (the tests
 * do not download one). `.ci/run` installs Debian's chromium and sets
 * GILVM_REQUIRE_CHROMIUM=1, so that in CI a missing browser fails the test
 * instead of skipping it. GILVM_KEEP=1 keeps the scratch folder (the pages and
 * their screenshots) to look at.
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
  if (dir && !process.env['GILVM_KEEP']) removeDir(dir);
});
/** The test's scratch folder, made on first use. */
function workDir(): string {
  if (!dir) dir = tempDir('gilvm-chromium-');
  return dir;
}

/** Chromium renders `page` to `shot` (PNG); returns its log (stderr), where the page's uncaught errors appear. */
function screenshot(page: string, shot: string): string {
  const r = spawnSync(
    chromium!,
    // The flags keep a headless Chromium off the (closed) network and out of the user's profile.
    ['--headless', '--disable-gpu', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${shot}.profile`, '--enable-logging=stderr', '--v=0', `--screenshot=${shot}`, '--window-size=1300,900', `file://${page}`],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(existsSync(shot)).toBe(true);
  return r.stderr;
}

describe('a browser for this test', () => {
  it.runIf(process.env['GILVM_REQUIRE_CHROMIUM'] === '1')('is installed where CI asks for one', () => {
    expect(chromium).not.toBeNull();
  });
});

/** Counts the screenshot's pixels within 8 of each channel of `colour` (#rrggbb). */
function pixelsOf(img: ReturnType<typeof decodePng>, colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    if (Math.abs(img.pixels[i]! - r!) < 8 && Math.abs(img.pixels[i + 1]! - g!) < 8 && Math.abs(img.pixels[i + 2]! - b!) < 8) n++;
  }
  return n;
}

/** Runs two.py with `--report` (and `modeArgs`), renders the page, returns its pixels and Chromium's log. */
function renderReport(name: string, modeArgs: string[]): { img: ReturnType<typeof decodePng>; log: string; html: string } {
  const dir = workDir();
  if (!existsSync(join(dir, 'two.py'))) {
    writeFileSync(
      join(dir, 'two.py'),
      'import threading\n' +
        'shared = []\n' +
        'def spin(n):\n    while n:\n        n -= 1\n        if n % 1000 == 0: shared.append(n)\n' +
        'ts = [threading.Thread(target=spin, args=(300_000,)) for _ in range(2)]\n' +
        'for t in ts: t.start()\nfor t in ts: t.join()\n',
    );
  }
  const page = join(dir, `${name}.html`);
  const run = spawnSync(process.execPath, [BIN, ...modeArgs, '--report', page, 'two.py'], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  expect(run.status).toBe(0);
  const shot = join(dir, `${name}.png`);
  const log = screenshot(page, shot);
  return { img: decodePng(readFileSync(shot)), log, html: readFileSync(page, 'utf8') };
}

describe.skipIf(chromium === null)('the report in headless Chromium', () => {
  it('renders the timeline without script errors (GIL mode)', () => {
    const { img, log } = renderReport('gil', []);
    expect(log).not.toMatch(/Uncaught|SyntaxError|ReferenceError|TypeError/);
    // Three rows of 16 px, running for a good part of 1000 px each; two threads waited for the GIL.
    expect(pixelsOf(img, STATE_COLOURS.running)).toBeGreaterThan(3000);
    expect(pixelsOf(img, STATE_COLOURS.waiting)).toBeGreaterThan(0);
  });

  it('renders the timeline and the lock table without script errors (free-threading mode)', () => {
    const { img, log, html } = renderReport('nogil', ['-X', 'gil=0']);
    expect(log).not.toMatch(/Uncaught|SyntaxError|ReferenceError|TypeError/);
    expect(pixelsOf(img, STATE_COLOURS.running)).toBeGreaterThan(3000);
    // The shared list's lock is in the table, under the function that made it.
    expect(html).toMatch(/<td>list<\/td>/);
    expect(html).toContain('two.py');
  });

  it('shows an error thrown by the page in Chromium\'s log (the check above can fail)', () => {
    const broken = join(workDir(), 'broken.html');
    writeFileSync(broken, '<!doctype html><body><script>notDefinedAnywhere();</script></body>');
    expect(screenshot(broken, join(workDir(), 'broken.png'))).toMatch(/Uncaught ReferenceError/);
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
