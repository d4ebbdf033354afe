import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentUnitsText } from '../../../src/lib/site/segments.ts';
import { planOf } from '../../helpers/inputs.ts';

const plan = planOf(readFileSync('seeds/000_37d43cbaf8be4606.txt'), 'seeds/000_37d43cbaf8be4606.txt');
const items = plan.parts.flatMap((p) => p.items);

describe('segmentUnitsText', () => {
  it('keeps every character of every unit list and links every named unit', () => {
    for (const item of items) {
      const segments = segmentUnitsText(item.unitsText ?? '', item.units, plan.units);
      expect(segments.map((s) => s.text).join('')).toBe(item.unitsText ?? '');
      expect(segments.filter((s) => s.slug).map((s) => s.text)).toEqual(item.units.map((u) => u.name));
    }
  });

  it('links the healed 市发改委 of item （三）, split across a page break in the source', () => {
    const item3 = items[2];
    const segments = segmentUnitsText(item3?.unitsText ?? '', item3?.units ?? [], plan.units);
    expect(segments.find((s) => s.text === '市发改委')?.slug).toBe('shifagaiwei');
    expect(segments.some((s) => !s.slug && s.text.includes('等市直有关部门'))).toBe(true);
  });
});
