/**
 * Every HTML file of both real builds passes html-validate (the project's .htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Result } from 'html-validate';
import { expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/built.ts';

/** Lines shown in a failure before the rest is summarised. */
const MAX_LINES = 40;

it.each([
  ['the real site', 'realDist'],
  ['the two-release fixture', 'fixtureDist'],
] as const)('html-validate finds no errors in any HTML file of %s', async (_, build) => {
  const distDir = inject(build);
  const files = listFiles(distDir).filter((file) => file.endsWith('.html'));
  expect(files.length).toBeGreaterThan(0);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const reports = await Promise.all(files.map((file) => validator.validateFile(path.join(distDir, file))));
  const results = reports.flatMap((report) => report.results).filter((result) => result.errorCount > 0);
  if (results.length > 0) throw new Error(formatResults(results, distDir, files.length));
});

/** Errors grouped by rule, then one line per error with the markup around it (pages are minified to few lines). */
function formatResults(results: Result[], distDir: string, fileCount: number): string {
  const byRule = new Map<string, number>();
  const lines: string[] = [];
  for (const result of results) {
    const source = readFileSync(result.filePath, 'utf8');
    const file = path.relative(process.cwd(), result.filePath) || path.relative(distDir, result.filePath);
    for (const message of result.messages.filter((m) => m.severity === 2)) {
      byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
      const excerpt = source.slice(Math.max(0, message.offset - 60), message.offset + 60).replace(/\s+/g, ' ');
      lines.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}\n    …${excerpt}…`);
    }
  }
  const summary = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `  ${rule}: ${count} (https://html-validate.org/rules/${rule}.html)`);
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more`);
  return `html-validate: ${lines.length} error(s) in ${results.length} of ${fileCount} file(s)\nBy rule:\n${summary.join('\n')}\n\n${shown.join('\n')}`;
}
