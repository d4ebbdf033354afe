/// <reference types="astro/client" />
// Types `import.meta.env` and Astro's virtual modules before `astro sync` has written
// .astro/types.d.ts, so `tsc --noEmit` passes on a fresh clone.
