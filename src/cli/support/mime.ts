/**
 * Content types for the files a static build of this site contains.
 * Text types carry `charset=utf-8` so Chinese text is never guessed at by the browser.
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Files without an extension that are plain text (checksum lists). */
const TEXT_NAMES = new Set(['SHA256SUMS', 'SHA512SUMS', 'LICENSE', 'README']);

/**
 * Returns the Content-Type header for a file path.
 * @param filePath a path or URL path ending in the file name
 */
export function getContentType(filePath: string): string {
  const name = filePath.slice(filePath.lastIndexOf('/') + 1);
  if (TEXT_NAMES.has(name)) return 'text/plain; charset=utf-8';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  return TYPES[ext] ?? 'application/octet-stream';
}
