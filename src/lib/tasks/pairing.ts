/**
 * Whether a task table belongs to the plan it is published with. The plan's target attachment
 * (附件1-1) is the table as issued: a later release may adjust figures, add or drop a county or a
 * year, and the site marks every such adjustment (crossCheck.ts). A table that shares fewer than
 * half of its counties, of its years or of its figures with the attachment is no adjustment but
 * the table of another document (another city's plan, another period, another programme): one
 * error that names both files and says what differs.
 */
import { issueError, type Issue } from '../errors.ts';
import { nameAttachment } from '../plan/label.ts';
import { listAttachmentTables } from '../plan/text.ts';
import type { AttachmentTable, Plan } from '../plan/types.ts';
import { figureLabel, GRID_WORDS } from '../grid.ts';
import { CODES, MESSAGES, type PairingGap } from './messages.ts';
import { normalizeName } from '../names.ts';
import type { CountyTargets, TaskTable } from './types.ts';

/** How many names or figures a message quotes as examples. */
const EXAMPLES = 3;

/** True when `shared` is fewer than half of `of` (and `of` is not empty). */
const underHalf = (shared: number, of: number) => of > 0 && shared * 2 < of;

function issuedRowsOf(attachment: AttachmentTable): AttachmentTable['rows'] {
  return attachment.rows.filter((r) => normalizeName(r.name) !== GRID_WORDS.total);
}

function figureOf(county: CountyTargets, column: AttachmentTable['columns'][number]): number | undefined {
  return column.year === null ? county.total[column.indicator] : county.years[column.year]?.[column.indicator];
}

/** What the table and the attachment share of counties and years, and where they part. */
function findGaps(table: TaskTable, attachment: AttachmentTable): PairingGap[] {
  const rows = issuedRowsOf(attachment);
  const issuedNames = new Set(rows.map((r) => normalizeName(r.name)));
  const tableNames = new Set(table.counties.map((c) => normalizeName(c.name)));
  const sharedCounties = [...tableNames].filter((n) => issuedNames.has(n)).length;
  const gaps: PairingGap[] = [];
  if (underHalf(sharedCounties, issuedNames.size) || underHalf(sharedCounties, tableNames.size)) {
    gaps.push({
      kind: 'counties',
      issued: issuedNames.size,
      table: tableNames.size,
      shared: sharedCounties,
      onlyInTable: table.counties.filter((c) => !issuedNames.has(normalizeName(c.name))).slice(0, EXAMPLES).map((c) => c.name),
      onlyIssued: rows.filter((r) => !tableNames.has(normalizeName(r.name))).slice(0, EXAMPLES).map((r) => r.name),
    });
  }
  const issuedYears = [...new Set(attachment.columns.flatMap((c) => (c.year === null ? [] : [c.year])))];
  const sharedYears = issuedYears.filter((y) => table.years.includes(y));
  if (underHalf(sharedYears.length, issuedYears.length)) gaps.push({ kind: 'years', issued: issuedYears, table: [...table.years] });
  return gaps;
}

/** Among the figures both state (shared counties, shared columns): how many differ, with examples. */
function compareFigures(table: TaskTable, attachment: AttachmentTable): PairingGap | null {
  const counties = new Map(table.counties.map((c) => [normalizeName(c.name), c]));
  let compared = 0;
  const differing: { county: string; label: string; issued: number; now: number }[] = [];
  for (const row of issuedRowsOf(attachment)) {
    const county = counties.get(normalizeName(row.name));
    if (!county) continue;
    attachment.columns.forEach((column, k) => {
      const issued = row.values[k];
      const now = figureOf(county, column);
      if (issued === undefined || now === undefined) return;
      compared++;
      if (issued !== now) differing.push({ county: county.name, label: figureLabel(column.year, column.indicator), issued, now });
    });
  }
  if (!underHalf(compared - differing.length, compared)) return null;
  return { kind: 'figures', compared, differing: differing.length, examples: differing.slice(0, EXAMPLES) };
}

/** How many of the table's counties the attachment lists. */
function countShared(table: TaskTable, attachment: AttachmentTable): number {
  const issued = new Set(issuedRowsOf(attachment).map((r) => normalizeName(r.name)));
  return table.counties.filter((c) => issued.has(normalizeName(c.name))).length;
}

/**
 * The plan with, as its target attachment, the target table the task table is the table of: of a
 * plan's several 开工/基本建成 tables (one per programme, say), the one that lists most of the
 * table's counties; the first on a tie, and the plan as parsed when it has one target table or none.
 */
export function pairAttachment(table: TaskTable, plan: Plan): Plan {
  const targets = listAttachmentTables(plan).filter((a) => a.kind !== 'text');
  if (targets.length < 2) return plan;
  let best = plan.attachment ?? targets[0] ?? null;
  let most = best ? countShared(table, best) : -1;
  for (const candidate of targets) {
    const shared = countShared(table, candidate);
    if (shared > most) [best, most] = [candidate, shared];
  }
  return best === plan.attachment ? plan : { ...plan, attachment: best };
}

/**
 * The error for a task table that does not belong to the plan's target attachment, or none.
 * Plans without a target attachment pair with any table (nothing to compare), and so does a
 * table that shares at least half of everything with the attachment, however adjusted.
 */
export function checkPairing(table: TaskTable, plan: Plan, tasksFile: string, planFile: string): Issue[] {
  const attachment = plan.attachment;
  if (!attachment) return [];
  const gaps = findGaps(table, attachment);
  const figures = gaps.length === 0 ? compareFigures(table, attachment) : null;
  if (figures) gaps.push(figures);
  if (gaps.length === 0) return [];
  const message = MESSAGES.tableNotOfPlan(tasksFile, planFile, nameAttachment(attachment), attachment.line, gaps);
  return [issueError(tasksFile, 0, 0, CODES.tableNotOfPlan, message)];
}
