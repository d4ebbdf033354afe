/**
 * `data/datapackage.json`: a Frictionless Data Package 2.0 descriptor of every data file, made
 * from the download catalog and the files' actual bytes. Nothing is stated that the inputs do not
 * say: the version and date are the current release's (data/releases.csv), the plan's issuing body,
 * 文号 and date and the licence are data/plan-meta.csv's, each only when filled.
 */
import type { SiteFacts } from '../meta/facts.ts';
import type { TaskTable } from '../tasks/types.ts';
import type { DownloadField, DownloadFile, PackageAbout, ReleaseFile } from './types.ts';
import { describeDownloadFiles, toDataPath, type DownloadDoc } from './catalog.ts';
import { hashSha256, toBytes, type HashBody } from './checksums.ts';
import { PACKAGE_TEXT } from '../words/downloads.ts';

/** The profile this descriptor follows. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function describeField(field: DownloadField): JsonValue {
  const out: Record<string, JsonValue> = { name: field.name, title: field.title, description: field.description, type: field.type };
  if (field.constraints) {
    const c = field.constraints;
    const constraints: Record<string, JsonValue> = {};
    if (c.required !== undefined) constraints.required = c.required;
    if (c.unique !== undefined) constraints.unique = c.unique;
    if (c.minimum !== undefined) constraints.minimum = c.minimum;
    if (c.enum !== undefined) constraints.enum = [...c.enum];
    out.constraints = constraints;
  }
  return out;
}

function describeResource(doc: DownloadDoc, body: string | Uint8Array, source: JsonValue, hash: HashBody): JsonValue {
  const resource: Record<string, JsonValue> = { name: doc.name };
  if (doc.fields) resource.type = 'table';
  resource.path = toDataPath(doc.path);
  resource.title = doc.title;
  resource.description = doc.description;
  resource.format = doc.format;
  resource.mediatype = doc.mediatype;
  if (doc.encoding) resource.encoding = doc.encoding;
  resource.bytes = toBytes(body).byteLength;
  resource.hash = `sha256:${hash(body)}`;
  if (doc.csv) {
    resource.dialect = { header: true, delimiter: ',', lineTerminator: doc.csv.eol, quoteChar: '"', doubleQuote: true };
  }
  if (doc.fields) {
    const schema: Record<string, JsonValue> = { fields: doc.fields.map(describeField) };
    if (doc.primaryKey) schema.primaryKey = [...doc.primaryKey];
    resource.schema = schema;
    resource.sources = [source];
  }
  return resource;
}

/**
 * The descriptor for the given files (each must appear in the catalog; datapackage.json and
 * SHA256SUMS themselves are skipped). Resources follow the order of `files`. `hash` is how each
 * body is hashed (a memo when SHA256SUMS lists the same bodies).
 */
export function describeDataPackage(
  table: TaskTable,
  files: readonly DownloadFile[],
  facts: SiteFacts,
  releases: readonly ReleaseFile[] = [],
  hash: HashBody = hashSha256,
  about: PackageAbout = {},
): JsonValue {
  const current = releases[releases.length - 1];
  const docs = new Map(describeDownloadFiles(table, facts, releases).map((doc) => [doc.path, doc]));
  const source: JsonValue = { title: facts.sourceLabel, path: 'plan.txt' };
  const resources: JsonValue[] = [];
  for (const file of files) {
    const doc = docs.get(file.path);
    if (!doc) throw new RangeError(`no description for download ${JSON.stringify(file.path)}`);
    if (doc.inPackage) resources.push(describeResource(doc, file.body, source, hash));
  }
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: facts.packageName,
    title: PACKAGE_TEXT.title(facts),
    description: PACKAGE_TEXT.description(facts),
    // The release's date is a day, not the datetime `created` asks for: it gets its own property.
    ...(current ? { version: current.version, released: current.date } : {}),
    ...(facts.keywords.length > 0 ? { keywords: [...facts.keywords] } : {}),
    ...(about.license ? { licenses: [describeLicense(about.license)] } : {}),
    sources: [{ title: PACKAGE_TEXT.sourceTitle(facts.planTitle, about), path: 'plan.txt' }],
    resources,
  };
}

/** A licence as the profile writes it: identifier and/or URL (the metadata check made sure there is one). */
function describeLicense(license: NonNullable<PackageAbout['license']>): JsonValue {
  return { ...(license.name ? { name: license.name } : {}), ...(license.path ? { path: license.path } : {}) };
}

/** `data/datapackage.json`: the descriptor, pretty-printed (two spaces), ending in one LF. */
export function writeDataPackage(
  table: TaskTable,
  files: readonly DownloadFile[],
  facts: SiteFacts,
  releases: readonly ReleaseFile[] = [],
  hash: HashBody = hashSha256,
  about: PackageAbout = {},
): string {
  return `${JSON.stringify(describeDataPackage(table, files, facts, releases, hash, about), null, 2)}\n`;
}
