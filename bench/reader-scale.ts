// The editing loop in projects of growing size (bench/reader.bench.ts runs it): a project of N
// claims over 200 articles and 100 screenshot comparisons, the measured article and the three an
// article switch goes to always holding the same 100 claims, so any growth with N is the cost of
// the rest of the project. Measured in
// the page: Ctrl+Enter → claim saved and shown, a verdict edit → shown in the claims list, J →
// the next claim in the inspector, an article switch → its text and highlights, and a key typed
// in the note editor → the character painted.
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { ArticleBuilder } from '../shared/article/builder.ts';
import { describeSpan } from '../shared/anchoring/selectors.ts';
import { CodePointIndex } from '../shared/text/codepoints.ts';
import { ProjectStore } from '../main/project/store.ts';

export const ARTICLES = 200;
export const COMPARISONS = 100;
/** Claims of the article every figure is taken on, and of the articles switched to. */
const MEASURED_CLAIMS = 100;
/** The measured article and the three the switch goes to: the same size in every project. */
const FIXED_ARTICLES = 4;
const AUTHOR = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f62', name: '压测' };
const SENTENCE = '腾讯称混元 Large 是业界参数规模最大、效果最好的开源 MoE 大语言模型，总参数量 389B。';

function article(n: number, paragraphs: number) {
  const builder = new ArticleBuilder();
  for (let i = 0; i < paragraphs; i++) builder.add('paragraph', `${SENTENCE}（第 ${n} 篇，段落 ${i}）`);
  return builder.build(`文章 ${String(n).padStart(3, '0')}`, {});
}

/** A project of `claims` claims: 100 in each of the first four articles, the rest spread over 196 others. */
export function makeScaledProject(path: string, claims: number): void {
  const store = ProjectStore.create(path, { title: `${claims} 条论断`, author: AUTHOR });
  const png = new PNG({ width: 8, height: 6 });
  png.data.fill(200);
  const bytes = PNG.sync.write(png);
  const shot = store.addScreenshot({ bytes, mime: 'image/png', width: 8, height: 6 }, { bytes, mime: 'image/png', width: 8, height: 6 });
  const others = claims - FIXED_ARTICLES * MEASURED_CLAIMS;
  const rest = ARTICLES - FIXED_ARTICLES;
  const firstClaims: string[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const count = a < FIXED_ARTICLES ? MEASURED_CLAIMS : Math.floor(others / rest) + (a - FIXED_ARTICLES < others % rest ? 1 : 0);
    const content = article(a, Math.max(20, count * 2));
    const added = store.addArticle(content);
    const length = new CodePointIndex(content.text).length;
    const step = Math.floor(length / Math.max(1, count));
    for (let i = 0; i < count; i++) {
      const { quote, position } = describeSpan(content.text, i * step + 2, i * step + 10);
      const claim = store.addClaim({ articleId: added.id, anchor: { ...quote, start: position.start, end: position.end } });
      if (i === 0) firstClaims.push(claim.id);
    }
  }
  for (let c = 0; c < COMPARISONS; c++) {
    const item = (label: string) => ({ assetHash: shot.hash, thumbnailHash: shot.thumbnailHash, label });
    store.addComparison({ title: `对比 ${c}`, claimIds: [firstClaims[c % firstClaims.length]!], items: [item('元宝'), item('豆包')] });
  }
  store.close();
}

