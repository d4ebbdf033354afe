/**
 * Hostile text in every field staff or a plan can write — the plan's title, preamble, part and
 * item headings, unit names, the attachment's title, the metadata block and every site setting —
 * is shown as text and never becomes markup: a real HTML parser finds no element, attribute or
 * script the site did not write on any page or chart, and the JSON-LD block still parses to the
 * same strings. (County names cannot carry markup at all: the validator refuses < > & and quotes.)
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type RenderedSite } from '../helpers/render.ts';

const PLAN = 'tests/fixtures/plan/hostile-markup.txt';
const DATA = 'tests/fixtures/site/hostile';
let site: RenderedSite;

/** Elements the site writes (pages and inline SVG); anything else was injected. */
const ELEMENTS = new Set(
  ('html head meta title link style script body a header nav ul ol li main footer div p small strong em b i br h1 h2 h3 h4 h5 h6 ' +
    'section table caption thead tbody tfoot tr th td span figure figcaption details summary dl dt dd code pre time abbr ' +
    'svg g rect text tspan path line polyline polygon circle desc clippath defs').split(' '),
);

beforeAll(async () => {
  site = await renderSite({ planFile: PLAN, dataDir: DATA });
});

describe('a site rendered from hostile inputs', () => {
  it('the inputs really are hostile', () => {
    expect(readFileSync(PLAN, 'utf8')).toContain('</script><img src=x onerror=alert(1)>');
    expect(readFileSync(`${DATA}/plan-meta.csv`, 'utf8')).toContain('<script>alert(9)</script>');
  });

  it('no page or chart holds an element, event handler, javascript: URL or script the site did not write', () => {
    const found: string[] = [];
    const files = [...site.files.keys()].filter((file) => /\.(html|svg)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = site.file(file);
      const { document } = parseHTML(file.endsWith('.svg') ? `<!doctype html><html><body>${text.replace(/^<\?xml[^>]*>/, '')}</body></html>` : text);
      for (const el of document.querySelectorAll('*')) {
        const name = el.tagName.toLowerCase();
        const where = `${file} <${name}>`;
        if (!ELEMENTS.has(name)) found.push(`${where} element`);
        if (name === 'script' && el.getAttribute('type') !== 'application/ld+json') found.push(`${where} script`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(`${where} ${attr.name}`);
          if (/^(href|src|xlink:href|action)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${where} ${attr.name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('shows the hostile text as text, and the JSON-LD block parses back to it', () => {
    const document = site.page('/');
    expect(document.querySelector('h1')?.textContent).toContain('</script><img src=x onerror=alert(1)>');
    const data = site.page('data/');
    const blocks = [...data.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    const json = JSON.parse(blocks[0]?.textContent ?? '');
    expect(json.isBasedOn).toContain('</script><img src=x onerror=alert(1)>');
    expect(json.spatialCoverage).toBe('</script><script>alert(11)</script>');
  });
});

describe('the standalone chart files of hostile inputs', () => {
  it('are well-formed XML (a strict parser reads every one), their labels holding the hostile text as text', () => {
    const files = [...site.files.keys()].filter((file) => /^charts\/.*\.svg$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    const labels: string[] = [];
    for (const file of files) {
      const parser = sax.parser(true);
      parser.onerror = (error) => {
        throw new Error(`${file}: ${error.message}`);
      };
      parser.onopentag = (tag) => {
        const label = tag.attributes['aria-label'];
        if (tag.name === 'svg' && typeof label === 'string') labels.push(label);
      };
      parser.write(site.file(file)).close();
    }
    expect(labels.some((label) => label.includes('<svg/onload=alert(10)>'))).toBe(true);
  });
});
