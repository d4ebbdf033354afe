/**
 * The plan's text as the readers below see it: its non-blank lines, trimmed, each with where it
 * stands in the file. Page-break healing (heal.ts), wrap detection (wrap.ts) and the readers of the
 * front matter and signature all take these lines.
 */

/** One non-blank source line, trimmed, with where its text starts. */
export interface SourceLine {
  text: string;
  /** 1-based line. */
  line: number;
  /** 1-based column of the first non-blank character. */
  column: number;
}

/** Splits text into trimmed non-blank lines with their positions. */
export function splitSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const start = raw.search(/\S/);
    if (start < 0) return;
    lines.push({ text: raw.trim(), line: index + 1, column: start + 1 });
  });
  return lines;
}
