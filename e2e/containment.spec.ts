// The workspace at the window sizes people use (1024×700, 1280×800, 1920×1080), light and dark,
// in each of the three languages: no control sticks out of its pane or bar sideways (a page
// script compares each visible control's box with its container's), axe finds nothing serious,
// and the reader keeps at least 30 characters a line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');
const SIZES = [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const;

/** Each visible control whose box reaches past its pane's or bar's left or right edge. */
const controlsOutside = (page: Page) =>
  page.evaluate(() => {
    const CONTROLS = 'button, input, select, textarea, a[href], [role="button"], [role="option"], [role="radio"], [role="checkbox"], [role="tab"], [role="separator"]';
    const CONTAINERS = '.pane, .menubar, .statusbar';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(CONTROLS)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const container = el.closest<HTMLElement>(CONTAINERS);
      if (!container) continue;
      const edge = container.getBoundingClientRect();
      if (box.left < edge.left - 1 || box.right > edge.right + 1) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40);
        out.push(`${container.className.split(' ')[0]} › ${el.tagName.toLowerCase()} “${name}”: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(edge.left)}–${Math.round(edge.right)}`);
      }
    }
    return out;
  });

const charactersPerLine = (page: Page) =>
  page.locator('.pane-reader .article-text').evaluate((el) => el.clientWidth / parseFloat(getComputedStyle(el).fontSize));

for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`in ${lang}, at each window size and in both themes, every control stays inside its pane and axe finds nothing serious`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await enterName(page);
    await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-fit-')), '版面.pizhu'), title: '版面' });
    const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'path', path: SEED } });
    await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), verdict: 'true', strength: 3 });
    for (const theme of ['light', 'dark'] as const) {
      await callApi(page, 'setPreferences', { language: lang, theme });
      await page.reload();
      await expect(page.locator('.pane-reader .article-text')).toContainText('389B');
      // A claim selected, so the inspector shows its form.
      await page.locator('.pane-reader mark').first().click();
      await expect(page.locator('.pane-inspector textarea, .pane-inspector [contenteditable="true"]').first()).toBeVisible();
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const where = `${lang} ${theme} ${width}×${height}`;
        expect(await controlsOutside(page), where).toEqual([]);
        expect(await charactersPerLine(page), where).toBeGreaterThanOrEqual(30);
        const axe = await new AxeBuilder({ page }).analyze();
        const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`),
          where,
        ).toEqual([]);
      }
    }
  });
}
