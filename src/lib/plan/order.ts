/**
 * Numbering checks: parts (一、二、三…) and work items (（一）（二）… or 1. 2. …) each in order, none repeated.
 * Items may run straight through the plan or start again at （一） in a new part.
 */
import { issueError, type Issue } from '../errors';
import { CODES, MESSAGES } from './messages';
import type { NumberingSystem } from './numbering';

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

/** Records a part heading and reports it when out of order or repeated. */
export function checkPartNumber(
  state: NumberingState,
  part: { number: number; label: string; line: number; system?: NumberingSystem },
  file: string,
  issues: Issue[],
): void {
  const previous = state.lastPart;
  const seen = state.parts.get(part.number);
  const expected = (previous?.number ?? 0) + 1;
  if (seen !== undefined) {
    issues.push(issueError(file, part.line, 1, CODES.partDuplicate, MESSAGES.partDuplicate(part.number, part.label, seen, part.system)));
  } else if (part.number !== expected) {
    const message = MESSAGES.partOrder(part.number, part.label, previous?.label ?? null, expected, part.system);
    issues.push(issueError(file, part.line, 1, CODES.partOrder, message));
  }
  if (seen === undefined) state.parts.set(part.number, part.line);
  state.lastPart = { number: part.number, label: part.label };
  state.partsSinceItem++;
}

/** Records a work-item label and reports it when out of order or repeated. */
export function checkItemNumber(
  state: NumberingState,
  item: { value: number; label: string; line: number; system?: NumberingSystem },
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
  if (seen !== undefined) {
    issues.push(issueError(file, item.line, 1, CODES.itemDuplicate, MESSAGES.itemDuplicate(item.value, item.label, seen)));
  } else if (item.value !== expected) {
    const message = MESSAGES.itemOrder(item.value, item.label, previous?.label ?? null, expected, item.system);
    issues.push(issueError(file, item.line, 1, CODES.itemOrder, message));
  }
  if (seen === undefined) state.items.set(item.value, item.line);
  state.lastItem = { value: item.value, label: item.label };
}

