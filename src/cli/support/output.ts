/**
 * The build's output folder: which folders a build may replace, and the swap that replaces one
 * only with a finished build. Only what a build made is ever replaced: `--out` refuses the project,
 * any folder above it, its sources and inputs (src, public, data, seeds, tests, node_modules, .git,
 * .ci, .astro and the data folder, and anything under them), a symbolic link, and any existing
 * folder that is neither empty nor marked by the one-line `.site-build` file every build writes.
 *
 * The finished build moves beside the output and is swapped in by two renames. A build killed
 * between the two is recovered by the next one, which also removes the temporary folders of builds
 * that died. Folders end 0777 and files 0666 less the umask (mkdtemp's 0700 made a copied site
 * unreadable by a web server running as another user).
 */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, type Stats } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { CODES, MESSAGES } from '../messages.ts';
import { UsageError } from './args.ts';

/** The file at the top of every output that says a build made the folder, and its one line. */
export const MARKER_FILE = '.site-build';
export const MARKER_TEXT = 'site-build 1: made by npm run build; the next build may replace this folder\n';

/** Temporary folders are `.dist-build-<pid>-XXXXXX`, so a later build can tell whether their maker still runs. */
export const TEMP_PREFIX = '.dist-build-';
const TEMP_NAME = /^\.dist-build-(\d{1,9})-[A-Za-z0-9]{6}$/;

/** The project's own folders that no output may be, be inside, or contain. */
const SOURCE_FOLDERS = ['src', 'public', 'data', 'seeds', 'tests', 'node_modules', '.git', '.ci', '.astro'];

function statOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** `inner` is `outer` or below it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `dir` with the symbolic links of its existing ancestors resolved (it may not exist yet). */
export function resolveParents(dir: string): string {
  const missing: string[] = [];
  let existing = path.dirname(dir);
  while (statOrNull(existing) === null && path.dirname(existing) !== existing) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync.native(existing), ...missing, path.basename(dir));
}

