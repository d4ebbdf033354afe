/**
 * The static server that `npm run serve`, the e2e tests and Lighthouse use.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/cli/support/static';

let root: string;
let secretDir: string;

/** A raw GET that sends the path exactly as given (fetch would normalise `..`). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'static-server-'));
  root = path.join(parent, 'dist');
  secretDir = path.join(parent, 'secret');
  await mkdir(path.join(root, 'plan'), { recursive: true });
  await mkdir(path.join(root, 'data'), { recursive: true });
  await mkdir(path.join(root, 'counties'), { recursive: true });
  await mkdir(secretDir);
  await writeFile(path.join(secretDir, 'key.txt'), 'SECRET');
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>首页</title>');
  await writeFile(path.join(root, 'plan', 'index.html'), '<!doctype html><title>方案全文</title>');
  await writeFile(path.join(root, 'counties', 'index.html'), '<!doctype html><title>各县任务</title>');
  await writeFile(path.join(root, '.site-build'), 'site-build 1\n');
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>页面不存在</title>');
  await writeFile(path.join(root, 'data', 'tasks.csv'), '\uFEFF县（市、区）,合计开工\r\n章贡区,1\r\n');
  await writeFile(path.join(root, 'data', 'tasks.json'), '{"a":1}');
  await writeFile(path.join(root, 'data', 'plan.txt'), '方案');
  await writeFile(path.join(root, 'data', 'SHA256SUMS'), 'abc  tasks.csv\n');
  await writeFile(path.join(root, 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  await writeFile(path.join(root, 'site.css'), 'body{}');
  await symlink(secretDir, path.join(root, 'escape'));
});

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe('startStaticServer at the root', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it('binds 127.0.0.1 on a free port and reports its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for a directory', async () => {
    const response = await fetch(new URL('plan/', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('方案全文');
  });

  it('redirects /plan to /plan/ keeping the query', async () => {
    const response = await fetch(new URL('plan?x=1', server.url), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/plan/?x=1');
  });

  it.each([
    ['data/tasks.csv', 'text/csv; charset=utf-8'],
    ['data/tasks.json', 'application/json; charset=utf-8'],
    ['data/plan.txt', 'text/plain; charset=utf-8'],
    ['data/SHA256SUMS', 'text/plain; charset=utf-8'],
    ['chart.svg', 'image/svg+xml; charset=utf-8'],
    ['site.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fetch(new URL(file, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('keeps the bytes of a download (BOM and CRLF included)', async () => {
    const response = await fetch(new URL('data/tasks.csv', server.url));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await fetch(new URL('nope/', server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });

  it.each(['/../secret/key.txt', '/%2e%2e/secret/key.txt', '/data/..%2f..%2fsecret/key.txt', '/escape/key.txt'])(
    'never serves a file outside the root (%s)',
    async (rawPath) => {
      const response = await rawGet(server.url, rawPath);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('SECRET');
    },
  );

  it.each([
    ['/%2fevil.example%2f..%2fcounties', '/counties/'],
    ['//evil.example/..%2fcounties', '/counties/'],
    ['///evil.example/%2e%2e/counties', '/counties/'],
    ['/%2f%2fplan', '/plan/'],
    ['//plan', '/plan/'],
  ])('redirects only to a path of its own origin (%s → %s)', async (rawPath, location) => {
    const response = await rawGet(server.url, rawPath);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(location);
  });

  it.each(['//evil.example/', '//evil.example', '/%2fevil.example', '/%2fevil.example%2f'])(
    'never answers %s with a redirect to another host',
    async (rawPath) => {
      const response = await rawGet(server.url, rawPath);
      const location = String(response.headers.location ?? '/');
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(location).not.toContain('evil.example');
    },
  );

  it.each(['/\\evil.example', '/\\evil.example/..%2fcounties', '/%5cevil.example', '/%5c%5cevil.example%2f..%2fcounties', '/plan%5c'])(
    'refuses a backslash in the path (%s)',
    async (rawPath) => {
      const response = await rawGet(server.url, rawPath);
      expect(response.status).toBe(400);
      expect(response.headers.location).toBeUndefined();
    },
  );

  it('does not serve the build marker or any other hidden file', async () => {
    for (const rawPath of ['/.site-build', '/%2esite-build', '/data/../.site-build']) {
      const response = await rawGet(server.url, rawPath);
      expect(response.status, rawPath).toBe(404);
      expect(response.body, rawPath).not.toContain('site-build');
    }
  });

  it('rejects methods other than GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('startStaticServer under a base path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0, basePath: 'sub/site' });
  });
  afterAll(() => server.close());

  it('serves the site under the base and reports it in the URL', async () => {
    expect(server.url).toMatch(/\/sub\/site\/$/);
    const response = await fetch(new URL('plan/', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('方案全文');
  });

  it('redirects the base without its slash, and 404s outside it', async () => {
    const redirect = await rawGet(server.url, '/sub/site');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/sub/site/');
    expect((await rawGet(server.url, '/plan/')).status).toBe(404);
  });
});
