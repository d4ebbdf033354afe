import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/site/jsonld.ts';
import { findUnsafeMarkup } from '../../../src/lib/site/postcheck.ts';

describe('serializeJsonLd', () => {
  it('serializeJsonLd escapes what could end the script element, and the JSON reads back the same', () => {
    const value = { name: '甲</script><img src=x onerror=alert(1)>&\u2028乙' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('findUnsafeMarkup', () => {
  it('accepts what the site writes: text, tables, inline SVG and a JSON-LD block', () => {
    expect(findUnsafeMarkup('<p>&lt;script&gt;甲</p><svg role="img"><g><text>1</text></g></svg><script type="application/ld+json">{}</script>')).toEqual([]);
  });

  it('finds a script in any letter case, an element the site never writes, event handlers and javascript: links', () => {
    expect(findUnsafeMarkup('<SCRIPT>alert(1)</SCRIPT>')).toEqual(['含有可执行脚本（本站页面不应依赖 JavaScript）']);
    expect(findUnsafeMarkup('<img src=x>')).toEqual(['含有本站不会写出的元素 <img>']);
    expect(findUnsafeMarkup('<p ONCLICK="x()">')).toEqual(['含有事件属性：<p ONCLICK="x()">']);
    expect(findUnsafeMarkup('<a href=" javascript:alert(1)">')).toEqual(['含有 javascript: 链接：<a href=" javascript:alert(1)">']);
    expect(findUnsafeMarkup('<svg><foreignObject></foreignObject></svg>')).toEqual(['含有本站不会写出的元素 <foreignobject>']);
  });
});
