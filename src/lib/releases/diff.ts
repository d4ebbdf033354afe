/**
 * Figure-by-figure comparison of two versions of the task table, and of today's table against
 * attachment 1-1 as issued. Both read as `章贡区 2024年开工 1487 → 1600`.
 */
import { compareFigureKeys, figureKey, GRID_WORDS, INDICATORS, parseFigureKey } from '../grid.ts';
import type { AttachmentTable } from '../plan/types.ts';
import { normalizeName } from '../names.ts';
import type { TaskTable } from '../tasks/types.ts';
import type { FigureChange, TableDiff } from '../tableDiff.ts';

/**
 * Normalised county name (as validation compares names: NFKC, no spaces) → the name as written
 * and its figures, `year|total:indicator` → value. A county respelled with full-width characters
 * or spaces is the same county, not one removed and one added.
 */
export type FigureMap = Map<string, { name: string; figures: Map<string, number> }>;


/** Every figure of a validated table, keyed for comparison. */
export function mapTableFigures(table: TaskTable): FigureMap {
  const map: FigureMap = new Map();
  for (const county of table.counties) {
    const figures = new Map<string, number>();
    for (const year of table.years) {
      const y = county.years[year];
      if (!y) continue;
      for (const ind of INDICATORS) figures.set(figureKey(year, ind), y[ind]);
    }
    for (const ind of INDICATORS) figures.set(figureKey(null, ind), county.total[ind]);
    map.set(normalizeName(county.name), { name: county.name, figures });
  }
  return map;
}

/** Every county figure of attachment 1-1 as issued (the 合计 row left out). */
export function mapAttachmentFigures(attachment: AttachmentTable): FigureMap {
  const map: FigureMap = new Map();
  for (const row of attachment.rows) {
    if (normalizeName(row.name) === GRID_WORDS.total) continue;
    const figures = new Map<string, number>();
    attachment.columns.forEach((col, i) => {
      const value = row.values[i];
      if (value !== undefined) figures.set(figureKey(col.year, col.indicator), value);
    });
    // An attachment without 合计 columns states each county's total as the sum of its years, as a
    // task table without them does (the site adds up): compared so, it is no adjustment.
    for (const indicator of INDICATORS) {
      if (figures.has(figureKey(null, indicator))) continue;
      const years = attachment.columns.flatMap((col, i) => (col.year !== null && col.indicator === indicator && row.values[i] !== undefined ? [row.values[i] as number] : []));
      if (years.length > 0) figures.set(figureKey(null, indicator), years.reduce((sum, v) => sum + v, 0));
    }
    map.set(normalizeName(row.name), { name: row.name, figures });
  }
  return map;
}


/** What changed from `older` to `newer`, in the newer table's county order, then removed ones. */
export function diffFigures(older: FigureMap, newer: FigureMap): TableDiff {
  const added: string[] = [];
  const removed: string[] = [];
  const changes: FigureChange[] = [];
  const push = (county: string, key: string, from: number | null, to: number | null) =>
    changes.push({ county, ...parseFigureKey(key), from, to });

  for (const [key, { name: county, figures }] of newer) {
    const before = older.get(key)?.figures;
    if (!before) added.push(county);
    const keys = [...new Set([...figures.keys(), ...(before?.keys() ?? [])])].sort(compareFigureKeys);
    for (const figure of keys) {
      const from = before?.get(figure) ?? null;
      const to = figures.get(figure) ?? null;
      if (from !== to) push(county, figure, from, to);
    }
  }
  for (const [key, { name: county, figures }] of older) {
    if (newer.has(key)) continue;
    removed.push(county);
    for (const figure of [...figures.keys()].sort(compareFigureKeys)) push(county, figure, figures.get(figure) ?? null, null);
  }
  return { added, removed, changes };
}


/**
 * How a diff reads in one phrase: the year figures that changed (each county's 合计 follows from
 * them and is listed, not counted), e.g. `1 个数字有变化（合计随之变化）`.
 */
export function summarizeDiff(diff: TableDiff): string {
  const edited = diff.changes.filter((c) => c.year !== null).length;
  const totals = diff.changes.length - edited;
  const parts = [`${edited} 个数字有变化${totals > 0 ? '（合计随之变化）' : ''}`];
  if (diff.added.length > 0) parts.push(`新增 ${diff.added.join('、')}`);
  if (diff.removed.length > 0) parts.push(`删去 ${diff.removed.join('、')}`);
  return parts.join('，');
}

/** True when two tables hold the same counties and figures. */
export function isEmptyDiff(diff: TableDiff): boolean {
  return diff.changes.length === 0 && diff.added.length === 0 && diff.removed.length === 0;
}
