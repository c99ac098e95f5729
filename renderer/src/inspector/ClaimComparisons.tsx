// The screenshot comparisons that back the claim, in the inspector: each opens in the viewer.
// Evidence and comparisons are the two kinds of support a claim has; both show beside it.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ComparisonViewer } from '../comparison/ComparisonViewer';
import { sameItems, useStore } from '../store/hooks';

export function ClaimComparisons({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const backing = useStore((s) => s.comparisons.ids.filter((id) => s.comparisons.byId[id]!.claimIds.includes(claimId)), sameItems);
  const titles = useStore((s) => backing.map((id) => s.comparisons.byId[id]?.title ?? ''), sameItems);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = useStore((s) => (openId ? s.comparisons.byId[openId] : undefined));
  return (
    <section className="inspector-section" aria-labelledby="insp-comparisons">
      <h3 id="insp-comparisons">
        {t('inspector.comparisons')} <span className="count">{backing.length}</span>
      </h3>
      {backing.length === 0 ? (
        <p className="field-help">{t('inspector.noComparisons')}</p>
      ) : (
        <ul className="inspector-links">
          {backing.map((id, i) => (
            <li key={id}>
              <Button className="link-button" onPress={() => setOpenId(id)}>
                {titles[i]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {open && <ComparisonViewer comparison={open} onClose={() => setOpenId(null)} />}
    </section>
  );
}
