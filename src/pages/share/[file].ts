/** /share/<id>.png: the 1200×630 share card of each chart that is a page's share image (src/lib/site/kit.ts); none on a plan-only site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { requireTaskTable } from '../../lib/load/index.ts';
import { chartFile } from '../../lib/site/charts.ts';
import { staticPathsOf } from '../../lib/site/routes.ts';

export const getStaticPaths = staticPathsOf('share/[file].ts') satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const body = chartFile(requireTaskTable(locals.site), props.id, 'card');
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });
};
