/**
 * Bytes (or a string) in, plan text out: UTF-8 only, a leading BOM dropped, and a file that is
 * too large, empty, binary (NUL or other control characters), not valid UTF-8, or holding a
 * character the text policy refuses (src/lib/text.ts: a zero-width space, a bidi control…)
 * reported as an issue at its line and column.
 */
import { issueError, type Issue } from '../errors';
import { findForbiddenCharacter, findUndecodableByte } from '../text';
import { CODES, MESSAGES } from './messages';

/**
 * Largest plan file read, in bytes (20 MB): the issued plan is 12 KB, and a long plan with its
 * attachments stays under 1 MB. Checked before reading (src/lib/load.ts) and here.
 */
export const MAX_PLAN_BYTES = 20 * 2 ** 20;

/** What plain text holds besides what the policy allows: tab, line feed, form feed (a page break) and CR. */
const ALLOWED = '\t\n\f\r';

export interface DecodedText {
  /** The text without BOM; null when it could not be decoded. */
  text: string | null;
  issues: Issue[];
}

/** Decodes a plan file; never throws. */
export function decodePlanText(input: string | Uint8Array, file: string): DecodedText {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > MAX_PLAN_BYTES) {
    return { text: null, issues: [issueError(file, 0, 0, CODES.planTooLarge, MESSAGES.planTooLarge(size, MAX_PLAN_BYTES))] };
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    // Notepad's and Word's 「Unicode」 text: UTF-16 with its byte-order mark, which would otherwise read as NUL bytes.
    const utf16 = input[0] === 0xff && input[1] === 0xfe ? 'LE' : input[0] === 0xfe && input[1] === 0xff ? 'BE' : null;
    if (utf16) return { text: null, issues: [issueError(file, 0, 0, CODES.planEncoding, MESSAGES.planUtf16(utf16))] };
    const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { text: null, issues: [describeBadBytes(bytes, file)] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const found = findForbiddenCharacter(text, ALLOWED);
  if (found) {
    const { line, column } = locate(text, found.index);
    const issue =
      found.kind !== 'control'
        ? issueError(file, line, column, CODES.planCharacter, MESSAGES.planCharacter(found.codePoint, found.kind))
        : issueError(file, line, column, CODES.planBinary, found.codePoint === 0 ? MESSAGES.planNul() : MESSAGES.planControl(found.codePoint));
    return { text: null, issues: [issue] };
  }
  if (text.trim() === '') return { text: null, issues: [issueError(file, 0, 0, CODES.planEmpty, MESSAGES.planEmpty())] };
  return { text, issues: [] };
}

/** Finds the first byte sequence that is not UTF-8 (or a NUL byte, if any) and says where it is. */
function describeBadBytes(bytes: Uint8Array, file: string): Issue {
  if (bytes.includes(0)) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bytes.indexOf(0)));
    const { line, column } = locate(before, before.length);
    return issueError(file, line, column, CODES.planBinary, MESSAGES.planNul());
  }
  // Not null: the strict decoder refused these bytes.
  const { offset, text } = findUndecodableByte(bytes, 'utf-8') ?? { offset: 0, text: '' };
  const { line, column } = locate(text, text.length);
  return issueError(file, line, column, CODES.planEncoding, MESSAGES.planEncoding([...bytes.subarray(offset, offset + 2)]));
}

/** 1-based line and column (in UTF-16 code units of the line) of a string index. */
export function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
