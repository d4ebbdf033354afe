/**
 * What each download is: path, name, Chinese title and description, format, encoding and
 * columns. The /data/ page renders this list and datapackage.json is made from it, so the
 * documentation and the machine-readable description come from one source.
 */
import type { CsvOptions } from '../csv.ts';
import type { SiteFacts } from '../meta/facts.ts';
import type { TaskTable } from '../tasks/types.ts';
import type { DownloadField, ReleaseFile } from './types.ts';
import { CHANGES_CSV } from './changes.ts';
import { describeChangeFields, describeLongFields, describeWideFields } from './fields.ts';
import { FILE_ENGLISH, FILE_TEXT } from '../words/downloads.ts';
import { LONG_CSV, WIDE_CSV } from './tables.ts';

/** Documentation of one download. */
export interface DownloadDoc {
  /** Path relative to the site root, e.g. `data/tasks.csv`. */
  path: string;
  /** Resource name in datapackage.json (lower-case ASCII, unique). */
  name: string;
  title: string;
  description: string;
  format: 'csv' | 'json' | 'txt' | 'sha256sums' | 'zip';
  /** What the file is, in English, for all.zip's README. */
  english: string;
  /** IANA media type without parameters, for datapackage.json. */
  mediatype: string;
  /** Media type with charset, for HTTP. */
  mediaType: string;
  /**
   * `utf-8-sig` for the files that start with a BOM: the name Frictionless gives such a file
   * (frictionless-py reads a declared `utf-8` as `utf-8-sig` when the BOM is there), and the codec
   * that drops the BOM for a reader that opens the file with the declared encoding.
   */
  encoding?: 'utf-8' | 'utf-8-sig';
  /** For CSV files: line terminator and whether a UTF-8 BOM comes first. */
  csv?: CsvOptions;
  fields?: readonly DownloadField[];
  primaryKey?: string[];
  /** False for datapackage.json, SHA256SUMS and all.zip, which cannot describe their own bytes. */
  inPackage: boolean;
}

/** Directory of every download, relative to the site root. */
export const DATA_DIR = 'data/';

const CSV_TYPE = 'text/csv; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json';
const ZIP_TYPE = 'application/zip';

/**
 * Every download for this table, in the order the site publishes them. Without a table (a
 * plan-only site) only the plan's text, its structure and SHA256SUMS: there is no table to
 * describe in a data package or to gather in all.zip.
 */
