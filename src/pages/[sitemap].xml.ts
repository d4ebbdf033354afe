/**
 * /sitemap.xml, written only when the site has an address (a sitemap needs absolute URLs, so
 * without one there is no file at all). Lists every page; no dates, since the output carries no
 * build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { linksOf } from '../lib/site/paths.ts';
import { expectedRoutes, staticPathsOf } from '../lib/site/routes.ts';
import { escapeXml } from '../lib/xml.ts';

export const getStaticPaths = staticPathsOf('[sitemap].xml.ts') satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
  const { absolute } = linksOf(locals.address);
  const urls = expectedRoutes(locals.site, locals.address)
    .map((route) => absolute(route))
    .filter((u): u is string => u !== null);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
