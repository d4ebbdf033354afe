/**
 * Chinese interface text used by more than one component or page (navigation, labels, link texts).
 * Sentences that belong to one page and quote its figures stay in that page; chart text is in
 * src/lib/charts/text.ts and download descriptions in src/lib/downloads/labels.ts.
 */
export const zh = {
  siteTagline: '方案全文、任务数据与图表',
  skipToMain: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    plan: '方案全文',
    units: '责任单位',
    counties: '各县任务',
    data: '数据下载',
    updates: '更新记录',
  },
  dataUpdated: '数据更新于',
  source: '来源',
  contents: '目录',
  permalink: '本节链接',
  responsibleUnits: '责任单位',
  prevItem: '上一项',
  nextItem: '下一项',
  allItems: '全部工作事项',
  readFull: '阅读全文',
  downloadCsv: '下载 CSV',
  downloadSvg: '下载图表 SVG',
  showTable: '查看数据表',
  adjusted: (issued: string, now: string) => `原计划 ${issued}，调整为 ${now}`,
  notFoundTitle: '页面不存在',
  qrLabel: '用手机扫码打开本页',
} as const;
