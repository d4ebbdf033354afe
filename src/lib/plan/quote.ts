/** Quoting bad text in issue messages. */

/** Shortens a quote for a message: at most `max` characters, the rest shown as `…`. */
export function quote(text: string, max = 24): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}
