/**
 * Every Chinese word the downloads write: the title and description of each file (the /data/ page
 * and datapackage.json show them), of each column of the tables, and of the Data Package itself,
 * as functions of the site's facts (src/lib/facts.ts). Besides: the English unit of the long table.
 * The indicators, the total and the county key come from the grid's vocabulary (src/lib/grid.ts).
 */
import type { SiteFacts } from '../meta/facts.ts';
import { figureLabel, GRID_WORDS, indicatorLongWord, indicatorWord, INDICATORS } from '../grid.ts';
import { CITY, quoteTitle, zh } from './site.ts';

/** The unit in the English long table. */
export const UNIT_EN = 'dwelling units';

const C = GRID_WORDS.county;
const TOTAL = GRID_WORDS.total;

/** `附件1-1《…》`, or the table's plain name when the plan has no attachment table. */
function nameTable(facts: SiteFacts): string {
  return facts.table ? `${facts.table.name}${quoteTitle(facts.table.title)}` : '任务表';
}

/** What the counties' order follows: the attachment, or the table. */
function nameOrder(facts: SiteFacts): string {
  return facts.table ? '附件' : '任务表';
}

/** What a reader of a wide Chinese CSV needs to know to open it, with the figures' unit. */
function describeWideCsv(facts: SiteFacts): string {
  return `UTF-8 编码（带 BOM）、CRLF 换行，Excel 与 WPS 可直接打开而不出现乱码。单位：${facts.unit}。`;
}

/** `，与附件1-1一致` when the table comes from an attachment of the plan, else empty. */
function asIssued(facts: SiteFacts): string {
  return facts.table ? `，与${facts.table.name}一致` : '';
}

/** What one figure counts: `新开工城市棚户区改造套数` (the subject when the settings give one). */
function counted(facts: SiteFacts, word: string): string {
  return `${word}${facts.subject ?? ''}${facts.unitShort}数`;
}

/** Title and description of each file of the catalog (src/lib/downloads/catalog.ts). */
export const FILE_TEXT = {
  tasks: {
    title: '任务表（中文表头，适合 Excel、WPS）',
    description: (facts: SiteFacts) =>
      `${quoteTitle(facts.planTitle)}${nameTable(facts)}。首行数据为${CITY}「${TOTAL}」，其后为各${C}，顺序同${nameOrder(facts)}。${describeWideCsv(facts)}`,
  },
  tasksLong: {
    title: '任务表（长表，英文表头，适合程序处理）',
    description: `与 tasks.csv 数字相同，每行一个${C}× 年度 × 指标。不含「${TOTAL}」行，也不含跨年度${TOTAL}，对 value 求和即得${CITY}${TOTAL}而不会重复计算。UTF-8 编码（无 BOM）、LF 换行。`,
  },
  tasksJson: {
    title: '任务表（JSON）',
    description: (facts: SiteFacts) =>
      `与 tasks.csv 数字相同。对象依次含 title（表名）、unit（单位，${facts.unit}）、source（来源）、years（年度）、` +
      `counties（各${C}，顺序同${nameOrder(facts)}，每项含 name、slug、${INDICATORS.map((i) => `${i} ${figureLabel(null, i)}`).join('、')}、` +
      `years 各年度的 year、${INDICATORS.join('、')}）、total（${CITY}${TOTAL}，结构同 counties 的一项，无 slug）。`,
  },
  county: {
    title: (county: string) => `${county}任务（CSV）`,
    description: (county: string, facts: SiteFacts) => `${county}的任务：表头与 tasks.csv 相同，只有该${C}一行数据。${describeWideCsv(facts)}`,
  },
  changes: {
    title: '历次调整（长表，英文表头）',
    description: `每个版本相对上一版本改动的每一个数字，一行一个${C}× 年度 × 指标，按版本先后排列，与「更新记录」页一致。只列各年度的数字（跨年度${TOTAL}随之变化，不重复列出）。UTF-8 编码（无 BOM）、LF 换行。`,
  },
  release: {
    title: (version: string, date: string) => `任务表 ${version} 版（${date} 发布）`,
    description: (version: string, date: string, facts: SiteFacts) =>
      `${date} 发布的 ${version} 版任务表，网址固定不变，可用于引用当时的数字。表头与 tasks.csv 相同。${describeWideCsv(facts)}`,
  },
  planText: {
    title: '方案全文（纯文本）',
    description: (facts: SiteFacts) =>
      `${quoteTitle(facts.planTitle)}全文，与本站所据的方案文本逐字节相同${facts.table ? `，含${facts.table.name}` : ''}。UTF-8 纯文本。`,
  },
  planJson: {
    title: '方案结构（JSON）',
    description: (facts: SiteFacts) =>
      `由 plan.txt 解析得到的${quoteTitle(facts.planTitle)}结构化内容：title（标题）、preamble（前言各段）、` +
      `parts（各部分及其段落、工作事项和各事项的责任单位）、attachmentList（附件目录）、attachment（与任务表核对的目标任务表）、` +
      `attachments（全部附件，各含表头和各行；一个附件有几张表时列在其 tables 中）、closing（附件目录之后、附件之前的段落）、` +
      `headline（目标任务部分的${INDICATORS.map(indicatorWord).join('、')}数字）、units（全部责任单位，含别称、拼音标识和所涉事项序号）。` +
      '原文带有印发通知时写在 notice 中（titleFromNotice 为标题取自通知的行号），方案自身的文号和落款写在 issued 中，整理时移除或接续的行列在 cleanup 中；原文没有的，不写这些字段。',
  },
  datapackage: {
    title: '数据包描述（Frictionless Data Package 2.0）',
    description: '按 Data Package 2.0 描述本目录中的数据文件：路径、格式、编码、字段及其类型、字节数和 SHA-256。不描述它自身和 SHA256SUMS。',
  },
  sha256sums: {
    title: 'SHA-256 校验和',
    description: '本目录中除它自身和 all.zip 外每个文件的 SHA-256，按路径排序。把它和下载的文件放在同一文件夹，按本页「校验」一节的命令即可核对。',
    /** On a plan-only site, which has no all.zip. */
    descriptionPlanOnly: '本目录中除它自身外每个文件的 SHA-256，按路径排序。把它和下载的文件放在同一文件夹，按本页「校验」一节的命令即可核对。',
  },
  allZip: {
    title: '全部数据（ZIP 压缩包）',
    description: '以上全部文件（含各县文件、历次版本、数据包描述和 SHA256SUMS）打成一个压缩包，另附中英文说明 README.txt：每个文件是什么、数据版本与日期、如何引用。同样的数据总是得到逐字节相同的压缩包。',
  },
} as const;

