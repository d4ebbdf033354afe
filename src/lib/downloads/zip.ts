/**
 * `data/all.zip`: every other download in one file, with a README in Chinese and English that says
 * what each file is, the version and date of the data and how to cite it. Reproducible: the
 * entries keep the downloads' order, and every entry carries the same fixed time (the current
 * release's date at 00:00, else 1980-01-01, the zip format's first day), written from local-time
 * fields so that the bytes do not depend on the machine's time zone.
 */
import { zipSync, type Zippable } from 'fflate';
import type { DownloadDoc } from './catalog.ts';
import { toDataPath } from './catalog.ts';
import type { DownloadFile, PackageAbout } from './types.ts';
import { ZIP_README } from '../words/downloads.ts';
import type { SiteFacts } from '../meta/facts.ts';

/** Path of the archive, relative to the site root. */
export const ZIP_PATH = 'data/all.zip';
/** Name of the README inside the archive. */
export const README_NAME = 'README.txt';
/** Deflate level of every entry: fixed, so the same inputs give the same bytes. */
const LEVEL = 9;

/** What the README says besides the files. */
export interface ReadmeContext {
  facts: SiteFacts;
  /** The current release, when the data folder records any. */
  release?: { version: string; date: string };
  about: PackageAbout;
  /** Absolute URL of data/tasks.csv when the site's address is known, else its path. */
  tasksUrl: string;
}

/** The entries' time: the release date's midnight in the local time zone, whose fields are what the zip stores. */
export function zipTime(date: string | undefined): Date {
  const [y, m, d] = (date ?? '1980-01-01').split('-').map(Number);
  return new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1, 0, 0, 0);
}

/** The README: UTF-8 with a BOM and CRLF line ends, so that Windows' Notepad shows it right too. */
export function writeZipReadme(docs: readonly DownloadDoc[], context: ReadmeContext): string {
  const lines = ZIP_README.lines({ ...context, files: docs.map((doc) => ({ path: toDataPath(doc.path), title: doc.title, english: doc.english })) });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The archive of `files` (each under its path relative to data/) after the README. */
export function writeAllZip(files: readonly DownloadFile[], readme: string, date: string | undefined): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = { [README_NAME]: [new TextEncoder().encode(readme), { level: LEVEL, mtime }] };
  for (const file of files) {
    const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
    entries[toDataPath(file.path)] = [body, { level: LEVEL, mtime }];
  }
  return zipSync(entries, { level: LEVEL, mtime });
}
