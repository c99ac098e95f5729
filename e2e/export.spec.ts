// Export from the UI in browser mode: the annotated PDF downloads with the article's Chinese text
// and its claims as real highlight annotations; the CSV opens in Excel's encoding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi as api, anchorIn } from './fixtures';

async function projectWithClaim(page: Page) {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-export-'));
  await api(page, 'projectNew', { path: join(dir, 'export.pizhu'), title: '导出测试' });
  const article = await api<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  await api(page, 'addClaim', {
    articleId: article.id,
    anchor: anchorIn(article.content.text, '总参数量 389B'),
    verdict: 'true',
    strength: 3,
    note: { json: '', text: '官方技术报告给出的数字' },
  });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
  return dir;
}

test('the annotated PDF downloads with its Chinese text and one highlight comment per claim', async ({ page }) => {
  const dir = await projectWithClaim(page);
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^导出/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByRole('radio', { name: /批注 PDF/ })).toBeChecked();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file.endsWith('导出测试.pdf')).toBe(true);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, '')).toContain('总参数量389B');
  expect(text).toContain('官方技术报告给出的数字');
  execFileSync('qpdf', ['--check', file]);
  // Unpack object streams so the annotation dictionaries can be read as text.
  const plain = join(dir, 'plain.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
  const pdf = readFileSync(plain, 'latin1');
  expect(pdf.match(/\/Subtype\s*\/Highlight/g)).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: '已导出 1 条论断' })).toBeVisible();
});

test('the CSV of claims starts with a byte-order mark so Excel reads the Chinese', async ({ page }) => {
  const dir = await projectWithClaim(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.locator('label', { hasText: 'CSV' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = join(dir, 'claims.csv');
  await (await download).saveAs(file);
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('总参数量 389B');
});
