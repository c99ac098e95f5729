import { mkdtempSync, openSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from '../project/store';
import { SCHEMA_VERSION } from '../project/format';
import { EDITOR } from '../project/testing/fixtures';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { createNodeServices } from './node-services';

const services = () => createNodeServices({ mode: 'browser', configDir: mkdtempSync(join(tmpdir(), 'pizhu-dispatch-')) });

describe('dispatching an API call', () => {
  it('returns the value of a valid call', async () => {
    const r = await dispatch(services().handlers, 'appInfo', undefined, 'zh-CN');
    expect(r).toMatchObject({ ok: true, value: { name: 'Pizhu', mode: 'browser' } });
  });

  it('refuses an argument that does not match the schema, in the UI language', async () => {
    const s = services();
    const zh = await dispatch(s.handlers, 'setPreferences', { language: 'fr' }, 'zh-CN');
    expect(zh).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!zh.ok && zh.error.message).toMatch(/^请求的参数无效/);
    const en = await dispatch(s.handlers, 'setPreferences', { language: 'fr' }, 'en');
    expect(!en.ok && en.error.message).toMatch(/^Invalid request/);
    expect(s.prefs.get().language).toBe('zh-CN');
  });

  it('says plainly that screen capture and native dialogs belong to the desktop app', async () => {
    const s = services();
    const capture = await dispatch(s.handlers, 'listCaptureSources', undefined, 'zh-CN');
    expect(capture).toMatchObject({ ok: false, error: { code: 'unsupported', message: '截取屏幕只在桌面应用中可用。' } });
    const dialog = await dispatch(s.handlers, 'pickPath', { purpose: 'openProject' }, 'en');
    expect(dialog).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('refuses a method the contract does not define', async () => {
    const r = await dispatch(services().handlers, 'deleteEverything', undefined, 'en');
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('turns an unexpected exception into an internal error instead of throwing', async () => {
    const s = services();
    const handlers = { ...s.handlers, appInfo: () => { throw new Error('boom'); } };
    const r = await dispatch(handlers, 'appInfo', undefined, 'en');
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Internal error: boom' } });
  });

  it('words each failure in the language the user has now, though the project was opened in another', async () => {
    const s = services();
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-lang-'));
    const path = join(dir, '新版.pizhu');
    ProjectStore.create(path, { title: '新版', author: EDITOR }).close();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const call = (name: string, arg?: unknown) => dispatch(s.handlers, name, arg, s.language());
    expect(await call('projectOpen', { path })).toMatchObject({ ok: true, value: { readOnlyReason: expect.stringMatching(/更新版本的批注/) } });

    const zhWrite = await call('projectSetTitle', { title: '改名' });
    const zhImport = await call('importPreview', { source: { kind: 'path', path: join(dir, '不存在.txt') } });
    expect(zhWrite).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^无法保存修改.*更新版本的批注/) } });
    expect(zhImport).toMatchObject({ ok: false, error: { message: expect.stringMatching(/不存在\.txt/) } });

    expect(await call('setPreferences', { language: 'en' })).toMatchObject({ ok: true });
    const enWrite = await call('projectSetTitle', { title: '改名' });
    const enImport = await call('importPreview', { source: { kind: 'path', path: join(dir, '不存在.txt') } });
    expect(enWrite).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^Cannot save the change.*newer version of Pizhu/) } });
    expect(enImport).toMatchObject({ ok: false, error: { code: zhImport.ok ? '' : zhImport.error.code } });
    expect(!enImport.ok && enImport.error.message).not.toBe(!zhImport.ok && zhImport.error.message);
    expect(!enImport.ok && enImport.error.message).toMatch(/[A-Za-z]{4,}.*不存在\.txt|不存在\.txt.*[A-Za-z]{4,}/);
    expect(await call('projectState')).toMatchObject({ ok: true, value: { readOnlyReason: expect.stringMatching(/newer version of Pizhu/) } });
    await call('projectClose');
  });

  it('never shows a system error as it is: a folder given as a file is named and explained', async () => {
    const s = services();
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-dir-'));
    const r = await dispatch({ ...s.handlers, appInfo: () => { openSync(dir, 'r+'); throw new Error('opened a folder'); } }, 'appInfo', undefined, 'en');
    expect(r).toMatchObject({ ok: false, error: { code: 'io', message: `“${dir}” is a folder, not a file. Choose a file.` } });
    const zh = await dispatch(s.handlers, 'projectOpen', { path: dir }, 'zh-CN');
    expect(zh).toMatchObject({ ok: false, error: { code: 'not-a-project', message: expect.stringMatching(/是文件夹，不是批注项目/) } });
    expect(!zh.ok && zh.error.message).not.toMatch(/EISDIR/);
  });
});