export interface ScaleFigures {
  markSavedMs: number;
  verdictShownMs: number;
  selectShownMs: number;
  articleSwitchMs: number;
  typingPaintMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// String scripts: they run in the page, and this tsconfig has no DOM types.
/** Resolves window.__timing with the time from the next `event` (by `key`) to the frame after `done()` holds. */
const watch = (event: string, key: string, done: string) => `(() => {
  window.__timing = new Promise((resolve) => {
    let start = 0;
    addEventListener(${JSON.stringify(event)}, (e) => { if (!start && (${JSON.stringify(key)} === '' || e.key === ${JSON.stringify(key)})) start = e.timeStamp; }, { capture: true });
    const check = () => {
      if (!start || !(${done})) return false;
      const shown = performance.now();
      requestAnimationFrame(() => resolve({ shownMs: shown - start, paintedMs: performance.now() - start }));
      return true;
    };
    const seen = new MutationObserver(() => { if (check()) seen.disconnect(); });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
})()`;

async function timed(page: Page, setup: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(setup);
  await act();
  const t = (await page.evaluate('window.__timing')) as { shownMs: number; paintedMs: number };
  return t.paintedMs;
}

/** Selects a fresh span in block `i` of the reader and times Ctrl+Enter → the saved claim's mark shown and painted. */
async function markSaved(page: Page, i: number): Promise<number> {
  await page.evaluate(`(() => {
    const block = document.querySelectorAll('.article-text p.article-block')[${i}];
    const text = [...block.querySelectorAll('[data-lexical-text]')].filter((n) => !n.closest('mark')).at(-1).firstChild;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, Math.min(5, text.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    window.__pendingSeen = false;
    window.__markText = range.toString();
  })()`);
  // The pending mark appeared, then gave way to the saved claim, selected in the inspector.
  const done = `(document.querySelector('.article-text mark[data-claims~="pending"]') ? (window.__pendingSeen = true) && false : window.__pendingSeen) && document.querySelector('.inspector-quote')?.textContent === window.__markText`;
  return timed(page, watch('keydown', 'Enter', done), () => page.keyboard.press('Control+Enter'));
}

/** Times one round of each measurement on the open project (its first article in the reader). */
export async function measureScale(page: Page, runs: number): Promise<ScaleFigures> {
  const marks: number[] = [];
  const verdicts: number[] = [];
  const selections: number[] = [];
  const switches: number[] = [];
  const typing: number[] = [];
  for (let r = 0; r < runs; r++) {
    await page.waitForTimeout(200);
    marks.push(await markSaved(page, 5 + r * 3));
  }
  // Select the first claim of the list, then time J → the next claim in the inspector (the
  // selected row stays in view, for the verdict edit after).
  await page.getByRole('listbox', { name: '论断' }).getByRole('option').first().click();
  for (let r = 0; r < runs; r++) {
    const before = await page.locator('.inspector-quote').textContent().catch(() => null);
    const done = `document.querySelector('.inspector-quote') && document.querySelector('.inspector-quote').textContent !== ${JSON.stringify(before)}`;
    selections.push(await timed(page, watch('keydown', 'j', done), () => page.keyboard.press('j')));
  }
  // A verdict edit, shown in the selected claim's row of the claims list.
  const verdictSelect = page.getByLabel('核查结论');
  for (let r = 0; r < runs; r++) {
    const value = r % 2 === 0 ? 'true' : 'false';
    const label = r % 2 === 0 ? '属实' : '不实';
    const done = `[...document.querySelectorAll('.claims-list [data-selected] .nav-item-meta')].some((m) => m.textContent.startsWith(${JSON.stringify(label)}))`;
    verdicts.push(await timed(page, watch('change', '', done), async () => void (await verdictSelect.selectOption(value))));
  }
  // Typing in the note: each key until its character is painted.
  await page.getByRole('textbox', { name: '批注' }).click();
  for (let r = 0; r < runs * 2; r++) {
    const ch = 'officialnote'[r % 12]!;
    const done = `document.querySelector('.note-content').textContent.endsWith(${JSON.stringify(ch)})`;
    typing.push(await timed(page, watch('keydown', '', done), () => page.keyboard.type(ch)));
  }
  // Leaving the note saves it.
  await page.evaluate('document.activeElement.blur()');
  // Switching articles: the next article's text and highlights shown.
  for (let r = 0; r < runs; r++) {
    const target = `文章 ${String((r % 3) + 1).padStart(3, '0')}`;
    const back = '文章 000';
    for (const title of [target, back]) {
      const done = `(() => { const h = document.querySelector('.pane-reader .article-title'); return h && h.textContent === ${JSON.stringify(title)} && document.querySelector('.article-text mark.claim-mark'); })()`;
      const ms = await timed(page, watch('pointerdown', '', done), () => page.getByRole('listbox', { name: '文章' }).getByRole('option', { name: new RegExp(title) }).click());
      if (title === target) switches.push(ms);
    }
  }
  return {
    markSavedMs: median(marks),
    verdictShownMs: median(verdicts),
    selectShownMs: median(selections),
    articleSwitchMs: median(switches),
    typingPaintMs: median(typing),
  };
}
