/**
 * `array.push(...other)` passes every element as an argument: past about 120,000 elements it
 * overflows the stack (RangeError), which a large input file can reach. src/lib appends in a loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join('src', 'lib');

function spreadPushes(): string[] {
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((f) => {
    const file = path.join(LIB, f).split(path.sep).join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, i) => (/\.push\(\s*\.\.\./.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
  });
}

describe('src/lib appends without spreading', () => {
  it('no module of src/lib spreads an array into push', () => {
    expect(spreadPushes()).toEqual([]);
  });
});
