/**
 * The site serves the genre, not one file: other plans of the same kind (fixtures, never
 * published) render, and /plan/ shows exactly their text — a paragraph after a part's items stays
 * after them, closing paragraphs and attachment tables are shown, nothing is added or lost. Each
 * is rendered in-process as a plan-only site (a data folder without tasks.csv): a task table
 * belongs to one plan (src/lib/tasks/pairing.ts), and these plans have none of their own. A new
 * form of the genre is a fixture, a line in EXPECTED and, where it shows something new, a test.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAttachments } from '../../src/lib/plan/index.ts';
import { planOf } from '../helpers/inputs.ts';
import { zh } from '../../src/lib/words/site.ts';
import { renderSite, type RenderedSite } from '../helpers/render.ts';

/** What a careful reader finds in each fixture: the title, how many work items and units. */
const EXPECTED: Record<string, { title: string; items: number; units: number }> = {
  'items-without-units-restart-numbering.txt': { title: '某区城中村改造三年行动实施方案', items: 5, units: 3 },
  'page-break-in-unit-list.txt': { title: '某市保障性租赁住房筹集行动方案', items: 4, units: 7 },
  'numbering-arabic-items.txt': { title: '某市2024年老旧小区改造工作要点', items: 4, units: 6 },
  'numbering-half-width-brackets.txt': { title: '某县农村供水保障实施方案', items: 3, units: 3 },
  'numbering-inline-part-headings.txt': { title: '某市城镇燃气管道更新改造实施方案', items: 2, units: 3 },
  'numbering-single-level.txt': { title: '某市2024年民生实事项目实施方案', items: 3, units: 5 },
  'heading-unread.txt': { title: '某区既有住宅加装电梯工作方案', items: 2, units: 2 },
  'page-debris.txt': { title: '某市城市更新行动实施方案', items: 2, units: 5 },
  'hard-wrapped.txt': { title: '某县2024年城镇老旧小区改造工作要点', items: 2, units: 3 },
  'notice-wrapper.txt': { title: '某市城镇老旧小区改造三年行动方案（2024—2026年）', items: 2, units: 4 },
  'notice-after-news-lead.txt': { title: '某县2024年城乡环境整治工作要点', items: 3, units: 4 },
  'unit-roles-deadlines.txt': { title: '某市2023年城市更新重点任务实施方案', items: 3, units: 8 },
  'attachment-project-list.txt': { title: '某市2024年城市基础设施补短板工作方案', items: 2, units: 2 },
  'notice-untitled-half-width.txt': { title: '某市2024年城镇燃气安全整治工作要点', items: 3, units: 4 },
  'notice-plan-as-attachment.txt': { title: '某市2024年民生实事责任分解', items: 3, units: 6 },
  'notice-web-metadata.txt': { title: '某县农村生活污水治理三年行动方案(2024—2026年)', items: 2, units: 4 },
  'items-under-subheadings.txt': { title: '某市穩就業若干措施實施方案', items: 4, units: 7 },
  'attachment-several-tables.txt': { title: '某市2024年城市更新和棚户区改造工作方案', items: 2, units: 4 },
  'attachment-space-columns.txt': { title: '某县2024年城镇老旧小区改造工作方案', items: 2, units: 4 },
  'direct-issue-signed.txt': { title: '某市人民政府关于推进城镇老旧街区更新改造的实施意见', items: 4, units: 8 },
  'notice-names-untitled-plan.txt': { title: '某市2024年城市管理工作要点', items: 3, units: 4 },
  'unit-lists-inline.txt': { title: '某县2025年城乡建设重点工作要点', items: 4, units: 6 },
  'notice-points-contact.txt': { title: '某县2025年城镇燃气安全工作要点', items: 3, units: 5 },
  'table-only-breakdown.txt': { title: '2025年县政府重点工作任务分解表', items: 0, units: 0 },
};
const FIXTURES = Object.keys(EXPECTED);
const sites = new Map<string, RenderedSite>();
/** A data folder without a task table: its plan-meta.csv has no field filled. */
const PLAN_ONLY = 'tests/fixtures/site/plan-only';

