/**
 * Every Chinese word the site's pages, components and layout show, in one dictionary: `zh`, one
 * section per page or component, shared words at the top. A sentence that takes values is a
 * function of them; a sentence with a link or other markup inside takes that markup as an argument
 * and returns its runs in order (Astro renders an array of strings and elements as one run of
 * text), so the wording and word order stay here and the markup stays in the page.
 *
 * Not here: the task grid's own words (indicators, 合计, the county key, figure and year labels),
 * which stay in src/lib/grid.ts and are built into these sentences from there; the facts about the
 * plan (title, attachment, unit, subject), which pages pass in from `SiteFacts`; the chart words
 * (./charts.ts) and the download descriptions (./downloads.ts).
 */
import { formatTao, formatWan } from '../format.ts';
import { GRID_WORDS, indicatorWord, INDICATORS, type Indicator, type IndicatorFigures } from '../grid.ts';

/** The whole area of the plan, as running text names it. */
export const CITY = '全市';

/** `《title》`: a document's title as running text quotes it. */
/** The preamble's first sentence with its 。, or nothing when the plan has no preamble. */
function firstSentence(preamble: string | undefined): string {
  const first = preamble?.split('。')[0]?.trim() ?? '';
  return first === '' ? '' : `${first}。`;
}

export function quoteTitle(title: string): string {
  return `《${title}》`;
}

const C = GRID_WORDS.county;
const TOTAL = GRID_WORDS.total;
const S = indicatorWord('started');
const D = indicatorWord('completed');

/** `甲、乙、丙` */
function list(items: readonly string[]): string {
  return items.join('、');
}

/** `附件 1-1`: an attachment's label line when the plan's own is not kept. */
function attachmentLabel(label: string): string {
  return `附件 ${label}`;
}

