/**
 * The whole project type-checks (strict): `astro check` reads the .astro components and pages and
 * every .ts file of src/ and tests/ (tsconfig.json's include), so a type error anywhere fails
 * `npm test`. (A separate `tsc --noEmit` would read the same .ts files a second time.)
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

async function output(file: string, args: string[]): Promise<{ code: number; text: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, text: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, text: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

it('astro check reports no error, warning or hint in src/ and tests/, .astro and .ts files alike', async () => {
  const { code, text } = await output(path.join('node_modules', '.bin', 'astro'), ['check']);
  expect(text, text).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
  expect(code).toBe(0);
}, 180_000);
