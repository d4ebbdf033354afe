/**
 * `data/changes.csv`: every figure that any release changed, one row per county × year ×
 * indicator, oldest release first and in each release's table order — the machine-readable form
 * of /updates/. Only year figures are listed: each county's all-year total follows from them, so
 * summing `new - old` never counts a change twice.
 */
import { normalizeName } from '../names.ts';
import type { TaskTable } from '../tasks/types.ts';
import { writeCsv, type CsvCell } from '../csv.ts';
import { LONG_CSV } from './tables.ts';
import type { ReleaseFile } from './types.ts';

/** Header of `data/changes.csv`. */
export const CHANGES_HEADER = ['version', 'date', 'county', 'county_slug', 'year', 'indicator', 'old', 'new'] as const;

/** Line ending and BOM of changes.csv: the long table's, for code. */
export const CHANGES_CSV = LONG_CSV;

function slugsOf(table: TaskTable | undefined): Map<string, string> {
  return new Map((table?.counties ?? []).map((c) => [normalizeName(c.name), c.slug]));
}

/** One row per changed year figure of every release after the first; `old`/`new` empty for a county added or removed. */
export function writeChangesCsv(releases: readonly ReleaseFile[]): string {
  const rows: CsvCell[][] = [[...CHANGES_HEADER]];
  releases.forEach((release, i) => {
    if (!release.diff) return;
    const now = slugsOf(release.table);
    const before = slugsOf(releases[i - 1]?.table);
    for (const change of release.diff.changes) {
      if (change.year === null) continue;
      const key = normalizeName(change.county);
      const slug = now.get(key) ?? before.get(key) ?? '';
      rows.push([release.version, release.date, change.county, slug, change.year, change.indicator, change.from ?? '', change.to ?? '']);
    }
  });
  return writeCsv(rows, CHANGES_CSV);
}
