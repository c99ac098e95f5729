import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteName } from './title';

describe('the headline of a saved page, without the site name', () => {
  it('cuts the portal and channel names that <title> glues on', () => {
    expect(stripSiteName('315晚会曝光：某净水器品牌涉嫌虚假宣传-搜狐财经')).toBe('315晚会曝光：某净水器品牌涉嫌虚假宣传');
    expect(stripSiteName('北京二手房成交量连续三月回升_新浪房产_新浪网')).toBe('北京二手房成交量连续三月回升');
    expect(stripSiteName('多维博客 » 从一次断网看云服务的单点故障')).toBe('从一次断网看云服务的单点故障');
    expect(stripSiteName('Joel on Software - Things You Should Never Do, Part I')).toBe('Things You Should Never Do, Part I');
  });

  it('compares with og:site_name and the host', () => {
    expect(stripSiteName('腾讯混元大模型开源 | 量子位', '量子位')).toBe('腾讯混元大模型开源');
    expect(stripSiteName('苹果发布 M4 芯片 - 36氪', undefined, 'www.36kr.com')).toBe('苹果发布 M4 芯片');
    expect(stripSiteName('华为发布鸿蒙 NEXT — IT之家', 'IT之家')).toBe('华为发布鸿蒙 NEXT');
  });

  it('never splits a model name or a hyphenated word, and keeps a headline that has no site name', () => {
    expect(stripSiteName('GPT-4o 的多模态能力到底如何')).toBe('GPT-4o 的多模态能力到底如何');
    expect(stripSiteName('元宝为何掉队：腾讯大模型的组织难题')).toBe('元宝为何掉队：腾讯大模型的组织难题');
    expect(stripSiteName('Wi-Fi 7 路由器横评')).toBe('Wi-Fi 7 路由器横评');
  });

  it('prefers the headline printed on the page over og:title and <title>', () => {
    expect(
      chooseTitle({
        ogTitle: '【深度】某净水器品牌涉嫌虚假宣传',
        headings: ['搜狐财经', '某净水器品牌涉嫌虚假宣传', '相关推荐'],
        documentTitle: '某净水器品牌涉嫌虚假宣传-搜狐财经',
      }),
    ).toBe('某净水器品牌涉嫌虚假宣传');
  });

  it('falls back to og:title and then <title>, site name removed, when no heading matches', () => {
    expect(chooseTitle({ headings: ['新浪房产'], documentTitle: '北京二手房成交量连续三月回升_新浪房产_新浪网' })).toBe(
      '北京二手房成交量连续三月回升',
    );
    expect(chooseTitle({ ogTitle: '腾讯混元大模型开源', headings: [], documentTitle: '别的 - 量子位' })).toBe('腾讯混元大模型开源');
  });
});
