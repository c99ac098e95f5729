import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chosenPathsRule, PathGrants, realTarget, userPlacesRule, type PathAccess, type PathRule } from './path-rule';
import type { PizhuError } from '../../shared/api/result';

let base: string;
beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'pizhu-path-rule-')));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** The refusal `rule` gives, or null when the path is accepted. */
function refusal(rule: PathRule, path: string, access: PathAccess, lang: 'zh-CN' | 'en' = 'en'): PizhuError | null {
  try {
    rule.check(path, access, lang);
    return null;
  } catch (err) {
    return err as PizhuError;
  }
}

describe('in the desktop app, only paths the user chose', () => {
  const known = (recent: string[] = [], open?: string) => ({ recent: () => recent, openProject: () => open });

  it('accepts a path chosen in a save dialog for writing, and refuses any other', () => {
    const grants = new PathGrants();
    const rule = chosenPathsRule(grants, known());
    grants.grant('/home/li/文档/腾讯核查.pdf', 'write');
    expect(refusal(rule, '/home/li/文档/腾讯核查.pdf', 'write')).toBeNull();
    const other = refusal(rule, '/home/li/.bashrc', 'write');
    expect(other).toMatchObject({ code: 'path-refused' });
    expect(other!.message).toBe(
      'Pizhu will not write “/home/li/.bashrc”: the desktop app uses only files you choose in a file dialog (or a project from Open Recent). Choose it again from the File menu.',
    );
    expect(other!.wordedIn('zh-CN')).toBe('批注不会写入「/home/li/.bashrc」：桌面应用只使用你在文件对话框中选择的文件（或「最近打开」中的项目）。请从「文件」菜单重新选择。');
  });

  it('lets a file chosen in an open dialog be read and opened, but not overwritten', () => {
    const grants = new PathGrants();
    const rule = chosenPathsRule(grants, known());
    grants.grant('/data/同事的副本.pizhu', 'read');
    expect(refusal(rule, '/data/同事的副本.pizhu', 'read')).toBeNull();
    expect(refusal(rule, '/data/同事的副本.pizhu', 'open')).toBeNull();
    expect(refusal(rule, '/data/同事的副本.pizhu', 'write')).toMatchObject({ code: 'path-refused' });
  });

  it('lets a recent project and the open one be opened and read without a dialog, never written', () => {
    const rule = chosenPathsRule(new PathGrants(), known(['/data/最近.pizhu'], '/data/打开的.pizhu'));
    expect(refusal(rule, '/data/最近.pizhu', 'open')).toBeNull();
    expect(refusal(rule, '/data/打开的.pizhu', 'read')).toBeNull();
    expect(refusal(rule, '/data/打开的.pizhu', 'write')).toMatchObject({ code: 'path-refused' });
    expect(refusal(rule, '/data/别的.pizhu', 'open')).toMatchObject({ code: 'path-refused' });
  });

  it('compares paths as the file system does, so a detour through “..” names the same granted file', () => {
    const grants = new PathGrants();
    grants.grant('/data/报告.pdf', 'write');
    expect(refusal(chosenPathsRule(grants, known()), '/data/草稿/../报告.pdf', 'write')).toBeNull();
  });
});

