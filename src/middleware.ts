/**
 * Hands the site the build loaded (src/lib/load/current.ts) to every page and endpoint as
 * `Astro.locals`: pages and components never load anything themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentSite } from './lib/load/current.ts';

export const onRequest = defineMiddleware((context, next) => {
  const { site, config } = currentSite();
  context.locals.site = site;
  context.locals.address = config.address;
  return next();
});
