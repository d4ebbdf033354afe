/** Static endpoints for every download under /data/ (bytes exactly as the writers made them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDownloads } from '../../lib/site/downloads.ts';
import { staticPathsOf } from '../../lib/site/routes.ts';

export const getStaticPaths = staticPathsOf('data/[...path].ts') satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const file = siteDownloads(locals.site, locals.address).find((f) => f.path === props.path);
  if (!file) return new Response('not found', { status: 404 });
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return new Response(body, { headers: { 'Content-Type': file.mediaType } });
};
