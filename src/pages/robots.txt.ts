/** /robots.txt: everything may be indexed; names the sitemap when SITE_URL was given. */
import type { APIRoute } from 'astro';
import { linksOf } from '../lib/site/paths.ts';

export const GET: APIRoute = ({ locals }) => {
  const sitemap = linksOf(locals.address).absolute('/sitemap.xml');
  const body = `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
