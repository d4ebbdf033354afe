/**
 * Bytes (or a string) in, plan text out: UTF-8 only, a leading BOM dropped, and a file that is
 * empty, binary (NUL or other control bytes) or not valid UTF-8 reported as an issue.
 */
import { issueError, type Issue } from '../errors';
import { CODES, MESSAGES } from './messages';

export interface DecodedText {
  /** The text without BOM; null when it could not be decoded. */
  text: string | null;
  issues: Issue[];
}

/** Control characters a plain-text plan never holds (tab, line feed, form feed and CR are fine). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Decodes a plan file; never throws. */
export function decodePlanText(input: string | Uint8Array, file: string): DecodedText {
  let bytes: Uint8Array | null = null;
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { text: null, issues: [describeBadBytes(bytes, file)] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = CONTROL.exec(text);
  if (control) {
    const { line, column } = locate(text, control.index);
    const codePoint = control[0].codePointAt(0) ?? 0;
    const message = codePoint === 0 ? MESSAGES.planNul() : MESSAGES.planControl(codePoint);
    return { text: null, issues: [issueError(file, line, column, CODES.planBinary, message)] };
  }
  if (text.trim() === '') return { text: null, issues: [issueError(file, 0, 0, CODES.planEmpty, MESSAGES.planEmpty())] };
  return { text, issues: [] };
}

/** Finds the first byte sequence that is not UTF-8 and says where it is. */
function describeBadBytes(bytes: Uint8Array, file: string): Issue {
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    const { line, column } = locateByte(bytes, at);
    return issueError(file, line, column, CODES.planBinary, MESSAGES.planNul());
  }
  const at = findInvalidByte(bytes);
  const { line, column } = locateByte(bytes, at);
  return issueError(file, line, column, CODES.planEncoding, MESSAGES.planEncoding([...bytes.subarray(at, at + 2)]));
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence. */
function findInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const tail = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (tail < 0) return i;
    for (let k = 1; k <= tail; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += tail + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function locateByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  return locate(before, before.length);
}

/** 1-based line and column (in UTF-16 code units of the line) of a string index. */
export function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