export const zh = {
  nav: {
    label: '主导航',
    home: '首页',
    plan: '方案全文',
    units: '责任单位',
    counties: '各县任务',
    data: '数据下载',
    updates: '更新记录',
  },
  /** `本节链接：三、重点工作`: the accessible name of a section's own link. */
  permalink: (section: string) => `本节链接：${section}`,
  responsibleUnits: '责任单位',
  /** `开工占全市`: a county's share of the city's figure. */
  shareOfCity: (indicator: Indicator) => `${indicatorWord(indicator)}占${CITY}`,

  /** What `npm run build` says of a built folder that is not fit to publish (src/lib/site/postcheck.ts). */
  output: {
    missingPage: (route: string) => `缺少页面 ${route}`,
    inPage: (file: string, problem: string) => `页面 ${file} ${problem}`,
    script: '含有可执行脚本（本站页面不应依赖 JavaScript）',
    element: (name: string) => `含有本站不会写出的元素 <${name}>`,
    handler: (tag: string) => `含有事件属性：${tag}`,
    javascriptUrl: (tag: string) => `含有 javascript: 链接：${tag}`,
  },

  /** The page frame (src/layouts/Base.astro). */
  layout: {
    tagline: '方案全文、任务数据与图表',
    skipToMain: '跳到正文',
    updated: <T>(date: T, version: T) => ['数据更新于 ', date, '（', version, '）'],
    source: (planTitle: string) => `来源：${planTitle}`,
    planText: '方案原文（TXT）',
    qr: (url: string) => `用手机扫码打开本页：${url}`,
  },

  /** A chart with its table and downloads (Figure.astro, FigureCell.astro). */
  figure: {
    showTable: '查看数据表',
    downloadCsv: '下载 CSV',
    downloadSvg: '下载图表 SVG',
    adjusted: (issued: string, now: string) => `原计划 ${issued}，调整为 ${now}`,
    notIssued: '原表中无此项',
  },

  /** An attachment table as issued (AttachmentTable.astro). */
  attachment: {
    label: attachmentLabel,
    unit: (unit: string) => `单位：${unit}`,
    tableLabel: (title: string) => `${title}（表格）`,
    caption: (title: string, unit: string) => `${title}（单位：${unit}）`,
    /** Above an attachment whose figures have changed since it was issued. */
    adjustedNote: <T>(changed: number, counties: T, updates: T) => [
      `下表为方案印发时的原表，此后有 ${changed} 个数字已调整，表中以「现为」标出今天的数字。现行任务见`,
      counties,
      '，逐项变化见',
      updates,
      '。',
    ],
    /** In a cell whose figure has changed: `现为 1,600`, or that the row is no longer in the table. */
    nowIs: (figure: string) => `现为 ${figure}`,
    removed: '现已删去',
  },

  /** The table of every county (CountyTable.astro). */
  countyTable: {
    rank: (indicator: Indicator) => `${indicatorWord(indicator)}排名`,
  },

  /** The metadata block on /plan/ (PlanMeta.astro). */
  planMeta: {
    title: '标　　题',
  },

  /** The plan's table of contents (PlanToc.astro). */
  toc: {
    title: '目录',
    attachment: (label: string, title: string) => `${attachmentLabel(label)} ${title}`,
  },

  /** The units named on an item (UnitChips.astro). */
  unitChips: {
    count: (n: number, collectives: readonly string[]) => `（${n} 个单位${collectives.length > 0 ? `，${list(collectives)}` : ''}）`,
  },

  /** The home page. */
  home: {
    description: (planTitle: string, counties: number) =>
      `${planTitle}：方案全文、${counties} 个${C}的${S}和${D}任务、图表与数据下载。`,
    /** The preamble's first sentence, then what the site is. */
    lede: (preamble: string | undefined) => `${firstSentence(preamble)}本站逐字发布方案全文，并把附件任务表做成可查、可下载的数据。`,
    targets: '目标任务',
    tableFigure: (figure: string, unit: string) => `任务表：${figure} ${unit}`,
    /** Beside a target as the plan states it, when the table has since changed: `现为 45,424 套（v2 调整）`. */
    adjustedFigure: <T>(figure: string, unit: string, version: T) => [`现为 ${figure} ${unit}（`, version, '）'],
    /** The link text of {@link adjustedFigure}: `v2 调整`. */
    adjustedIn: (version: string) => `${version} 调整`,
    adjustedSince: '已调整，见更新记录',
    cardsNote: <T>(part: T) => ['大字为方案正文所列目标（见', part, `），小字为附件任务表各${C}${TOTAL}。`],
    toCounties: `查看各${C}任务 →`,
    outline: '方案提纲',
    readPlan: '阅读方案全文 →',
    byUnit: '按责任单位查看 →',
    tasksCsv: '任务表 tasks.csv',
    tasksCsvNote: '（Excel、WPS 可直接打开）',
    longCsv: '长表 tasks-long.csv',
    longCsvNote: '（便于编程分析）',
    planText: '方案原文 plan.txt',
    allDownloads: '全部下载与字段说明 →',
  },

  /** /plan/: the whole plan. */
  plan: {
    /** `attachments`: whether the plan has a target table, other attachment tables only, or none. */
    description: (planTitle: string, parts: readonly string[], attachments: 'targets' | 'other' | 'none') =>
      `${planTitle}全文：${list(parts)}${{ targets: '，以及附件任务表', other: '，以及附件', none: '' }[attachments]}。`,
    note: <T>(text: T, json: T) => ['正文按原文件逐字呈现，仅修复了 PDF 分页造成的断行。原文文本可', text, '，结构化数据见 ', json, '。'],
    downloadText: '下载（TXT）',
  },

  /** /plan/<n>/: one part. */
  part: {
    description: (planTitle: string, part: string, items: number) => `${planTitle}：${part}${items ? `，含 ${items} 项工作` : ''}。`,
    pager: '上一部分和下一部分',
    readFull: '阅读全文',
  },

  /** /plan/items/<n>/: one work item. */
  item: {
    description: (planTitle: string, part: string, item: string) => `${planTitle} ${part} ${item}：原文与责任单位。`,
    inFullText: '在全文中查看',
    pager: '全部工作事项',
    prev: (item: string) => `← 上一项：${item}`,
    next: (item: string) => `下一项：${item} →`,
  },

  /** /units/: the responsibility index. */
  units: {
    description: (planTitle: string, units: number) => `${planTitle}中 ${units} 个责任单位分别负责哪些工作事项。`,
    heading: '责任单位索引',
    lede: (items: number, units: number) =>
      `方案的 ${items} 项工作共点名 ${units} 个责任单位。下表列出每个单位负责的工作事项；点击单位名称查看相关条文。`,
    caption: '责任单位 × 工作事项（● 表示该项工作点名该单位）',
    itemCount: '事项数',
    named: '是',
    notNamed: '否',
    itemsHeading: '工作事项一览',
    /** In place of the grid, when the plan names no unit in any item. */
    none: (items: number) => (items > 0 ? `方案的 ${items} 项工作没有列出责任单位。` : '方案正文没有列出工作事项和责任单位。'),
    /** After an item's link: `：3 个责任单位，各县（市、区）人民政府`. */
    itemUnits: (units: number, collectives: readonly string[]) => `：${units} 个责任单位${collectives.length > 0 ? `，${list(collectives)}` : ''}`,
    /** A column of the grid when the plan's item labels repeat (numbering restarts in each part): `第5项`. */
    itemOrdinal: (ordinal: number) => `第${ordinal}项`,
  },

  /** /units/<slug>/: one responsible unit. */
  unit: {
    description: (unit: string, planTitle: string, items: number) => `${unit}在${planTitle}中负责的 ${items} 项工作。`,
    lede: (items: readonly string[]) => `在方案的 ${items.length} 项工作中被列为责任单位：${list(items)}。`,
    aliases: (aliases: readonly string[]) => `方案中也写作：${list(aliases.map((a) => `「${a}」`))}。`,
    countyFigures: <T>(county: T) => ['任务表中的数字见 ', county, '。'],
    allCounties: <T>(counties: T) => [`各${C}的${S}和${D}任务见 `, counties, '。'],
  },

  /** /counties/: every county. */
  counties: {
    description: (counties: number, subject: string | null) => `${CITY} ${counties} 个${C}的${subject ?? ''}${S}和${D}任务。`,
    heading: `各${C}任务`,
    /** The city's totals, each exact and in 万. */
    lede: (counties: number, total: IndicatorFigures, unit: string, span: string) =>
      `${CITY} ${counties} 个${C}${TOTAL}计划${INDICATORS.map((i) => `${indicatorWord(i)} ${formatTao(total[i])} ${unit}（${formatWan(total[i])}${unit}）`).join('、')}` +
      `（${span}）。点击名称查看各地详情。`,
    adjusted: <T>(counties: number, table: string | undefined, updates: T) => [
      `有 ${counties} 个${C}的数字已在${table ?? ''}印发后调整，表中标明了原计划数；详见`,
      updates,
      '。',
    ],
    tableCaption: (subject: string | null, unit: string) => `各${C}${subject ?? ''}任务（单位：${unit}）`,
    downloadAll: '下载全部数据（CSV，Excel 可直接打开）',
    moreFormats: '更多格式',
  },

  /** /counties/<slug>/: one county. */
  county: {
    description: (county: string, subject: string | null, total: IndicatorFigures, unit: string) =>
      `${county}${subject ?? ''}任务：计划${INDICATORS.map((i) => `${indicatorWord(i)} ${formatTao(total[i])} ${unit}`).join('、')}。`,
    /** `计划开工（2023—2024年）`, `计划基本建成`. */
    planned: (indicator: Indicator, span?: string) => `计划${indicatorWord(indicator)}${span === undefined ? '' : `（${span}）`}`,
    rank: (indicator: Indicator) => `${indicatorWord(indicator)}任务${CITY}排名`,
    yearTable: (county: string) => `${county}分年度任务`,
    yearCaption: (county: string, unit: string) => `${county}分年度任务（单位：${unit}）`,
    year: '年度',
    shareOfCounty: (indicator: Indicator) => `${indicatorWord(indicator)}占本县${TOTAL}`,
    /** The completion ratio (null: no start target), the county's share of completions and its rank. */
    ratio: (ratio: string | null, share: string, rank: number) =>
      `${D}占${S}的比例：${ratio ?? `—（无${S}任务）`}；${D}任务占${CITY} ${share}，排名第 ${rank}。`,
    download: (county: string) => `下载${county}数据（CSV）`,
    duties: (county: string) => `${county}在方案中负责的工作`,
    /** The plan names the county's government itself (`own`) or all of them under one phrase. */
    dutiesLede: (government: { own: boolean; id: string }, items: number) =>
      `${government.own ? `方案点名「${government.id}」` : `方案以「${government.id}」统称各${C}政府`}，负责以下 ${items} 项工作：`,
  },

  /** /data/: the downloads. */
  data: {
    description: (planTitle: string) => `${planTitle}任务表的下载：CSV（Excel 可直接打开）、长表、JSON、数据包描述与校验和。`,
    /** `附件1-1《…》`, what the figures are, when the plan has an attachment table. */
    attachmentTitle: (table: { name: string; title: string } | null) => (table ? `${table.name}${quoteTitle(table.title)}` : '附件任务表'),
    datasetDescription: (planTitle: string, attachment: string, subject: string | null, unit: string) =>
      `${planTitle}${attachment}：各${C}${subject ?? ''}${INDICATORS.map(indicatorWord).join('和')}任务，单位${unit}。`,
    lede: (planTitle: string, attachment: string, latest: { version: string; date: string } | undefined) =>
      `所有数字均来自${planTitle}${attachment}${latest ? `，当前为 ${latest.version} 版（${latest.date}）` : ''}。网址长期不变，可直接引用。`,
    releasesNote: <T>(updates: T) => ['历次版本的文件见', updates, '，每个版本都有自己的固定网址。'],
    files: '文件',
    bytes: (n: number) => `${n} 字节`,
    size: (size: string) => `（${size}）`,
    fields: (path: string) => `${path} 的字段`,
    fieldName: '列名',
    fieldMeaning: '含义',
    fieldType: '类型',
    fieldUnit: '单位',
    integer: '整数',
    text: '文本',
    countyFiles: `各${C}单独文件`,
    countyFilesNote: `表头与 tasks.csv 相同，每个文件只有一个${C}的数据。`,
    releasesHeading: '历次版本',
    releasesListNote: <T>(updates: T) => ['每次发布的任务表都保留在固定网址上，逐项变化见', updates, '。'],
    checksumHeading: '校验',
    checksum: <T>(command: T) => ['在下载的 data 目录中运行 ', command, ' 可核对文件是否完整、未被改动。'],
  },

  /** /updates/: the releases of the table. */
  updates: {
    description: (planTitle: string) => `${planTitle}任务表的历次发布与逐项变化。`,
    lede: '任务表每次调整都作为一个新版本发布，下面按时间倒序列出每个版本相对上一版本的逐项变化。每个版本的数据都可单独下载。',
    none: '（无）',
    noReleases: '尚无发布记录。',
    first: '首个版本。',
    unchanged: '数字与上一版本相同。',
    sincePrevious: (summary: string) => `与上一版本相比：${summary}。`,
    download: (version: string) => `下载 ${version} 版任务表（CSV）`,
    vsIssued: (table: string) => `与印发的${table}相比`,
    asIssued: (table: string) => `当前数字与方案印发时的${table}完全一致。`,
    sinceIssued: (table: string, summary: string) => `与印发时的${table}相比：${summary}（原计划 → 调整为）：`,
  },

  /** How to cite the figures (src/lib/site/citation.ts, components/Citation.astro). */
  cite: {
    heading: '引用本页数据',
    title: (planTitle: string, table: string | null) => `${planTitle}${table ? ` ${table}` : ''} 任务表`,
    edition: (version: string) => `${version}版`,
    accessDate: '引用日期',
    plainTitle: (planTitle: string, table: string | null) => `《${planTitle}》${table ?? ''}任务表`,
    plainVersion: (version: string, date: string) => `${version} 版（${date} 发布）`,
    separator: '，',
    gbtLabel: '按 GB/T 7714—2015（电子资源）著录：',
    plainLabel: '简明写法：',
    note: (version: string | null) =>
      `${version ? `网址指向 ${version} 版的固定文件，以后的调整不会改变它的内容；` : ''}「引用日期」请换成您查阅数据的日期。`,
  },

  /** /updates/feed.xml (src/lib/site/feed.ts). */
  feed: {
    title: (site: string) => `${site}：更新记录`,
    subtitle: (source: string) => `${source}任务表的每次发布及其逐项变化。`,
    entryTitle: (version: string, date: string) => `任务表 ${version} 版（${date}）`,
    subscribe: '订阅更新（Atom）',
  },

  /**
   * Phone-first reading (issue 13): comparing counties figure by figure on /counties/, every county
   * linked from the home page, a county's rank on each figure, and what a printed page says of itself.
   */
  compare: {
    heading: `逐项比较各${C}`,
    lede: (counties: number) => `按每一年、每一项任务，把 ${counties} 个${C}从多到少排列。选一项直接查看：`,
    /** `2024年开工`, `2023—2024年合计基本建成`: one figure compared. */
    figure: (when: string, indicator: Indicator) => `${when}${indicatorWord(indicator)}`,
    linksLabel: '比较的项目',
  },
  homeCounties: {
    heading: `各${C}`,
    lede: (counties: number) => `${CITY} ${counties} 个${C}，点击名称查看各地的任务、排名与分年度安排：`,
  },
  countyRanks: {
    heading: (county: string) => `${county}在${CITY}的排名`,
    caption: (county: string, counties: number) => `${county}各项任务在${CITY} ${counties} 个${C}中的排名（1 为任务最多，数字相同者名次相同）`,
    /** `第 3 名`: a rank as a table cell shows it. */
    rank: (rank: number) => `第 ${rank} 名`,
    figure: '项目',
    /** `开工 1,487 套`: the figure ranked, as the rank row's label gives it. */
    figureValue: (figure: string, unit: string) => `${figure} ${unit}`,
    value: '任务数',
    place: '排名',
    /** `（2023—2024年）`: the plan's span after a card label, kept whole on its own line when the label wraps. */
    span: (span: string) => `（${span}）`,
  },
  print: {
    /** The page's own address, printed in the footer (and beside the QR code when there is one). */
    pageUrl: (url: string) => `本页网址：${url}`,
  },

  /** The not-found page. */
  notFound: {
    title: '页面不存在',
    body: <T>(home: T, plan: T) => ['您要找的页面不存在，可能已经移动。请从', home, '或', plan, '继续浏览。'],
  },

  /** Plans of the genre: a part without a heading of its own, … (src/lib/plan/, PartSection, PlanToc). */
  genre: {
    /** The name of the one part of a plan that numbers only its work items (it has no heading). */
    implicitPart: '全部工作事项',
    /** Beside a metadata value taken from the plan's own text (its 印发通知), not from data/plan-meta.csv. */
    fromText: (line: number) => `（据原文第 ${line} 行）`,
    /** A unit's role as its list gives it (UnitChips, /units/, /units/<slug>/). */
    role: (role: 'lead' | 'responsible' | 'support') => ({ lead: '牵头', responsible: '责任', support: '配合' })[role],
    /** After a unit's name: `（牵头）`. */
    roleAfter: (role: 'lead' | 'responsible' | 'support') => `（${({ lead: '牵头', responsible: '责任', support: '配合' })[role]}）`,
    /** On a unit's page, under an item whose list gives the unit a role. */
    roleInItem: (role: 'lead' | 'responsible' | 'support') => `本单位在此项中为${({ lead: '牵头', responsible: '责任', support: '配合' })[role]}单位。`,
    /** An item's deadline as its list gives it. */
    deadline: (deadline: string) => `完成时限：${deadline}`,
    /** How a name was read when it shares the suffix of the next one (`章贡区、赣县区人民政府`). */
    sharedSuffix: (name: string, reading: string) => `「${name}」与后一单位共用名称后缀，读作「${reading}」`,
    /** The accessible name of the 印发通知 shown above the plan (PlanNotice.astro). */
    notice: '印发通知',
    /** The 整理说明 of /plan/ (PlanCleanup.astro): every line removed or joined, by source line. */
    cleanup: {
      summary: (removed: number, joined: number) => `整理说明：移除页码、页眉 ${removed} 处，接续断行 ${joined} 处`,
      intro: '把原文件转为网页时所做的全部整理如下，均注明原文件的行号；除此之外，正文与原文件逐字一致。',
      pageNumber: (line: number, text: string) => `第 ${line} 行：移除页码「${text}」`,
      runningHeader: (line: number, text: string) => `第 ${line} 行：移除每页重复的页眉或页脚「${text}」`,
      webDebris: (line: number, text: string) => `第 ${line} 行：移除文件标题之前的网页内容「${text}」`,
      joined: (line: number, seam: string) => `第 ${line} 行：与上一行接续为一段（「${seam}」）`,
    },
  },

  /** A site without a task table (its data folder has no tasks.csv): the plan alone, said plainly. */
  planOnly: {
    homeDescription: (planTitle: string, items: number, units: number) => `${planTitle}：方案全文，${items} 项工作和 ${units} 个责任单位。`,
    /** The preamble's first sentence, then what the site is. */
    lede: (preamble: string | undefined, items = 1) =>
      `${firstSentence(preamble)}本站逐字发布方案全文${items > 0 ? '，可按部分、工作事项和责任单位查阅' : '及其附件表格'}。`,
    /** What the site does not publish, on the home page and /data/. */
    noTable: '本站未发布任务表：没有各地的目标数据、图表和表格下载，只发布方案全文及其文本。',
    /** After {@link noTable}, when the plan has attachment tables: they are in the full text as issued. */
    attachmentsInText: <T>(plan: T) => ['方案的附件表格按原文呈现在', plan, '中。'],
    fullText: '方案全文',
    dataDescription: (planTitle: string) => `${planTitle}的原文文本和结构化数据（JSON）下载，附校验和。`,
    /** The header's line under the site name. */
    tagline: '方案全文与责任分工',
    dataLede: (planTitle: string) => `${planTitle}的原文文本和按部分、工作事项、责任单位整理的结构化数据。`,
  },
} as const;
