// Export from the UI in browser mode: the annotated PDF downloads with the article's Chinese text
// and its claims as real highlight annotations; the CSV opens in Excel's encoding; the dialog
// exports only the articles chosen, remembers the choice, shows progress and cancels; a claim
// has one colour, and a claim with several tags one split underline, in the reader, the HTML
// report and the PDF; the report's appendix leaves out a suggestion dismissed in the 建议 list.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi as api, anchorIn } from './fixtures';
import { tabTo } from './person';
import { paperTint, rgbComponents, stripesCss } from '../shared/domain/claim-color';

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

const SHORT_ARTICLE = '元宝的周活跃用户在十一月超过了一千万,据第三方统计。\n\n这一数字无法独立核实。';

/** The seed article, a copy of it three times over (a long print) and a short one. */
async function projectWithThreeArticles(page: Page) {
  const dir = await projectWithClaim(page);
  const seed = readFileSync(join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt'), 'utf8');
  await api(page, 'importCommit', { source: { kind: 'paste', text: [seed, seed, seed].join('\n') }, options: { title: '长文副本' } });
  const short = await api<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'paste', text: SHORT_ARTICLE }, options: { title: '元宝用户数' } });
  await api(page, 'addClaim', { articleId: short.id, anchor: anchorIn(short.content.text, '超过了一千万'), verdict: 'unproven', note: { json: '', text: '只有单一来源' } });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' })).toBeVisible();
  return dir;
}

