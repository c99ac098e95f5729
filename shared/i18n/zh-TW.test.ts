// The Traditional Chinese (Taiwan) catalog: generated from zh-CN.ts, never edited by hand. It
// must be up to date (the generator gives the same file again), have exactly zh-CN's keys, and
// read as Taiwan usage for the product's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSources, makeConverter, renderZhTW, ZH_TW_FILE } from '../../scripts/i18n-zh-tw.mjs';
import { catalogs, translate } from './index';
import { zhCN } from './zh-CN';
import { ZH_TW_OVERRIDES } from './zh-TW-overrides';

const keysOf = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string'
    ? [prefix]
    : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));

describe('the zh-TW catalog', () => {
  it('is what scripts/i18n-zh-tw.mjs makes of zh-CN.ts today (run `npm run i18n:zh-tw` after adding keys)', async () => {
    const { zhCN: source, overrides } = await loadSources();
    expect(readFileSync(ZH_TW_FILE, 'utf8')).toBe(renderZhTW(source, overrides));
  });

  it('has the same keys as zh-CN and en', () => {
    expect(keysOf(catalogs['zh-TW'])).toEqual(keysOf(zhCN));
    expect(keysOf(catalogs['zh-TW']).sort()).toEqual(keysOf(catalogs.en).sort());
  });

  it('keeps every placeholder of the zh-CN string', () => {
    const slots = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of keysOf(zhCN)) expect(slots(translate('zh-TW', key)), key).toEqual(slots(translate('zh-CN', key)));
  });

  it("names the product's things as Taiwan does", () => {
    expect(translate('zh-TW', 'menu.file')).toBe('檔案');
    expect(translate('zh-TW', 'menu.newProject')).toBe('新增專案');
    expect(translate('zh-TW', 'menu.export')).toBe('匯出…');
    expect(translate('zh-TW', 'menu.importArticle')).toBe('匯入文章…');
    expect(translate('zh-TW', 'menu.preferences')).toBe('偏好設定…');
    expect(translate('zh-TW', 'menu.publisherSettings')).toBe('發布設定…');
    expect(translate('zh-TW', 'menu.searchProject')).toBe('在專案中搜尋…');
    expect(translate('zh-TW', 'menu.undo')).toBe('復原');
    expect(translate('zh-TW', 'menu.help')).toBe('說明');
    expect(translate('zh-TW', 'claims.openCodebook')).toBe('標籤體系…');
    expect(translate('zh-TW', 'comparison.new')).toBe('新增截圖對比…');
  });

  it('uses 「」 for quotations and full-width punctuation after Chinese, like zh-CN', () => {
    const halfWidth = /(?<=\p{Script=Han}|[」）》”])[,:;?!()]|[(](?=\p{Script=Han})/u;
    const offenders = keysOf(zhCN).filter((key) => halfWidth.test(translate('zh-TW', key)) || /[“”]/.test(translate('zh-TW', key)));
    expect(offenders).toEqual([]);
  });

  it('protects an override from OpenCC and converts the rest', () => {
    const convert = makeConverter(ZH_TW_OVERRIDES);
    expect(convert('在项目中搜索“389B”')).toBe('在專案中搜尋「389B」');
    expect(convert('发布设置')).toBe('發布設定');
    expect(convert('浏览器模式下只写入临时文件夹')).toBe('瀏覽器模式下只寫入暫存資料夾');
  });
});
