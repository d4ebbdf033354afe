/**
 * Runs a site build in a child process and measures it: wall time, exit code, output, and the
 * peak resident memory and CPU time of the whole process tree (sampled from /proc on Linux).
 *
 * Shared by the test setup (tests/setup/build-site.ts) and `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Options for {@link runBuild}. */
export interface RunBuildOptions {
  /** Project root (where package.json lives). */
  cwd: string;
  /** Output folder for the build: new, empty, or a previous build (see src/cli/build.ts). */
  outDir: string;
  /** Extra environment, e.g. SITE_DATA_DIR / SITE_PLAN_FILE for synthetic inputs. */
  env?: Record<string, string | undefined>;
  /** Echo the build's output while it runs. */
  echo?: boolean;
  /** Kill the build (its whole process group) after this many milliseconds. */
  timeoutMs?: number;
  /** Run the build under this umask (through `sh`, so on POSIX systems only), as a server's deploy user would. */
  umask?: number;
}

/** What a build did. */
export interface BuildRun {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** Wall-clock milliseconds. */
  ms: number;
  /** Peak resident memory of the build's process tree in bytes; undefined without /proc. */
  peakRssBytes: number | undefined;
  /**
   * CPU time (user + system) of the build's process tree in milliseconds, from /proc: what the
   * build cost whatever else the machine was doing. Undefined without /proc.
   */
  cpuMs: number | undefined;
  /** stdout and stderr, interleaved. */
  output: string;
  /** The command that was run, for messages. */
  command: string;
  /** True when the build was killed for running past `timeoutMs`. */
  timedOut: boolean;
}

/**
 * The build command: the project's `src/cli/build.ts --out DIR` when it exists, else Astro directly
 * with `ASTRO_OUT_DIR` (the fallback keeps tests usable before the build entry point lands).
 */
export function getBuildCommand(cwd: string, outDir: string): { file: string; args: string[]; env: Record<string, string> } {
  const bin = (name: string): string => path.join(cwd, 'node_modules', '.bin', name);
  if (existsSync(path.join(cwd, 'src', 'cli', 'build.ts'))) {
    return { file: bin('tsx'), args: ['src/cli/build.ts', '--out', outDir], env: {} };
  }
  return { file: bin('astro'), args: ['build'], env: { ASTRO_OUT_DIR: outDir } };
}

/** Runs one build; never throws for a failing build (check `code`). */
export async function runBuild(options: RunBuildOptions): Promise<BuildRun> {
  const { file, args, env } = getBuildCommand(options.cwd, options.outDir);
  const command = [path.relative(options.cwd, file), ...args].join(' ');
  const started = performance.now();
  const [program, argv] =
    options.umask === undefined ? [file, args] : ['sh', ['-c', `umask ${options.umask.toString(8).padStart(3, '0')} && exec "$0" "$@"`, file, ...args]];
  const child = spawn(program, argv, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout can stop the build and every process it started.
    detached: options.timeoutMs !== undefined,
  });
  const chunks: Buffer[] = [];
  const collect = (stream: NodeJS.WritableStream) => (chunk: Buffer): void => {
    chunks.push(chunk);
    if (options.echo) stream.write(chunk);
  };
  child.stdout.on('data', collect(process.stdout));
  child.stderr.on('data', collect(process.stderr));

  let peak: number | undefined;
  const cpu = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = measureTree(child.pid);
    if (tree === undefined) return;
    peak = Math.max(peak ?? 0, tree.rssBytes);
    for (const [pid, ms] of tree.cpuMs) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, ms));
  };
  const timer = setInterval(sample, 50);
  let timedOut = false;
  // A detached build would outlive us if we are interrupted: stop its group when we exit.
  const stopGroup = (): void => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  if (options.timeoutMs !== undefined) process.once('exit', stopGroup);
  const killer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stopGroup();
        }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve(exitCode));
  }).finally(() => {
    clearInterval(timer);
    clearTimeout(killer);
    process.off('exit', stopGroup);
  });

  return {
    code,
    ms: performance.now() - started,
    peakRssBytes: peak,
    cpuMs: peak === undefined ? undefined : [...cpu.values()].reduce((sum, ms) => sum + ms, 0),
    output: Buffer.concat(chunks).toString('utf8'),
    command,
    timedOut,
  };
}

/**
 * Resident memory of a process and all its descendants, in bytes: the larger of the summed current
 * RSS and any single process's high-water mark (VmHWM), so short peaks between samples still count.
 */
export function measureTreeRss(rootPid: number): number | undefined {
  return measureTree(rootPid)?.rssBytes;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * A process tree now: its resident memory (see {@link measureTreeRss}) and each process's own CPU
 * time so far (user + system), in milliseconds by pid. Summing the last sample of every pid gives
 * the tree's CPU time, less at most one sampling interval (50 ms) per process.
 */
export function measureTree(rootPid: number): { rssBytes: number; cpuMs: Map<number, number> } | undefined {
  if (!existsSync('/proc/self/status')) return undefined;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = readStat(Number(entry))?.ppid;
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  let sum = 0;
  let hwm = 0;
  const cpuMs = new Map<number, number>();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const status = readStatus(pid);
    sum += status.rss;
    hwm = Math.max(hwm, status.hwm);
    const stat = readStat(pid);
    if (stat) cpuMs.set(pid, (stat.ticks * 1000) / TICKS_PER_SECOND);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssBytes: Math.max(sum, hwm) * 1024, cpuMs };
}

/**
 * Parent pid and CPU ticks (utime + stime) of a process, from /proc/<pid>/stat. Its waited-for
 * children's times (cutime, cstime) are left out: every process of the tree is sampled itself.
 */
function readStat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses; fields after the last ')' are fixed:
    // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    return { ppid: Number(fields[1]), ticks };
  } catch {
    return undefined;
  }
}

function readStatus(pid: number): { rss: number; hwm: number } {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}
