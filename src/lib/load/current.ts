/**
 * The seam between the commands and the pages. A command loads the site once and provides it here
 * with its settings; Astro's middleware (src/middleware.ts) hands the site to every page and
 * endpoint as `Astro.locals.site`, and each page's `getStaticPaths` reads it here (it runs before
 * any request, so it has no locals). Tests render pages with the site they hand in as locals and
 * never come here.
 *
 * The slot is global (`Symbol.for`), so the copy of this module in Astro's server bundle sees what
 * the command's copy provided. Without a command (a plain `astro build`), the first reader loads
 * the site from the environment's settings.
 */
import { resolveConfig, type SiteConfig } from '../config/index.ts';
import { DataError, hasErrors } from '../errors.ts';
import { loadConfiguredSite } from './index.ts';
import type { AnySite } from './types.ts';

/** A loaded site and the settings it was loaded with. */
export interface ProvidedSite {
  site: AnySite;
  config: SiteConfig;
}

const SLOT = Symbol.for('ganzhou-site.current');
type Slot = { [SLOT]?: ProvidedSite };

/** Makes `site`, loaded with `config`, the site every page of this process renders. */
export function provideSite(site: AnySite, config: SiteConfig): void {
  (globalThis as Slot)[SLOT] = { site, config };
}

/** The provided site and its settings; loaded from the environment when no command provided one. */
export function currentSite(): ProvidedSite {
  const slot = globalThis as Slot;
  const provided = slot[SLOT];
  if (provided) return provided;
  const { config, issues } = resolveConfig(process.env);
  if (hasErrors(issues)) throw new DataError(issues);
  const loaded = { site: loadConfiguredSite(config), config };
  slot[SLOT] = loaded;
  return loaded;
}
