import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/lib/names.ts';

describe('normalizeName', () => {
  it('normalizeName folds full-width forms and drops every space, so spelling variants compare equal', () => {
    expect(normalizeName(' 甲\u3000县 ')).toBe('甲县');
    expect(normalizeName('２０２３年 开工')).toBe('2023年开工');
    expect(normalizeName('县（市、区）')).toBe('县(市、区)');
  });
});
