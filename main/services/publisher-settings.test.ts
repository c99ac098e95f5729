// The project's settings through the API, as the app and the browser host call it: publisher
// settings this computer kept before v6 move into the file the first time it is opened here, a
// colleague opening the file (another computer, other preferences) sees them and the dismissed
// suggestions, and each settings edit comes back as a change set the window applies.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { createNodeServices } from './node-services';
import { ProjectStore } from '../project/store';
import { EDITOR } from '../project/testing/fixtures';
import type { Result } from '../../shared/api/result';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { readPreferences } from './preferences';

const computer = () => createNodeServices({ mode: 'browser', configDir: mkdtempSync(join(tmpdir(), 'pizhu-settings-')) });
const PUBLISHER = { organization: '批注核查台', organizationUrl: 'https://check.example.org', logoUrl: '', reviewer: '核查李', reviewUrlBase: '' };

async function call<T>(s: ReturnType<typeof computer>, method: string, arg?: unknown): Promise<Result<T>> {
  return (await dispatch(s.handlers, method, arg, 'zh-CN', s.takeChanges)) as Result<T>;
}

describe('publisher settings and dismissals in the project file', () => {
  it('hands over what this computer kept, and a colleague opening the file sees it and the dismissals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-settings-project-'));
    const path = join(dir, '交接.pizhu');
    const made = ProjectStore.create(path, { title: '交接', author: EDITOR });
    const projectId = made.info().id;
    made.close();

    const mine = computer();
    mine.prefs.update({ publishers: { [projectId]: PUBLISHER } });
    const opened = await call<{ canUndo: boolean }>(mine, 'projectOpen', { path });
    expect(opened).toMatchObject({ ok: true, value: { canUndo: false } });
    expect(opened).not.toHaveProperty('changes');
    expect(await call(mine, 'listSettings')).toMatchObject({ ok: true, value: { publisher: PUBLISHER } });

    const dismissed = await call(mine, 'dismissSuggestion', { key: `a:0:2:𠮷🙂`, kind: 'superlative' });
    expect(dismissed).toMatchObject({
      ok: true,
      changes: { settings: { upsert: expect.arrayContaining([{ id: 'suggestions.dismissed/a:0:2:𠮷🙂', value: { kind: 'superlative' } }]), remove: [] } },
    });
    const undone = await call(mine, 'undo');
    expect(undone).toMatchObject({ ok: true, changes: { settings: { remove: expect.arrayContaining(['suggestions.dismissed/a:0:2:𠮷🙂', 'suggestions.stats']) } } });
    await call(mine, 'redo');
    await call(mine, 'projectClose');

    const colleague = computer();
    await call(colleague, 'projectOpen', { path });
    expect(await call(colleague, 'listDismissedSuggestions', {})).toEqual({ ok: true, value: ['a:0:2:𠮷🙂'] });
    expect(await call(colleague, 'listSettings')).toMatchObject({ ok: true, value: { publisher: PUBLISHER, 'suggestions.stats': { superlative: { accepted: 0, dismissed: 1 } } } });
    const bad = await call(colleague, 'setSetting', { key: 'publisher', value: { ...PUBLISHER, organizationUrl: 'ftp://x' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await call(colleague, 'projectClose');
  });
});

describe('pizhu publisher', () => {
  const cli = cliHarness();
  it('writes into the project file, taking in what this computer kept for it before', async () => {
    const file = cli.tmp.file('发布.pizhu');
    const made = ProjectStore.create(file, { title: '发布', author: EDITOR });
    const projectId = made.info().id;
    made.close();
    const config = process.env.PIZHU_CONFIG_DIR!;
    const prefs = createNodeServices({ mode: 'browser', configDir: config }).prefs;
    prefs.update({ publishers: { [projectId]: PUBLISHER } });

    expect(await main(['publisher', file, '--json']), cli.err).toBe(0);
    expect(JSON.parse(cli.out)).toEqual(PUBLISHER);
    cli.out = '';
    expect(await main(['publisher', file, '--reviewer', '编辑张', '--json']), cli.err).toBe(0);
    expect(JSON.parse(cli.out)).toEqual({ ...PUBLISHER, reviewer: '编辑张' });

    // In the file: a reader with no preferences of this computer sees it.
    const reader = ProjectStore.open(file, { author: EDITOR, readOnly: true });
    expect(reader.setting('publisher')).toEqual({ ...PUBLISHER, reviewer: '编辑张' });
    reader.close();
    expect(readPreferences(config).publishers[projectId]).toEqual(PUBLISHER);
  });
});
