import { describe, expect, it } from 'vitest';
import { writeCountyCsv, writeTasksCsv, writeTasksLongCsv } from '../../../src/lib/downloads/tables.ts';
import { buildSeedTable, buildTable, readSeedRows, readSeedYears } from '../../fixtures/downloads/seedTable.ts';
import { hasBom, parseCsvRowsWithD3, parseCsvRowsWithPython } from '../../fixtures/downloads/readBack.ts';

const WIDE_HEADER = ['县（市、区）', '合计开工', '合计基本建成', '2023年开工', '2023年基本建成', '2024年开工', '2024年基本建成'];
const seedRows = readSeedRows();
const table = buildSeedTable();
const asCells = (row: { name: string; values: number[] }) => [row.name, ...row.values.map(String)];
const AWKWARD = '某"新"区,试点';
const awkwardTable = buildTable(
  [
    { name: '合计', values: [30, 12, 20, 8, 10, 4] },
    { name: AWKWARD, values: [10, 4, 5, 2, 5, 2] },
    { name: '章贡区', values: [20, 8, 15, 6, 5, 2] },
  ],
  [2023, 2024],
);

/** True when every line break is CRLF (and there is at least one). */
const usesOnlyCrlf = (text: string) => text.includes('\r\n') && !/\r(?!\n)|(?<!\r)\n/.test(text);
const usesOnlyLf = (text: string) => text.includes('\n') && !text.includes('\r');

describe('the seed fixture', () => {
  it('holds the 合计 row and 20 counties of attachment 1-1, six figures each', () => {
    expect(readSeedYears()).toEqual([2023, 2024]);
    expect(seedRows).toHaveLength(21);
    expect(seedRows[0]).toEqual({ name: '合计', values: [45311, 20600, 29951, 8700, 15360, 11900] });
    for (const row of seedRows) expect(row.values.every((v) => Number.isSafeInteger(v) && v >= 0) && row.values.length === 6).toBe(true);
  });
});

describe('writeTasksCsv', () => {
  const text = writeTasksCsv(table);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(hasBom(text)).toBe(true);
    expect(text.startsWith('\uFEFF县（市、区）,')).toBe(true);
    expect(usesOnlyCrlf(text)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back with d3-dsv as the seed table: header, 合计 first, counties in order', () => {
    expect(parseCsvRowsWithD3(text)).toEqual([WIDE_HEADER, ...seedRows.map(asCells)]);
  });

  it('reads back with Python csv and utf-8-sig as the same numbers', () => {
    const { rows, hadBom } = parseCsvRowsWithPython(text);
    expect(hadBom).toBe(true);
    expect(rows[0]).toEqual(WIDE_HEADER);
    expect(rows.slice(1).map(([name, ...cells]) => ({ name, values: cells.map(Number) }))).toEqual(seedRows);
  });

  it('round-trips a county name with a comma and a quote, in d3-dsv and in Python', () => {
    const awkward = writeTasksCsv(awkwardTable);
    expect(awkward).toContain('"某""新""区,试点",10,4,5,2,5,2\r\n');
    expect(parseCsvRowsWithD3(awkward)[2]?.[0]).toBe(AWKWARD);
    expect(parseCsvRowsWithPython(awkward).rows[2]).toEqual([AWKWARD, '10', '4', '5', '2', '5', '2']);
  });

  it('takes its year columns from the table', () => {
    const later = buildTable([{ name: '合计', values: [3, 1, 1, 0, 2, 1] }, { name: '章贡区', values: [3, 1, 1, 0, 2, 1] }], [2025, 2026]);
    expect(parseCsvRowsWithD3(writeTasksCsv(later))[0]).toEqual(['县（市、区）', '合计开工', '合计基本建成', '2025年开工', '2025年基本建成', '2026年开工', '2026年基本建成']);
  });
});

describe('writeCountyCsv', () => {
  it("gives each county the wide header and its own row, with BOM and CRLF", () => {
    for (const [i, county] of table.counties.entries()) {
      const text = writeCountyCsv(table, county);
      expect(hasBom(text)).toBe(true);
      expect(usesOnlyCrlf(text)).toBe(true);
      const seedRow = seedRows[i + 1];
      if (!seedRow) throw new Error('missing seed row');
      expect(parseCsvRowsWithD3(text)).toEqual([WIDE_HEADER, asCells(seedRow)]);
    }
  });

  it('round-trips a county name with a comma and a quote', () => {
    const county = awkwardTable.counties[0];
    if (!county) throw new Error('missing county');
    expect(parseCsvRowsWithD3(writeCountyCsv(awkwardTable, county))[1]?.[0]).toBe(AWKWARD);
  });
});

describe('writeTasksLongCsv', () => {
  const text = writeTasksLongCsv(table);
  const [header, ...rows] = parseCsvRowsWithD3(text);

  it('has no BOM and LF line ends only', () => {
    expect(hasBom(text)).toBe(false);
    expect(usesOnlyLf(text)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('has one row per county × year × indicator, English headers, no 合计 row', () => {
    expect(header).toEqual(['county', 'county_slug', 'year', 'indicator', 'value', 'unit']);
    expect(rows).toHaveLength(20 * 2 * 2);
    expect(rows.some((row) => row[0] === '合计')).toBe(false);
    expect(new Set(rows.map((row) => row[5]))).toEqual(new Set(['dwelling units']));
    expect(new Set(rows.map((row) => `${row[1]}|${row[2]}|${row[3]}`)).size).toBe(rows.length);
  });

  it('reads back as the seed figures, and its sums give the 合计 row', () => {
    const sums = new Map<string, number>();
    for (const [i, seedRow] of seedRows.slice(1).entries()) {
      const mine = rows.filter((row) => row[0] === seedRow.name);
      expect(mine.map((row) => [row[1], row[2], row[3], Number(row[4])])).toEqual([
        [table.counties[i]?.slug, '2023', 'started', seedRow.values[2]],
        [table.counties[i]?.slug, '2023', 'completed', seedRow.values[3]],
        [table.counties[i]?.slug, '2024', 'started', seedRow.values[4]],
        [table.counties[i]?.slug, '2024', 'completed', seedRow.values[5]],
      ]);
    }
    for (const row of rows) sums.set(`${row[2]} ${row[3]}`, (sums.get(`${row[2]} ${row[3]}`) ?? 0) + Number(row[4]));
    expect(Object.fromEntries(sums)).toEqual({ '2023 started': 29951, '2023 completed': 8700, '2024 started': 15360, '2024 completed': 11900 });
  });

  it('round-trips a county name with a comma and a quote', () => {
    const awkward = parseCsvRowsWithD3(writeTasksLongCsv(awkwardTable));
    expect(awkward[1]).toEqual([AWKWARD, awkwardTable.counties[0]?.slug, '2023', 'started', '5', 'dwelling units']);
  });
});
