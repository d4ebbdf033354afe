/**
 * Reading the input files: bytes within a size limit, CSV text decoded, folder listings. Every
 * problem becomes an issue pushed to the caller's list; nothing here throws for a bad file.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { issueError, type Issue } from '../errors.ts';
import { MAX_PLAN_BYTES } from '../plan/decode.ts';
import { CODES as PLAN_CODES, MESSAGES as PLAN_MESSAGES } from '../plan/messages.ts';
import { decodeTable, MAX_CSV_BYTES } from '../tasks/decode.ts';
import { CODES as TASK_CODES, MESSAGES as TASK_MESSAGES } from '../tasks/messages.ts';

/** The largest file a reader takes, and the issue (at line 0) for a larger one. */
export interface SizeLimit {
  maxBytes: number;
  tooLarge: (file: string, size: number) => Issue;
}

/** Every CSV of the data folder (tasks.csv, releases, plan-meta.csv): 10 MB, see tasks/decode.ts. */
export const CSV_LIMIT: SizeLimit = {
  maxBytes: MAX_CSV_BYTES,
  tooLarge: (file, size) => issueError(file, 0, 0, TASK_CODES.fileTooLarge, TASK_MESSAGES.fileTooLarge(size, MAX_CSV_BYTES)),
};
/** The plan text: 20 MB, see plan/decode.ts. */
export const PLAN_LIMIT: SizeLimit = {
  maxBytes: MAX_PLAN_BYTES,
  tooLarge: (file, size) => issueError(file, 0, 0, PLAN_CODES.planTooLarge, PLAN_MESSAGES.planTooLarge(size, MAX_PLAN_BYTES)),
};

/** Appends without spreading, so that a file with a very large number of issues cannot overflow the stack. */
export function pushAll(issues: Issue[], more: readonly Issue[]): void {
  for (const issue of more) issues.push(issue);
}

/**
 * A file's bytes, or null with the limit's issue when it is larger: the size is checked (fstat)
 * before reading, and at most one byte past the limit is ever read, so neither a 1 GiB file nor
 * one that grows while read, or a device without end, is taken into memory.
 */
export function readWithin(file: string, limit: SizeLimit, issues: Issue[]): Uint8Array | null {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit.maxBytes) {
      issues.push(limit.tooLarge(file, size));
      return null;
    }
    // Read to the end, but never past one byte over the limit: the file may have grown since
    // fstat, or be a pipe or device that reports no size.
    const chunks: Uint8Array[] = [];
    let length = 0;
    while (length <= limit.maxBytes) {
      const chunk = new Uint8Array(Math.min(limit.maxBytes + 1 - length, Math.max(size + 1 - length, 1 << 16)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
    }
    if (length > limit.maxBytes) {
      issues.push(limit.tooLarge(file, length));
      return null;
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, or null with an error issue when it is not there (code and message given) or
 * larger than `limit` (a CSV's 10 MB unless told).
 */
export function readBytes(file: string, issues: Issue[], code: string, message: string, limit: SizeLimit = CSV_LIMIT): Uint8Array | null {
  if (!existsSync(file)) {
    issues.push(issueError(file, 0, 0, code, message));
    return null;
  }
  return readWithin(file, limit, issues);
}

/** A CSV file of the data folder as text; null when it is too large or cannot be decoded (issues pushed). */
export function readText(file: string, issues: Issue[]): string | null {
  const bytes = readWithin(file, CSV_LIMIT, issues);
  if (bytes === null) return null;
  const { decoded, issues: found } = decodeTable(bytes, file);
  pushAll(issues, found);
  return decoded?.text ?? null;
}

/** File names in a folder, sorted; none when it is not there. */
export function listFolder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
