import { describe, expect, it } from 'vitest';
import { extractArticle } from './fast-extract';
import { previewImport } from './index';
import { parseLight } from './light-dom';

const story = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：腾讯宣布开源混元大模型，总参数量 389B，激活参数量 52B，上下文长度高达 256K，在多项评测中表现不俗。</p>`).join('');

describe('the light tree of a saved page', () => {
  it('decodes character references, puts head and body where they belong, and answers simple selectors', () => {
    const { node: doc, flattened } = parseLight(
      '<title>A &amp; B</title><meta name="author" content="林&#x6653;"><div id="main" class="post body"><p title="x &lt; y">腾讯&nbsp;宣布</p><img data-src="a.png"></div>',
    );
    expect(flattened).toBe(false);
    expect(doc.title).toBe('A & B');
    expect(doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('林晓');
    expect(doc.body.querySelector('#main.post')?.localName).toBe('div');
    expect(doc.querySelector('p[title*="<"]')?.textContent).toBe('腾讯\u00a0宣布');
    expect(doc.querySelectorAll('img[data-src], title').map((el) => el.localName)).toEqual(['title', 'img']);
    expect(doc.head.children.map((el) => el.localName)).toEqual(['title', 'meta']);
  });

  it('caps nesting as it reads, so a page 100,000 elements deep costs what a flat one does', () => {
    const { node: doc, flattened } = parseLight(`<body>${'<div>'.repeat(100_000)}<p>正文</p>${'</div>'.repeat(100_000)}</body>`);
    expect(flattened).toBe(true);
    expect(doc.body.textContent).toBe('正文');
  });
});

describe('finding the article without Readability', () => {
  it('takes the story and leaves the navigation, sidebar, comments and footer', () => {
    const { node: doc } = parseLight(
      '<body><div class="nav"><a href="/">首页</a> <a href="/tech">科技</a></div>' +
        `<div id="content"><h1>混元开源</h1><div class="article">${story(6)}<div class="share"><a href="#">分享到微博</a></div></div></div>` +
        '<div class="sidebar"><ul><li><a href="/1">热门文章一则</a></li><li><a href="/2">热门文章二则</a></li></ul></div>' +
        '<div class="comment-list"><p>网友：这段评论很长很长很长很长很长很长很长很长很长很长很长。</p></div><div class="footer">版权所有 © 2024</div></body>',
    );
    const article = extractArticle(doc);
    expect(article).not.toBeNull();
    const text = article!.body.textContent;
    expect(text).toContain('第1段：腾讯宣布开源混元大模型');
    expect(text).toContain('第6段');
    for (const chrome of ['首页', '热门文章', '网友', '版权所有', '分享到微博']) expect(text).not.toContain(chrome);
  });

  it('takes a byline from an element named for it', () => {
    const { node: doc } = parseLight(`<body><article><div class="byline">作者：林晓</div>${story(6)}</article></body>`);
    expect(extractArticle(doc)?.byline).toBe('作者：林晓');
  });

  it('leaves a page built inside one <form> (ASP.NET) to Readability, which finds its story', async () => {
    const html = `<html><head><title>混元开源</title></head><body><form id="form1" method="post"><div class="content">${story(6)}</div></form></body></html>`;
    expect(extractArticle(parseLight(html).node)).toBeNull();
    const preview = await previewImport({ fileName: 'aspx.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(preview.content.text).toContain('第6段：腾讯宣布开源混元大模型');
  });

  it('answers nothing for a page with no clear article, which Readability then reads', async () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">第${i}条新闻的标题在这里写得比较长一些</a></li>`).join('');
    const html = `<html><head><title>新闻列表</title></head><body><ul>${links}</ul><p>腾讯宣布开源混元大模型，总参数量 389B。</p></body></html>`;
    expect(extractArticle(parseLight(html).node)).toBeNull();
    const preview = await previewImport({ fileName: 'list.html', bytes: new TextEncoder().encode(html), lang: 'zh-CN' });
    expect(preview.content.text).toContain('腾讯宣布开源混元大模型');
  });
});
