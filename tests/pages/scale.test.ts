/**
 * Scale: a long table of 1,000 counties (synthetic, generated into a temporary folder, never into
 * data/) renders (in-process: the county list, the home page, the city chart's CSV and a sample of
 * county pages; `npm run bench` builds such sites whole). Charts group their tail into 「其余 N 个」, the tables on the county list and the
 * city-wide charts list every row, and no row is silently dropped. 1,000 counties group their tail
 * exactly as 3,000 do (anything over 100) at a third of the build; that the cost stays linear at
 * 3,000 and 30,000 counties is counted in operations by tests/unit/charts/scaling.test.ts, and
 * timed by `npm run bench`.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type RenderedSite } from '../helpers/render.ts';
import { writeSyntheticInputs } from '../helpers/synthetic.ts';

const COUNT = 1000;
/** 测试县1000 and its URL: the last county, far down every list. */
const LAST = `测试县${COUNT}`;
const LAST_SLUG = `ceshixian${COUNT}`;
/** The county pages rendered: the first, one in the middle and the last. */
const SAMPLE = new Set(['ceshixian1', 'ceshixian500', LAST_SLUG].map((slug) => `/counties/${slug}/`));
let data = '';
let site: RenderedSite;
const doc = (route: string) => site.page(route);

beforeAll(async () => {
  const inputs = writeSyntheticInputs(COUNT, `tasks-${COUNT}-`);
  data = inputs.root;
  const wanted = (route: string) => ['/', '/counties/', '/charts/county-totals.csv'].includes(route) || SAMPLE.has(route);
  site = await renderSite({ planFile: inputs.planFile, dataDir: inputs.dataDir }, { only: wanted });
}, 120_000);

afterAll(() => rmSync(data, { recursive: true, force: true }));

describe(`a site with ${COUNT} counties`, () => {
  it('lists every county in the table of /counties/ and gives each its page', () => {
    const rows = doc('counties').querySelector('main > section.table-wrap')?.querySelectorAll('tbody tr') ?? [];
    expect(rows.length).toBe(COUNT + 1);
    const links = [...(doc('counties').querySelector('main > section.table-wrap')?.querySelectorAll('tbody a') ?? [])].map((a) => a.getAttribute('href'));
    expect(new Set(links).size).toBe(COUNT);
    expect(doc(`counties/${LAST_SLUG}`).querySelector('h1')?.textContent).toBe(LAST);
  });

  it('groups the tail of the city-wide chart, and its table still has every row', () => {
    const figure = doc('').querySelector('figure.chart:has(svg.chart-county-totals)') ?? [...doc('').querySelectorAll('figure.chart')].find((f) => f.querySelector('figcaption')?.textContent?.includes('其余'));
    expect(figure?.querySelector('figcaption')?.textContent).toContain(`其余 ${(COUNT - 30).toLocaleString('en-US')} 个`);
    expect(figure?.querySelectorAll('tbody tr').length).toBe(COUNT);
    const csv = site.file('charts/county-totals.csv').trim().split('\r\n');
    expect(csv.length).toBe(COUNT + 1);
  });

  it('shows a county far down the list among the top rows, the rest summed in one row', () => {
    const figure = doc(`counties/${LAST_SLUG}`).querySelector('figure.chart');
    const rows = [...(figure?.querySelectorAll('tbody tr') ?? [])].map((tr) => tr.querySelector('th')?.textContent ?? '');
    expect(rows).toContain(LAST);
    expect(rows.at(-1)).toMatch(/^其余 [\d,]+ 个$/);
    expect(rows.length).toBeLessThan(40);
  });
});
