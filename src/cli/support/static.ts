/**
 * A small, dependency-free static file server for a built `dist/`.
 *
 * Serves `index.html` for directories, redirects `/foo` to `/foo/` when `foo` is a directory,
 * answers unknown paths with `404.html` (if the build has one) and status 404, never serves a
 * file outside the root or a hidden file (the build's `.site-build` marker), and can mount the
 * site under a base path (as built with `BASE_PATH`). Request paths are decoded and normalised
 * (repeated slashes collapsed, `.` and `..` resolved; a backslash is refused with 400) before
 * anything else, so a redirect only ever names a path of this origin: never `//host/…`.
 *
 * A local preview, not a production server: it gzips whole files on every request and tells
 * browsers not to cache.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseBasePath } from '../../lib/config/index.ts';
import { getContentType } from './mime';

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve, e.g. `dist`. */
  root: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to `127.0.0.1` so the site is never exposed on the network. */
  host?: string;
  /** Path the site is mounted under, e.g. `/plan-site/`; defaults to `/`. */
  basePath?: string;
  /** Gzip text responses when the client accepts it, as a production server would; default true. */
  compress?: boolean;
}

/** A running server: its base URL (ending in `/`) and a way to stop it. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:4321/` or `http://127.0.0.1:4321/base/`. */
  url: string;
  /** The port actually bound. */
  port: number;
  /** Stops accepting connections and closes open ones. */
  close: () => Promise<void>;
}

/** Whether `host` names this machine only (127.0.0.0/8, ::1, localhost), so nothing else can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return /^127(\.\d{1,3}){3}$/.test(v4) && v4.split('.').every((part) => Number(part) <= 255);
}

/**
 * The request target as a clean absolute path: decoded, `\` refused, repeated slashes collapsed
 * and `.`/`..` segments resolved (never above `/`); null when it cannot be read (400).
 */
export function normaliseRequestPath(target: string): string | null {
  const raw = target.split('?')[0] ?? '';
  if (!raw.startsWith('/') || raw.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const keepSlash = decoded.endsWith('/') || /\/\.{1,2}$/.test(decoded);
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const joined = `/${segments.join('/')}`;
  return keepSlash && joined !== '/' ? `${joined}/` : joined;
}

export { normaliseBasePath } from '../../lib/config/index.ts';

/**
 * Starts serving `root` and resolves once the port is bound.
 * @example const { url, close } = await startStaticServer({ root: 'dist', port: 0 });
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = await realpath(path.resolve(options.root));
  const basePath = normaliseBasePath(options.basePath);
  const host = options.host ?? '127.0.0.1';
  const compress = options.compress ?? true;

  const server = createServer((req, res) => {
    handleRequest(req, res, { root, basePath, compress }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`500 ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}${basePath}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface HandlerContext {
  root: string;
  basePath: string;
  compress: boolean;
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('405 Method Not Allowed\n');
    return;
  }
  const requested = req.url ?? '/';
  const pathname = normaliseRequestPath(requested);
  if (pathname === null) return sendText(res, 400, '400 Bad Request\n');
  // The origin is written out so that a target starting `//` stays a path, not a host.
  const { search } = new URL(`http://localhost${requested}`);

  if (`${pathname}/` === ctx.basePath) return redirect(res, ctx.basePath + search);
  if (!pathname.startsWith(ctx.basePath)) return sendNotFound(req, res, ctx);
  if (pathname.split('/').some((segment) => segment.startsWith('.'))) return sendNotFound(req, res, ctx);

  const relative = pathname.slice(ctx.basePath.length);
  const target = await resolveInside(ctx.root, relative);
  if (target === undefined) return sendNotFound(req, res, ctx);

  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(res, encodeURI(pathname) + '/' + search);
    const index = path.join(target, 'index.html');
    const indexInfo = await stat(index).catch(() => undefined);
    if (indexInfo?.isFile()) return sendFile(req, res, index, indexInfo.size, 200, ctx.compress);
    return sendNotFound(req, res, ctx);
  }
  if (info?.isFile()) return sendFile(req, res, target, info.size, 200, ctx.compress);
  return sendNotFound(req, res, ctx);
}

/** Resolves a URL-relative path inside root, following symlinks; undefined when it escapes root. */
async function resolveInside(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.resolve(root, `.${path.sep}${relative}`);
  if (!isInside(root, candidate)) return undefined;
  const real = await realpath(candidate).catch(() => undefined);
  if (real === undefined) return undefined;
  return isInside(root, real) ? real : undefined;
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  size: number,
  status: number,
  compress: boolean,
): Promise<void> {
  const type = getContentType(file);
  const headers: Record<string, string | number> = {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (compress && acceptsGzip && isCompressible(type) && size > 256) {
    const body = gzipSync(await readFile(file), { level: 6 });
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
  });
}

function isCompressible(type: string): boolean {
  return type.startsWith('text/') || /json|xml|svg|javascript/.test(type);
}

async function sendNotFound(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  const page = path.join(ctx.root, '404.html');
  const info = await stat(page).catch(() => undefined);
  if (info?.isFile()) return sendFile(req, res, page, info.size, 404, ctx.compress);
  sendText(res, 404, '404 Not Found\n');
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function redirect(res: ServerResponse, location: string): void {
  // Only ever a path of this origin: one leading slash, never `//host` or `/\host`.
  if (!/^\/(?![/\\])/.test(location)) {
    sendText(res, 400, '400 Bad Request\n');
    return;
  }
  res.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8' });
  res.end(`301 → ${location}\n`);
}
