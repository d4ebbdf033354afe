import { describe, expect, it } from 'vitest';
import { assignSlugs, assignStableSlugs, slugify } from '../../src/lib/slug';

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

describe('assignStableSlugs', () => {
  const published = [
    { name: '章贡区', slug: 'zhanggongqu' },
    { name: '南康区', slug: 'nankangqu' },
  ];

  it('keeps every published slug, whatever the order of the table', () => {
    expect([...assignStableSlugs(['南康区', '章贡区'], published)]).toEqual([
      ['南康区', 'nankangqu'],
      ['章贡区', 'zhanggongqu'],
    ]);
  });

  it('gives a homophone added above a published name the next free slug, not the published one', () => {
    expect(assignStableSlugs(['章工区', '章贡区'], published).get('章工区')).toBe('zhanggongqu-2');
    expect(assignStableSlugs(['章工区', '章贡区'], published).get('章贡区')).toBe('zhanggongqu');
  });

  it('skips every taken number, published or given earlier in the list', () => {
    const taken = [...published, { name: '彰贡区', slug: 'zhanggongqu-2' }];
    expect([...assignStableSlugs(['章工区', '张贡区'], taken)]).toEqual([
      ['章工区', 'zhanggongqu-3'],
      ['张贡区', 'zhanggongqu-4'],
    ]);
  });

  it('keeps a published slug reserved after its county left the table', () => {
    expect(assignStableSlugs(['章工区'], published).get('章工区')).toBe('zhanggongqu-2');
  });

  it('matches names as validation does: full-width characters and spaces do not make a new county', () => {
    expect(assignStableSlugs(['章 贡区'], published).get('章 贡区')).toBe('zhanggongqu');
  });

  it('with nothing published, gives what assignSlugs gives', () => {
    const names = ['市财政局', '十财政局', '章贡区'];
    expect([...assignStableSlugs(names, [])]).toEqual([...assignSlugs(names)]);
  });
});
