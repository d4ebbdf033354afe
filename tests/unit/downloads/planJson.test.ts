import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePlanJson, writePlanJson } from '../../../src/lib/downloads/planJson.ts';
import { parsePlan, type Plan } from '../../../src/lib/plan/index.ts';
import { planOf } from '../../helpers/inputs.ts';

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const FIXTURES = 'tests/fixtures/plan';
const OTHER_CITY = path.join(FIXTURES, 'other-city-three-years.txt');
/** An attachment of a target table and a project list, another of two target sub-tables. */
const SEVERAL_TABLES = path.join(FIXTURES, 'attachment-several-tables.txt');
/** Space-separated columns and a wrapped cell kept as its own row. */
const SPACE_COLUMNS = path.join(FIXTURES, 'attachment-space-columns.txt');

/** What plan.json was before it had its own type: the parser's plan without its file path. */
function stringifyParserPlan(plan: Plan): string {
  const { file: _file, ...rest } = plan;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

/** Every key path of a JSON value, arrays written `[]`, e.g. `parts[].items[].units[].id`. */
function listKeyPaths(value: unknown, prefix = '', paths = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const element of value) listKeyPaths(element, `${prefix}[]`, paths);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = prefix ? `${prefix}.${key}` : key;
      paths.add(at);
      listKeyPaths(child, at, paths);
    }
  }
  return paths;
}

const validPlans: [string, Plan][] = [SEED, ...readdirSync(FIXTURES).sort().map((f) => path.join(FIXTURES, f))].flatMap((file) => {
  const { plan } = parsePlan(readFileSync(file), file);
  return plan ? [[file, plan] as [string, Plan]] : [];
});

