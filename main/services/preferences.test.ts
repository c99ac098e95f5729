import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { PreferencesService, jsonFileBackend, preferencesFile } from './preferences';
import { preferencesStoreOptions } from './electron-store-options';

const tempDir = () => mkdtempSync(join(tmpdir(), 'pizhu-prefs-'));

describe('preferences', () => {
  it('start in Simplified Chinese with no author and a stable installation id', () => {
    const dir = tempDir();
    const first = new PreferencesService(jsonFileBackend(preferencesFile(dir))).get();
    expect(first.language).toBe('zh-CN');
    expect(first.authorName).toBe('');
    expect(first.installationId).toMatch(/^[0-9a-f-]{36}$/);
    const again = new PreferencesService(jsonFileBackend(preferencesFile(dir))).get();
    expect(again.installationId).toBe(first.installationId);
  });

  it('remember the language and the author name across restarts', () => {
    const dir = tempDir();
    new PreferencesService(jsonFileBackend(preferencesFile(dir))).update({ language: 'en', authorName: '张编辑' });
    const back = new PreferencesService(jsonFileBackend(preferencesFile(dir))).get();
    expect(back).toMatchObject({ language: 'en', authorName: '张编辑' });
  });

  it('keep the valid parts of a hand-damaged file', () => {
    const dir = tempDir();
    writeFileSync(preferencesFile(dir), JSON.stringify({ language: 'en', zoom: 'huge', recentProjects: 'x' }));
    const prefs = new PreferencesService(jsonFileBackend(preferencesFile(dir))).get();
    expect(prefs.language).toBe('en');
    expect(prefs.zoom).toBe(1);
    expect(prefs.recentProjects).toEqual([]);
  });

  it('treat a file that is not JSON as empty', () => {
    const dir = tempDir();
    writeFileSync(preferencesFile(dir), '{not json');
    expect(new PreferencesService(jsonFileBackend(preferencesFile(dir))).get().language).toBe('zh-CN');
    expect(JSON.parse(readFileSync(preferencesFile(dir), 'utf8')).language).toBe('zh-CN');
  });

  it('list recent projects newest first, once each', () => {
    const prefs = new PreferencesService(jsonFileBackend(preferencesFile(tempDir())));
    prefs.rememberRecent({ path: '/a.pizhu', title: 'A' }, new Date('2026-01-01'));
    prefs.rememberRecent({ path: '/b.pizhu', title: 'B' }, new Date('2026-01-02'));
    prefs.rememberRecent({ path: '/a.pizhu', title: 'A' }, new Date('2026-01-03'));
    expect(prefs.get().recentProjects.map((r) => r.path)).toEqual(['/a.pizhu', '/b.pizhu']);
    expect(prefs.forgetRecent('/a.pizhu').recentProjects.map((r) => r.path)).toEqual(['/b.pizhu']);
  });

  it('give electron-store a JSON schema that accepts the defaults and rejects a bad language', () => {
    const cwd = tempDir();
    const options = preferencesStoreOptions();
    const store = new Conf({ ...options, cwd, projectName: 'pizhu-test' } as ConstructorParameters<typeof Conf>[0]);
    expect(store.get('language')).toBe('zh-CN');
    expect(() => store.set('language', 'fr')).toThrow();
    store.set('language', 'en');
    expect(store.get('language')).toBe('en');
  });
});
