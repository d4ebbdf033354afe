/**
 * `npm run bench`: how much the build costs and what the pages weigh, printed as a table and as JSON.
 *
 * - build time (median of --runs, default 3) and peak memory of the build's process tree, real data;
 * - every page's weight, raw and gzip (level 9), and the JavaScript total;
 * - build time and peak memory with synthetic tables of 300 and 3,000 counties (--sizes), generated
 *   into a temporary folder and read through SITE_DATA_DIR, so we see how cost grows with the data.
 *
 * Builds go into `.dist-bench-<pid>/` (gitignored, removed at the end); dist/ and data/ are never touched.
 *
 * Usage: npm run bench [-- --runs 3] [--sizes 300,3000] [--synthetic-runs 1] [--timeout-min 10] [--json FILE]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listScriptFiles, measurePages, type PageWeight } from './support/pageWeight';
import { runBuild, type BuildRun } from './support/runBuild';
import { generateTasksCsv } from './support/syntheticTasks';
import { exitWithUsageError, readCommandArgs, UsageError } from './support/args';

/** One measured configuration. */
interface BuildCase {
  name: string;
  counties: number | null;
  runs: number;
  buildMsMedian: number | null;
  buildMsAll: number[];
  peakRssMiB: number | null;
  pages: number | null;
  status: 'ok' | 'failed' | 'timed out';
}

const USAGE = '用法：npm run bench [-- --runs 3] [--sizes 300,3000] [--synthetic-runs 1] [--timeout-min 10] [--json 文件]';
const { values } = readCommandArgs('bench', USAGE, {
  runs: { type: 'string', value: '次数', default: '3' },
  // `--sizes=` skips the synthetic tables.
  sizes: { type: 'string', value: '县数', default: '300,3000', allowEmpty: true },
  'synthetic-runs': { type: 'string', value: '次数', default: '1' },
  'timeout-min': { type: 'string', value: '分钟数', default: '10' },
  json: { type: 'string', value: '文件名' },
});
const runs = positiveInt(values.runs, '--runs');
const syntheticRuns = positiveInt(values['synthetic-runs'], '--synthetic-runs');
const timeoutMs = positiveNumber(values['timeout-min'], '--timeout-min') * 60_000;
const sizes = values.sizes.split(',').filter(Boolean).map((size) => positiveInt(size, '--sizes'));

const projectRoot = process.cwd();
const workDir = path.join(projectRoot, `.dist-bench-${process.pid}`);
const dataRoot = await mkdtemp(path.join(os.tmpdir(), 'bench-data-'));
const cleanUp = async (): Promise<void> => {
  await rm(workDir, { recursive: true, force: true });
  await rm(dataRoot, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});

