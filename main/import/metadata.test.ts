import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom';
import { cleanByline, extractMetadata, parseDateLine, relativeDate, savedAt, savedFromUrl } from './metadata';
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
    // A site's user id in <meta name="author"> is not a byline.
    expect(cleanByline('104363')).toBeUndefined();
    expect(cleanByline('https://www.example.cn/u/1')).toBeUndefined();
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
    const wechat = parseFragment('<section><span>梦晨 发自 凹非寺<br>量子位 | 公众号 QbitAI</span></section><p>腾讯发布混元大模型。</p>').node;
    expect(takeSourceLines(wechat)).toEqual({ author: '梦晨', removed: 1 });
    expect(wechat.textContent).toBe('腾讯发布混元大模型。');
    expect(body.textContent).toBe('腾讯发布混元大模型。文中提到的来源：内部人士。');
  });

  it('takes a reporter’s credit at either end of the story as the byline, and a 原标题 line out', () => {
    const story = parseFragment(
      '<p>原标题：视界丨这个地方为何老外却说“了不得”？</p><p>近日，扬子晚报记者采访了原作者的家人。</p>' +
        '<p>记者了解到，这首歌写于1956年。</p><p>新华社记者注意到，歌词没有变。</p><p>歌曲仍在传唱。</p><p>扬子晚报记者 张楠</p>',
    ).node;
    expect(takeSourceLines(story)).toEqual({ author: '张楠', removed: 2 });
    expect(story.textContent).toBe('近日，扬子晚报记者采访了原作者的家人。记者了解到，这首歌写于1956年。新华社记者注意到，歌词没有变。歌曲仍在传唱。');
    const lead = parseFragment('<p>本报记者 李明 通讯员 王芳</p><p>一款新手机今天发布。</p>').node;
    expect(takeSourceLines(lead)).toEqual({ author: '李明', removed: 1 });
    // In the middle of a long story a line like this is the story's own text.
    const middle = parseFragment(['一', '二', '三', '四'].map((n) => `<p>第${n}段。</p>`).join('') + '<p>记者 张楠</p>' + ['五', '六', '七', '八'].map((n) => `<p>第${n}段。</p>`).join('')).node;
    expect(takeSourceLines(middle).removed).toBe(0);
  });

  it('resolves 「昨天」, 「3小时前」 and a date without its year against when the page was saved', () => {
    const saved = savedAt('<!--\n Page saved with SingleFile \n url: https://www.ithome.com/0/800/123.htm \n saved date: Tue Nov 05 2024 10:32:00 GMT+0800 (China Standard Time)\n-->')!;
    expect(relativeDate('昨天 22:46', saved)).toBe('2024-11-04T22:46+08:00');
    expect(relativeDate('3小时前', saved)).toBe('2024-11-05T07:32+08:00');
    expect(relativeDate('2天前', saved)).toBe('2024-11-03');
    expect(relativeDate('IT之家 09-30 22:46', saved)).toBe('2024-09-30T22:46+08:00');
    expect(relativeDate('12-31 08:00', saved)).toBe('2023-12-31T08:00+08:00');
    expect(relativeDate('IT之家发布时间：09-3022:46青岛软媒网络科技有限公司', saved)).toBe('2024-09-30T22:46+08:00');
    const html = '<!-- saved date: Tue Nov 05 2024 10:32:00 GMT+0800 (CST) --><html><body><div class="post-time">今天 09:15</div><p>正文</p></body></html>';
    expect(extractMetadata(parseDocument(html).node, html).publishedAt).toBe('2024-11-05T09:15+08:00');
  });
});
