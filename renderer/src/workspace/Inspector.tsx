// The inspector pane: the selected claim.
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';

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
        {claim ? <blockquote className="inspector-quote">{claim.anchor.exact}</blockquote> : <EmptyState title={t('empty.inspectorTitle')} body={t('empty.inspectorBody')} />}
      </div>
    </aside>
  );
}
