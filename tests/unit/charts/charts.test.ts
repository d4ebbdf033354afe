import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  chartCsv,
  countyStartsForYearChart,
  countyTotalsChart,
  countyYearSplitChart,
  renderChart,
  renderStandaloneSvg,
  yearTotalsChart,
  type ChartSpec,
} from '../../../src/lib/charts';
import { ROW_STEP } from '../../../src/lib/charts/countyBars';
import { countyFigureChart } from '../../../src/lib/charts/countyFigure';
import { TEXT } from '../../../src/lib/words/charts';
import { FONT_SIZE } from '../../../src/lib/charts/style';
import { CONTEXT, REAL_ROWS, buildTable, countyNamed, realDerived, realTable, slugOf, syntheticDerived } from '../../fixtures/charts/tables';
import { deriveTasks } from '../../../src/lib/tasks/derive';

const real = realDerived();
const realRows = realTable();
const province = syntheticDerived(100);
const huge = syntheticDerived(3000);

function parseSvg(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg>');
  return root;
}

/** y of each text in a mark group, from Plot's `translate(x,y)`. */
function textYs(svg: string, className: string): number[] {
  const root = parseSvg(svg);
  return [...root.querySelectorAll(`g.${className} text`)].map((t) => {
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '');
    if (!m) throw new Error('text without translate');
    return Number(m[2]);
  });
}

const allSpecs = (): ChartSpec[] => [
  yearTotalsChart(real, CONTEXT),
  countyTotalsChart(real, CONTEXT),
  countyTotalsChart(real, CONTEXT, { highlight: slugOf(real, '章贡区') }),
  countyYearSplitChart(countyNamed(real, '赣州蓉江新区'), CONTEXT),
  countyStartsForYearChart(real, 2023, CONTEXT),
  countyTotalsChart(huge, CONTEXT),
];

describe('fixture', () => {
  it('the real table matches attachment 1-1 in the seed, line for line', () => {
    const seed = readFileSync(new URL('../../../seeds/000_37d43cbaf8be4606.txt', import.meta.url), 'utf8');
    for (const line of REAL_ROWS.split('\n')) expect(seed).toContain(line);
    expect(realRows.total).toMatchObject({ started: 45311, completed: 20600 });
    expect(realRows.total.years[2023]).toEqual({ started: 29951, completed: 8700 });
  });
});

describe('yearTotalsChart', () => {
  it('states the point with the figures from the data', () => {
    const spec = yearTotalsChart(real, CONTEXT);
    expect(spec.id).toBe('year-totals');
    expect(spec.caption).toBe(
      '全市计划开工45,311套，2023年29,951套，多于2024年的15,360套；基本建成20,600套，2023年8,700套，少于2024年的11,900套。',
    );
    expect(spec.table.rows.map((r) => r.cells)).toEqual([
      { year: '2023年', started: 29951, completed: 8700 },
      { year: '2024年', started: 15360, completed: 11900 },
    ]);
  });

  it('takes its years from the table, any number of them', () => {
    const t = deriveTasks(buildTable([
      { name: '甲县', slug: 'jiaxian', years: { 2023: { started: 5, completed: 1 }, 2024: { started: 7, completed: 2 }, 2025: { started: 3, completed: 9 } } },
    ]));
    const spec = yearTotalsChart(t, CONTEXT);
    expect(spec.table.rows.map((r) => r.cells.year)).toEqual(['2023年', '2024年', '2025年']);
    expect(spec.caption).toContain('2023年5套、2024年7套、2025年3套，以2024年最多');
    expect(renderChart(spec)).toContain('2025年');
  });
});

