/** Static endpoints for every download under /data/ (bytes exactly as the writers made them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../lib/load/current.ts';
import { siteDownloads } from '../../lib/site/downloads.ts';
import { listStaticPaths } from '../../lib/site/routes.ts';

export const getStaticPaths = (() => {
  const { site, config } = currentSite();
  return listStaticPaths('data/[...path].ts', site, config.address);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const file = siteDownloads(locals.site, locals.address).find((f) => f.path === props.path);
  if (!file) return new Response('not found', { status: 404 });
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, { headers: { 'Content-Type': file.mediaType } });
};
