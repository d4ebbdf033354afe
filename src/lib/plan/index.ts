/** The plan parser: `parsePlan` (text or bytes → validated `Plan`) and `planTextNodes`. */
export { parsePlan, parsePlanText } from './parse';
export { listAttachments, listNoticeBlocks, listPartBlocks, planTextNodes, type PartBlock } from './text';
export type * from './types';
