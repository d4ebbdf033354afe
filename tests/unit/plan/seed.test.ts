import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTextNodes, type Plan, type WorkItem } from '../../../src/lib/plan';
import { planOf } from '../../helpers/inputs.ts';

const SEED = 'seeds/000_37d43cbaf8be4606.txt';
const bytes = readFileSync(SEED);
const plan: Plan = planOf(bytes, SEED);
const items: WorkItem[] = plan.parts.flatMap((p) => p.items);
const item = (n: number): WorkItem => {
  const found = items.find((i) => i.ordinal === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};
const GOVS = ['各县（市、区）人民政府', '赣州经开区管委会', '赣州蓉江新区管委会'];

describe('parsePlan on the issued seed', () => {
  it('keeps every character of the source, in order (fidelity)', () => {
    expect(planTextNodes(plan).join('').replace(/\s/g, '')).toBe(bytes.toString('utf8').replace(/\s/g, ''));
  });

  it('reads the title and the preamble', () => {
    expect(plan.title).toBe('赣州市城市棚户区改造攻坚行动方案');
    expect(plan.preamble).toHaveLength(1);
    expect(plan.preamble[0]?.text).toMatch(/^棚户区改造是重大的民生工程和发展工程。.*特制定本行动方案。$/);
    expect(plan.preamble[0]?.line).toBe(5);
  });

  it('reads four parts with number, numeral, label, title and paragraphs', () => {
    expect(plan.parts.map((p) => [p.number, p.numeral, p.label, p.title, p.line])).toEqual([
      [1, '一', '一、总体要求', '总体要求', 7],
      [2, '二', '二、目标任务', '目标任务', 11],
      [3, '三', '三、重点工作', '重点工作', 15],
      [4, '四', '四、有关要求', '有关要求', 41],
    ]);
    expect(plan.parts.map((p) => p.paragraphs.length)).toEqual([1, 1, 0, 0]);
    expect(plan.parts.map((p) => p.items.map((i) => i.ordinal))).toEqual([[], [], [1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12]]);
  });

  it('reads twelve items with ordinal, numeral, label and short title', () => {
    expect(items.map((i) => [i.ordinal, i.numeral, i.label, i.shortTitle])).toEqual([
      [1, '一', '（一）', '细化编制行动方案'],
      [2, '二', '（二）', '优化完善安置政策'],
      [3, '三', '（三）', '加快项目前期工作'],
      [4, '四', '（四）', '确保建设用地供应'],
      [5, '五', '（五）', '落实财税支持政策'],
      [6, '六', '（六）', '加大金融支持力度'],
      [7, '七', '（七）', '吸引社会投资参与'],
      [8, '八', '（八）', '争取政府资金支持'],
      [9, '九', '（九）', '加强组织领导'],
      [10, '十', '（十）', '加强监督检查'],
      [11, '十一', '（十一）', '注重质量监管'],
      [12, '十二', '（十二）', '营造良好氛围'],
    ]);
    expect(item(1).heading).toBe('细化编制行动方案。');
    expect(item(1).body).toEqual([{ text: expect.stringMatching(/^各地要编制完成.*全面开工。$/), line: 17 }]);
  });

  it('heals page breaks by rule: 市发|改委, 下|浮10-20BP, 一般公共预算、|政府性基金预算', () => {
    expect(item(3).unitsText).toContain('市发改委、市自然资源局');
    expect(item(6).body[0]?.text).toContain('给予进一步下浮10-20BP 的优惠。');
    expect(item(8).body[0]?.text).toContain('通过一般公共预算、政府性基金预算、国有资本经营预算');
    expect(items.every((i) => i.body.length === 1)).toBe(true);
  });

  it('keeps spaces inside a line as issued', () => {
    expect(item(7).body[0]?.text).toContain('委托代建、PPP 等多种方式');
  });

  it('gives the unit lists standing in their own paragraph to the item before (（六）, （十二）)', () => {
    expect(item(6).unitsText).toMatch(/^〔市政府金融办、.*赣州蓉江新区管委会〕$/);
    expect(item(12).unitsText).toMatch(/^〔市城市住房服务中心、.*赣州蓉江新区管委会〕$/);
    expect(item(12).body[0]?.text).toMatch(/营造良好社会氛围。$/);
  });

  it('keeps each unit list verbatim, 〔…〕, 〔…） and （…） alike', () => {
    expect(item(1).unitsText).toBe('〔各县（市、区）人民政府、赣州经开区管委会、赣州蓉江新区管委会〕');
    expect(item(3).unitsText).toBe(
      '〔市城市住房服务中心、市发改委、市自然资源局、市行政审批局、市生态环境局、市住建局、市司法局、市人防办等市直有关部门，各县（市、区）人民政府、赣州经开区管委会、赣州蓉江新区管委会）',
    );
    expect(item(4).unitsText).toBe('（市自然资源局、市财政局等市直有关部门，各县（市、区）人民政府、赣州经开区管委会、赣州蓉江新区管委会）');
    expect(items.every((i) => i.unitsText !== null)).toBe(true);
  });

  it('does not take the 财税〔2013〕101号 in the body of （五） for the unit list', () => {
    expect(item(5).body[0]?.text).toMatch(/《关于棚户区改造有关税收政策的通知》（财税〔2013〕101号）执行。$/);
    expect(item(5).unitsText).toMatch(/^（市财政局、/);
  });

  it('splits every unit list into units and collectives', () => {
    const names = (i: WorkItem) => i.units.map((u) => u.name);
    expect(names(item(1))).toEqual(GOVS);
    expect(names(item(2))).toEqual(GOVS);
    expect(names(item(3))).toEqual([
      '市城市住房服务中心', '市发改委', '市自然资源局', '市行政审批局', '市生态环境局', '市住建局', '市司法局', '市人防办', ...GOVS,
    ]);
    expect(names(item(4))).toEqual(['市自然资源局', '市财政局', ...GOVS]);
    expect(names(item(5))).toEqual(['市财政局', '市发改委', '市城市住房服务中心', '市税务局', ...GOVS]);
    expect(names(item(6))).toEqual([
      '市政府金融办', '市发改委', '市城市住房服务中心', '人民银行赣州市中心支行', '赣州银保监分局', '国开行江西分行赣州工作组', '农发行赣州分行', ...GOVS,
    ]);
    expect(names(item(7))).toEqual(['市城市住房服务中心', '市发改委', '市财政局', '市自然资源局', ...GOVS]);
    expect(names(item(8))).toEqual(['市财政局', '市发改委', '市城市住房服务中心', ...GOVS]);
    expect(names(item(9))).toEqual(['市城市住房服务中心', '市发改委', '市财政局', ...GOVS]);
    expect(names(item(10))).toEqual(['市城市住房服务中心', '市发改委', '市财政局', '各县（市、区）', '赣州经开区管委会', '赣州蓉江新区管委会']);
    expect(names(item(11))).toEqual(['市住建局', ...GOVS]);
    expect(names(item(12))).toEqual(['市城市住房服务中心', '市发改委', '市财政局', ...GOVS]);
    expect(items.map((i) => i.collectives)).toEqual([
      [], [], ['等市直有关部门'], ['等市直有关部门'], ['等市直有关部门'], ['等市直（驻市）有关部门'], ['等市直有关部门'], ['等市直有关部门'], [], [], [], ['等市直有关部门'],
    ]);
  });

  it('gives 各县（市、区） in （十） the identity of 各县（市、区）人民政府', () => {
    expect(item(10).units[3]).toEqual({ name: '各县（市、区）', id: '各县（市、区）人民政府' });
    const govs = plan.units.find((u) => u.id === '各县（市、区）人民政府');
    expect(govs?.aliases).toEqual(['各县（市、区）']);
    expect(govs?.items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('pins every unit of the plan: id, slug and items', () => {
    expect(plan.units.map((u) => [u.id, u.slug, u.items.join(',')])).toEqual([
      ['各县（市、区）人民政府', 'gexianshiqurenminzhengfu', '1,2,3,4,5,6,7,8,9,10,11,12'],
      ['赣州经开区管委会', 'ganzhoujingkaiquguanweihui', '1,2,3,4,5,6,7,8,9,10,11,12'],
      ['赣州蓉江新区管委会', 'ganzhourongjiangxinquguanweihui', '1,2,3,4,5,6,7,8,9,10,11,12'],
      ['市城市住房服务中心', 'shichengshizhufangfuwuzhongxin', '3,5,6,7,8,9,10,12'],
      ['市发改委', 'shifagaiwei', '3,5,6,7,8,9,10,12'],
      ['市自然资源局', 'shiziranziyuanju', '3,4,7'],
      ['市行政审批局', 'shixingzhengshenpiju', '3'],
      ['市生态环境局', 'shishengtaihuanjingju', '3'],
      ['市住建局', 'shizhujianju', '3,11'],
      ['市司法局', 'shisifaju', '3'],
      ['市人防办', 'shirenfangban', '3'],
      ['市财政局', 'shicaizhengju', '4,5,7,8,9,10,12'],
      ['市税务局', 'shishuiwuju', '5'],
      ['市政府金融办', 'shizhengfujinrongban', '6'],
      ['人民银行赣州市中心支行', 'renminyinhangganzhoushizhongxinzhihang', '6'],
      ['赣州银保监分局', 'ganzhouyinbaojianfenju', '6'],
      ['国开行江西分行赣州工作组', 'guokaihangjiangxifenhangganzhougongzuozu', '6'],
      ['农发行赣州分行', 'nongfahangganzhoufenhang', '6'],
    ]);
    expect(plan.units.filter((u) => u.aliases.length > 0).map((u) => u.id)).toEqual(['各县（市、区）人民政府']);
  });

  it('reads the headline figures of 二、目标任务 as exact numbers in 套', () => {
    expect(plan.headline.map((f) => [f.text, f.value, f.indicator, f.year, f.line])).toEqual([
      ['4.53万套', 45300, 'started', null, 13],
      ['2.06万套', 20600, 'completed', null, 13],
      ['2.99万套', 29900, 'started', 2023, 13],
      ['0.87万套', 8700, 'completed', 2023, 13],
      ['1.54万套', 15400, 'started', 2024, 13],
      ['1.19万套', 11900, 'completed', 2024, 13],
    ]);
  });

  it('reads the attachment list', () => {
    expect(plan.attachmentList).toEqual({
      text: '附件：1-1. 全市各县（市、区）城市棚户区改造攻坚行动任务表',
      entries: [{ label: '1-1', title: '全市各县（市、区）城市棚户区改造攻坚行动任务表' }],
      line: 53,
    });
    expect(plan.closing).toEqual([]);
  });

  it('reads attachment 1-1: label, healed title, unit and the two-row header', () => {
    const table = plan.attachment;
    expect(table).not.toBeNull();
    expect(plan.attachments).toHaveLength(1);
    expect(table?.label).toBe('1-1');
    expect(table?.labelText).toBe('附件 1-1');
    expect(table?.title).toBe('全市各县（市、区）城市棚户区改造攻坚行动任务表');
    expect(table?.titleAsIssued).toBe('全市各县（市、区）城市棚户区 改造攻坚行动任务表');
    expect(table?.unit).toBe('套（户）');
    expect(table?.keyHeader).toBe('县（市、区）');
    expect(table?.line).toBe(55);
    expect(table?.columns).toEqual([
      { group: '合计', year: null, indicator: 'started', label: '合计开工' },
      { group: '合计', year: null, indicator: 'completed', label: '合计基本建成' },
      { group: '2023年', year: 2023, indicator: 'started', label: '2023年开工' },
      { group: '2023年', year: 2023, indicator: 'completed', label: '2023年基本建成' },
      { group: '2024年', year: 2024, indicator: 'started', label: '2024年开工' },
      { group: '2024年', year: 2024, indicator: 'completed', label: '2024年基本建成' },
    ]);
  });

  it('reads the 21 rows of attachment 1-1, the 合计 row first', () => {
    const rows = plan.attachment?.rows ?? [];
    expect(rows.map((r) => r.name)).toEqual([
      '合计', '章贡区', '赣州经开区', '赣州蓉江新区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县',
      '龙南市', '定南县', '全南县', '兴国县', '宁都县', '于都县', '瑞金市', '会昌县', '寻乌县', '石城县',
    ]);
    expect(rows[0]).toMatchObject({ values: [45311, 20600, 29951, 8700, 15360, 11900], line: 63 });
    expect(rows[3]).toMatchObject({ name: '赣州蓉江新区', values: [5804, 2921, 5804, 1686, 0, 1235], line: 66 });
    expect(rows[20]).toMatchObject({ name: '石城县', values: [808, 434, 314, 91, 494, 343], line: 83 });
    expect(rows.every((r) => r.values.length === 6)).toBe(true);
  });

  it('parses the same plan from a string, with a BOM and with CRLF line ends', () => {
    const text = bytes.toString('utf8');
    const again = planOf(`\uFEFF${text.replace(/\n/g, '\r\n')}`, SEED);
    expect(again).toEqual(plan);
  });
});
