/**
 * The URL record `data/releases/slugs.csv` (县（市、区）,网址名,首次发布版本): every county name the
 * site has published, the slug of its URLs (`/counties/<slug>/`, `/data/counties/<slug>.csv`) and
 * the version that first published it. Append-only: `npm run release` adds the names a version
 * publishes for the first time, and the version's row in releases.csv records their SHA-256
 * (网址SHA256), so a published URL keeps its owner even when a homophone is added above it.
 */
import { csvParseRows } from 'd3-dsv';
import { EXCEL_CSV, writeCsv } from '../csv.ts';
import { issueError, type Issue } from '../errors.ts';
import { normalizeName } from '../names.ts';
import { sha256Hex } from './index.ts';
import { CODES, MESSAGES } from './messages.ts';

export const SLUG_HEADER = ['县（市、区）', '网址名', '首次发布版本'] as const;

/** One published name. */
export interface SlugRecord {
  name: string;
  slug: string;
  /** The version that first published it, `v1`, `v2`, … */
  version: string;
}

export interface SlugRecordRow extends SlugRecord {
  /** 1-based line in the file. */
  line: number;
}

/** Lower-case ASCII letters and digits, words joined by single hyphens: `zhanggongqu`, `zhanggongqu-2`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the record (already decoded): header, three cells a row, well-formed slugs, no name or slug twice. */
export function parseSlugRecord(text: string, file: string): { rows: SlugRecordRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows: SlugRecordRow[] = [];
  const records = csvParseRows(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const header = (records[0] ?? []).map((c) => c.trim());
  if (SLUG_HEADER.some((h, i) => header[i] !== h)) {
    issues.push(issueError(file, 1, 1, CODES.slugsHeader, MESSAGES.slugsHeader(SLUG_HEADER, header)));
    return { rows, issues };
  }
  const names = new Map<string, number>();
  const slugs = new Map<string, SlugRecordRow>();
  // Names and slugs are written by the release command on one line each, so the record index is the line.
  records.slice(1).forEach((raw, index) => {
    const line = index + 2;
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const [name = '', slug = '', version = ''] = cells;
    if (name === '' || slug === '' || version === '' || cells.slice(3).some((c) => c !== '')) {
      issues.push(issueError(file, line, 1, CODES.slugsRow, MESSAGES.slugsRow(SLUG_HEADER, cells)));
      return;
    }
    if (!SLUG.test(slug)) issues.push(issueError(file, line, 2, CODES.slugsFormat, MESSAGES.slugsFormat(slug)));
    const firstLine = names.get(normalizeName(name));
    if (firstLine !== undefined) issues.push(issueError(file, line, 1, CODES.slugsDuplicateName, MESSAGES.slugsDuplicateName(name, firstLine)));
    const owner = slugs.get(slug);
    if (owner) issues.push(issueError(file, line, 2, CODES.slugsDuplicateSlug, MESSAGES.slugsDuplicateSlug(slug, owner.line, owner.name)));
    const row = { name, slug, version, line };
    if (firstLine === undefined) names.set(normalizeName(name), line);
    if (!owner) slugs.set(slug, row);
    rows.push(row);
  });
  return { rows, issues };
}

/** One row's cells: `章贡区`, `zhanggongqu`, `v1`. */
function listSlugCells(record: SlugRecord): string[] {
  return [record.name, record.slug, record.version];
}

/** The record file, UTF-8 with BOM and CRLF like every staff-facing CSV. */
export function writeSlugRecord(records: readonly SlugRecord[]): string {
  return writeCsv([SLUG_HEADER, ...records.map(listSlugCells)], EXCEL_CSV);
}

/**
 * What a version's 网址SHA256 seals: the SHA-256 of the lines of the rows it first published, in
 * file order, each ending CRLF as in the file (of nothing, when it published no new name).
 */
export function hashVersionSlugs(records: readonly SlugRecord[], version: string): string {
  const rows = records.filter((r) => r.version === version).map(listSlugCells);
  return sha256Hex(writeCsv(rows, { ...EXCEL_CSV, bom: false }));
}
