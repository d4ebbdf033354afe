/** Writer for `data/tasks.json`: the table as nested JSON, keys in a fixed order. */
import type { TaskTable } from '../tasks/types.ts';
import type { SiteFacts } from '../meta/facts.ts';
import { formatPlainCount } from '../format.ts';
import { GRID_WORDS } from '../grid.ts';

type Figures = { started: number; completed: number };

/** One row of tasks.json: a county or the city total. */
export interface TasksJsonRow {
  name: string;
  slug?: string;
  started: number;
  completed: number;
  years: Array<{ year: number; started: number; completed: number }>;
}

/** The whole of tasks.json. */
export interface TasksJson {
  title: string;
  unit: string;
  source: string;
  years: number[];
  counties: TasksJsonRow[];
  total: TasksJsonRow;
}

function checkCount(value: number): number {
  formatPlainCount(value);
  return value;
}

function describeRow(
  name: string,
  slug: string | undefined,
  total: Figures,
  years: Record<number, Figures>,
  order: readonly number[],
): TasksJsonRow {
  const row: TasksJsonRow = {
    name,
    ...(slug === undefined ? {} : { slug }),
    started: checkCount(total.started),
    completed: checkCount(total.completed),
    years: [],
  };
  for (const year of order) {
    const figures = years[year];
    if (!figures) throw new RangeError(`missing year ${year} for ${JSON.stringify(name)}`);
    row.years.push({ year, started: checkCount(figures.started), completed: checkCount(figures.completed) });
  }
  return row;
}

/** The tasks.json object: `{ title, unit, source, years, counties, total }`. */
export function describeTasksJson(table: TaskTable, facts: SiteFacts): TasksJson {
  return {
    title: facts.table?.title ?? facts.planTitle,
    unit: facts.unit,
    source: facts.planTitle,
    years: [...table.years],
    counties: table.counties.map((c) => describeRow(c.name, c.slug, c.total, c.years, table.years)),
    total: describeRow(GRID_WORDS.total, undefined, table.total, table.total.years, table.years),
  };
}

/** `data/tasks.json`: pretty-printed (two spaces), ending in one LF. */
export function writeTasksJson(table: TaskTable, facts: SiteFacts): string {
  return `${JSON.stringify(describeTasksJson(table, facts), null, 2)}\n`;
}
