/**
 * `npm run build`: validate the inputs, build the site into a temporary folder, and replace the
 * output folder only when everything succeeded. A failed build prints its reasons, exits non-zero
 * and leaves the previous output byte-identical.
 *
 *   tsx src/cli/build.ts [--out DIR]      wrong usage: one line on stderr, exit 2
 *
 * The inputs and the site's address come from the settings (src/lib/config); which folders a build
 * may replace, and how, is src/cli/support/output.ts. Astro builds inside the project (outside it,
 * Astro leaves its server modules in the output), and the finished folder must name no path of the
 * build machine.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { resolveConfig, type ConfigEnv, type SiteConfig } from '../lib/config/index.ts';
import { DataError, formatIssue, hasErrors } from '../lib/errors.ts';
import { provideSite } from '../lib/load/current.ts';
import { inspectSite, type AnySite } from '../lib/load/index.ts';
import { checkBuiltSite, findMachineTraces } from '../lib/site/postcheck.ts';
import { CODES as TASK_CODES } from '../lib/tasks/messages.ts';
import { CODES, MESSAGES } from './messages.ts';
import { parseCommandArgs, UsageError } from './support/args.ts';
import {
  checkOutDir,
  makeTempDir,
  MARKER_FILE,
  MARKER_TEXT,
  normaliseModes,
  readUmask,
  recoverInterruptedSwap,
  removeStaleBuildDirs,
  replaceDir,
  resolveParents,
  showDir,
  stageBeside,
} from './support/output.ts';

export { MARKER_FILE, MARKER_TEXT } from './support/output.ts';

const USAGE = '用法：npm run build [-- --out 目录]';
const OPTIONS = { out: { type: 'string', value: '目录', default: 'dist' } } as const;

/** Warnings that say the table differs from the plan as issued: once released, an adjustment on record. */
const ADJUSTMENT_CODES: ReadonlySet<string> = new Set([TASK_CODES.differsFromIssued, TASK_CODES.headlineMismatch]);

/**
 * Variables that Vite and Astro expose as `import.meta.env.*` at render time; a value inherited from
 * the caller (a test runner sets BASE_URL=/) would override the base path of the settings.
 */
const INHERITED_VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/** Makes the site's pages and files in `outDir` (a new, empty folder inside the project). */
export type SiteBuilder = (outDir: string, site: AnySite, config: SiteConfig, projectRoot: string) => Promise<void>;

/** Where the command writes and what it reads besides its arguments; tests pass their own. */
export interface BuildIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** The environment the settings are read from. */
  env: ConfigEnv;
  /** The project folder it runs in; default the process's working folder. Relative inputs are read from it. */
  cwd?: string;
}

/** Astro's build of the pages, handed the loaded site (src/lib/load/current.ts); Astro is imported lazily so a data error fails fast. */
export const buildWithAstro: SiteBuilder = async (outDir, site, config, projectRoot) => {
  provideSite(site, config);
  for (const name of INHERITED_VITE_ENV) delete process.env[name];
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // The heap setting: collect garbage once the heap has grown by half since the last full
  // collection, not up to four times over (V8's default with memory to spare), so memory follows
  // what the pages in hand need (3,000 counties: about 620 MiB instead of 920) for about 3% more
  // CPU. It takes effect at run time and sets no limit: a larger site cannot run out of heap by it.
  setFlagsFromString('--heap-growing-percent=50');
  const { build } = await import('astro');
  const logLevel = process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn';
  await build({ root: projectRoot, outDir, site: config.address.site ?? undefined, base: config.address.base, logLevel });
};

/** Problems of a finished build, one line each. */
function checkOutput(dir: string, site: AnySite, config: SiteConfig, projectRoot: string): string[] {
  const roots = [...new Set([projectRoot, process.cwd(), realpathSync.native(process.cwd())])];
  return [
    ...checkBuiltSite(dir, site, config.address),
    ...findMachineTraces(dir, roots).map(({ file, trace }) => (trace === 'absolute-path' ? MESSAGES.absolutePath(file) : MESSAGES.serverModule(file))),
  ];
}

