/**
 * Text → GBK bytes, as Excel and WPS on Chinese Windows save 「CSV（逗号分隔）」. Node can decode
 * GBK but not encode it, so the table is built by decoding every two-byte GBK code once.
 */
let table: Map<string, number[]> | null = null;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

/** GBK bytes of `text`; throws on a character GBK cannot write. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = codes.get(ch);
      if (!bytes) throw new RangeError(`GBK cannot write ${JSON.stringify(ch)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
