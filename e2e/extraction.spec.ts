// A fact-checker imports what editors really send: a WeChat article saved from the browser and
// a press release as PDF. The import preview shows each one's headline, author, account or
// publisher, date and source address, and lets the checker fill in what the PDF lacks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, enterName, expect, test } from './fixtures';
import { retype, tabTo } from './person';

const FIXTURES = resolve('fixtures/extraction');

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files);
}

interface StoredArticle {
  content: { title: string; source: Record<string, string> };
}

test('a saved WeChat article and a PDF press release come in with their headline, byline, date and source', async ({ page, host }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-extraction-'));
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(dir, 'checks.pizhu'), title: '来稿核查' });
  await page.reload();
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '来稿核查' })).toBeVisible();

  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await tabTo(page, dialog.getByRole('button', { name: '选择文件…' }));
  await chooseFiles(page, [join(FIXTURES, 'wechat-saved.html'), join(FIXTURES, 'press-release.pdf')]);

  // The WeChat page: the headline, not the account's chrome; the account as publisher.
  await expect(dialog.getByRole('textbox', { name: '标题' })).toHaveValue('腾讯的AI困局：元宝为何掉队');
  await expect(dialog.getByRole('textbox', { name: '作者' })).toHaveValue('关注前沿科技');
  await expect(dialog.getByRole('textbox', { name: '发布者' })).toHaveValue('量子位');
  await expect(dialog.getByRole('textbox', { name: '发布日期' })).toHaveValue('2024-11-08T12:30:00+08:00');
  await expect(dialog.getByRole('textbox', { name: '来源网址' })).toHaveValue(/^https:\/\/mp\.weixin\.qq\.com\/s\?__biz=/);
  await expect(dialog.getByLabel('正文预览')).toContainText('总参数量 389B，激活参数量 52B');
  await expect(dialog.getByLabel('正文预览')).not.toContainText('阅读原文');
  await tabTo(page, dialog.getByRole('button', { name: '导入', exact: true }));
  await page.keyboard.press('Enter');

  // The PDF: title from its largest line, author and date from its info; no address, so the
  // checker types the one the press release was published at.
  await expect(dialog.getByRole('textbox', { name: '标题' })).toHaveValue('混元 Large 开源发布');
  await expect(dialog.getByRole('textbox', { name: '作者' })).toHaveValue('腾讯混元团队');
  await expect(dialog.getByRole('textbox', { name: '发布日期' })).toHaveValue('2024-11-05T02:30:00Z');
  await tabTo(page, dialog.getByRole('textbox', { name: '来源网址' }));
  await retype(page, 'https://hunyuan.tencent.com/news/large');
  await tabTo(page, dialog.getByRole('textbox', { name: '发布者' }), { back: true });
  await retype(page, '腾讯');
  await tabTo(page, dialog.getByRole('button', { name: '导入', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  const stored = await Promise.all(articles.map((a) => callApi<StoredArticle>(page, 'getArticle', { id: a.id })));
  expect(stored.map((a) => [a.content.title, a.content.source])).toEqual([
    [
      '腾讯的AI困局：元宝为何掉队',
      {
        url: 'https://mp.weixin.qq.com/s?__biz=MzIzNjc1NzUzMw==&mid=2247761234&idx=1&sn=3f0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c',
        publisher: '量子位',
        author: '关注前沿科技',
        publishedAt: '2024-11-08T12:30:00+08:00',
        fileName: 'wechat-saved.html',
      },
    ],
    [
      '混元 Large 开源发布',
      { url: 'https://hunyuan.tencent.com/news/large', publisher: '腾讯', author: '腾讯混元团队', publishedAt: '2024-11-05T02:30:00Z', fileName: 'press-release.pdf' },
    ],
  ]);
  expect(host.consoleErrors).toEqual([]);
});