/** What each file is, in English, for all.zip's README (the Chinese title stands beside it). */
export const FILE_ENGLISH = {
  tasks: 'The task table with Chinese headers: UTF-8 with BOM, CRLF line ends; opens in Excel and WPS as is. First row: the city total (合计).',
  tasksLong: 'The same figures as a long table with English headers (county, county_slug, year, indicator, value, unit): UTF-8 without BOM, LF. No total row.',
  tasksJson: 'The same figures as JSON.',
  changes: 'Every figure each release changed, one row per county, year and indicator (version, date, county, county_slug, year, indicator, old, new): UTF-8 without BOM, LF.',
  county: (county: string) => `The row of ${county} alone, with the headers of tasks.csv.`,
  release: (version: string, date: string) => `The table as published in version ${version} on ${date}; its URL never changes.`,
  planText: 'The full text of the plan, byte for byte as the site received it (UTF-8).',
  planJson: 'The structure of the plan parsed from plan.txt: parts, work items, responsible units, attachment tables.',
  datapackage: 'Frictionless Data Package 2.0 descriptor: every file, its encoding, columns, types, size and SHA-256.',
  sha256sums: 'SHA-256 of every file here but itself; check with: sha256sum -c SHA256SUMS',
  allZip: 'Everything above in one archive.',
} as const;

/** all.zip's README.txt, Chinese then English, one line per entry (src/lib/downloads/zip.ts). */
export const ZIP_README = {
  lines: (context: {
    facts: SiteFacts;
    release?: { version: string; date: string };
    about: { issuer?: string; docNumber?: string; issued?: string; license?: { text: string } };
    tasksUrl: string;
    files: readonly { path: string; title: string; english: string }[];
  }): string[] => {
    const { facts, release, about, tasksUrl, files } = context;
    const issued = PACKAGE_TEXT.sourceTitle(facts.planTitle, about);
    const attachment = facts.table ? `${facts.table.name}${quoteTitle(facts.table.title)}` : '';
    return [
      `${facts.planTitle}：全部数据 / All data`,
      '',
      release ? `数据版本 ${release.version}，${release.date} 发布。` : '数据目录未记录发布版本。',
      release ? `Data version ${release.version}, released ${release.date}.` : 'The data folder records no release.',
      `来源：${issued}${attachment ? ` ${attachment}` : ''}。单位：${facts.unit}。`,
      `Source: ${issued}${attachment ? ` ${attachment}` : ''}. Unit: ${facts.unit} (dwellings).`,
      ...(about.license ? [`许可：${about.license.text}`, `Licence: ${about.license.text}`] : []),
      '',
      '文件 / Files',
      ...files.flatMap((file) => ['', file.path, `  ${file.title}`, `  ${file.english}`]),
      '',
      '如何引用 / How to cite',
      `  ${facts.planTitle}，${attachment || '任务表'}${release ? `，数据版本 ${release.version}（${release.date}）` : ''}，${tasksUrl}`,
      `  ${facts.planTitle}, ${attachment || 'task table'}${release ? `, data version ${release.version} (${release.date})` : ''}, ${tasksUrl}`,
      '',
      '校验 / Verify',
      '  sha256sum -c SHA256SUMS',
      '  Windows PowerShell: Get-FileHash tasks.csv -Algorithm SHA256',
    ];
  },
} as const;

