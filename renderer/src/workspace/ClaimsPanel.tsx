// The claims of the open article in the navigator: filtered, sorted and counted. J and K move
// the selection through the shown claims (the reader scrolls to follow); the codebook editor
// opens from here. The list itself (windowed, one render per changed row) is ClaimsList.
import { memo, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspaceActions } from './WorkspaceContext';
import { ClaimFilters } from '../claims/ClaimFilters';
import { ClaimsList } from '../claims/ClaimsList';
import { filterClaims, NO_FILTER, type ClaimFilter } from '../claims/filter';
import { isOwnedElsewhere } from '../claims/keys';
import { CodebookDialog } from '../codebook/CodebookDialog';
import { listOf, type StoreState } from '../store/state';
import { countRender, sameItems, useStore, useTagList, useWorkspaceStore } from '../store/hooks';

// The last filtering done, reused while the claims and the filter are the same (a selection).
let lastShown: { claims: StoreState['claims']; filter: ClaimFilter; ids: string[] } | null = null;

function shownIds(claims: StoreState['claims'], filter: ClaimFilter): string[] {
  if (lastShown?.claims !== claims || lastShown.filter !== filter) {
    lastShown = { claims, filter, ids: filterClaims(listOf(claims), filter).map((c) => c.id) };
  }
  return lastShown.ids;
}

export const ClaimsPanel = memo(function ClaimsPanel() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const { selectClaim } = useWorkspaceActions();
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [codebookOpen, setCodebookOpen] = useState(false);
  const total = useStore((s) => s.claims.ids.length);
  const tags = useTagList();
  const shown = useStore((s) => shownIds(s.claims, filter), sameItems);
  countRender('claims-panel');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if ((key !== 'j' && key !== 'k') || event.ctrlKey || event.metaKey || event.altKey || isOwnedElsewhere(event)) return;
      if (shown.length === 0) return;
      event.preventDefault();
      const at = shown.indexOf(store.getState().selectedClaimId ?? '');
      const next = at < 0 ? 0 : Math.min(shown.length - 1, Math.max(0, at + (key === 'j' ? 1 : -1)));
      selectClaim(shown[next]!);
    };
    // Capture: a focused react-aria control would otherwise swallow the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [shown, store, selectClaim]);

  return (
    <section className="nav-section" aria-labelledby="nav-claims">
      <h3 className="nav-heading" id="nav-claims">
        {t('pane.claims')} <span className="count">{total}</span>
      </h3>
      <Button className="button" onPress={() => setCodebookOpen(true)}>
        {t('claims.openCodebook')}
      </Button>
      {total === 0 ? (
        <EmptyState body={t('empty.noClaims')} />
      ) : (
        <>
          <ClaimFilters filter={filter} tags={tags} onChange={setFilter} />
          <p className="field-help" role="status">
            {t('claims.shown', { shown: shown.length, total })} · <span aria-hidden="true">{t('claims.keys')}</span>
          </p>
          {shown.length === 0 ? (
            <EmptyState body={t('claims.noneMatch')}>
              <Button className="button" onPress={() => setFilter(NO_FILTER)}>
                {t('claims.clearFilter')}
              </Button>
            </EmptyState>
          ) : (
            <ClaimsList shown={shown} tags={tags} onSelect={selectClaim} />
          )}
        </>
      )}
      {codebookOpen && <CodebookDialog onClose={() => setCodebookOpen(false)} />}
    </section>
  );
});
