/**
 * Every command answers wrong usage the same way: one line on stderr, `<command>: E_USAGE_… 说明。用法：…`,
 * exit 2, and nothing done. validate and release are called as functions; the others are scripts,
 * spawned, and stop before they build, serve or start a browser.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
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

  it.each<[string, string, string]>([
    ['build', '--out', '用法：npm run build [-- --out 目录]'],
    ['serve', '--port、--root 和 --host', '用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]'],
    ['bench', '--runs、--sizes、--skip-largest、--synthetic-runs、--timeout-min 和 --json', '用法：npm run bench [-- --runs 3] [--sizes 300,3000,9999] [--skip-largest] [--synthetic-runs 1] [--timeout-min 15] [--json 文件]'],
    ['lighthouse', '--root 和 --save', '用法：npm run lighthouse [-- --root dist] [--save 目录]'],
    ['screenshots', '--out 和 --pdf', '用法：npm run screenshots -- [/plan/ /counties/zhanggongqu/ …] [--pdf] [--out 目录]'],
  ])('%s --bogus (spawned)', async (command, supported, usage) => {
    expect(await spawnCommand(command, ['--bogus'])).toEqual({ code: 2, stdout: '', stderr: UNKNOWN(command, supported, usage) });
  });

  it('serve checks its port as usage too (spawned)', async () => {
    expect(await spawnCommand('serve', ['--port', '70000'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'serve: E_USAGE_BAD_PORT 端口「70000」无效：请写 0 到 65535 之间的整数。用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]\n',
    });
  });
});