/** Descriptions of the columns of the tables (src/lib/downloads/fields.ts). */
export const FIELD_TEXT = {
  /** The wide Chinese tables. */
  wide: {
    county: (facts: SiteFacts) => `${C}名称${asIssued(facts)}；「${TOTAL}」行为${CITY}${TOTAL}。`,
    /** A figure column: one year's (`2023年新开工`), or the sum over the years `span` names. */
    figureTitle: (year: string | null, span: string, word: string) => (year === null ? `${span}${TOTAL}${word}` : `${year}${word}`),
    figure: (year: string | null, span: string, word: string, facts: SiteFacts) =>
      year === null ? `${span}${counted(facts, word)}之和，单位${facts.unit}。` : `${year}${counted(facts, word)}，单位${facts.unit}。`,
  },
  /** The long English table. */
  long: {
    county: (facts: SiteFacts) => `${C}名称（中文）${asIssued(facts)}；不含「${TOTAL}」行。`,
    slugTitle: `${C}标识`,
    slug: `${C}的 ASCII 标识（拼音），与 /counties/<slug>/ 页面及 counties/<slug>.csv 一致。`,
    yearTitle: '年度',
    year: '任务所属年度。',
    indicatorTitle: '指标',
    indicator: `${INDICATORS.map((i) => `${i} = ${indicatorLongWord(i)}`).join('，')}。`,
    valueTitle: (facts: SiteFacts) => `${facts.unitShort}数`,
    value: (facts: SiteFacts) => `该${C}该年度该指标的${facts.subject ?? ''}${facts.unitShort}数，单位${facts.unit}。`,
    unitTitle: '单位',
    unit: (facts: SiteFacts) => `恒为「${UNIT_EN}」，即${facts.unit}。`,
  },
  /** changes.csv. */
  changes: {
    versionTitle: '版本',
    version: '作出这项调整的版本（v2、v3……），与「更新记录」页和 releases/<版本>/tasks.csv 一致。',
    dateTitle: '发布日期',
    date: '该版本的发布日期，YYYY-MM-DD。',
    oldTitle: '调整前',
    old: (facts: SiteFacts) => `上一版本中的数字，单位${facts.unit}；新增的${C}为空。`,
    newTitle: '调整后',
    new: (facts: SiteFacts) => `该版本中的数字，单位${facts.unit}；删去的${C}为空。`,
  },
} as const;

/** datapackage.json's own title and description (src/lib/downloads/datapackage.ts). */
export const PACKAGE_TEXT = {
  /** The plan as a source: its title, then what is known of its issuing (body, 文号, date). */
  sourceTitle: (planTitle: string, about: { issuer?: string; docNumber?: string; issued?: string }) => {
    const known = [about.issuer, about.docNumber, about.issued].filter((part): part is string => Boolean(part));
    return known.length > 0 ? `${planTitle}（${known.join('，')}）` : planTitle;
  },
  title: (facts: SiteFacts) => `${facts.planTitle}：${zh.nav.data}`,
  description: (facts: SiteFacts) =>
    `${facts.sourceLabel}任务表的各种格式，以及方案全文。数字单位均为${facts.unit}。` +
    `中文表（tasks.csv 与 counties/*.csv）为 UTF-8 带 BOM、CRLF 换行，供 Excel、WPS 打开；` +
    `tasks-long.csv 为 UTF-8 无 BOM、LF 换行，供程序读取，不含「${TOTAL}」行。` +
    '本描述不含它自身和 SHA256SUMS；SHA256SUMS 列出包括本文件在内的全部文件的 SHA-256。',
} as const;

/**
 * The journalists' kit (src/lib/site/kit.ts, src/components/Chart.astro, /charts/, /embed/<id>/,
 * /data/all.zip and the recipes on /data/).
 */
