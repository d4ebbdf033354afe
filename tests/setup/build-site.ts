/**
 * Vitest globalSetup: builds the site ONCE, from the real inputs, into `.dist-test/` and provides
 * its path to every test as `inject('distDir')` (and the base path it was built with as
 * `inject('distBasePath')`).
 *
 * `TEST_DIST_DIR=dist npm test` skips the build and tests an existing folder instead.
 * A failing build fails the whole run, with the build's own output.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { normaliseBasePath } from '../../src/cli/support/static';
import { runBuild } from '../../src/cli/support/runBuild';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site the tests check. */
    distDir: string;
    /** Base path the site was built with (`/` unless BASE_PATH was set), e.g. `/` or `/sub/`. */
    distBasePath: string;
  }
}

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Builds the site (or reuses TEST_DIST_DIR) and provides its path. */
export default async function buildTestSite(project: TestProject): Promise<void> {
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  project.provide('distBasePath', basePath);

  const reuse = process.env.TEST_DIST_DIR;
  if (reuse) {
    const dir = path.resolve(projectRoot, reuse);
    if (!existsSync(path.join(dir, 'index.html'))) {
      throw new Error(`TEST_DIST_DIR=${reuse}: ${dir}/index.html not found; build first or unset TEST_DIST_DIR`);
    }
    console.log(`[build-site] testing the existing build in ${dir}`);
    project.provide('distDir', dir);
    return;
  }

  const outDir = path.join(projectRoot, '.dist-test');
  await rm(outDir, { recursive: true, force: true });
  const run = await runBuild({ cwd: projectRoot, outDir });
  if (run.code !== 0) {
    throw new Error(
      `The site build failed (exit ${run.code}) — \`${run.command}\`. Its output:\n\n${run.output.trim()}\n`,
    );
  }
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`The site build exited 0 but wrote no ${outDir}/index.html. Its output:\n\n${run.output.trim()}\n`);
  }
  console.log(`[build-site] built the site into ${path.relative(projectRoot, outDir)}/ in ${(run.ms / 1000).toFixed(1)} s`);
  project.provide('distDir', outDir);
}
