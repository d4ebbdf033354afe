/**
 * Where the plan's own figures and today's table part: for each cell of an attachment table as
 * issued, today's figure when it differs; and the release in which a city total last changed.
 * The plan's words stay as issued; pages put today's figure beside them.
 */
import { figureKey, GRID_WORDS, type Indicator } from '../grid.ts';
import type { AttachmentTable } from '../plan/types.ts';
import { countyFigure, type DerivedTasks } from '../tasks/derive.ts';
import { normalizeName } from '../names.ts';
import type { TaskTable } from '../tasks/types.ts';

/**
 * For the cell of row `row` and value column `column` of an attachment table: today's figure
 * where it differs from the issued one, null when the row's county is no longer in the table,
 * undefined when nothing changed.
 */
export function currentOfIssued(attachment: AttachmentTable, derived: DerivedTasks): (row: number, column: number) => number | null | undefined {
  const byName = new Map(derived.counties.map((c) => [normalizeName(c.name), c]));
  return (row, column) => {
    const name = normalizeName(attachment.rows[row]?.name ?? '');
    const col = attachment.columns[column];
    if (!col) return undefined;
    const key = figureKey(col.year, col.indicator);
    if (name === GRID_WORDS.total) {
      if (!derived.total.issued.has(key)) return undefined;
      return col.year === null ? derived.total.total[col.indicator] : (derived.total.years.find((y) => y.year === col.year)?.[col.indicator] ?? null);
    }
    const county = byName.get(name);
    if (!county) return null;
    return county.issued.has(key) ? countyFigure(county, col.year, col.indicator) : undefined;
  };
}

/**
 * The version in which a city total last changed, oldest release first in `releases`; the first
 * release when it never changed between releases (it then differs from the attachment already).
 */
export function lastChangedIn(releases: readonly { version: string; table: TaskTable }[], year: number | null, indicator: Indicator): string | null {
  const valueOf = (t: TaskTable) => (year === null ? t.total[indicator] : t.total.years[year]?.[indicator]);
  let version: string | null = null;
  let previous: number | undefined;
  for (const release of releases) {
    const value = valueOf(release.table);
    if (version === null || value !== previous) version = release.version;
    previous = value;
  }
  return version;
}
