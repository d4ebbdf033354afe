import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { characterPosition, findForbiddenCharacter, findUndecodableByte, formatCodePoint, showForbidden } from '../../src/lib/text.ts';

const kindOf = (text: string, allow?: string) => {
  const found = findForbiddenCharacter(text, allow);
  return found && `${found.index} ${formatCodePoint(found.codePoint)} ${found.kind}`;
};

describe('findForbiddenCharacter', () => {
  it('findForbiddenCharacter refuses format characters: bidi isolates and overrides, zero-width, soft hyphen, tags', () => {
    expect(
      ['\u2066', '\u2069', '\u202E', '\u061C', '\u00AD', '\u180E', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u{E0001}', '\u{E0041}'].map((ch) =>
        kindOf(`章贡${ch}区`),
      ),
    ).toEqual([
      '2 U+2066 format', '2 U+2069 format', '2 U+202E format', '2 U+061C format', '2 U+00AD format', '2 U+180E format',
      '2 U+200B format', '2 U+200D format', '2 U+2060 format', '2 U+FEFF format', '2 U+E0001 format', '2 U+E0041 format',
    ]);
  });

  it('findForbiddenCharacter refuses control, private-use, unassigned, surrogate and separator characters', () => {
    expect([kindOf('甲\u0007'), kindOf('甲\u0085'), kindOf('甲\uE000'), kindOf('甲\u{F0000}'), kindOf('甲\u0378'), kindOf('甲\uFFFF')]).toEqual([
      '1 U+0007 control', '1 U+0085 control', '1 U+E000 private-use', '1 U+F0000 private-use', '1 U+0378 unassigned', '1 U+FFFF unassigned',
    ]);
    expect([kindOf('甲\uD800乙'), kindOf('甲\u2028'), kindOf('甲\u2029'), kindOf('\u{E0000}')]).toEqual([
      '1 U+D800 surrogate', '1 U+2028 separator', '1 U+2029 separator', '0 U+E0000 unassigned',
    ]);
  });

  it('findForbiddenCharacter refuses look-alike fillers that NFKC keeps', () => {
    expect(['\u3164', '\u034F', '\u115F', '\u1160', '\uFFA0', '\u2800', '\uFE0F', '\u{E0100}'].map((ch) => kindOf(`县${ch}`))).toEqual([
      '1 U+3164 filler', '1 U+034F filler', '1 U+115F filler', '1 U+1160 filler', '1 U+FFA0 filler', '1 U+2800 filler', '1 U+FE0F filler', '1 U+E0100 filler',
    ]);
  });

  it('findForbiddenCharacter skips what the format allows, and accepts ordinary text', () => {
    expect(kindOf('一\t二\r\n三\f四', '\t\r\n\f')).toBeNull();
    expect(kindOf('一\t二', '\n')).toBe('1 U+0009 control');
    expect(kindOf('章贡区（含 3,800 套）、𠀋 ，。“”《》ＡＢＣ１２３ 　全角空格')).toBeNull();
  });

  it('findForbiddenCharacter accepts the issued plan (its tabs and line feeds allowed) and the task table as first published', () => {
    const plan = readFileSync('seeds/000_37d43cbaf8be4606.txt', 'utf8').replace(/^\uFEFF/, '');
    expect(findForbiddenCharacter(plan, '\t\r\n\f')).toBeNull();
    const tasks = readFileSync('tests/fixtures/site/issued/tasks.csv', 'utf8').replace(/^\uFEFF/, '');
    expect(findForbiddenCharacter(tasks, '\r\n')).toBeNull();
  });

  it('characterPosition counts code points; showForbidden masks every refused character', () => {
    expect(characterPosition('𠀋𠀋\u200B', 4)).toBe(3);
    expect(showForbidden('章贡\u2066\u2069区\u00AD')).toBe('章贡□□区□');
  });
});

describe('findUndecodableByte', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it('findUndecodableByte finds where a UTF-8 sequence is refused, at its first byte', () => {
    expect(findUndecodableByte(bytes('甲\n乙'), 'utf-8')).toBeNull();
    expect(findUndecodableByte(bytes('甲\n', [0xff], 'x'), 'utf-8')).toEqual({ offset: 4, text: '甲\n' });
    // A truncated three-byte sequence, an encoded surrogate, an overlong form and a cut end.
    expect(findUndecodableByte(bytes('甲', [0xe4, 0xb8], 'x'), 'utf-8')?.offset).toBe(3);
    expect(findUndecodableByte(bytes('甲', [0xed, 0xa0, 0x80], 'x'), 'utf-8')?.offset).toBe(3);
    expect(findUndecodableByte(bytes('ab', [0xe0, 0x80, 0x80]), 'utf-8')?.offset).toBe(2);
    expect(findUndecodableByte(bytes('ab', [0xe4, 0xb8]), 'utf-8')?.offset).toBe(2);
  });

  it('findUndecodableByte finds where GB18030 is refused', () => {
    // 章 in GBK is D5 C2; 0xFF never starts a GB18030 sequence.
    expect(findUndecodableByte(new Uint8Array([0xd5, 0xc2, 0x0a, 0x41, 0xff, 0x41]), 'gb18030')).toEqual({ offset: 4, text: '章\nA' });
  });
});
