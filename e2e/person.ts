// Typing as a person does: Latin text key by key, Chinese through an input method (composition
// start, the composed text, composition end), Tab between fields. And reading back what the app
// stored, through the API, to check that typing changed only what it was meant to.
import { expect, type Locator, type Page } from '@playwright/test';
import { callApi } from './fixtures';

const CJK_RUN = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u{20000}-\u{2ffff}]+|[^\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u{20000}-\u{2ffff}]+/gu;
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u{20000}-\u{2ffff}]/u;

/**
 * One IME composition into the focused element, as a pinyin input method does it: the phrase
 * shows as composition text first (compositionstart, compositionupdate), then is committed
 * (compositionend and the inserted text). Chromium's own IME path, through the DevTools protocol.
 */
export async function compose(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const first = [...text][0]!;
  await cdp.send('Input.imeSetComposition', { text: first, selectionStart: first.length, selectionEnd: first.length });
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** Types mixed Chinese and Latin text into the focused element. */
export async function typeAsPerson(page: Page, text: string): Promise<void> {
  for (const run of text.match(CJK_RUN) ?? []) {
    if (CJK.test(run)) await compose(page, run);
    else await page.keyboard.type(run);
  }
}

/** Runs in the page (the e2e project has no DOM types). */
function hasFocus(el: unknown): boolean {
  const active = (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
  return el === active || (el as { contains(node: unknown): boolean }).contains(active);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails when it never does. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate(hasFocus).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Clears the focused text field with the keyboard and types `text`. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await typeAsPerson(page, text);
}

export interface ClaimState {
  id: string;
  tagIds: string[];
  strength: number | null;
  verdict: string | null;
  status: string;
  note: { json: string; text: string };
}

export const claimsOf = (page: Page, articleId: string) => callApi<ClaimState[]>(page, 'listClaims', { articleId });

/** What a side effect could have changed on claims: tags, strength, verdict, status. */
export const judgements = (claims: ClaimState[]) => claims.map(({ id, tagIds, strength, verdict, status }) => ({ id, tagIds, strength, verdict, status }));

/** Waits until the API reports what `read` returns as `expected`. */
export async function stored<T>(read: () => Promise<T>, expected: T): Promise<void> {
  await expect.poll(read, { timeout: 10_000 }).toEqual(expected);
}
