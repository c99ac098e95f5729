// Import cost against the floor of reading the bytes at all: a 5 MB GB18030 text and a 2 MB web
// page, each timed through the full previewImport and through a bare iconv-lite decode of the
// same bytes. The ratios say how much detection, normalisation and structure cost on top.
import iconv from 'iconv-lite';
import { previewImport } from '../main/import/index';
import { mb, ratio, report, result, time } from './lib';

const paragraph =
  '11 月 5 日,腾讯宣布开源 MoE 大语言模型混元 Large,总参数量 389B,激活参数量 52B,上下文长度高达 256K。' +
  '然而在 10 月国内 Web 端 AI 助手的排行榜上,元宝仅排在了第 11 位,月访问量不到 200 万。';

function repeatTo(bytes: number, make: (i: number) => string, encode: (s: string) => Buffer): Buffer {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = make(i);
    parts.push(part);
    size += encode(part).length;
  }
  return encode(parts.join(''));
}

const gbText = repeatTo(
  5 * 1024 * 1024,
  (i) => (i % 40 === 0 ? `0${(i / 40) % 9 + 1}\n第 ${i} 节\n` : `${paragraph}\n`),
  (s) => iconv.encode(s, 'gb18030'),
);
const chrome = '<nav><ul><li><a href="/">首页</a></li><li><a href="/ai">人工智能</a></li></ul></nav><aside>热门文章 广告</aside>';
const htmlPage = repeatTo(
  2 * 1024 * 1024,
  (i) =>
    i === 0
      ? `<!doctype html><html><head><meta charset="utf-8"><title>压测页面</title></head><body>${chrome}<article><h1>压测页面</h1>`
      : i % 25 === 0
        ? `<h2>第 ${i} 节</h2>`
        : `<p>${paragraph}<a href="https://example.cn/${i}">来源</a></p>`,
  (s) => Buffer.from(s, 'utf8'),
);
const page = Buffer.concat([htmlPage, Buffer.from('</article><footer>版权所有</footer></body></html>')]);

const cases = [
  { name: 'gb18030Text', fileName: 'big.txt', bytes: new Uint8Array(gbText), encoding: 'gb18030' },
  { name: 'html', fileName: 'big.html', bytes: new Uint8Array(page), encoding: 'utf-8' },
] as const;

const figures: Record<string, unknown> = {};
for (const c of cases) {
  const buffer = Buffer.from(c.bytes.buffer, c.bytes.byteOffset, c.bytes.byteLength);
  const decode = await time(() => iconv.decode(buffer, c.encoding), { runs: 9, warmup: 2 });
  const full = await time(() => previewImport({ fileName: c.fileName, bytes: c.bytes, lang: 'zh-CN' }), { runs: 5, warmup: 1 });
  const preview = await previewImport({ fileName: c.fileName, bytes: c.bytes, lang: 'zh-CN' });
  report(`${c.name}: size`, `${mb(c.bytes.length)} MB, ${preview.content.blocks.length} blocks`);
  report(`${c.name}: iconv-lite decode (median)`, `${decode.medianMs.toFixed(1)} ms`);
  report(`${c.name}: previewImport (median)`, `${full.medianMs.toFixed(1)} ms`);
  report(`${c.name}: previewImport / decode`, ratio(full.medianMs, decode.medianMs));
  figures[c.name] = {
    mb: mb(c.bytes.length),
    blocks: preview.content.blocks.length,
    decodeMs: Math.round(decode.medianMs * 10) / 10,
    importMs: Math.round(full.medianMs * 10) / 10,
    ratio: ratio(full.medianMs, decode.medianMs),
  };
}
result(figures);
