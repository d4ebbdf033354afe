/** Types shared by the download writers. */
import type { SiteFacts } from '../meta/facts.ts';
import type { TableDiff } from '../tableDiff.ts';
import type { TaskTable } from '../tasks/types.ts';

/** One file the site publishes under `/data/`. */
export interface DownloadFile {
  /** Path relative to the site root, e.g. `data/tasks.csv`. */
  path: string;
  /** The exact bytes served (hashes in SHA256SUMS and datapackage.json are over these bytes). */
  body: string | Uint8Array;
  /** HTTP media type, e.g. `text/csv; charset=utf-8`. */
  mediaType: string;
}

/** Inputs besides the task table: the plan files are published as given, never rewritten here. */
export interface DownloadExtras {
  /** `data/plan.txt`: the seed, byte for byte. */
  planText: Uint8Array;
  /** `data/plan.json`: the parsed plan, already serialised. */
  planJson: string;
  /** The site's facts: the plan's title, the attachment the table comes from, the unit. */
  facts: SiteFacts;
  /** Every published version of the table, oldest first: each is served at data/releases/<version>/tasks.csv. */
  releases?: readonly ReleaseFile[];
  /** What the data folder's metadata states about the plan and the data; nothing else is stated. */
  about?: PackageAbout;
  /** Absolute URL of data/tasks.csv when the site's address is known (all.zip's README cites it); else its path is cited. */
  tasksUrl?: string;
}

/**
 * What datapackage.json and all.zip's README may state besides the files, each only when known
 * from the inputs: the plan's issuing body, document number (文号) and date (data/plan-meta.csv),
 * and the data's licence as the same file states it.
 */
export interface PackageAbout {
  issuer?: string;
  docNumber?: string;
  /** `YYYY-MM-DD` */
  issued?: string;
  license?: { name?: string; path?: string; text: string };
}

/** A published version of the table (see data/releases.csv). */
export interface ReleaseFile {
  version: string;
  date: string;
  table: TaskTable;
  /** What changed against the release before; null for the first (data/changes.csv lists it). */
  diff?: TableDiff | null;
}

/** A column of a download, documented once for the /data/ page and datapackage.json. */
export interface DownloadField {
  /** Column name exactly as in the file's header. */
  name: string;
  /** Chinese title. */
  title: string;
  type: 'string' | 'integer';
  /** Unit of the values, e.g. `套（户）`; absent for labels. */
  unit?: string;
  /** Chinese description. */
  description: string;
  /** Table Schema constraints. */
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: string[] };
}
