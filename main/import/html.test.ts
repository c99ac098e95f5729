import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { previewImport } from './index';
import { blockText, importFixture, textsOf } from './fixtures';

const page = () => importFixture('page-with-chrome.html');

describe('importing a saved web page', () => {
  it('keeps the article and drops the navigation, sidebar, ads, comments, related links and footer', async () => {
    const p = await page();
    expect(p.content.text).toContain('总参数量 389B,激活参数量 52B');
    for (const chrome of ['首页', '热门文章', '广告', '网友评论', '不服来辩', '相关阅读', '版权所有', '登录']) {
      expect(p.content.text).not.toContain(chrome);
    }
  });

  it('never lets scripts, styles, iframes, event handlers or javascript: links into the model', async () => {
    const p = await page();
    const model = JSON.stringify(p.content);
    for (const bad of ['tracker', 'font-family', 'ads.example.cn', 'onclick', 'javascript:', 'alert', 'hacked']) {
      expect(model).not.toContain(bad);
    }
    expect(p.content.text).toContain('点此展开这种分散');
  });

  it('reads title, canonical URL, publisher, author and publication time from the head', async () => {
    const p = await page();
    expect(p.content.title).toBe('元宝为何掉队:腾讯大模型的组织难题');
    expect(p.content.source).toEqual({
      url: 'https://tech.example.cn/a/20241120-yuanbao',
      publisher: '科技观察网',
      author: '林晓',
      publishedAt: '2024-11-20T08:30:00+08:00',
      fileName: 'page-with-chrome.html',
    });
  });

  it('takes the headline an older portal prints in a styled span, not the <title> with its column name', async () => {
    const html =
      '<html><head><title>大良街道调研众创金融街 东区办事处_中山网</title></head><body><div class="nav"><a href="/">首页</a></div>' +
      '<span class="Title"><b>大良街道调研众创金融街</b></span><div class="content"><p>2月27日下午，大良街道一行八人到众创金融街实地考察调研，' +
      '走访了多家金融科技企业，并就企业发展中遇到的问题进行了座谈交流，双方表示将进一步加强合作。</p></div></body></html>';
    const p = await previewImport({ fileName: 'portal.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(p.content.title).toBe('大良街道调研众创金融街');
  });

  it('starts the text with the title once, not twice', async () => {
    const p = await page();
    expect(p.content.blocks[0]).toMatchObject({ kind: 'title', start: 0 });
    expect(p.content.text.split('元宝为何掉队').length).toBe(2);
  });

  it('maps headings, quotes, ordered list items and code', async () => {
    const p = await page();
    expect(textsOf(p, 'heading')).toEqual(['分散的研发体系', '三个待核查的说法']);
    expect(textsOf(p, 'quote')).toEqual(['“组织结构问题是腾讯在大模型领域失利的罪魁祸首之一。”']);
    expect(p.content.blocks.filter((b) => b.kind === 'list-item').every((b) => b.ordered && b.level === 1)).toBe(true);
    expect(textsOf(p, 'list-item')[1]).toBe('元宝月访问量不到 200 万');
    expect(textsOf(p, 'code')).toEqual(['总参数量: 389B\n激活参数量: 52B']);
  });

  it('returns the data: PNG as an embedded image referenced by the figure, with its caption after it', async () => {
    const p = await page();
    expect(p.embeddedImages).toHaveLength(1);
    const image = p.embeddedImages[0]!;
    expect(image.mime).toBe('image/png');
    expect([...image.bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(image.hash).toBe(createHash('sha256').update(image.bytes).digest('hex'));
    const i = p.content.blocks.findIndex((b) => b.kind === 'figure');
    expect(p.content.blocks[i]).toMatchObject({ assetHash: image.hash, alt: '10 月国内 Web 端 AI 助手排行榜截图' });
    expect(blockText(p, p.content.blocks[i + 1]!)).toBe('图源 / 量子位');
  });

  it('keeps links with code-point offsets over the text', async () => {
    const p = await page();
    expect(p.content.links).toHaveLength(1);
    const link = p.content.links[0]!;
    expect(link.href).toBe('https://www.aicpb.com/rank');
    expect([...p.content.text].slice(link.start, link.end).join('')).toBe('AI 产品榜');
  });
});

describe('charsets of web pages', () => {
  it('honours a declared gb2312 charset', async () => {
    const p = await importFixture('page-gb2312.html');
    expect(p.encoding).toMatchObject({ name: 'gb18030', declared: 'gb2312' });
    expect(p.content.title).toBe('国产大模型价格战');
    expect(p.content.text).toContain('每百万 tokens 调用价格在半年内下降了九成以上');
    expect(p.warnings).toEqual([]);
  });

  it('reads a page that declares gb2312 but is really UTF-8 correctly, and says so', async () => {
    const p = await importFixture('page-gb2312-declared-utf8.html', {}, 'en');
    expect(p.encoding).toMatchObject({ name: 'utf-8', declared: 'gb2312' });
    expect(p.content.text).toContain('豆包在 11 月的月活跃用户数已经超过五千万');
    expect(p.warnings).toEqual([expect.stringContaining('declares gb2312')]);
  });
});

describe('pages without an article', () => {
  it('refuses a page with no readable body', async () => {
    const html = '<html><head><title>空页面</title><script>var a = 1;</script></head><body><nav><a href="/">首页</a></nav></body></html>';
    const bytes = new TextEncoder().encode(html);
    await expect(previewImport({ fileName: 'empty.html', bytes, lang: 'zh-CN' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('找不到正文'),
    });
  });
});
