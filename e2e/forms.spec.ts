// Every form of the app, typed as a person types: Chinese through an input method, Latin key by
// key, digits inside dates, Tab between fields. Each story reads back through the API what was
// stored, and that no tag, strength or claim changed on the side.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';
import { claimsOf, judgements, retype, stored, tabTo, typeAsPerson } from './person';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');
const IMG = (name: string) => join(process.cwd(), 'fixtures/images', name);
const inspectorOf = (page: Page) => page.getByRole('complementary', { name: '检查器' });

interface Article {
  id: string;
  content: { text: string; title: string };
}
interface Evidence {
  title: string;
  url: string;
  publisher: string;
  date: string;
  quote: string;
  stance: string;
  reliability: string | null;
  note: { text: string };
}

/** A project with the seed article and one claim on 总参数量 389B, set up through the API, the claim selected. */
async function projectWithClaim(page: Page) {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-forms-'));
  await callApi(page, 'projectNew', { path: join(dir, 'forms.pizhu'), title: '表单' });
  const article = await callApi<Article>(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  const claim = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B') });
  await page.reload();
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /总参数量 389B/ }).click();
  await expect(inspectorOf(page).locator('.inspector-quote')).toHaveText('总参数量 389B');
  return { dir, article, claim, before: judgements(await claimsOf(page, article.id)) };
}

test('the first-run name, a new project and the preferences are typed with Tab and an input method', async ({ page, host }) => {
  const welcome = page.getByRole('dialog', { name: '欢迎使用批注' });
  await expect(welcome.getByRole('textbox')).toBeFocused();
  await typeAsPerson(page, '张编辑');
  await page.keyboard.press('Enter');
  await expect(welcome).toBeHidden();

  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-e2e-forms-')), '腾讯核查.pizhu');
  await page.keyboard.press('Control+n');
  const create = page.getByRole('dialog', { name: '新建项目' });
  await expect(create.getByLabel('项目名称')).toBeFocused();
  await typeAsPerson(page, '腾讯 AI 报道核查 2024');
  await page.keyboard.press('Tab');
  await expect(create.getByLabel('项目文件路径')).toBeFocused();
  await retype(page, path);
  await page.keyboard.press('Enter');
  await expect(create).toBeHidden();
  const state = await callApi<{ path: string; project: { title: string } }>(page, 'projectState');
  expect(state).toMatchObject({ path, project: { title: '腾讯 AI 报道核查 2024' } });

  await page.keyboard.press('Control+,');
  const prefs = page.getByRole('dialog', { name: '偏好设置' });
  await tabTo(page, prefs.getByLabel('署名'));
  await retype(page, '李核查');
  await page.keyboard.press('Tab');
  await expect(prefs.getByLabel('机构名称')).toBeFocused();
  await typeAsPerson(page, '事实核查室 No.5');
  await page.keyboard.press('Tab');
  await expect(prefs.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prefs).toBeHidden();
  await stored(async () => {
    const p = await callApi<{ authorName: string; organization: string }>(page, 'getPreferences');
    return [p.authorName, p.organization];
  }, ['李核查', '事实核查室 No.5']);
  expect(host.consoleErrors).toEqual([]);
});

