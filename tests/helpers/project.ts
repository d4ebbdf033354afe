/** A throwaway copy of the project (sources, inputs and tests; node_modules linked) for tests that change data/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENTRIES = ['src', 'public', 'seeds', 'data', 'tests', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'vitest.config.ts', '.htmlvalidate.json', 'README.md'];

export interface ProjectCopy {
  dir: string;
  /** Runs a command in the copy, with the inputs and test settings of this run cleared. */
  run(command: string, args: string[], options?: { env?: Record<string, string>; input?: string }): { code: number | null; output: string };
  remove(): void;
}

export function copyProject(prefix: string): ProjectCopy {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of ENTRIES) {
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run(command, args, { env = {}, input } = {}) {
      const result = spawnSync(command, args, {
        cwd: dir,
        env: { ...process.env, REQUIRE_BROWSER: '', TEST_DIST_DIR: '', SITE_DATA_DIR: '', SITE_PLAN_FILE: '', SITE_TODAY: '', ...env },
        encoding: 'utf8',
        input,
        timeout: 540_000,
      });
      return { code: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
