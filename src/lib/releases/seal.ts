/**
 * The seal and the chain of the release log: each row of `data/releases.csv` records the SHA-256
 * of its own first six cells (本行SHA256) and the row before's seal (上一行SHA256). Editing a past
 * row breaks its seal; editing and re-sealing it breaks the chain at the next row.
 */
import { formatCsvRow } from '../csv.ts';
import { issueError, type Issue } from '../errors.ts';
import { isSha256, RELEASE_COLUMN, sha256Hex, type ReleaseEntry, type ReleaseRecord } from './index.ts';
import { CODES, MESSAGES } from './messages.ts';

/** The seal of a row: SHA-256 of its first six cells, written as in the file (`v2,2026-12-01,说明,…,<上一行>`). */
export function hashReleaseRow(record: Omit<ReleaseRecord, 'rowSha256'>): string {
  const cells = [record.version, record.date, record.note, record.fileSha256, record.slugsSha256, record.previousSha256];
  return sha256Hex(formatCsvRow(cells));
}

/** The next row of the log: chained to `previous` (null for v1) and sealed. */
export function sealRelease(row: Pick<ReleaseRecord, 'version' | 'date' | 'note' | 'fileSha256' | 'slugsSha256'>, previous: ReleaseRecord | null): ReleaseRecord {
  const chained = { ...row, previousSha256: previous?.rowSha256 ?? '' };
  return { ...chained, rowSha256: hashReleaseRow(chained) };
}

/**
 * Checks that every row is sealed (its 本行SHA256 is the hash of its cells) and chained (its
 * 上一行SHA256 is the row before's 本行SHA256, empty for v1). A row edited after it was recorded
 * fails its seal; a row edited and re-sealed breaks the chain at the next row.
 */
export function verifyReleaseChain(entries: readonly ReleaseEntry[], file: string): Issue[] {
  const issues: Issue[] = [];
  entries.forEach((entry, i) => {
    const previous = entries[i - 1] ?? null;
    const expected = previous?.rowSha256 ?? '';
    // A malformed hash is reported as such by parseReleaseIndex, not again as a broken chain.
    const comparable = (entry.previousSha256 === '' || isSha256(entry.previousSha256)) && (expected === '' || isSha256(expected));
    if (comparable && entry.previousSha256 !== expected) {
      issues.push(
        issueError(file, entry.line, RELEASE_COLUMN.previousSha256, CODES.releaseChain, MESSAGES.releaseChain(entry.version, previous?.version ?? null, entry.previousSha256, expected, file)),
      );
    }
    const actual = hashReleaseRow(entry);
    if (isSha256(entry.rowSha256) && entry.rowSha256 !== actual) {
      issues.push(issueError(file, entry.line, RELEASE_COLUMN.rowSha256, CODES.releaseRowChanged, MESSAGES.releaseRowChanged(entry.version, entry.rowSha256, actual, file)));
    }
  });
  return issues;
}
