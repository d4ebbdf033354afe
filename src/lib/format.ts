/**
 * Numbers as Chinese readers expect them, written out by hand so that no ICU build or locale
 * setting can change a page: `4.53万` for large totals, `3,800` for counts of 套, `8.4%` for
 * shares. Rounding is half away from zero on exact decimal digits (integer arithmetic where the
 * input is an integer), so 15 360 → `1.54万` and 45 311 → `4.53万`. Files for download write a
 * count as plain digits ({@link formatPlainCount}), so that spreadsheets and code read a number.
 */

/** `1234567` → `1,234,567`; digits only, no sign. */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Rounds |value| × 10^digits half up to an integer, exactly for values with few decimals. */
function scaleRounded(value: number, digits: number): number {
  const text = String(Math.abs(value));
  // Shifting the decimal point in the text avoids 1.005 × 100 = 100.49999…
  return text.includes('e') ? Math.round(Math.abs(value) * 10 ** digits) : Math.round(Number(`${text}e${digits}`));
}

/** `value` with `digits` decimals and zh-CN grouping of the integer part: `12,345.60`. */
export function formatDecimal(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  const scaled = scaleRounded(value, digits);
  const text = scaled.toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const frac = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${value < 0 && scaled !== 0 ? '-' : ''}${groupDigits(whole)}${frac}`;
}

/** A count for reading, with zh-CN grouping (of 套, or of counties): `formatTao(3800)` → `3,800`. */
export function formatTao(value: number): string {
  return formatDecimal(value, 0);
}

/** A count as a file writes it, plain digits: `3800`. Anything but a non-negative safe integer is a bug upstream. */
export function formatPlainCount(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`invalid count: ${String(value)}`);
  }
  return String(value);
}

/** A large count in 万 with two decimals: `formatWan(45311)` → `4.53万`. */
export function formatWan(value: number, digits = 2): string {
  return `${formatDecimal(value / 10_000, digits)}万`;
}

/** A fraction as a percentage: `formatPercent(0.0839)` → `8.4%`; null → `—`. */
export function formatPercent(fraction: number | null, digits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  return `${formatDecimal(fraction * 100, digits)}%`;
}

/** `part` as a percentage of `whole`: `formatShare(3800, 45311)` → `8.4%`; `—` when whole is 0. */
export function formatShare(part: number, whole: number, digits = 1): string {
  if (whole === 0) return '—';
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0) {
    return formatPercent(part / whole, digits);
  }
  // Exact half-up rounding in integers: round(part × 10^(digits+2) / whole).
  const scale = 10n ** BigInt(digits + 2);
  const units = (2n * BigInt(part) * scale + BigInt(whole)) / (2n * BigInt(whole));
  return `${formatDecimal(Number(units) / 10 ** digits, digits)}%`;
}

/** `2023—2024年` for the years of the table (one year: `2023年`). */
export function formatYearSpan(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? `${first}年` : `${first}—${last}年`;
}
