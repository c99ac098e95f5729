import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom';
import { cleanByline, extractMetadata, parseDateLine, savedFromUrl } from './metadata';
import { takeSourceLines } from './source-lines';
import { parseFragment } from './dom';

describe('where, by whom and when a saved page was published', () => {
  it('reads the address from the comment a browser writes when it saves a page', () => {
    expect(savedFromUrl('<!DOCTYPE html>\n<!-- saved from url=(0042)https://tech.sina.com.cn/i/2024-11-05/a.shtml -->\n<html>')).toBe(
      'https://tech.sina.com.cn/i/2024-11-05/a.shtml',
    );
    expect(savedFromUrl('<!--https://www.ithome.com/0/800/123.htm-->\n<html>')).toBe('https://www.ithome.com/0/800/123.htm');
    const html = '<!-- saved from url=(0030)https://news.example.cn/a.html --><html><head><title>t</title></head><body></body></html>';
    expect(extractMetadata(parseDocument(html).node, html).url).toBe('https://news.example.cn/a.html');
  });

  it('keeps only the name from a byline glued to its date and company', () => {
    expect(cleanByline('IT之家发布时间：09-3022:46青岛软媒网络科技有限公司')).toBe('IT之家');
    expect(cleanByline('作者：林晓')).toBe('林晓');
    expect(cleanByline('文 | 王磊  2024-11-05')).toBe('王磊');
    expect(cleanByline('2024-11-05 10:32')).toBeUndefined();
  });

  it('reads a visible date line, with its time when shown', () => {
    expect(parseDateLine('2024-11-05 10:32')).toBe('2024-11-05T10:32');
    expect(parseDateLine('发布时间：2024年11月5日 08:05')).toBe('2024-11-05T08:05');
    expect(parseDateLine('2024/3/7')).toBe('2024-03-07');
    const html = '<html><body><div class="post-info">来源：新浪科技　2024-11-05 10:32</div><p>正文</p></body></html>';
    expect(extractMetadata(parseDocument(html).node, html).publishedAt).toBe('2024-11-05T10:32');
  });

  it('takes 来源 and 责任编辑 lines out of the body whole, and nothing else', () => {
    const body = parseFragment(
      '<p>腾讯发布混元大模型。</p><p>来源：新华社</p><p>文中提到的来源：内部人士。</p><p>（责任编辑：王某）</p>',
    ).node;
    const lines = takeSourceLines(body);
    expect(lines).toEqual({ publisher: '新华社', editor: '王某', removed: 2 });
    expect(body.textContent).toBe('腾讯发布混元大模型。文中提到的来源：内部人士。');
  });
});
