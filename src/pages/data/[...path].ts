/** Static endpoints for every download under /data/ (bytes exactly as the writers made them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/load.ts';
import { siteDownloads } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() =>
  siteDownloads(loadSite()).map((file) => ({
    params: { path: file.path.replace(/^data\//, '') },
    props: { path: file.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = siteDownloads(loadSite()).find((f) => f.path === props.path);
  if (!file) return new Response('not found', { status: 404 });
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, { headers: { "Content-Type": file.mediaType } });
};
