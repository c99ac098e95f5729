// Screenshot comparisons in browser mode: three answers attached to a claim as a labelled
// comparison, a region note drawn, the swipe and difference views, everything still there after
// a reload; a pasted screenshot starts a comparison; a corrupt image is refused.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';

const IMG = (name: string) => join(process.cwd(), 'fixtures/images', name);

async function projectWithClaim(page: Page) {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-cmp-'));
  await callApi(page, 'projectNew', { path: join(dir, 'cmp.pizhu'), title: '截图测试' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  const claim = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '元宝最为简略') });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
  return { claim, dir };
}

test('three answers become a labelled comparison with a region note, viewed by swipe and difference, kept after reload', async ({ page }) => {
  const { claim } = await projectWithClaim(page);
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /元宝最为简略/ }).click();
  await page.getByRole('button', { name: '新建截图对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await dialog.getByTestId('comparison-file-input').setInputFiles([IMG('yuanbao-answer.png'), IMG('kimi-answer.jpg'), IMG('tongyi-answer.webp')]);
  await dialog.getByRole('textbox', { name: '标题' }).fill('三家总结');
  for (const [n, label] of [[1, '元宝'], [2, 'Kimi'], [3, '通义千问']] as const) {
    await dialog.getByRole('textbox', { name: `第 ${n} 张的标签` }).fill(label);
  }
  await expect(dialog.getByRole('checkbox', { name: /元宝最为简略/ })).toBeChecked();
  await dialog.getByRole('button', { name: '创建对比' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '打开截图对比“三家总结”' }).click();
  const viewer = page.getByRole('dialog', { name: '三家总结' });
  await expect(viewer.getByRole('figure')).toHaveCount(3);
  await expect(viewer.getByRole('figure', { name: '元宝' }).getByRole('img', { name: '元宝' })).toBeVisible();

  await viewer.getByRole('button', { name: '画区域' }).click();
  const stage = viewer.getByTestId('stage-元宝');
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + 90, { steps: 5 });
  await page.mouse.up();
  const note = viewer.getByRole('textbox', { name: '区域 1 的批注' });
  await note.fill('只总结了大致内容');
  await note.press('Enter');

  await viewer.getByRole('button', { name: '滑动对比' }).click();
  await expect(viewer.getByTestId('swipe-layer')).toBeVisible();
  await viewer.getByRole('slider', { name: '滑动分界' }).fill('30');
  await viewer.getByRole('button', { name: '差异' }).click();
  await expect(viewer.getByRole('status')).toContainText('变化的像素');
  await expect(viewer.getByTestId('diff-image')).toBeVisible();
  await viewer.getByRole('button', { name: '关闭' }).click();

  await page.reload();
  await page.getByRole('button', { name: '打开截图对比“三家总结”' }).click();
  await expect(page.getByRole('dialog', { name: '三家总结' }).getByRole('textbox', { name: '区域 1 的批注' })).toHaveValue('只总结了大致内容');
  const [comparison] = await callApi<{ claimIds: string[]; items: { label: string; regions: unknown[] }[] }[]>(page, 'listComparisons', {});
  expect(comparison!.claimIds).toEqual([claim.id]);
  expect(comparison!.items.map((i) => i.label)).toEqual(['元宝', 'Kimi', '通义千问']);
  expect(comparison!.items[0]!.regions).toHaveLength(1);
});

