// The order of a comparison's screenshots: drag a label onto another to move it there, or focus
// it and press Alt+← / Alt+→. Saved at once and undoable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/domain/comparison';
import { reorder } from '../../../shared/comparison/model';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';

export function ItemOrder({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const ws = useWorkspace();
  const [dragging, setDragging] = useState<number | null>(null);
  const ids = comparison.items.map((i) => i.id);

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= ids.length) return;
    void ws.mutate(() => api.reorderComparisonItems({ comparisonId: comparison.id, orderedIds: reorder(ids, from, to) }));
  };

  return (
    <ol className="item-order" aria-label={t('comparison.order')}>
      {comparison.items.map((item, i) => (
        <li
          key={item.id}
          draggable={!ws.readOnly}
          className={dragging === i ? 'order-chip dragging' : 'order-chip'}
          onDragStart={(e) => {
            setDragging(i);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onDragEnd={() => setDragging(null)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            if (dragging !== null) move(dragging, i);
            setDragging(null);
          }}
        >
          <button
            type="button"
            className="order-button"
            disabled={ws.readOnly}
            aria-label={t('comparison.orderItem', { label: item.label, n: i + 1, total: ids.length })}
            onKeyDown={(e) => {
              if (!e.altKey) return;
              if (e.key === 'ArrowLeft') move(i, i - 1);
              else if (e.key === 'ArrowRight') move(i, i + 1);
              else return;
              e.preventDefault();
            }}
          >
            {i + 1}. {item.label}
          </button>
        </li>
      ))}
    </ol>
  );
}