describe('in browser mode, home and temp folders without hidden names', () => {
  let home: string;
  let elsewhere: string;
  let rule: PathRule;
  beforeEach(() => {
    home = join(base, 'home');
    elsewhere = join(base, 'elsewhere');
    mkdirSync(join(home, '文档'), { recursive: true });
    mkdirSync(join(home, '.ssh'));
    mkdirSync(elsewhere);
    rule = userPlacesRule({ writeRoots: () => [home], readRoots: () => [] });
  });

  it('writes inside the home folder, in folders that do not exist yet too', () => {
    expect(refusal(rule, join(home, '文档', '腾讯核查.pdf'), 'write')).toBeNull();
    expect(refusal(rule, join(home, '新建', '子文件夹', '项目.pizhu'), 'write')).toBeNull();
  });

  it('refuses writing outside it, naming the file and where writes may go', () => {
    const r = refusal(rule, join(elsewhere, 'x.pdf'), 'write');
    expect(r).toMatchObject({ code: 'path-refused' });
    expect(r!.message).toContain(join(elsewhere, 'x.pdf'));
    expect(r!.message).toContain(`writes only inside your home, documents and temporary folders (${home})`);
  });

  it('refuses dot-files and anything inside dot-folders, for reading as for writing', () => {
    for (const path of [join(home, '.bashrc'), join(home, '.ssh', 'authorized_keys'), join(home, '.config', 'autostart', 'x.desktop')]) {
      for (const access of ['read', 'open', 'write'] as const) {
        expect(refusal(rule, path, access), `${access} ${path}`).toMatchObject({ code: 'path-refused' });
      }
    }
    expect(refusal(rule, join(home, '.ssh', 'id_ed25519'), 'read', 'zh-CN')!.wordedIn('zh-CN')).toBe(
      `批注不会读取「${join(home, '.ssh', 'id_ed25519')}」：它是隐藏的「.ssh」或位于其中，这类位置存放设置与密钥。请选择隐藏文件和文件夹以外的位置。`,
    );
  });

  it('resolves “..” before judging, so a path cannot climb out of home or into a dot-folder', () => {
    expect(refusal(rule, join(home, '文档', '..', '.bashrc'), 'write')).toMatchObject({ code: 'path-refused' });
    expect(refusal(rule, join(home, '..', 'elsewhere', 'x'), 'write')).toMatchObject({ code: 'path-refused' });
  });

  it('follows symlinks: a harmless-looking link into a dot-folder or out of home is refused', () => {
    symlinkSync(join(home, '.ssh'), join(home, '文档', '资料'));
    symlinkSync(elsewhere, join(home, '外面'));
    symlinkSync(join(home, '.bashrc'), join(home, '报告.pdf'));
    expect(refusal(rule, join(home, '文档', '资料', 'authorized_keys'), 'write')).toMatchObject({ message: expect.stringContaining('hidden “.ssh”') });
    expect(refusal(rule, join(home, '外面', 'x.pdf'), 'write')).toMatchObject({ code: 'path-refused' });
    // The link itself names a file that does not exist: where a write would land cannot be judged.
    expect(refusal(rule, join(home, '报告.pdf'), 'write')).toMatchObject({ message: expect.stringContaining('symbolic link') });
    writeFileSync(join(home, '.bashrc'), '# mine\n');
    expect(refusal(rule, join(home, '报告.pdf'), 'write')).toMatchObject({ message: expect.stringContaining('hidden “.bashrc”') });
  });

  it('accepts a link that stays inside home, judged by where it leads', () => {
    mkdirSync(join(home, '项目'));
    symlinkSync(join(home, '项目'), join(home, '文档', '项目链接'));
    expect(refusal(rule, join(home, '文档', '项目链接', 'a.pizhu'), 'write')).toBeNull();
  });

  it('accepts a home folder that itself sits under a dot-folder: only names below it count', () => {
    const hiddenHome = join(base, '.homes', 'li');
    mkdirSync(hiddenHome, { recursive: true });
    const r = userPlacesRule({ writeRoots: () => [hiddenHome], readRoots: () => [] });
    expect(refusal(r, join(hiddenHome, 'a.pizhu'), 'write')).toBeNull();
    expect(refusal(r, join(hiddenHome, '.profile'), 'write')).toMatchObject({ code: 'path-refused' });
  });

  it('reads from mounted drives too, but writes only in home', () => {
    const mounted = join(base, 'media');
    mkdirSync(join(mounted, 'U盘'), { recursive: true });
    const r = userPlacesRule({ writeRoots: () => [home], readRoots: () => [mounted] });
    expect(refusal(r, join(mounted, 'U盘', '稿件.docx'), 'read')).toBeNull();
    expect(refusal(r, join(mounted, 'U盘', '项目.pizhu'), 'open')).toMatchObject({ message: expect.stringContaining('writes only inside') });
    expect(refusal(r, join(elsewhere, '稿件.docx'), 'read')).toMatchObject({ message: expect.stringContaining('reads only from') });
  });

  it('keeps out of ~/Library on macOS, where launch agents and keychains live without a dot', () => {
    const mac = userPlacesRule({ writeRoots: () => [home], readRoots: () => [], platform: 'darwin' });
    expect(refusal(mac, join(home, 'Library', 'LaunchAgents', 'pizhu.plist'), 'write')).toMatchObject({ message: expect.stringContaining('hidden “Library”') });
    expect(refusal(mac, join(home, '文档', 'Library', 'a.pizhu'), 'write')).toBeNull();
    expect(refusal(rule, join(home, 'Library', 'a.pizhu'), 'write')).toBeNull();
  });

  it('reads from the folder the host was started in, but does not write there', () => {
    const r = userPlacesRule({ writeRoots: () => [home] });
    expect(refusal(r, join(process.cwd(), 'package.json'), 'read')).toBeNull();
    expect(refusal(r, join(process.cwd(), 'out.pdf'), 'write')).toMatchObject({ code: 'path-refused' });
  });

  it('judges a relative path from the folder the host was started in, as the services would use it', () => {
    expect(refusal(rule, 'package.json', 'read')).toMatchObject({ code: 'path-refused' });
    expect(refusal(userPlacesRule({ writeRoots: () => [home] }), 'package.json', 'read')).toBeNull();
  });

  it('lets the open project be read and opened again wherever it is', () => {
    const r = userPlacesRule({ writeRoots: () => [home], readRoots: () => [], openProject: () => join(elsewhere, 'p.pizhu') });
    expect(refusal(r, join(elsewhere, 'p.pizhu'), 'open')).toBeNull();
    expect(refusal(r, join(elsewhere, 'p.pizhu'), 'write')).toMatchObject({ code: 'path-refused' });
  });
});

describe('where a path really leads', () => {
  it('is the real path of its nearest existing folder with the rest appended', () => {
    mkdirSync(join(base, 'real'));
    symlinkSync(join(base, 'real'), join(base, 'link'));
    expect(realTarget(join(base, 'link', 'new', 'file.txt'))).toBe(join(base, 'real', 'new', 'file.txt'));
  });
});
