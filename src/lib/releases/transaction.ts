/**
 * How `npm run release` changes the data folder without ever leaving it half-written: one release
 * at a time (an exclusive lock file, `data/.release.lock`, holding the process id), every file
 * written in full to a temporary sibling first, then renamed into place with the index last, and
 * on any failure everything taken back. Every file operation goes through a {@link ReleaseFs}, so
 * tests can make any step fail; this module itself never touches the disk.
 *
 * A release killed half-way leaves its lock behind, with the version it was committing: the next
 * release finds that the process is gone, finishes or takes back its changes, and says so.
 */
import path from 'node:path';
import { issueError, issueWarning, type Issue } from '../errors.ts';
import { CODES, MESSAGES } from './messages.ts';

/** The file operations of a release; `npm run release` passes the real file system. */
export interface ReleaseFs {
  /** Writes the whole file and flushes it to disk; with `exclusive`, fails (EEXIST) when it exists. */
  writeFile(file: string, body: string, options?: { exclusive?: boolean }): void;
  /** Renames atomically, replacing `to`. */
  rename(from: string, to: string): void;
  unlink(file: string): void;
  mkdir(dir: string): void;
  rmdir(dir: string): void;
  readFile(file: string): string;
  exists(file: string): boolean;
  /** File names in `dir`; none when it is not there. */
  list(dir: string): string[];
}

/** One file a release writes. */
export interface ReleaseWrite {
  file: string;
  body: string;
}

export const LOCK_NAME = '.release.lock';

/** Node's error code (`ENOSPC`, `EROFS`…), or the error's name for anything else. */
function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).name ?? 'Error';
}

/** Runs `step`, answering whether it worked: clean-up goes on past a step that fails. */
function attempt(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

/** The file's text, or null when it cannot be read. */
function readOrNull(fs: ReleaseFs, file: string): string | null {
  try {
    return fs.readFile(file);
  } catch {
    return null;
  }
}

const temporarySuffix = (pid: number) => `.tmp-${pid}`;
const asideSuffix = (pid: number) => `.old-${pid}`;

/**
 * Takes the lock of `dataDir`. A lock whose process is gone is cleared first ({@link recoverRelease})
 * with a warning; a lock held by a running process (or unreadable) is an error, and left alone.
 */
export function lockRelease(dataDir: string, fs: ReleaseFs, pid: number, isRunning: (pid: number) => boolean): { issue: Issue | null; notices: Issue[] } {
  const lock = path.join(dataDir, LOCK_NAME);
  const notices: Issue[] = [];
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFile(lock, `${pid}\n`, { exclusive: true });
      return { issue: null, notices };
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') return { issue: issueError(lock, 0, 0, CODES.releaseWrite, MESSAGES.releaseWrite(lock, codeOf(error), null, dataDir, [])), notices };
    }
    const [holder = '', committing = ''] = (readOrNull(fs, lock) ?? '').split('\n').map((l) => l.trim());
    const other = /^[1-9]\d*$/.test(holder) ? Number(holder) : null;
    if (other === null || tries > 0 || isRunning(other)) {
      return { issue: issueError(lock, 0, 0, CODES.releaseLocked, MESSAGES.releaseLocked(other === null ? null : holder, lock)), notices };
    }
    notices.push(recoverRelease(dataDir, fs, other, committing));
  }
  return { issue: issueError(lock, 0, 0, CODES.releaseLocked, MESSAGES.releaseLocked(null, lock)), notices };
}

/** Gives the lock up. */
export function unlockRelease(dataDir: string, fs: ReleaseFs): void {
  attempt(() => fs.unlink(path.join(dataDir, LOCK_NAME)));
}

/**
 * Clears what the release of the dead process `pid` left: its temporary files, and, when it had
 * begun committing `version` but the index does not list it, the files it had moved into place.
 */
