import { describe, expect, it } from 'vitest';
import { APP_MENU, menuCommands } from './menu';
import { translate } from './i18n';

describe('the application menu', () => {
  it('has 文件, 编辑, 文章, 视图 and 帮助 in Chinese', () => {
    expect(APP_MENU.map((m) => translate('zh-CN', m.label))).toEqual(['文件', '编辑', '文章', '视图', '帮助']);
  });

  it('gives every command a label in both languages and no shortcut twice', () => {
    const commands = menuCommands();
    for (const c of commands) {
      expect(translate('zh-CN', c.label)).not.toBe(c.label);
      expect(translate('en', c.label)).not.toBe(c.label);
    }
    const accels = commands.flatMap((c) => (c.accelerator ? [c.accelerator] : []));
    expect(new Set(accels).size).toBe(accels.length);
  });
});
