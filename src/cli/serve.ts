/**
 * `npm run serve`: serves the built `dist/` on http://localhost:4321/ (bound to 127.0.0.1 only).
 *
 * Usage: tsx src/cli/serve.ts [--port N] [--root DIR]
 * Env: PORT (default 4321), BASE_PATH (the base the site was built with, default `/`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBasePath, startStaticServer } from '../lib/server/static';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    root: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: invalid port ${JSON.stringify(values.port ?? process.env.PORT)}; give a number from 0 to 65535`);
  process.exit(2);
}
const root = path.resolve(values.root ?? 'dist');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}
const basePath = normaliseBasePath(process.env.BASE_PATH);

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
    console.error(`serve: port ${port} is already in use; try \`PORT=4322 npm run serve\``);
  } else {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
