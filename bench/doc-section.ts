import { existsSync, readFileSync, writeFileSync } from 'node:fs';
/**
 * The benchmarks' sections of docs/performance.md: each sits between
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` markers and is
 * rewritten by its benchmark.
 */

export function sectionMarkers(name: string): { start: string; end: string } {
  return { start: `<!-- bench:${name}:start -->`, end: `<!-- bench:${name}:end -->` };
}

/** `doc` with the section between `start` and `end` replaced by `section` (markers included), or null when the markers are missing. */
export function replaceSection(doc: string, start: string, end: string, section: string): string | null {
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b <= a) return null;
  return doc.slice(0, a) + section + doc.slice(b + end.length);
}

/**
 * Write `section` (markers included) into the document at `path`: in place of
 * its old section, or, the first time, at the end under `heading`, the text
 * `intro` before it.
 */
export function writeDocSection(path: string, start: string, end: string, section: string, heading: string, intro: string): void {
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  const replaced = replaceSection(doc, start, end, section);
  doc = replaced ?? `${doc.replace(/\n*$/, '\n')}\n## ${heading}\n\n${intro}\n\n${section}\n`;
  writeFileSync(path, doc);
}

/**
 * The end of a benchmark that compares programs: print `section`; unless
 * `write` is false or no program ran (`ranAny`), write it into the document at
 * `path` (writeDocSection) and say so.
 */
export function publishSection(
  path: string,
  start: string,
  end: string,
  section: string,
  opts: { write: boolean; ranAny: boolean; heading: string; intro: string },
): void {
  console.log('\n' + section);
  if (!opts.write) return;
  if (!opts.ranAny) {
    console.log(`\nnot writing ${path}: no program ran`);
    return;
  }
  writeDocSection(path, start, end, section, opts.heading, opts.intro);
  console.log(`\nupdated ${path}`);
}
