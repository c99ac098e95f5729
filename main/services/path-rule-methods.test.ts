import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { dispatch } from './dispatch';
import { createNodeServices } from './node-services';
import { createAppServices } from './app-services';
import { PreferencesService, jsonFileBackend, preferencesFile } from './preferences';
import { PathGrants, recordingPicker } from './path-rule';
import { PATH_USES } from './path-rule-methods';
import { ProjectStore } from '../project/store';
import { EDITOR } from '../project/testing/fixtures';

let base: string;
let home: string;
let savedHome: string | undefined;
beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'pizhu-path-api-')));
  home = join(base, 'home');
  mkdirSync(join(home, '文档'), { recursive: true });
  mkdirSync(join(home, '.config'));
  savedHome = process.env.HOME;
  process.env.HOME = home;
});
afterEach(() => {
  process.env.HOME = savedHome;
  rmSync(base, { recursive: true, force: true });
});

const BASHRC = 'export PATH=$HOME/bin:$PATH\n';
const markdown = { format: 'md' } as const;

describe('the API in browser mode writes only where a local user keeps documents', () => {
  async function withProject() {
    const s = createNodeServices({ mode: 'browser', configDir: join(base, 'config') });
    const created = await dispatch(s.handlers, 'projectNew', { path: join(home, '文档', '腾讯核查.pizhu'), title: '腾讯核查' }, 'en');
    expect(created).toMatchObject({ ok: true });
    return s;
  }

  it('refuses to export over ~/.bashrc and leaves the file as it was', async () => {
    const s = await withProject();
    writeFileSync(join(home, '.bashrc'), BASHRC);
    const r = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: join(home, '.bashrc') }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'path-refused' } });
    expect(!r.ok && r.error.message).toContain(`批注不会写入「${join(home, '.bashrc')}」`);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
  });

  it('refuses ~/.config/autostart and a link in Documents that leads to ~/.bashrc, writing nothing', async () => {
    const s = await withProject();
    writeFileSync(join(home, '.bashrc'), BASHRC);
    symlinkSync(join(home, '.bashrc'), join(home, '文档', '报告.md'));
    for (const path of [join(home, '.config', 'autostart', 'pizhu.desktop'), join(home, '文档', '报告.md')]) {
      const r = await dispatch(s.handlers, 'exportToFile', { options: markdown, path }, 'en');
      expect(r, path).toMatchObject({ ok: false, error: { code: 'path-refused' } });
    }
    expect(existsSync(join(home, '.config', 'autostart'))).toBe(false);
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
  });

  it('refuses a folder outside home and temp, and exports into Documents as asked', async () => {
    const s = await withProject();
    const outside = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: '/var/lib/pizhu-export.md' }, 'en');
    expect(outside).toMatchObject({ ok: false, error: { code: 'path-refused', message: expect.stringContaining('writes only inside your home') } });
    expect(existsSync('/var/lib/pizhu-export.md')).toBe(false);
    const fine = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: join(home, '文档', '腾讯核查.md') }, 'en');
    expect(fine).toMatchObject({ ok: true });
    expect(readFileSync(join(home, '文档', '腾讯核查.md'), 'utf8')).toContain('腾讯核查');
  });

  it('will not read a private key as an article', async () => {
    const s = await withProject();
    mkdirSync(join(home, '.ssh'));
    writeFileSync(join(home, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    const r = await dispatch(s.handlers, 'importPreview', { source: { kind: 'path', path: join(home, '.ssh', 'id_ed25519') } }, 'en');
    expect(r).toMatchObject({ ok: false, error: { code: 'path-refused', message: expect.stringContaining('hidden “.ssh”') } });
  });
});

