/** /charts/<id>.svg and /charts/<id>.csv: every chart as a standalone SVG and its numbers as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv, renderStandaloneSvg } from '../../lib/charts/index.ts';
import { loadSite } from '../../lib/load.ts';
import { allCharts, chartById } from '../../lib/site/charts.ts';

export const getStaticPaths = (() =>
  allCharts(loadSite()).flatMap((spec) => [
    { params: { file: `${spec.id}.svg` }, props: { id: spec.id, kind: 'svg' as const } },
    { params: { file: `${spec.id}.csv` }, props: { id: spec.id, kind: 'csv' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const spec = chartById(loadSite(), props.id);
  if (!spec) return new Response('not found', { status: 404 });
  return props.kind === 'svg'
    ? new Response(renderStandaloneSvg(spec), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } })
    : new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
