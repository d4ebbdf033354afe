import { describe, expect, it } from 'vitest';
import { findTrailingUnitList, findUnclosedUnitList, resolveUnitIdentities, splitUnitList } from '../../../src/lib/plan/units';

describe('findTrailingUnitList', () => {
  it('matches brackets backwards, accepting 〔…〕, 〔…） and （…）', () => {
    for (const list of ['〔市住建局〕', '〔市住建局、市财政局）', '（市住建局，各县（市、区）人民政府）']) {
      expect(findTrailingUnitList(`做好工作。${list}`)).toMatchObject({ start: 5, text: list });
    }
  });

  it('does not take a document number in the body for the list', () => {
    const text = '按照《通知》（财税〔2013〕101号）执行。（市财政局、市税务局等市直有关部门）';
    expect(findTrailingUnitList(text)?.text).toBe('（市财政局、市税务局等市直有关部门）');
    expect(findTrailingUnitList('按照《通知》（财税〔2013〕101号）执行。')).toBeNull();
  });

  it('does not take a parenthesis inside a sentence for a list', () => {
    expect(findTrailingUnitList('落实到具体项目（含续建项目）')).toBeNull();
  });

  it('accepts a list that is the whole paragraph', () => {
    expect(findTrailingUnitList('〔市住建局〕')?.start).toBe(0);
  });
});

describe('findUnclosedUnitList', () => {
  it('finds a list opened and never closed', () => {
    expect(findUnclosedUnitList('做好工作。〔市住建局、市财政局')).toBe(5);
    expect(findUnclosedUnitList('做好工作。〔市住建局〕')).toBeNull();
    expect(findUnclosedUnitList('做好（工作。')).toBeNull();
  });
});

describe('splitUnitList', () => {
  it('splits at 、 and ， outside brackets', () => {
    expect(splitUnitList('〔市住建局，各县（市、区）人民政府、赣州经开区管委会〕')).toMatchObject({
      names: ['市住建局', '各县（市、区）人民政府', '赣州经开区管委会'],
      collectives: [],
    });
  });

  it('splits collective phrases off the unit before them', () => {
    expect(splitUnitList('〔市人防办等市直有关部门，农发行赣州分行等市直（驻市）有关部门〕')).toMatchObject({
      names: ['市人防办', '农发行赣州分行'],
      collectives: ['等市直有关部门', '等市直（驻市）有关部门'],
    });
    expect(splitUnitList('（市住建局、各有关单位）')).toMatchObject({ names: ['市住建局'], collectives: ['各有关单位'] });
  });

  it('drops the 责任单位： prefix from the names and reads 牵头/配合 segments', () => {
    expect(splitUnitList('〔责任单位：市发改委、市财政局〕').names).toEqual(['市发改委', '市财政局']);
    expect(splitUnitList('〔牵头单位：市住建局；配合单位：市财政局〕').names).toEqual(['市住建局', '市财政局']);
  });
});

describe('resolveUnitIdentities', () => {
  it('gives X and X人民政府 (or 政府, 管委会) one identity, the fullest form', () => {
    const ids = resolveUnitIdentities(['各县（市、区）', '市住建局', '各县（市、区）人民政府', '某某经开区管委会', '某某经开区']);
    expect(Object.fromEntries(ids)).toEqual({
      '各县（市、区）': '各县（市、区）人民政府',
      市住建局: '市住建局',
      '各县（市、区）人民政府': '各县（市、区）人民政府',
      某某经开区管委会: '某某经开区管委会',
      某某经开区: '某某经开区管委会',
    });
  });

  it('does not merge bodies that merely share a prefix', () => {
    const ids = resolveUnitIdentities(['市政府金融办', '市政府']);
    expect(ids.get('市政府金融办')).toBe('市政府金融办');
    expect(ids.get('市政府')).toBe('市政府');
  });
});
