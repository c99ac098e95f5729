// The evidence items of one claim: add, edit, delete and reorder. Items are loaded into the
// workspace store once per claim; edits keep them current through the change sets they return.
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useEvidence, useWorkspaceStore } from '../store/hooks';
import { EvidenceForm } from './EvidenceForm';

export function EvidenceList({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { mutate, readOnly } = useWorkspace();
  const store = useWorkspaceStore();
  const items: EvidenceItem[] = useEvidence(claim.id);
  useEffect(() => void store.loadEvidence(claim.id), [store, claim.id]);

  const move = (from: number, to: number) => {
    const ids = items.map((i) => i.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    void mutate(() => api.reorderEvidence({ claimId: claim.id, orderedIds: ids }));
  };

  return (
    <section className="inspector-section" aria-labelledby="insp-evidence">
      <h3 id="insp-evidence">
        {t('inspector.evidence')} <span className="count">{items.length}</span>
      </h3>
      {items.map((item, i) => (
        <div key={`${item.id}-${item.updatedAt}`} className="evidence-item" role="group" aria-label={t('inspector.evidenceN', { n: i + 1 })}>
          <EvidenceForm item={item} readOnly={readOnly} onChange={(patch) => void mutate(() => api.updateEvidence({ id: item.id, patch }))} />
          {!readOnly && (
            <div className="evidence-actions">
              <Button className="button" isDisabled={i === 0} aria-label={t('inspector.moveUp', { n: i + 1 })} onPress={() => move(i, i - 1)}>
                <span aria-hidden="true">↑</span>
              </Button>
              <Button className="button" isDisabled={i === items.length - 1} aria-label={t('inspector.moveDown', { n: i + 1 })} onPress={() => move(i, i + 1)}>
                <span aria-hidden="true">↓</span>
              </Button>
              <Button className="button button-danger" aria-label={t('inspector.deleteEvidence', { n: i + 1 })} onPress={() => void mutate(() => api.deleteEvidence({ id: item.id }))}>
                {t('inspector.remove')}
              </Button>
            </div>
          )}
        </div>
      ))}
      {!readOnly && (
        <Button className="button" onPress={() => void mutate(() => api.addEvidence({ claimId: claim.id, item: {} }))}>
          {t('inspector.addEvidence')}
        </Button>
      )}
    </section>
  );
}
