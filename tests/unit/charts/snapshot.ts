/**
 * SVG snapshot testing after observablehq/plot's test/plot.js: the output is normalised, compared
 * with tests/snapshots/<name>.svg, written there when missing, and on a mismatch written beside it
 * as <name>-changed.svg so a person can look at both.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const SNAPSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../snapshots');

/** Numbers rounded to 2 decimals; generated ids (`plot-clip-3`) renumbered in order of appearance. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\d+\.\d+/g, (m) => String(Number(Number(m).toFixed(2))))
    .replace(/plot-(clip|pattern|marker)-\d+/g, (m, kind: string) => {
      if (!ids.has(m)) ids.set(m, `plot-${kind}-${ids.size + 1}`);
      return ids.get(m)!;
    });
}

/** Compare `svg` with the golden file `name`.svg; write it on first run, `-changed.svg` on mismatch. */
export function expectSvgSnapshot(name: string, svg: string): void {
  const actual = normalizeSvg(svg);
  const golden = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  if (!existsSync(golden)) {
    // In CI a missing golden file is a failure: a chart must never go unchecked because its file was lost.
    if (process.env.CI) expect.fail(`tests/snapshots/${name}.svg is missing: run the tests locally to write it, look at it, and commit it`);
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg changed: compare tests/snapshots/${name}.svg with ${name}-changed.svg (delete the golden file to accept)`);
}
