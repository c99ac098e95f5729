// The in-window menu bar of browser mode, drawn from the same menu description as the native
// menu. Fully keyboard-operable (react-aria menus).
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator, SubmenuTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { APP_MENU, type MenuCommand, type MenuEntry } from '../../../shared/menu';
import type { RecentEntry } from '../../../shared/api/contract';
import { displayAccelerator } from './keyboard';

interface Props {
  onCommand(command: MenuCommand): void;
  onOpenRecent(path: string): void;
  recent: RecentEntry[];
}

export function MenuBar({ onCommand, onOpenRecent, recent }: Props) {
  const { t } = useTranslation();

  const renderItems = (items: MenuEntry[], prefix: string) =>
    items
      .filter((e) => !(e.kind === 'command' && e.nativeOnly))
      .map((entry, i) => {
        const id = `${prefix}-${i}`;
        switch (entry.kind) {
          case 'separator':
            return <Separator key={id} className="menu-separator" />;
          case 'command':
            return (
              <MenuItem key={id} id={entry.command} className="menu-item" onAction={() => onCommand(entry.command)}>
                <span className="menu-label">{t(entry.label)}</span>
                {entry.accelerator && <kbd className="menu-accel">{displayAccelerator(entry.accelerator)}</kbd>}
              </MenuItem>
            );
          case 'submenu':
            return (
              <SubmenuTrigger key={id}>
                <MenuItem className="menu-item menu-item-sub">{t(entry.label)}</MenuItem>
                <Popover className="menu-popover">
                  <Menu className="menu">{renderItems(entry.items, id)}</Menu>
                </Popover>
              </SubmenuTrigger>
            );
          case 'recent':
            return (
              <SubmenuTrigger key={id}>
                <MenuItem className="menu-item menu-item-sub">{t('menu.recent')}</MenuItem>
                <Popover className="menu-popover">
                  <Menu className="menu">
                    {recent.length === 0 ? (
                      <MenuItem className="menu-item" isDisabled>
                        {t('menu.recentEmpty')}
                      </MenuItem>
                    ) : (
                      recent.map((r) => (
                        <MenuItem
                          key={r.path}
                          className="menu-item"
                          isDisabled={r.missing}
                          textValue={r.title || r.path}
                          onAction={() => onOpenRecent(r.path)}
                        >
                          <span className="menu-label">{r.title || r.path}</span>
                          {r.missing && <span className="menu-note">{t('recent.missing')}</span>}
                        </MenuItem>
                      ))
                    )}
                  </Menu>
                </Popover>
              </SubmenuTrigger>
            );
        }
      });

  return (
    <nav className="menubar" aria-label={t('app.name')}>
      <span className="menubar-brand" aria-hidden="true">
        批注
      </span>
      {APP_MENU.map((menu) => (
        <MenuTrigger key={menu.id}>
          <Button className="menubar-button">{t(menu.label)}</Button>
          <Popover className="menu-popover" placement="bottom start">
            <Menu className="menu" aria-label={t(menu.label)}>
              {renderItems(menu.items, menu.id)}
            </Menu>
          </Popover>
        </MenuTrigger>
      ))}
    </nav>
  );
}
