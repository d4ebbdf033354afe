/**
 * /charts/<id>.svg, /charts/<id>.csv and /charts/<id>.png: every chart as a standalone SVG, its
 * numbers as CSV, and the SVG drawn at 2× as PNG (see PNG_COUNTY_LIMIT in src/lib/site/charts.ts);
 * and the licence of the font the PNGs are drawn with.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataSite, type Site } from '../../lib/load.ts';
import { readFontLicense } from '../../lib/png/fonts.ts';
import { chartFile, listChartFiles } from '../../lib/site/charts.ts';
import { kitRoutes } from '../../lib/site/kit.ts';

const TYPES = { svg: 'image/svg+xml; charset=utf-8', csv: 'text/csv; charset=utf-8', png: 'image/png', license: 'text/plain; charset=utf-8' } as const;
type Kind = keyof typeof TYPES;

/** A plan-only site draws no chart, and ships no font licence. */
export const getStaticPaths = (() => {
  const site = loadDataSite();
  if (!site) return [];
  return [
    ...listChartFiles(site).flatMap(({ id, png }) => [
      { params: { file: `${id}.svg` }, props: { id, kind: 'svg' as Kind } },
      { params: { file: `${id}.csv` }, props: { id, kind: 'csv' as Kind } },
      ...(png ? [{ params: { file: `${id}.png` }, props: { id, kind: 'png' as Kind } }] : []),
    ]),
    { params: { file: kitRoutes.fontLicense().replace('/charts/', '') }, props: { id: '', kind: 'license' as Kind } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const kind = props.kind as Kind;
  const body = kind === 'license' ? readFontLicense() : chartFile(loadDataSite() as Site, props.id, kind);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': TYPES[kind] } });
};
