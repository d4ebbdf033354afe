import { describe, expect, it } from 'vitest';
import { decodeTable } from '../../../src/lib/tasks/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(bytes: Uint8Array): string {
  const { decoded, issues } = decodeTable(bytes, 'x.csv');
  return decoded ? 'accepted' : issues.map((i) => i.code).join(',');
}

describe('decodeTable', () => {
  it('decodeTable reads UTF-8 without a BOM', () => {
    expect(decodeTable(utf8('县（市、区）\n'), 'x.csv').decoded).toEqual({ text: '县（市、区）\n', encoding: 'utf-8' });
  });

  it('decodeTable drops a UTF-8 BOM and says it was there', () => {
    expect(decodeTable(utf8('\uFEFF章贡区'), 'x.csv').decoded).toEqual({ text: '章贡区', encoding: 'utf-8-bom' });
  });

  it('decodeTable falls back to GB18030 for GBK bytes', () => {
    // 章贡区 in GBK: D5C2 B9B1 C7F8
    const gbk = new Uint8Array([0xd5, 0xc2, 0xb9, 0xb1, 0xc7, 0xf8]);
    expect(decodeTable(gbk, 'x.csv').decoded).toEqual({ text: '章贡区', encoding: 'gb18030' });
  });

  it('decodeTable rejects an empty or blank file', () => {
    expect(codeOf(new Uint8Array())).toBe('E_EMPTY');
    expect(codeOf(utf8('\uFEFF \r\n\r\n'))).toBe('E_EMPTY');
  });

  it('decodeTable rejects workbooks, UTF-16 and binaries by their first bytes', () => {
    expect(codeOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('E_NOT_CSV_XLSX');
    expect(codeOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('E_NOT_CSV_XLS');
    expect(codeOf(new Uint8Array([0xff, 0xfe, 0x3f, 0x00]))).toBe('E_UTF16');
    expect(codeOf(new Uint8Array([0xfe, 0xff, 0x00, 0x3f]))).toBe('E_UTF16');
    expect(codeOf(new Uint8Array([0x61, 0x00, 0x62]))).toBe('E_BINARY');
  });

  it('decodeTable rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(codeOf(new Uint8Array([0x61, 0xff, 0x62]))).toBe('E_ENCODING');
  });
});
