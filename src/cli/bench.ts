/**
 * `npm run bench`: how much the build costs and what the pages weigh, printed as a table and as JSON.
 *
 * - build time (median of --runs, default 3), CPU time and peak memory of the build's process
 *   tree, real data;
 * - every page's weight, raw and gzip (level 9), and the JavaScript total;
 * - the time to parse a 5 MB synthetic plan whose paragraphs are split at every line (healing is linear);
 * - the same for synthetic tables of 300, 3,000 and 9,999 counties (--sizes), generated into a
 *   temporary folder with the made-up plan whose attachment they are (syntheticPlan.ts
 *   generatePairedPlan), read through SITE_DATA_DIR and SITE_PLAN_FILE. 9,999 counties and the 合计 row are the
 *   10,000 rows the table may have (src/lib/tasks/validate.ts); `--skip-largest` leaves that size
 *   out when time is short. With --synthetic-runs above 1 the sizes take turns (300, 3,000, 9,999,
 *   300, …) so that a change in the machine's load falls on every size alike.
 *
 * For each size the table gives the cost per page (build time ÷ pages), the marginal cost of each
 * page added since the size before, and the exponent k of time ∝ pages^k between the two: k ≤ 1
 * and a steady marginal cost show a linear build (fixed start-up costs pull k below 1). Wall
 * times depend on what else the machine runs; CPU time (user + system) and the load average are
 * printed beside them.
 *
 * Builds go into `.dist-bench-<pid>/` (gitignored, removed at the end; each synthetic build as soon
 * as it is measured); dist/ and data/ are never touched.
 *
 * Usage: npm run bench [-- --runs 3] [--sizes 300,3000,9999] [--skip-largest] [--synthetic-runs 1] [--timeout-min 15] [--json FILE]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { countPages, listScriptFiles, measurePages, type PageWeight } from './support/pageWeight';
import { runBuild, type BuildRun } from './support/runBuild';
import { generateTasksCsv } from './support/syntheticTasks';
import { generatePairedPlan, generatePlanText } from './support/syntheticPlan';
import { parsePlan } from '../lib/plan/index.ts';
import { CODES, MESSAGES } from './messages.ts';
import { exitWithUsageError, readCommandArgs, UsageError } from './support/args';

/** One measured configuration. */
interface BuildCase {
  name: string;
  counties: number | null;
  runs: number;
  buildMsMedian: number | null;
  buildMsAll: number[];
  /** CPU time (user + system) of the build's process tree, median of the runs. */
  cpuMsMedian: number | null;
  cpuMsAll: number[];
  peakRssMiB: number | null;
  pages: number | null;
  /** One-minute load average when each run started and ended. */
  loadAverage: { start: number; end: number }[];
  status: 'ok' | 'failed' | 'timed out';
}

/** How cost grows from one size to the next (see the module comment). */
interface Scaling {
  /** Build ms ÷ pages. */
  msPerPage: number | null;
  /** (build ms − previous build ms) ÷ (pages − previous pages). */
  marginalMsPerPage: number | null;
  /** ln(ms ÷ previous ms) ÷ ln(pages ÷ previous pages). */
  exponent: number | null;
  /** The same three on CPU time. */
  cpuMsPerPage: number | null;
  cpuMarginalMsPerPage: number | null;
  cpuExponent: number | null;
  /** Build ms ÷ build ms of the first synthetic size (300 counties by default). */
  ratioToSmallest: number | null;
  cpuRatioToSmallest: number | null;
}

