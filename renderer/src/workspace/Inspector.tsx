// The inspector pane: everything about the selected claim. It renders again only when that claim
// changes; a claim it cannot show becomes a card offering to reset the note or delete the claim,
// inside the pane.
import { memo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/domain/claim';
import { useClient } from '../api/ClientContext';
import { countRender, failIfAsked, useClaim, useReadOnly, useSelectedClaimId } from '../store/hooks';
import { EmptyState } from './EmptyState';
import { ErrorBoundary, PaneBoundary } from './ErrorBoundary';
import { useWorkspaceActions } from './WorkspaceContext';
import { ClaimInspector } from '../inspector/ClaimInspector';

export const Inspector = memo(function Inspector() {
  const { t } = useTranslation();
  const claim = useClaim(useSelectedClaimId());
  countRender('inspector');
  return (
    <aside className="pane pane-inspector" aria-label={t('pane.inspector')}>
      <header className="pane-header">
        <h2 className="pane-title">{t('pane.inspector')}</h2>
      </header>
      <div className="pane-body">
        <PaneBoundary pane={t('pane.inspector')}>
          {claim ? (
            <ErrorBoundary resetKeys={[claim]} fallback={(error) => <ClaimFailure claim={claim} error={error} />}>
              <ClaimView claim={claim} />
            </ErrorBoundary>
          ) : (
            <EmptyState title={t('empty.inspectorTitle')} body={t('empty.inspectorBody')} />
          )}
        </PaneBoundary>
      </div>
    </aside>
  );
});

function ClaimView({ claim }: { claim: Claim }) {
  failIfAsked(`claim ${claim.id}`);
  return <ClaimInspector claim={claim} />;
}

/** A claim the inspector could not show: what is wrong and the two ways out. */
function ClaimFailure({ claim, error }: { claim: Claim; error: Error }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const { mutate, selectClaim } = useWorkspaceActions();
  const readOnly = useReadOnly();
  return (
    <div className="failure-card" role="alert">
      <h3 className="empty-title">{t('failure.claimTitle')}</h3>
      <p className="empty-body">{t('failure.claimBody', { quote: claim.anchor.exact.slice(0, 40), detail: error.message })}</p>
      {!readOnly && (
        <div className="empty-actions">
          <Button className="button" onPress={() => void mutate(() => api.updateClaim({ id: claim.id, patch: { note: { json: '', text: claim.note.text } } }))}>
            {t('failure.resetNote')}
          </Button>
          <Button className="button button-danger" onPress={() => void mutate(() => api.deleteClaim({ id: claim.id })).then((r) => r !== undefined && selectClaim(null))}>
            {t('failure.deleteClaim')}
          </Button>
        </div>
      )}
    </div>
  );
}
