/**
 * The fixture most table tests start from, tests/fixtures/tasks/issued-attachment.csv: attachment
 * 1-1 of the plan as issued, saved the way the site writes tables for Excel and WPS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planOf } from '../../helpers/inputs.ts';

describe('tests/fixtures/tasks/issued-attachment.csv', () => {
  const file = 'tests/fixtures/tasks/issued-attachment.csv';
  const bytes = new Uint8Array(readFileSync(file));
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

  it('is UTF-8 with a BOM and CRLF line ends, as the site writes tables for Excel and WPS', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('holds attachment 1-1 of the seed exactly as issued: header, 合计 row, 20 counties in order', () => {
    const lines = text.slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成');
    const plan = planOf(new Uint8Array(readFileSync('seeds/000_37d43cbaf8be4606.txt')), 'seeds/000_37d43cbaf8be4606.txt');
    const rows = plan.attachment?.rows.map((r) => [r.name, ...r.values].join(',')) ?? [];
    expect(rows).toHaveLength(21);
    expect(lines.slice(1)).toEqual(rows);
  });
});
