/**
 * How every command in src/cli reads its arguments: `node:util` parseArgs (strict), `--help`/`-h`
 * for the usage, and wrong usage as one line on stderr, `<command>: E_USAGE_… 说明。用法：…`, exit 2.
 *
 * parseArgs' own errors are English and name no stable code, so the arguments are first read
 * loosely (parseArgs' tokens) to find the first wrong one and say, in Chinese, what is wrong with
 * it; only arguments that pass are then parsed strictly.
 */
import { parseArgs } from 'node:util';
import { CODES, MESSAGES } from '../messages.ts';

/** One `--name` a command accepts. */
export interface CommandOption {
  type: 'string' | 'boolean';
  default?: string | boolean;
  /** What the value is, for messages (`参数「--tasks」后缺少文件名`); default 值. */
  value?: string;
  /** Accept `--name=` (an empty value); otherwise it is a missing value. */
  allowEmpty?: boolean;
}

export type CommandOptions = Readonly<Record<string, CommandOption>>;

type OptionValue<O extends CommandOption> = O['type'] extends 'boolean' ? boolean : string;

/** Parsed values: an option with a default is always there. */
export type CommandValues<O extends CommandOptions> = {
  [K in keyof O]: O[K] extends { default: string | boolean } ? OptionValue<O[K]> : OptionValue<O[K]> | undefined;
};

export interface CommandArgs<O extends CommandOptions> {
  values: CommandValues<O>;
  positionals: string[];
}

/** Wrong usage: printed as `<command>: CODE message`, or `FILE:0:0: CODE message` when about a file. */
export class UsageError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    message: string,
    readonly file: string | null = null,
  ) {
    super(message);
  }

  format(): string {
    return `${this.file === null ? `${this.command}:` : `${this.file}:0:0:`} ${this.code} ${this.message}`;
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses `argv` against `options`; null when `--help` or `-h` was given (print `usage`, exit 0).
 * Throws a {@link UsageError} for an unknown option, a missing or unexpected value, an option given
 * twice, or a positional argument when `positionals` is false; its message ends with `usage`.
 */
export function parseCommandArgs<const O extends CommandOptions>(
  command: string,
  usage: string,
  options: O,
  argv: readonly string[],
  { positionals = false }: { positionals?: boolean } = {},
): CommandArgs<O> | null {
  // parseArgs refuses `default: undefined`, so only the fields it knows, and only when set.
  const config = Object.fromEntries(
    Object.entries(options).map(([name, { type, default: fallback }]) => [name, fallback === undefined ? { type } : { type, default: fallback }]),
  );
  const { tokens } = parseArgs({ args: [...argv], options: { ...config, ...HELP }, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return null;
  const problem = findProblem(tokens, options, positionals, usage);
  if (problem) throw new UsageError(command, problem[0], problem[1]);
  try {
    const parsed = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: positionals });
    return { values: parsed.values as CommandValues<O>, positionals: parsed.positionals };
  } catch (error) {
    // Not reached for the mistakes findProblem knows; any other is still wrong usage, in parseArgs' words.
    throw new UsageError(command, CODES.usage, MESSAGES.usage((error as Error).message.split('\n')[0] ?? '', usage));
  }
}

type Token = ReturnType<typeof parseArgs<{ strict: false; tokens: true }>>['tokens'][number];

/** The first wrong argument, as a code and a message, in the order they were given; null if none. */
function findProblem(tokens: Token[], options: CommandOptions, positionals: boolean, usage: string): [string, string] | null {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional' && !positionals) {
      const example = Object.keys(options).find((name) => options[name]?.type === 'string');
      return [CODES.unexpectedArgument, MESSAGES.unexpectedArgument(token.value, example, usage)];
    }
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) return [CODES.unknownFlag, MESSAGES.unknownFlag(token.rawName, Object.keys(options), usage)];
    if (option.type === 'boolean' && token.value !== undefined) return [CODES.unexpectedValue, MESSAGES.unexpectedValue(token.rawName, token.value, usage)];
    if (option.type === 'string' && isMissing(token.value, token.inlineValue, option.allowEmpty)) {
      // `--note -5套` reads as two options; a value may start with one dash only when attached with =.
      const dashed = token.value && !token.value.startsWith('--') ? token.value : null;
      return [CODES.missingArgument, MESSAGES.missingArgument(token.rawName, option.value ?? '值', dashed, usage)];
    }
    if (seen.has(token.name)) return [CODES.repeatedFlag, MESSAGES.repeatedFlag(token.rawName, usage)];
    seen.add(token.name);
  }
  return null;
}

/**
 * For a script's top level: parses `process.argv`; on `--help` prints the usage and exits 0, on
 * wrong usage prints its one line and exits 2.
 */
export function readCommandArgs<const O extends CommandOptions>(
  command: string,
  usage: string,
  options: O,
  settings: { positionals?: boolean } = {},
): CommandArgs<O> {
  try {
    const args = parseCommandArgs(command, usage, options, process.argv.slice(2), settings);
    if (args !== null) return args;
    console.log(usage);
    process.exit(0);
  } catch (error) {
    if (error instanceof UsageError) exitWithUsageError(error);
    throw error;
  }
}

/** Prints a usage error's one line on stderr and exits 2. */
export function exitWithUsageError(error: UsageError): never {
  console.error(error.format());
  process.exit(2);
}

/** A value that is absent, empty, or is really the next option (`--plan --tasks x.csv`). */
function isMissing(value: string | undefined, inline: boolean | undefined, allowEmpty = false): boolean {
  if (value === undefined) return true;
  if (value === '') return !allowEmpty;
  return !inline && value.length > 1 && value.startsWith('-');
}

