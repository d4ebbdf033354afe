/**
 * `/updates/feed.xml`: an Atom feed (RFC 4287) with one entry per release, newest first, each
 * saying what changed figure by figure, as /updates/ does. Feed readers and newsrooms subscribe to
 * it to hear of a new release. Identifiers must be absolute IRIs and stay the same forever: with
 * SITE_URL they are the pages' URLs; without one, `urn:uuid:` identifiers derived from the
 * release's sealed row hash (data/releases.csv), so they too never change.
 */
import { figureLabel } from '../grid.ts';
import { formatTao } from '../format.ts';
import type { Release } from '../load/index.ts';
import type { SiteFacts } from '../meta/facts.ts';
import { isEmptyDiff, summarizeDiff } from '../releases/diff.ts';
import type { FigureChange } from '../tableDiff.ts';
import { sha256Hex } from '../releases/index.ts';
import { zh } from '../words/site.ts';
import type { SiteAddress } from '../config/index.ts';
import { escapeXml } from '../xml.ts';
import { linksOf, routes } from './paths.ts';

/** `章贡区 2024年开工 1,487 → 1,600`: one change as /updates/ and the feed write it. */
export function describeChange(change: FigureChange): string {
  const show = (v: number | null) => (v === null ? zh.updates.none : formatTao(v));
  return `${change.county} ${figureLabel(change.year, change.indicator)} ${show(change.from)} → ${show(change.to)}`;
}

/** What a release changed, in one paragraph of plain text: the note, the summary, each change. */
export function describeRelease(release: Pick<Release, 'note' | 'diff'>): string {
  const lines = [release.note];
  if (release.diff === null) lines.push(zh.updates.first);
  else if (isEmptyDiff(release.diff)) lines.push(zh.updates.unchanged);
  else lines.push(zh.updates.sincePrevious(summarizeDiff(release.diff)), ...release.diff.changes.map(describeChange));
  return lines.filter((l) => l !== '').join('\n');
}

/** `urn:uuid:…` from a SHA-256: the first 128 bits, marked as a name-based UUID (version 5 layout). */
export function uuidUrn(seed: string): string {
  const hex = sha256Hex(seed).slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


/** A release date as an Atom timestamp: midnight in Beijing, where releases are dated. */
function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export interface FeedInput {
  facts: SiteFacts;
  /** Newest first, as the site keeps them; at least one. */
  releases: readonly Release[];
  /** Where the site is served: feed ids are its page URLs when it has an address. */
  address: SiteAddress;
}

/** The feed's XML. Same inputs, same bytes: no build time appears in it. */
export function writeAtomFeed({ facts, releases, address }: FeedInput): string {
  const newest = releases[0];
  if (!newest) throw new RangeError('a feed needs at least one release');
  const { absolute, url: link } = linksOf(address);
  const oldest = releases.at(-1) ?? newest;
  const feedId = absolute(routes.feed()) ?? uuidUrn(`feed:${oldest.rowSha256}`);
  const entry = (r: Release) => {
    const page = `${routes.updates()}#release-${r.version}`;
    const id = absolute(page) ?? uuidUrn(`release:${r.rowSha256}`);
    return [
      '  <entry>',
      `    <id>${escapeXml(id)}</id>`,
      `    <title>${escapeXml(zh.feed.entryTitle(r.version, r.date))}</title>`,
      `    <updated>${atomDate(r.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link(page))}"/>`,
      `    <link rel="enclosure" type="text/csv" title="${escapeXml(zh.updates.download(r.version))}" href="${escapeXml(link(routes.releaseCsv(r.version)))}"/>`,
      `    <content type="text">${escapeXml(describeRelease(r))}</content>`,
      '  </entry>',
    ];
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feedId)}</id>`,
    `  <title>${escapeXml(zh.feed.title(facts.name))}</title>`,
    `  <subtitle>${escapeXml(zh.feed.subtitle(facts.sourceLabel))}</subtitle>`,
    `  <updated>${atomDate(newest.date)}</updated>`,
    `  <author><name>${escapeXml(facts.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(link(routes.feed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(link(routes.updates()))}"/>`,
    ...releases.flatMap(entry),
    '</feed>',
    '',
  ].join('\n');
}
