/** /charts/<id>.svg and /charts/<id>.csv: every chart as a standalone SVG and its numbers as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/load.ts';
import { chartFile, listChartIds } from '../../lib/site/charts.ts';

const TYPES = { svg: 'image/svg+xml; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const getStaticPaths = (() =>
  listChartIds(loadSite()).flatMap((id) => [
    { params: { file: `${id}.svg` }, props: { id, kind: 'svg' as const } },
    { params: { file: `${id}.csv` }, props: { id, kind: 'csv' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const body = chartFile(loadSite(), props.id, props.kind);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': TYPES[props.kind as keyof typeof TYPES] } });
};
