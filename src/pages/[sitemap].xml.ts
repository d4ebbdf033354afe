/**
 * /sitemap.xml, written only when SITE_URL was given at build time (a sitemap needs absolute
 * URLs, so without one there is no file at all). Lists every page; no dates, since the output
 * carries no build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { expectedRoutes } from '../lib/site/routes.ts';
import { absoluteUrl } from '../lib/site/paths.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const urls = expectedRoutes()
    .map((route) => absoluteUrl(route, site))
    .filter((u): u is string => u !== null);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
