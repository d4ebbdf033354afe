/** How the site names a plan's attachment: `附件1-1` (the label as the plan numbers it, no space). */
import type { AttachmentTable } from './types';

/** `附件1-1` for the attachment labelled `1-1`; `附件` alone for an unnumbered one. */
export function nameAttachment(attachment: Pick<AttachmentTable, 'label'>): string {
  return `附件${attachment.label}`;
}
