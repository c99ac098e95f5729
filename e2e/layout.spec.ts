// The workspace at the window sizes people use: the side panes resize from the keyboard,
// collapse from the 视图 menu and its shortcuts, are remembered after a reload, and the reader
// keeps a readable measure (30 to 45 characters a line) from 1024×700 to 1920×1080.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi } from './fixtures';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');

async function openSeedProject(page: Page): Promise<void> {
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-layout-')), '版面.pizhu'), title: '版面' });
  await callApi(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).locator('.article-text')).toContainText('总参数量 389B');
}

/** How many CJK characters fit on one line of the article (each is one em wide). */
const charactersPerLine = (page: Page) =>
  page.locator('.pane-reader .article-text').evaluate((el) => el.clientWidth / parseFloat(getComputedStyle(el).fontSize));

const widthOf = (page: Page, pane: string) => page.getByRole('complementary', { name: pane }).evaluate((el) => el.getBoundingClientRect().width);

/** The pane's width once the layout has settled: the same over several animation frames (a window
 *  resize reaches the panel group through a ResizeObserver, a frame or two later). */
async function settledWidth(page: Page, pane: string): Promise<number> {
  return page.getByRole('complementary', { name: pane }).evaluate(async (el) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    let same = 0;
    for (let i = 0; i < 120 && same < 5; i++) {
      await frame();
      const w = el.getBoundingClientRect().width;
      same = w === last ? same + 1 : 0;
      last = w;
    }
    return last;
  });
}

test('side panes resize from the keyboard, collapse from the menu and shortcuts, and are remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSeedProject(page);
  // A first start in a narrow window leaves the navigator folded away, for the reader's sake.
  await expect(page.getByRole('complementary', { name: '导航' })).toBeHidden();
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);

  await page.keyboard.press('Control+[');
  await expect(page.getByRole('complementary', { name: '导航' })).toBeVisible();
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);

  // The inspector's separator, focused, takes the arrow keys: the inspector grows to the left.
  await page.setViewportSize({ width: 1280, height: 800 });
  const before = await settledWidth(page, '检查器');
  await page.getByRole('separator', { name: '调整检查器宽度' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => widthOf(page, '检查器')).toBeGreaterThan(before + 30);
  const wider = await settledWidth(page, '检查器');
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);

  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).locator('.article-text')).toContainText('总参数量 389B');
  expect(Math.abs((await widthOf(page, '检查器')) - wider)).toBeLessThan(2);
  await expect(page.getByRole('complementary', { name: '导航' })).toBeVisible();

  // Folded from the 视图 menu, back with the shortcut.
  await page.getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: /显示或隐藏检查器/ }).click();
  await expect(page.getByRole('complementary', { name: '检查器' })).toBeHidden();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+]');
  await expect(page.getByRole('complementary', { name: '检查器' })).toBeVisible();
  expect(Math.abs((await widthOf(page, '检查器')) - wider)).toBeLessThan(2);
});

test('at 200 % zoom in a 1024×700 window the side panes open as drawers over the reader, and Escape or a click closes them', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSeedProject(page);
  await callApi(page, 'setPreferences', { zoom: 2 });
  await page.reload();
  const reader = page.getByRole('main', { name: '阅读' });
  await expect(reader.locator('.article-text')).toContainText('总参数量 389B');
  const navigator = page.getByRole('complementary', { name: '导航' });
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(navigator).toBeHidden();
  await expect(inspector).toBeHidden();

  // No room beside the reader: the navigator comes over it (the reader keeps its width), focus
  // inside, and Escape sends it away.
  await reader.locator('.article-text').click();
  const measure = await charactersPerLine(page);
  await page.keyboard.press('Control+[');
  await expect(navigator).toBeVisible();
  expect(await navigator.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect(await charactersPerLine(page)).toBe(measure);
  await page.keyboard.press('Escape');
  await expect(navigator).toBeHidden();

  // The inspector likewise; a click on the reader closes it, and the same shortcut opens it again.
  await page.keyboard.press('Control+]');
  await expect(inspector).toBeVisible();
  const box = (await inspector.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1024 + 1);
  await reader.locator('.article-text').click({ position: { x: 10, y: 10 } });
  await expect(inspector).toBeHidden();
  await page.keyboard.press('Control+]');
  await expect(inspector).toBeVisible();
  await page.keyboard.press('Control+]');
  await expect(inspector).toBeHidden();
});

test('the reader keeps 30 to 45 characters a line at every window size, in both languages and themes', async ({ page }) => {
  await openSeedProject(page);
  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    const perLine = await charactersPerLine(page);
    expect(perLine, `${width}×${height}`).toBeGreaterThanOrEqual(30);
    expect(perLine, `${width}×${height}`).toBeLessThanOrEqual(45);
    // The navigator's sections stack without covering each other: the button below the 建议 list
    // is what a click at its centre reaches.
    const button = page.getByRole('button', { name: '新建截图对比…' });
    await button.scrollIntoViewIfNeeded();
    expect(await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    }), `${width}×${height}`).toBe(true);
  }
  await page.getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: /语言/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('button', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: /Theme/ }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  // Suggestions give their reasons in English too.
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /389B/ }).first()).toContainText('number with a unit');
  await expect(page.getByRole('separator', { name: 'Resize the inspector' })).toBeAttached();
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);
  await page.screenshot({ path: test.info().outputPath('1024-en-dark.png') });
});

test('the legend says what each highlight colour means, by tag and by verdict', async ({ page }) => {
  await openSeedProject(page);
  const reader = page.getByRole('main', { name: '阅读' });
  await reader.getByRole('button', { name: '图例' }).click();
  const legend = page.getByRole('dialog', { name: '颜色图例' });
  await expect(legend).toContainText('数据');
  await expect(legend).toContainText('没有标签');
  await expect(legend).toContainText('排在最前');
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await reader.getByRole('radio', { name: '按结论' }).or(reader.getByRole('button', { name: '按结论' })).click();
  await reader.getByRole('button', { name: '图例' }).click();
  await expect(legend).toContainText('不实');
  await expect(legend).toContainText('尚无结论');
  await expect(legend).not.toContainText('没有标签');
});