export function describeDownloadFiles(table: TaskTable | null, facts: SiteFacts, releases: readonly Pick<ReleaseFile, 'version' | 'date' | 'table'>[] = []): DownloadDoc[] {
  if (table === null) {
    return describePlanFiles(facts)
      .filter((doc) => PLAN_ONLY_PATHS.has(doc.path))
      .map((doc) => (doc.path === 'data/SHA256SUMS' ? { ...doc, description: FILE_TEXT.sha256sums.descriptionPlanOnly } : doc));
  }
  const wide = describeWideFields(table.years, facts);
  const countyKey = wide[0]?.name ?? '';
  const csv = { format: 'csv', mediatype: 'text/csv', mediaType: CSV_TYPE, encoding: 'utf-8', inPackage: true } as const;
  const docs: DownloadDoc[] = [
    {
      ...csv,
      path: 'data/tasks.csv',
      name: 'tasks',
      title: FILE_TEXT.tasks.title,
      english: FILE_ENGLISH.tasks,
      description: FILE_TEXT.tasks.description(facts),
      csv: { ...WIDE_CSV },
        encoding: WIDE_CSV.bom ? 'utf-8-sig' : 'utf-8',
      fields: wide,
      primaryKey: [countyKey],
    },
    {
      ...csv,
      path: 'data/tasks-long.csv',
      name: 'tasks-long',
      title: FILE_TEXT.tasksLong.title,
      english: FILE_ENGLISH.tasksLong,
      description: FILE_TEXT.tasksLong.description,
      csv: { ...LONG_CSV },
      fields: describeLongFields(facts),
      primaryKey: ['county_slug', 'year', 'indicator'],
    },
    {
      path: 'data/tasks.json',
      name: 'tasks-json',
      title: FILE_TEXT.tasksJson.title,
      english: FILE_ENGLISH.tasksJson,
      description: FILE_TEXT.tasksJson.description(facts),
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    ...table.counties.map(
      (county): DownloadDoc => ({
        ...csv,
        path: `data/counties/${county.slug}.csv`,
        name: `county-${county.slug}`,
        title: FILE_TEXT.county.title(county.name),
        english: FILE_ENGLISH.county(county.name),
        description: FILE_TEXT.county.description(county.name, facts),
        csv: { ...WIDE_CSV },
        encoding: WIDE_CSV.bom ? 'utf-8-sig' : 'utf-8',
        fields: wide,
        primaryKey: [countyKey],
      }),
    ),
    ...releases.map(
      (release): DownloadDoc => ({
        ...csv,
        path: releasePath(release.version),
        name: `release-${release.version.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        title: FILE_TEXT.release.title(release.version, release.date),
        english: FILE_ENGLISH.release(release.version, release.date),
        description: FILE_TEXT.release.description(release.version, release.date, facts),
        csv: { ...WIDE_CSV },
        encoding: WIDE_CSV.bom ? 'utf-8-sig' : 'utf-8',
        fields: describeWideFields(release.table.years, facts),
        primaryKey: [countyKey],
      }),
    ),
    ...(releases.length > 0
      ? [
          {
            ...csv,
            path: CHANGES_PATH,
            name: 'changes',
            title: FILE_TEXT.changes.title,
            english: FILE_ENGLISH.changes,
            description: FILE_TEXT.changes.description,
            csv: { ...CHANGES_CSV },
            fields: describeChangeFields(facts),
            primaryKey: ['version', 'county_slug', 'year', 'indicator'],
          },
        ]
      : []),
    ...describePlanFiles(facts),
  ];
  return docs;
}

/** What a plan-only site publishes (see {@link describeDownloadFiles}). */
const PLAN_ONLY_PATHS = new Set(['data/plan.txt', 'data/plan.json', 'data/SHA256SUMS']);

/** The plan's text and structure, then the files that describe or gather all the others. */
function describePlanFiles(facts: SiteFacts): DownloadDoc[] {
  return [
    {
      path: 'data/plan.txt',
      name: 'plan-text',
      title: FILE_TEXT.planText.title,
      english: FILE_ENGLISH.planText,
      description: FILE_TEXT.planText.description(facts),
      format: 'txt',
      mediatype: 'text/plain',
      mediaType: TEXT_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    {
      path: 'data/plan.json',
      name: 'plan-json',
      title: FILE_TEXT.planJson.title,
      english: FILE_ENGLISH.planJson,
      description: FILE_TEXT.planJson.description(facts),
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: true,
    },
    {
      path: 'data/datapackage.json',
      name: 'datapackage',
      title: FILE_TEXT.datapackage.title,
      english: FILE_ENGLISH.datapackage,
      description: FILE_TEXT.datapackage.description,
      format: 'json',
      mediatype: 'application/json',
      mediaType: JSON_TYPE,
      encoding: 'utf-8',
      inPackage: false,
    },
    {
      path: 'data/SHA256SUMS',
      name: 'sha256sums',
      title: FILE_TEXT.sha256sums.title,
      english: FILE_ENGLISH.sha256sums,
      description: FILE_TEXT.sha256sums.description,
      format: 'sha256sums',
      mediatype: 'text/plain',
      mediaType: TEXT_TYPE,
      encoding: 'utf-8',
      inPackage: false,
    },
    {
      path: 'data/all.zip',
      name: 'all-zip',
      title: FILE_TEXT.allZip.title,
      english: FILE_ENGLISH.allZip,
      description: FILE_TEXT.allZip.description,
      format: 'zip',
      mediatype: 'application/zip',
      mediaType: ZIP_TYPE,
      inPackage: false,
    },
  ];
}

/** Every figure any release changed (changes.ts). */
export const CHANGES_PATH = 'data/changes.csv';

/** Where a published version of the table is served: `data/releases/v2/tasks.csv`. */
export function releasePath(version: string): string {
  return `data/releases/${version}/tasks.csv`;
}

/** `data/tasks.csv` → `tasks.csv`: a path relative to the data directory. */
export function toDataPath(path: string): string {
  if (!path.startsWith(DATA_DIR)) throw new RangeError(`not under ${DATA_DIR}: ${JSON.stringify(path)}`);
  return path.slice(DATA_DIR.length);
}