export const KIT_TEXT = {
  /** Beside each chart. */
  figure: {
    downloadPng: '下载 PNG',
    embedSummary: '嵌入本图',
    embedNote: '把下面这段代码粘贴到网页的 HTML 中，即可嵌入本图，宽 300 像素以上均可阅读：',
    embedPreview: '预览嵌入页',
  },
  /** Where a description that is too long for a share card may be cut: after a full clause; the stop that ends it. */
  clauseEnds: '。；，',
  fullStop: '。',
  /** /embed/<id>/: the chart alone. */
  embed: {
    back: (siteName: string) => `在「${siteName}」查看原图、数据与下载`,
  },
  /** /charts/: every chart with its files. */
  charts: {
    title: '全部图表',
    description: (count: number) => `本站全部 ${count} 幅图表，每幅可下载 PNG、SVG 与 CSV，或嵌入其他网页。`,
    lede: 'PNG 为两倍分辨率，适合微信公众号、微博与印刷排版；SVG 可无损缩放；CSV 是图中的数字。每幅图表的嵌入页只含图表、说明、来源和原页链接，不含脚本。',
    embed: '嵌入页',
    noPng: (limit: number) => `各县图表只在任务表不超过 ${limit} 个县（市、区）时另生成 PNG 和嵌入页。`,
    shared: '全市图表',
    counties: '各县（市、区）图表',
    countyTotals: '在全市中的位置',
    countyYears: '分年度任务',
    county: '县（市、区）',
    fontNote: 'PNG 中的文字用 Noto Sans SC（思源黑体）绘制，该字体以 SIL 开源字体许可证 1.1 发布，许可证全文：',
    fontLicense: '字体许可证',
  },
} as const;

/** The recipes on /data/ (src/lib/downloads/recipes.ts): what to do in each tool, around the code to paste. */
export const RECIPE_TEXT = {
  heading: '如何打开',
  lede: '以下做法都以 tasks.csv 为例，各县文件和历次版本的表头与它相同。带代码的做法在本站的自动测试中逐条运行过。',
  chartsLink: '全部图表（PNG、SVG、CSV 与嵌入代码）',
  excel: {
    heading: 'Excel 与 WPS 表格',
    steps: '直接双击 tasks.csv 打开即可：文件为 UTF-8 编码并带 BOM，Excel 与 WPS 据此识别中文，不会出现乱码。若用「数据 → 自文本/CSV」导入，文件原始格式选「65001: Unicode (UTF-8)」，分隔符选「逗号」。',
  },
  libreoffice: {
    heading: 'LibreOffice Calc',
    steps: '用「文件 → 打开」选择 tasks.csv，在弹出的「文本导入」对话框中把「字符集」设为「Unicode (UTF-8)」，分隔符只勾选「逗号」，字符串分隔符为英文双引号，再点「确定」；否则中文可能显示为乱码。也可在命令行中直接转成 xlsx（44 为逗号，34 为双引号，76 为 UTF-8）：',
  },
  pythonCsv: {
    heading: 'Python（标准库 csv）',
    steps: '用 utf-8-sig 编码打开，首列表头才不会带上 BOM；newline="" 让 csv 模块自己处理 CRLF 换行。第二行是「合计」，其后为各县（市、区）：',
  },
  pandas: {
    heading: 'Python（pandas）',
    steps: '同样指定 utf-8-sig；第一行数据是「合计」：',
  },
  rBase: {
    heading: 'R（基础函数 read.csv）',
    steps: '必须写 check.names = FALSE，否则 R 会把表头改成「县.市.区.」「X2023年开工」；fileEncoding = "UTF-8-BOM" 去掉 BOM：',
  },
  readr: {
    heading: 'R（readr）',
    steps: 'readr 自动识别 UTF-8 与 BOM，保留原表头：',
  },
  sha256sum: {
    heading: '校验：Linux 与 macOS 命令行',
    steps: '把 SHA256SUMS 和下载的文件放在同一文件夹（例如浏览器的「下载」文件夹），在该文件夹中运行下面的命令。--ignore-missing 跳过没有下载的文件，只核对已下载的；每个文件应显示 OK。',
    /** After {@link steps} where there is an all.zip. */
    zipNote: 'all.zip 不在清单中：解压后在解压出的文件夹里运行同一命令，即可核对其中全部文件。',
  },
  certutil: {
    heading: '校验：Windows 命令提示符',
    steps: '逐个文件计算 SHA-256，与 SHA256SUMS 中同名文件那一行开头的 64 位十六进制数比较（大小写不同不影响）：',
  },
  powershell: {
    heading: '校验：Windows PowerShell',
    steps: '在放有 SHA256SUMS 和下载文件的文件夹中运行，逐个核对已下载的文件：',
  },
} as const;
