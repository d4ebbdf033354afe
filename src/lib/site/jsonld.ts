/** JSON-LD for a `<script type="application/ld+json">` block, safe to place in HTML. */

/**
 * `JSON.stringify` with `<`, `>`, `&` and the JavaScript line separators U+2028/U+2029 written as
 * `\u…` escapes: a value can then never close the script element (`</script>`) or open a comment,
 * and the JSON it encodes is unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
