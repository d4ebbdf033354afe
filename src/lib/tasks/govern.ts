/**
 * Which responsible unit governs a county in the plan. A unit named after the county with a
 * government's suffix (`甲县人民政府`, `乙新区管委会`) is its own government; otherwise the plan's
 * collective unit for all county governments (`各县（市、区）人民政府`) stands for it. One rule,
 * used by derive (county → unit) and by the pages that link a unit to its counties.
 */
import type { Unit } from '../plan/types.ts';
import { GOVERNMENT_SUFFIX } from '../plan/units.ts';

/** A county's government as the plan names it. */
export interface GoverningUnit {
  /** The unit's identity (canonical name). */
  id: string;
  slug: string;
  /** True when the unit is named after this county; false for the collective unit. */
  own: boolean;
}

/** The whole rest of a unit's name after a county's name is a government's suffix. */
const ONLY_SUFFIX = new RegExp(`^${GOVERNMENT_SUFFIX.source}`);
/** `各县（市、区）人民政府`, `各县（区）`: every county's government at once. */
const COLLECTIVE_GOVERNMENTS = /^各县/;

/** True when the unit stands for every county's government at once. */
export function isCollectiveGovernment(unit: Pick<Unit, 'id'>): boolean {
  return COLLECTIVE_GOVERNMENTS.test(unit.id);
}

/** True when the unit is a county-level government: the collective one or one named after a place. */
export function isCountyGovernment(unit: Pick<Unit, 'id'>): boolean {
  return isCollectiveGovernment(unit) || /(?:管理委员会|管委会)$/.test(unit.id);
}

/** The unit that governs the county named `name`, or null when the plan names none. */
export function governingUnit(name: string, units: readonly Unit[]): GoverningUnit | null {
  const own = units.find((u) => u.id.startsWith(name) && ONLY_SUFFIX.test(u.id.slice(name.length)));
  if (own) return { id: own.id, slug: own.slug, own: true };
  const collective = units.find(isCollectiveGovernment);
  return collective ? { id: collective.id, slug: collective.slug, own: false } : null;
}
