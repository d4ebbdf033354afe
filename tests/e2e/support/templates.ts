/**
 * The pages the browser reads: the first and the largest page made from each template. A template
 * is a page's route with its last segment as a wildcard when the segment names one of many
 * (`/counties/zhanggongqu/` → `/counties/*\/`); the largest is the one with the most HTML, where a
 * long table or a long name shows first.
 */
import type { BuiltSite } from '../../helpers/built';

/** A sampled page: its route relative to the base (`counties/jiaqu/`), its template, and why it was taken. */
export interface TemplatePage {
  route: string;
  kind: string;
  first: boolean;
  largest: boolean;
}

/** `/counties/zhanggongqu/` → `/counties/*\/`; `/plan/` → `/plan/`; `/` → `/`. */
export function templateOf(route: string): string {
  const segments = route.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  if (segments.length === 1) return `/${segments[0]}/`;
  return `/${[...segments.slice(0, -1), '*'].join('/')}/`;
}

/** The first and the largest page of each template of a build, and its not-found page. */
export function sampleTemplates(site: BuiltSite): TemplatePage[] {
  const byKind = new Map<string, string[]>();
  for (const route of site.pages) byKind.set(templateOf(route), [...(byKind.get(templateOf(route)) ?? []), route]);
  const sampled: TemplatePage[] = [];
  for (const [kind, routes] of byKind) {
    const first = routes[0] as string;
    const size = (route: string) => site.bytes(`${route}index.html`).length;
    const largest = routes.reduce((a, b) => (size(b) > size(a) ? b : a));
    sampled.push({ route: first, kind, first: true, largest: largest === first });
    if (largest !== first) sampled.push({ route: largest, kind, first: false, largest: true });
  }
  if (site.files.includes('404.html')) sampled.push({ route: '404.html', kind: '/404.html', first: true, largest: true });
  return sampled;
}
