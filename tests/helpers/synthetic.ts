/**
 * Synthetic sites for tests: N made-up counties (src/cli/support/syntheticTasks.ts) under the
 * made-up plan whose attachment is that table (syntheticPlan.ts generatePairedPlan), written to a
 * temporary folder, never to data/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePairedPlan } from '../../src/cli/support/syntheticPlan.ts';
import { generateTasksCsv } from '../../src/cli/support/syntheticTasks.ts';
import { buildSite, hasTaskTable, type AnySite, type Site } from '../../src/lib/load/index.ts';

/** A data folder with `n` synthetic counties (`dataDir`) and the plan they belong to (`planFile`, beside it). */
export function writeSyntheticInputs(n: number, prefix = 'synthetic-'): { root: string; dataDir: string; planFile: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dataDir = path.join(root, 'data');
  const planFile = path.join(root, 'plan.txt');
  const csv = generateTasksCsv(n);
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'tasks.csv'), csv);
  writeFileSync(planFile, generatePairedPlan(csv));
  return { root, dataDir, planFile };
}

/** The day synthetic sites are loaded on (they keep no release history, so no date is compared with it). */
export const SYNTHETIC_TODAY = '2026-12-31';

/** The site of {@link writeSyntheticInputs}, loaded (it always has its task table). */
export function buildSyntheticSite(n: number, prefix?: string): { site: Site; root: string } {
  const { root, dataDir, planFile } = writeSyntheticInputs(n, prefix);
  return { site: withTable(buildSite(planFile, dataDir, { today: SYNTHETIC_TODAY })), root };
}

/** The site, which a test expects to have its task table. */
export function withTable(site: AnySite): Site {
  if (!hasTaskTable(site)) throw new Error('expected a site with a task table, got a plan-only site');
  return site;
}
