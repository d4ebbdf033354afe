/**
 * The settings the two-release fixture is built with (tests/setup/build-site.ts): a data folder with
 * two releases and adjusted figures, served at a sub-path of a site address, as a deployed site is.
 */
export interface FixtureSettings {
  /** The environment of its build. */
  env: Record<string, string>;
  /** Its base path and address, as the pages write them. */
  base: string;
  site: string;
  dataDir: string;
  today: string;
}

export const FIXTURE_SETTINGS: FixtureSettings = {
  env: { SITE_DATA_DIR: 'tests/fixtures/site/two-releases', SITE_TODAY: '2026-12-31', BASE_PATH: '/gz/', SITE_URL: 'https://www.example.gov.cn' },
  base: '/gz/',
  site: 'https://www.example.gov.cn',
  dataDir: 'tests/fixtures/site/two-releases',
  // The fixture's v2 is dated 2026-12-01, and a release may not be dated after today.
  today: '2026-12-31',
};
