/**
 * Text in, `Plan` out: title, preamble, parts and work items (numbered by rule, see numbering.ts
 * and structure.ts), the attachment list and the attachment tables. Every issue in the file is collected; `parsePlan` then fails once.
 */
import { hasErrors, issueError, issueWarning, type Issue } from '../errors';
import { decodePlanText } from './decode';
import { parseAttachment, type RawLine } from './attachment';
import { healPageBreaks, type HealedParagraph } from './heal';
import type { SourceLine } from './lines';
import { ISSUES_DOCUMENT, namedInTitle, noticeTakesLabel, OPENNESS, readFront } from './front';
import { buildNotice, healNoticeRuns } from './notice';
import { readHeadlineFigures } from './headline';
import { CODES, MESSAGES } from './messages';
import type { AttachmentTable, Cleanup, IssuedFacts, NoticeFact, Paragraph, Part, Plan } from './types';
import { removePageDebris } from './debris';
import { readSignature, type SignatureLines } from './signature';
import { readStructure } from './structure';
import { collectUnits, mentionUnits, resolveUnitIdentities } from './units';

/**
 * Longest paragraph read, in characters: the issued plan's longest is under 500, and a long
 * plan's under 5,000. A longer one is a file without line breaks or full stops.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;

/** `附件 1-1` standing alone on its line starts an attachment. */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*(?:\s*[-－—]\s*[0-9０-９]+)?$/;

/**
 * Decodes, parses and validates a plan. Never throws: the plan is null when any issue is an
 * error. `file` is the path shown in issue locations.
 */
export function parsePlan(input: string | Uint8Array, file: string): { plan: Plan | null; issues: Issue[] } {
  const decoded = decodePlanText(input, file);
  if (decoded.text === null) return { plan: null, issues: decoded.issues };
  const { plan, issues } = parsePlanText(decoded.text, file);
  return { plan: hasErrors(issues) ? null : plan, issues };
}

/** Parses decoded text; returns the plan as far as it could be read and every issue found. */
export function parsePlanText(text: string, file: string): { plan: Plan; issues: Issue[] } {
  const issues: Issue[] = [];
  const rawLines: RawLine[] = text.split(/\r\n|\r|\n/).map((raw, i) => ({ raw, line: i + 1 }));
  const labels = rawLines.flatMap((l, i) => (ATTACHMENT_LABEL.test(l.raw.trim()) ? [i] : []));
  // A notice may issue the plan as its 附件1: that label opens the plan, not an attachment table.
  const first = labels[0];
  const coverLabel = first !== undefined && noticeTakesLabel(removePageDebris(rawLines.slice(0, first + 3).flatMap(toSourceLine)).lines, first + 1);
  const attachmentStart = (coverLabel ? labels[1] : first) ?? -1;
  const bodyLines = attachmentStart < 0 ? rawLines : rawLines.slice(0, attachmentStart);
  const debris = removePageDebris(bodyLines.flatMap(toSourceLine));
  // Web-page debris, the 印发通知 and the title (never joined to the preamble, though it ends without 。).
  const front = readFront(debris.lines);
  for (const l of front.debris) issues.push(issueWarning(file, l.line, l.column, CODES.webDebris, MESSAGES.webDebris(l.text)));
  const notice = buildNotice(front);
  // A plan that repeats no title after its notice is titled by the name the notice issues it under (《…》), with its line.
  const named = front.title.length === 0 && notice ? namedDocument(notice) : null;
  const title = named?.name ?? front.title.map((l) => l.text).join('');
  if (named) issues.push(issueWarning(file, named.line, 1, CODES.titleFromNotice, MESSAGES.titleFromNotice(named.name, named.line)));
  if (!title) {
    const first = front.rest[0];
    const message = notice ? MESSAGES.planNoTitleAfterNotice() : MESSAGES.planNoTitle();
    issues.push(issueError(file, first?.line ?? 0, first?.column ?? 0, CODES.planNoTitle, message));
  }
  // The signature that closes the text (office, date, 公开) stands apart, never joined to the text above it.
  const signature = readSignature(front.rest);
  const issued = describeIssued(front.docNumber, signature);
  const body = healPageBreaks(signature.body);
  checkParagraphLengths(body, file, issues);
  const { preamble, parts, drafts, attachmentList, closing } = readStructure(body, file, issues, attachmentStart >= 0);
  // Shared-suffix readings (章贡区 → 章贡区人民政府) take part in the identities like names.
  const identities = resolveUnitIdentities(drafts.flatMap((d) => [...d.reading.names, ...d.reading.readings.filter((r): r is string => r !== null)]));
  for (const draft of drafts) draft.item.units = mentionUnits(draft.reading, identities);

  const attachments = readAttachments(attachmentStart < 0 ? [] : rawLines.slice(attachmentStart), attachmentList, file, issues);
  const cleanup: Cleanup[] = [
    ...debris.removed,
    ...front.debris.map((l): Cleanup => ({ kind: 'webDebris', text: l.text, line: l.line })),
    ...listLineJoins(front.title),
    ...listLineJoins(notice ? front.notice.filter((_, i) => front.facts.title.includes(i)) : []),
    ...listJoins(body),
    ...(notice ? listJoins(healNoticeRuns(front)) : []),
  ].sort((a, b) => a.line - b.line);
  const plan: Plan = {
    file,
    title,
    preamble,
    parts,
    attachmentList,
    // The first target table of all, an attachment's sub-tables included (types.ts: Plan.attachment).
    attachment: attachments.flatMap((a) => a.tables ?? [a]).find((t) => t.kind !== 'text') ?? null,
    attachments,
    closing,
    headline: readHeadlineFigures(targetTexts(parts)),
    units: collectUnits(drafts.map((d) => d.item)),
    // Written only when there is something to say, so a plan.json without them keeps its shape.
    ...(cleanup.length > 0 ? { cleanup } : {}),
    ...(notice ? { notice } : {}),
    ...(issued ? { issued } : {}),
    ...(named ? { titleFromNotice: named.line } : {}),
  };
  return { plan, issues };
}

