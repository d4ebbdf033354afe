/**
 * axe-core run inside the page, once per page. `@axe-core/playwright`'s AxeBuilder opens a second,
 * blank page for every analysis (to finish the run away from the page's own scripts), which costs
 * about a second a page, ten times the analysis itself; our pages run no script, so the whole run
 * can stay in the page. Same rules (WCAG 2.0/2.1 A and AA tags), same result objects.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels every page must meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const options = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

/** The page's violations of {@link AXE_TAGS}. Strings only are passed to the page (a transpiled function would carry helpers it lacks). */
export async function findViolations(page: Page): Promise<Result[]> {
  await page.evaluate(source);
  return (await page.evaluate(`axe.run(document, ${JSON.stringify(options)}).then((results) => results.violations)`)) as Result[];
}
