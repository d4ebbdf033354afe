/**
 * Every Chinese word the charts write: column headers, the legend, and each chart's title,
 * caption, accessible label, description and table caption, as functions of the values they
 * quote (names, figures already formatted, year labels, the chart context's unit and subject).
 * The indicators, the total and the county key come from the grid's vocabulary (src/lib/grid.ts);
 * the chart modules decide what to say, this module how to say it.
 */
import { GRID_WORDS, indicatorWord, INDICATORS, type Indicator } from '../grid.ts';
import type { ChartContext } from '../chartContext.ts';
import { CITY, zh } from './site.ts';

const C = GRID_WORDS.county;
const TOTAL = GRID_WORDS.total;
const S = indicatorWord('started');
const D = indicatorWord('completed');

/** Colours of the two indicators as the descriptions name them. */
const COLOUR: Record<Indicator, string> = { started: '蓝色', completed: '橙色' };
/** Where each indicator's bar sits in a row of the two-bar county chart. */
const BAR: Record<Indicator, string> = { started: '上条', completed: '下条' };

/** A county and one of its figures, formatted: `章贡区（3,800套）`. */
export interface NamedFigure {
  name: string;
  figure: string;
}

/** One year's figures, formatted, with the values that decide the comparison. */
export interface YearFigure {
  /** `2023年` */
  label: string;
  value: number;
  figure: string;
}

function nameFigure(county: NamedFigure, unit: string): string {
  return `${county.name}（${county.figure}${unit}）`;
}

/** `其余 2,970 个` */
function restLabel(n: string): string {
  return `其余 ${n} 个`;
}

/** `末行「其余 N 个」为其余各地之和…` when a tail is grouped, else empty. */
function describeRestRow(rest: string | null): string {
  return rest === null ? '' : `末行「${restLabel(rest)}」为其余各地之和，其条形超出图幅部分被截断。`;
}

/** `2023年29,951套，2024年15,360套` */
function listYears(years: readonly { label: string; figure: string }[], unit: string): string {
  return years.map((y) => `${y.label}${y.figure}${unit}`).join('，');
}

