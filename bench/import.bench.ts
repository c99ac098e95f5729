// Import cost against the floor of reading the bytes at all: a 2.5 MB GB18030 text and a 2 MB web
// page, each timed through the full previewImport and through a bare iconv-lite decode of the
// same bytes. The ratios say how much detection, normalisation and structure cost on top.
// Then hostile input (fixtures/hostile): a page nested 1,000, 10,000 and 100,000 deep, whose
// time must grow at most linearly (each ratio at most about 10), and the 1 GB zeros .docx (as
// built, and with zip headers claiming 1 KB so that only the count while inflating stops it),
// refused in a process of its own whose time and peak memory are set against a real .docx
// imported the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { lyingZerosBomb, nestedHtml, zerosBomb } from '../fixtures/hostile/generate';
import { previewImport } from '../main/import/index';
import { importInWorker } from '../main/import/off-thread';
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
  2.5 * 1024 * 1024, // about 1.7 million characters, under the article limit
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
  // As the app runs it: in the import worker (kept warm), the preview copied back to this thread.
  const job = { kind: 'file', fileName: c.fileName, bytes: c.bytes, options: {}, lang: 'zh-CN' } as const;
  const inWorker = await time(() => importInWorker(job), { runs: 5, warmup: 1 });
  report(`${c.name}: in the import worker (median)`, `${inWorker.medianMs.toFixed(1)} ms`);
  report(`${c.name}: in the import worker / decode`, ratio(inWorker.medianMs, decode.medianMs));
  figures[c.name] = {
    mb: mb(c.bytes.length),
    blocks: preview.content.blocks.length,
    decodeMs: Math.round(decode.medianMs * 10) / 10,
    importMs: Math.round(full.medianMs * 10) / 10,
    ratio: ratio(full.medianMs, decode.medianMs),
    workerMs: Math.round(inWorker.medianMs * 10) / 10,
    workerRatio: ratio(inWorker.medianMs, decode.medianMs),
  };
}
const nested: Record<string, number> = {};
for (const depth of [1_000, 10_000, 100_000]) {
  const bytes = new TextEncoder().encode(nestedHtml(depth));
  const t = await time(() => previewImport({ fileName: `nested-${depth}.html`, bytes, lang: 'zh-CN' }), { runs: 3, warmup: 1 });
  nested[depth] = Math.round(t.medianMs * 10) / 10;
  report(`nested HTML, depth ${depth.toLocaleString('en')} (median)`, `${t.medianMs.toFixed(1)} ms (${mb(bytes.length)} MB)`);
}
const growth = { '10k/1k': ratio(nested[10_000]!, nested[1_000]!), '100k/10k': ratio(nested[100_000]!, nested[10_000]!) };
report('nested HTML: time ratio 10k / 1k (10 = linear)', growth['10k/1k']);
report('nested HTML: time ratio 100k / 10k (10 = linear)', growth['100k/10k']);
figures['nestedHtml'] = { ms: nested, ratios: growth };

interface ChildRun {
  outcome: string;
  ms: number;
  peakMb: number;
}
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-import-'));
const inOwnProcess = (path: string): ChildRun => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildRun;
};
try {
  const zeros = zerosBomb();
  const bombs = { honest: zeros, lying: lyingZerosBomb(zeros) };
  const real = inOwnProcess(join(import.meta.dirname, '../fixtures/articles/hunyuan-large.docx'));
  report('real .docx: import time / peak memory', `${real.ms.toFixed(0)} ms / ${real.peakMb} MB`);
  const bombFigures: Record<string, unknown> = { realDocx: { ms: Math.round(real.ms), peakMb: real.peakMb } };
  for (const [name, bytes] of Object.entries(bombs)) {
    const path = join(dir, `zeros-bomb-${name}.docx`);
    writeFileSync(path, bytes);
    const bomb = inOwnProcess(path);
    report(`docx bomb (1 GB of zeros, ${name} headers): outcome`, bomb.outcome.slice(0, 60));
    report(`docx bomb (${name}): refusal time / peak memory`, `${bomb.ms.toFixed(0)} ms / ${bomb.peakMb} MB`);
    report(`docx bomb (${name}) / real .docx: time, memory`, `${ratio(bomb.ms, real.ms)}, ${ratio(bomb.peakMb, real.peakMb)}`);
    bombFigures[name] = {
      refused: bomb.outcome.startsWith('refused'),
      ms: Math.round(bomb.ms),
      peakMb: bomb.peakMb,
      ratios: { time: ratio(bomb.ms, real.ms), peakMemory: ratio(bomb.peakMb, real.peakMb) },
    };
  }
  figures['docxBomb'] = bombFigures;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
result(figures);
