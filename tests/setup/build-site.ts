/**
 * Vitest globalSetup of the `site` project: the real builds the suite reads, made once, side by
 * side (the browser is tests/setup/browser.ts).
 *
 * - the real site (data/ and seeds/ as they stand), built as a clerk would publish it: `--out` a
 *   folder outside the project, under umask 022 → `inject('realDist')`;
 * - the two-release fixture (tests/fixtures/site/two-releases: adjusted figures, two versions, a
 *   GBK table) built for a sub-path and a site address, as a deployed site is → `inject('fixtureDist')`,
 *   its settings in `inject('fixtureSettings')`;
 *
 * The builds draw their PNGs into the run's cache folder (tests/setup/png-cache.ts), never the
 * project's. A failing build fails the whole run with the build's own output.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild, type RunBuildOptions } from '../../src/cli/support/runBuild.ts';
import { FIXTURE_SETTINGS, type FixtureSettings } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, built outside the project under umask 022. */
    realDist: string;
    /** The two-release fixture, built for FIXTURE_SETTINGS' address. */
    fixtureDist: string;
    fixtureSettings: FixtureSettings;
  }
}

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Builds one site; throws with the build's output when it fails. */
async function build(name: string, options: RunBuildOptions): Promise<void> {
  const run = await runBuild(options);
  if (run.code !== 0 || !existsSync(path.join(options.outDir, 'index.html'))) {
    throw new Error(`The ${name} build failed (exit ${run.code}) — \`${run.command}\`. Its output:\n\n${run.output.trim()}\n`);
  }
  console.log(`[build-site] built ${name} in ${(run.ms / 1000).toFixed(1)} s (${((run.cpuMs ?? 0) / 1000).toFixed(1)} s CPU)`);
}

/** Builds both sites and starts the browser; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'site-builds-'));
  const realDist = path.join(root, 'www', 'real');
  const fixtureDist = path.join(root, 'www', 'fixture');
  // Both builds share the run's PNG cache (tests/setup/png-cache.ts); the reproducibility check draws afresh.
  const env = { SITE_PNG_CACHE: process.env.SITE_PNG_CACHE ?? path.join(root, 'png-cache') };
  const teardown = () => rm(root, { recursive: true, force: true });
  const built = await Promise.allSettled([
    build('the real site', { cwd: projectRoot, outDir: realDist, env, umask: 0o022 }),
    build('the two-release fixture', { cwd: projectRoot, outDir: fixtureDist, env: { ...env, ...FIXTURE_SETTINGS.env } }),
  ]);
  const failed = built.find((result) => result.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  project.provide('realDist', realDist);
  project.provide('fixtureDist', fixtureDist);
  project.provide('fixtureSettings', FIXTURE_SETTINGS);
  return teardown;
}
