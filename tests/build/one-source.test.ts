/**
 * Each fact is said once, so each of these changes is one edit and reaches every page, chart and
 * download: a task table with a third year (a data change, no code change); a made-up plan of
 * another city (no word of this plan appears that its inputs lack); and an indicator's Chinese
 * word renamed in src/lib/grid.ts (a copy of the project, one line changed).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/support/runBuild.ts';

const ROOT = process.cwd();
const outs: string[] = [];
let thirdYear = '';
let otherCity = '';
let renamed = '';

/** Every file of a built site, as [path relative to the site, text]. */
function readSite(dir: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|csv|json|svg|txt|xml)$|SHA256SUMS$/.test(name)) files.push([path.relative(dir, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(dir);
  return files;
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

async function build(env: Record<string, string>, cwd = ROOT): Promise<string> {
  const out = mkdtempSync(path.join(cwd, '.dist-one-source-'));
  outs.push(out);
  const run = await runBuild({ cwd, outDir: out, env });
  expect(run.code, run.output).toBe(0);
  return out;
}

/** A copy of the project's sources in a temporary folder, sharing node_modules; returns its root. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'one-source-'));
  for (const entry of ['src', 'public', 'seeds', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  outs.push(dir);
  return dir;
}

beforeAll(async () => {
  thirdYear = await build({ SITE_DATA_DIR: 'tests/fixtures/site/third-year' });
  otherCity = await build({ SITE_PLAN_FILE: 'tests/fixtures/plan/other-city-three-years.txt', SITE_DATA_DIR: 'tests/fixtures/site/other-city' });
  const copy = copyProject();
  const grid = path.join(copy, 'src/lib/grid.ts');
  const source = readFileSync(grid, 'utf8');
  const edited = source.replace("completed: { word: '基本建成',", "completed: { word: '竣工',");
  expect(edited).not.toBe(source);
  writeFileSync(grid, edited);
  renamed = await build({}, copy);
}, 600_000);

afterAll(() => {
  for (const dir of outs) rmSync(dir, { recursive: true, force: true });
});

describe('a task table with a third year (2025), no code changed', () => {
  it('shows 2025 on every county page, the county list and the home page', () => {
    const counties = readdirSync(path.join(thirdYear, 'counties')).filter((d) => existsSync(path.join(thirdYear, 'counties', d, 'index.html')));
    expect(counties).toHaveLength(20);
    for (const slug of counties) expect(read(thirdYear, `counties/${slug}/index.html`), slug).toContain('2025年');
    expect(read(thirdYear, 'counties/index.html')).toMatch(/<th scope="colgroup"[^>]*>2025年<\/th>/);
    // The card label keeps its words in spans (`2025年` `新开工`) so it wraps between them: compare the text.
    expect(read(thirdYear, 'index.html').replace(/<[^>]+>/g, '')).toContain('2025年新开工');
  });

  it('draws 2025 in every chart that shows years, and adds a chart of 2025 starts', () => {
    const charts = readdirSync(path.join(thirdYear, 'charts'));
    const byYear = charts.filter((f) => /^(year-totals|county-years-.*)\.(svg|csv)$/.test(f));
    expect(byYear.length).toBe(2 * 21);
    for (const file of byYear) expect(read(thirdYear, `charts/${file}`), file).toContain('2025年');
    expect(charts).toContain('county-starts-2025.svg');
    expect(read(thirdYear, 'charts/county-starts-2025.csv').split('\r\n')[0]).toBe('\uFEFF县（市、区）,2025年开工（套）');
  });

  it('writes 2025 into every download', () => {
    const header = '\uFEFF县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成,2025年开工,2025年基本建成';
    expect(read(thirdYear, 'data/tasks.csv').split('\r\n')[0]).toBe(header);
    for (const file of readdirSync(path.join(thirdYear, 'data/counties'))) {
      expect(read(thirdYear, `data/counties/${file}`).split('\r\n')[0], file).toBe(header);
    }
    const long = read(thirdYear, 'data/tasks-long.csv').split('\n').filter((l) => l.includes(',2025,'));
    expect(long).toHaveLength(40);
    expect(JSON.parse(read(thirdYear, 'data/tasks.json')).years).toEqual([2023, 2024, 2025]);
    const pkg = JSON.parse(read(thirdYear, 'data/datapackage.json'));
    const fields = pkg.resources.find((r: { name: string }) => r.name === 'tasks').schema.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('2025年基本建成');
  });
});

describe('a made-up plan of another city', () => {
  /** Words of this plan and its data folder that a site of another plan must not show unless its inputs say them. */
  function wordsOfThisPlan(): string[] {
    const meta = readFileSync('data/plan-meta.csv', 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
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
    for (const [file, text] of readSite(otherCity)) for (const w of words) if (text.includes(w)) found.push(`${file}: ${w}`);
    expect(found).toEqual([]);
  });

  it('names the site, the charts’ source and the downloads after its own plan and attachment', () => {
    expect(read(otherCity, 'index.html')).toContain('<title>青川市老旧小区改造提升行动</title>');
    expect(read(otherCity, 'index.html')).toContain('来源：青川市老旧小区改造提升行动方案 附件2');
    const json = JSON.parse(read(otherCity, 'data/tasks.json'));
    expect([json.title, json.unit, json.source]).toEqual(['全市老旧小区改造提升任务表', '套', '青川市老旧小区改造提升行动方案']);
    const pkg = JSON.parse(read(otherCity, 'data/datapackage.json'));
    expect(pkg.title).toBe('青川市老旧小区改造提升行动方案：数据下载');
    expect(pkg.keywords).toBeUndefined();
    expect(read(otherCity, 'data/index.html')).not.toContain('spatialCoverage');
  });

  it('links the high-tech zone to its own 管委会 and the others to the collective county governments', () => {
    expect(read(otherCity, 'counties/qingchuangaoxinqu/index.html')).toContain('方案点名「青川高新区管委会」');
    expect(read(otherCity, 'counties/jiaqu/index.html')).toContain('方案以「各县（市、区）人民政府」统称');
  });
});

describe('an indicator renamed in src/lib/grid.ts (基本建成 → 竣工), one line changed', () => {
  it('shows the new word in every table, chart and download that names the indicator', () => {
    expect(read(renamed, 'counties/index.html')).toContain('<th scope="col" class="num">竣工</th>');
    expect(read(renamed, 'counties/zhanggongqu/index.html')).toContain('计划竣工');
    expect(read(renamed, 'charts/county-totals.svg')).toContain('竣工（每行下条）');
    expect(read(renamed, 'charts/year-totals.csv').split('\r\n')[0]).toBe('\uFEFF年份,开工（套）,竣工（套）');
    expect(read(renamed, 'data/tasks.csv').split('\r\n')[0]).toContain('2023年竣工');
    expect(read(renamed, 'index.html').replace(/<[^>]+>/g, '')).toContain('2023年竣工');
  });

  it('leaves the old word only where the plan’s own text says it', () => {
    const plan = readFileSync('seeds/000_37d43cbaf8be4606.txt', 'utf8');
    expect(plan).toContain('基本建成');
    const textPages = /^(plan\/|units\/|data\/plan\.(txt|json)$|index\.html$)/;
    const left = readSite(renamed)
      .filter(([file]) => !textPages.test(file))
      .filter(([, text]) => text.includes('基本建成'))
      .map(([file]) => file);
    expect(left).toEqual([]);
  });
});
