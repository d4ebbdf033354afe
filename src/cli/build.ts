/**
 * `npm run build`: validate the inputs, build the site into a temporary folder, and replace the
 * output folder only when everything succeeded. A failed build prints its reasons, exits non-zero
 * and leaves the previous output byte-identical.
 *
 *   tsx src/cli/build.ts [--out DIR]      wrong usage: one line on stderr, exit 2
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DataError, formatIssue } from '../lib/errors.ts';
import { checkBuiltSite } from '../lib/site/postcheck.ts';
import { loadSite, sitePaths } from '../lib/load.ts';
import { readCommandArgs } from './support/args.ts';

const USAGE = '用法：npm run build [-- --out 目录]';
const OPTIONS = { out: { type: 'string', value: '目录', default: 'dist' } } as const;

/**
 * Variables that Vite and Astro expose as `import.meta.env.*` at render time; a value inherited from
 * the caller (a test runner sets BASE_URL=/) would override the base path given by BASE_PATH.
 */
const INHERITED_VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/** Runs Astro's build into `tmpDir`; Astro is imported lazily so a data error fails fast. */
async function buildInto(tmpDir: string): Promise<void> {
  for (const name of INHERITED_VITE_ENV) delete process.env[name];
  process.env.ASTRO_OUT_DIR = tmpDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir: tmpDir, logLevel: process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn' });
}

/** Swaps `tmpDir` into place as `outDir`, keeping the old folder until the new one is there. */
async function replaceDir(tmpDir: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(tmpDir, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const args = { outDir: path.resolve(readCommandArgs('build', USAGE, OPTIONS).values.out) };

  // Validate first: the same lines as `npm run validate`, and nothing is written on error.
  try {
    const site = loadSite();
    for (const warning of site.warnings) console.error(formatIssue(warning));
  } catch (error) {
    if (error instanceof DataError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      const { planFile, dataDir } = sitePaths();
      console.error(`构建已停止：${planFile} 或 ${dataDir}/ 中有错误，网站未更新（${path.relative(process.cwd(), args.outDir) || args.outDir} 保持原样）。`);
      return 1;
    }
    throw error;
  }

  const parent = path.dirname(args.outDir);
  const tmpDir = await mkdtemp(path.join(parent, `.dist-build-`));
  try {
    await buildInto(tmpDir);
    const problems = checkBuiltSite(tmpDir);
    if (problems.length > 0) {
      for (const p of problems) console.error(`E_BUILD_OUTPUT ${p}`);
      throw new Error('构建产物检查未通过');
    }
    await replaceDir(tmpDir, args.outDir);
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    if (error instanceof DataError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
    } else {
      console.error((error as Error).stack ?? String(error));
    }
    console.error(`构建失败，网站未更新（${path.relative(process.cwd(), args.outDir) || args.outDir} 保持原样）。`);
    return 1;
  }
  console.log(`构建完成：${path.relative(process.cwd(), args.outDir) || args.outDir}/`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error((error as Error).stack ?? String(error));
    process.exit(1);
  },
);
