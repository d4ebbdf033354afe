import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { readUnits, splitUnitList } from '../../../src/lib/plan/units';
import { planOf } from '../../helpers/inputs';

const DIR = 'tests/fixtures/plan';
const NAME = 'unit-roles-deadlines.txt';

describe('readUnits', () => {
  it('reads 牵头/责任/配合 roles segment by segment, and a deadline that is never a unit', () => {
    expect(splitUnitList('〔牵头单位：市住建局；配合单位：市财政局、市发改委；完成时限：2023年12月底前〕')).toEqual({
      names: ['市住建局', '市财政局', '市发改委'],
      roles: ['lead', 'support', 'support'],
      readings: [null, null, null],
      collectives: [],
      deadline: '2023年12月底前',
    });
    expect(readUnits('牵头部门：市城管局\n协办单位：市自然资源局').roles).toEqual(['lead', 'support']);
    expect(readUnits('市住建局、市财政局').roles).toEqual([null, null]);
  });

  it('reads bare places before a governing body as sharing its suffix, and keeps two different units apart', () => {
    const reading = splitUnitList('〔章贡区、南康区、赣县区人民政府〕');
    expect(reading.names).toEqual(['章贡区', '南康区', '赣县区人民政府']);
    expect(reading.readings).toEqual(['章贡区人民政府', '南康区人民政府', null]);
    // A department is no place: it never takes the suffix, nor is it merged with the government.
    expect(splitUnitList('〔市住建局、赣县区人民政府〕').readings).toEqual([null, null]);
    // The suffix is shared within a run joined by 、 only, not across ，.
    expect(splitUnitList('〔章贡区，赣县区人民政府〕').readings).toEqual([null, null]);
  });
});

describe(`units with roles and deadlines (${NAME})`, () => {
  const plan: Plan = planOf(readFileSync(`${DIR}/${NAME}`), NAME);
  const items = plan.parts.flatMap((p) => p.items);

  it('gives every unit of a bracketed list its role, and the deadline to the item', () => {
    expect(items[0]?.units.map((u) => [u.name, u.id, u.role])).toEqual([
      ['市住建局', '市住建局', 'lead'],
      ['章贡区', '章贡区人民政府', 'responsible'],
      ['南康区', '南康区人民政府', 'responsible'],
      ['赣县区人民政府', '赣县区人民政府', 'responsible'],
      ['市财政局', '市财政局', 'support'],
      ['市发改委', '市发改委', 'support'],
    ]);
    expect(items.map((i) => i.deadline)).toEqual(['2023年12月底前', undefined, '2023年10月底']);
  });

  it('reads two unbracketed list lines after the body as the item’s units, with their roles', () => {
    expect(items[1]?.body.map((b) => b.text)).toEqual(['新建口袋公园20个。']);
    expect(items[1]?.unitsText).toBe('牵头单位：市城管局\n配合单位：市自然资源局、市住建局');
    expect(items[1]?.units.map((u) => [u.name, u.role])).toEqual([
      ['市城管局', 'lead'],
      ['市自然资源局', 'support'],
      ['市住建局', 'support'],
    ]);
    expect(plan.parts[1]?.paragraphs.map((p) => p.text)).toEqual(['各有关单位要加强协调配合。']);
  });

  it('gives 章贡区 (read with the shared suffix) the identity of 章贡区人民政府, named so in （三）', () => {
    expect(plan.units.map((u) => [u.id, u.aliases, u.items])).toEqual([
      ['市住建局', [], [1, 2]],
      ['章贡区人民政府', ['章贡区'], [1, 3]],
      ['南康区人民政府', ['南康区'], [1, 3]],
      ['赣县区人民政府', [], [1]],
      ['市财政局', [], [1]],
      ['市发改委', [], [1]],
      ['市城管局', [], [2]],
      ['市自然资源局', [], [2]],
    ]);
  });

  it('keeps every character in order, and warns about nothing', () => {
    const source = readFileSync(`${DIR}/${NAME}`, 'utf8');
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
    expect(parsePlan(source, NAME).issues).toEqual([]);
  });
});