test('in the import preview the title keeps focus while typed, the encoding is chosen with keys, and both are stored', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-forms-'));
  await callApi(page, 'projectNew', { path: join(dir, 'import.pizhu'), title: '导入' });
  await page.reload();
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '导入', exact: true })).toBeVisible();
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await dialog.getByTestId('import-file-input').setInputFiles(join(process.cwd(), 'fixtures/articles/seed-tencent-ai.gb18030.txt'));
  const title = dialog.getByRole('textbox', { name: '标题' });
  await expect(title).toHaveValue('腾讯的AI困局');
  await title.click();
  await retype(page, '新标题：腾讯的 AI 困局（2024）');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('新标题：腾讯的 AI 困局（2024）');

  await page.keyboard.press('Shift+Tab');
  const encoding = dialog.getByLabel('文字编码');
  await expect(encoding).toBeFocused();
  await page.keyboard.type('g');
  await expect(encoding).toHaveValue('gb18030');
  await expect(title).toHaveValue('新标题：腾讯的 AI 困局（2024）');
  await tabTo(page, dialog.getByRole('button', { name: '导入', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const state = await callApi<{ articles: { id: string; title: string }[] }>(page, 'projectState');
  expect(state.articles.map((a) => a.title)).toEqual(['新标题：腾讯的 AI 困局（2024）']);
  const article = await callApi<Article & { importInfo: { encoding?: string } }>(page, 'getArticle', { id: state.articles[0]!.id });
  expect(article.content.text).toContain('总参数量 389B');
});

test('an evidence item is typed field by field with Tab, stored once it has content, and nothing else changes', async ({ page, host }) => {
  const { article, claim, before } = await projectWithClaim(page);
  const inspector = inspectorOf(page);
  const history = async () => (await callApi<unknown[]>(page, 'claimHistory', { claimId: claim.id })).length;
  const historyBefore = await history();

  await inspector.getByRole('button', { name: '添加证据' }).click();
  const form = inspector.getByRole('group', { name: '证据 1' });
  await expect(form.getByLabel('标题')).toBeFocused();
  // Opening the form stores nothing.
  expect(await callApi(page, 'listEvidence', { claimId: claim.id })).toEqual([]);

  await typeAsPerson(page, '混元大模型技术报告');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('网址')).toBeFocused();
  await typeAsPerson(page, 'https://arxiv.org/abs/2411.02265');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('发布者')).toBeFocused();
  await typeAsPerson(page, '腾讯混元团队');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('日期')).toBeFocused();
  await typeAsPerson(page, '2024-11-05');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('引文')).toBeFocused();
  await typeAsPerson(page, '总参数量 389B，激活参数量 52B');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('立场')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('可靠性')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('备注')).toBeFocused();
  await typeAsPerson(page, '第 3 页表 1');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: '保存' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('button', { name: '添加证据' })).toBeFocused();

  const expected = {
    title: '混元大模型技术报告',
    url: 'https://arxiv.org/abs/2411.02265',
    publisher: '腾讯混元团队',
    date: '2024-11-05',
    quote: '总参数量 389B，激活参数量 52B',
    stance: 'refutes',
    reliability: 'reliable',
    note: '第 3 页表 1',
  };
  await stored(async () => {
    const items = await callApi<Evidence[]>(page, 'listEvidence', { claimId: claim.id });
    return items.map(({ title, url, publisher, date, quote, stance, reliability, note }) => ({ title, url, publisher, date, quote, stance, reliability, note: note.text }));
  }, [expected]);
  // Digits in the date, letters in the URL: no tag, strength or verdict changed.
  expect(judgements(await claimsOf(page, article.id))).toEqual(before);

  // Visiting a field and leaving it unchanged writes nothing.
  const afterTyping = await history();
  expect(afterTyping).toBeGreaterThan(historyBefore);
  await form.getByLabel('发布者').click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(1000);
  expect(await history()).toBe(afterTyping);

  // 添加证据 and walking away leaves no empty item behind.
  await inspector.getByRole('button', { name: '添加证据' }).click();
  await inspector.getByRole('group', { name: '证据 2' }).getByRole('button', { name: '取消' }).click();
  expect(await callApi<Evidence[]>(page, 'listEvidence', { claimId: claim.id })).toHaveLength(1);
  expect(host.consoleErrors).toEqual([]);
});

