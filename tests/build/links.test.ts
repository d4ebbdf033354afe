/**
 * Every page of both real builds, read from its files (pages ship no script, so the files are what
 * a reader gets): every internal link and every resource a page loads names a file of the build,
 * every #fragment exists on its page, nothing is loaded from another host, every page is reached
 * by following links from the home page, and every download linked from a page is there and parses.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDownload } from '../helpers/downloads.ts';
import { readBuilt, type BuiltSite } from '../helpers/built.ts';

/** What one page refers to. */
interface PageRefs {
  /** `a[href]`: where a reader may go. */
  links: string[];
  /** What the page loads as it opens: stylesheets, icons, images, frames, scripts. */
  loads: string[];
  ids: Set<string>;
}

const PAGE_FILE = /(^|\/)index\.html$|^404\.html$/;

function readRefs(site: BuiltSite, file: string): PageRefs {
  const document = site.page(file.replace(/index\.html$/, ''));
  const attr = (selector: string, name: string) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '');
  return {
    links: attr('a[href], area[href]', 'href'),
    loads: [...attr('link[href]:not([rel="canonical"]):not([rel="alternate"])', 'href'), ...attr('[src]', 'src'), ...attr('[srcset]', 'srcset'), ...attr('svg [href], svg [xlink\\:href]', 'href')],
    ids: new Set([...document.querySelectorAll('[id]')].map((el) => el.id).concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? ''))),
  };
}

/** The builds, each with the address its absolute URLs start with. */
const BUILDS = [
  { name: 'the real site', dist: () => inject('realDist'), base: () => '/', site: () => null },
  { name: 'the two-release fixture', dist: () => inject('fixtureDist'), base: () => inject('fixtureSettings').base, site: () => inject('fixtureSettings').site },
];

describe.each(BUILDS)('$name, read from its files', ({ dist, base, site: address }) => {
  let site: BuiltSite;
  const refs = new Map<string, PageRefs>();
  /** The file a URL written on `page` names, or null when it leaves the site. */
  let resolve: (url: string, page: string) => { file: string | null; fragment: string; external: boolean };

  beforeAll(() => {
    site = readBuilt(dist(), base());
    for (const file of site.files.filter((f) => PAGE_FILE.test(f))) refs.set(file, readRefs(site, file));
    const origin = address() ?? 'http://site.test';
    resolve = (url, page) => {
      const target = new URL(url, new URL(`${site.base}${page}`, origin));
      const external = target.origin !== new URL(origin).origin;
      return { file: external || !/^https?:$/.test(target.protocol) ? null : site.fileOf(target.href), fragment: decodeURIComponent(target.hash.slice(1)), external };
    };
  });

  it('has a page for every route, and the not-found page', () => {
    expect(site.pages.length).toBeGreaterThan(10);
    expect(site.files).toContain('404.html');
  });

  it('links only to files of the build, and every #fragment exists on its page', () => {
    const problems: string[] = [];
    for (const [file, { links }] of refs) {
      for (const link of new Set(links)) {
        const target = resolve(link, file.replace(/index\.html$/, ''));
        if (target.external) continue;
        if (target.file === null || !site.files.includes(target.file)) {
          problems.push(`${file}: ${link} names no file of the build`);
          continue;
        }
        const ids = refs.get(target.file)?.ids;
        if (target.fragment && ids && !ids.has(target.fragment)) problems.push(`${file}: ${link}: no element with id "${target.fragment}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('loads nothing from another host, and everything it loads is a file of the build', () => {
    const problems: string[] = [];
    for (const [file, { loads }] of refs) {
      for (const url of loads.flatMap((value) => value.split(/,\s*/).map((part) => part.trim().split(/\s+/)[0] ?? '')).filter(Boolean)) {
        if (url.startsWith('data:')) continue;
        const target = resolve(url, file.replace(/index\.html$/, ''));
        if (target.external) problems.push(`${file}: loads ${url} from another host`);
        else if (target.file === null || !site.files.includes(target.file)) problems.push(`${file}: loads ${url}, which the build does not have`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reaches every page by following links from the home page (no orphan pages)', () => {
    const reached = new Set(['index.html']);
    const queue = ['index.html'];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const link of refs.get(file)?.links ?? []) {
        const target = resolve(link, file.replace(/index\.html$/, '')).file;
        if (target && refs.has(target) && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    const orphans = [...refs.keys()].filter((file) => file !== '404.html' && !reached.has(file));
    expect(orphans).toEqual([]);
  });

  it('offers downloads, and every download linked from a page is there and parses', () => {
    const downloads = new Set<string>();
    for (const [file, { links }] of refs) {
      for (const link of links) {
        const target = resolve(link, file.replace(/index\.html$/, '')).file;
        if (target && !PAGE_FILE.test(target)) downloads.add(target);
      }
    }
    expect(downloads.size, 'downloads linked from the pages').toBeGreaterThan(0);
    const broken = [...downloads].flatMap((file) => {
      if (!site.files.includes(file)) return [`${file}: missing`];
      const { parseError } = parseDownload(`/${file}`, site.bytes(file));
      return parseError ? [`${file}: ${parseError}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('lists every file of data/ in SHA256SUMS with its true hash', () => {
    const sums = site.text('data/SHA256SUMS').trim().split('\n').map((line) => line.split(/ {2}/) as [string, string]);
    const listed = sums.map(([, file]) => `data/${file}`).sort();
    const published = site.files.filter((f) => f.startsWith('data/') && !/(^|\/)(index\.html|SHA256SUMS|all\.zip)$/.test(f)).sort();
    expect(listed).toEqual(published);
    for (const [hash, file] of sums) expect(createHash('sha256').update(site.bytes(`data/${file}`)).digest('hex'), file).toBe(hash);
  });
});