/** How a folder is named in messages: relative to the project when inside it, else absolute. */
export function showDir(dir: string, projectRoot: string): string {
  const rel = path.relative(projectRoot, dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

function hasMarker(dir: string): boolean {
  try {
    return readFileSync(path.join(dir, MARKER_FILE), 'utf8') === MARKER_TEXT;
  } catch {
    return false;
  }
}

/**
 * Why `outDir` may not be built into, as a usage error; null when it may. `inputs` are further
 * folders the build reads (the data folder, also when it is outside the project).
 */
export function checkOutDir(outDir: string, projectRoot: string, inputs: readonly string[] = []): UsageError | null {
  const refuse = (code: string, message: string) => new UsageError('build', code, message);
  const shown = showDir(outDir, projectRoot);
  const target = resolveParents(path.resolve(outDir));
  const root = realpathSync.native(projectRoot);
  if (isWithin(root, target)) return refuse(CODES.outProject, MESSAGES.outProject(shown));
  if (isWithin(target, root)) {
    const top = path.relative(root, target).split(path.sep)[0] ?? '';
    if (SOURCE_FOLDERS.includes(top)) return refuse(CODES.outSource, MESSAGES.outSource(shown, top));
  }
  for (const input of inputs) {
    const real = existsSync(input) ? realpathSync.native(input) : path.resolve(input);
    if (isWithin(real, target)) return refuse(CODES.outSource, MESSAGES.outAroundInput(shown));
    if (isWithin(target, real)) return refuse(CODES.outSource, MESSAGES.outInsideInput(shown, showDir(real, projectRoot)));
  }
  const stats = statOrNull(target);
  if (stats === null) return null;
  if (stats.isSymbolicLink()) return refuse(CODES.outSymlink, MESSAGES.outSymlink(shown));
  if (!stats.isDirectory()) return refuse(CODES.outNotDir, MESSAGES.outNotDir(shown));
  if (hasMarker(target) || readdirSync(target).length === 0) return null;
  // A dist/ built before builds wrote the marker: accepted (once — this build marks it) when it
  // looks like a build, so `npm run build` keeps working on a working copy from before the change.
  const looksBuilt =
    existsSync(path.join(target, 'index.html')) &&
    (existsSync(path.join(target, '_assets')) || existsSync(path.join(target, 'data', 'datapackage.json')));
  return looksBuilt ? null : refuse(CODES.outNotBuild, MESSAGES.outNotBuild(shown, MARKER_FILE));
}

/** Whether a process with this id runs (EPERM: it does, as another user). */
function isRunning(pid: number): boolean {
  if (pid <= 0 || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `<out>.old-<pid>` folders beside `outDir` of builds no longer running that carry the marker. */
function listDeadOldCopies(outDir: string): string[] {
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.old-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent).filter((name) => {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    const full = path.join(parent, name);
    return /^\d{1,9}$/.test(pid) && !isRunning(Number(pid)) && statOrNull(full)?.isDirectory() === true && hasMarker(full);
  });
}

/**
 * After a build died between moving the old output aside and moving the new one in, `outDir` is
 * missing and its previous content is in `<out>.old-<pid>`: renames that back when it is the only
 * one. Returns the folder's name when it did, else null.
 */
export function recoverInterruptedSwap(outDir: string): string | null {
  if (statOrNull(outDir) !== null) return null;
  const candidates = listDeadOldCopies(outDir);
  if (candidates.length !== 1 || candidates[0] === undefined) return null;
  renameSync(path.join(path.dirname(outDir), candidates[0]), outDir);
  return candidates[0];
}

/**
 * Removes, from `parent`, the temporary folders of builds that are no longer running and, given
 * `outName`, the marked `<outName>.old-<pid>` copies they left once `<outName>` is in place.
 */
export function removeStaleBuildDirs(parent: string, outName?: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = TEMP_NAME.exec(name)?.[1];
    const full = path.join(parent, name);
    if (pid !== undefined && !isRunning(Number(pid)) && statOrNull(full)?.isDirectory()) rmSync(full, { recursive: true, force: true });
  }
  if (outName === undefined || statOrNull(path.join(parent, outName)) === null) return;
  for (const name of listDeadOldCopies(path.join(parent, outName))) rmSync(path.join(parent, name), { recursive: true, force: true });
}

/** Sets every folder under `dir` (and itself) to 0777 and every file to 0666, less `umask`. */
export function normaliseModes(dir: string, umask: number): void {
  chmodSync(dir, 0o777 & ~umask);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) normaliseModes(full, umask);
    else if (entry.isFile()) chmodSync(full, 0o666 & ~umask);
  }
}

/**
 * The process's umask, read without the deprecated no-argument call: from /proc where there is one
 * (setting it is refused in worker threads, where tests run the command), else by setting it and back.
 */
export function readUmask(): number {
  try {
    const line = /^Umask:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (line !== undefined) return Number.parseInt(line, 8);
  } catch {
    // No /proc (not Linux): ask the process.
  }
  const mask = process.umask(0o022);
  process.umask(mask);
  return mask;
}

/** A new temporary build folder in `parent`, named so that a later build can tell whether this one still runs. */
export function makeTempDir(parent: string): Promise<string> {
  return mkdtemp(path.join(parent, `${TEMP_PREFIX}${process.pid}-`));
}

/** Moves the built folder beside `outDir` (a rename, or a copy across file systems); returns its path. */
export async function stageBeside(tmpDir: string, outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  if (path.dirname(tmpDir) === parent) return tmpDir;
  await mkdir(parent, { recursive: true });
  const staged = await makeTempDir(parent);
  try {
    await rename(tmpDir, staged);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      await rm(staged, { recursive: true, force: true });
      throw error;
    }
    await cp(tmpDir, staged, { recursive: true });
    await rm(tmpDir, { recursive: true, force: true });
  }
  return staged;
}

/** Swaps `staged` into place as `outDir`, keeping the old folder until the new one is there. */
export async function replaceDir(staged: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(staged, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
