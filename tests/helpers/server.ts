/** Serving a built site on this machine for the browser tests. */
import { startStaticServer, type StaticServer } from '../../src/cli/support/static';

/** Serves a built site on 127.0.0.1 at a free port, under the base path it was built with. */
export function serveDist(distDir: string, basePath = '/'): Promise<StaticServer> {
  return startStaticServer({ root: distDir, port: 0, host: '127.0.0.1', basePath });
}