const USAGE = '用法：npm run bench [-- --runs 3] [--sizes 300,3000,9999] [--skip-largest] [--synthetic-runs 1] [--timeout-min 15] [--json 文件]';
const { values } = readCommandArgs('bench', USAGE, {
  runs: { type: 'string', value: '次数', default: '3' },
  // `--sizes=` skips the synthetic tables.
  sizes: { type: 'string', value: '县数', default: '300,3000,9999', allowEmpty: true },
  'skip-largest': { type: 'boolean', default: false },
  'synthetic-runs': { type: 'string', value: '次数', default: '1' },
  'timeout-min': { type: 'string', value: '分钟数', default: '15' },
  json: { type: 'string', value: '文件名' },
});
const runs = positiveInt(values.runs, '--runs');
const syntheticRuns = positiveInt(values['synthetic-runs'], '--synthetic-runs');
const timeoutMs = positiveNumber(values['timeout-min'], '--timeout-min') * 60_000;
const allSizes = [...new Set(values.sizes.split(',').filter(Boolean).map((size) => positiveInt(size, '--sizes')))].sort((a, b) => a - b);
const sizes = values['skip-largest'] ? allSizes.slice(0, -1) : allSizes;

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
  log(`Real data: ${runs} build(s)…`);
  const realOut = path.join(workDir, 'real');
  const realRuns = await measureRuns('real data', runs, realOut);
  const real = summarize('real data', null, realRuns, runs, realRuns.runs.every((run) => run.code === 0) ? countPages(realOut) : null);
  const weights = real.status === 'ok' ? measurePages(realOut) : [];
  const jsFiles = real.status === 'ok' ? listScriptFiles(realOut) : [];

  const synthetic = await measureSynthetic();
  const planParse = measurePlanParse(5 * 2 ** 20);
  const cases = [real, ...synthetic];
  const scaling = describeScaling(cases);

  const report = {
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}` },
    planParse,
    builds: cases.map((entry, i) => ({ ...entry, scaling: scaling[i] })),
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
  printTables(cases, scaling, weights, report.totals.jsBytes, jsFiles);
  console.log(`\nPlan text: a ${mib(planParse.bytes)} MiB synthetic plan (${planParse.items} items, every paragraph split at each line) parsed in ${planParse.ms} ms`);
  console.log('\nJSON:');
  console.log(JSON.stringify(report, null, 2));
  if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = cases.some((entry) => entry.status === 'failed') || planParse.status === 'failed' ? 1 : 0;
} finally {
  await cleanUp();
}

/** Parses a synthetic plan of `bytes` (src/cli/support/syntheticPlan.ts) in this process: the healing and parsing time of a large plan. */
function measurePlanParse(bytes: number): { bytes: number; items: number; ms: number; status: 'ok' | 'failed' } {
  const { text, items } = generatePlanText(bytes);
  log(`Plan text: parsing ${mib(Buffer.byteLength(text))} MiB…`);
  const start = performance.now();
  const { plan } = parsePlan(text, 'synthetic-plan.txt');
  const ms = Math.round(performance.now() - start);
  return { bytes: Buffer.byteLength(text), items, ms, status: plan ? 'ok' : 'failed' };
}

/** Runs of one case, with the load average when each started and ended. */
interface Runs {
  runs: BuildRun[];
  loads: BuildCase['loadAverage'];
}

/** One build, with the load average around it. */
async function measureRun(name: string, index: number, outDir: string, env: Record<string, string>, into: Runs): Promise<BuildRun> {
  const start = os.loadavg()[0] as number;
  const run = await runBuild({ cwd: projectRoot, outDir, env, timeoutMs });
  into.runs.push(run);
  into.loads.push({ start: round1(start), end: round1(os.loadavg()[0] as number) });
  const verb = run.timedOut ? 'timed out after' : run.code === 0 ? 'built in' : 'FAILED after';
  const cpu = run.cpuMs === undefined ? '' : `, CPU ${(run.cpuMs / 1000).toFixed(1)} s`;
  log(`  ${name} #${index}: ${verb} ${(run.ms / 1000).toFixed(1)} s${cpu}, peak ${mib(run.peakRssBytes)} MiB, load ${(os.loadavg()[0] as number).toFixed(1)}`);
  if (run.code !== 0 && !run.timedOut) {
    console.error(run.output.trim().split('\n').filter((line) => !/: warning /.test(line)).slice(-30).join('\n'));
  }
  return run;
}

/** The real data, `count` times into the same folder (kept for the page weights). */
async function measureRuns(name: string, count: number, outDir: string): Promise<Runs> {
  const into: Runs = { runs: [], loads: [] };
  for (let index = 0; index < count; index += 1) {
    const run = await measureRun(name, index + 1, outDir, {}, into);
    if (run.code !== 0) break;
  }
  return into;
}

/** Every synthetic size, `syntheticRuns` times, sizes taking turns; each output removed once counted. */
async function measureSynthetic(): Promise<BuildCase[]> {
  const results = new Map<number, Runs & { pages: number | null }>();
  for (const size of sizes) {
    const dataDir = path.join(dataRoot, `counties-${size}`);
    await mkdir(dataDir, { recursive: true });
    const csv = generateTasksCsv(size);
    await writeFile(path.join(dataDir, 'tasks.csv'), csv);
    // A table belongs to its plan: the synthetic counties come with the made-up plan whose attachment they are.
    await writeFile(path.join(dataRoot, `plan-${size}.txt`), generatePairedPlan(csv));
    results.set(size, { runs: [], loads: [], pages: null });
  }
  for (let round = 0; round < syntheticRuns; round += 1) {
    for (const size of sizes) {
      const entry = results.get(size) as Runs & { pages: number | null };
      if (entry.runs.some((run) => run.code !== 0)) continue;
      const outDir = path.join(workDir, `synthetic-${size}`);
      log(`Synthetic ${size} counties, run ${round + 1} of ${syntheticRuns} (timeout ${values['timeout-min']} min)…`);
      const run = await measureRun(`synthetic ${size}`, round + 1, outDir, { SITE_DATA_DIR: path.join(dataRoot, `counties-${size}`), SITE_PLAN_FILE: path.join(dataRoot, `plan-${size}.txt`) }, entry);
      if (run.code === 0) entry.pages = countPages(outDir);
      await rm(outDir, { recursive: true, force: true });
    }
  }
  return sizes.map((size) => {
    const entry = results.get(size) as Runs & { pages: number | null };
    return summarize(`synthetic ${size}`, size, entry, syntheticRuns, entry.pages);
  });
}

