import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { safeHref } from './html-to-blocks';

const PARAGRAPH = '11 月 5 日，腾讯宣布开源 MoE 大语言模型混元 Large，总参数量 389B，激活参数量 52B，上下文长度高达 256K。';
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>').toString('base64');

async function hostilePage(): Promise<Uint8Array> {
  const png = (await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c0392b' } }).png().toBuffer()).toString('base64');
  return new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8"><title>页面</title>
<link rel="canonical" href="https://news.example.cn/2024/hunyuan.html">
<meta http-equiv="refresh" content="0; url=https://attacker.example/"><base href="https://attacker.example/">
<script>document.location = 'https://attacker.example/'</script></head><body onload="alert(1)"><article>
<p>${PARAGRAPH}<a href="javascript:alert(1)">甲</a><a href=" JaVaScRiPt:alert(2)">乙</a><a href="data:text/html,<script>alert(3)</script>">丙</a><a href="/rank">丁</a><a href="file:///etc/passwd">戊</a></p>
<iframe src="https://attacker.example/frame"></iframe><p onclick="alert(4)">${PARAGRAPH.repeat(3)}<script>alert(5)</script></p>
<figure><img src="data:image/svg+xml;base64,${SVG}" alt="矢量图"></figure>
<figure><img src="data:image/png;base64,${SVG}" alt="冒充的 PNG"></figure>
<figure><img src="data:image/jpeg;base64,${png}" alt="标错类型的 PNG"></figure>
<p>${PARAGRAPH.repeat(3)}</p></article></body></html>`);
}

describe('a page with active content imports as text, links and checked pictures only', () => {
  it('keeps no script, frame or handler, and links only to web addresses, relative ones on the page’s own', async () => {
    const preview = await previewImport({ fileName: 'hostile.html', bytes: await hostilePage(), lang: 'zh-CN' });
    expect(preview.content.text).not.toMatch(/alert|document\.location|attacker/);
    expect(preview.content.links).toEqual([expect.objectContaining({ href: 'https://news.example.cn/rank' })]);
  });

  it('leaves out SVG images, whatever type they declare, and stores a picture under the type its bytes show', async () => {
    const preview = await previewImport({ fileName: 'hostile.html', bytes: await hostilePage(), lang: 'zh-CN' });
    expect(preview.embeddedImages.map((i) => i.mime)).toEqual(['image/png']);
    const figures = preview.content.blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => [f.alt, f.assetHash !== undefined])).toEqual([
      ['矢量图', false],
      ['冒充的 PNG', false],
      ['标错类型的 PNG', true],
    ]);
    expect(preview.warnings).toContain('“hostile.html”中的一张 SVG 图片没有导入：SVG 可能带有脚本，只保留 PNG、JPEG、GIF 和 WebP 图片。');
  });

  it.each([
    ['https://a.cn/x', undefined, 'https://a.cn/x'],
    ['mailto:editor@a.cn', undefined, 'mailto:editor@a.cn'],
    ['/x', undefined, undefined],
    ['/x', 'https://a.cn/p/1.html', 'https://a.cn/x'],
    ['javascript:alert(1)', 'https://a.cn/', undefined],
    ['\tjava\nscript:alert(1)', 'https://a.cn/', undefined],
    ['vbscript:x', undefined, undefined],
    ['#top', 'https://a.cn/', undefined],
  ])('the link %j on a page at %s goes to %s', (href, base, expected) => {
    expect(safeHref(href, base)).toBe(expected);
  });
});
