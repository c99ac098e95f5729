import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { isPager } from './page-cleanup';

const FILE = 'fixtures/extraction/portal-saved.html';
const portal = (disabledCleanups?: string[]) =>
  previewImport({ fileName: 'portal-saved.html', bytes: readFileSync(FILE), lang: 'zh-CN', options: disabledCleanups ? { disabledCleanups } : {} });

describe('cleaning a saved portal page beyond Readability', () => {
  it('comes in under its headline with the source, publisher, date and editor found on the page', async () => {
    const p = await portal();
    expect(p.content.title).toBe('腾讯开源混元Large：389B参数的MoE模型');
    expect(p.content.source).toEqual({
      url: 'https://tech.sina.com.cn/it/2024-11-05/doc-inczhyxk1234.shtml',
      publisher: '新浪科技',
      editor: '刘明亮',
      publishedAt: '2024-11-05T10:32',
      fileName: 'portal-saved.html',
    });
  });

  it('drops the pager, the print bar, the related links and the SMS ad, each counted in the preview', async () => {
    const p = await portal();
    for (const junk of ['第1页', '【打印】', '延伸阅读', '阿里通义千问发布新版本', '10669588', '来源：', '责任编辑']) expect(p.content.text).not.toContain(junk);
    expect(p.content.text).toContain('还要看元宝后续的产品迭代。');
    expect(p.cleanups.map((c) => [c.id, c.applied, c.detail])).toEqual([
      ['pagers', true, '1 处'],
      ['related-links', true, '2 处'],
      ['page-tools', true, '1 处'],
      ['ad-lines', true, '1 处'],
      ['source-lines', true, '2 处'],
    ]);
  });

  it('keeps what a clean-up switched off would remove, character for character', async () => {
    const on = await portal();
    const off = await portal(['related-links', 'source-lines']);
    expect(off.cleanups.find((c) => c.id === 'related-links')?.applied).toBe(false);
    expect(off.content.text).toContain('延伸阅读\n阿里通义千问发布新版本\n百度文心一言用户数破3亿');
    expect(off.content.text).toContain('来源：新浪科技\n责任编辑：刘明亮');
    expect(off.content.text.startsWith(on.content.text.slice(0, on.content.text.indexOf('还要看元宝')))).toBe(true);
  });

  it('drops a lone link out of the article, but not a paragraph that links', async () => {
    const html =
      '<html><head><title>新歌发布</title></head><body><article><h1>新歌发布</h1>' +
      '<p>一首新歌今天发布，作曲家在南京创作了它，当天播放量超过一百万次，评论区十分热闹，许多听众说想起了童年。</p>' +
      '<p><a href="/zt/1.html"><strong>点击进入“文艺星青年”</strong><strong>&gt;&gt;</strong></a></p>' +
      '<p>更多内容见<a href="/a.html">点击进入专栏</a>的介绍，这一段是文章自己的话。</p>' +
      '<p><a href="/more.html">[详细]</a></p></article></body></html>';
    const p = await previewImport({ fileName: 'stub.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(p.content.text).not.toContain('文艺星青年');
    expect(p.content.text).not.toContain('[详细]');
    expect(p.content.text).toContain('更多内容见点击进入专栏的介绍');
    expect(p.cleanups.find((c) => c.id === 'related-links')?.detail).toBe('2 处');
  });

  it('drops a disclaimer, a tag line, a vote ad, the date line and the headline repeated under it', async () => {
    const html =
      '<html><head><title>全球经济增长率降至2.3%</title></head><body><div class="page-article">' +
      '<div class="title-text">全球经济增长率降至2.3%</div><div class="title-meta-time">发布时间： 2019-09-26 10:09:11</div>' +
      '<div class="content"><p>联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险，2019年全球经济增长率也将从3%降至2.3%，一些大型新兴经济体已经陷入衰退。</p>' +
      '<p>“2018十大经济年度人物评选”火热进行中！【<a href="/vote">点击投票</a>】</p>' +
      '<p>报告说，随着全球需求疲软，全球贸易增长也将严重减缓，这是报告发布以来最低的预测。</p></div>' +
      '<div class="meta-tag">20190926|国贸|增长率|全球经济</div>' +
      '<p>声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</p></div></body></html>';
    const p = await previewImport({ fileName: 'digest.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(p.content.text).toBe(
      '全球经济增长率降至2.3%\n联合国贸发会议发布了《2019年贸易和发展报告》，即使忽略最坏的下行风险，2019年全球经济增长率也将从3%降至2.3%，一些大型新兴经济体已经陷入衰退。\n' +
        '报告说，随着全球需求疲软，全球贸易增长也将严重减缓，这是报告发布以来最低的预测。',
    );
    expect(p.content.source.publishedAt).toBe('2019-09-26T10:09:11');
    expect(p.cleanups.map((c) => [c.id, c.detail])).toEqual([
      ['page-tools', '1 处'],
      ['ad-lines', '1 处'],
      ['notices', '1 处'],
      ['source-lines', '1 处'],
    ]);
  });

  it('tells a pager from a line of numbers', () => {
    expect(isPager('第1页/共1页')).toBe(true);
    expect(isPager('[1] [2] [3] [4] [5] [6]')).toBe(true);
    expect(isPager('上一页 1 2 3 下一页')).toBe(true);
    expect(isPager('1 2 3 4 5 6')).toBe(true);
    expect(isPager('2023 2024')).toBe(false);
    expect(isPager('389 52 256')).toBe(false);
  });
});

describe('a blog post whose readers’ comments sit inside the post', () => {
  const FILE_BLOG = 'fixtures/extraction/blog-comments.html';
  const blog = (disabledCleanups?: string[]) =>
    previewImport({ fileName: 'blog-comments.html', bytes: readFileSync(FILE_BLOG), lang: 'zh-CN', options: disabledCleanups ? { disabledCleanups } : {} });

  it('comes in without the comment section, which the preview counts and can keep', async () => {
    const p = await blog();
    for (const junk of ['网友评论', '老周', '回复', '发表评论', '昵称']) expect(p.content.text).not.toContain(junk);
    expect(p.content.text.endsWith('最后提醒一句：数据无价，再便宜的硬盘也要做好备份。')).toBe(true);
    expect(p.cleanups.find((c) => c.id === 'comments')).toMatchObject({ applied: true, label: '去掉网友评论、发表评论等评论区' });

    const kept = await blog(['comments']);
    expect(kept.content.text).toContain('网友评论（3）\n老周\n2024-11-12 22:14\n去年双十一 2TB 才三百多，我觉得还会再跌回去。');
    expect(kept.content.text.startsWith(p.content.text)).toBe(true);
  });

  it('keeps a section headed 评论 or 读者留言 that is the article’s own text', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>测评</title></head><body><article><h1>新机测评</h1>
      <p>${'这款手机的屏幕亮度达到了 1600 尼特，户外可读性很好。'.repeat(6)}</p>
      <h2>读者留言</h2><p>${'不少读者在后台留言说，希望看到更多续航方面的实测数据，我们会在下一篇里补上。'.repeat(4)}</p>
      <p>${'实测下来，它的续航比上一代多了大约两个小时，在同价位里算是中上水平。'.repeat(4)}</p></article></body></html>`;
    const p = await previewImport({ fileName: '测评.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(p.content.text).toContain('读者留言');
    expect(p.content.text).toContain('在同价位里算是中上水平。');
    expect(p.cleanups.find((c) => c.id === 'comments')).toBeUndefined();
  });
});
