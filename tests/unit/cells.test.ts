import { describe, expect, it } from 'vitest';
import { formatIssue, issueError } from '../../src/lib/errors.ts';
import { columnLetters, excelCell, rowOfLine, withExcelCells } from '../../src/lib/cells.ts';
import { readTasks } from '../../src/lib/tasks/index.ts';

describe('spreadsheet cells', () => {
  it('columnLetters names columns as Excel does', () => {
    expect([1, 4, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });

  it('rowOfLine counts records, so a quoted line break does not shift later rows', () => {
    // Records start at lines 1, 2, 4 (record 2 holds a quoted line break), 5.
    const starts = [1, 2, 4, 5];
    expect([1, 2, 3, 4, 5, 9].map((line) => rowOfLine(starts, line))).toEqual([1, 2, 2, 3, 4, 4]);
    expect(excelCell(starts, 4, 4)).toBe('D3');
    expect(excelCell(starts, 4, 0)).toBeNull();
    expect(excelCell(starts, 0, 2)).toBeNull();
  });

  it('withExcelCells fills only located issues of the named file', () => {
    const issues = [issueError('t.csv', 3, 2, 'E_X', 'm'), issueError('t.csv', 3, 0, 'E_Y', 'm'), issueError('other.csv', 3, 2, 'E_Z', 'm')];
    expect(withExcelCells(issues, 't.csv', [1, 2, 3]).map((i) => i.cell)).toEqual(['B3', undefined, undefined]);
  });

  it('readTasks names the cell Excel shows, blank rows and quoted line breaks included', () => {
    const text = '县（市、区）,2023年开工,2023年基本建成\n\n"甲\n县",1,x\n';
    const { issues } = readTasks(text, 't.csv');
    // The bad figure is on line 4 of the text, in the third record after the blank one: Excel row 3.
    expect(issues.map(formatIssue)).toContainEqual(expect.stringMatching(/^t\.csv:\d+:3: E_NOT_INTEGER \[Excel C3\] /));
  });
});
