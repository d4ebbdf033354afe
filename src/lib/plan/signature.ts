/**
 * The signature that closes a document's text: the issuing office (one line, or up to three when
 * bodies issue it jointly), the date and the 公开 attribute, each on its own line after the last
 * paragraph (and after the attachment list). An 实施意见 issued without a 印发通知 signs itself so,
 * and many plans do. Read from the end of the body's lines before healing, so that it is never
 * joined to the paragraph above it or read as a heading.
 */
import { DATE_LINE, OPENNESS } from './front';
import { startsStructure } from './heal';
import type { SourceLine } from './lines';

/** An office line: a name, no sentence in it (`某市人民政府办公室`, `中共某市委办公室　某市人民政府办公室`). */
const OFFICE_LINE = /^[^。，；：！？,;:!?（）()〔〕]{2,40}$/;
/** How many office lines a joint signature may have. */
const MAX_OFFICE_LINES = 3;

/** The signature's lines, each fact with its source line; `body` is every line before it. */
export interface SignatureLines {
  body: SourceLine[];
  /** The office lines, top to bottom; empty when the signature names none. */
  office: SourceLine[];
  date: SourceLine | null;
  openness: SourceLine | null;
}

/**
 * Reads the signature at the end of `lines`: an optional 公开 line last, a date line before it,
 * and the office lines right above the date. A 公开 line alone is a signature too; office lines
 * without a date are not (a short last line may be the text's own).
 */
export function readSignature(lines: readonly SourceLine[]): SignatureLines {
  let end = lines.length;
  const last = lines[end - 1];
  const openness = last && OPENNESS.test(last.text) ? last : null;
  if (openness) end--;
  const dated = lines[end - 1];
  const date = dated && DATE_LINE.test(dated.text) ? dated : null;
  const office: SourceLine[] = [];
  if (date) {
    end--;
    while (office.length < MAX_OFFICE_LINES && end > 1 && isOfficeLine(lines[end - 1] as SourceLine)) office.unshift(lines[--end] as SourceLine);
  }
  return { body: lines.slice(0, end), office, date, openness };
}

function isOfficeLine(line: SourceLine): boolean {
  return OFFICE_LINE.test(line.text) && !startsStructure(line.text) && !DATE_LINE.test(line.text);
}
