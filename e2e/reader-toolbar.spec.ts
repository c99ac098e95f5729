// The reader toolbar at 1024×700, plain and at 200 % zoom, in Chinese and English, light and
// dark: it stays on one line, and every one of its commands is still there, either as a button
// or in its 更多 menu, which the keyboard opens and works.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, enterName, callApi } from './fixtures';
import { tabTo } from './person';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');

const COMMANDS = {
  'zh-CN': { reader: '阅读', toolbar: '论断工具', more: '更多', mark: '标记为论断', snap: '对齐到词', byTag: '按标签', byVerdict: '按结论', legend: '图例', find: '查找', findBar: '在文章中查找', legendTitle: '颜色图例' },
  en: { reader: 'Reader', toolbar: 'Claim tools', more: 'More', mark: 'Mark as claim', snap: 'Snap to words', byTag: 'By tag', byVerdict: 'By verdict', legend: 'Legend', find: 'Find', findBar: 'Find in article', legendTitle: 'Colour legend' },
};

async function openSeed(page: Page, language: 'zh-CN' | 'en', theme: 'light' | 'dark', zoom: number): Promise<void> {
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-toolbar-')), '工具栏.pizhu'), title: '工具栏' });
  await callApi(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  await callApi(page, 'setPreferences', { language, theme, zoom });
  await page.reload();
  await expect(page.locator('.pane-reader .article-text')).toContainText('总参数量 389B');
}

const menuEntry = (menu: Locator, name: string) =>
  menu.getByRole('menuitem', { name }).or(menu.getByRole('menuitemcheckbox', { name })).or(menu.getByRole('menuitemradio', { name }));

/** The toolbar's controls a person can see, by accessible name, and whether they share one line. */
async function visibleControls(toolbar: Locator): Promise<{ names: string[]; oneLine: boolean }> {
  const controls = toolbar.getByRole('button').or(toolbar.getByRole('radio'));
  const names: string[] = [];
  const tops = new Set<number>();
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    names.push((await control.textContent())!.trim());
    const box = (await control.boundingBox())!;
    tops.add(Math.round(box.y));
  }
  return { names, oneLine: tops.size === 1 };
}

for (const zoom of [1, 2]) {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`at 1024×700 and ${zoom * 100} % zoom, ${language}, ${theme}: the toolbar is one line and every command is reachable`, async ({ page }) => {
        const words = COMMANDS[language];
        await page.setViewportSize({ width: 1024, height: 700 });
        await openSeed(page, language, theme, zoom);
        const reader = page.getByRole('main', { name: words.reader });
        const toolbar = reader.getByRole('toolbar', { name: words.toolbar });

        const { names, oneLine } = await visibleControls(toolbar);
        expect(oneLine, names.join(' | ')).toBe(true);
        const box = (await toolbar.boundingBox())!;
        expect(box.height).toBeLessThan(70 * zoom);
        expect(box.x + box.width).toBeLessThanOrEqual(1024 + 1);

        const all = [words.mark, words.snap, words.byTag, words.byVerdict, words.legend, words.find];
        const inBar = all.filter((name) => names.includes(name));
        const inMenu = all.filter((name) => !names.includes(name));
        expect(inBar).toContain(words.mark);
        if (inMenu.length === 0) {
          await expect(toolbar.getByRole('button', { name: words.more })).toHaveCount(0);
          return;
        }
        // The rest is in 更多, reached with Tab and the arrow keys, opened with Enter.
        const more = toolbar.getByRole('button', { name: words.more });
        await tabTo(page, reader.getByRole('button', { name: words.mark }));
        for (let i = 0; i < 8 && !(await more.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
        await expect(more).toBeFocused();
        await page.keyboard.press('Enter');
        const menu = page.getByRole('menu', { name: words.more });
        await expect(menu).toBeVisible();
        for (const name of inMenu) await expect(menuEntry(menu, name), name).toBeVisible();
        expect(await menu.locator('[role^="menuitem"]').count()).toBe(inMenu.length);
        const menuBox = (await menu.boundingBox())!;
        expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(1024 + 1);
        expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(700 + 1);

        // A command from the menu does what its button would.
        const last = inMenu.at(-1)!;
        await page.keyboard.press('End');
        await expect(menuEntry(menu, last)).toBeFocused();
        await page.keyboard.press('Enter');
        if (last === words.find) await expect(page.getByRole('search', { name: words.findBar })).toBeVisible();
        if (last === words.legend) await expect(page.getByRole('dialog', { name: words.legendTitle })).toBeVisible();
      });
    }
  }
}
