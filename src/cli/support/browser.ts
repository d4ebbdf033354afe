/**
 * Debian's Chromium, as every tool of the project launches it: found at CHROMIUM_PATH or
 * /usr/bin/chromium (never a downloaded browser), with flags that keep it headless, able to run as
 * root, and silent on the network (this machine has none beyond the package registries).
 */
import { accessSync, constants } from 'node:fs';

/** Flags that keep Chromium headless, sandbox-free for root in containers, and quiet on the network. */
export const BROWSER_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of a usable Chromium: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`; undefined if none. */
export function findBrowser(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : DEFAULT_PATHS;
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

