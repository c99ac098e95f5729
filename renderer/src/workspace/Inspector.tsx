// The inspector pane: everything about the selected claim.
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';
import { ClaimInspector } from '../inspector/ClaimInspector';

export function Inspector() {
  const { t } = useTranslation();
  const { claims, selectedClaimId } = useWorkspace();
  const claim = claims.find((c) => c.id === selectedClaimId);
  return (
    <aside className="pane pane-inspector" aria-label={t('pane.inspector')}>
      <header className="pane-header">
        <h2 className="pane-title">{t('pane.inspector')}</h2>
      </header>
      <div className="pane-body">
        {claim ? <ClaimInspector key={claim.id} claim={claim} /> : <EmptyState title={t('empty.inspectorTitle')} body={t('empty.inspectorBody')} />}
      </div>
    </aside>
  );
}