function recoverRelease(dataDir: string, fs: ReleaseFs, pid: number, version: string): Issue {
  const lock = path.join(dataDir, LOCK_NAME);
  const releasesDir = path.join(dataDir, 'releases');
  let removed = 0;
  for (const dir of [dataDir, releasesDir]) {
    for (const name of fs.list(dir)) {
      if (name.endsWith(temporarySuffix(pid)) && attempt(() => fs.unlink(path.join(dir, name)))) removed++;
    }
  }
  let undone: string | null = null;
  if (/^v[1-9]\d*$/.test(version)) {
    const index = readOrNull(fs, path.join(dataDir, 'releases.csv'));
    // Version cells are ASCII, so a line starting `v3,` is found whatever the index's encoding.
    const recorded = index === null || new RegExp(`(^|\\n)\\uFEFF?\\s*"?${version}"?\\s*,`).test(index);
    const versionFile = path.join(releasesDir, `${version}.csv`);
    if (!recorded && fs.exists(versionFile) && attempt(() => fs.unlink(versionFile))) undone = version;
    for (const dir of [dataDir, releasesDir]) {
      for (const name of fs.list(dir)) {
        if (!name.endsWith(asideSuffix(pid))) continue;
        const aside = path.join(dir, name);
        const original = aside.slice(0, -asideSuffix(pid).length);
        attempt(() => (recorded ? fs.unlink(aside) : fs.rename(aside, original)));
        if (!recorded) undone = version;
      }
    }
  }
  attempt(() => fs.unlink(lock));
  return issueWarning(lock, 0, 0, CODES.releaseStaleLock, MESSAGES.releaseStaleLock(String(pid), removed, undone));
}

/**
 * Writes `writes` in order, the last one (the index) being the moment the release is recorded:
 * all bodies go to temporary files first; then each is renamed into place, a file it replaces
 * being moved aside until the end. Any failure takes everything back and returns the located
 * error; null when all is written. `version` names the release in messages (null for an upgrade).
 */
export function commitRelease(dataDir: string, version: string | null, writes: readonly ReleaseWrite[], fs: ReleaseFs, pid: number): Issue | null {
  const lock = path.join(dataDir, LOCK_NAME);
  const temporary: string[] = [];
  const created: string[] = [];
  const aside: { file: string; old: string }[] = [];
  const madeDirs: string[] = [];
  let current = writes[0]?.file ?? dataDir;
  try {
    for (const dir of [...new Set(writes.map((w) => path.dirname(w.file)))]) {
      current = dir;
      if (!fs.exists(dir)) {
        fs.mkdir(dir);
        madeDirs.push(dir);
      }
    }
    for (const write of writes) {
      current = write.file;
      const tmp = `${write.file}${temporarySuffix(pid)}`;
      temporary.push(tmp);
      fs.writeFile(tmp, write.body);
    }
    // From here a crash is finished or taken back by the next release, which reads this line.
    current = lock;
    fs.writeFile(lock, `${pid}\n${version ?? ''}\n`);
    writes.forEach((write, i) => {
      current = write.file;
      const tmp = `${write.file}${temporarySuffix(pid)}`;
      const last = i === writes.length - 1;
      if (!last && fs.exists(write.file)) {
        const old = `${write.file}${asideSuffix(pid)}`;
        fs.rename(write.file, old);
        aside.push({ file: write.file, old });
      } else if (!fs.exists(write.file)) {
        created.push(write.file);
      }
      fs.rename(tmp, write.file);
      temporary.splice(temporary.indexOf(tmp), 1);
    });
  } catch (error) {
    const leftovers: string[] = [];
    const undo = (file: string, step: () => void) => attempt(step) || leftovers.push(file);
    for (const tmp of temporary) if (fs.exists(tmp)) undo(tmp, () => fs.unlink(tmp));
    for (const file of created.reverse()) if (fs.exists(file)) undo(file, () => fs.unlink(file));
    for (const { file, old } of aside.reverse()) undo(old, () => fs.rename(old, file));
    for (const dir of madeDirs.reverse()) attempt(() => fs.rmdir(dir));
    return issueError(current, 0, 0, CODES.releaseWrite, MESSAGES.releaseWrite(current, codeOf(error), version, dataDir, leftovers));
  }
  for (const { old } of aside) attempt(() => fs.unlink(old));
  return null;
}
