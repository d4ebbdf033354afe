/**
 * The site serves the genre, not one file: other plans of the same kind (fixtures, never
 * published) build, and /plan/ shows exactly their text — a paragraph after a part's items stays
 * after them, closing paragraphs and attachment tables are shown, nothing is added or lost.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/support/runBuild.ts';
import { planOf } from '../helpers/inputs.ts';

const FIXTURES = ['items-without-units-restart-numbering.txt', 'page-break-in-unit-list.txt'];
const outs = new Map<string, string>();

beforeAll(async () => {
  for (const name of FIXTURES) {
    const out = mkdtempSync(path.join(process.cwd(), '.dist-genre-'));
    const run = await runBuild({ cwd: process.cwd(), outDir: out, env: { SITE_PLAN_FILE: `tests/fixtures/plan/${name}` } });
    expect(run.code, run.output).toBe(0);
    outs.set(name, out);
  }
}, 600_000);

afterAll(() => {
  for (const out of outs.values()) rmSync(out, { recursive: true, force: true });
});

describe.each(FIXTURES)('a site built from %s', (name) => {
  const file = `tests/fixtures/plan/${name}`;

  it('shows exactly the text of the plan on /plan/', () => {
    const out = outs.get(name) as string;
    const { document } = parseHTML(readFileSync(path.join(out, 'plan/index.html'), 'utf8'));
    const main = document.querySelector('main');
    main?.querySelectorAll('[data-chrome], .anchor, caption').forEach((el) => el.remove());
    expect((main?.textContent ?? '').replace(/\s/g, '')).toBe(readFileSync(file, 'utf8').replace(/\s/g, ''));
  });

  it('has a page for every part, item and unit', () => {
    const out = outs.get(name) as string;
    const plan = planOf(readFileSync(file), file);
    const routes = [
      ...plan.parts.map((p) => `plan/${p.number}`),
      ...plan.parts.flatMap((p) => p.items).map((i) => `plan/items/${i.ordinal}`),
      ...plan.units.map((u) => `units/${u.slug}`),
    ];
    for (const route of routes) expect(existsSync(path.join(out, route, 'index.html')), route).toBe(true);
  });
});