function summarize(name: string, counties: number | null, { runs: results, loads }: Runs, count: number, pages: number | null): BuildCase {
  const ok = results.filter((run) => run.code === 0);
  const last = results[results.length - 1];
  const status = ok.length === count ? 'ok' : last?.timedOut ? 'timed out' : 'failed';
  const peak = Math.max(...results.map((run) => run.peakRssBytes ?? 0));
  const cpu = ok.map((run) => run.cpuMs).filter((ms): ms is number => ms !== undefined);
  return {
    name,
    counties,
    runs: results.length,
    buildMsMedian: ok.length > 0 ? Math.round(median(ok.map((run) => run.ms))) : last?.timedOut ? Math.round(last.ms) : null,
    buildMsAll: results.map((run) => Math.round(run.ms)),
    cpuMsMedian: cpu.length > 0 ? Math.round(median(cpu)) : null,
    cpuMsAll: cpu.map(Math.round),
    peakRssMiB: peak > 0 ? Number(mib(peak)) : null,
    pages: status === 'ok' ? pages : null,
    loadAverage: loads,
    status,
  };
}

/** Per-page cost, marginal cost and exponent of each case against the case before it. */
function describeScaling(cases: BuildCase[]): Scaling[] {
  const smallest = cases.find((entry) => entry.counties !== null && entry.status === 'ok');
  return cases.map((entry, i) => {
    const previous = i > 0 ? cases[i - 1] : undefined;
    const ok = entry.status === 'ok' && entry.pages !== null;
    const per = (ms: number | null) => (ok && ms !== null ? ms / (entry.pages as number) : null);
    const marginal = (ms: number | null, before: number | null) =>
      ok && previous?.pages && ms !== null && before !== null && entry.pages !== previous.pages ? (ms - before) / ((entry.pages as number) - previous.pages) : null;
    const exponent = (ms: number | null, before: number | null) =>
      ok && previous?.pages && ms !== null && before !== null && before > 0 && entry.pages !== previous.pages ? Math.log(ms / before) / Math.log((entry.pages as number) / previous.pages) : null;
    const ratio = (ms: number | null, base: number | null | undefined) => (ok && ms !== null && base ? ms / base : null);
    return {
      msPerPage: per(entry.buildMsMedian),
      marginalMsPerPage: marginal(entry.buildMsMedian, previous?.buildMsMedian ?? null),
      exponent: exponent(entry.buildMsMedian, previous?.buildMsMedian ?? null),
      cpuMsPerPage: per(entry.cpuMsMedian),
      cpuMarginalMsPerPage: marginal(entry.cpuMsMedian, previous?.cpuMsMedian ?? null),
      cpuExponent: exponent(entry.cpuMsMedian, previous?.cpuMsMedian ?? null),
      ratioToSmallest: entry.counties === null ? null : ratio(entry.buildMsMedian, smallest?.buildMsMedian),
      cpuRatioToSmallest: entry.counties === null ? null : ratio(entry.cpuMsMedian, smallest?.cpuMsMedian),
    };
  });
}

function printTables(cases: BuildCase[], scaling: Scaling[], weights: PageWeight[], jsBytes: number, jsFiles: string[]): void {
  const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));
  const seconds = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
  console.log('\nBuilds (wall = elapsed time; CPU = user + system of the whole process tree)');
  printTable(
    ['case', 'counties', 'runs', 'pages', 'wall s', 'CPU s', 'peak RSS MiB', 'load', 'status'],
    cases.map((entry) => [
      entry.name,
      entry.counties === null ? 'real' : String(entry.counties),
      String(entry.runs),
      entry.pages === null ? '—' : String(entry.pages),
      `${entry.status === 'timed out' ? '>' : ''}${seconds(entry.buildMsMedian)}`,
      seconds(entry.cpuMsMedian),
      entry.peakRssMiB === null ? '—' : String(entry.peakRssMiB),
      entry.loadAverage.map((load) => `${load.start.toFixed(1)}→${load.end.toFixed(1)}`).join(' '),
      entry.status,
    ]),
  );
  console.log('\nCost per page (ms), against the size before; ratio = against the smallest synthetic size');
  printTable(
    ['case', 'ms/page', 'marginal ms/page', 'exponent', 'ratio', 'CPU ms/page', 'CPU marginal', 'CPU exponent', 'CPU ratio'],
    cases.map((entry, i) => {
      const s = scaling[i] as Scaling;
      return [
        entry.name,
        fixed(s.msPerPage, 1),
        fixed(s.marginalMsPerPage, 1),
        fixed(s.exponent, 2),
        fixed(s.ratioToSmallest, 2),
        fixed(s.cpuMsPerPage, 1),
        fixed(s.cpuMarginalMsPerPage, 1),
        fixed(s.cpuExponent, 2),
        fixed(s.cpuRatioToSmallest, 2),
      ];
    }),
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

function round1(value: number): number {
  return Math.round(value * 10) / 10;
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
  return exitWithUsageError(new UsageError('bench', CODES.badNumber, MESSAGES.badNumber(flag, expected, text, USAGE)));
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}
