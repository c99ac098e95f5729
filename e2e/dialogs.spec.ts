// Every dialog of the app, opened as a person opens it (shortcut, menu or button) in a
// 1024×700 window, at 100 % and at the app's 200 % zoom, in Chinese and in English: the dialog
// lies wholly inside the window, its action buttons show without scrolling, every button in it
// is reached by Tab and is inside the window when it has the focus, and axe finds no serious or
// critical violation.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translate } from '../shared/i18n';
import { test, expect, callApi, anchorIn } from './fixtures';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');
const IMG = (name: string) => join(process.cwd(), 'fixtures/images', name);
const W = 1024;
const H = 700;

type Lang = 'zh-CN' | 'en';

/** What went wrong with one dialog, as lines for one readable failure at the end. */
async function faultsOf(page: Page, name: string): Promise<string[]> {
  const dialog = page.locator('.modal').last();
  await expect(dialog, name).toBeVisible();
  // Let react-aria finish its entry (focus, positioning) and fonts settle.
  await page.waitForTimeout(150);
  const faults: string[] = [];
  const box = (await dialog.boundingBox())!;
  if (box.x < -1 || box.y < -1 || box.x + box.width > W + 1 || box.y + box.height > H + 1) {
    faults.push(`${name}: outside the window (${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)})`);
  }
  const actions = dialog.locator('.dialog-actions').last();
  if (await actions.isVisible()) {
    const a = (await actions.boundingBox())!;
    if (a.y < box.y - 1 || a.y + a.height > Math.min(H, box.y + box.height) + 1) faults.push(`${name}: action buttons need scrolling to be seen`);
  }

  // Tab round the dialog: each visible button must get the focus, inside the window.
  const { buttons, stops } = await dialog.evaluate((el) => {
    const shown = (b: HTMLElement) => b.tabIndex >= 0 && b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden';
    const list = [...el.querySelectorAll<HTMLElement>('button:not([disabled]), [role="button"]:not([aria-disabled="true"])')].filter(shown);
    list.forEach((b, i) => b.setAttribute('data-fit', String(i)));
    const stops = [...el.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]')].filter(shown).length;
    return { buttons: list.map((b) => b.getAttribute('aria-label') || b.textContent?.trim() || '?'), stops };
  });
  const reached = new Set<number>();
  const outside = new Set<number>();
  for (let i = 0; i < stops + 10 && reached.size < buttons.length; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(({ W, H }) => {
      const el = document.activeElement as HTMLElement | null;
      const id = el?.getAttribute('data-fit');
      if (!el || id == null) return null;
      const r = el.getBoundingClientRect();
      return { id: Number(id), inside: r.left >= -1 && r.top >= -1 && r.right <= W + 1 && r.bottom <= H + 1 };
    }, { W, H });
    if (!at) continue;
    if (!at.inside) outside.add(at.id);
    reached.add(at.id);
  }
  for (const id of outside) faults.push(`${name}: 「${buttons[id]}」 is outside the window when focused`);
  const missed = buttons.filter((_, i) => !reached.has(i));
  if (missed.length) faults.push(`${name}: Tab never reaches ${missed.map((b) => `「${b}」`).join(' ')}`);

  const axe = await new AxeBuilder({ page }).include('.modal').analyze();
  for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    faults.push(`${name}: axe ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  }
  return faults;
}

async function closeDialog(page: Page): Promise<void> {
  const count = await page.locator('.modal').count();
  await page.keyboard.press('Escape');
  await expect(page.locator('.modal')).toHaveCount(count - 1);
}

for (const zoom of [1, 2]) {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    test(`every dialog fits a 1024×700 window at ${zoom * 100} % zoom in ${lang}, reachable by Tab, with no serious axe violation`, async ({ page }) => {
      test.setTimeout(300_000);
      const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
      const faults: string[] = [];
      const check = async (name: string) => faults.push(...(await faultsOf(page, name)));
      const menu = async (top: string, item: string) => {
        await page.getByRole('button', { name: t(top), exact: true }).click();
        await page.getByRole('menuitem', { name: t(item) }).click();
      };
      await page.setViewportSize({ width: W, height: H });

      // Set-up a test is not about: the language and zoom, a project with the seed article, two
      // claims, and a colleague's copy that disagrees on one verdict.
      const dir = mkdtempSync(join(tmpdir(), 'pizhu-dialogs-'));
      const mine = join(dir, '核查.pizhu');
      const theirs = join(dir, '同事.pizhu');
      await callApi(page, 'setPreferences', { language: lang, zoom });
      await page.reload();
      await check('firstRun');
      await page.getByRole('dialog').getByRole('textbox').fill('张编辑');
      await page.getByRole('button', { name: t('firstRun.start') }).click();

      await callApi(page, 'projectNew', { path: mine, title: '核查' });
      const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'path', path: SEED } });
      const claim = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), verdict: 'unproven' });
      await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '仅排在了第 11 位') });
      await callApi(page, 'projectClose');
      copyFileSync(mine, theirs);
      await callApi(page, 'projectOpen', { path: theirs });
      await callApi(page, 'updateClaim', { id: claim.id, patch: { verdict: 'false' } });
      await callApi(page, 'projectClose');
      await callApi(page, 'projectOpen', { path: mine });
      await callApi(page, 'updateClaim', { id: claim.id, patch: { verdict: 'true' } });
      await page.reload();
      await expect(page.locator('.pane-reader .article-text')).toContainText('总参数量 389B');

      // From shortcuts.
      for (const [keys, name] of [
        ['Control+,', 'preferences'],
        ['Control+/', 'shortcuts'],
        ['Control+n', 'newProject'],
        ['Control+o', 'openProject'],
        ['Shift+Control+S', 'saveAs'],
        ['Control+e', 'export'],
        ['Shift+Control+F', 'search'],
      ] as const) {
        await page.locator('.pane-reader .article-text').click();
        await page.keyboard.press(keys);
        await check(name);
        await closeDialog(page);
      }

      // From the menus.
      for (const [top, item, name] of [
        ['menu.help', 'menu.about', 'about'],
        ['menu.file', 'menu.saveCopy', 'saveCopy'],
        ['menu.file', 'menu.publisherSettings', 'publisher'],
        ['menu.article', 'menu.renameArticle', 'renameArticle'],
        ['menu.article', 'menu.deleteArticle', 'deleteArticle'],
        ['menu.article', 'menu.artefactReport', 'artefacts'],
      ] as const) {
        await menu(top, item);
        await check(name);
        await closeDialog(page);
      }

      // Import: the chooser, then the preview of the seed article.
      await page.locator('.pane-reader .article-text').click();
      await page.keyboard.press('Control+i');
      await check('import');
      await page.locator('.modal').last().getByTestId('import-file-input').setInputFiles(SEED);
      await expect(page.locator('.modal').last()).toContainText('389B');
      await check('importPreview');
      await closeDialog(page);

      // The codebook, from the navigator.
      const navigator = page.getByRole('complementary', { name: t('pane.navigator') });
      if (!(await navigator.isVisible())) await page.keyboard.press('Control+[');
      // Opened from the keyboard: focus the button, press Enter.
      const press = async (name: string) => {
        await navigator.getByRole('button', { name }).focus();
        await page.keyboard.press('Enter');
      };
      await press(t('claims.openCodebook'));
      await check('codebook');
      await closeDialog(page);

      // A new comparison of three screenshots (the case that once cut off its buttons), then the viewer.
      await press(t('comparison.new'));
      await page.locator('.modal').last().getByTestId('comparison-file-input').setInputFiles([IMG('yuanbao-answer.png'), IMG('kimi-answer.jpg'), IMG('tongyi-answer.webp')]);
      await check('newComparison');
      const newComparison = page.locator('.modal').last();
      for (const [n, label] of [[1, '元宝'], [2, 'Kimi'], [3, '通义千问']] as const) {
        await newComparison.getByRole('textbox', { name: t('comparison.label', { n }) }).fill(label);
      }
      await newComparison.getByRole('textbox', { name: t('comparison.title') }).fill('三家');
      await newComparison.getByRole('button', { name: t('comparison.create') }).click();
      await expect(page.locator('.modal')).toHaveCount(0);
      await press(t('comparison.open', { title: '三家' }));
      await check('comparisonViewer');
      await closeDialog(page);

      // Agreement and merge with the colleague's copy: the path dialog, then the report or preview,
      // then (merge) the conflicts left to resolve.
      for (const [item, name] of [
        ['menu.agreement', 'agreement'],
        ['menu.mergeCopy', 'merge'],
      ] as const) {
        await menu('menu.file', item);
        await check(`${name} (path)`);
        await page.locator('.modal').last().getByRole('textbox').fill(theirs);
        await page.keyboard.press('Enter');
        await expect(page.locator('.modal').last().getByRole('status').or(page.locator('.modal').last().getByRole('table')).first()).toBeVisible();
        await check(name);
        if (name === 'agreement') await closeDialog(page);
      }
      await page.locator('.modal').last().getByRole('button', { name: t('team.merge'), exact: true }).click();
      await expect(page.locator('.modal').last()).toContainText(t('team.conflictsTitle'));
      await check('conflicts');

      expect(faults).toEqual([]);
    });
  }
}