test('the note is typed through an input method and saved; a stored note that is not editor JSON still opens', async ({ page, host }) => {
  const { article, claim, before } = await projectWithClaim(page);
  const inspector = inspectorOf(page);
  const note = inspector.getByRole('textbox', { name: '批注' });
  await note.click();
  await typeAsPerson(page, '官方公告给出的数字是 389B');
  await page.keyboard.press('Tab');
  await stored(async () => (await claimsOf(page, article.id))[0]!.note.text, '官方公告给出的数字是 389B');
  expect(judgements(await claimsOf(page, article.id))).toEqual(before);
  // Undo, with the note not focused, takes the note back in the editor too.
  await expect(note).not.toBeFocused();
  await page.keyboard.press('Control+z');
  await stored(async () => (await claimsOf(page, article.id))[0]!.note.text, '');
  await expect(note).toHaveText('');

  await callApi(page, 'updateClaim', { id: claim.id, patch: { note: { json: '{"not":"an editor state"}', text: '从别处导入的批注' } } });
  await page.reload();
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /总参数量 389B/ }).click();
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('从别处导入的批注');
  expect(host.consoleErrors).toEqual([]);
});

test('a claim clicked again stays selected; the strength control moves focus and value together, by digit and by arrow, and does not wrap', async ({ page }) => {
  const { article } = await projectWithClaim(page);
  const inspector = inspectorOf(page);
  // A claim clicked again stays selected.
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /总参数量 389B/ }).click();
  await expect(inspector.locator('.inspector-quote')).toHaveText('总参数量 389B');
  await inspector.locator('label', { hasText: '1 薄弱' }).click();
  await page.keyboard.press('4');
  await expect(inspector.getByRole('radio', { name: '4 确凿' })).toBeFocused();
  await expect(inspector.getByRole('radio', { name: '4 确凿' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(inspector.getByRole('radio', { name: '4 确凿' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(inspector.getByRole('radio', { name: '3 较强' })).toBeFocused();
  await expect(inspector.getByRole('radio', { name: '3 较强' })).toBeChecked();
  await stored(async () => (await claimsOf(page, article.id)).map((c) => [c.strength, c.tagIds]), [[3, []]]);
});

test('a new tag of the codebook is named, described and given a key by typing, without touching any claim', async ({ page }) => {
  const { article, before } = await projectWithClaim(page);
  await page.getByRole('button', { name: '标签体系…' }).click();
  const dialog = page.getByRole('dialog', { name: '标签体系' });
  await dialog.getByRole('button', { name: '添加标签' }).click();
  const name = dialog.getByRole('textbox', { name: '名称：新标签' });
  await expect(name).toBeFocused();
  await typeAsPerson(page, '来源可疑');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const description = dialog.getByRole('textbox', { name: '说明：来源可疑' });
  await expect(description).toBeFocused();
  await typeAsPerson(page, '来源不明，或 2 次转述');
  await page.keyboard.press('Tab');
  const hotkey = dialog.getByRole('combobox', { name: '快捷键：来源可疑' });
  await expect(hotkey).toBeFocused();
  await page.keyboard.type('7');
  await expect(hotkey).toHaveValue('7');
  await page.keyboard.press('Tab');
  await stored(async () => {
    const tags = await callApi<{ name: string; description: string; hotkey: number | null }[]>(page, 'listTags');
    return tags.filter((t) => t.name === '来源可疑').map(({ name, description, hotkey }) => ({ name, description, hotkey }));
  }, [{ name: '来源可疑', description: '来源不明，或 2 次转述', hotkey: 7 }]);
  expect(judgements(await claimsOf(page, article.id))).toEqual(before);
});

test('a new comparison is labelled, captioned and given URLs with Tab, and a region note is typed', async ({ page }) => {
  const { article, before } = await projectWithClaim(page);
  await page.getByRole('button', { name: '新建截图对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await dialog.getByTestId('comparison-file-input').setInputFiles([IMG('yuanbao-answer.png'), IMG('kimi-answer.jpg')]);
  await dialog.getByRole('textbox', { name: '标题' }).click();
  await typeAsPerson(page, '两家的总结');
  const shots = [
    ['元宝', '只给出结论', 'https://yuanbao.tencent.com/chat/1'],
    ['Kimi 1.5', '列了 3 条理由', 'https://kimi.moonshot.cn/chat/2'],
  ] as const;
  for (const [i, [label, caption, url]] of shots.entries()) {
    await tabTo(page, dialog.getByRole('textbox', { name: `第 ${i + 1} 张的标签` }));
    await retype(page, label);
    await page.keyboard.press('Tab');
    await typeAsPerson(page, caption);
    await page.keyboard.press('Tab');
    await typeAsPerson(page, url);
  }
  await tabTo(page, dialog.getByRole('button', { name: '创建对比' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  type Cmp = { id: string; title: string; items: { label: string; caption: string; sourceUrl: string; regions: { note: { text: string } }[] }[] };
  const [comparison] = await callApi<Cmp[]>(page, 'listComparisons', {});
  expect(comparison!.title).toBe('两家的总结');
  expect(comparison!.items.map((i) => [i.label, i.caption, i.sourceUrl])).toEqual(shots.map((s) => [...s]));

  await page.getByRole('button', { name: '打开截图对比“两家的总结”' }).click();
  const viewer = page.getByRole('dialog', { name: '两家的总结' });
  await viewer.getByRole('button', { name: '画区域' }).click();
  const box = (await viewer.getByTestId('stage-元宝').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + 90, { steps: 5 });
  await page.mouse.up();
  const regionNote = viewer.getByRole('textbox', { name: '区域 1 的批注' });
  await regionNote.click();
  await typeAsPerson(page, '漏掉了 52B 激活参数');
  await page.keyboard.press('Enter');
  await stored(async () => {
    const [c] = await callApi<Cmp[]>(page, 'listComparisons', {});
    return c!.items.flatMap((i) => i.regions.map((r) => r.note.text));
  }, ['漏掉了 52B 激活参数']);
  await expect(regionNote).toBeFocused();
  expect(judgements(await claimsOf(page, article.id))).toEqual(before);
});

test('export is chosen and started with the keyboard, and the CSV holds the claim', async ({ page }) => {
  const { dir, article, before } = await projectWithClaim(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await tabTo(page, dialog.getByRole('radio', { name: /批注 PDF/ }));
  for (let i = 0; i < 6 && !(await dialog.getByRole('radio', { name: /^CSV/ }).isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: '导出', exact: true }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = join(dir, 'claims.csv');
  await (await download).saveAs(file);
  expect(readFileSync(file, 'utf8')).toContain('总参数量 389B');
  expect(judgements(await claimsOf(page, article.id))).toEqual(before);
});

test('an article is renamed with F2 and deleted from the navigator after confirming; undo brings it back with its claims', async ({ page }) => {
  const { article } = await projectWithClaim(page);
  const articles = async () => (await callApi<{ articles: { title: string; claimCount: number }[] }>(page, 'projectState')).articles;
  await page.getByRole('listbox', { name: '文章' }).getByRole('option').first().click();
  await page.keyboard.press('F2');
  const rename = page.getByRole('dialog', { name: '重命名文章' });
  await expect(rename.getByLabel('文章标题')).toBeFocused();
  await typeAsPerson(page, '腾讯 AI 困局（改）');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  expect(await articles()).toEqual([{ ...(await articles())[0], title: '腾讯 AI 困局（改）' }]);

  await page.getByRole('listbox', { name: '文章' }).getByRole('option').first().focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: '文章操作' });
  await expect(menu.getByRole('menuitem', { name: '重命名文章…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: '删除文章' });
  await expect(confirm).toContainText('1 条论断');
  await tabTo(page, confirm.getByRole('button', { name: '删除', exact: true }));
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  expect(await articles()).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: '已删除' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await stored(async () => (await articles()).map((a) => [a.title, a.claimCount]), [['腾讯 AI 困局（改）', 1]]);
  expect(await claimsOf(page, article.id)).toHaveLength(1);
});
