/** Calendar dates as the site writes them: `YYYY-MM-DD`, in Asia/Shanghai. */

/** Today's date `YYYY-MM-DD` in Asia/Shanghai (UTC+8 all year: China keeps no daylight saving time). */
export function todayInShanghai(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** `true` for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}
