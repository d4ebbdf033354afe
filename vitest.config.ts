import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One build of the real site, shared by every test that reads dist (inject('distDir')).
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
