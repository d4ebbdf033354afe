import { describe, expect, it } from 'vitest';
import { describeSite } from '../../../src/lib/meta/facts.ts';
import type { Release } from '../../../src/lib/load/index.ts';
import { diffFigures, mapTableFigures } from '../../../src/lib/releases/diff.ts';
import { describeChange, uuidUrn, writeAtomFeed } from '../../../src/lib/site/feed.ts';
import { planOf, tableOf } from '../../helpers/inputs.ts';

const HEADER = '县（市、区）,2023年开工,2023年基本建成';
const v1 = tableOf(`${HEADER}\n甲县,1487,4\n`, 'v1.csv');
const v2 = tableOf(`${HEADER}\n甲县,1600,4\n`, 'v2.csv');
const facts = describeSite(planOf('某市某某攻坚行动方案\n\n一、总体要求\n\n正文。\n', 'p.txt'));

function release(version: string, date: string, table: typeof v1, diff: Release['diff'], note: string): Release {
  const hash = version.repeat(32).slice(0, 64);
  return { version, date, note, table, diff, line: 2, fileSha256: hash, slugsSha256: hash, previousSha256: '', rowSha256: hash };
}

const releases = [
  release('v2', '2026-12-01', v2, diffFigures(mapTableFigures(v1), mapTableFigures(v2)), '根据通知调整 <甲县> & 其他'),
  release('v1', '2026-11-28', v1, null, '首次发布'),
];

describe('the Atom feed', () => {
  it('describeChange reads as /updates/ does', () => {
    expect(describeChange({ county: '甲县', year: 2023, indicator: 'started', from: 1487, to: 1600 })).toBe('甲县 2023年开工 1,487 → 1,600');
    expect(describeChange({ county: '乙区', year: null, indicator: 'completed', from: null, to: 5 })).toBe('乙区 合计基本建成 （无） → 5');
  });

  it('writes one entry per release, newest first, with escaped text and absolute links under SITE_URL', () => {
    const xml = writeAtomFeed({ facts, releases, address: { base: '/', site: 'https://www.example.gov.cn' } });
    expect(xml).toContain('<id>https://www.example.gov.cn/updates/feed.xml</id>');
    expect(xml).toContain('<updated>2026-12-01T00:00:00+08:00</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://www.example.gov.cn/updates/feed.xml"/>');
    expect(xml).toContain('<id>https://www.example.gov.cn/updates/#release-v2</id>');
    expect(xml).toContain('href="https://www.example.gov.cn/data/releases/v2/tasks.csv"');
    expect(xml).toContain('根据通知调整 &lt;甲县&gt; &amp; 其他\n与上一版本相比：');
    expect(xml).toContain('甲县 2023年开工 1,487 → 1,600');
    expect(xml.indexOf('release-v2')).toBeLessThan(xml.indexOf('release-v1'));
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('without SITE_URL, identifiers are stable urn:uuid values from the sealed rows, links site-relative', () => {
    const xml = writeAtomFeed({ facts, releases, address: { base: '/', site: null } });
    const ids = [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(writeAtomFeed({ facts, releases, address: { base: '/', site: null } })).toBe(xml);
    expect(xml).toContain('href="/updates/feed.xml"');
    expect(uuidUrn('a')).toBe(uuidUrn('a'));
  });
});
