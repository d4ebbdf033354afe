import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { formatCsvRow, tokenizeCsv, writeCsv } from '../../src/lib/csv.ts';

describe('tokenizeCsv', () => {
  it('tokenizeCsv treats CRLF, LF and CR alike and counts physical lines', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      expect(tokenizeCsv(`a,b${eol}c,d${eol}`).records).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['c', 'd'] },
      ]);
    }
  });

  it('tokenizeCsv reads quotes, doubled quotes and quoted line breaks, keeping later line numbers right', () => {
    const { records, unclosedQuote } = tokenizeCsv('"3,800","say ""hi""","two\r\nlines"\r\nnext,row\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['3,800', 'say "hi"', 'two\r\nlines'] },
      { line: 3, cells: ['next', 'row'] },
    ]);
    expect(unclosedQuote).toBeNull();
  });

  it('tokenizeCsv keeps blank lines as records and adds none for the final line break', () => {
    expect(tokenizeCsv('a\n\nb').records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['b'] },
    ]);
  });

  it('tokenizeCsv accepts spaces before an opening quote', () => {
    expect(tokenizeCsv('a,  "1,000" ,b').records[0]?.cells).toEqual(['a', '1,000 ', 'b']);
  });

  it('tokenizeCsv reports where an unclosed quote starts', () => {
    expect(tokenizeCsv('a,b\nc,"d\ne,f\n').unclosedQuote).toEqual({ line: 2, column: 2 });
  });

  it('tokenizeCsv drops a leading BOM', () => {
    expect(tokenizeCsv('\uFEFF县,x').records[0]?.cells).toEqual(['县', 'x']);
  });

  it('tokenizeCsv reports text after a closing quote, keeping it in the cell', () => {
    const { records, textAfterQuote } = tokenizeCsv('a,b\n"甲县"x,1\n"c" ,"d"\n');
    expect(records[1]?.cells).toEqual(['甲县x', '1']);
    expect(records[2]?.cells).toEqual(['c ', 'd']);
    expect(textAfterQuote).toEqual([{ line: 2, column: 1, text: 'x' }]);
  });
});

describe('tokenizeCsv on long cells', () => {
  it('tokenizeCsv reads a 2,000,000-character unquoted cell in one pass (no rescan per character)', () => {
    // The quote check used to trim the growing cell at every character: quadratic in the cell, so
    // this test ran into its timeout; in one pass it takes a fraction of a second.
    const cell = '甲'.repeat(2_000_000);
    const { records } = tokenizeCsv(`${cell},1\n`);
    expect(records[0]?.cells[0]?.length).toBe(2_000_000);
  });
});

describe('formatCsvRow', () => {
  it('leaves plain names and numbers unquoted', () => {
    expect(formatCsvRow(['章贡区', 45311])).toBe('章贡区,45311');
  });

  it('quotes a comma, a quote, a line break and edge spaces, doubling quotes', () => {
    expect(formatCsvRow(['甲,乙', '某"新"区', '甲\n乙', ' 甲'])).toBe('"甲,乙","某""新""区","甲\n乙"," 甲"');
  });

  it('writes counts as plain digits and refuses any other number', () => {
    expect(formatCsvRow([0, 1234567])).toBe('0,1234567');
    expect(() => formatCsvRow([-5])).toThrow('invalid count: -5');
  });
});

describe('writeCsv', () => {
  it('round-trips awkward fields through d3-dsv', () => {
    const rows = [['名称', '值'], ['某"新"区,试点', '1'], ['a\r\nb', ' 2 '], ['', '0']];
    const text = writeCsv(rows, { eol: '\r\n', bom: false });
    expect(csvParseRows(text)).toEqual(rows);
  });

  it('ends every record, the last too, with the line terminator and adds a BOM only when asked', () => {
    expect(writeCsv([['a'], ['b']], { eol: '\r\n', bom: true })).toBe('\uFEFFa\r\nb\r\n');
    expect(writeCsv([['a'], ['b']], { eol: '\n', bom: false })).toBe('a\nb\n');
  });
});
