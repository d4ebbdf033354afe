import { describe, expect, it } from 'vitest';
import { describeSite } from '../../../src/lib/meta/facts.ts';
import { emptyPlanMeta, parsePlanMeta } from '../../../src/lib/meta/index.ts';
import { citeTable } from '../../../src/lib/site/citation.ts';
import { planOf } from '../../helpers/inputs.ts';

const plan = planOf('某市某某攻坚行动方案\n\n一、总体要求\n\n正文。\n', 'p.txt');
const facts = describeSite(plan);
const url = (route: string) => `https://www.example.gov.cn${route}`;

describe('citations', () => {
  it('cite the versioned file in GB/T 7714 and plain form, naming the issuer only when the metadata gives it', () => {
    const latest = { version: 'v2', date: '2026-12-01' };
    expect(citeTable({ facts, meta: emptyPlanMeta(), latest, url })).toEqual({
      gbt: '某市某某攻坚行动方案 任务表[DS/OL]. v2版. (2026-12-01)[引用日期]. https://www.example.gov.cn/data/releases/v2/tasks.csv.',
      plain: '《某市某某攻坚行动方案》任务表，v2 版（2026-12-01 发布），https://www.example.gov.cn/data/releases/v2/tasks.csv',
      route: '/data/releases/v2/tasks.csv',
    });
    const { meta } = parsePlanMeta('字段,内容\n发布机构,某市人民政府办公室\n', 'm.csv');
    const cited = citeTable({ facts, meta, latest, url });
    expect(cited.gbt).toMatch(/^某市人民政府办公室\. 某市某某攻坚行动方案 任务表\[DS\/OL\]\. /);
    expect(cited.plain).toContain('，某市人民政府办公室，https://');
  });

  it('without releases, cite the current table and no version', () => {
    const cited = citeTable({ facts, meta: emptyPlanMeta(), latest: undefined, url: (r) => r });
    expect(cited.gbt).toBe('某市某某攻坚行动方案 任务表[DS/OL]. [引用日期]. /data/tasks.csv.');
    expect(cited.plain).toBe('《某市某某攻坚行动方案》任务表，/data/tasks.csv');
  });
});
