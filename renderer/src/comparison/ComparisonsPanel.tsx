// The navigator's 截图对比 section: every comparison with its thumbnails (full images load only
// in the viewer), those backing the selected claim first; a button to make a new one. Cards are
// windowed and each reads its own comparison, so selecting or editing a claim renders none of
// them unless it changes which comparisons back the selected claim.
import { memo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/ClientContext';
import { assetUrl } from '../api/assets';
import { EmptyState } from '../workspace/EmptyState';
import { WindowedList } from '../workspace/WindowedList';
import { ComparisonViewer } from './ComparisonViewer';
import { NewComparisonDialog } from './NewComparisonDialog';
import { countRender, sameItems, useReadOnly, useStore } from '../store/hooks';
import type { StoreState } from '../store/state';

const CARD_HEIGHT = 100;

/** The comparisons backing the selected claim, in list order. */
const backingSelected = (s: StoreState) =>
  s.selectedClaimId ? s.comparisons.ids.filter((id) => s.comparisons.byId[id]!.claimIds.includes(s.selectedClaimId!)) : [];

export const ComparisonsPanel = memo(function ComparisonsPanel() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const ids = useStore((s) => s.comparisons.ids);
  const backing = useStore(backingSelected, sameItems);
  const list = backing.length === 0 ? ids : [...backing, ...ids.filter((id) => !backing.includes(id))];
  const open = useStore((s) => (openId ? s.comparisons.byId[openId] : undefined));
  countRender('comparisons-panel');

  return (
    <section className="nav-section" aria-labelledby="nav-comparisons">
      <h3 className="nav-heading" id="nav-comparisons">
        {t('pane.comparisons')} <span className="count">{ids.length}</span>
      </h3>
      {list.length === 0 ? (
        <EmptyState body={t('empty.noComparisons')} />
      ) : (
        <WindowedList
          className="comparison-list"
          items={list}
          rowHeight={CARD_HEIGHT}
          visibleRows={5}
          keyOf={(id) => id}
          renderRow={(id) => <ComparisonCard id={id} backsSelected={backing.includes(id)} onOpen={setOpenId} />}
        />
      )}
      <Button className="button nav-add" isDisabled={readOnly} onPress={() => setCreating(true)}>
        {t('comparison.new')}
      </Button>
      {creating && <NewComparisonDialog onClose={() => setCreating(false)} />}
      {open && <ComparisonViewer comparison={open} onClose={() => setOpenId(null)} />}
    </section>
  );
});

const ComparisonCard = memo(function ComparisonCard({ id, backsSelected, onOpen }: { id: string; backsSelected: boolean; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { transport } = useClient();
  const c = useStore((s) => s.comparisons.byId[id]);
  countRender(`comparison-card ${id}`);
  if (!c) return null;
  return (
    <Button className="comparison-card" onPress={() => onOpen(c.id)} aria-label={t('comparison.open', { title: c.title })}>
      <span className="comparison-thumbs">
        {c.items.map((i) => (
          <img key={i.id} src={assetUrl(transport, i.thumbnailHash ?? i.assetHash)} alt="" loading="lazy" decoding="async" width={48} height={36} />
        ))}
      </span>
      <span className="nav-item-title">{c.title}</span>
      <span className="nav-item-meta">
        {c.items.map((i) => i.label).join(' / ')}
        {backsSelected && ` · ${t('comparison.backsSelected')}`}
      </span>
    </Button>
  );
});
