// The reader on a long article: 100,000 Chinese characters with 2,000 claims against the same
// article without claims (time to an interactive reader: every block and every highlight in
// the DOM), and the time from the Ctrl+Enter that makes a claim to its highlight painted (the
// frame after the mark appears). Real Chromium through playwright-core, the built renderer
// served by the browser-mode host. Then the editing loop in projects of 5,000 and 20,000 claims
// (200 articles, 100 comparisons; see reader-scale.ts): each figure should stay flat as the
// project grows. Needs `npx electron-vite build` first.
// `npm run bench -- reader`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ArticleBuilder } from '../shared/article/builder.ts';
import type { ArticleContent } from '../shared/article/model.ts';
import { describeSpan } from '../shared/anchoring/selectors.ts';
import { CodePointIndex } from '../shared/text/codepoints.ts';
import { ProjectStore } from '../main/project/store.ts';
import { createNodeServices } from '../main/services/node-services.ts';
import { startWebHost } from '../main/web/host.ts';
import { findChromium } from '../scripts/find-chromium.mjs';
import { ratio, report, result } from './lib.ts';
import { makeScaledProject, measureScale, type ScaleFigures } from './reader-scale.ts';

const CHARACTERS = 100_000;
const CLAIMS = 2_000;
const OPEN_RUNS = 5;
const MARK_RUNS = 15;
const SCALES = [5_000, 20_000] as const;
const SCALE_RUNS = 7;
/** `npm run bench -- reader long` or `… reader scale` runs one half; both by default. */
const parts = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['long', 'scale']);
const AUTHOR = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f60', name: '压测' };

const SENTENCES = [
  '11 月 5 日,腾讯宣布开源 MoE 大语言模型混元 Large,总参数量 389B,激活参数量 52B,上下文长度高达 256K。',
  '在 10 月国内 Web 端 AI 助手的排行榜上,元宝仅排在了第 11 位,月访问量不到 200 万。',
  '腾讯称混元 Large 是业界参数规模最大、效果最好的开源 MoE 大语言模型。',
  '据报道,元宝的日活跃用户在春节期间增长了数倍,但留存并不理想。',
];

function longArticle(): ArticleContent {
  const builder = new ArticleBuilder();
  let length = 0;
  for (let i = 0; length < CHARACTERS; i++) {
    const text = i % 20 === 0 ? `第 ${i / 20 + 1} 节 压测` : `${SENTENCES[i % 4]}${SENTENCES[(i + 1) % 4]}(段落 ${i})`;
    builder.add(i % 20 === 0 ? 'heading' : 'paragraph', text);
    length += [...text].length + 1;
  }
  return builder.build('十万字压测', {});
}

/** Claims spread over the text, about one in three overlapping its neighbour. */
function makeProject(path: string, content: ArticleContent, claims: number): void {
  const store = ProjectStore.create(path, { title: '压测', author: AUTHOR });
  const article = store.addArticle(content);
  const tags = store.listTags();
  const length = new CodePointIndex(content.text).length;
  const step = Math.floor(length / claims);
  for (let i = 0; i < claims; i++) {
    const start = i * step + (i % 7);
    const end = Math.min(length, start + 8 + (i % 3 === 0 ? step : 12));
    const { quote, position } = describeSpan(content.text, start, end);
    store.addClaim({
      articleId: article.id,
      anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
      tagIds: [tags[i % tags.length]!.id],
    });
  }
  store.close();
}

