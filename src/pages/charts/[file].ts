/**
 * /charts/<id>.svg, /charts/<id>.csv and /charts/<id>.png: every chart as a standalone SVG, its
 * numbers as CSV, and the SVG drawn at 2× as PNG (see PNG_COUNTY_LIMIT in
 * src/lib/site/chartStore.ts); and the licence of the font the PNGs are drawn with. A plan-only site draws no chart, and ships
 * no font licence.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { requireTaskTable } from '../../lib/load/index.ts';
import { readFontLicense } from '../../lib/png/fonts.ts';
import { chartFile } from '../../lib/site/charts.ts';
import { staticPathsOf, type ChartFileKind } from '../../lib/site/routes.ts';

const TYPES: Record<ChartFileKind, string> = { svg: 'image/svg+xml; charset=utf-8', csv: 'text/csv; charset=utf-8', png: 'image/png', license: 'text/plain; charset=utf-8' };

export const getStaticPaths = staticPathsOf('charts/[file].ts') satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const kind = props.kind as ChartFileKind;
  const body = kind === 'license' ? readFontLicense() : chartFile(requireTaskTable(locals.site), props.id, kind);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': TYPES[kind] } });
};
