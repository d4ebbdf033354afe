/**
 * Charts to SVG strings at build time: Observable Plot on a linkedom document. The output is
 * accessible (role, aria-label, <title>, <desc>), deterministic (class derived from the chart id,
 * no generated ids) and small (coordinates rounded to one decimal).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartSpec } from './types';
import { COLORS, FONT_FAMILY, FONT_SIZE, estimateTextWidth } from './style';
import { escapeXml } from '../xml';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes holding coordinates; their numbers are rounded. */
const COORDINATE_ATTRIBUTES = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'points', 'viewBox', 'cx', 'cy', 'r']);

/** `1.23456` → `1.2`; `-0.04` → `0`. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+/g, (m) => String(Number(Number(m).toFixed(1)) || 0));
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['createElementNS']>;

let shared: Doc | null = null;

/**
 * The document Plot draws in. One serves every chart: a chart's elements are never attached to it,
 * so nothing of one chart stays behind for the next, and making a linkedom window per chart cost
 * more than drawing a small chart.
 */
function drawingDocument(): Doc {
  shared ??= parseHTML('<!doctype html><html><body></body></html>').document;
  return shared;
}

/**
 * In one pass over Plot's drawing: rounds coordinates in place, leaving em-based offsets (`0.32em`)
 * as Plot wrote them, and drops the `aria-label` Plot gives each mark's group ("bar", "text"),
 * which is never read inside role="img".
 */
function tidyDrawing(root: El): void {
  const visit = (el: El, isRoot: boolean): void => {
    for (const name of el.getAttributeNames()) {
      if (name === 'aria-label' && !isRoot) el.removeAttribute(name);
      else if (COORDINATE_ATTRIBUTES.has(name)) {
        const value = el.getAttribute(name) as string;
        if (!value.endsWith('em')) el.setAttribute(name, roundNumbers(value));
      }
    }
  };
  visit(root, true);
  for (const el of root.querySelectorAll('*')) visit(el, false);
}

function appendText(doc: Doc, parent: El, tag: string, text: string, before: El | null = null): El {
  const el = doc.createElementNS(SVG_NS, tag);
  el.textContent = text;
  parent.insertBefore(el, before);
  return el;
}