describe('writePlanJson', () => {
  it('reads the seed and the valid plan fixtures', () => {
    expect(validPlans.map(([file]) => file)).toContain(SEED);
    expect(validPlans.map(([file]) => file)).toContain(OTHER_CITY);
  });

  for (const [file, plan] of validPlans) {
    it(`writes ${file} byte for byte as the parser's plan without its file path`, () => {
      expect(writePlanJson(plan)).toBe(stringifyParserPlan(plan));
    });
  }

  it('leaves out optional parser fields that are absent, as before, and keeps a null unit line', () => {
    const plan = structuredClone(planOf(readFileSync(SEED), SEED));
    delete plan.attachments;
    delete plan.closing;
    const table = plan.attachment;
    if (!table) throw new Error('the seed has an attachment');
    delete table.labelText;
    delete table.headerRows;
    table.unitText = null;
    for (const row of table.rows) delete row.cells;
    const text = writePlanJson(plan);
    expect(text).toBe(stringifyParserPlan(plan));
    expect(text).not.toMatch(/"(attachments|closing|labelText|headerRows|cells)"/);
    expect(text).toContain('"unitText": null');
  });

  it('pretty-prints with two spaces and ends with one LF, without the local file path', () => {
    const text = writePlanJson(planOf(readFileSync(SEED), SEED));
    expect(text.startsWith('{\n  "title": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain(SEED);
    expect(text).not.toContain('"file"');
  });

  it('publishes exactly the pinned shape (every key path of the seed, another city, a closing and attachments of several tables)', () => {
    // The fixtures have no paragraph after the attachment list; one is added to pin `closing[]`.
    const otherCity = readFileSync(OTHER_CITY, 'utf8');
    const withClosing = otherCity.replace(/^(附件：.*)$/m, '$1\n\n本方案自印发之日起施行。');
    const closed = planOf(withClosing, 'closing.txt');
    expect(closed.closing?.map((p) => p.text)).toEqual(['本方案自印发之日起施行。']);
    const paths = new Set<string>();
    const tables = [SEVERAL_TABLES, SPACE_COLUMNS].map((file) => planOf(readFileSync(file), file));
    for (const plan of [planOf(readFileSync(SEED), SEED), planOf(otherCity, OTHER_CITY), closed, ...tables]) {
      listKeyPaths(JSON.parse(writePlanJson(plan)), '', paths);
    }
    expect([...paths].sort()).toMatchInlineSnapshot(`
      [
        "attachment",
        "attachment.columns",
        "attachment.columns[].group",
        "attachment.columns[].indicator",
        "attachment.columns[].label",
        "attachment.columns[].year",
        "attachment.headerRows",
        "attachment.keyHeader",
        "attachment.label",
        "attachment.labelText",
        "attachment.line",
        "attachment.notes",
        "attachment.notes[].line",
        "attachment.notes[].text",
        "attachment.rows",
        "attachment.rows[].cells",
        "attachment.rows[].line",
        "attachment.rows[].name",
        "attachment.rows[].values",
        "attachment.title",
        "attachment.titleAsIssued",
        "attachment.unit",
        "attachment.unitText",
        "attachmentList",
        "attachmentList.entries",
        "attachmentList.entries[].label",
        "attachmentList.entries[].title",
        "attachmentList.line",
        "attachmentList.text",
        "attachments",
        "attachments[].columns",
        "attachments[].columns[].group",
        "attachments[].columns[].indicator",
        "attachments[].columns[].label",
        "attachments[].columns[].year",
        "attachments[].headerRows",
        "attachments[].keyHeader",
        "attachments[].kind",
        "attachments[].label",
        "attachments[].labelText",
        "attachments[].line",
        "attachments[].notes",
        "attachments[].notes[].line",
        "attachments[].notes[].text",
        "attachments[].rows",
        "attachments[].rows[].cells",
        "attachments[].rows[].line",
        "attachments[].rows[].name",
        "attachments[].rows[].values",
        "attachments[].rows[].wrapped",
        "attachments[].tables",
        "attachments[].tables[].columns",
        "attachments[].tables[].columns[].group",
        "attachments[].tables[].columns[].indicator",
        "attachments[].tables[].columns[].label",
        "attachments[].tables[].columns[].year",
        "attachments[].tables[].headerRows",
        "attachments[].tables[].keyHeader",
        "attachments[].tables[].kind",
        "attachments[].tables[].label",
        "attachments[].tables[].line",
        "attachments[].tables[].notes",
        "attachments[].tables[].notes[].line",
        "attachments[].tables[].notes[].text",
        "attachments[].tables[].rows",
        "attachments[].tables[].rows[].cells",
        "attachments[].tables[].rows[].line",
        "attachments[].tables[].rows[].name",
        "attachments[].tables[].rows[].serial",
        "attachments[].tables[].rows[].values",
        "attachments[].tables[].title",
        "attachments[].tables[].titleAsIssued",
        "attachments[].tables[].unit",
        "attachments[].tables[].unitText",
        "attachments[].title",
        "attachments[].titleAsIssued",
        "attachments[].unit",
        "attachments[].unitText",
        "cleanup",
        "cleanup[].kind",
        "cleanup[].line",
        "cleanup[].text",
        "closing",
        "closing[].line",
        "closing[].text",
        "headline",
        "headline[].indicator",
        "headline[].line",
        "headline[].text",
        "headline[].value",
        "headline[].year",
        "parts",
        "parts[].items",
        "parts[].items[].body",
        "parts[].items[].body[].line",
        "parts[].items[].body[].text",
        "parts[].items[].collectives",
        "parts[].items[].heading",
        "parts[].items[].label",
        "parts[].items[].line",
        "parts[].items[].numeral",
        "parts[].items[].ordinal",
        "parts[].items[].shortTitle",
        "parts[].items[].units",
        "parts[].items[].unitsText",
        "parts[].items[].units[].id",
        "parts[].items[].units[].name",
        "parts[].label",
        "parts[].line",
        "parts[].number",
        "parts[].numeral",
        "parts[].paragraphs",
        "parts[].paragraphs[].line",
        "parts[].paragraphs[].text",
        "parts[].title",
        "preamble",
        "preamble[].line",
        "preamble[].text",
        "title",
        "units",
        "units[].aliases",
        "units[].id",
        "units[].items",
        "units[].slug",
      ]
    `);
  });

  it('keeps a field the parser gains out of the file', () => {
    const plan = structuredClone(planOf(readFileSync(SEED), SEED));
    const before = writePlanJson(plan);
    const item = plan.parts.flatMap((p) => p.items).find((i) => i.units.length > 0 && i.body.length > 0);
    const [mention, unit, figure, paragraph, row] = [item?.units[0], plan.units[0], plan.headline[0], plan.preamble[0], plan.attachment?.rows[0]];
    if (!item || !mention || !unit || !figure || !paragraph || !plan.attachment || !row) throw new Error('the seed has all of these');
    const added = [plan, plan.parts[0], item, item.body[0], mention, unit, figure, paragraph, plan.attachmentList, plan.attachment, plan.attachment.columns[0], row];
    added.forEach((target, n) => Object.assign(target ?? {}, { extra: n }));
    expect(added.every((target) => target && 'extra' in target)).toBe(true);
    const json = describePlanJson(plan);
    expect(JSON.stringify(json)).not.toContain('extra');
    expect(writePlanJson(plan)).toBe(before);
  });

  it('writes a table of an attachment of several tables and a wrapped row by their published fields only', () => {
    const plan = structuredClone(planOf(readFileSync(SEVERAL_TABLES), SEVERAL_TABLES));
    const before = writePlanJson(plan);
    const sub = plan.attachments?.[0]?.tables?.[1];
    const row = sub?.rows[0];
    if (!sub || !row) throw new Error('the fixture has a second table with rows');
    Object.assign(sub, { extra: 1 });
    Object.assign(row, { extra: 2 });
    expect(writePlanJson(plan)).toBe(before);
    expect(JSON.parse(before).attachments[0].tables.map((t: { title: string }) => t.title)).toEqual(['表1 片区改造任务', '表2 重点项目清单']);
  });
});