/** The plan's own 文号 and signature as {@link IssuedFacts}; null when it states neither. */
function describeIssued(docNumber: SourceLine | null, signature: SignatureLines): IssuedFacts | null {
  const { office, date, openness } = signature;
  if (!docNumber && office.length === 0 && !date && !openness) return null;
  const fact = (l: SourceLine | null): NoticeFact | null => (l ? { text: l.text, line: l.line } : null);
  return {
    docNumber: fact(docNumber),
    office: office.length > 0 ? { text: office.map((l) => l.text).join(' '), line: office[0]?.line ?? 0 } : null,
    date: fact(date),
    openness: openness ? { text: OPENNESS.exec(openness.text)?.[1] ?? openness.text, line: openness.line } : null,
    signature: [
      ...office.map((l) => ({ text: l.text, line: l.line, role: 'office' as const })),
      ...(date ? [{ text: date.text, line: date.line, role: 'date' as const }] : []),
      ...(openness ? [{ text: openness.text, line: openness.line, role: 'openness' as const }] : []),
    ],
  };
}

/**
 * The document a notice issues: the 《…》 its text names beside 印发 (`现将《…》印发给你们`), or the
 * 〈…〉 inside a quoted notice title (`《…关于印发〈X〉的通知》`, as web pages repeat it), or its own
 * title's; with its line; null when it names none.
 */
function namedDocument(notice: NonNullable<ReturnType<typeof buildNotice>>): { name: string; line: number } | null {
  // The sentence that issues it first (`现将《…》印发给你们`), then any other line that names what is issued.
  const issuing = notice.paragraphs.filter((p) => !p.role && /印发/.test(p.text));
  for (const p of [...issuing.filter((q) => ISSUES_DOCUMENT.test(q.text)), ...issuing.filter((q) => !ISSUES_DOCUMENT.test(q.text))]) {
    for (const [, quoted] of p.text.matchAll(/《([^《》]+)》/g)) {
      const name = issuedName(quoted ?? '');
      if (name) return { name, line: p.line };
    }
  }
  const inTitle = namedInTitle(notice.title);
  return inTitle ? { name: inTitle, line: notice.titleLines[0] ?? notice.line } : null;
}

/** The document a quoted name stands for: itself, or the 〈…〉 a quoted notice title issues; null for a notice naming none. */
function issuedName(quoted: string): string | null {
  if (!/的通知$/.test(quoted)) return quoted;
  return /[〈<]([^〈〉<>]+)[〉>]的通知$/.exec(quoted)?.[1] ?? null;
}

function toSourceLine(l: RawLine): SourceLine[] {
  const start = l.raw.search(/\S/);
  return start < 0 ? [] : [{ text: l.raw.trim(), line: l.line, column: start + 1 }];
}

/** The joins of a title cut over several lines: each line after the first. */
function listLineJoins(lines: readonly SourceLine[]): Cleanup[] {
  return lines.slice(1).map((l, i) => ({ kind: 'joined', text: `${(lines[i]?.text ?? '').slice(-8)}｜${l.text.slice(0, 8)}`, line: l.line }));
}

/** Every place where healing joined a line to the one before, shown by its seam (`市发｜改委`). */
function listJoins(body: readonly HealedParagraph[]): Cleanup[] {
  const joins: Cleanup[] = [];
  for (const p of body) {
    for (const piece of p.pieces.slice(1)) {
      const before = p.text.slice(Math.max(0, piece.offset - 8), piece.offset).trimEnd();
      joins.push({ kind: 'joined', text: `${before}｜${p.text.slice(piece.offset, piece.offset + 8)}`, line: piece.line });
    }
  }
  return joins;
}

/** A paragraph longer than {@link MAX_PARAGRAPH_CHARS} is an error at the line where it starts. */
function checkParagraphLengths(body: readonly HealedParagraph[], file: string, issues: Issue[]): void {
  for (const p of body) {
    if (p.text.length <= MAX_PARAGRAPH_CHARS) continue;
    issues.push(issueError(file, p.line, p.column, CODES.planParagraphTooLong, MESSAGES.planParagraphTooLong(p.text.length, MAX_PARAGRAPH_CHARS)));
  }
}

function readAttachments(lines: RawLine[], list: Plan['attachmentList'], file: string, issues: Issue[]): AttachmentTable[] {
  const starts = lines.flatMap((l, i) => (ATTACHMENT_LABEL.test(l.raw.trim()) ? [i] : []));
  const titles = list?.entries.map((e) => e.title) ?? [];
  return starts.flatMap((start, k) => {
    const { table, issues: found } = parseAttachment(lines.slice(start, starts[k + 1] ?? lines.length), titles, file);
    for (const issue of found) issues.push(issue);
    return table ? [table] : [];
  });
}

/** The text of the 目标任务 part(s), where the headline figures stand. */
function targetTexts(parts: readonly Part[]): Paragraph[] {
  return parts
    .filter((p) => p.title.includes('目标'))
    .flatMap((p) => [...p.paragraphs, ...p.items.flatMap((i) => [{ text: i.heading, line: i.line }, ...i.body])]);
}
