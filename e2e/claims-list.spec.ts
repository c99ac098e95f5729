// The claims list of a long article, used as an editor does: with the mouse and with the keys.
// Only the rows in view are in the page, yet the list says how many claims it holds; arrows,
// Home/End and PageUp/PageDown move through all of them, Enter or Space selects, a claim clicked
// again stays selected, and a selection made with J/K scrolls the list to it. Selecting another
// claim renders its row and the row it leaves, no other.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ArticleBuilder } from '../shared/article/builder';
import { describeSpan } from '../shared/anchoring/selectors';
import { CodePointIndex } from '../shared/text/codepoints';
import { ProjectStore } from '../main/project/store';
import { test, expect, enterName, callApi } from './fixtures';

const AUTHOR = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f62', name: '列表' };
const CLAIMS = 300;

/** One article of numbered paragraphs, one claim on each paragraph's number. */
function listProject(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-list-')), '三百论断.pizhu');
  const builder = new ArticleBuilder();
  for (let i = 0; i < CLAIMS; i++) builder.add('paragraph', `第${String(i + 1).padStart(3, '0')}条：腾讯称混元 Large 是业界参数规模最大的开源 MoE 模型。`);
  const content = builder.build('三百论断', {});
  const store = ProjectStore.create(path, { title: '三百论断', author: AUTHOR });
  const article = store.addArticle(content);
  const points = new CodePointIndex(content.text);
  let from = 0;
  for (let i = 0; i < CLAIMS; i++) {
    const label = `第${String(i + 1).padStart(3, '0')}条`;
    const start = points.toCodePoint(content.text.indexOf(label, from));
    from = content.text.indexOf(label, from) + label.length;
    const { quote, position } = describeSpan(content.text, start, start + [...label].length);
    store.addClaim({ articleId: article.id, anchor: { ...quote, start: position.start, end: position.end } });
  }
  store.close();
  return path;
}

// Tall enough for the whole claims list to be in the window: "in view" means in the list's view.
test.use({ viewport: { width: 1280, height: 1000 } });

const selectedQuote = (page: Page) => page.getByRole('complementary', { name: '检查器' }).locator('.inspector-quote');

test('the claims list of 300 claims is worked with the keys and the mouse, and follows J and K', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __pizhuRenders: Record<string, number> }).__pizhuRenders = {};
  });
  await enterName(page);
  await callApi(page, 'projectOpen', { path: listProject() });
  await page.reload();
  const list = page.getByRole('listbox', { name: '论断' });
  const options = list.getByRole('option');
  await expect(page.locator('.pane-navigator .count').nth(1)).toHaveText(String(CLAIMS));
  // Only a window of rows is in the page, and each says where it stands in all 300.
  expect(await options.count()).toBeLessThan(40);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(CLAIMS));

  // A click selects; a second click on the same claim keeps it selected.
  const second = options.filter({ hasText: '第002条' });
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(selectedQuote(page)).toHaveText('第002条');
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(selectedQuote(page)).toHaveText('第002条');

  // The keys: End reaches the last claim (scrolled into the page), Enter selects it.
  await expect(list).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(selectedQuote(page)).toHaveText('第300条');
  await expect(options.filter({ hasText: '第300条' })).toHaveAttribute('aria-selected', 'true');
  await expect(options.filter({ hasText: '第300条' })).toBeInViewport();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(selectedQuote(page)).toHaveText('第003条');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(selectedQuote(page)).not.toHaveText('第003条');
  const afterPage = Number((await selectedQuote(page).textContent())!.slice(1, 4));
  expect(afterPage).toBeGreaterThan(3);

  // J selects the next claim and renders two rows: the one it leaves and the one it reaches.
  await page.evaluate(() => {
    (window as unknown as { __pizhuRenders: Record<string, number> }).__pizhuRenders = {};
  });
  await page.keyboard.press('j');
  const next = `第${String(afterPage + 1).padStart(3, '0')}条`;
  await expect(selectedQuote(page)).toHaveText(next);
  await expect(options.filter({ hasText: next })).toHaveAttribute('aria-selected', 'true');
  const rows = Object.keys(await page.evaluate(() => ({ ...(window as unknown as { __pizhuRenders: Record<string, number> }).__pizhuRenders })));
  expect(rows.filter((view) => view.startsWith('claim-row '))).toHaveLength(2);

  // A selection made in the reader scrolls the list to it: K from the first claim's neighbour back up.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.locator('.pane-reader mark.claim-mark').last().click();
  await expect(selectedQuote(page)).toHaveText('第300条');
  await expect(options.filter({ hasText: '第300条' })).toBeInViewport();
  await page.keyboard.press('k');
  await expect(selectedQuote(page)).toHaveText('第299条');
  await expect(options.filter({ hasText: '第299条' })).toHaveAttribute('aria-selected', 'true');
});
