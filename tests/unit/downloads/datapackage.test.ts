import { compileDataPackageProfile } from '../../helpers/datapackage';
import { describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../src/lib/downloads/build.ts';
import { describeDownloadFiles } from '../../../src/lib/downloads/catalog.ts';
import { describeLongFields, describeWideFields } from '../../../src/lib/downloads/fields.ts';
import { SEED_FACTS, SOURCE_TITLE, buildSeedTable, readSeedBytes } from '../../fixtures/downloads/seedTable.ts';
import { decodeBody, hashWithPython, parseCsvRowsWithD3 } from '../../fixtures/downloads/readBack.ts';

interface Field {
  name: string;
  title: string;
  type: 'string' | 'integer';
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect?: { lineTerminator: string; header: boolean };
  schema?: { fields: Field[]; primaryKey?: string[] };
}

const table = buildSeedTable();
const files = buildDownloads(table, { planText: readSeedBytes(), planJson: '{}\n', facts: SEED_FACTS });
const packageFile = files.find((f) => f.path === 'data/datapackage.json');
if (!packageFile) throw new Error('missing datapackage.json');
const descriptor = JSON.parse(decodeBody(packageFile.body)) as Record<string, unknown> & { resources: Resource[] };

const compileProfile = compileDataPackageProfile;

describe('datapackage.json', () => {
  it('is valid against the official Data Package 2.0 profile', () => {
    const validate = compileProfile();
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('would be rejected by the profile if a hash or a field type were wrong', () => {
    const validate = compileProfile();
    const broken = structuredClone(descriptor);
    const first = broken.resources[0];
    if (!first?.schema?.fields[1]) throw new Error('missing resource');
    first.hash = 'sha256:not-hex';
    expect(validate(broken)).toBe(false);
    const mistyped = structuredClone(descriptor);
    const field = mistyped.resources[0]?.schema?.fields[1];
    if (!field) throw new Error('missing field');
    (field as { type: string }).type = 'count';
    expect(validate(mistyped)).toBe(false);
  });

  it('states no licence, date, version or publisher that the inputs do not give', () => {
    for (const key of ['licenses', 'created', 'version', 'released', 'contributors', 'homepage', 'id']) expect(descriptor).not.toHaveProperty(key);
    expect(descriptor.sources).toEqual([{ title: SOURCE_TITLE, path: 'plan.txt' }]);
  });

  it("states the current release's version and date, the plan's issuing as far as the metadata gives it, and the licence it states", () => {
    const releases = [
      { version: 'v1', date: '2026-01-05', table },
      { version: 'v2', date: '2026-02-10', table },
    ];
    const about = { issuer: '某市人民政府办公室', docNumber: '某府办字〔2099〕1号', issued: '2099-03-04', license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', text: 'CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/' } };
    const made = buildDownloads(table, { planText: readSeedBytes(), planJson: '{}\n', facts: SEED_FACTS, releases, about });
    const full = JSON.parse(decodeBody(made.find((f) => f.path === 'data/datapackage.json')?.body ?? '')) as Record<string, unknown>;
    expect(full).toMatchObject({ version: 'v2', released: '2026-02-10' });
    expect(full.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(full.sources).toEqual([{ title: `${SOURCE_TITLE}（某市人民政府办公室，某府办字〔2099〕1号，2099-03-04）`, path: 'plan.txt' }]);
    const validate = compileProfile();
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    const partial = buildDownloads(table, { planText: readSeedBytes(), planJson: '{}\n', facts: SEED_FACTS, releases, about: { docNumber: '某府办字〔2099〕1号' } });
    const some = JSON.parse(decodeBody(partial.find((f) => f.path === 'data/datapackage.json')?.body ?? '')) as Record<string, unknown>;
    expect(some.sources).toEqual([{ title: `${SOURCE_TITLE}（某府办字〔2099〕1号）`, path: 'plan.txt' }]);
    expect(some).not.toHaveProperty('licenses');
  });

  it('describes every download but itself and SHA256SUMS, with their true bytes and SHA-256', () => {
    const described = files.filter((f) => f.path !== 'data/datapackage.json' && f.path !== 'data/SHA256SUMS' && f.path !== 'data/all.zip');
    expect(descriptor.resources.map((r) => `data/${r.path}`)).toEqual(described.map((f) => f.path));
    const hashes = hashWithPython(described.map((f) => f.body));
    for (const [i, file] of described.entries()) {
      const resource = descriptor.resources[i];
      expect(resource?.bytes).toBe(Buffer.from(file.body).byteLength);
      expect(resource?.hash).toBe(`sha256:${hashes[i]}`);
      // The wide Chinese CSVs start with a BOM: declared utf-8-sig, as Frictionless names such a file.
      expect(resource?.encoding, resource?.path).toBe(Buffer.from(file.body).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 'utf-8-sig' : 'utf-8');
    }
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
  });

  it("gives each CSV's real header, line terminator, types and constraints", () => {
    const csvs = descriptor.resources.filter((r) => r.format === 'csv');
    expect(csvs).toHaveLength(22);
    for (const resource of csvs) {
      const file = files.find((f) => f.path === `data/${resource.path}`);
      const text = decodeBody(file?.body ?? '');
      const fields = resource.schema?.fields ?? [];
      const [header, ...rows] = parseCsvRowsWithD3(text);
      expect(header).toEqual(fields.map((f) => f.name));
      expect(resource.dialect?.lineTerminator).toBe(text.includes('\r\n') ? '\r\n' : '\n');
      for (const row of rows) {
        for (const [j, field] of fields.entries()) {
          const cell = row[j] ?? '';
          if (field.constraints?.required) expect(cell).not.toBe('');
          if (field.type === 'integer') expect(cell).toMatch(/^\d+$/);
          if (field.constraints?.minimum !== undefined) expect(Number(cell)).toBeGreaterThanOrEqual(field.constraints.minimum);
          if (field.constraints?.enum) expect(field.constraints.enum).toContain(cell);
        }
      }
      const key = resource.schema?.primaryKey ?? [];
      const keys = rows.map((row) => key.map((name) => row[fields.findIndex((f) => f.name === name)]).join('\u0000'));
      expect(new Set(keys).size).toBe(rows.length);
    }
  });

  it('takes its fields from describeWideFields and describeLongFields, the source the /data/ page renders', () => {
    const wide = descriptor.resources.find((r) => r.name === 'tasks')?.schema?.fields ?? [];
    const long = descriptor.resources.find((r) => r.name === 'tasks-long')?.schema?.fields ?? [];
    expect(wide.map((f) => [f.name, f.title, f.type])).toEqual(describeWideFields(table.years, SEED_FACTS).map((f) => [f.name, f.title, f.type]));
    expect(long.map((f) => [f.name, f.title, f.type])).toEqual(describeLongFields(SEED_FACTS).map((f) => [f.name, f.title, f.type]));
    const docs = describeDownloadFiles(table, SEED_FACTS).map((d) => d.path);
    expect(docs).toEqual(files.map((f) => f.path));
  });
});
