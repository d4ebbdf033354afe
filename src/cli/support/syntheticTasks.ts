/**
 * Synthetic task tables for benchmarks: N made-up counties (测试县0001 …) with integer targets
 * that pass validation — each county's 合计 is the sum of its years, completed ≤ started — and a
 * 合计 row. Deterministic: the same N gives the same bytes.
 */

/** The header of `data/tasks.csv`. */
export const TASKS_HEADER = '县（市、区）,合计开工,合计基本建成,2023年开工,2023年基本建成,2024年开工,2024年基本建成';

/** A small deterministic generator (mulberry32), so benchmark inputs never change between runs. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Returns the CSV text (UTF-8, LF) of a synthetic table with `count` counties.
 * @example generateTasksCsv(300).split('\n')[2] // '测试县0001,…'
 */
export function generateTasksCsv(count: number, seed = 20230101): string {
  const random = createRandom(seed + count);
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const rows: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    const started2023 = between(50, 3000);
    const started2024 = between(30, 2000);
    const completed2023 = between(0, started2023);
    const completed2024 = between(0, started2024);
    rows.push([started2023 + started2024, completed2023 + completed2024, started2023, completed2023, started2024, completed2024]);
  }
  const total = rows.reduce((sum, row) => sum.map((value, column) => value + (row[column] ?? 0)), [0, 0, 0, 0, 0, 0]);
  const width = Math.max(4, String(count).length);
  const lines = [
    TASKS_HEADER,
    `合计,${total.join(',')}`,
    ...rows.map((row, index) => `测试县${String(index + 1).padStart(width, '0')},${row.join(',')}`),
  ];
  return `${lines.join('\n')}\n`;
}
