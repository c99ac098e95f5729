// `npm run screenshots`: the README's pictures, taken from the real UI. Starts `pizhu web` with a
// fresh config folder, builds a sample project from the seed article (claims with tags,
// verdicts, strength and evidence; a comparison of three assistants' answers), and photographs
// it with Playwright on the system Chromium at 1440×900 into docs/screenshots/ (the workspace in
// Chinese, light, and in English, dark; a comparison; the export dialog; an import preview). Each PNG is
// quantised with sharp to stay small (the script fails above 400 KB).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { findChromium } from './find-chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const SEED = join(ROOT, 'fixtures/articles/seed-tencent-ai.txt');
const IMAGES = ['yuanbao-answer.png', 'kimi-answer.jpg', 'tongyi-answer.webp'].map((f) => join(ROOT, 'fixtures/images', f));
const MAX_BYTES = 400 * 1024;

function startHost(configDir) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/pizhu.mjs'), 'web', '--json'], { env: { ...process.env, PIZHU_CONFIG_DIR: configDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      try {
        resolve({ child, ...JSON.parse(out) });
      } catch {
        // Not all of the address has arrived yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`pizhu web exited with ${code}`)));
  });
}

/** Calls the API as the renderer does, with the page's session key. */
const api = (page, method, arg) =>
  page.evaluate(
    async ({ method, arg }) => {
      const key = globalThis.document.querySelector('meta[name="pizhu-session"]').content;
      const res = await fetch(`/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: arg === undefined ? '' : JSON.stringify(arg) });
      const body = await res.json();
      if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
      return body.value;
    },
    { method, arg },
  );

/** A quote's anchor in code points, with 32 code points of context on each side. */
function anchorIn(text, exact) {
  const cps = [...text];
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const end = start + [...exact].length;
  return { exact, prefix: cps.slice(Math.max(0, start - 32), start).join(''), suffix: cps.slice(end, end + 32).join(''), start, end };
}

async function sampleProject(page, dir) {
  await api(page, 'setPreferences', { authorName: '张编辑', language: 'zh-CN', theme: 'light' });
  await api(page, 'projectNew', { path: join(dir, '腾讯的AI困局.pizhu'), title: '腾讯的AI困局 · 核查' });
  const article = await api(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  const tags = Object.fromEntries((await api(page, 'listTags')).map((t) => [t.name, t.id]));
  const text = article.content.text;
  const claim = (exact, fields) => api(page, 'addClaim', { articleId: article.id, anchor: anchorIn(text, exact), ...fields });
  const params = await claim('总参数量 389B', { tagIds: [tags['数据']], verdict: 'true', strength: 3, status: 'checked', note: { json: '', text: '与腾讯混元的技术报告一致。' } });
  await api(page, 'addEvidence', { claimId: params.id, item: { title: 'Hunyuan-Large 技术报告', url: 'https://arxiv.org/abs/2411.02265', publisher: '腾讯混元团队', date: '2024-11-05', stance: 'supports', reliability: 'reliable', quote: '389 billion total parameters and 52 billion activation parameters' } });
  await claim('业界参数规模最大、效果最好', { tagIds: [tags['夸大']], verdict: 'unproven', strength: 1, status: 'in-progress', note: { json: '', text: '“最大”只限开源 MoE 模型，“效果最好”没有给出评测。' } });
  const rank = await claim('仅排在了第 11 位', { tagIds: [tags['排名']], verdict: 'mostly-true', strength: 2, status: 'needs-review' });
  await api(page, 'addEvidence', { claimId: rank.id, item: { title: '10 月 AI 产品榜', publisher: 'AI 产品榜', date: '2024-11-01', stance: 'supports', reliability: 'mixed' } });
  await claim('月访问量不到 200 万', { tagIds: [tags['数据']], status: 'to-check' });
  await claim('罪魁祸首', { tagIds: [tags['因果'], tags['评价']], verdict: 'opinion' });
  await claim('据报道', { tagIds: [tags['未具名信源']], verdict: 'unproven', status: 'to-check' });
  await page.reload();
  await page.locator('.pane-reader .article-text').waitFor();
  return { rank };
}

async function comparison(page) {
  await page.getByRole('button', { name: '新建截图对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await dialog.getByTestId('comparison-file-input').setInputFiles(IMAGES);
  await dialog.getByRole('textbox', { name: '标题' }).fill('三家助手的总结');
  for (const [n, label] of [[1, '元宝'], [2, 'Kimi'], [3, '通义千问']]) await dialog.getByRole('textbox', { name: `第 ${n} 张的标签` }).fill(label);
  await dialog.getByRole('button', { name: '创建对比' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function shoot(page, name) {
  await page.waitForTimeout(400);
  const raw = await page.screenshot();
  const png = await sharp(raw).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
  if (png.length > MAX_BYTES) throw new Error(`${name}.png is ${Math.round(png.length / 1024)} KB, over ${MAX_BYTES / 1024} KB`);
  writeFileSync(join(OUT, `${name}.png`), png);
  process.stdout.write(`${name}.png  ${Math.round(png.length / 1024)} KB\n`);
}

const configDir = mkdtempSync(join(tmpdir(), 'pizhu-shots-config-'));
const projectDir = mkdtempSync(join(tmpdir(), 'pizhu-shots-'));
const host = await startHost(configDir);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.goto(host.url);
  await page.locator('meta[name="pizhu-session"]').waitFor({ state: 'attached' });
  const { rank } = await sampleProject(page, projectDir);
  await comparison(page);
  await api(page, 'updateComparison', { id: (await api(page, 'listComparisons', {}))[0].id, patch: { claimIds: [rank.id] } });
  await page.reload();

  // The workspace in Chinese, light: a claim chosen, its verdict, evidence and comparison shown.
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /仅排在了第 11 位/ }).click();
  await shoot(page, 'workspace-zh-light');

  // The comparison of three answers.
  await page.getByRole('button', { name: '打开截图对比“三家助手的总结”' }).click();
  await page.getByRole('dialog', { name: '三家助手的总结' }).waitFor();
  await page.waitForFunction(() => [...globalThis.document.querySelectorAll('.modal img')].every((img) => img.complete));
  await shoot(page, 'comparison');
  await page.keyboard.press('Escape');

  // The export dialog.
  await page.locator('.pane-reader .article-text').click();
  await page.keyboard.press('Control+e');
  await page.getByRole('dialog', { name: '导出' }).waitFor();
  await shoot(page, 'export-dialog');
  await page.keyboard.press('Escape');

  // The import preview of the seed article (not imported again).
  await page.locator('.pane-reader .article-text').click();
  await page.keyboard.press('Control+i');
  const importDialog = page.getByRole('dialog', { name: '导入文章' });
  await importDialog.getByTestId('import-file-input').setInputFiles(SEED);
  await importDialog.getByText('389B').first().waitFor();
  await shoot(page, 'import-preview');
  await page.keyboard.press('Escape');

  // The workspace in English, dark, coloured by verdict.
  await api(page, 'setPreferences', { language: 'en', theme: 'dark' });
  await page.reload();
  await page.getByRole('listbox', { name: /Claims/ }).getByRole('option', { name: /总参数量 389B/ }).click();
  await page.getByRole('main', { name: 'Reader' }).getByRole('radio', { name: 'By verdict' }).click();
  await shoot(page, 'workspace-en-dark');
} finally {
  await browser.close();
  host.child.kill('SIGTERM');
  rmSync(configDir, { recursive: true, force: true });
  rmSync(projectDir, { recursive: true, force: true });
}
