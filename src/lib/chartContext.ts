/**
 * What every chart says besides its data. The charts (charts/) draw with it and the chart words
 * (words/charts.ts) quote it; the site builds it from its facts (site/chartStore.ts).
 */

/** Units, the subject's short word and the source line, from the site's facts. */
export interface ChartContext {
  /** The figures' unit in running text, e.g. `套`. */
  unit: string;
  /** The unit as the table names it, e.g. `套（户）`. */
  unitFull: string;
  /** The subject as a phrase before 任务 in the city-wide title (may be empty). */
  subject: string;
  /** A short subject word before 任务 in titles (may be empty). */
  short: string;
  /** The source line under the chart. */
  source: string;
}
