/**
 * The build's settings as one typed object, settled once from the environment: which plan text and
 * data folder to read, what day it is (a release dated later is refused), where the site will be
 * served (its address and sub-path) and where the build writes. The commands resolve it with
 * {@link resolveConfig}; tests construct it directly. Nothing else reads the environment for these.
 *
 *   SITE_PLAN_FILE  the plan text (default seeds/000_37d43cbaf8be4606.txt)
 *   SITE_DATA_DIR   the data folder (default data)
 *   SITE_TODAY      today, YYYY-MM-DD (default: the clock, in Asia/Shanghai)
 *   SITE_URL        the site's public address, e.g. https://www.example.gov.cn (default: none)
 *   BASE_PATH       the sub-path it is served under, e.g. /penggai/ (default /)
 */
import { isIsoDate, todayInShanghai } from '../dates.ts';
import { issueError, type Issue } from '../errors.ts';
import { CODES, MESSAGES } from './messages.ts';

export const DEFAULT_PLAN_FILE = 'seeds/000_37d43cbaf8be4606.txt';
export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_TASKS_FILE = `${DEFAULT_DATA_DIR}/tasks.csv`;
export const DEFAULT_OUT_DIR = 'dist';

/** Where the built site is served. */
export interface SiteAddress {
  /** The path the site is mounted under: `/`, or `/a/b/` with both slashes. */
  base: string;
  /** The public origin (and any path Astro joins the base to), e.g. `https://www.example.gov.cn`; null without one. */
  site: string | null;
}

/** Everything a build or a command reads besides the input files themselves. */
export interface SiteConfig {
  /** The plan text, as the user named it (relative to the working folder, or absolute). */
  planFile: string;
  /** The data folder, without a trailing slash. */
  dataDir: string;
  /** Today in Asia/Shanghai, `YYYY-MM-DD`. */
  today: string;
  address: SiteAddress;
  /** Where `npm run build` writes. */
  outDir: string;
}

/** The variables {@link resolveConfig} reads, as the environment gives them. */
export type ConfigEnv = Readonly<Record<string, string | undefined>>;

/** `gz`, `/gz`, `gz/` and `/gz/` → `/gz/`; empty → `/`. */
export function normaliseBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A config with every default and the given overrides (for tests and tools that know their inputs). */
export function makeConfig(overrides: Partial<Omit<SiteConfig, 'address'>> & { address?: Partial<SiteAddress> } = {}): SiteConfig {
  const { address, ...rest } = overrides;
  return {
    planFile: DEFAULT_PLAN_FILE,
    dataDir: DEFAULT_DATA_DIR,
    today: todayInShanghai(new Date()),
    outDir: DEFAULT_OUT_DIR,
    ...rest,
    address: { base: normaliseBasePath(address?.base), site: address?.site ?? null },
  };
}

/**
 * The settings from the environment (see this module's comment), with an issue for each value that
 * cannot be used; `out` is the command's `--out`. `now` stands for the clock.
 */
export function resolveConfig(env: ConfigEnv, options: { out?: string; now?: Date } = {}): { config: SiteConfig; issues: Issue[] } {
  const issues: Issue[] = [];
  const pinned = env.SITE_TODAY ?? '';
  if (pinned !== '' && !isIsoDate(pinned)) issues.push(issueError('SITE_TODAY', 0, 0, CODES.today, MESSAGES.today(pinned)));
  const siteUrl = env.SITE_URL ?? '';
  if (siteUrl !== '' && !isSiteUrl(siteUrl)) issues.push(issueError('SITE_URL', 0, 0, CODES.siteUrl, MESSAGES.siteUrl(siteUrl)));
  const basePath = env.BASE_PATH ?? '';
  if (/[\s?#\\"'<>]/u.test(basePath) || /(^|\/)\.\.?(\/|$)/.test(basePath)) issues.push(issueError('BASE_PATH', 0, 0, CODES.basePath, MESSAGES.basePath(basePath)));
  const config: SiteConfig = {
    planFile: env.SITE_PLAN_FILE || DEFAULT_PLAN_FILE,
    dataDir: (env.SITE_DATA_DIR || DEFAULT_DATA_DIR).replace(/\/+$/, ''),
    today: isIsoDate(pinned) ? pinned : todayInShanghai(options.now ?? new Date()),
    address: { base: issues.some((i) => i.code === CODES.basePath) ? '/' : normaliseBasePath(basePath), site: isSiteUrl(siteUrl) ? siteUrl : null },
    outDir: options.out ?? DEFAULT_OUT_DIR,
  };
  return { config, issues };
}

function isSiteUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
