import { mkdtempSync } from 'node:fs';
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
});
