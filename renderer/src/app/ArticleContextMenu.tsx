// The navigator's context menu on an article (right click, Shift+F10 or the menu key): 重命名…
// and 删除…. Arrow keys move between the items, Escape or a click away closes it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { requestArticleCommand } from './ArticleDialogs';
import { appZoom } from './zoom';

interface Props {
  x: number;
  y: number;
  articleId: string;
  onClose(): void;
}

export function ArticleContextMenu({ x, y, articleId, onClose }: Props) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const item = (command: 'renameArticle' | 'deleteArticle') => (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        onClose();
        requestArticleCommand(command, articleId);
      }}
    >
      {t(`menu.${command}`)}
    </button>
  );
  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={t('articleEdit.menu')}
      style={{ left: x / appZoom(), top: y / appZoom() }}
      onKeyDown={(e) => {
        const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') onClose();
        else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      {item('renameArticle')}
      {item('deleteArticle')}
    </div>
  );
}
