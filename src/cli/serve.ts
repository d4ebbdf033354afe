/**
 * `npm run serve`: serves the built `dist/` on http://localhost:4321/ (bound to 127.0.0.1 only).
 * A local preview, not a production server; `--host` with an address other than a loopback one
 * opens it to the network, and it says so (W_HOST_NOT_LOOPBACK, in Chinese and English).
 *
 * Usage: tsx src/cli/serve.ts [--port N] [--root DIR] [--host ADDRESS]; wrong usage exits 2.
 * Env: PORT (default 4321), BASE_PATH (the base the site was built with, default `/`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODES, MESSAGES } from './messages.ts';
import { exitWithUsageError, readCommandArgs, UsageError } from './support/args.ts';
import { isLoopbackHost, normaliseBasePath, startStaticServer } from './support/static.ts';

export const USAGE = '用法：npm run serve [-- --port 4321] [--root dist] [--host 127.0.0.1]';
export const OPTIONS = {
  port: { type: 'string', value: '端口号' },
  root: { type: 'string', value: '目录', default: 'dist' },
  host: { type: 'string', value: '地址', default: '127.0.0.1' },
} as const;

/** The port to listen on (`--port`, else PORT, else 4321), or the usage error for one that is not a port. */
export function readPort(given: string | undefined, env: NodeJS.ProcessEnv): number | UsageError {
  const text = given ?? (env.PORT || '4321');
  const port = Number(text);
  if (/^\d{1,5}$/.test(text) && port <= 65535) return port;
  return new UsageError('serve', CODES.badPort, MESSAGES.badPort(text, given === undefined, USAGE));
}

/** The warning for a host other computers can reach, or null for a loopback one. */
export function warnHost(host: string): string | null {
  return isLoopbackHost(host) ? null : `serve: ${CODES.hostNotLoopback} ${MESSAGES.hostNotLoopback(host)}`;
}

async function main(): Promise<void> {
  const { values } = readCommandArgs('serve', USAGE, OPTIONS);
  const port = readPort(values.port, process.env);
  if (port instanceof UsageError) exitWithUsageError(port);
  const root = path.resolve(values.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: ${root}/index.html not found; run \`npm run build\` first`);
    process.exit(1);
  }
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  const warning = warnHost(values.host);
  if (warning) console.error(warning);
  try {
    const server = await startStaticServer({ root, port, host: values.host, basePath });
    const shown = values.host === '127.0.0.1' ? `http://localhost:${server.port}${basePath}` : server.url;
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${shown}`);
    console.log('Press Ctrl+C to stop.');
    const stop = (): void => {
      server.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`serve: port ${port} is already in use; try \`npm run serve -- --port 4322\``);
    } else {
      console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
