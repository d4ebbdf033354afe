/**
 * Unit-list and item forms found in real plans of the genre: roles written after the names
 * (`市发改委牵头，市财政局配合`), half-width brackets, traditional script, a remark that makes the
 * first-named unit the lead, and items numbered `1.` under grouping headings `（一）`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planTextNodes, type Plan } from '../../../src/lib/plan';
import { findTrailingInlineList, findTrailingUnitList, readUnits } from '../../../src/lib/plan/units';
import { planOf } from '../../helpers/inputs';

const roles = (inner: string) => {
  const r = readUnits(inner);
  return { units: r.names.map((n, k) => `${n}:${r.roles[k] ?? ''}`), collectives: r.collectives };
};

describe('readUnits splits names joined by 及 / 以及 / 和 / 与', () => {
  it('splits where the name before the conjunction ends as a body’s name does', () => {
    expect(roles('市住建局牵头，市财政局及各县（市、区）人民政府配合').units).toEqual(['市住建局:lead', '市财政局:support', '各县（市、区）人民政府:support']);
    expect(roles('市城管局、市发改委和市水务集团负责').units).toEqual(['市城管局:responsible', '市发改委:responsible', '市水务集团:responsible']);
    expect(roles('市住建局以及市卫生健康委与市残联负责').units).toEqual(['市住建局:responsible', '市卫生健康委:responsible', '市残联:responsible']);
  });

  it('keeps names that hold 和 whole, and sets a collective after 及 apart', () => {
    expect(roles('市自然资源和规划局、市人力资源和社会保障局负责').units).toEqual(['市自然资源和规划局:responsible', '市人力资源和社会保障局:responsible']);
    expect(roles('各县（市、区）及市直有关部门')).toEqual({ units: ['各县（市、区）:'], collectives: ['市直有关部门'] });
  });

  it('lets a bare place before 和 share the governing body named after it', () => {
    expect(readUnits('甲区和乙区人民政府').readings).toEqual(['甲区人民政府', null]);
  });
});

describe('readUnits reads a time written bare in the list as the deadline, never as a unit', () => {
  it('takes a year, a month or a standing time word for the deadline', () => {
    const read = (inner: string) => {
      const r = readUnits(inner);
      return [r.names, r.deadline];
    };
    expect(read('市住建局负责，2024年底前完成')).toEqual([['市住建局'], '2024年底前完成']);
    expect(read('责任单位：市住建局；2024年6月底前')).toEqual([['市住建局'], '2024年6月底前']);
    expect(read('市住建局、市财政局，2024—2026年')).toEqual([['市住建局', '市财政局'], '2024—2026年']);
    expect(read('市住建局，持续推进')).toEqual([['市住建局'], '持续推进']);
    expect(read('市住建局牵头，市财政局配合，长期坚持')).toEqual([['市住建局', '市财政局'], '长期坚持']);
  });
});

describe('readUnits reads a role in brackets after a name, and names that share a body', () => {
  it('市住建局（牵头）: the bracket gives that unit its role and is kept as a remark', () => {
    expect(roles('市发改委（牵头），市财政局、市住建局（配合）')).toEqual({ units: ['市发改委:lead', '市财政局:', '市住建局:support'], collectives: ['（牵头）', '（配合）'] });
  });

  it('各县（市、区）党委和政府 stays one name: 政府 alone names no body', () => {
    expect(roles('市委组织部，各县（市、区）党委和政府').units).toEqual(['市委组织部:', '各县（市、区）党委和政府:']);
  });
});

describe('findTrailingInlineList reads an unbracketed list written after the item’s last sentence', () => {
  it('takes `…。责任单位：…。` and `…。牵头单位：…；配合单位：…。完成时限：…。` with their roles and deadline', () => {
    const one = findTrailingInlineList('全年改造小区30个。责任单位：县住建局、县财政局。');
    expect([one?.start, one?.text, one?.names, one?.roles]).toEqual([10, '责任单位：县住建局、县财政局。', ['县住建局', '县财政局'], ['responsible', 'responsible']]);
    const two = findTrailingInlineList('完成改造20公里。牵头单位：县水务局；配合单位：县住建局。完成时限：2025年12月底。');
    expect([two?.names, two?.roles, two?.deadline]).toEqual([['县水务局', '县住建局'], ['lead', 'support'], '2025年12月底']);
  });

  it('reads nothing where a sentence after the prefix is the item’s own text', () => {
    expect(findTrailingInlineList('各责任单位：要加强协调。做好全年工作。')).toBeNull();
    expect(findTrailingInlineList('明确责任单位：县住建局负责全县改造工作的统筹')).toBeNull();
    expect(findTrailingInlineList('要求各责任单位：按时报送进度。')).toBeNull();
  });
});

describe('readUnits reads roles written after the names', () => {
  it('牵头 / 配合 / 负责 close the run of names they follow', () => {
    expect(roles('市住建局牵头，市财政局、市自然资源局配合')).toEqual({ units: ['市住建局:lead', '市财政局:support', '市自然资源局:support'], collectives: [] });
    expect(roles('市财政局、市税务局负责')).toEqual({ units: ['市财政局:responsible', '市税务局:responsible'], collectives: [] });
  });

  it('a run between a lead and a closing 负责 takes that role; 按职责分工负责 is a role, not a name', () => {
    expect(roles('市民政局牵头,市卫健委,各县(市、区)人民政府按职责分工负责')).toEqual({
      units: ['市民政局:lead', '市卫健委:responsible', '各县(市、区)人民政府:responsible'],
      collectives: [],
    });
  });

  it('reads the same words in traditional script and keeps the names as written', () => {
    expect(roles('市政府辦公室牽頭,市級各有關部門按職責分工負責')).toEqual({ units: ['市政府辦公室:lead'], collectives: ['市級各有關部門'] });
    expect(roles('甲區、乙區人民政府負責').units).toEqual(['甲區:responsible', '乙區人民政府:responsible']);
    expect(readUnits('甲區、乙區人民政府負責').readings).toEqual(['甲區人民政府', null]);
  });

  it('keeps a remark after the last name apart, and makes the first-named unit the lead when it says so', () => {
    const r = readUnits('责任单位:市住建局、市财政局(列第一位者为牵头单位,下同)');
    expect(r.names).toEqual(['市住建局', '市财政局']);
    expect(r.roles).toEqual(['lead', 'responsible']);
    expect(r.collectives).toEqual(['(列第一位者为牵头单位,下同)']);
    expect(r.firstLeads).toBe('onward');
  });

  it('a prefix role still wins over words inside a name', () => {
    expect(roles('牵头单位：市住建局；配合单位：市财政局').units).toEqual(['市住建局:lead', '市财政局:support']);
  });
});

describe('findTrailingUnitList reads half-width brackets', () => {
  it('after a sentence, and never a bracket inside a sentence', () => {
    expect(findTrailingUnitList('做好排查。(市住建局负责)')?.names).toEqual(['市住建局']);
    expect(findTrailingUnitList('全年完成改造(含续建)')).toBeNull();
  });
});

describe('items numbered 1. under grouping headings (一), in traditional script (items-under-subheadings.txt)', () => {
  const file = 'tests/fixtures/plan/items-under-subheadings.txt';
  const { plan, issues } = parsePlan(readFileSync(file), file);

  it('takes the level that carries the unit lists for the items, numbering restarting under each heading, without errors', () => {
    expect(issues).toEqual([]);
    expect(plan?.title).toBe('某市穩就業若干措施實施方案');
    expect(plan?.parts.map((p) => [p.label, p.items.map((i) => i.label + i.shortTitle)])).toEqual([
      ['一、減輕企業負擔', ['1.落實社會保險費率政策', '2.減免殘疾人就業保障金', '1.發放一次性吸納就業補貼']],
      ['二、強化兜底保障', ['1.開發公益性崗位']],
    ]);
    expect(plan?.parts[0]?.paragraphs.map((p) => p.text)).toEqual(['(一)穩定就業崗位', '(二)支持企業吸納就業']);
  });

  it('reads each item’s units with their roles, a bare place sharing the next one’s 人民政府', () => {
    const items = plan?.parts.flatMap((p) => p.items) ?? [];
    expect(items.map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['市人社局:responsible', '市稅務局:responsible'],
      ['市殘聯:lead', '市財政局:support'],
      ['市人社局:lead', '市財政局:responsible', '各區人民政府:responsible'],
      ['甲區人民政府:responsible', '乙區人民政府:responsible'],
    ]);
    expect(items[3]?.units[0]).toMatchObject({ name: '甲區', reading: '甲區人民政府' });
    expect(plan?.units).toHaveLength(7);
  });

  it('keeps every character in order', () => {
    const source = readFileSync(file, 'utf8').replace(/\s/g, '');
    expect(planTextNodes(plan as Plan).join('').replace(/\s/g, '')).toBe(source);
  });

  it('keeps the levels as chosen when the items carry their lists themselves (the seed reads 12 items at （一）)', () => {
    const seed = parsePlan(readFileSync('seeds/000_37d43cbaf8be4606.txt'), 'seed.txt').plan;
    expect(seed?.parts.flatMap((p) => p.items).map((i) => i.label)[0]).toBe('（一）');
    expect(seed?.parts.flatMap((p) => p.items)).toHaveLength(12);
    expect(seed?.units).toHaveLength(18);
  });
});

describe('a 工作要点 with unbracketed unit lists inline (unit-lists-inline.txt)', () => {
  const file = 'tests/fixtures/plan/unit-lists-inline.txt';
  const plan = planOf(readFileSync(file), file);
  const items = plan.parts.flatMap((p) => p.items);

  it('reads each item’s units, roles and deadline from the list after its last sentence, and keeps its text', () => {
    expect(items.map((i) => i.units.map((u) => `${u.id}:${u.role ?? ''}`))).toEqual([
      ['县住建局:responsible', '县财政局:responsible'],
      ['县水务局:lead', '县住建局:support', '各乡镇人民政府:support'],
      ['县农业农村局:responsible'],
      ['县交通运输局:responsible', '各乡镇人民政府:responsible'],
    ]);
    expect(items.map((i) => i.deadline ?? null)).toEqual([null, '2025年12月底', null, null]);
    expect(items[2]?.body.map((b) => b.text)).toEqual(['完成10个村庄人居环境整治，各责任单位要明确专人负责。']);
    expect(items[1]?.unitsText).toBe('牵头单位：县水务局；配合单位：县住建局、各乡镇人民政府。完成时限：2025年12月底。');
  });

  it('keeps every character in order', () => {
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(readFileSync(file, 'utf8').replace(/\s/g, ''));
  });
});
