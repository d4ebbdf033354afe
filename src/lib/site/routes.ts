/** Every page route the site has for the loaded data (for the sitemap and the output check). */
import { hasTaskTable, loadSite } from '../load.ts';
import { routes } from './paths.ts';
import { listEmbedIds } from './charts.ts';
import { kitRoutes } from './kit.ts';

/**
 * Home, plan, parts, items, units, counties, data and updates, in a fixed order; then the chart
 * list and each embed page (charts.ts listEmbedIds). A plan-only site has the plan's pages and /data/.
 */
export function expectedRoutes(): string[] {
  const site = loadSite();
  const items = site.plan.parts.flatMap((p) => p.items);
  const plan = [
    routes.home(),
    routes.plan(),
    ...site.plan.parts.map((p) => routes.part(p.number)),
    ...items.map((i) => routes.item(i.ordinal)),
    routes.units(),
    ...site.plan.units.map((u) => routes.unit(u.slug)),
  ];
  if (!hasTaskTable(site)) return [...plan, routes.data()];
  return [
    ...plan,
    routes.counties(),
    ...site.tasks.counties.map((c) => routes.county(c.slug)),
    routes.data(),
    routes.updates(),
    kitRoutes.charts(),
    ...listEmbedIds(site).map((id) => kitRoutes.embed(id)),
  ];
}
