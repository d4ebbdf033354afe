/**
 * The chart and derive functions cost what a page needs, not what the table holds: counted in
 * operations (reads of county fields, sort comparisons), never in wall-clock time, at 3,000 and at
 * 30,000 counties. A county page's chart reads about the same at both sizes; what is built once per
 * table grows with it tenfold, give or take a logarithm.
 */
import { describe, expect, it } from 'vitest';
import { countyStartsForYearChart, countyTotalsChart, renderChart, renderStandaloneSvg, type ChartSpec } from '../../../src/lib/charts';
import { groupTail } from '../../../src/lib/charts/rank';
import { renderChartSvgs } from '../../../src/lib/charts/render';
import { deriveTasks, type DerivedCounty, type DerivedTasks } from '../../../src/lib/tasks/derive';
import { CONTEXT, syntheticDerived, syntheticTable } from '../../fixtures/charts/tables';

const SMALL = 3_000;
const LARGE = 30_000;
/** County pages sampled at each size, all from the grouped tail (the case that used to walk it). */
const SAMPLE = 40;

/** The derived table with every county behind a proxy that counts reads of its fields. */
function counted(derived: DerivedTasks): { derived: DerivedTasks; reads: () => number } {
  let reads = 0;
  const proxies = new Map<DerivedCounty, DerivedCounty>();
  const wrap = (c: DerivedCounty): DerivedCounty => {
    let proxy = proxies.get(c);
    if (!proxy) {
      proxy = new Proxy(c, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      proxies.set(c, proxy);
    }
    return proxy;
  };
  const counties = derived.counties.map(wrap);
  return {
    derived: {
      ...derived,
      counties,
      bySlug: new Map([...derived.bySlug].map(([slug, c]) => [slug, wrap(c)])),
      order: new Map([...derived.order].map(([key, list]) => [key, list.map(wrap)])),
    },
    reads: () => reads,
  };
}

/** Reads of county fields: the first county page (building the table's running sums), then each further page. */
function countyPageReads(n: number): { first: number; perPage: number } {
  const { derived, reads } = counted(syntheticDerived(n));
  const tail = derived.counties.slice(-SAMPLE - 1).map((c) => c.slug);
  const before = reads();
  countyTotalsChart(derived, CONTEXT, { highlight: tail[0] });
  const first = reads() - before;
  const start = reads();
  for (const slug of tail.slice(1)) countyTotalsChart(derived, CONTEXT, { highlight: slug });
  return { first, perPage: (reads() - start) / SAMPLE };
}

/** Comparisons made by every sort while `run` runs. */
function countComparisons(run: () => void): number {
  const sort = Array.prototype.sort;
  let comparisons = 0;
  Array.prototype.sort = function <T>(this: T[], compare?: (a: T, b: T) => number): T[] {
    return sort.call(this, compare && ((a: T, b: T) => (comparisons++, compare(a, b)))) as T[];
  };
  try {
    run();
  } finally {
    Array.prototype.sort = sort;
  }
  return comparisons;
}

describe('a county page costs O(top N), not O(n)', () => {
  const small = countyPageReads(SMALL);
  const large = countyPageReads(LARGE);

  it('countyTotalsChart for a county far down the list reads about as much at 30,000 counties as at 3,000', () => {
    expect(small.perPage).toBeGreaterThan(0);
    // Without running sums each page walked the whole tail: ten times the reads at ten times the counties.
    expect(large.perPage / small.perPage).toBeLessThan(1.2);
    expect(large.perPage).toBeLessThan(LARGE / 10);
  });

  it('builds the running sums once per table, in linear time', () => {
    expect(large.first / small.first).toBeLessThan(12);
    expect(large.first).toBeGreaterThan(LARGE);
  });
});

describe('what is built once per table grows linearly (n log n for a sort)', () => {
  it('deriveTasks sorts with n log n comparisons, one sort per figure', () => {
    const [small, large] = [SMALL, LARGE].map((n) => {
      const table = syntheticTable(n);
      return countComparisons(() => deriveTasks(table));
    }) as [number, number];
    const nlogn = (LARGE * Math.log2(LARGE)) / (SMALL * Math.log2(SMALL));
    expect(large / small).toBeLessThan(nlogn * 1.25);
  });

  it('the city-wide charts read each county a bounded number of times', () => {
    const reads = [SMALL, LARGE].map((n) => {
      const { derived, reads: count } = counted(syntheticDerived(n));
      countyTotalsChart(derived, CONTEXT);
      countyStartsForYearChart(derived, 2023, CONTEXT);
      return count() / n;
    }) as [number, number];
    expect(reads[1] / reads[0]).toBeLessThan(1.2);
  });
});

describe('groupTail', () => {
  it('gives the same rows and sums as walking the tail, for every county of a table', () => {
    const derived = syntheticDerived(400);
    const sorted = derived.order.get('total:started') ?? [];
    const figures = (c: DerivedCounty) => c.total;
    for (const county of derived.counties) {
      const grouped = groupTail(sorted, figures, { highlight: county.slug });
      const index = sorted.indexOf(county);
      const tail = sorted.slice(30).filter((c) => c !== county);
      expect(grouped.rest).toBe(tail.length);
      expect(grouped.restStarted).toBe(tail.reduce((s, c) => s + c.total.started, 0));
      expect(grouped.restCompleted).toBe(tail.reduce((s, c) => s + c.total.completed, 0));
      expect(grouped.rows.map((r) => r.label)).toEqual([...sorted.slice(0, 30).map((c) => c.name), ...(index >= 30 ? [county.name] : []), `其余 ${tail.length} 个`]);
      expect(grouped.promoted).toBe(index >= 30 ? county.name : undefined);
    }
  });
});

describe('renderChartSvgs', () => {
  it('makes both SVG forms from one drawing, byte for byte those of renderChart and renderStandaloneSvg', () => {
    const derived = syntheticDerived(200);
    const specs: ChartSpec[] = [
      countyTotalsChart(derived, CONTEXT),
      countyTotalsChart(derived, CONTEXT, { highlight: derived.counties[150]?.slug }),
      countyStartsForYearChart(derived, 2024, CONTEXT),
    ];
    for (const spec of specs) expect(renderChartSvgs(spec)).toEqual({ inline: renderChart(spec), standalone: renderStandaloneSvg(spec) });
  });
});
