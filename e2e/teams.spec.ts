// Team work in browser mode: a colleague's copy is merged in the UI, its new claim arrives, and
// the two conflicts are resolved one each way; nothing is lost on either side.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';

interface Claim {
  id: string;
  verdict: string | null;
  note: { text: string };
  anchor: { exact: string };
}

test('two copies edited differently are merged, with one conflict resolved each way', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-teams-'));
  const mine = join(dir, 'mine.pizhu');
  const theirs = join(dir, 'theirs.pizhu');

  await callApi(page, 'projectNew', { path: mine, title: '合并测试' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  const claim = await callApi<Claim>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), verdict: 'unproven' });
  await callApi(page, 'projectClose');
  copyFileSync(mine, theirs);

  // The colleague's copy: another verdict and note, and a new claim.
  await callApi(page, 'projectOpen', { path: theirs });
  await callApi(page, 'updateClaim', { id: claim.id, patch: { verdict: 'false', note: { json: '', text: '对方:技术报告写的是 389B' } } });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '仅排在了第 11 位'), verdict: 'true' });
  await callApi(page, 'projectClose');

  // My copy: a different verdict and note on the same claim.
  await callApi(page, 'projectOpen', { path: mine });
  await callApi(page, 'updateClaim', { id: claim.id, patch: { verdict: 'true', note: { json: '', text: '我:官方公告' } } });
  await page.reload();

  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '合并副本…' }).click();
  const pick = page.getByRole('dialog', { name: '合并副本' });
  await pick.getByRole('textbox').fill(theirs);
  await pick.getByRole('button', { name: '合并' }).click();

  const preview = page.getByRole('dialog', { name: '合并副本' });
  await expect(preview.getByRole('status')).toContainText('冲突 2 处');
  await preview.getByRole('button', { name: '合并', exact: true }).click();

  const conflicts = page.getByRole('dialog', { name: '待解决的冲突' });
  const verdictRow = conflicts.getByRole('row', { name: /verdict/ });
  const noteRow = conflicts.getByRole('row', { name: /note_text/ });
  await expect(verdictRow).toContainText('true');
  await expect(verdictRow).toContainText('false');
  await verdictRow.getByRole('button', { name: '用我的' }).click();
  await expect(conflicts.getByRole('row', { name: /verdict/ })).toHaveCount(0);
  await noteRow.getByRole('button', { name: '用对方的' }).click();
  await expect(conflicts).toContainText('没有待解决的冲突');
  await conflicts.getByRole('button', { name: '关闭' }).click();

  const claims = await callApi<Claim[]>(page, 'listClaims', { articleId: article.id });
  const merged = claims.find((c) => c.id === claim.id)!;
  expect(merged.verdict).toBe('true');
  expect(merged.note.text).toBe('对方:技术报告写的是 389B');
  expect(claims.map((c) => c.anchor.exact).sort()).toEqual(['仅排在了第 11 位', '总参数量 389B'].sort());
  expect(await callApi(page, 'listConflicts', { unresolvedOnly: true })).toEqual([]);
});

test('the agreement report compares two checkers’ copies and shows Cohen’s kappa', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-agree-'));
  const a = join(dir, 'a.pizhu');
  const b = join(dir, 'b.pizhu');
  await callApi(page, 'projectNew', { path: a, title: '一致性' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  const tags = await callApi<{ id: string; name: string }[]>(page, 'listTags');
  const data = tags.find((t) => t.name === '数据')!.id;
  const ranking = tags.find((t) => t.name === '排名')!.id;
  await callApi(page, 'projectClose');
  copyFileSync(a, b);

  const code = async (path: string, verdicts: [string, string]) => {
    await callApi(page, 'projectOpen', { path });
    await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), tagIds: [data], verdict: verdicts[0] });
    await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '仅排在了第 11 位'), tagIds: [ranking], verdict: verdicts[1] });
    await callApi(page, 'projectClose');
  };
  await code(b, ['true', 'false']);
  await code(a, ['true', 'unproven']);
  await callApi(page, 'projectOpen', { path: a });
  await page.reload();

  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '一致性报告…' }).click();
  const pick = page.getByRole('dialog', { name: '一致性报告' });
  await pick.getByRole('textbox').fill(b);
  await pick.getByRole('button', { name: '比较' }).click();
  const report = page.getByRole('dialog', { name: '一致性报告' });
  await expect(report).toContainText('匹配上的论断：2 对');
  const table = report.getByRole('table', { name: '一致性报告' });
  await expect(table.getByRole('row', { name: /^标签（总体）/ })).toContainText('100%');
  await expect(table.getByRole('row', { name: /核查结论/ })).toContainText('50%');
  await expect(table.getByRole('columnheader', { name: 'Cohen κ' })).toBeVisible();
  await expect(report.getByRole('list')).toContainText('仅排在了第 11 位');
});
