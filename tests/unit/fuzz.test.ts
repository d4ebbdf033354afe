/**
 * Property-based: whatever a hurried staff member or an attacker makes of the task table, the
 * release index, the metadata or the plan text, the readers and the validate command either
 * accept it or report located issues (file, line, column, a stable code, a Chinese message) —
 * never an uncaught exception — and the data folder they read is left byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';
import type { Issue } from '../../src/lib/errors.ts';
import { parsePlan } from '../../src/lib/plan/index.ts';
import { readTasks } from '../../src/lib/tasks/index.ts';
import { copyInputs } from '../helpers/project.ts';

const ISSUED = 'tests/fixtures/site/issued';
const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const tasksText = readFileSync(`${ISSUED}/tasks.csv`, 'utf8');
const planText = readFileSync(SEED, 'utf8');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Characters that break things: CSV syntax, markup, digits of other scripts, invisible and bidi controls, CJK. */
const NASTY = [',', '"', '\r\n', '\n', '\r', '<', '>', '&', '=', '-', '+', '@', '\u202E', '\u2066', '\u200B', '\u00AD', '\u3164', '\uFEFF', '\0', '²', '②', '𝟐', '３', '，', '合计', '年', '开工', '基本建成', '〔', '〕', '（', '）', '一、', '（一）', '附件', ' ', '\t', '9'.repeat(20), '章贡区'];

/** One edit of a text: insert, delete or replace a run at some position. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12, unit: 'binary' }), fc.string({ maxLength: 8, unit: 'grapheme' })),
});

function mutate(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + insert + out.slice(i + remove);
  }
  return out;
}

/** Every issue is located and coded: where, what, in Chinese. */
function expectLocated(issues: readonly Issue[], file: string): void {
  for (const issue of issues) {
    expect(issue.file).toBe(file);
    expect(Number.isInteger(issue.line) && issue.line >= 0).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 0).toBe(true);
    expect(issue.code).toMatch(/^[EW]_[A-Z0-9_]+$/);
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\0`).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('readers under random edits', () => {
  it('readTasks accepts a mutated task table or reports located issues, never throws', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, asBytes) => {
        const text = mutate(tasksText, edits);
        const input = asBytes ? new TextEncoder().encode(text) : text;
        const { table, issues } = readTasks(input, 't.csv');
        expectLocated(issues, 't.csv');
        if (!table) expect(issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('readTasks reads random bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const { issues } = readTasks(bytes, 'b.csv');
        expectLocated(issues, 'b.csv');
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('parsePlan accepts a mutated plan text or reports located issues, never throws', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const { plan, issues } = parsePlan(mutate(planText, edits), 'p.txt');
        expectLocated(issues, 'p.txt');
        if (!plan) expect(issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

describe('npm run validate on a mutated data folder', () => {
  it('exits 0 or 1 with located lines, never a stack trace, and leaves the data folder unchanged', () => {
    const root = copyInputs('fuzz-validate-');
    dirs.push(root);
    const files = ['tasks.csv', 'releases.csv', 'plan-meta.csv'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 4 }), (name, edits) => {
        const data = path.join(root, 'data');
        rmSync(data, { recursive: true, force: true });
        cpSync(ISSUED, data, { recursive: true });
        const file = path.join(data, name);
        writeFileSync(file, mutate(readFileSync(file, 'utf8'), edits));
        const before = hashTree(data);
        const lines: string[] = [];
        const code = runValidate([], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), cwd: root, env: { SITE_TODAY: '2026-12-31' } });
        expect([0, 1]).toContain(code);
        for (const line of lines.filter((l) => /^\S+:\d+:\d+: /.test(l))) expect(line).toMatch(/^\S+:\d+:\d+: (?:warning )?[EW]_[A-Z0-9_]+ \S/);
        expect(lines.join('\n')).not.toMatch(/\n\s+at .*:\d+:\d+\)?$/m);
        expect(hashTree(data)).toBe(before);
      }),
      { numRuns: 60, seed: 3 },
    );
  }, 120_000);
});
