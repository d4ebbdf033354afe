/**
 * Every command answers wrong usage the same way: one line on stderr, `<command>: E_USAGE_… 说明。用法：…`,
 * exit 2, and nothing done. validate, release and build are called as functions; the others are
 * scripts, spawned (the one run of each of them in the suite), and stop before they build, serve
 * or start a browser.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runBuildCommand } from '../../../src/cli/build.ts';
import { OPTIONS as SERVE_OPTIONS, USAGE as SERVE_USAGE } from '../../../src/cli/serve.ts';
import { parseCommandArgs, UsageError } from '../../../src/cli/support/args.ts';
import { runRelease } from '../../../src/cli/release.ts';
import { runValidate } from '../../../src/cli/validate.ts';

const execFileAsync = promisify(execFile);

/** Runs `tsx src/cli/<command>.ts ...args`; resolves with its exit code and output, never throws. */
async function spawnCommand(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('node_modules/.bin/tsx', [`src/cli/${command}.ts`, ...args], { encoding: 'utf8', timeout: 25_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function callCommand(run: (args: string[], io: { stdout: (l: string) => void; stderr: (l: string) => void }) => number, args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = run(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.map((l) => `${l}\n`).join(''), stderr: stderr.map((l) => `${l}\n`).join('') };
}

const UNKNOWN = (command: string, supported: string, usage: string) => `${command}: E_USAGE_UNKNOWN_FLAG 未知参数「--bogus」：只支持 ${supported}。${usage}\n`;

describe.concurrent('every command answers an unknown flag with exit 2 and its usage', () => {
  it('validate --bogus', () => {
    expect(callCommand(runValidate, ['--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: UNKNOWN('validate', '--tasks 和 --plan', '用法：npm run validate [-- --tasks 任务表.csv] [--plan 方案.txt]'),
    });
  });

  it('release --bogus', () => {
    expect(callCommand(runRelease, ['--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: UNKNOWN('release', '--date、--note 和 --yes', '用法：npm run release -- --date 2024-06-30 --note "本次调整的内容和依据" [--yes]'),
    });
  });

  it('build --bogus', async () => {
    const stderr: string[] = [];
    const code = await runBuildCommand(['--bogus'], { stdout: () => undefined, stderr: (l) => stderr.push(`${l}\n`), env: {} }, async () => {
      throw new Error('the builder was reached');
    });
    expect({ code, stderr: stderr.join('') }).toEqual({ code: 2, stderr: UNKNOWN('build', '--out', '用法：npm run build [-- --out 目录]') });
  });

  it('serve --bogus (its options, read in-process; tests/unit/cli/serve-host.test.ts runs the command)', () => {
    let line = '';
    try {
      parseCommandArgs('serve', SERVE_USAGE, SERVE_OPTIONS, ['--bogus']);
    } catch (error) {
      if (error instanceof UsageError) line = `${error.format()}\n`;
    }
    expect(line).toBe(UNKNOWN('serve', '--port、--root 和 --host', '用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]'));
  });

  it.each<[string, string, string]>([
    ['bench', '--runs、--sizes、--skip-largest、--synthetic-runs、--timeout-min 和 --json', '用法：npm run bench [-- --runs 3] [--sizes 300,3000,9999] [--skip-largest] [--synthetic-runs 1] [--timeout-min 15] [--json 文件]'],
    ['lighthouse', '--root 和 --save', '用法：npm run lighthouse [-- --root dist] [--save 目录]'],
    ['screenshots', '--out 和 --pdf', '用法：npm run screenshots -- [/plan/ /counties/zhanggongqu/ …] [--pdf] [--out 目录]'],
  ])('%s --bogus (spawned)', async (command, supported, usage) => {
    expect(await spawnCommand(command, ['--bogus'])).toEqual({ code: 2, stdout: '', stderr: UNKNOWN(command, supported, usage) });
  });
});
