/**
 * An indicator's Chinese word renamed in src/lib/grid.ts (基本建成 → 竣工), one line changed, reaches
 * every table, chart and download that names the indicator, and nothing else. The module is
 * replaced by its own source with that one line edited (a module mock, so this file runs isolated:
 * tests/pages/**\/*.mock.test.ts), and the site of the issued table is rendered in-process.
 */
import { readFileSync } from 'node:fs';
import { transformWithEsbuild } from 'vite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderSite, type RenderedSite } from '../helpers/render.ts';

vi.mock('../../src/lib/grid.ts', async () => {
  // Inside the factory: vi.mock is hoisted above every other line of this file.
  const [grid, line] = ['src/lib/grid.ts', "completed: { word: '基本建成',"];
  const source = readFileSync(grid, 'utf8');
  const edited = source.replace(line, "completed: { word: '竣工',");
  if (edited === source) throw new Error(`${grid} no longer has the line «${line}»: rename it in this test too`);
  const { code } = await transformWithEsbuild(edited, grid);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
});

let renamed: RenderedSite;
beforeAll(async () => {
  renamed = await renderSite({ dataDir: 'tests/fixtures/site/issued' });
});

describe('an indicator renamed in src/lib/grid.ts (基本建成 → 竣工), one line changed', () => {
  it('shows the new word in every table, chart and download that names the indicator', () => {
    expect(renamed.file('counties/index.html')).toContain('<th scope="col" class="num">竣工</th>');
    expect(renamed.file('counties/zhanggongqu/index.html')).toContain('计划竣工');
    expect(renamed.file('charts/county-totals.svg')).toContain('竣工（每行下条）');
    expect(renamed.file('charts/year-totals.csv').split('\r\n')[0]).toBe('\uFEFF年份,开工（套）,竣工（套）');
    expect(renamed.file('data/tasks.csv').split('\r\n')[0]).toContain('2023年竣工');
    expect(renamed.file('index.html').replace(/<[^>]+>/g, '')).toContain('2023年竣工');
  });

  it('leaves the old word only where the plan’s own text says it', () => {
    expect(readFileSync('seeds/000_37d43cbaf8be4606.txt', 'utf8')).toContain('基本建成');
    const textPages = /^(plan\/|units\/|data\/plan\.(txt|json)$|index\.html$)/;
    const left = renamed
      .texts()
      .filter(([file]) => !textPages.test(file))
      .filter(([, text]) => text.includes('基本建成'))
      .map(([file]) => file);
    expect(left).toEqual([]);
  });
});
