// The reader's context menu: right-clicking a selection offers 标记为论断. A small menu of its
// own (not the browser's), placed at the pointer, closed by Escape, a choice or a click away.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appZoom } from '../app/zoom';

interface Props {
  x: number;
  y: number;
  onMark(): void;
  onClose(): void;
}

export function ReaderContextMenu({ x, y, onMark, onClose }: Props) {
  const { t } = useTranslation();
  const item = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    item.current?.focus();
    const away = (event: PointerEvent) => {
      if (!item.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  return (
    <div className="context-menu" role="menu" aria-label={t('claim.toolbar')} style={{ left: x / appZoom(), top: y / appZoom() }}>
      <button
        ref={item}
        type="button"
        role="menuitem"
        className="menu-item"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
        // Keep the reader's selection: a mousedown on a button would otherwise clear it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          onMark();
          onClose();
        }}
      >
        {t('claim.mark')}
      </button>
    </div>
  );
}
