// The editing loop at scale and when a record is broken. An editor annotates one claim of a
// 2,000-claim article: only the inspector and that claim's row in the list render again (the
// reader, the navigator and every other row stay as they are), and recolouring the claim re-cuts
// only the blocks under its highlight. A note another program wrote that is not valid editor
// JSON is repaired on reading; a claim the inspector cannot show becomes a card that offers to
// reset the note or delete the claim, never a blank window.
import { mkdtempSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ArticleBuilder } from '../shared/article/builder';
import { describeSpan } from '../shared/anchoring/selectors';
import { CodePointIndex } from '../shared/text/codepoints';
import { ProjectStore } from '../main/project/store';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';

const AUTHOR = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f61', name: '压测' };
const SENTENCES = [
  '11 月 5 日，腾讯宣布开源 MoE 大语言模型混元 Large，总参数量 389B，激活参数量 52B。',
  '在 10 月国内 Web 端 AI 助手的排行榜上，元宝仅排在了第 11 位，月访问量不到 200 万。',
  '腾讯称混元 Large 是业界参数规模最大、效果最好的开源 MoE 大语言模型。𠮷',
];

/** A project whose one article (about 60,000 characters) holds `claims` short claims, one every few sentences. */
function bigProject(claims: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-loop-')), '两千论断.pizhu');
  const builder = new ArticleBuilder();
  for (let i = 0; i < 600; i++) builder.add('paragraph', `${SENTENCES[i % 3]}${SENTENCES[(i + 1) % 3]}（段落 ${i}）`);
  const content = builder.build('两千论断', {});
  const store = ProjectStore.create(path, { title: '两千论断', author: AUTHOR });
  const article = store.addArticle(content);
  const length = new CodePointIndex(content.text).length;
  const step = Math.floor(length / claims);
  for (let i = 0; i < claims; i++) {
    const { quote, position } = describeSpan(content.text, i * step, i * step + 6);
    store.addClaim({ articleId: article.id, anchor: { ...quote, start: position.start, end: position.end } });
  }
  store.close();
  return path;
}

const renders = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __pizhuRenders: Record<string, number> }).__pizhuRenders }));

/** Counts from now on: which views render, and how many of the article's blocks are replaced. */
async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pizhuRenders: Record<string, number>; __pizhuBlocksReplaced: number; __pizhuBlocks?: MutationObserver };
    w.__pizhuRenders = {};
    w.__pizhuBlocksReplaced = 0;
    w.__pizhuBlocks?.disconnect();
    w.__pizhuBlocks = new MutationObserver((records) => {
      for (const r of records) {
        w.__pizhuBlocksReplaced += [...r.removedNodes].filter((n) => n instanceof Element && n.classList.contains('article-block')).length;
      }
    });
    w.__pizhuBlocks.observe(document.querySelector('.pane-reader .article-text')!, { childList: true, subtree: true });
  });
}

test('annotating one claim of 2,000 renders the inspector and its row, nothing else', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    (window as unknown as { __pizhuRenders: Record<string, number> }).__pizhuRenders = {};
  });
  const path = bigProject(2000);
  await enterName(page);
  await callApi(page, 'projectOpen', { path });
  await page.reload();
  const list = page.getByRole('listbox', { name: '论断' });
  await expect(page.locator('.pane-navigator .count').nth(1)).toHaveText('2000');
  await list.getByRole('option').nth(3).click();
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toBeVisible();
  const claimId = await list.getByRole('option').nth(3).getAttribute('data-key');

  await startCounting(page);
  const note = inspector.getByRole('textbox', { name: '批注' });
  await note.click();
  await page.keyboard.type('官方公告写的是 389B');
  const saved = page.waitForResponse(/\/api\/updateClaim$/);
  await page.keyboard.press('Tab');
  await saved;
  await expect.poll(async () => (await renders(page))[`claim-row ${claimId}`] ?? 0).toBeGreaterThan(0);
  const afterNote = await renders(page);
  expect(afterNote.inspector, 'the inspector shows the saved note').toBeGreaterThan(0);
  expect(Object.keys(afterNote).filter((view) => view !== 'inspector' && view !== `claim-row ${claimId}`)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pizhuBlocksReplaced: number }).__pizhuBlocksReplaced)).toBe(0);

  // Tagging it changes its colour: the blocks under its highlight are re-cut, no other.
  const blocksUnder = await page.evaluate(
    (id) => [...document.querySelectorAll('.pane-reader .article-text .article-block')].filter((b) => b.querySelector(`mark[data-claims~="${id}"]`)).length,
    claimId,
  );
  await startCounting(page);
  await inspector.getByRole('button', { name: /数据/ }).click();
  await expect(inspector.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`.pane-reader mark[data-claims~="${claimId}"]`).first()).toHaveAttribute('style', /#1f77b4/);
  const afterTag = await renders(page);
  expect(Object.keys(afterTag).filter((view) => view !== 'inspector' && view !== `claim-row ${claimId}` && view !== 'reader')).toEqual([]);
  const replaced = await page.evaluate(() => (window as unknown as { __pizhuBlocksReplaced: number }).__pizhuBlocksReplaced);
  expect(replaced).toBeGreaterThan(0);
  expect(replaced).toBeLessThanOrEqual(blocksUnder);
});

test('a note another tool wrote that is not editor JSON is repaired on reading: its text shows, the window intact', async ({ page, host }) => {
  await enterName(page);
  const file = join(mkdtempSync(join(tmpdir(), 'pizhu-bad-note-')), '坏批注.pizhu');
  await callApi(page, 'projectNew', { path: file, title: '坏批注' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  const claim = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B') });
  await page.reload();
  await expect(page.getByRole('listbox', { name: '论断' }).getByRole('option')).toHaveCount(1);
  // Another program writes a note the editor cannot read straight into the file (stamping it
  // modified, as Pizhu's own tools do); the window sees the change when it regains focus.
  const db = new DatabaseSync(file);
  db.prepare('UPDATE claims SET note_json = ?, note_text = ? WHERE id = ?').run('{"root": 42', '外部工具写的批注', claim.id);
  db.prepare('UPDATE project SET modified_at = ?').run(new Date().toISOString());
  db.close();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));

  await page.getByRole('listbox', { name: '论断' }).getByRole('option').first().click();
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('外部工具写的批注');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('main', { name: '阅读' }).locator('mark.claim-mark')).toHaveText('总参数量 389B');
  expect(host.consoleErrors).toEqual([]);
});

test('a claim the inspector cannot show becomes a card, in English, and deleting the claim clears it', async ({ page }) => {
  await enterName(page);
  await callApi(page, 'setPreferences', { language: 'en' });
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-bad-note-')), 'bad.pizhu'), title: 'bad' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  const claim = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B') });
  await page.addInitScript((id) => ((window as unknown as { __pizhuFailViews: string[] }).__pizhuFailViews = [`claim ${id}`]), claim.id);
  await page.reload();

  await page.getByRole('listbox', { name: 'Claims' }).getByRole('option').first().click();
  const card = page.getByRole('complementary', { name: 'Inspector' }).getByRole('alert');
  await expect(card).toContainText('This claim cannot be shown');
  // The rest of the window keeps working.
  await expect(page.getByRole('main', { name: 'Reader' }).locator('mark.claim-mark')).toHaveText('总参数量 389B');
  await card.getByRole('button', { name: 'Delete this claim' }).click();
  await expect(page.getByRole('main', { name: 'Reader' }).locator('mark.claim-mark')).toHaveCount(0);
  await expect(card).toBeHidden();
});
