import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { beijingTime, scriptVar } from './wechat';

const FILE = 'fixtures/extraction/wechat-saved.html';
const wechat = () => previewImport({ fileName: 'wechat-saved.html', bytes: readFileSync(FILE), lang: 'zh-CN' });

describe('importing a WeChat article saved from a browser', () => {
  it('takes the headline, the account, the author and the publish time from the page', async () => {
    const p = await wechat();
    expect(p.content.title).toBe('腾讯的AI困局：元宝为何掉队');
    expect(p.content.source).toEqual({
      url: 'https://mp.weixin.qq.com/s?__biz=MzIzNjc1NzUzMw==&mid=2247761234&idx=1&sn=3f0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c',
      publisher: '量子位',
      author: '关注前沿科技',
      publishedAt: '2024-11-08T12:30:00+08:00',
      fileName: 'wechat-saved.html',
    });
  });

  it('keeps the whole #js_content body and nothing of the page around it', async () => {
    const p = await wechat();
    expect(p.content.text).toContain('总参数量 389B，激活参数量 52B');
    expect(p.content.text).toContain('元宝十分四平八稳，平庸到毫无特色。');
    for (const chrome of ['阅读原文', '10万+', '微信扫一扫', '北京']) expect(p.content.text).not.toContain(chrome);
    expect(p.content.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
  });

  it('keeps the lazy picture as a figure with its alt text, without the placeholder SVG', async () => {
    const p = await wechat();
    expect(p.content.blocks.find((b) => b.kind === 'figure')).toMatchObject({ alt: '10 月国内 Web 端 AI 助手排行' });
    expect(p.embeddedImages).toHaveLength(0);
    expect(p.warnings).toEqual([]);
  });

  it('reads script variables written with escapes, and Unix times as Beijing time', () => {
    expect(scriptVar('var msg_link = "a\\x26amp;b";', 'msg_link')).toBe('a&b');
    expect(scriptVar("var nickname = htmlDecode('量子位');", 'nickname')).toBe('量子位');
    expect(scriptVar('var ct = "";', 'ct')).toBeUndefined();
    expect(beijingTime(1731040200)).toBe('2024-11-08T12:30:00+08:00');
  });
});
