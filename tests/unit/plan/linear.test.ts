/**
 * Healing and parsing stay linear in the size of the plan, shown by counting what the join rule
 * reads (never by a clock), and a paragraph beyond any plan's length is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { generatePlanText } from '../../../src/cli/support/syntheticPlan.ts';
import { formatIssue } from '../../../src/lib/errors.ts';
import { healPageBreaks, type HealMeter } from '../../../src/lib/plan/heal.ts';
import { splitSourceLines } from '../../../src/lib/plan/lines.ts';
import { parsePlan } from '../../../src/lib/plan/index.ts';
import { MAX_PARAGRAPH_CHARS } from '../../../src/lib/plan/parse.ts';

/** One paragraph of `chars` characters cut into lines of 30 with blank lines between: every line joins. */
function splitParagraph(chars: number): string {
  const lines: string[] = [];
  for (let at = 0; at < chars; at += 30) lines.push('各地要加强调度督导并细化责任分工确保按期完成目标任务'.repeat(2).slice(0, 30));
  return lines.join('\n\n');
}

function meterHeal(text: string): { meter: HealMeter; paragraphs: number; length: number } {
  const meter: HealMeter = { chars: 0 };
  const healed = healPageBreaks(splitSourceLines(text), meter);
  return { meter, paragraphs: healed.length, length: healed[0]?.text.length ?? 0 };
}

describe('healPageBreaks is linear', () => {
  it('reads each line a bounded number of times while joining a 1 MB and a 4 MB paragraph', () => {
    const small = meterHeal(splitParagraph(1_000_000));
    const large = meterHeal(splitParagraph(4_000_000));
    expect([small.paragraphs, small.length]).toEqual([1, 1_000_020]);
    expect([large.paragraphs, large.length]).toEqual([1, 4_000_020]);
    // Each line is read when it is tested for joining and when it is joined (the first line once, when it opens the paragraph).
    expect(small.meter.chars).toBe(2 * 1_000_020 - 30);
    expect(large.meter.chars).toBe(2 * 4_000_020 - 30);
    // Four times the text, four times the reading (a rescan of the paragraph would make it sixteen).
    expect(large.meter.chars / small.meter.chars).toBeCloseTo(4, 3);
  });

  it('reads over a hundred times less than the old rule, which re-read the growing paragraph at each join', () => {
    // The old rule (before the incremental state): every join re-read the growing paragraph.
    const lines = splitSourceLines(splitParagraph(30_000));
    let rescanned = 0;
    let length = 0;
    for (const line of lines) {
      rescanned += length;
      length += line.text.length;
    }
    expect(rescanned).toBeGreaterThan(100 * meterHeal(splitParagraph(30_000)).meter.chars);
  });
});

describe('parsePlan on a 5 MB plan', () => {
  it('reads every part and item of a generated 5 MB plan whose paragraphs are split at every line', () => {
    const { text, parts, items } = generatePlanText(5 * 2 ** 20);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 2 ** 20);
    const { plan, issues } = parsePlan(text, 'synthetic.txt');
    expect(issues.map(formatIssue)).toEqual([]);
    expect(plan?.parts).toHaveLength(parts);
    expect(plan?.parts.flatMap((p) => p.items)).toHaveLength(items);
    expect(plan?.parts[0]?.items[0]?.body).toHaveLength(1);
    expect(plan?.units.map((u) => u.id)).toEqual(['市测试局', '市样例办']);
  });
});

describe('the paragraph limit', () => {
  it(`refuses a paragraph longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} characters at the line where it starts`, () => {
    const text = `某市行动方案\n\n一、总体要求\n\n${splitParagraph(MAX_PARAGRAPH_CHARS + 30)}\n`;
    const { plan, issues } = parsePlan(text, 'x.txt');
    expect(plan).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'x.txt:5:1: E_PLAN_PARAGRAPH_TOO_LONG 从这一行起的段落长达 100,050 个字符，超过每段 100,000 字的上限：文件可能没有换行或句号（如整篇粘贴成一行），请按原文分段后再提交。',
    ]);
  });
});