const plainPdf = (dir: string, file: string) => {
  const plain = join(dir, 'plain.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
  return readFileSync(plain, 'latin1');
};

test('with one article chosen, the PDF holds only that article, and the dialog remembers the choice', async ({ page }) => {
  const dir = await projectWithThreeArticles(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByText('选定的文章').click();
  await expect(dialog.getByText('请至少选择一篇文章。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeDisabled();
  await dialog.getByText(/^元宝用户数/).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = join(dir, 'one-article.pdf');
  await (await download).saveAs(file);

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('超过了一千万');
  expect(text).toContain('只有单一来源');
  expect(text).not.toContain('总参数量');
  expect(text).not.toContain('官方技术报告给出的数字');
  expect(plainPdf(dir, file).match(/\/Subtype\s*\/Highlight/g)).toHaveLength(1);

  await page.keyboard.press('Control+e');
  await expect(dialog.getByRole('radio', { name: '选定的文章' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /元宝用户数/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /长文副本/ })).not.toBeChecked();
});

test('cancelling a long export shows it stopped and leaves no file', async ({ page }) => {
  const dir = await projectWithThreeArticles(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  // After a second the dialog says how far the export has come.
  await expect(dialog.getByRole('progressbar')).toBeVisible({ timeout: 15_000 });
  await dialog.getByRole('button', { name: '取消导出' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已取消导出，没有写入任何文件。' })).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toBeHidden();
  expect(downloaded).toBe(false);
  expect(readdirSync(dir).filter((f) => !f.startsWith('export.pizhu'))).toEqual([]);
});

test('a claim tagged 评价 and 数据 has 数据’s colour and a split underline of both in the reader, the HTML report and the PDF', async ({ page }) => {
  const dir = await projectWithClaim(page);
  const tags = await api<{ id: string; name: string; color: string }[]>(page, 'listTags');
  const tagId = (name: string) => tags.find((t) => t.name === name)!.id;
  const state = await api<{ articles: { id: string }[] }>(page, 'projectState');
  const [claim] = await api<{ id: string }[]>(page, 'listClaims', { articleId: state.articles[0]!.id });
  await api(page, 'updateClaim', { id: claim!.id, patch: { tagIds: [tagId('评价'), tagId('数据')] } });
  await page.reload();
  const statistic = tags.find((t) => t.name === '数据')!.color;
  const opinion = tags.find((t) => t.name === '评价')!.color;
  // Both tags, in codebook order: 数据 comes before 评价.
  const stripes = [statistic, opinion];
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  const mark = page.locator(`.pane-reader mark.claim-mark[data-claims~="${claim!.id}"]`).first();
  await expect(mark).toBeVisible();
  const style = await mark.evaluate((el) => {
    const css = getComputedStyle(el);
    return { color: css.getPropertyValue('--mark-color').trim(), underline: css.backgroundImage };
  });
  expect(style.color).toBe(statistic);
  expect(style.underline).toContain(`${rgb(statistic)} 0px, ${rgb(statistic)} 6px, ${rgb(opinion)} 6px, ${rgb(opinion)} 12px`);

  // The legend says what the split underline means.
  await page.getByRole('button', { name: '图例' }).click();
  await expect(page.getByRole('dialog', { name: '颜色图例' })).toContainText('多个标签：分段下划线，依次显示每个标签的颜色');
  await page.keyboard.press('Escape');

  const html = await api<{ bytes: { $bytes: string } }>(page, 'exportProject', { options: { format: 'html' } });
  const report = Buffer.from(html.bytes.$bytes, 'base64').toString('utf8');
  expect(report).toContain(`<mark data-claims="1" style="background:${stripesCss(stripes)} left bottom/100% 2px no-repeat,${paperTint(statistic)}">`);
  expect(report).toContain(`id="claim-1" style="--c:${statistic}"`);

  const pdf = await api<{ bytes: { $bytes: string } }>(page, 'exportProject', { options: { format: 'pdf' } });
  const file = join(dir, 'colour.pdf');
  writeFileSync(file, Buffer.from(pdf.bytes.$bytes, 'base64'));
  execFileSync('qpdf', ['--check', file]);
  const objects = (
    JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=inline', file], { encoding: 'utf8', maxBuffer: 256 << 20 })) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { data?: string } }>];
    }
  ).qpdf[1];
  const highlights = Object.values(objects).flatMap((o) => (o.value?.['/Subtype'] === '/Highlight' ? [o.value] : []));
  expect(highlights.map((h) => h['/C'])).toEqual([rgbComponents(paperTint(statistic))]);
  // The comment's own appearance draws the light tint and, along each line, both tags' colours in turn.
  const appearance = Buffer.from(objects[`obj:${(highlights[0]!['/AP'] as { '/N': string })['/N']}`]!.stream!.data!, 'base64').toString('latin1');
  for (const color of [paperTint(statistic), ...stripes]) expect(appearance).toContain(`${rgbComponents(color).join(' ')} rg`);
  expect(appearance.match(/ re f/g)!.length).toBeGreaterThanOrEqual(2);
});

test('the report’s appendix lists the open suggestions and repost traces, without the one dismissed in the 建议 list', async ({ page }) => {
  const dir = await projectWithClaim(page);
  // Dismiss the first suggestion with Delete, as an editor would.
  const list = page.getByRole('complementary', { name: '导航' }).getByRole('listbox', { name: '建议' });
  await tabTo(page, list.getByRole('option').first());
  const dismissed = (await list.getByRole('option').first().locator('.nav-item-title').textContent())!;
  const kept = (await list.getByRole('option').nth(1).locator('.nav-item-title').textContent())!;
  await page.keyboard.press('Delete');
  await expect(list.getByRole('option', { name: dismissed, exact: true })).toHaveCount(0);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.locator('label', { hasText: 'HTML 报告' }).click();
  const appendix = dialog.getByRole('checkbox', { name: '附录：未处理的论断建议与转载痕迹' });
  await expect(appendix).not.toBeChecked();
  await tabTo(page, appendix);
  await page.keyboard.press('Space');
  await expect(appendix).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = join(dir, 'report.html');
  await (await download).saveAs(file);
  const report = readFileSync(file, 'utf8');
  const section = report.slice(report.indexOf('<section class="appendix major">'));
  expect(section).toContain('<h2>附录：论断建议与转载痕迹</h2>');
  expect(section).toContain(`「${kept}」`);
  expect(section).not.toContain(`「${dismissed}」`);
  expect(section).toContain('可能的原文：软件');

  // The choice is remembered for the next export.
  await page.keyboard.press('Control+e');
  await expect(dialog.getByRole('checkbox', { name: '附录：未处理的论断建议与转载痕迹' })).toBeChecked();
});
