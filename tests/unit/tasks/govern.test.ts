import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/lib/plan/types.ts';
import { orderUnitsByReach } from '../../../src/lib/plan/units.ts';
import { governingUnit, isCollectiveGovernment, isCountyGovernment } from '../../../src/lib/tasks/govern.ts';

const unit = (id: string, items: number[] = [1]): Unit => ({ id, aliases: [], slug: id, items });
const units = [unit('市住建局', [1, 2]), unit('各县（市、区）人民政府', [1, 2, 3]), unit('甲新区管委会'), unit('乙县人民政府'), unit('丙县发改局')];

describe('governingUnit', () => {
  it('governingUnit names a county’s own government when the plan names one after it', () => {
    expect(governingUnit('甲新区', units)).toEqual({ id: '甲新区管委会', slug: '甲新区管委会', own: true });
    expect(governingUnit('乙县', units)).toEqual({ id: '乙县人民政府', slug: '乙县人民政府', own: true });
  });

  it('governingUnit falls back to the collective county governments, never to another body named after the county', () => {
    expect(governingUnit('丙县', units)).toEqual({ id: '各县（市、区）人民政府', slug: '各县（市、区）人民政府', own: false });
    expect(governingUnit('丁县', [unit('市住建局')])).toBeNull();
  });

  it('tells county governments from departments', () => {
    expect(units.filter(isCountyGovernment).map((u) => u.id)).toEqual(['各县（市、区）人民政府', '甲新区管委会']);
    expect(units.filter(isCollectiveGovernment).map((u) => u.id)).toEqual(['各县（市、区）人民政府']);
  });
});

describe('orderUnitsByReach', () => {
  it('orderUnitsByReach puts the units named on most items first, ties in the plan’s order', () => {
    expect(orderUnitsByReach(units).map((u) => u.id)).toEqual(['各县（市、区）人民政府', '市住建局', '甲新区管委会', '乙县人民政府', '丙县发改局']);
  });
});
