import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTextNodes, type Plan } from '../../../src/lib/plan';
import { isPageNumber, removePageDebris } from '../../../src/lib/plan/debris';
import { splitSourceLines } from '../../../src/lib/plan/lines';
import { detectWrapWidth, visualWidth } from '../../../src/lib/plan/wrap';
import { planOf } from '../../helpers/inputs';

const DIR = 'tests/fixtures/plan';
const load = (name: string): Plan => planOf(readFileSync(`${DIR}/${name}`), `${DIR}/${name}`);
/** The source without the lines the plan lists as removed, whitespace dropped. */
function sourceMinusRemoved(name: string, plan: Plan): string {
  const removed = new Set((plan.cleanup ?? []).filter((c) => c.kind !== 'joined').map((c) => c.line));
  return readFileSync(`${DIR}/${name}`, 'utf8').split('\n').filter((_, i) => !removed.has(i + 1)).join('').replace(/\s/g, '');
}

describe('isPageNumber', () => {
  it('knows the page numbers of the genre', () => {
    for (const text of ['— 2 —', '- 2 -', '－12－', '—2—', '第2页', '第 2 页', '第2页 共8页', '第2页，共8页', '2/8', '12']) expect(isPageNumber(text), text).toBe(true);
  });

  it('takes no sentence, year or heading for one', () => {
    for (const text of ['2024年', '一、总体要求', '—2024年—', '到2025年，完成60个。', '第二章', '1234']) expect(isPageNumber(text), text).toBe(false);
  });
});

describe('removePageDebris', () => {
  it('removes a running header that repeats beside page numbers, and keeps a line said once', () => {
    const lines = splitSourceLines('标题\n\n甲乙\n\n— 2 —\n\n某市公报\n\n丙丁\n\n某市公报\n\n— 3 —\n\n某市通知\n\n戊。');
    const { lines: kept, removed } = removePageDebris(lines);
    expect(kept.map((l) => l.text)).toEqual(['标题', '甲乙', '丙丁', '某市通知', '戊。']);
    expect(removed).toEqual([
      { kind: 'pageNumber', text: '— 2 —', line: 5 },
      { kind: 'runningHeader', text: '某市公报', line: 7 },
      { kind: 'runningHeader', text: '某市公报', line: 11 },
      { kind: 'pageNumber', text: '— 3 —', line: 13 },
    ]);
  });

  it('never takes the title, a heading or a unit list for a running header', () => {
    const lines = splitSourceLines('某市方案\n\n〔市住建局〕\n\n— 2 —\n\n〔市住建局〕\n\n〔市住建局〕\n\n某市方案');
    expect(removePageDebris(lines).lines.map((l) => l.text)).toEqual(['某市方案', '〔市住建局〕', '〔市住建局〕', '〔市住建局〕', '某市方案']);
  });
});

describe('page debris in a plan (page-debris.txt)', () => {
  const plan = load('page-debris.txt');
  const items = plan.parts.flatMap((p) => p.items);

  it('heals 市发 | — 2 — | 某市人民政府公报 | 改委 into 市发改委, and no unit gets the debris', () => {
    expect(items[0]?.unitsText).toBe('〔市住建局、市发改委、市自然资源局〕');
    expect(items[1]?.body.map((b) => b.text)).toEqual(['补齐社区养老、托育、体育等设施短板，新建社区综合服务设施20处。']);
    expect(plan.units.map((u) => u.id)).toEqual(['市住建局', '市发改委', '市自然资源局', '市民政局', '市卫生健康委']);
  });

  it('lists every line removed and every join with its source line', () => {
    expect(plan.cleanup).toEqual([
      { kind: 'pageNumber', text: '— 2 —', line: 13 },
      { kind: 'runningHeader', text: '某市人民政府公报', line: 15 },
      { kind: 'joined', text: '〔市住建局、市发｜改委、市自然资源', line: 17 },
      { kind: 'pageNumber', text: '— 3 —', line: 21 },
      { kind: 'runningHeader', text: '某市人民政府公报', line: 23 },
      { kind: 'joined', text: '新建社区综合服务｜设施20处。〔市', line: 25 },
      { kind: 'pageNumber', text: '— 4 —', line: 31 },
    ]);
  });

  it('keeps every other character in order: the text is the source minus the listed lines', () => {
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved('page-debris.txt', plan));
  });
});

describe('hard-wrapped text (hard-wrapped.txt)', () => {
  const plan = load('hard-wrapped.txt');

  it('finds the width the text was wrapped at, and none in text whose lines are paragraphs', () => {
    expect(visualWidth('甲1。')).toBe(5);
    expect(detectWrapWidth(splitSourceLines(readFileSync(`${DIR}/hard-wrapped.txt`, 'utf8')))).toBe(60);
    expect(detectWrapWidth(splitSourceLines(readFileSync('seeds/000_37d43cbaf8be4606.txt', 'utf8')))).toBeNull();
  });

  it('re-joins paragraphs, also across a full line that ends with 。, and never joins a heading to its body', () => {
    expect(plan.preamble.map((p) => p.text)).toEqual(['为持续改善城镇居民居住条件，推动城镇老旧小区改造提质扩面，结合本县实际，现提出2024年工作要点如下。']);
    expect(plan.parts.map((p) => [p.label, p.paragraphs.length, p.items.length])).toEqual([
      ['一、目标任务', 1, 0],
      ['二、重点工作', 0, 2],
      ['三、保障措施', 1, 0],
    ]);
    const items = plan.parts.flatMap((p) => p.items);
    expect(items[0]?.body.map((b) => b.text)).toEqual(['对照摸底调查结果，逐个小区确定改造内容。清单确定后报县政府审定。改造内容分为基础类、完善类和提升类，由居民议定后实施。']);
    expect(items.map((i) => i.unitsText)).toEqual(['〔县住建局、各乡镇人民政府〕', '〔县住建局、县财政局〕']);
  });

  it('lists each join, and keeps every character', () => {
    expect(plan.cleanup?.map((c) => [c.kind, c.line])).toEqual([3, 6, 9, 10, 12, 13, 16].map((line) => ['joined', line]));
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(sourceMinusRemoved('hard-wrapped.txt', plan));
  });
});

describe('the seed', () => {
  it('lists its three page-break joins and removes nothing', () => {
    const plan = planOf(readFileSync('seeds/000_37d43cbaf8be4606.txt'), 'seeds/000_37d43cbaf8be4606.txt');
    expect(plan.cleanup?.map((c) => c.kind)).toEqual(['joined', 'joined', 'joined']);
    expect(plan.cleanup?.[0]?.text).toBe('房服务中心、市发｜改委、市自然资源');
  });
});
