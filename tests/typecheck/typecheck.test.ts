/** The TypeScript (strict) and the Astro components type-check: a type error fails `npm test`. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = (name: string) => path.join('node_modules', '.bin', name);

async function output(file: string, args: string[]): Promise<{ code: number; text: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, text: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, text: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('type checks', () => {
  it('tsc --noEmit reports no error in src/ or tests/', async () => {
    const { code, text } = await output(bin('tsc'), ['--noEmit', '-p', '.']);
    expect(text.trim(), text).toBe('');
    expect(code).toBe(0);
  }, 180_000);

  it('astro check reports no error in the .astro components and pages', async () => {
    const { code, text } = await output(bin('astro'), ['check']);
    expect(text, text).toMatch(/- 0 errors/);
    expect(code).toBe(0);
  }, 180_000);
});
