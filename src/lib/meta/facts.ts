/**
 * The settled description of the site, built once in the loading step from the inputs: the plan
 * (its title and the attachment whose table the site publishes) and the optional site settings
 * staff write in the data folder's metadata file. Page titles, the site name, chart captions and
 * source lines, download titles, datapackage.json and JSON-LD all read it; no module names a
 * particular city, plan or attachment.
 */
import { GRID_WORDS } from '../grid.ts';
import type { SiteSettings } from './index.ts';
import { nameAttachment } from '../plan/label.ts';
import type { Plan } from '../plan/types.ts';
import { slugify } from '../slug.ts';

/** The attachment whose table the site publishes. */
export interface TableFacts {
  /** `附件1-1` */
  name: string;
  /** The attachment's title, healed of page breaks. */
  title: string;
}

export interface SiteFacts {
  /** The site's name: 网站名称 when set, else the plan's title (a final 方案 after 行动 dropped). */
  name: string;
  /** The plan's own title. */
  planTitle: string;
  /** The published table's attachment, or null when the plan has no attachment table. */
  table: TableFacts | null;
  /** Unit of every figure as the attachment writes it (`套（户）`), else the grid's unit. */
  unit: string;
  /** The unit without its bracketed gloss, for running text: `套`. */
  unitShort: string;
  /** Source line under charts: `来源：<plan title> <attachment>`. */
  source: string;
  /** What the published figures are, for citations and descriptions: `《plan》附件1-1`. */
  sourceLabel: string;
  subject: string | null;
  /** A short subject word placed before 任务 in chart titles; empty when not set. */
  short: string;
  region: string | null;
  keywords: string[];
  packageName: string;
}

/** `某市某某攻坚行动方案` → `某市某某攻坚行动`; other titles stay whole. */
function nameSite(title: string): string {
  return /行动方案$/.test(title) ? title.slice(0, -2) : title;
}

/** Builds the site's facts from the plan and the settings; pure. */
export function describeSite(plan: Plan, settings: SiteSettings = { keywords: [] }): SiteFacts {
  const attachment = plan.attachment;
  const table = attachment ? { name: nameAttachment(attachment), title: attachment.title } : null;
  const unit = attachment?.unit || GRID_WORDS.unit;
  const unitShort = unit.replace(/[（(][^）)]*[）)]/g, '') || GRID_WORDS.unit;
  const sourceLabel = `《${plan.title}》${table ? table.name : ''}`;
  return {
    name: settings.name || nameSite(plan.title),
    planTitle: plan.title,
    table,
    unit,
    unitShort,
    source: `来源：${plan.title}${table ? ` ${table.name}` : ''}`,
    sourceLabel,
    subject: settings.subject || null,
    short: settings.short ?? '',
    region: settings.region || null,
    keywords: [...settings.keywords],
    packageName: settings.packageName || slugify(plan.title) || 'plan',
  };
}