/** Prints the site's warnings: the adjustments a release has recorded as one line instead of one each. */
function printWarnings(site: AnySite, io: BuildIo): void {
  const latest = site.releases[0];
  const recorded = latest ? site.warnings.filter((w) => ADJUSTMENT_CODES.has(w.code)) : [];
  for (const warning of site.warnings) if (!recorded.includes(warning)) io.stderr(formatIssue(warning));
  if (latest && recorded.length > 0) io.stderr(`build: ${CODES.adjustmentsRecorded} ${MESSAGES.adjustmentsRecorded(recorded.length, latest.version, latest.date)}`);
}

/** Runs the build command in the project folder; returns the exit code (0 built, 1 failed, 2 wrong usage). */
export async function runBuildCommand(args: readonly string[], io: BuildIo, builder: SiteBuilder = buildWithAstro): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const projectRoot = realpathSync.native(cwd);
  const umask = readUmask();
  let out: string;
  try {
    const parsed = parseCommandArgs('build', USAGE, OPTIONS, args);
    if (parsed === null) {
      io.stdout(USAGE);
      return 0;
    }
    out = parsed.values.out;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.format());
    return 2;
  }
  const resolved = resolveConfig(io.env, { out });
  const settings = resolved.issues;
  // Inputs are named as given when the command runs where it was started; read from the project folder otherwise.
  const here = path.resolve(cwd) === path.resolve(process.cwd());
  const at = (file: string) => (here ? file : path.resolve(cwd, file));
  const config: SiteConfig = { ...resolved.config, planFile: at(resolved.config.planFile), dataDir: at(resolved.config.dataDir), outDir: path.resolve(cwd, resolved.config.outDir) };
  const outDir = resolveParents(config.outDir);
  const shown = showDir(outDir, projectRoot);

  // Before anything else: refuse a place that is not ours to replace (a missing output is checked
  // by its path alone), then put back an output that a build killed mid-swap left aside.
  const inputs = [path.resolve(projectRoot, config.dataDir)];
  const refusal = checkOutDir(outDir, projectRoot, inputs);
  if (refusal) {
    io.stderr(refusal.format());
    return 2;
  }
  const recovered = recoverInterruptedSwap(outDir);
  if (recovered) {
    io.stderr(`build: ${CODES.outRecovered} ${MESSAGES.outRecovered(shown, recovered, path.basename(outDir))}`);
    const again = checkOutDir(outDir, projectRoot, inputs);
    if (again) {
      io.stderr(again.format());
      return 2;
    }
  }
  removeStaleBuildDirs(projectRoot);
  removeStaleBuildDirs(path.dirname(outDir), path.basename(outDir));

  // Validate first: the same lines as `npm run validate`, and nothing is written on error.
  const { site, issues } = hasErrors(settings) ? { site: null, issues: settings } : inspectSite({ planFile: config.planFile, dataDir: config.dataDir }, { today: config.today });
  if (!site) {
    for (const issue of issues) io.stderr(formatIssue(issue));
    io.stderr(MESSAGES.buildStopped(`${config.planFile} 或 ${config.dataDir}/`, shown));
    return 1;
  }
  printWarnings(site, io);

  let built = await makeTempDir(projectRoot);
  try {
    await builder(built, site, config, projectRoot);
    const problems = checkOutput(built, site, config, projectRoot);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`${CODES.buildOutput} ${MESSAGES.buildOutput(p)}`);
      throw new Error(MESSAGES.outputCheck());
    }
    writeFileSync(path.join(built, MARKER_FILE), MARKER_TEXT);
    built = await stageBeside(built, outDir);
    normaliseModes(built, umask);
    // The output may have changed while Astro ran; check it once more right before replacing it.
    const changed = checkOutDir(outDir, projectRoot, inputs);
    if (changed) throw changed;
    await replaceDir(built, outDir);
  } catch (error) {
    await rm(built, { recursive: true, force: true });
    if (error instanceof DataError) {
      for (const issue of error.issues) io.stderr(formatIssue(issue));
    } else if (error instanceof UsageError) {
      io.stderr(error.format());
    } else {
      io.stderr((error as Error).stack ?? String(error));
    }
    io.stderr(MESSAGES.buildFailed(shown));
    return 1;
  }
  io.stdout(MESSAGES.buildDone(shown));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBuildCommand(process.argv.slice(2), { stdout: (line) => console.log(line), stderr: (line) => console.error(line), env: process.env }).then(
    (code) => process.exit(code),
    (error) => {
      console.error((error as Error).stack ?? String(error));
      process.exit(1);
    },
  );
}
