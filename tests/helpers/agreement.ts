/**
 * Does a built site agree with a task table, figure by figure? Checks every download of the table
 * byte for byte, every number of every chart's data table that names a county (or a year of a
 * county or of the city), and every county page's figures. Returns the disagreements found, each
 * as one readable line, and how many figures were compared (so a check that compared nothing
 * cannot pass unnoticed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { writeCountyCsv, writeTasksCsv, writeTasksLongCsv } from '../../src/lib/downloads/index.ts';
import { formatTao } from '../../src/lib/format.ts';
import { INDICATORS, indicatorWord, listFigures, type Indicator } from '../../src/lib/grid.ts';
import type { CountyTargets, TaskTable } from '../../src/lib/tasks/index.ts';

export interface Agreement {
  disagreements: string[];
  compared: number;
}

const WORDS = new Map(INDICATORS.map((i) => [indicatorWord(i), i] as [string, Indicator]));

/** `2024年开工（套）` → { year: 2024, indicator: 'started' }; `开工（套）` → year null; else null. */
function readLabel(label: string): { year: number | null; indicator: Indicator } | null {
  const m = /^(?:(\d{4})年)?(.+?)(?:（[^）]*）)?$/u.exec(label.trim());
  const indicator = m ? WORDS.get(m[2] ?? '') : undefined;
  return m && indicator ? { year: m[1] ? Number(m[1]) : null, indicator } : null;
}

/** A county's figures, or the city's (the table's 合计), in one shape. */
type Scope = Pick<CountyTargets, 'total' | 'years'>;

function cityScope(table: TaskTable): Scope {
  return { total: { started: table.total.started, completed: table.total.completed }, years: table.total.years };
}

function figureOf(figures: Scope, year: number | null, indicator: Indicator): number | undefined {
  return year === null ? figures.total[indicator] : figures.years[year]?.[indicator];
}

export function checkAgreement(dist: string, table: TaskTable): Agreement {
  const disagreements: string[] = [];
  let compared = 0;
  const same = (what: string, shown: number | string, expected: number | string | undefined) => {
    compared++;
    if (String(shown) !== String(expected)) disagreements.push(`${what}: shows ${shown}, the table says ${expected}`);
  };
  const read = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');

  same('data/tasks.csv', read('data/tasks.csv'), writeTasksCsv(table));
  same('data/tasks-long.csv', read('data/tasks-long.csv'), writeTasksLongCsv(table));
  for (const county of table.counties) same(`data/counties/${county.slug}.csv`, read(`data/counties/${county.slug}.csv`), writeCountyCsv(table, county));

  const byName = new Map(table.counties.map((c) => [c.name, c]));
  const bySlug = new Map(table.counties.map((c) => [c.slug, c]));
  for (const file of readdirSync(path.join(dist, 'charts')).filter((f) => f.endsWith('.csv'))) {
    const [header = [], ...rows] = csvParseRows(read(`charts/${file}`).replace(/^\uFEFF/, ''));
    const countyOfFile = bySlug.get(/^county-years-(.+)\.csv$/.exec(file)?.[1] ?? '');
    for (const row of rows) {
      const key = row[0] ?? '';
      const year = /^(\d{4})年$/.exec(key);
      const scope = byName.get(key) ?? (year ? (countyOfFile ?? cityScope(table)) : undefined);
      if (!scope) continue;
      for (let i = 1; i < header.length; i++) {
        const label = header[i] ?? '';
        const figure = readLabel(label);
        if (!figure) continue;
        const y = year ? Number(year[1]) : figure.year;
        same(`charts/${file} ${key} ${label}`, Number(row[i]), figureOf(scope, y, figure.indicator));
      }
    }
  }

  for (const county of table.counties) {
    const page = path.join(dist, 'counties', county.slug, 'index.html');
    if (!existsSync(page)) {
      disagreements.push(`no page for ${county.name}`);
      continue;
    }
    const text = parseHTML(readFileSync(page, 'utf8')).document.querySelector('main')?.textContent ?? '';
    for (const f of listFigures(table.years)) {
      compared++;
      const value = formatTao(figureOf(county, f.year, f.indicator) ?? NaN);
      if (!text.includes(value)) disagreements.push(`/counties/${county.slug}/ does not show ${county.name} ${f.key} = ${value}`);
    }
  }
  return { disagreements, compared };
}
