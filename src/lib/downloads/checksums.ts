/** Bytes and SHA-256 of downloads, and the `SHA256SUMS` file that lists them. */
import { createHash } from 'node:crypto';
import type { DownloadFile } from './types.ts';
import { DATA_DIR, toDataPath } from './catalog.ts';

const encoder = new TextEncoder();

/** The bytes of a body: strings as UTF-8 (a leading `\uFEFF` becomes the BOM bytes EF BB BF). */
export function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? encoder.encode(body) : body;
}

/** Lower-case hex SHA-256 of a body's bytes. */
export function hashSha256(body: string | Uint8Array): string {
  return createHash('sha256').update(toBytes(body)).digest('hex');
}

/** How a writer hashes a body: {@link hashSha256}, or a memo of it when several writers list the same files. */
export type HashBody = (body: string | Uint8Array) => string;

/** {@link hashSha256} that hashes each byte array once: for one set of finished downloads, never changed in place. */
export function memoHashSha256(): HashBody {
  const digests = new WeakMap<Uint8Array, string>();
  return (body) => {
    if (typeof body === 'string') return hashSha256(body);
    let digest = digests.get(body);
    if (digest === undefined) {
      digest = hashSha256(body);
      digests.set(body, digest);
    }
    return digest;
  };
}

/** Path of the checksum file, relative to the site root. */
export const SUMS_PATH = `${DATA_DIR}SHA256SUMS`;

/**
 * `data/SHA256SUMS`: one `<sha256>  <path>` line per file under data/ (paths relative to data/,
 * sorted by code unit, the checksum file itself left out), LF line ends, so that
 * `cd data && sha256sum -c SHA256SUMS` checks every download.
 */
export function writeSha256Sums(files: readonly DownloadFile[], hash: HashBody = hashSha256): string {
  const lines = files
    .filter((file) => file.path.startsWith(DATA_DIR) && file.path !== SUMS_PATH)
    .map((file) => {
      const path = toDataPath(file.path);
      if (/[\\\n\r]/.test(path)) throw new RangeError(`path unsafe for SHA256SUMS: ${JSON.stringify(path)}`);
      return { path, line: `${hash(file.body)}  ${path}\n` };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]?.path === lines[i - 1]?.path) throw new RangeError(`duplicate download: ${JSON.stringify(lines[i]?.path)}`);
  }
  return lines.map((entry) => entry.line).join('');
}
