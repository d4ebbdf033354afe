/**
 * A throwaway copy of the project for tests that run its commands as staff do: its sources and
 * plan text, node_modules linked, and as data/ a fixture (never the real data/, which changes with
 * every release). Its commands run with the inputs and test settings of this run cleared, and draw
 * their PNGs into a cache of the copy's own, never the project's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENTRIES = ['src', 'public', 'seeds', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'README.md'];

export interface ProjectCopy {
  dir: string;
  /** Runs a command in the copy, with the inputs and test settings of this run cleared. */
  run(command: string, args: string[], options?: { env?: Record<string, string>; input?: string }): { code: number | null; output: string };
  remove(): void;
}

/** The data folder as first published: where tests that edit or release a table start. */
export const ISSUED_DATA = 'tests/fixtures/site/issued';

/**
 * A folder holding the project's inputs only: seeds/ and, as data/, a copy of `data` (a folder under
 * tests/fixtures/site/). The commands' defaults read it when run there (`cwd`). Remove it when done.
 */
export function copyInputs(prefix: string, data = ISSUED_DATA): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
  cpSync(data, path.join(dir, 'data'), { recursive: true });
  return dir;
}

/**
 * Copies the project (its sources, plan text and `data` as data/), one level down in a temporary
 * folder of its own (so nothing else sits beside it), with node_modules linked.
 */
export function copyProject(prefix: string, data = ISSUED_DATA): ProjectCopy {
  const root = process.cwd();
  const parent = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dir = path.join(parent, 'project');
  for (const entry of ENTRIES) {
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  cpSync(path.join(root, data), path.join(dir, 'data'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run(command, args, { env = {}, input } = {}) {
      const result = spawnSync(command, args, {
        cwd: dir,
        env: { ...process.env, REQUIRE_BROWSER: '', SITE_DATA_DIR: '', SITE_PLAN_FILE: '', SITE_TODAY: '', BASE_PATH: '', SITE_URL: '', SITE_PNG_CACHE: path.join(parent, 'png-cache'), ...env },
        encoding: 'utf8',
        input,
        timeout: 540_000,
      });
      return { code: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove() {
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
