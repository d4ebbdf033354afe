/** /share/<id>.png: the 1200×630 share card of each chart that is a page's share image (src/lib/site/kit.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataSite, type Site } from '../../lib/load.ts';
import { chartFile, listChartFiles } from '../../lib/site/charts.ts';

/** None on a plan-only site, which draws no chart. */
export const getStaticPaths = (() => {
  const site = loadDataSite();
  return site ? listChartFiles(site).filter((chart) => chart.card).map(({ id }) => ({ params: { file: `${id}.png` }, props: { id } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const body = chartFile(loadDataSite() as Site, props.id, 'card');
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });
};
