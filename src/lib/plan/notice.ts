/**
 * The 印发通知 as a {@link Notice}: its title joined again when it wraps, its text healed of line
 * breaks, and the facts it states (文号, issuing office, date, 公开 attribute) each kept as its own
 * paragraph with its source line, so that the site can show them as issued and in the metadata.
 */
import type { Front } from './front';
import { DOC_NUMBER, NOTICE_ATTACHMENT_ENTRY, NOTICE_ATTACHMENT_LIST, OPENNESS } from './front';
import { healPageBreaks } from './heal';
import type { SourceLine } from './lines';
import type { Notice, NoticeParagraph } from './types';

type Role = NonNullable<NoticeParagraph['role']>;

/**
 * The notice's lines outside its title, cut at each fact: runs of text, and each fact line (and
 * each 文号 line) alone.
 * Its attachment list (`附件：1.…`, then `2.…` on the next lines) starts a run at each entry.
 */
function splitRuns(front: Front): SourceLine[][] {
  const { facts } = front;
  const factAt = new Set([facts.docNumber, facts.office, facts.date, facts.openness].filter((i): i is number => i !== null));
  const runs: SourceLine[][] = [];
  let run: SourceLine[] = [];
  let inList = false;
  front.notice.forEach((line, i) => {
    if (facts.title.includes(i)) return;
    inList = NOTICE_ATTACHMENT_LIST.test(line.text) || (inList && NOTICE_ATTACHMENT_ENTRY.test(line.text));
    if (inList && run.length) {
      runs.push(run);
      run = [];
    }
    // A 文号 line stands alone, also where a copy repeats it (only the first is the fact).
    if (!factAt.has(i) && !DOC_NUMBER.test(line.text)) {
      run.push(line);
      return;
    }
    if (run.length) runs.push(run);
    runs.push([line]);
    run = [];
  });
  if (run.length) runs.push(run);
  return runs;
}

/** The notice's text healed run by run (facts never join), for listing the joins. */
export function healNoticeRuns(front: Front): ReturnType<typeof healPageBreaks> {
  return splitRuns(front).flatMap((run) => healPageBreaks(run));
}

/** The notice of `front`, or null when the plan comes without one. */
export function buildNotice(front: Front): Notice | null {
  const lines = front.notice;
  const first = lines[0];
  if (!first) return null;
  const roles = new Map<number, Role>();
  const { facts } = front;
  if (facts.docNumber !== null) roles.set(facts.docNumber, 'docNumber');
  if (facts.office !== null) roles.set(facts.office, 'office');
  if (facts.date !== null) roles.set(facts.date, 'date');
  if (facts.openness !== null) roles.set(facts.openness, 'openness');
  const paragraphs: NoticeParagraph[] = [];
  for (const run of splitRuns(front)) {
    const role = run.length === 1 ? roles.get(lines.indexOf(run[0] as SourceLine)) : undefined;
    if (role) paragraphs.push({ text: run[0]?.text ?? '', line: run[0]?.line ?? 0, role });
    else for (const p of healPageBreaks(run)) paragraphs.push({ text: p.text, line: p.line });
  }
  const titleLines = facts.title.map((i) => lines[i] as SourceLine);
  const fact = (role: Role) => {
    const p = paragraphs.find((x) => x.role === role);
    return p ? { text: role === 'openness' ? (OPENNESS.exec(p.text)?.[1] ?? p.text) : p.text, line: p.line } : null;
  };
  return {
    title: titleLines.map((l) => l.text).join(''),
    titleLines: titleLines.map((l) => l.line),
    paragraphs,
    docNumber: fact('docNumber'),
    office: fact('office'),
    date: fact('date'),
    openness: fact('openness'),
    line: first.line,
  };
}