// Every fixture's site, rendered once for all the tests below.
beforeAll(async () => {
  for (const name of FIXTURES) sites.set(name, await renderSite({ planFile: `tests/fixtures/plan/${name}`, dataDir: PLAN_ONLY }));
});
/** A rendered fixture's page, parsed afresh (tests may change it). */
const pageOf = (name: string, route: string): Document => (sites.get(name) as RenderedSite).page(route);

describe.each(FIXTURES)('a site rendered from %s', (name) => {
  const file = `tests/fixtures/plan/${name}`;

  it('shows exactly the text of the plan on /plan/, minus the lines its 整理说明 lists as removed', () => {
    const document = pageOf(name, 'plan/');
    const listed = [...document.querySelectorAll('details.cleanup li')].map((li) => ({ line: Number(li.getAttribute('data-line')), kind: li.getAttribute('data-kind') }));
    const plan = planOf(readFileSync(file), file);
    expect(listed).toEqual((plan.cleanup ?? []).map((c) => ({ line: c.line, kind: c.kind })));
    const removed = new Set(listed.filter((c) => c.kind !== 'joined').map((c) => c.line));
    const main = document.querySelector('main');
    main?.querySelectorAll('[data-chrome], .anchor, caption').forEach((el) => el.remove());
    const source = readFileSync(file, 'utf8').split('\n').filter((_, i) => !removed.has(i + 1)).join('\n');
    expect((main?.textContent ?? '').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });

  it('shows the plan’s title, its work items and its units as a careful reader finds them', () => {
    const document = pageOf(name, 'plan/');
    const expected = EXPECTED[name];
    expect(document.querySelector('h1')?.textContent).toBe(expected?.title);
    expect(document.querySelectorAll('main section.item')).toHaveLength(expected?.items ?? -1);
    const plan = planOf(readFileSync(file), file);
    expect(plan.units).toHaveLength(expected?.units ?? -1);
    const units = pageOf(name, 'units/');
    for (const unit of plan.units) expect(units.querySelector('main')?.textContent, unit.id).toContain(unit.id);
  });

  it('says plainly that no task table is published, and has no county, chart or table page', () => {
    const site = sites.get(name) as RenderedSite;
    const home = site.page('/');
    expect(home.querySelector('main')?.textContent).toContain(zh.planOnly.noTable);
    expect([...home.querySelectorAll('.site-nav a')].map((a) => a.textContent)).toEqual([zh.nav.home, zh.nav.plan, zh.nav.units, zh.nav.data]);
    const data = site.page('data/');
    expect(data.querySelector('main')?.textContent).toContain(zh.planOnly.noTable);
    // Nothing on /data/ names a file the site does not publish.
    for (const absent of ['all.zip', 'tasks.csv', 'datapackage.json']) expect(data.querySelector('main')?.textContent, absent).not.toContain(absent);
    expect(home.querySelector('.brand small')?.textContent).toBe(zh.planOnly.tagline);
    expect([...site.files.keys()].filter((f) => f.startsWith('data/')).sort()).toEqual(['data/SHA256SUMS', 'data/index.html', 'data/plan.json', 'data/plan.txt']);
    expect(site.bytes('data/plan.txt')).toEqual(new Uint8Array(readFileSync(`tests/fixtures/plan/${name}`)));
    for (const gone of ['counties', 'charts', 'embed', 'share', 'updates']) expect([...site.files.keys()].filter((f) => f.startsWith(`${gone}/`)), gone).toEqual([]);
    expect(site.file('plan/index.html')).not.toContain('class="cite"');
  });

  it('names every item column of the units grid once, by its place in the plan when the plan restarts its numbering', () => {
    const units = pageOf(name, 'units/');
    const columns = [...units.querySelectorAll('table.matrix thead th a')].map((a) => a.textContent);
    const items = planOf(readFileSync(file), file).parts.flatMap((p) => p.items);
    expect(columns).toHaveLength(items.length);
    expect(new Set(columns).size).toBe(columns.length);
    if (new Set(items.map((i) => i.label)).size === items.length) expect(columns).toEqual(items.map((i) => i.label));
    else expect(columns).toEqual(items.map((i) => zh.units.itemOrdinal(i.ordinal)));
  });

  it('has a page for every part, item and unit', () => {
    const site = sites.get(name) as RenderedSite;
    const plan = planOf(readFileSync(file), file);
    const routes = [
      ...plan.parts.map((p) => `plan/${p.number}`),
      ...plan.parts.flatMap((p) => p.items).map((i) => `plan/items/${i.ordinal}`),
      ...plan.units.map((u) => `units/${u.slug}`),
    ];
    for (const route of routes) expect(site.has(`${route}/index.html`), route).toBe(true);
  });
});

describe.each(['notice-wrapper.txt', 'notice-after-news-lead.txt', 'notice-points-contact.txt'])('the 印发通知 of %s on /plan/', (name) => {
  const file = `tests/fixtures/plan/${name}`;

  it('stands above the plan as issued, and its facts fill the metadata block with their source line', () => {
    const document = pageOf(name, 'plan/');
    const plan = planOf(readFileSync(file), file);
    const notice = document.querySelector('main section.notice');
    expect(notice?.querySelector('h2')?.textContent).toBe(plan.notice?.title);
    expect(document.querySelector('main p.plan-title')?.textContent).toBe(plan.title);
    const meta = [...document.querySelectorAll('.meta-block dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    const facts = [
      ['发布机构', plan.notice?.office],
      ['成文日期', plan.notice?.date],
      ['发文字号', plan.notice?.docNumber],
      ['公开方式', plan.notice?.openness],
    ] as const;
    for (const [field, fact] of facts) expect(meta, field).toContainEqual([field, `${fact?.text}（据原文第 ${fact?.line} 行）`]);
  });
});

const metaRows = (document: Document) => [...document.querySelectorAll('.meta-block dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);

describe.each(['direct-issue-signed.txt'])('an 实施意见 issued without a notice (%s) on /plan/', (name) => {
  it('shows its 文号 above the title and its signature after the text, as issued, and fills the metadata block from them', () => {
    const { document } = ({ document: pageOf(name, 'plan/') });
    expect(document.querySelector('main p.doc-number')?.textContent).toBe('某府发〔2025〕3号');
    expect(document.querySelector('main p.plan-title')?.textContent).toBe('某市人民政府关于推进城镇老旧街区更新改造的实施意见');
    expect([...document.querySelectorAll('main .signature p')].map((p) => p.textContent)).toEqual(['某市人民政府', '2025年2月18日', '（此件主动公开）']);
    const meta = metaRows(document);
    for (const row of [
      ['发布机构', '某市人民政府（据原文第 15 行）'],
      ['成文日期', '2025年2月18日（据原文第 16 行）'],
      ['发文字号', '某府发〔2025〕3号（据原文第 1 行）'],
      ['公开方式', '主动公开（据原文第 17 行）'],
    ]) expect(meta).toContainEqual(row);
    expect(document.querySelector('details.cleanup')).toBeNull();
  });

  it('shows a role given in brackets and a bare deadline on the item page, never as units', () => {
    const { document } = ({ document: pageOf(name, 'plan/items/4/') });
    const figure = document.querySelector('main figure.units-figure');
    expect([...(figure?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['市住建局（牵头）', '市民政局', '各县（市、区）党委和政府']);
    expect(figure?.querySelector('.deadline')?.textContent).toBe('完成时限：2025年底前完成');
  });
});

describe.each(['notice-names-untitled-plan.txt'])('a plan titled by its notice (%s) on /plan/', (name) => {
  it('names the title’s source line in the metadata block and shows no title line the plan does not have', () => {
    const { document } = ({ document: pageOf(name, 'plan/') });
    expect(document.querySelector('h1')?.textContent).toBe('某市2024年城市管理工作要点');
    expect(metaRows(document)[0]).toEqual([zh.planMeta.title, '某市2024年城市管理工作要点（据原文第 4 行）']);
    expect(document.querySelector('main p.plan-title')).toBeNull();
  });
});

describe.each(['table-only-breakdown.txt'])('a document that is only its table (%s)', (name) => {
  const page = (route: string) => pageOf(name, route);

  it('shows the notice and the table as issued, and says plainly that it lists no items or units', () => {
    expect([...page('plan').querySelectorAll('main table tbody tr')].map((tr) => tr.children[1]?.textContent)).toEqual([
      '改造城镇老旧小区12个',
      '新建口袋公园3个',
      '完成农村公路提质改造30公里',
    ]);
    expect(page('plan').querySelector('main section.notice h2')?.textContent).toBe('某县人民政府办公室关于印发2025年县政府重点工作任务分解表的通知');
    expect(page('units').querySelector('main .lede')?.textContent).toBe(zh.units.none(0));
    expect(page('units').querySelector('main table')).toBeNull();
    expect(page('').querySelector('main .lede')?.textContent).toBe(zh.planOnly.lede(undefined, 0));
    expect(zh.planOnly.lede(undefined, 0)).toBe('本站逐字发布方案全文及其附件表格。');
  });
});

describe.each(['unit-roles-deadlines.txt'])('units with roles in %s', (name) => {
  const file = `tests/fixtures/plan/${name}`;
  const page = (route: string) => pageOf(name, route);

  it('shows each unit’s role and the deadline on the item page, and how a shared suffix was read', () => {
    const item = page('plan/items/1').querySelector('main figure.units-figure');
    expect([...(item?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      '市住建局（牵头）',
      '章贡区人民政府（责任）',
      '南康区人民政府（责任）',
      '赣县区人民政府（责任）',
      '市财政局（配合）',
      '市发改委（配合）',
    ]);
    expect(item?.querySelector('.deadline')?.textContent).toBe('完成时限：2023年12月底前');
    expect([...(item?.querySelectorAll('.reading') ?? [])].map((p) => p.textContent)).toEqual([
      '「章贡区」与后一单位共用名称后缀，读作「章贡区人民政府」',
      '「南康区」与后一单位共用名称后缀，读作「南康区人民政府」',
    ]);
  });

  it('shows the role in each cell of the units index, and on the unit’s page', () => {
    const plan = planOf(readFileSync(file), file);
    const rows = [...page('units').querySelectorAll('table.matrix tbody tr')];
    const row = (id: string) => rows.find((r) => r.querySelector('th')?.textContent === id);
    const cells = (id: string) => [...(row(id)?.querySelectorAll('td') ?? [])].slice(1).map((td) => td.querySelector('.role')?.textContent ?? '');
    expect(cells('市住建局')).toEqual(['牵头', '配合', '']);
    expect(cells('章贡区人民政府')).toEqual(['责任', '', '责任']);
    const unit = plan.units.find((u) => u.id === '市住建局');
    expect([...page(`units/${unit?.slug}`).querySelectorAll('.unit-role')].map((p) => p.textContent)).toEqual([
      '本单位在此项中为牵头单位。',
      '本单位在此项中为配合单位。',
    ]);
  });
});

describe.each(['attachment-project-list.txt'])('the attachments of %s on /plan/', (name) => {
  it('are every one a table as issued, text cells and notes included', () => {
    const { document } = ({ document: pageOf(name, 'plan/') });
    const tables = [...document.querySelectorAll('main table')];
    expect(tables).toHaveLength(2);
    expect([...(tables[0]?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['1', '东环路改造', '路面改造3.2公里', '市住建局', '2024年9月'],
      ['2', '滨江路排水改造', '新建雨水管网1.5公里', '市城管局', '2024年12月'],
      ['3', '老城区背街小巷整治', '整治小巷20条', '甲区人民政府', '2024年11月'],
    ]);
    expect([...document.querySelectorAll('main .attachment-note')].map((p) => p.textContent)).toEqual(['注：项目以实际立项批复为准。', '注：片区范围以规划批复为准。']);
  });
});

describe.each(['attachment-several-tables.txt', 'attachment-space-columns.txt'])('every table of every attachment of %s on /plan/', (name) => {
  const file = `tests/fixtures/plan/${name}`;
  // Without what the site adds (e.g. today's figure beside the cross-checked table's issued one).
  const page = () => {
    const { document } = ({ document: pageOf(name, 'plan/') });
    document.querySelectorAll('main [data-chrome]').forEach((el) => el.remove());
    return document;
  };
  const cellsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

  it('is a table under its own sub-title and unit line, with its rows as issued and its notes under it', () => {
    const plan = planOf(readFileSync(file), file);
    const attachments = [...page().querySelectorAll('main section[id^="attachment"]')];
    expect(attachments.map((a) => a.querySelector('h2')?.textContent?.replace(/#$/, ''))).toEqual(listAttachments(plan).map((a) => a.title));
    listAttachments(plan).forEach((attachment, i) => {
      const section = attachments[i] as Element;
      const tables = attachment.tables ?? [attachment];
      expect([...section.querySelectorAll('table')].map((t) => t.querySelector('caption')?.textContent)).toEqual(
        tables.map((t) => (t.unit ? `${t.title}（单位：${t.unit}）` : t.title)),
      );
      expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(tables.filter((t) => attachment.tables && t.titleAsIssued).map((t) => t.title));
      tables.forEach((t, k) => {
        const table = section.querySelectorAll('table')[k] as Element;
        expect(cellsOf(table)).toEqual(t.rows.map((r) => (r.wrapped ? [r.name] : [...(r.serial === undefined ? [] : [r.serial]), r.name, ...(r.cells ?? [])])));
        // Reflow for phones: every cell of a row carries its column's label; header cells have a scope.
        expect(table.classList.contains('reflow')).toBe(true);
        expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope'))).toBe(true);
        const labelled = [...table.querySelectorAll('tbody tr:not(.wrapped) td')].map((td) => td.getAttribute('data-label'));
        expect(labelled.every((label) => typeof label === 'string'), t.title).toBe(true);
      });
      const notes = [...section.querySelectorAll('.attachment-note')].map((p) => p.textContent);
      expect(notes).toEqual(tables.flatMap((t) => (t.notes ?? []).map((n) => n.text)));
    });
  });

  it('shows the tables a careful reader finds', () => {
    const document = page();
    const tables = [...document.querySelectorAll('main table')];
    if (name === 'attachment-several-tables.txt') {
      expect([...document.querySelectorAll('main section[id^="attachment"] h3')].map((h) => h.textContent)).toEqual([
        '表1 片区改造任务',
        '表2 重点项目清单',
        '（一）棚户区改造任务',
        '（二）城中村改造任务',
      ]);
      expect(tables).toHaveLength(4);
      expect(cellsOf(tables[1] as Element)).toEqual([
        ['1', '甲区东片改造', '改造住房320户', '', '2024年10月'],
        ['2', '乙区北片改造', '改造住房180户', '', ''],
        ['3', '城西配套道路', '新建道路1.2公里', '市住建局', '2024年12月'],
      ]);
      expect([...(tables[2]?.querySelectorAll('thead th[scope="colgroup"]') ?? [])].map((th) => [th.textContent, th.getAttribute('colspan')])).toEqual([
        ['合计', '2'],
        ['2024年', '2'],
      ]);
      expect(tables[0]?.querySelector('tbody tr:last-child')?.className).toBe('total');
      // A 序号 column: its own header and cells, the names still the rows' headers.
      expect([...(tables[3]?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual(['序号', '地区', '2024年开工', '2024年基本建成']);
      expect(cellsOf(tables[3] as Element)).toEqual([
        ['1', '甲区', '120', '60'],
        ['2', '乙区', '80', '40'],
        ['', '合计', '200', '100'],
      ]);
      expect([...(tables[3]?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent)).toEqual(['甲区', '乙区', '合计']);
    } else {
      expect(tables).toHaveLength(2);
      expect([...(tables[0]?.querySelectorAll('thead th[scope="colgroup"]') ?? [])].map((th) => th.textContent)).toEqual(['2024年', '2025年']);
      const wrapped = tables[1]?.querySelector('tbody tr.wrapped td');
      expect([wrapped?.textContent, wrapped?.getAttribute('colspan')]).toEqual(['改造及化粪池清掏', '4']);
    }
  });
});