/** The median; NaN for a part not run. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Loads the app and waits for the reader: `blocks` blocks (any, when null) and highlights if `marks`. */
async function timeToInteractive(page: Page, url: string, blocks: number | null, marks: boolean): Promise<number> {
  await page.goto(url);
  // String scripts run in the page; this tsconfig has no DOM types.
  await page.waitForFunction(
    `document.querySelectorAll('.article-text .article-block').length ${blocks === null ? '> 0' : `=== ${blocks}`} && (${!marks} || document.querySelectorAll('mark.claim-mark').length > 0)`,
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return page.evaluate('performance.now()') as Promise<number>;
}

interface Latency {
  /** Keystroke to the pending mark in the DOM. */
  domMs: number;
  /** Keystroke to the frame after that (the mark painted). */
  paintMs: number;
  /** Keystroke to the saved claim's mark replacing the pending one. */
  savedMs: number;
  /** Keystroke to the answer of the save arriving (the rest of savedMs is the renderer's). */
  answerMs: number;
}

/** Selects a fresh span inside block `i`, presses Ctrl+Enter and times keystroke → painted mark. */
async function markLatency(page: Page, i: number): Promise<Latency> {
  await page.evaluate(`(() => {
    const block = document.querySelectorAll('.article-text p.article-block')[${i}];
    const text = [...block.querySelectorAll('[data-lexical-text]')].find((n) => !n.closest('mark')).firstChild;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(4, text.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    if (!window.__answerWatched) {
      window.__answerWatched = true;
      const fetch = window.fetch;
      window.fetch = (...args) => fetch(...args).then((res) => { if (String(args[0]).endsWith('/addClaim')) window.__answerAt = performance.now(); return res; });
    }
    window.__timing = new Promise((resolve) => {
      let pressed = 0;
      let shown = 0;
      let painted = 0;
      // Enter, not the Control pressed before it.
      addEventListener('keydown', (e) => { if (e.key === 'Enter') pressed = e.timeStamp; }, { capture: true });
      const root = document.querySelector('.article-text');
      const seen = new MutationObserver(() => {
        if (!painted && root.querySelector('mark[data-claims~="pending"]')) {
          painted = -1;
          shown = performance.now();
          requestAnimationFrame(() => { painted = performance.now(); });
        }
        if (painted > 0 && !root.querySelector('mark[data-claims~="pending"]')) {
          seen.disconnect();
          resolve({ domMs: shown - pressed, paintMs: painted - pressed, savedMs: performance.now() - pressed, answerMs: window.__answerAt - pressed });
        }
      });
      seen.observe(root, { childList: true, subtree: true });
    });
  })()`);
  await page.keyboard.press('Control+Enter');
  return page.evaluate('window.__timing') as Promise<Latency>;
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-reader-'));
  const content = longArticle();
  const blocks = content.blocks.length;
  const plain = join(dir, 'plain.pizhu');
  const claimed = join(dir, 'claimed.pizhu');
  makeProject(plain, content, 0);
  makeProject(claimed, content, CLAIMS);
  report('article', `${new CodePointIndex(content.text).length} code points, ${blocks} blocks, ${CLAIMS} claims`);

  const services = createNodeServices({ mode: 'browser', configDir: join(dir, 'config') });
  services.prefs.update({ authorName: '压测' });
  const host = await startWebHost({ services, rendererDir: join(import.meta.dirname, '..', 'out', 'renderer') });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // bypassCSP: the renderer's CSP forbids eval, which waitForFunction's string predicate uses.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    // Sign in once: the address's token works once, then the session cookie lets the page in.
    await page.goto(host.url);
    await page.waitForURL(`${host.origin}/`);
    await page.getByRole('button', { name: '文件' }).waitFor();
    const open = async (path: string, marks: boolean) => {
      await services.handlers.projectOpen({ path });
      return timeToInteractive(page, `${host.origin}/`, blocks, marks);
    };
    // Warm the browser's caches of the renderer bundle once.
    await open(plain, false);
    const plainMs: number[] = [];
    const claimedMs: number[] = [];
    for (let r = 0; r < (parts.has('long') ? OPEN_RUNS : 0); r++) {
      plainMs.push(await open(plain, false));
      claimedMs.push(await open(claimed, true));
    }
    report('open, no claims (median ms)', median(plainMs).toFixed(0));
    report(`open, ${CLAIMS} claims (median ms)`, median(claimedMs).toFixed(0));

    const dom: number[] = [];
    const paint: number[] = [];
    const saved: number[] = [];
    const answer: number[] = [];
    for (let i = 0; i < (parts.has('long') ? MARK_RUNS : 0); i++) {
      // Let the previous claim's reload settle: an editor does not press within a frame of it.
      await page.waitForTimeout(300);
      if (i === 0) await open(claimed, true);
      const t = await markLatency(page, 40 + i * 37);
      dom.push(t.domMs);
      paint.push(t.paintMs);
      saved.push(t.savedMs);
      answer.push(t.answerMs);
    }
    report('Ctrl+Enter → highlight in the DOM (median ms)', median(dom).toFixed(1));
    report('Ctrl+Enter → highlight painted (median ms)', median(paint).toFixed(1));
    report('Ctrl+Enter → claim saved and shown (median ms)', median(saved).toFixed(1));
    report('  of which until the save answered (median ms)', median(answer).toFixed(1));

    const scaled: Record<number, ScaleFigures> = {};
    for (const claims of parts.has('scale') ? SCALES : []) {
      const path = join(dir, `scaled-${claims}.pizhu`);
      makeScaledProject(path, claims);
      await services.handlers.projectOpen({ path });
      await timeToInteractive(page, `${host.origin}/`, null, true);
      const f = (scaled[claims] = await measureScale(page, SCALE_RUNS));
      report(`${claims} claims: Ctrl+Enter → saved, painted (ms)`, f.markSavedMs.toFixed(1));
      report(`${claims} claims: verdict → in the list, painted (ms)`, f.verdictShownMs.toFixed(1));
      report(`${claims} claims: J → next claim shown (ms)`, f.selectShownMs.toFixed(1));
      report(`${claims} claims: article switch (ms)`, f.articleSwitchMs.toFixed(1));
      report(`${claims} claims: note key → painted (ms)`, f.typingPaintMs.toFixed(1));
    }
    const [small, large] = SCALES.map((n) => scaled[n] ?? { markSavedMs: NaN, verdictShownMs: NaN, selectShownMs: NaN, articleSwitchMs: NaN, typingPaintMs: NaN });
    result({
      openNoClaimsMs: Math.round(median(plainMs)),
      openWithClaimsMs: Math.round(median(claimedMs)),
      openRatio: ratio(median(claimedMs), median(plainMs)),
      markDomMedianMs: Math.round(median(dom) * 10) / 10,
      markPaintMedianMs: Math.round(median(paint) * 10) / 10,
      markSavedMedianMs: Math.round(median(saved) * 10) / 10,
      scaled,
      // 20,000 claims against 5,000: 1 is flat in project size.
      scaleRatio: {
        markSaved: ratio(large!.markSavedMs, small!.markSavedMs),
        verdict: ratio(large!.verdictShownMs, small!.verdictShownMs),
        select: ratio(large!.selectShownMs, small!.selectShownMs),
        articleSwitch: ratio(large!.articleSwitchMs, small!.articleSwitchMs),
        typing: ratio(large!.typingPaintMs, small!.typingPaintMs),
      },
    });
  } finally {
    await browser.close();
    await host.close();
    services.session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await run();