describe('countyTotalsChart', () => {
  it('sorts by started, lists every county in the table, and names the top three', () => {
    const spec = countyTotalsChart(real, CONTEXT);
    expect(spec.table.rows).toHaveLength(20);
    expect(spec.table.rows[0]?.cells).toEqual({ county: '赣州经开区', started: 5969, completed: 2804 });
    expect(spec.caption).toContain('赣州经开区（5,969套），其次是赣州蓉江新区（5,804套）和章贡区（3,800套）；最少的是大余县（172套）');
  });

  it('highlights a county: its own id, its rank in the caption, a bold label', () => {
    const spec = countyTotalsChart(real, CONTEXT, { highlight: slugOf(real, '章贡区') });
    expect(spec.id).toBe('county-totals-zhanggongqu');
    expect(spec.caption).toBe('章贡区计划开工3,800套、基本建成1,704套；开工任务在20个县（市、区）中居第3位。');
    const root = parseSvg(renderChart(spec));
    const bold = [...root.querySelectorAll('g.county-label[font-weight="bold"] text')].map((t) => t.textContent);
    expect(bold).toEqual(['章贡区']);
  });

  it('rejects an unknown county, quoting it', () => {
    expect(() => countyTotalsChart(real, CONTEXT, { highlight: slugOf(real, '不存在县') })).toThrow('unknown county: 「不存在县」');
  });

  it('with 100 counties shows every row, grows in height, and no two labels overlap', () => {
    const spec = countyTotalsChart(province, CONTEXT);
    expect(spec.plot.height).toBeGreaterThanOrEqual(100 * ROW_STEP);
    const ys = textYs(renderChart(spec), 'county-label').sort((a, b) => a - b);
    expect(ys).toHaveLength(100);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(FONT_SIZE + 4);
  });

  it('with 3,000 counties shows the top 30 and groups the rest into 「其余 2,970 个」, dropping nothing', () => {
    const spec = countyTotalsChart(huge, CONTEXT);
    expect(spec.table.rows).toHaveLength(3000);
    expect(spec.caption).toContain('图中列出开工任务最多的30个，其余 2,970 个合计');
    const svg = renderChart(spec);
    expect(textYs(svg, 'county-label')).toHaveLength(31);
    expect(svg).toContain('>其余 2,970 个<');
    const tableSum = spec.table.rows.reduce((s, r) => s + Number(r.cells.started), 0);
    expect(tableSum).toBe(huge.total.total.started);
    expect(spec.caption).toContain(`开工${(huge.total.total.started - spec.table.rows.slice(0, 30).reduce((s, r) => s + Number(r.cells.started), 0)).toLocaleString('en-US')}套`);
  });

  it('keeps a highlighted county from the tail as its own row', () => {
    const spec = countyTotalsChart(huge, CONTEXT, { highlight: slugOf(huge, '测试县2999') });
    expect(spec.caption).toContain('最多的30个及测试县2999，其余 2,969 个');
    expect(renderChart(spec)).toContain('>测试县2999<');
  });
});

describe('countyYearSplitChart', () => {
  it('splits one county by year', () => {
    const spec = countyYearSplitChart(countyNamed(real, '赣州蓉江新区'), CONTEXT);
    expect(spec.id).toBe('county-years-ganzhourongjiangxinqu');
    expect(spec.caption).toBe(
      '赣州蓉江新区计划开工5,804套，全部在2023年；基本建成2,921套，2023年1,686套，多于2024年的1,235套。',
    );
  });

  it('says a zero naturally: never 「多于…的0套」', () => {
    const figure = (label: string, value: number) => ({ label, value, figure: String(value) });
    expect(TEXT.years.compare([figure('2023年', 0), figure('2024年', 900)], '套')).toBe('全部在2024年');
    expect(TEXT.years.compare([figure('2023年', 0), figure('2024年', 0)], '套')).toBe('各年均为0套');
    expect(TEXT.years.compare([figure('2023年', 0), figure('2024年', 0), figure('2025年', 7)], '套')).toBe('全部在2025年');
    expect(TEXT.years.compare([figure('2023年', 5), figure('2024年', 9)], '套')).toBe('2023年5套，少于2024年的9套');
  });
});

describe('countyFigureChart', () => {
  it('compares counties on one indicator and year, most first, and names the counties with none', () => {
    const spec = countyFigureChart(real, 2024, 'completed', CONTEXT);
    expect(spec.id).toBe('county-completed-2024');
    const figures = spec.table.rows.map((r) => r.cells.completed as number);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    expect(spec.table.rows).toHaveLength(real.counties.length);
    expect(spec.caption).toMatch(/^2024年各县（市、区）计划基本建成合计11,900套，最多的是.+（[\d,]+套）/);
    expect(spec.table.columns.map((c) => c.label)).toEqual(['县（市、区）', '2024年基本建成（套）']);
  });

  it('compares the whole plan when the year is null, and groups a 3,000-county tail by its own indicator', () => {
    const total = countyFigureChart(real, null, 'completed', CONTEXT);
    expect(total.id).toBe('county-completed-total');
    expect(total.title).toContain('2023—2024年');
    const spec = countyFigureChart(huge, 2023, 'completed', CONTEXT);
    expect(spec.table.rows).toHaveLength(3000);
    expect(spec.caption).toContain('图中列出基本建成任务最多的30个，其余 2,970 个合计基本建成');
  });
});

describe('countyStartsForYearChart', () => {
  it('lists the year’s starts, including a county with none', () => {
    const spec = countyStartsForYearChart(real, 2024, CONTEXT);
    expect(spec.id).toBe('county-starts-2024');
    expect(spec.table.rows.at(-1)?.cells).toEqual({ county: '赣州蓉江新区', started: 0 });
    expect(spec.caption).toBe('2024年各县（市、区）计划开工合计15,360套，最多的是赣州经开区（2,650套），赣州蓉江新区当年无开工任务。');
  });

  it('rejects a year not in the table', () => {
    expect(() => countyStartsForYearChart(real, 2025, CONTEXT)).toThrow('no such figure: 2025:started');
  });

  it('groups a 3,000-county tail and still tables every row', () => {
    const spec = countyStartsForYearChart(huge, 2023, CONTEXT);
    expect(spec.table.rows).toHaveLength(3000);
    expect(spec.caption).toContain('其余 2,970 个');
  });
});

