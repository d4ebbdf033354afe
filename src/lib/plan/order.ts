/**
 * Numbering checks: parts 一、二、三… and work items （一）（二）… each in order, none repeated.
 * Items may run straight through the plan or start again at （一） in a new part.
 */
import { issueError, type Issue } from '../errors';
import { formatChineseNumeral } from './numerals';

/** What the checks remember between headings. */
export interface NumberingState {
  lastPart: { number: number; label: string } | null;
  /** Part number → line where it first appeared. */
  parts: Map<number, number>;
  lastItem: { value: number; label: string } | null;
  /** Item number → line where it first appeared (in the current run of numbering). */
  items: Map<number, number>;
  /** Parts started since the last item, to allow numbering to restart at （一）. */
  partsSinceItem: number;
}

const ITEM_ORDER_HINT = '请按（一）（二）（三）的顺序编号。';
const PART_ORDER_HINT = '请按一、二、三、的顺序编号。';

/** Records a part heading and reports it when out of order or repeated. */
export function checkPartNumber(
  state: NumberingState,
  part: { number: number; label: string; line: number },
  file: string,
  issues: Issue[],
): void {
  const previous = state.lastPart;
  const seen = state.parts.get(part.number);
  const expected = (previous?.number ?? 0) + 1;
  const ordinal = `第${formatChineseNumeral(part.number)}部分「${part.label}」`;
  if (seen !== undefined) {
    const message = `${ordinal}重复出现，第${seen}行已有编号「${formatChineseNumeral(part.number)}、」：请删除重复的部分或改正编号。`;
    issues.push(issueError(file, part.line, 1, 'E_PART_DUPLICATE', message));
  } else if (part.number !== expected) {
    const after = previous ? `出现在「${previous.label}」之后` : '是第一个部分';
    const missing = part.number > expected ? `，缺少${listMissing(expected, part.number, (n) => `「${formatChineseNumeral(n)}、」`)}` : '';
    issues.push(issueError(file, part.line, 1, 'E_PART_ORDER', `${ordinal}${after}${missing}：${PART_ORDER_HINT}`));
  }
  if (seen === undefined) state.parts.set(part.number, part.line);
  state.lastPart = { number: part.number, label: part.label };
  state.partsSinceItem++;
}

/** Records a work-item label and reports it when out of order or repeated. */
export function checkItemNumber(
  state: NumberingState,
  item: { value: number; label: string; line: number },
  file: string,
  issues: Issue[],
): void {
  if (item.value === 1 && state.lastItem && state.partsSinceItem > 0) {
    state.items = new Map();
    state.lastItem = null;
  }
  state.partsSinceItem = 0;
  const previous = state.lastItem;
  const seen = state.items.get(item.value);
  const expected = (previous?.value ?? 0) + 1;
  const ordinal = `第${formatChineseNumeral(item.value)}项「${item.label}」`;
  if (seen !== undefined) {
    const message = `${ordinal}重复出现，第${seen}行已有「${item.label}」：请删除重复的一项或改正编号。`;
    issues.push(issueError(file, item.line, 1, 'E_ITEM_DUPLICATE', message));
  } else if (item.value !== expected) {
    const after = previous ? `出现在「${previous.label}」之后` : '是第一项';
    const missing = item.value > expected ? `，缺少${listMissing(expected, item.value, (n) => `「（${formatChineseNumeral(n)}）」`)}` : '';
    issues.push(issueError(file, item.line, 1, 'E_ITEM_ORDER', `${ordinal}${after}${missing}：${ITEM_ORDER_HINT}`));
  }
  if (seen === undefined) state.items.set(item.value, item.line);
  state.lastItem = { value: item.value, label: item.label };
}

/** `「（二）」` or `「（二）」「（三）」` or `「（二）」至「（九）」`. */
function listMissing(from: number, to: number, show: (n: number) => string): string {
  const count = to - from;
  if (count > 3) return `${show(from)}至${show(to - 1)}`;
  return Array.from({ length: count }, (_, i) => show(from + i)).join('');
}
