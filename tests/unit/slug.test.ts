import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('gives the pinyin of all 20 counties of the attachment table, polyphones corrected', () => {
    const counties = {
      章贡区: 'zhanggongqu',
      赣州经开区: 'ganzhoujingkaiqu',
      赣州蓉江新区: 'ganzhourongjiangxinqu',
      南康区: 'nankangqu',
      赣县区: 'ganxianqu',
      信丰县: 'xinfengxian',
      大余县: 'dayuxian',
      上犹县: 'shangyouxian',
      崇义县: 'chongyixian',
      安远县: 'anyuanxian',
      龙南市: 'longnanshi',
      定南县: 'dingnanxian',
      全南县: 'quannanxian',
      兴国县: 'xingguoxian',
      宁都县: 'ningduxian',
      于都县: 'yuduxian',
      瑞金市: 'ruijinshi',
      会昌县: 'huichangxian',
      寻乌县: 'xunwuxian',
      石城县: 'shichengxian',
    };
    expect(Object.fromEntries(Object.keys(counties).map((name) => [name, slugify(name)]))).toEqual(counties);
  });

  it('reads the banks as hang, not xing', () => {
    expect(slugify('国开行江西分行赣州工作组')).toBe('guokaihangjiangxifenhangganzhougongzuozu');
    expect(slugify('农发行赣州分行')).toBe('nongfahangganzhoufenhang');
  });

  it('keeps ASCII letters and digits and drops punctuation', () => {
    expect(slugify('PPP 项目（2023）')).toBe('pppxiangmu2023');
  });
});

describe('assignSlugs', () => {
  it('numbers a repeated slug in list order', () => {
    expect([...assignSlugs(['市财政局', '十财政局', '市财政局'])]).toEqual([
      ['市财政局', 'shicaizhengju'],
      ['十财政局', 'shicaizhengju-2'],
    ]);
  });
});
