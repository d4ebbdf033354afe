/**
 * Readable failure messages for the end-to-end checks: one block per page, short enough to act on.
 */
import type { AxeResults } from 'axe-core';

/** Formats axe violations of one page: rule, impact, help, and up to five offending nodes. */
export function formatViolations(pageUrl: string, violations: AxeResults['violations']): string {
  const lines = [`${pageUrl}`];
  for (const violation of violations) {
    lines.push(`  ✗ ${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} — ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`      at ${node.target.join(' ')}`);
      lines.push(`         ${node.html.slice(0, 160).replace(/\s+/g, ' ')}`);
      const summary = node.failureSummary?.split('\n').slice(1, 3).join(' ').trim();
      if (summary) lines.push(`         ${summary}`);
    }
    if (violation.nodes.length > 5) lines.push(`      … and ${violation.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Joins per-page problems into one message, or returns '' when there are none. */
export function formatProblems(title: string, problems: Map<string, string[]>): string {
  const entries = [...problems].filter(([, list]) => list.length > 0);
  if (entries.length === 0) return '';
  const body = entries.map(([page, list]) => `${page}\n${list.map((item) => `  - ${item}`).join('\n')}`).join('\n');
  return `${title} (${entries.length} page(s)):\n${body}`;
}
