/**
 * /updates/feed.xml: the Atom feed of releases (src/lib/site/feed.ts). A data folder without a
 * release index has no releases to announce and gets no feed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/load.ts';
import { writeAtomFeed } from '../../lib/site/feed.ts';

export const getStaticPaths = (() => (loadSite().releases.length > 0 ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const { facts, releases } = loadSite();
  return new Response(writeAtomFeed({ facts, releases, site }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
