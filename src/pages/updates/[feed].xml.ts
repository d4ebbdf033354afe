/**
 * /updates/feed.xml: the Atom feed of releases (src/lib/site/feed.ts). A data folder without a
 * release index has no releases to announce and gets no feed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { writeAtomFeed } from '../../lib/site/feed.ts';
import { staticPathsOf } from '../../lib/site/routes.ts';

export const getStaticPaths = staticPathsOf('updates/[feed].xml.ts') satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
  const { facts, releases } = locals.site;
  return new Response(writeAtomFeed({ facts, releases, address: locals.address }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
