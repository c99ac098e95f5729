// The navigator's 截图对比 section: every comparison with its thumbnails (full images load only
// in the viewer), those backing the selected claim first; a button to make a new one.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/ClientContext';
import { assetUrl } from '../api/assets';
import { EmptyState } from '../workspace/EmptyState';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ComparisonViewer } from './ComparisonViewer';
import { NewComparisonDialog } from './NewComparisonDialog';

export function ComparisonsPanel() {
  const { t } = useTranslation();
  const { transport } = useClient();
  const ws = useWorkspace();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const selected = ws.selectedClaimId;
  const list = [...ws.comparisons].sort((x, y) => Number(y.claimIds.includes(selected ?? '')) - Number(x.claimIds.includes(selected ?? '')));
  const open = ws.comparisons.find((c) => c.id === openId);

  return (
    <section className="nav-section" aria-labelledby="nav-comparisons">
      <h3 className="nav-heading" id="nav-comparisons">
        {t('pane.comparisons')} <span className="count">{ws.comparisons.length}</span>
      </h3>
      {list.length === 0 ? (
        <EmptyState body={t('empty.noComparisons')} />
      ) : (
        <ul className="comparison-list">
          {list.map((c) => (
            <li key={c.id}>
              <Button className="comparison-card" onPress={() => setOpenId(c.id)} aria-label={t('comparison.open', { title: c.title })}>
                <span className="comparison-thumbs">
                  {c.items.map((i) => (
                    <img key={i.id} src={assetUrl(transport, i.thumbnailHash ?? i.assetHash)} alt="" loading="lazy" decoding="async" width={48} height={36} />
                  ))}
                </span>
                <span className="nav-item-title">{c.title}</span>
                <span className="nav-item-meta">
                  {c.items.map((i) => i.label).join(' / ')}
                  {selected && c.claimIds.includes(selected) && ` · ${t('comparison.backsSelected')}`}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button className="button nav-add" isDisabled={ws.readOnly} onPress={() => setCreating(true)}>
        {t('comparison.new')}
      </Button>
      {creating && <NewComparisonDialog onClose={() => setCreating(false)} />}
      {open && <ComparisonViewer comparison={open} onClose={() => setOpenId(null)} />}
    </section>
  );
}
