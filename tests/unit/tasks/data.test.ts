import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/lib/plan/index.ts';

const bytes = new Uint8Array(readFileSync('data/tasks.csv'));
const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

describe('data/tasks.csv', () => {
  it('data/tasks.csv is UTF-8 with a BOM and CRLF line ends, so Excel and WPS open it without 乱码', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('data/tasks.csv holds attachment 1-1 exactly as issued: header, 合计 row, 20 counties in order', () => {
    const lines = text.slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成');
    const plan = parsePlan(new Uint8Array(readFileSync('seeds/000_37d43cbaf8be4606.txt')), 'seeds/000_37d43cbaf8be4606.txt');
    const rows = plan.attachment?.rows.map((r) => [r.name, ...r.values].join(',')) ?? [];
    expect(rows).toHaveLength(21);
    expect(lines.slice(1)).toEqual(rows);
  });
});