describe('renderChart', () => {
  it('gives an accessible svg: role, aria-label, title and desc first', () => {
    for (const spec of allSpecs()) {
      const root = parseSvg(renderChart(spec));
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('aria-label')).toBe(spec.ariaLabel);
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      const [first, second] = [...root.children];
      expect(first?.tagName.toLowerCase()).toBe('title');
      expect(first?.textContent).toBe(spec.title);
      expect(second?.tagName.toLowerCase()).toBe('desc');
      expect(second?.textContent).toContain(spec.caption);
      expect(root.querySelectorAll('title')).toHaveLength(1);
    }
  });

  it('is byte-identical between renders, with no generated ids and only fixed class names', () => {
    for (const spec of allSpecs()) {
      const a = renderChart(spec);
      expect(renderChart(spec)).toBe(a);
      expect(a).not.toMatch(/\sid="/);
      const classes = new Set([...a.matchAll(/class="([^"]*)"/g)].map((m) => m[1]));
      const fixed = new Set([`chart-${spec.id}`, 'bar-started', 'bar-completed', 'header', 'row-label', 'value-label', 'county-label', 'legend', 'baseline', 'highlight-band', 'cut']);
      for (const c of classes) expect(fixed).toContain(c);
    }
  });

  it('rounds coordinates to one decimal', () => {
    for (const spec of allSpecs()) {
      const svg = renderChart(spec);
      const attrs = [...svg.matchAll(/\s(?:d|transform|x|y|x1|x2|y1|y2|width|height|viewBox)="([^"]*)"/g)].map((m) => m[1]!);
      for (const v of attrs.filter((v) => !v.endsWith('em'))) expect(v).not.toMatch(/\d\.\d\d/);
    }
  });

  it('keeps the real county chart under 3 KB gzipped', () => {
    // About 1.8 KB today; the budget catches unrounded coordinates or duplicated marks.
    const bytes = gzipSync(renderChart(countyTotalsChart(real, CONTEXT)), { level: 9 }).length;
    expect(bytes).toBeLessThan(3 * 1024);
  });

  it('uses system CJK fonts only and colour-blind-safe fills', () => {
    const svg = renderChart(countyTotalsChart(real, CONTEXT));
    expect(svg).toContain("font-family=\"system-ui, -apple-system, 'PingFang SC'");
    expect(svg).not.toMatch(/@font-face|@import|url\(/);
    const fills = new Set([...svg.matchAll(/fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase()));
    expect([...fills].sort()).toEqual(['#0072B2', '#D55E00']);
  });
});

describe('renderStandaloneSvg', () => {
  it('stands alone: prolog, white background, title, caption and source inside', () => {
    const spec = yearTotalsChart(real, CONTEXT);
    const svg = renderStandaloneSvg(spec);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const root = parseSvg(svg.slice(svg.indexOf('<svg')));
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('white');
    const texts = [...root.querySelectorAll('svg > text')].map((t) => t.textContent);
    expect(texts[0]).toBe(spec.title);
    expect(texts.at(-1)).toBe(spec.source);
    expect(svg).not.toContain('<style');
  });
});

describe('chartCsv', () => {
  it('writes the table as UTF-8 CSV with BOM, CRLF and Chinese headers, every row', () => {
    const csv = chartCsv(countyTotalsChart(huge, CONTEXT));
    expect(csv.startsWith('\uFEFF县（市、区）,开工（套）,基本建成（套）\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3000 + 2);
    expect(chartCsv(yearTotalsChart(real, CONTEXT))).toBe('\uFEFF年份,开工（套）,基本建成（套）\r\n2023年,29951,8700\r\n2024年,15360,11900\r\n');
  });
});

describe('countyTotalsChart on a county page of a very long table', () => {
  it('tables the rows it draws, the tail summed in one row, so a county page does not list every county', () => {
    const name = huge.counties[2999]?.name as string;
    const spec = countyTotalsChart(huge, CONTEXT, { highlight: slugOf(huge, name) });
    const labels = spec.table.rows.map((r) => r.cells.county);
    expect(labels).toContain(name);
    expect(labels.at(-1)).toBe('其余 2,969 个');
    expect(spec.table.rows).toHaveLength(32);
    const sum = (key: 'started' | 'completed') => spec.table.rows.reduce((n, r) => n + Number(r.cells[key]), 0);
    expect(sum('started')).toBe(huge.total.total.started);
    expect(sum('completed')).toBe(huge.total.total.completed);
    expect(spec.table.caption).toContain('完整名单见「各县任务」页');
  });

  it('still tables every county when the list is short enough to draw whole', () => {
    expect(countyTotalsChart(province, CONTEXT, { highlight: province.counties[0]?.slug as string }).table.rows).toHaveLength(100);
  });
});
