/**
 * Vitest globalSetup of every project that may draw a PNG: the run's drawings go into a cache folder
 * of its own (SITE_PNG_CACHE, read by src/lib/png/cache.ts; workers and the builds they start
 * inherit it), never into the project's node_modules/.cache/png, and the folder is removed at the end.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default function setup(): (() => Promise<void>) | void {
  if (process.env.SITE_PNG_CACHE) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-test-png-'));
  process.env.SITE_PNG_CACHE = dir;
  return async () => {
    delete process.env.SITE_PNG_CACHE;
    await rm(dir, { recursive: true, force: true });
  };
}