describe('the API in the desktop app', () => {
  it('exports to the file the user picked in the save dialog, and nowhere else', async () => {
    const grants = new PathGrants();
    const prefs = new PreferencesService(jsonFileBackend(preferencesFile(join(base, 'config'))));
    // The native dialog as a user answers it: the project's place, then the export's, then Cancel.
    const answers = [join(home, '文档', '核查.pizhu'), join(home, '文档', '核查.md'), null];
    const dialog = recordingPicker(async () => answers.shift() ?? null, grants);
    const s = createAppServices({ prefs, mode: 'electron', pathGrants: grants, pickPath: dialog });
    const pickedProject = await dispatch(s.handlers, 'pickPath', { purpose: 'newProject' }, 'en');
    expect(await dispatch(s.handlers, 'projectNew', { path: pickedProject.ok ? pickedProject.value! : '', title: '核查' }, 'en')).toMatchObject({ ok: true });
    const picked = await dispatch(s.handlers, 'pickPath', { purpose: 'export' }, 'en');
    expect(picked).toMatchObject({ ok: true, value: join(home, '文档', '核查.md') });
    expect(await dispatch(s.handlers, 'exportToFile', { options: markdown, path: join(home, '文档', '核查.md') }, 'en')).toMatchObject({ ok: true });
    expect(await dispatch(s.handlers, 'pickPath', { purpose: 'export' }, 'en')).toMatchObject({ ok: true, value: null });
    writeFileSync(join(home, '.bashrc'), BASHRC);
    const sneaky = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: join(home, '.bashrc') }, 'en');
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'path-refused' } });
    expect(readFileSync(join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
  });

  it('opens a file picked in the open dialog but will not export over it', async () => {
    const theirs = join(home, '文档', '同事.pizhu');
    ProjectStore.create(theirs, { title: '同事', author: EDITOR }).close();
    const grants = new PathGrants();
    const prefs = new PreferencesService(jsonFileBackend(preferencesFile(join(base, 'config'))));
    const s = createAppServices({ prefs, mode: 'electron', pathGrants: grants, pickPath: recordingPicker(async () => theirs, grants) });
    await dispatch(s.handlers, 'pickPath', { purpose: 'openProject' }, 'en');
    expect(await dispatch(s.handlers, 'projectOpen', { path: theirs }, 'en')).toMatchObject({ ok: true });
    const over = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: theirs }, 'en');
    expect(over).toMatchObject({ ok: false, error: { code: 'path-refused' } });
  });

  it('writes only a path chosen in a dialog this session', async () => {
    const grants = new PathGrants();
    const prefs = new PreferencesService(jsonFileBackend(preferencesFile(join(base, 'config'))));
    const s = createAppServices({ prefs, mode: 'electron', pathGrants: grants });
    const project = join(home, '文档', '核查.pizhu');
    const refused = await dispatch(s.handlers, 'projectNew', { path: project, title: '核查' }, 'en');
    expect(refused).toMatchObject({ ok: false, error: { code: 'path-refused', message: expect.stringContaining('choose in a file dialog') } });
    expect(existsSync(project)).toBe(false);
    grants.grant(project, 'write');
    expect(await dispatch(s.handlers, 'projectNew', { path: project, title: '核查' }, 'en')).toMatchObject({ ok: true });
    const elsewhere = await dispatch(s.handlers, 'exportToFile', { options: markdown, path: join(home, '文档', '核查.md') }, 'en');
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'path-refused' } });
    expect(existsSync(join(home, '文档', '核查.md'))).toBe(false);
  });
});

/** True when a schema has, anywhere inside it, a field named `path` or a string that may hold one. */
function mentionsPath(schema: z.ZodType): boolean {
  const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  return /"path"\s*:/.test(json);
}

describe('the table of methods that carry paths', () => {
  it('lists every contract method whose argument has a path, so none escapes the rule', () => {
    const withPath = METHOD_NAMES.filter((name) => mentionsPath(contract[name].arg));
    expect(withPath.length).toBeGreaterThan(8);
    expect(withPath.filter((name) => !(name in PATH_USES))).toEqual([]);
  });
});
