// The claims of the open article in the navigator: filtered, sorted and counted. J and K move
// the selection through the shown claims (the reader scrolls to follow); the codebook editor
// opens from here.
import { useEffect, useMemo, useState } from 'react';
import { Button, ListBox, ListBoxItem, ListLayout, Virtualizer } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';
import { ClaimFilters } from '../claims/ClaimFilters';
import { filterClaims, NO_FILTER, type ClaimFilter } from '../claims/filter';
import { claimColor, verdictLabel } from '../claims/present';
import { isOwnedElsewhere } from '../claims/keys';
import { CodebookDialog } from '../codebook/CodebookDialog';

export function ClaimsPanel() {
  const { t, i18n } = useTranslation();
  const { claims, tags, selectedClaimId, selectClaim } = useWorkspace();
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [codebookOpen, setCodebookOpen] = useState(false);
  const shown = useMemo(() => filterClaims(claims, filter), [claims, filter]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((key !== 'j' && key !== 'k') || event.ctrlKey || event.metaKey || event.altKey || isOwnedElsewhere(event)) return;
      if (shown.length === 0) return;
      event.preventDefault();
      const at = shown.findIndex((c) => c.id === selectedClaimId);
      const next = at < 0 ? 0 : Math.min(shown.length - 1, Math.max(0, at + (key === 'j' ? 1 : -1)));
      selectClaim(shown[next]!.id);
    };
    // Capture: a focused react-aria control would otherwise swallow the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [shown, selectedClaimId, selectClaim]);

  return (
    <section className="nav-section" aria-labelledby="nav-claims">
      <h3 className="nav-heading" id="nav-claims">
        {t('pane.claims')} <span className="count">{claims.length}</span>
      </h3>
      <Button className="button" onPress={() => setCodebookOpen(true)}>
        {t('claims.openCodebook')}
      </Button>
      {claims.length === 0 ? (
        <EmptyState body={t('empty.noClaims')} />
      ) : (
        <>
          <ClaimFilters filter={filter} tags={tags} onChange={setFilter} />
          <p className="field-help" role="status">
            {t('claims.shown', { shown: shown.length, total: claims.length })} · <span aria-hidden="true">{t('claims.keys')}</span>
          </p>
          {/* Virtualised: an article can hold thousands of claims. */}
          <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 52 }}>
          <ListBox
            aria-labelledby="nav-claims"
            aria-keyshortcuts="J K"
            className="nav-list claims-list"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={selectedClaimId ? [selectedClaimId] : []}
            onSelectionChange={(keys) => selectClaim([...(keys as Set<string>)][0] ?? null)}
          >
            {shown.map((c) => (
              <ListBoxItem key={c.id} id={c.id} className="nav-item" textValue={c.anchor.exact}>
                <span className="nav-item-title">
                  <span className="claim-swatch" style={{ '--mark-color': claimColor(c, tags, 'tag') } as React.CSSProperties} aria-hidden="true" />
                  {c.anchor.exact}
                </span>
                <span className="nav-item-meta">
                  {[verdictLabel(c.verdict, i18n.language) ?? t('claim.noVerdict'), c.orphan ? t('claims.orphan') : null].filter(Boolean).join(' · ')}
                </span>
              </ListBoxItem>
            ))}
          </ListBox>
          </Virtualizer>
        </>
      )}
      {codebookOpen && <CodebookDialog onClose={() => setCodebookOpen(false)} />}
    </section>
  );
}
