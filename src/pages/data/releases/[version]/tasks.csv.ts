/** /data/releases/<version>/tasks.csv: every published version of the table, at a stable URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { writeTasksCsv } from '../../../../lib/downloads/index.ts';
import { loadSite } from '../../../../lib/load.ts';

export const getStaticPaths = (() =>
  loadSite().releases.map((r) => ({ params: { version: r.version }, props: { version: r.version } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const release = loadSite().releases.find((r) => r.version === props.version);
  if (!release) return new Response('not found', { status: 404 });
  return new Response(writeTasksCsv(release.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
