/**
 * Each fact is said once, so each of these changes is one edit and reaches every page, chart and
 * download: a task table with a third year (a data change, no code change) and a made-up plan of
 * another city (no word of this plan appears that its inputs lack), each rendered in-process. The
 * third change, an indicator's Chinese word renamed in src/lib/grid.ts, is renamed-indicator.mock.test.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type RenderedSite } from '../helpers/render.ts';

let thirdYear: RenderedSite;
let otherCity: RenderedSite;

beforeAll(async () => {
  thirdYear = await renderSite({ dataDir: 'tests/fixtures/site/third-year' });
  otherCity = await renderSite({ planFile: 'tests/fixtures/plan/other-city-three-years.txt', dataDir: 'tests/fixtures/site/other-city' });
});

describe('a task table with a third year (2025), no code changed', () => {
  it('shows 2025 on every county page, the county list and the home page', () => {
    const counties = thirdYear.pages.filter((route) => /^\/counties\/[^/]+\/$/.test(route));
    expect(counties).toHaveLength(20);
    for (const route of counties) expect(thirdYear.file(`${route}index.html`), route).toContain('2025年');
    expect(thirdYear.file('counties/index.html')).toMatch(/<th scope="colgroup"[^>]*>2025年<\/th>/);
    // The card label keeps its words in spans (`2025年` `新开工`) so it wraps between them: compare the text.
    expect(thirdYear.file('index.html').replace(/<[^>]+>/g, '')).toContain('2025年新开工');
  });

  it('draws 2025 in every chart that shows years, and adds a chart of 2025 starts', () => {
    const charts = [...thirdYear.files.keys()].filter((f) => f.startsWith('charts/')).map((f) => f.slice('charts/'.length));
    const byYear = charts.filter((f) => /^(year-totals|county-years-.*)\.(svg|csv)$/.test(f));
    expect(byYear.length).toBe(2 * 21);
    for (const file of byYear) expect(thirdYear.file(`charts/${file}`), file).toContain('2025年');
    expect(charts).toContain('county-starts-2025.svg');
    expect(thirdYear.file('charts/county-starts-2025.csv').split('\r\n')[0]).toBe('\uFEFF县（市、区）,2025年开工（套）');
  });

  it('writes 2025 into every download', () => {
    const header = '\uFEFF县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成,2025年开工,2025年基本建成';
    expect(thirdYear.file('data/tasks.csv').split('\r\n')[0]).toBe(header);
    const counties = [...thirdYear.files.keys()].filter((f) => f.startsWith('data/counties/'));
    expect(counties).toHaveLength(20);
    for (const file of counties) expect(thirdYear.file(file).split('\r\n')[0], file).toBe(header);
    const long = thirdYear.file('data/tasks-long.csv').split('\n').filter((l) => l.includes(',2025,'));
    expect(long).toHaveLength(40);
    expect(JSON.parse(thirdYear.file('data/tasks.json')).years).toEqual([2023, 2024, 2025]);
    const pkg = JSON.parse(thirdYear.file('data/datapackage.json'));
    const fields = pkg.resources.find((r: { name: string }) => r.name === 'tasks').schema.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('2025年基本建成');
  });
});

describe('a made-up plan of another city', () => {
  /** Words of this plan and its data folder that a site of another plan must not show unless its inputs say them. */
  function wordsOfThisPlan(): string[] {
    const meta = readFileSync('tests/fixtures/site/issued/plan-meta.csv', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
    const settings = meta.map((l) => l.split(',')[1] ?? '').flatMap((v) => v.split('、')).filter((v) => v.trim() !== '');
    const counties = readFileSync('tests/fixtures/tasks/issued-attachment.csv', 'utf8').split(/\r?\n/).slice(2).map((l) => l.split(',')[0] ?? '');
    const fixed = ['赣州', '棚户区', '棚改', '附件1-1', '江西', '攻坚', '套（户）', '全市各县（市、区）城市棚户区改造攻坚行动任务表', 'ganzhou'];
    return [...new Set([...fixed, ...settings, ...counties])].filter((w) => w !== '');
  }

  it('contains no word of this plan that its inputs lack, on any page, chart or download', () => {
    const inputs = readFileSync('tests/fixtures/plan/other-city-three-years.txt', 'utf8') + readFileSync('tests/fixtures/site/other-city/tasks.csv', 'utf8');
    const words = wordsOfThisPlan().filter((w) => !inputs.includes(w));
    expect(words).toContain('赣州');
    const found: string[] = [];
    for (const [file, text] of otherCity.texts()) for (const w of words) if (text.includes(w)) found.push(`${file}: ${w}`);
    expect(found).toEqual([]);
  });

  it('names the site, the charts’ source and the downloads after its own plan and attachment', () => {
    expect(otherCity.file('index.html')).toContain('<title>青川市老旧小区改造提升行动</title>');
    expect(otherCity.file('index.html')).toContain('来源：青川市老旧小区改造提升行动方案 附件2');
    const json = JSON.parse(otherCity.file('data/tasks.json'));
    expect([json.title, json.unit, json.source]).toEqual(['全市老旧小区改造提升任务表', '套', '青川市老旧小区改造提升行动方案']);
    const pkg = JSON.parse(otherCity.file('data/datapackage.json'));
    expect(pkg.title).toBe('青川市老旧小区改造提升行动方案：数据下载');
    expect(pkg.keywords).toBeUndefined();
    expect(otherCity.file('data/index.html')).not.toContain('spatialCoverage');
  });

  it('links the high-tech zone to its own 管委会 and the others to the collective county governments', () => {
    expect(otherCity.file('counties/qingchuangaoxinqu/index.html')).toContain('方案点名「青川高新区管委会」');
    expect(otherCity.file('counties/jiaqu/index.html')).toContain('方案以「各县（市、区）人民政府」统称');
  });
});
