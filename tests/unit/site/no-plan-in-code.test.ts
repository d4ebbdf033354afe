/**
 * Nothing about one plan belongs in code: every fact the site shows comes from its inputs. The
 * source files (comments aside) name no city, plan or attachment of the plan this site publishes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listSources(full);
    return /\.(ts|astro|mjs|css)$/.test(name) ? [full] : [];
  });
}

/** The text with `//` line comments, block comments and Astro/HTML comments blanked out. */
function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('src/ outside comments', () => {
  it('names no city, plan or attachment of the published plan', () => {
    const words = ['赣州', '棚户区', '棚改', '附件1-1', '附件 1-1', '江西', '章贡'];
    const found = listSources('src').flatMap((file) => {
      const code = stripComments(readFileSync(file, 'utf8'));
      return words.filter((w) => code.includes(w)).map((w) => `${file}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});
