// The claims list of the navigator: a listbox that puts in the DOM only the rows in view (an
// article can hold thousands of claims). Rows have one fixed height, so where a row sits is
// arithmetic and no layout pass over all claims is needed. Each row reads its own claim and
// whether it is the selected one, so a selection change renders the old and the new selected
// rows and an edit renders the edited claim's row, nothing else. Keys: arrows, Home/End and
// PageUp/PageDown move the cursor (aria-activedescendant), Enter or Space selects; a click
// selects; J and K (the panel's) select directly, and the list scrolls to the selected row.
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../workspace/ErrorBoundary';
import { claimColor, verdictLabel } from './present';
import { ClaimPeers } from '../sync/SyncStatusBar';
import { countRender, useClaimRecord, useStore, useWorkspaceStore } from '../store/hooks';
import type { Tag } from '../../../shared/domain/codebook';
import type { StoreState } from '../store/state';

/** One row's height in px; the stylesheet gives `.claims-list .nav-item` the same. */
export const ROW_HEIGHT = 52;
/** Rows put in the DOM beyond each edge of the view, so a short scroll shows no gap. */
const OVERSCAN = 6;
/** The list's height before it is measured (the stylesheet's). */
const DEFAULT_VIEW = 360;

const optionId = (claimId: string) => `claim-option-${claimId}`;

// The quotes more than one claim of the article share, worked out once per claims table: such
// rows show a little of the text before the quote, so they can be told apart.
const repeatedQuotes = new WeakMap<StoreState['claims'], Set<string>>();
function repeatedOf(claims: StoreState['claims']): Set<string> {
  let repeated = repeatedQuotes.get(claims);
  if (!repeated) {
    const seen = new Set<string>();
    repeated = new Set();
    for (const id of claims.ids) {
      const quote = claims.byId[id]!.anchor.exact;
      if (seen.has(quote)) repeated.add(quote);
      else seen.add(quote);
    }
    repeatedQuotes.set(claims, repeated);
  }
  return repeated;
}
/** Characters of the text before a repeated quote shown in its row. */
const CONTEXT = 8;

interface Props {
  shown: readonly string[];
  tags: readonly Tag[];
  onSelect: (claimId: string) => void;
}

export function ClaimsList({ shown, tags, onSelect }: Props) {
  const store = useWorkspaceStore();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(DEFAULT_VIEW);
  // The keyboard cursor: an index into `shown`.
  const [cursor, setCursor] = useState(() => Math.max(0, shown.indexOf(store.getState().selectedClaimId ?? '')));
  const last = shown.length - 1;
  const at = Math.min(cursor, last);

  /** Scrolls the least needed to show row `index` whole. */
  const reveal = useCallback((index: number) => {
    const list = listRef.current;
    if (!list || index < 0) return;
    const top = index * ROW_HEIGHT;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
    // The rows now in view render with the selection, not in a second pass after the scroll event.
    setScrollTop(list.scrollTop);
  }, []);

  useLayoutEffect(() => {
    if (listRef.current) setViewHeight(listRef.current.clientHeight || DEFAULT_VIEW);
  }, []);

  // A selection made elsewhere (J/K, Ctrl+Enter, a click in the reader) moves the cursor there
  // and scrolls it into view. Read from the store, not a hook, so the list itself does not
  // render again on each selection.
  useEffect(() => {
    let selected = store.getState().selectedClaimId;
    const follow = () => {
      const now = store.getState().selectedClaimId;
      if (now === selected) return;
      selected = now;
      const index = now ? shown.indexOf(now) : -1;
      if (index < 0) return;
      setCursor(index);
      reveal(index);
    };
    follow();
    return store.subscribe(follow);
  }, [store, shown, reveal]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(last, index));
    setCursor(next);
    reveal(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || last < 0) return;
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? DEFAULT_VIEW) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last, PageDown: at + page, PageUp: at - page };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(shown[at]!);
    }
  };

  // Rows keep one pick handler, so a list render does not render them.
  const pick = useCallback(
    (index: number, claimId: string) => {
      setCursor(index);
      onSelect(claimId);
    },
    [onSelect],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(shown.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let index = first; index < end; index++) {
    const id = shown[index]!;
    rows.push(
      <ClaimRow
        key={id}
        id={id}
        index={index}
        count={shown.length}
        tags={tags}
        active={index === at}
        onPick={pick}
      />,
    );
  }
  const activeShown = at >= first && at < end;

  return (
    <div
      ref={listRef}
      role="listbox"
      aria-labelledby="nav-claims"
      aria-keyshortcuts="J K"
      aria-activedescendant={activeShown && last >= 0 ? optionId(shown[at]!) : undefined}
      tabIndex={0}
      className="nav-list claims-list"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="claims-list-space" style={{ height: shown.length * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}

interface RowProps {
  id: string;
  index: number;
  count: number;
  tags: readonly Tag[];
  active: boolean;
  onPick: (index: number, claimId: string) => void;
}

const ClaimRow = memo(function ClaimRow({ id, index, count, tags, active, onPick }: RowProps) {
    const { t, i18n } = useTranslation();
    const claim = useClaimRecord(id);
    const selected = useStore((s) => s.selectedClaimId === id);
    const repeated = useStore((s) => !!claim && repeatedOf(s.claims).has(claim.anchor.exact));
    countRender(`claim-row ${id}`);
    const exact = claim?.anchor.exact ?? '';
    const before = repeated && claim ? [...claim.anchor.prefix].slice(-CONTEXT).join('').trimStart() : '';
    return (
      <div
        id={optionId(id)}
        role="option"
        aria-selected={selected}
        aria-setsize={count}
        aria-posinset={index + 1}
        data-key={id}
        data-selected={selected || undefined}
        data-active={active || undefined}
        className="nav-item"
        style={{ top: index * ROW_HEIGHT }}
        onClick={() => onPick(index, id)}
      >
        <ErrorBoundary resetKeys={[claim]} fallback={() => <span className="nav-item-title">{t('failure.claimTitle')}</span>}>
          {claim && (
            <>
              <span className="nav-item-title">
                <span className="claim-swatch" style={{ '--mark-color': claimColor(claim, tags, 'tag') } as React.CSSProperties} aria-hidden="true" />
                {before && <span className="claim-context">…{before}</span>}
                {exact}
              </span>
              <span className="nav-item-meta">
                {[verdictLabel(claim.verdict, i18n.language) ?? t('claim.noVerdict'), claim.orphan ? t('claims.orphan') : null].filter(Boolean).join(' · ')}
                <ClaimPeers claimId={id} />
              </span>
            </>
          )}
        </ErrorBoundary>
      </div>
    );
});