export const TEXT = {
  /** Header of the county column. */
  county: C,
  /** Header of the year column. */
  year: '年份',
  /** 「其余 N 个」, the grouped tail of a long list. */
  rest: restLabel,
  /** `开工（每行上条）`: a legend entry of the two-bar county chart. */
  legend: (indicator: Indicator) => `${indicatorWord(indicator)}（每行${BAR[indicator]}）`,
  /**
   * Caption tail of a grouped list: 「图中列出开工任务最多的30个，其余 2,970 个合计……，合为一条。」.
   * `sums` are the tail's figures, formatted, completed left out for a chart of starts.
   */
  tail: (topN: number, promoted: string | undefined, rest: string, sums: Partial<Record<Indicator, string>>, unit: string) => {
    const figures = INDICATORS.filter((i) => sums[i] !== undefined).map((i) => `${indicatorWord(i)}${sums[i]}${unit}`);
    return `图中列出${S}任务最多的${topN}个${promoted ? `及${promoted}` : ''}，${restLabel(rest)}${TOTAL}${figures.join('、')}，合为一条。`;
  },

  /** The per-year block charts (city totals, one county). */
  years: {
    /** `全市计划开工45,311套，2023年…；基本建成20,600套，…。` */
    caption: (who: string, totals: Record<Indicator, string>, comparisons: Record<Indicator, string>, unit: string) =>
      `${who}计划${S}${totals.started}${unit}，${comparisons.started}；${D}${totals.completed}${unit}，${comparisons.completed}。`,
    /**
     * 「2023年29,951套，多于2024年的15,360套」 for two years; for more, lists all and names the
     * largest; one year alone is just its figure.
     */
    compare: (years: readonly YearFigure[], unit: string) => {
      const parts = years.map((y) => `${y.label}${y.figure}${unit}`);
      const nonZero = years.filter((y) => y.value !== 0);
      // A zero is not compared with: 「全部在2023年」, 「各年均为0套」 read naturally where 「多于2024年的0套」 does not.
      if (years.length >= 2 && nonZero.length <= 1) {
        const only = nonZero[0];
        return only ? `全部在${only.label}` : `各年均为0${unit}`;
      }
      if (years.length === 2) {
        const [a, b] = years as [YearFigure, YearFigure];
        const relation = a.value > b.value ? '多于' : a.value < b.value ? '少于' : '等于';
        return `${parts[0]}，${relation}${b.label}的${b.figure}${unit}`;
      }
      if (years.length < 2) return parts.join('');
      const top = years.reduce((m, y) => (y.value > m.value ? y : m));
      return `${parts.join('、')}，以${top.label}最多`;
    },
    description: (years: readonly { label: string; figures: Record<Indicator, string> }[], context: Pick<ChartContext, 'unit' | 'unitFull'>) =>
      `条形图分两组：上组为${S}（${COLOUR.started}），${listYears(years.map((y) => ({ label: y.label, figure: y.figures.started })), context.unit)}；` +
      `下组为${D}（${COLOUR.completed}），${listYears(years.map((y) => ({ label: y.label, figure: y.figures.completed })), context.unit)}。单位：${context.unitFull}。`,
  },

  /** Chart `year-totals`: the city's targets per year. */
  yearTotals: {
    /** Who the caption speaks of. */
    who: CITY,
    /** `2023年至2024年` */
    span: (first: string, last: string) => `${first}至${last}`,
    title: (subject: string, span: string) => `${CITY}${subject}任务（${span}）`,
    ariaLabel: (span: string, short: string) => `条形图：${CITY}${span}各年${short}${S}与${D}任务`,
    tableCaption: (short: string, unit: string) => `${CITY}各年${short}任务（单位：${unit}）`,
  },

  /** Chart `county-years-<slug>`: one county's targets per year. */
  countyYears: {
    title: (county: string, short: string) => `${county}各年${short}任务`,
    ariaLabel: (county: string, short: string) => `条形图：${county}各年${short}${S}与${D}任务`,
    tableCaption: (county: string, short: string, unit: string) => `${county}各年${short}任务（单位：${unit}）`,
  },

  /** Chart `county-totals` (and `county-totals-<slug>`): every county's totals. */
  countyTotals: {
    title: (short: string, highlighted?: string) =>
      highlighted === undefined ? `各${C}${short}任务` : `${highlighted}在${CITY}各${C}中的${short}任务`,
    /** The highlighted county's figures and its rank among `n`. */
    captionOne: (county: string, totals: Record<Indicator, string>, rank: number, n: string, unit: string) =>
      `${county}计划${S}${totals.started}${unit}、${D}${totals.completed}${unit}；${S}任务在${n}个${C}中居第${rank}位。`,
    /** The counties with the most starts (up to three) and, for a longer list, the one with the fewest. */
    captionAll: (n: string, top: readonly NamedFigure[], last: NamedFigure | null, unit: string) => {
      const [first, ...next] = top.map((c) => nameFigure(c, unit));
      return (
        `${n}个${C}中，${S}任务最多的是${first ?? ''}` +
        (next.length > 0 ? `，其次是${next.join('和')}` : '') +
        (last ? `；最少的是${nameFigure(last, unit)}` : '') +
        '。'
      );
    },
    ariaLabel: (short: string, highlighted?: string) => `条形图：各${C}${short}${S}与${D}任务${highlighted === undefined ? '' : `，突出显示${highlighted}`}`,
    /** `rest` is the size of the grouped tail, null when nothing is grouped. */
    description: (unitFull: string, highlighted: string | undefined, rest: string | null) =>
      `横向条形图，每个${C}一行，按${S}任务从多到少排列；每行${BAR.started}（${COLOUR.started}）为${S}，${BAR.completed}（${COLOUR.completed}）为${D}，` +
      `条末数字为“${S} / ${D}”，单位：${unitFull}。` +
      (highlighted === undefined ? '' : `${highlighted}一行加底色、名称加粗，其余各行颜色变浅。`) +
      describeRestRow(rest),
    /** With `grouped`, the rows shown and the counties summed into the last row. */
    tableCaption: (short: string, unit: string, grouped?: { shown: string; rest: string }) =>
      `各${C}${short}任务${TOTAL}（单位：${unit}，按${S}任务排序` +
      (grouped ? `；前 ${grouped.shown} 行以外的 ${grouped.rest} 个${C}合为一行，完整名单见「${zh.nav.counties}」页` : '') +
      '）',
  },

  /** Chart `county-starts-<year>`: each county's start target for one year. */
  countyStarts: {
    title: (year: string, short: string) => `${year}各${C}${short}${S}任务`,
    /** `clause` is one of {@link TEXT.countyStarts.least}, `noneNamed`, `noneCounted`, or empty. */
    caption: (year: string, total: string, first: NamedFigure, unit: string, clause: string) =>
      `${year}各${C}计划${S}${TOTAL}${total}${unit}，最多的是${nameFigure(first, unit)}${clause}。`,
    least: (last: NamedFigure, unit: string) => `，最少的是${nameFigure(last, unit)}`,
    noneNamed: (names: readonly string[]) => `，${names.join('、')}当年无${S}任务`,
    noneCounted: (n: string) => `，${n}个${C}当年无${S}任务`,
    ariaLabel: (year: string, short: string) => `条形图：${year}各${C}${short}${S}任务`,
    description: (year: string, context: Pick<ChartContext, 'unit' | 'unitFull'>, rest: string | null) =>
      `横向条形图，每个${C}一行，按${year}${S}任务从多到少排列，条末数字为${S}${context.unit}数，单位：${context.unitFull}。` + describeRestRow(rest),
    tableCaption: (year: string, short: string, unit: string) => `${year}各${C}${short}${S}任务（单位：${unit}，按${S}任务排序）`,
  },

  /**
   * Chart `county-<indicator>-<year|total>`: each county's figure for one indicator and one year (or
   * the whole plan), for comparing counties on /counties/. `when` is `2023年` or the plan's span.
   */
  countyFigure: {
    title: (when: string, indicator: Indicator, short: string) => `${when}各${C}${short}${indicatorWord(indicator)}任务`,
    /** `clause` is one of `least`, `noneNamed`, `noneCounted`, or empty. */
    caption: (when: string, indicator: Indicator, total: string, first: NamedFigure, unit: string, clause: string) =>
      `${when}各${C}计划${indicatorWord(indicator)}${TOTAL}${total}${unit}，最多的是${nameFigure(first, unit)}${clause}。`,
    least: (last: NamedFigure, unit: string) => `，最少的是${nameFigure(last, unit)}`,
    noneNamed: (names: readonly string[], indicator: Indicator) => `，${names.join('、')}无${indicatorWord(indicator)}任务`,
    noneCounted: (n: string, indicator: Indicator) => `，${n}个${C}无${indicatorWord(indicator)}任务`,
    /** Caption tail of a grouped list: 「图中列出基本建成任务最多的30个，其余 N 个合计……，合为一条。」 */
    tail: (topN: number, indicator: Indicator, rest: string, sum: string, unit: string) =>
      `图中列出${indicatorWord(indicator)}任务最多的${topN}个，${restLabel(rest)}${TOTAL}${indicatorWord(indicator)}${sum}${unit}，合为一条。`,
    ariaLabel: (when: string, indicator: Indicator, short: string) => `条形图：${when}各${C}${short}${indicatorWord(indicator)}任务`,
    description: (when: string, indicator: Indicator, context: Pick<ChartContext, 'unit' | 'unitFull'>, rest: string | null) =>
      `横向条形图，每个${C}一行，按${when}${indicatorWord(indicator)}任务从多到少排列，条末数字为${indicatorWord(indicator)}${context.unit}数，单位：${context.unitFull}。` +
      describeRestRow(rest),
    tableCaption: (when: string, indicator: Indicator, short: string, unit: string) =>
      `${when}各${C}${short}${indicatorWord(indicator)}任务（单位：${unit}，按${indicatorWord(indicator)}任务排序）`,
  },
} as const;

/** `开工（套）`: a figure column's header. */
export function columnLabel(indicator: Indicator, context: Pick<ChartContext, 'unit'>): string {
  return `${indicatorWord(indicator)}（${context.unit}）`;
}
