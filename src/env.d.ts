/// <reference types="astro/client" />
// Types `import.meta.env` and Astro's virtual modules before `astro sync` has written
// .astro/types.d.ts, so type checks pass on a fresh clone.

declare namespace App {
  /** What every page and endpoint renders from: set by src/middleware.ts in a build, handed in by tests. */
  interface Locals {
    /** The loaded site: with its task table, or the plan alone. */
    site: import('./lib/load/types.ts').AnySite;
    /** Where the site is served (its base path and address). */
    address: import('./lib/config/index.ts').SiteAddress;
  }
}
