/** The plan parser: `parsePlan` (text or bytes → validated `Plan`) and `planTextNodes`. */
export { parsePlan, parsePlanText } from './parse';
export { planTextNodes } from './text';
export type * from './types';
