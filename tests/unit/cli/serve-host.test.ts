/**
 * `npm run serve` is a local preview: bound to 127.0.0.1 by default, and when told to listen on
 * another address it says, in Chinese and English, that the preview is now reachable from the
 * network and is not a production server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPort, warnHost } from '../../../src/cli/serve.ts';
import { isLoopbackHost } from '../../../src/cli/support/static.ts';

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'serve-host-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>首页</title>');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Starts `npm run serve` with `args`, waits until it says where it serves, stops it; its output. */
function startAndStop(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/serve.ts', '--root', root, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('Press Ctrl+C')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('close', () => {
      clearTimeout(timer);
      resolve({ stdout, stderr });
    });
  });
}

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])('isLoopbackHost accepts %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '', '192.168.1.10', '10.0.0.1', 'example.gov.cn', '127.example.com'])('isLoopbackHost refuses %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('npm run serve --host', () => {
  it('serve --host 0.0.0.0 warns, in Chinese and English, that the preview is reachable from the network (spawned: the one run of the command itself)', async () => {
    const run = await startAndStop(['--host', '0.0.0.0']);
    expect(run.stdout).toMatch(/^Serving .* at http:\/\/0\.0\.0\.0:\d+\/$/m);
    expect(run.stderr).toBe(
      'serve: W_HOST_NOT_LOOPBACK 「0.0.0.0」不是本机回环地址，网络上的其他电脑也能访问这个预览服务器；它只用于本机预览，不是正式的网站服务器。' +
        'Warning: 0.0.0.0 is not a loopback address, so other computers can reach this preview server; it is for local preview, not for production.\n',
    );
  }, 30_000);

  it('serve on the default 127.0.0.1, or any loopback address, prints no warning', () => {
    expect(warnHost('127.0.0.1')).toBeNull();
    expect(warnHost('::1')).toBeNull();
    expect(warnHost('192.168.1.10')).toMatch(/^serve: W_HOST_NOT_LOOPBACK 「192\.168\.1\.10」不是本机回环地址/);
  });

  it('serve reads its port from --port, else PORT, else 4321, and answers one that is not a port as usage', () => {
    expect([readPort(undefined, {}), readPort(undefined, { PORT: '8080' }), readPort('0', { PORT: '8080' })]).toEqual([4321, 8080, 0]);
    const bad = readPort('70000', {});
    expect(typeof bad === 'number' ? bad : bad.format()).toBe('serve: E_USAGE_BAD_PORT 端口「70000」无效：请写 0 到 65535 之间的整数。用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]');
    const fromEnv = readPort(undefined, { PORT: 'http' });
    expect(typeof fromEnv === 'number' ? fromEnv : fromEnv.format()).toBe('serve: E_USAGE_BAD_PORT 环境变量 PORT 的值「http」无效：请写 0 到 65535 之间的整数。用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]');
  });
});
