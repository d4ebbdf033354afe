/**
 * Splits a responsible-unit list, as issued, into runs of plain text and unit names, so a page can
 * show the list exactly as written with each name linking to its unit page.
 */
import type { Unit, UnitMention } from '../plan/types.ts';

export interface Segment {
  text: string;
  /** Set when the run is a unit's name: the unit's slug. */
  slug?: string;
}

/** `〔市住建局，各县（市、区）…〕` → plain `〔`, unit `市住建局`, plain `，`, … — nothing dropped. */
export function segmentUnitsText(unitsText: string, mentions: readonly UnitMention[], units: readonly Unit[]): Segment[] {
  const slugs = new Map(units.map((u) => [u.id, u.slug]));
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const at = unitsText.indexOf(mention.name, cursor);
    if (at < 0) continue;
    if (at > cursor) segments.push({ text: unitsText.slice(cursor, at) });
    segments.push({ text: mention.name, slug: slugs.get(mention.id) });
    cursor = at + mention.name.length;
  }
  if (cursor < unitsText.length) segments.push({ text: unitsText.slice(cursor) });
  return segments;
}
