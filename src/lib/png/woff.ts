/**
 * WOFF 1.0 → the TrueType/OpenType file it wraps. The font package ships WOFF and WOFF2; the
 * rasterizer reads only TTF/OTF, and WOFF 1.0 is the original tables, each zlib-compressed, so
 * node's zlib unwraps it without another dependency (WOFF2 would need a Brotli+transform decoder).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** Rounds a table length up to the 4-byte boundary the sfnt format aligns tables on. */
const pad4 = (n: number): number => (n + 3) & ~3;

/** The sfnt bytes inside a WOFF 1.0 file; throws on anything else (a font file is code's input, not staff's). */
export function unwrapWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    return { tag: view.getUint32(at), offset: view.getUint32(at + 4), compLength: view.getUint32(at + 8), origLength: view.getUint32(at + 12), checksum: view.getUint32(at + 16) };
  });
  const size = tables.reduce((sum, t) => sum + pad4(t.origLength), SFNT_HEADER + SFNT_ENTRY * count);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  let power = 1;
  let log2 = 0;
  while (power * 2 <= count) {
    power *= 2;
    log2++;
  }
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, power * SFNT_ENTRY);
  sfnt.setUint16(8, log2);
  sfnt.setUint16(10, count * SFNT_ENTRY - power * SFNT_ENTRY);
  let offset = SFNT_HEADER + SFNT_ENTRY * count;
  tables.forEach((t, i) => {
    const stored = woff.subarray(t.offset, t.offset + t.compLength);
    const data = t.compLength < t.origLength ? inflateSync(stored) : stored;
    if (data.byteLength !== t.origLength) throw new Error(`WOFF table ${i}: ${data.byteLength} bytes, expected ${t.origLength}`);
    out.set(data, offset);
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.setUint32(entry, t.tag);
    sfnt.setUint32(entry + 4, t.checksum);
    sfnt.setUint32(entry + 8, offset);
    sfnt.setUint32(entry + 12, t.origLength);
    offset += pad4(t.origLength);
  });
  return out;
}