/** Plot's <svg> for the spec, with fixed class, fonts and rounded coordinates. */
function plotSvg(doc: Doc, spec: ChartSpec): El {
  const className = `chart-${spec.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const node = Plot.plot({ ...spec.plot, className, ariaLabel: null, ariaDescription: null, document: doc as unknown as Document });
  const svg = node as unknown as El;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`chart ${spec.id}: expected <svg> from Plot, got <${svg.tagName}>`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(FONT_SIZE));
  tidyDrawing(svg);
  return svg;
}

/** Sets the accessible name and inserts <title> and <desc> first; returns the two new elements. */
function label(doc: Doc, svg: El, spec: ChartSpec): El[] {
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', spec.ariaLabel);
  const first = svg.firstChild as El | null;
  return [appendText(doc, svg, 'title', spec.title, first), appendText(doc, svg, 'desc', `${spec.caption}${spec.description}`, first)];
}

/** Both forms of a chart, made from one drawing by Plot. */
export interface ChartSvgs {
  /** The inline `<svg>` for a page (also a valid standalone SVG file: xmlns is set). */
  inline: string;
  /** The file for `/charts/<id>.svg`: see {@link renderStandaloneSvg}. */
  standalone: string;
}

/**
 * Draws the chart once and makes both of its SVG forms from that drawing: the inline form is
 * serialised first, then its marks move into the standalone frame. Byte for byte the same as
 * {@link renderChart} and {@link renderStandaloneSvg}, at half the cost of calling both.
 */
export function renderChartSvgs(spec: ChartSpec): ChartSvgs {
  const doc = drawingDocument();
  const chart = plotSvg(doc, spec);
  const added = label(doc, chart, spec);
  const inline = serialize(chart);
  for (const el of added) el.remove();
  return { inline, standalone: frameStandalone(doc, chart, spec) };
}

/** The chart as an inline `<svg>` string (also a valid standalone SVG file: xmlns is set). */
export function renderChart(spec: ChartSpec): string {
  const doc = drawingDocument();
  const svg = plotSvg(doc, spec);
  label(doc, svg, spec);
  return serialize(svg);
}

/**
 * The element's markup, valid as HTML and as XML alike: linkedom writes `&`, `<` and `>` raw inside
 * attribute values (an `aria-label` made from a plan's title), which HTML reads but an XML parser
 * refuses, so a standalone file with such a label would not open. They are escaped while the markup
 * is written, then the values are put back: the same drawing is written twice (inline, standalone).
 */
function serialize(el: El): string {
  const raw: { node: El; name: string; value: string }[] = [];
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const { name, value } of [...node.attributes]) {
      if (!/[&<>]/.test(value)) continue;
      raw.push({ node, name, value });
      node.setAttribute(name, escapeXml(value));
    }
  }
  const markup = el.outerHTML;
  for (const { node, name, value } of raw) node.setAttribute(name, value);
  return markup;
}

/**
 * Greedy line breaking by estimated width: CJK text may break between any two characters, a run of
 * digits and Latin letters (`9,414,575`) is never split, and closing punctuation stays on its line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[0-9A-Za-z,.%/]+|./gu) ?? []) {
    if (line && estimateTextWidth(line + token, fontSize) > maxWidth && !'，。；、）」'.includes(token)) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a file for `/charts/<id>.svg`: XML prolog, white background, the title and
 * caption above and the source line below, so it stands alone when reused.
 */
export function renderStandaloneSvg(spec: ChartSpec): string {
  const doc = drawingDocument();
  return frameStandalone(doc, plotSvg(doc, spec), spec);
}

/** Frames Plot's drawing `chart` (unlabelled) as the standalone file; moves its marks. */
function frameStandalone(doc: Doc, chart: El, spec: ChartSpec): string {
  const width = spec.plot.width;
  const pad = 16;
  const titleSize = 20;
  const captionSize = 15;
  const sourceSize = 13;
  const titleLines = wrapText(spec.title, width - 2 * pad, titleSize);
  const captionLines = wrapText(spec.caption, width - 2 * pad, captionSize);
  const chartTop = pad + titleLines.length * titleSize * 1.4 + captionLines.length * captionSize * 1.5 + 8;
  const height = Math.ceil(chartTop + spec.plot.height + 8 + sourceSize * 1.5 + pad);

  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, color: COLORS.ink, fill: 'currentColor' })) {
    svg.setAttribute(k, String(v));
  }
  label(doc, svg, spec);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: 'white' })) bg.setAttribute(k, v);
  svg.appendChild(bg);

  let y = pad;
  const line = (text: string, size: number, attrs: Record<string, string> = {}) => {
    y += size * (size === titleSize ? 1.4 : 1.5);
    const el = appendText(doc, svg, 'text', text);
    for (const [k, v] of Object.entries({ x: String(pad), y: String(Math.round(y - size * 0.35)), 'font-size': String(size), ...attrs })) el.setAttribute(k, v);
  };
  for (const t of titleLines) line(t, titleSize, { 'font-weight': 'bold' });
  for (const t of captionLines) line(t, captionSize);

  // Move the chart's marks into a group: a nested <svg> would carry Plot's CSS (height: auto),
  // which resizes it inside another SVG.
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0,${Math.round(chartTop)})`);
  for (const name of ['fill', 'font-size', 'text-anchor']) g.setAttribute(name, chart.getAttribute(name) ?? '');
  for (const child of [...chart.childNodes]) if ((child as El).tagName?.toLowerCase() !== 'style') g.appendChild(child);
  svg.appendChild(g);

  y = Math.round(chartTop) + spec.plot.height + 8;
  line(spec.source, sourceSize, { fill: '#555555' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svg)}\n`;
}
