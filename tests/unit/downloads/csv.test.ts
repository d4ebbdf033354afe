import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { formatCount, formatCsv, formatCsvField } from '../../../src/lib/downloads/csv.ts';

describe('formatCsvField', () => {
  it('leaves plain names and numbers unquoted', () => {
    expect(formatCsvField('章贡区')).toBe('章贡区');
    expect(formatCsvField(45311)).toBe('45311');
  });

  it('quotes a comma, a quote, a line break and edge spaces, doubling quotes', () => {
    expect(formatCsvField('甲,乙')).toBe('"甲,乙"');
    expect(formatCsvField('某"新"区')).toBe('"某""新""区"');
    expect(formatCsvField('甲\n乙')).toBe('"甲\n乙"');
    expect(formatCsvField(' 甲')).toBe('" 甲"');
  });
});

describe('formatCsv', () => {
  it('round-trips awkward fields through d3-dsv', () => {
    const rows = [['名称', '值'], ['某"新"区,试点', '1'], ['a\r\nb', ' 2 '], ['', '0']];
    const text = formatCsv(rows, { eol: '\r\n', bom: false });
    expect(csvParseRows(text)).toEqual(rows);
  });

  it('ends every record, the last too, with the line terminator and adds a BOM only when asked', () => {
    expect(formatCsv([['a'], ['b']], { eol: '\r\n', bom: true })).toBe('\uFEFFa\r\nb\r\n');
    expect(formatCsv([['a'], ['b']], { eol: '\n', bom: false })).toBe('a\nb\n');
  });
});

describe('formatCount', () => {
  it('rejects what is not a non-negative safe integer, quoting it', () => {
    expect(() => formatCount(-5)).toThrow('invalid count: -5');
    expect(() => formatCount(3800.5)).toThrow('invalid count: 3800.5');
    expect(() => formatCount(Number.NaN)).toThrow('invalid count: NaN');
    expect(formatCount(0)).toBe('0');
  });
});
