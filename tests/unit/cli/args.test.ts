import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandArgs, readCommandArgs, UsageError } from '../../../src/cli/support/args.ts';

const USAGE = '用法：npm run demo [-- --file 文件] [--out 目录] [--dry]';
const OPTIONS = {
  file: { type: 'string', value: '文件名' },
  out: { type: 'string', default: 'dist' },
  dry: { type: 'boolean' },
} as const;

/** The one line a command prints for wrong usage, or the parsed arguments. */
function parse(argv: string[], positionals = false) {
  try {
    return parseCommandArgs('demo', USAGE, OPTIONS, argv, { positionals });
  } catch (error) {
    if (error instanceof UsageError) return error.format();
    throw error;
  }
}

describe('parseCommandArgs', () => {
  it('parseCommandArgs reads --name value and --name=value, and fills in defaults', () => {
    expect(parse(['--file', 'a.csv', '--dry'])).toEqual({ values: { file: 'a.csv', out: 'dist', dry: true }, positionals: [] });
    expect(parse(['--out=build', '--file=-'])).toEqual({ values: { file: '-', out: 'build' }, positionals: [] });
  });

  it('parseCommandArgs returns null for --help or -h, whatever else is given', () => {
    expect(parse(['--help'])).toBeNull();
    expect(parse(['-h'])).toBeNull();
    expect(parse(['--bogus', '--help'])).toBeNull();
  });

  it('parseCommandArgs keeps positionals only when the command takes them', () => {
    expect(parse(['/plan/', '--dry', '/units/'], true)).toEqual({ values: { out: 'dist', dry: true }, positionals: ['/plan/', '/units/'] });
  });

  it.each<[string, string[], string]>([
    ['an unknown long option', ['--csv', 'x'], 'demo: E_USAGE_UNKNOWN_FLAG 未知参数「--csv」：只支持 --file、--out 和 --dry。'],
    ['an unknown short option', ['-x'], 'demo: E_USAGE_UNKNOWN_FLAG 未知参数「-x」：只支持 --file、--out 和 --dry。'],
    ['an option without its value', ['--file'], 'demo: E_USAGE_MISSING_ARGUMENT 参数「--file」后缺少文件名。'],
    ['an option followed by another option', ['--file', '--dry'], 'demo: E_USAGE_MISSING_ARGUMENT 参数「--file」后缺少文件名。'],
    ['an empty value', ['--out='], 'demo: E_USAGE_MISSING_ARGUMENT 参数「--out」后缺少值。'],
    ['a value starting with a dash', ['--file', '-5.csv'], 'demo: E_USAGE_MISSING_ARGUMENT 参数「--file」后缺少文件名：以 - 开头的值请写成 --file=-5.csv。'],
    ['a value given to a switch', ['--dry=yes'], 'demo: E_USAGE_UNEXPECTED_VALUE 参数「--dry」不带值，实际为「--dry=yes」。'],
    ['a stray argument', ['a.csv'], 'demo: E_USAGE_UNEXPECTED_ARGUMENT 多余的参数「a.csv」：值要跟在参数名之后，如 --file a.csv。'],
    ['an argument after --', ['--', 'a.csv'], 'demo: E_USAGE_UNEXPECTED_ARGUMENT 多余的参数「a.csv」：值要跟在参数名之后，如 --file a.csv。'],
    ['a repeated option', ['--out', 'a', '--out', 'b'], 'demo: E_USAGE_REPEATED_FLAG 参数「--out」给了两次：每个参数只能给一次。'],
  ])('parseCommandArgs answers %s with one line: command, code, message and usage', (_what, argv, line) => {
    expect(parse(argv)).toBe(`${line}${USAGE}`);
  });

  it('parseCommandArgs reports the first wrong argument when there are several', () => {
    expect(parse(['--file', 'a.csv', 'b.csv', '--bogus'])).toMatch(/^demo: E_USAGE_UNEXPECTED_ARGUMENT 多余的参数「b\.csv」/);
  });

  it('parseCommandArgs accepts an empty value where the option allows it', () => {
    const options = { sizes: { type: 'string', default: '300', allowEmpty: true } } as const;
    expect(parseCommandArgs('demo', USAGE, options, ['--sizes='])).toEqual({ values: { sizes: '' }, positionals: [] });
  });
});

describe('UsageError', () => {
  it('UsageError names the file instead of the command when the problem is a file', () => {
    expect(new UsageError('validate', 'E_USAGE_FILE_NOT_FOUND', '找不到文件「x.csv」。', 'x.csv').format()).toBe('x.csv:0:0: E_USAGE_FILE_NOT_FOUND 找不到文件「x.csv」。');
  });
});

describe('readCommandArgs', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });

  /** Runs readCommandArgs on `args` with process.exit and the console caught. */
  function read(args: string[]) {
    process.argv = ['node', 'demo.ts', ...args];
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      return { result: readCommandArgs('demo', USAGE, OPTIONS), out, err };
    } catch (error) {
      return { result: (error as Error).message, out, err };
    }
  }

  it('readCommandArgs prints the usage on stdout and exits 0 for --help', () => {
    expect(read(['--help'])).toEqual({ result: 'exit 0', out: [USAGE], err: [] });
  });

  it('readCommandArgs prints one line on stderr and exits 2 for wrong usage', () => {
    expect(read(['--bogus'])).toEqual({ result: 'exit 2', out: [], err: [`demo: E_USAGE_UNKNOWN_FLAG 未知参数「--bogus」：只支持 --file、--out 和 --dry。${USAGE}`] });
  });

  it('readCommandArgs returns the arguments of process.argv when they are right', () => {
    expect(read(['--dry']).result).toEqual({ values: { out: 'dist', dry: true }, positionals: [] });
  });
});
