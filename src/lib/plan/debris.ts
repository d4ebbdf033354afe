/**
 * Page debris: what a PDF or a printed gazette puts on every page and a text extraction leaves in
 * the flow — page numbers (`— 2 —`, `- 2 -`, `第2页`, `2/8`) and running headers or footers (a
 * gazette's name repeated beside them). Such lines are taken out before healing, so that
 * `市发 | — 2 — | 某市人民政府公报 | 改委` heals to `市发改委`, and every line taken out is listed
 * with its source line (the site shows the list as the 整理说明 of /plan/).
 */
import type { SourceLine } from './lines';
import { readNumberLabel } from './numbering';
import type { Cleanup } from './types';

const PAGE_NUMBER = [
  /^[-—–－─~～]{1,2}\s*\d{1,4}\s*[-—–－─~～]{1,2}$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,、]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^\d{1,3}$/,
];
/** What a running header may hold: a short line with no sentence in it. */
const HEADER_LIKE = /^[^。，；：、！？,;:!?]{2,40}$/;
const BRACKETED = /^[（(〔【].*[）)〕】]$/;

/** True for a line that is only a page number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/**
 * Takes page numbers and running headers out of `lines` (the body, title first). A running header
 * is a short line without punctuation, not a heading, that repeats, at least half of the times
 * right beside a page number. The first line (the title) is never taken out.
 */
export function removePageDebris(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: Cleanup[] } {
  const pageNumber = lines.map((l) => isPageNumber(l.text));
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (i === 0 || pageNumber[i] || !HEADER_LIKE.test(l.text) || BRACKETED.test(l.text) || readNumberLabel(l.text)) return;
    const at = seen.get(l.text) ?? [];
    at.push(i);
    seen.set(l.text, at);
  });
  const header = new Set<number>();
  for (const at of seen.values()) {
    const besidePage = at.filter((i) => pageNumber[i - 1] === true || pageNumber[i + 1] === true).length;
    if (at.length >= 2 && besidePage * 2 >= at.length) for (const i of at) header.add(i);
  }
  const kept: SourceLine[] = [];
  const removed: Cleanup[] = [];
  lines.forEach((l, i) => {
    if (pageNumber[i] && i > 0) removed.push({ kind: 'pageNumber', text: l.text, line: l.line });
    else if (header.has(i)) removed.push({ kind: 'runningHeader', text: l.text, line: l.line });
    else kept.push(l);
  });
  return { lines: kept, removed };
}
