// The claims of the open article in the navigator.
import { ListBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';

export function ClaimsPanel() {
  const { t } = useTranslation();
  const { claims, selectedClaimId, selectClaim } = useWorkspace();
  return (
    <section className="nav-section" aria-labelledby="nav-claims">
      <h3 className="nav-heading" id="nav-claims">
        {t('pane.claims')} <span className="count">{claims.length}</span>
      </h3>
      {claims.length === 0 ? (
        <EmptyState body={t('empty.noClaims')} />
      ) : (
        <ListBox
          aria-labelledby="nav-claims"
          className="nav-list"
          selectionMode="single"
          selectedKeys={selectedClaimId ? [selectedClaimId] : []}
          onSelectionChange={(keys) => selectClaim([...(keys as Set<string>)][0] ?? null)}
        >
          {claims.map((c) => (
            <ListBoxItem key={c.id} id={c.id} className="nav-item" textValue={c.anchor.exact}>
              <span className="nav-item-title">{c.anchor.exact}</span>
            </ListBoxItem>
          ))}
        </ListBox>
      )}
    </section>
  );
}