try {
  await mkdir(workDir, { recursive: true });
  const cases: BuildCase[] = [];
  log(`Real data: ${runs} build(s)…`);
  const real = await measureCase('real data', null, runs, {}, path.join(workDir, 'real'));
  cases.push(real.summary);
  const weights = real.outDir ? measurePages(real.outDir) : [];
  const jsFiles = real.outDir ? listScriptFiles(real.outDir) : [];

  for (const size of sizes) {
    const dataDir = path.join(dataRoot, `counties-${size}`);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'tasks.csv'), generateTasksCsv(size));
    log(`Synthetic ${size} counties: ${syntheticRuns} build(s), timeout ${values['timeout-min']} min…`);
    const synthetic = await measureCase(`synthetic ${size}`, size, syntheticRuns, { SITE_DATA_DIR: dataDir }, path.join(workDir, `synthetic-${size}`));
    cases.push(synthetic.summary);
  }

  const report = {
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}` },
    builds: cases,
    pages: weights.map((weight) => ({
      page: `/${weight.page}`,
      htmlBytes: weight.htmlBytes,
      totalBytes: weight.totalBytes,
      totalGzip: weight.totalGzip,
      jsBytes: weight.jsBytes,
    })),
    totals: {
      pages: weights.length,
      jsBytes: weights.reduce((sum, weight) => sum + weight.jsBytes, 0),
      jsFiles,
      heaviestGzip: weights[0]?.totalGzip ?? 0,
    },
  };
  printTables(cases, weights, report.totals.jsBytes, jsFiles);
  console.log('\nJSON:');
  console.log(JSON.stringify(report, null, 2));
  if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = cases.some((entry) => entry.status === 'failed') ? 1 : 0;
} finally {
  await cleanUp();
}

async function measureCase(
  name: string,
  counties: number | null,
  count: number,
  env: Record<string, string>,
  outDir: string,
): Promise<{ summary: BuildCase; outDir: string | null }> {
  const results: BuildRun[] = [];
  for (let index = 0; index < count; index += 1) {
    const run = await runBuild({ cwd: projectRoot, outDir, env, timeoutMs });
    results.push(run);
    log(`  ${name} #${index + 1}: ${run.timedOut ? 'timed out after' : run.code === 0 ? 'built in' : 'FAILED after'} ${(run.ms / 1000).toFixed(1)} s, peak ${mib(run.peakRssBytes)} MiB`);
    if (run.code !== 0) {
      const errors = run.output.trim().split('\n').filter((line) => !/: warning /.test(line));
      if (!run.timedOut) console.error(errors.slice(-30).join('\n'));
      break;
    }
  }
  const ok = results.filter((run) => run.code === 0);
  const last = results[results.length - 1];
  const status = ok.length === count ? 'ok' : last?.timedOut ? 'timed out' : 'failed';
  const peak = Math.max(...results.map((run) => run.peakRssBytes ?? 0));
  const pages = ok.length > 0 ? measurePages(outDir).length : null;
  return {
    summary: {
      name,
      counties,
      runs: results.length,
      buildMsMedian: ok.length > 0 ? Math.round(median(ok.map((run) => run.ms))) : last?.timedOut ? Math.round(last.ms) : null,
      buildMsAll: results.map((run) => Math.round(run.ms)),
      peakRssMiB: peak > 0 ? Number(mib(peak)) : null,
      pages,
      status,
    },
    outDir: ok.length > 0 ? outDir : null,
  };
}

function printTables(cases: BuildCase[], weights: PageWeight[], jsBytes: number, jsFiles: string[]): void {
  console.log('\nBuilds');
  printTable(
    ['case', 'counties', 'runs', 'build s (median)', 'peak RSS MiB', 'pages', 'status'],
    cases.map((entry) => [
      entry.name,
      entry.counties === null ? '20 (real)' : String(entry.counties),
      String(entry.runs),
      entry.buildMsMedian === null ? '—' : `${entry.status === 'timed out' ? '>' : ''}${(entry.buildMsMedian / 1000).toFixed(1)}`,
      entry.peakRssMiB === null ? '—' : String(entry.peakRssMiB),
      entry.pages === null ? '—' : String(entry.pages),
      entry.status,
    ]),
  );
  console.log(`\nPages of the real build (${weights.length}; gzip = each file at level 9, summed; HTML + CSS + images)`);
  printTable(
    ['page', 'html KB', 'total KB', 'total gzip KB', 'JS bytes'],
    weights.map((weight) => [`/${weight.page}`, kb(weight.htmlBytes), kb(weight.totalBytes), kb(weight.totalGzip), String(weight.jsBytes)]),
  );
  console.log(`\nJavaScript shipped: ${jsBytes} bytes in pages; ${jsFiles.length} .js file(s) in dist${jsFiles.length ? `: ${jsFiles.join(', ')}` : ''}`);
}

/** Prints rows as an aligned text table; numeric-looking columns are right-aligned. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const numeric = header.map((_, column) => rows.every((row) => /^[>\d.—-]*$/.test(row[column] ?? '')));
  const format = (row: string[]): string =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - width(cell));
        return numeric[column] ? pad + cell : cell + pad;
      })
      .join('  ');
  console.log(format(header));
  console.log(widths.map((size) => '-'.repeat(size)).join('  '));
  for (const row of rows) console.log(format(row));
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let size = 0;
  for (const char of text) size += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return size;
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function mib(bytes: number | undefined): string {
  return bytes === undefined ? '—' : (bytes / 1024 / 1024).toFixed(0);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) badNumber(text, flag, '正整数');
  return value;
}

function positiveNumber(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) badNumber(text, flag, '正数');
  return value;
}

function badNumber(text: string, flag: string, expected: string): never {
  return exitWithUsageError(new UsageError('bench', 'E_USAGE_BAD_NUMBER', `参数「${flag}」应为${expected}，实际为「${text}」。${USAGE}`));
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}
