/**
 * Reading a page as a phone shows it: every `<details>` opened, then what sticks out of the
 * viewport (the page, table cells, captions) and the text sizes as displayed (page text, table
 * text, chart text scaled by its SVG).
 */
import type { Page } from 'playwright-core';

/** What {@link measureLayout} reads from a page. */
export interface LayoutReading {
  scrollWidth: number;
  clientWidth: number;
  /** Table cells and captions not wholly inside the viewport, described. */
  cellsOutside: string[];
  /** Visible text smaller than its limit: `where (size px): text`. */
  smallText: string[];
  /** Body text size in px (the computed size of `main`). */
  bodyPx: number;
  /** Smallest and largest chart text as displayed, px; null when the page has no chart. */
  chartText: { min: number; max: number; smallest: string; largest: string } | null;
  /** Number of table cells measured. */
  cells: number;
  /** Figures in table cells broken across lines (`20,60` / `0`). */
  splitFigures: string[];
}

/** Smallest sizes allowed, px: text in `main` outside tables and charts, table text, header and footer text. */
export interface TextLimits {
  main: number;
  table: number;
  chrome: number;
}

/** The limits of issue 13 on a phone: body 18 px, tables 16 px, header and footer 16 px. */
export const PHONE_LIMITS: TextLimits = { main: 18, table: 16, chrome: 16 };

/** Opens every `<details>` of the page and waits for the layout to settle. */
export async function openAllDetails(page: Page): Promise<number> {
  const opened = (await page.evaluate(OPEN_SCRIPT)) as number;
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return opened;
}

/** Measures the page as it is now (open the details first). */
export function measureLayout(page: Page, limits: TextLimits = PHONE_LIMITS): Promise<LayoutReading> {
  return page.evaluate(`(${MEASURE_SCRIPT})(${JSON.stringify(limits)})`) as Promise<LayoutReading>;
}

/** Lists a reading's problems against the limits: sideways scroll, cells outside, small text. */
export function layoutProblems(reading: LayoutReading): string[] {
  return [
    ...(reading.scrollWidth > reading.clientWidth ? [`page scrolls sideways: scrollWidth ${reading.scrollWidth} > ${reading.clientWidth}`] : []),
    ...reading.cellsOutside.map((cell) => `outside the viewport: ${cell}`),
    ...reading.smallText.map((text) => `text too small: ${text}`),
    ...reading.splitFigures.map((figure) => `figure broken across lines: ${figure}`),
  ];
}

const OPEN_SCRIPT = `(() => {
  const all = [...document.querySelectorAll('details')];
  for (const d of all) d.open = true;
  return all.length;
})()`;

/**
 * Runs in the page (plain JavaScript: transpilers would inject helpers into a function passed to
 * `page.evaluate`). Text is measured on its parent element; text that is hidden or visually hidden
 * (a box of 1 px or less, as `.sr` and the reflowed header rows are) is left out.
 */
const MEASURE_SCRIPT = `(limits) => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  const path = (el) => {
    const parts = [];
    for (let node = el; node && node !== document.body && parts.length < 4; node = node.parentElement) parts.unshift(describe(node));
    return parts.join(' > ');
  };
  // Hidden, or inside a visually hidden box (1 px or less, as .sr and a reflowed table's header row are).
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const box = node.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
    }
    return true;
  };
  const snippet = (text) => text.replace(/\\s+/g, ' ').trim().slice(0, 40);

  const cellsOutside = [];
  const cells = [...document.querySelectorAll('th, td, caption')].filter(shown);
  for (const cell of cells) {
    const box = cell.getBoundingClientRect();
    if (box.left < -0.5 || box.right > width + 0.5) {
      cellsOutside.push(path(cell) + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + '] «' + snippet(cell.textContent || '') + '»');
    }
  }

  const splitFigures = [];
  for (const cell of cells) {
    const figure = cell.classList.contains('num') ? cell.firstChild : null;
    if (!figure || figure.nodeType !== Node.TEXT_NODE || !figure.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(figure);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) splitFigures.push(path(cell) + ' «' + snippet(figure.textContent) + '»');
  }

  const smallText = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim()) continue;
    seen.add(el);
    if (el.closest('svg, script, style, noscript, .skip') || !shown(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const limit = el.closest('table') ? limits.table : el.closest('main') ? limits.main : limits.chrome;
    if (size + 0.01 < limit) smallText.push(path(el) + ' (' + size.toFixed(1) + ' px < ' + limit + '): ' + snippet(node.textContent));
  }

  let chartText = null;
  for (const text of document.querySelectorAll('figure.chart svg text')) {
    const box = text.getBoundingClientRect();
    if (box.width === 0 || !text.textContent.trim()) continue;
    const matrix = text.getScreenCTM();
    if (!matrix) continue;
    const scale = Math.hypot(matrix.a, matrix.b);
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    const label = snippet(text.textContent);
    if (!chartText) chartText = { min: size, max: size, smallest: label, largest: label };
    if (size < chartText.min) Object.assign(chartText, { min: size, smallest: label });
    if (size > chartText.max) Object.assign(chartText, { max: size, largest: label });
  }
  const main = document.querySelector('main');
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: width,
    cellsOutside: cellsOutside.slice(0, 8),
    smallText: smallText.slice(0, 8),
    bodyPx: main ? parseFloat(getComputedStyle(main).fontSize) : 0,
    chartText,
    cells: cells.length,
    splitFigures: splitFigures.slice(0, 8),
  };
}`;