test('a screenshot pasted into the window starts a comparison with it', async ({ page }) => {
  await projectWithClaim(page);
  const bytes = [...readFileSync(IMG('yuanbao-answer.png'))];
  await page.evaluate((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'clipboard.png', { type: 'image/png' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, bytes);
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await expect(dialog.getByRole('textbox', { name: '第 1 张的标签' })).toHaveValue('clipboard');
});

test('a corrupt image is refused with its name and nothing is stored', async ({ page }) => {
  await projectWithClaim(page);
  await page.getByRole('button', { name: '新建截图对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await dialog.getByTestId('comparison-file-input').setInputFiles([IMG('yuanbao-answer.png'), IMG('corrupt.jpg')]);
  await dialog.getByRole('button', { name: '创建对比' }).click();
  await expect(dialog.getByRole('alert')).toContainText('corrupt.jpg');
  expect(await callApi(page, 'listComparisons', {})).toEqual([]);
  const info = await callApi<{ articles: unknown[] }>(page, 'projectState');
  expect(info.articles).toHaveLength(1);
});

test('one comparison backs a second claim when linked from the viewer', async ({ page }) => {
  const { claim } = await projectWithClaim(page);
  const [s1, s2] = await callApi<{ hash: string; thumbnailHash: string }[]>(page, 'attachScreenshots', {
    files: ['yuanbao-answer.png', 'kimi-answer.jpg'].map((name) => ({ fileName: name, bytes: { $bytes: readFileSync(IMG(name)).toString('base64') } })),
  });
  await callApi(page, 'addComparison', {
    title: '两家',
    claimIds: [claim.id],
    items: [
      { assetHash: s1!.hash, thumbnailHash: s1!.thumbnailHash, label: '元宝' },
      { assetHash: s2!.hash, thumbnailHash: s2!.thumbnailHash, label: 'Kimi' },
    ],
  });
  const article = (await callApi<{ articles: { id: string }[] }>(page, 'projectState')).articles[0]!;
  const text = (await callApi<{ content: { text: string } }>(page, 'getArticle', { id: article.id })).content.text;
  const second = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(text, '月访问量不到 200 万') });
  await page.reload();
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /月访问量不到 200 万/ }).click();
  await page.getByRole('button', { name: '打开截图对比“两家”' }).click();
  await page.getByRole('dialog', { name: '两家' }).getByRole('button', { name: /支撑所选论断/ }).click();
  await expect(page.getByRole('dialog', { name: '两家' }).getByRole('button', { name: /共支撑 2 条/ })).toBeVisible();
  const [comparison] = await callApi<{ claimIds: string[] }[]>(page, 'listComparisons', {});
  expect(comparison!.claimIds.sort()).toEqual([claim.id, second.id].sort());

  // The inspector of the claim lists the comparison now backing it, and opens it.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '两家' })).toBeHidden();
  const backing = page.getByRole('complementary', { name: '检查器' }).getByRole('region', { name: /截图对比/ });
  await expect(backing.getByRole('button', { name: '两家' })).toBeVisible();
  await backing.getByRole('button', { name: '两家' }).click();
  await expect(page.getByRole('dialog', { name: '两家' })).toBeVisible();
});

test('screenshots are reordered by dragging a label and by Alt+arrow keys', async ({ page }) => {
  const { claim } = await projectWithClaim(page);
  const shots = await callApi<{ hash: string; thumbnailHash: string }[]>(page, 'attachScreenshots', {
    files: ['yuanbao-answer.png', 'kimi-answer.jpg', 'tongyi-answer.webp'].map((name) => ({ fileName: name, bytes: { $bytes: readFileSync(IMG(name)).toString('base64') } })),
  });
  const labels = ['元宝', 'Kimi', '通义千问'];
  await callApi(page, 'addComparison', {
    title: '顺序',
    claimIds: [claim.id],
    items: shots.map((s, i) => ({ assetHash: s.hash, thumbnailHash: s.thumbnailHash, label: labels[i] })),
  });
  await page.reload();
  await page.getByRole('button', { name: '打开截图对比“顺序”' }).click();
  const order = page.getByRole('dialog', { name: '顺序' }).getByRole('list', { name: /截图顺序/ });
  await order.getByRole('button', { name: /^元宝/ }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(order.getByRole('button')).toHaveText(['1. Kimi', '2. 元宝', '3. 通义千问']);
  await order.getByRole('listitem').nth(2).dragTo(order.getByRole('listitem').nth(0));
  await expect(order.getByRole('button')).toHaveText(['1. 通义千问', '2. Kimi', '3. 元宝']);
  const [comparison] = await callApi<{ items: { label: string }[] }[]>(page, 'listComparisons', {});
  expect(comparison!.items.map((i) => i.label)).toEqual(['通义千问', 'Kimi', '元宝']);
});
