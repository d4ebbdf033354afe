/**
 * The one escape for markup the site writes as text: SVG (charts, share cards), the Atom feed,
 * the sitemap and the embed snippet's HTML attributes.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`: safe as element text and in a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}
