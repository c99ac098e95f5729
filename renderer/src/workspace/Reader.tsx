// The reader pane: the open article in a read-only Lexical view with its claims highlighted.
// Selecting text and pressing Ctrl/Cmd+Enter (or 标记为论断) makes a claim; digits 1-9 toggle
// the tag with that hotkey on the selected claim; clicking a highlight selects its claim.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain/project';
import type { Claim } from '../../../shared/domain/claim';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { snapToWords } from '../../../shared/text/segment';
import { useClient } from '../api/ClientContext';
import { ArticleEditor, type ArticleEditorHandle } from '../reader/ArticleEditor';
import { ReaderToolbar } from '../reader/ReaderToolbar';
import { FindBar } from '../reader/FindBar';
import { ReaderContextMenu } from '../reader/ReaderContextMenu';
import { onFindRequest, type FindSeed } from '../reader/findRequests';
import { onSuggestionMarks } from '../suggest/suggestionMarks';
import { paintHighlight } from '../reader/highlights';
import type { ArticleDom, Span } from '../reader/ArticleDom';
import { placeCaret } from '../reader/caret';
import type { SpanView } from '../reader/layout';
import { claimColor, claimSummary, NEUTRAL_COLOR, type ColorMode } from '../claims/present';
import { claimStripes, stripesCss } from '../../../shared/domain/claim-color';
import { isOwnedElsewhere, isTypingAt } from '../claims/keys';
import { useClaimActions } from '../claims/useClaimActions';
import { EmptyState } from './EmptyState';
import { PaneBoundary } from './ErrorBoundary';
import { useWorkspaceActions } from './WorkspaceContext';
import { countRender, sameFields, useReadOnly, useSelectedClaimId, useStore, useWorkspaceStore } from '../store/hooks';
import { listOf, type StoreState } from '../store/state';

const SNAP_KEY = 'pizhu.reader.snapToWords';
const COLOR_KEY = 'pizhu.reader.colorMode';
const PENDING_ID = 'pending';

export const Reader = memo(function Reader() {
  const { t } = useTranslation();
  const article = useStore((s) => s.article);
  return (
    <main className="pane pane-reader" aria-label={t('pane.reader')}>
      <PaneBoundary pane={t('pane.reader')}>
        {article ? <ArticleReader article={article} /> : <EmptyState title={t('empty.readerTitle')} body={t('empty.readerBody')} />}
      </PaneBoundary>
    </main>
  );
});

// The last highlights worked out, reused while the claims, tags and colour mode are the same.
let lastSpans: { claims: StoreState['claims']; tags: StoreState['tags']; colorMode: ColorMode; spans: SpanView[] } | null = null;
// Each claim's highlight, kept while the claim object, the tags and the colour mode are the same:
// an edit to one claim makes one new highlight, and the editor compares the rest by identity.
const spanOfClaim = new WeakMap<Claim, { tags: StoreState['tags']; colorMode: ColorMode; span: SpanView }>();

/** The highlights of the open article's claims: equal when no claim moved or changed colour. */
function spansOf(s: StoreState, colorMode: ColorMode): SpanView[] {
  if (lastSpans && lastSpans.claims === s.claims && lastSpans.tags === s.tags && lastSpans.colorMode === colorMode) return lastSpans.spans;
  const tags = listOf(s.tags);
  const spans: SpanView[] = [];
  for (const id of s.claims.ids) {
    const c = s.claims.byId[id]!;
    if (c.orphan) continue;
    const known = spanOfClaim.get(c);
    if (known && known.tags === s.tags && known.colorMode === colorMode) {
      spans.push(known.span);
      continue;
    }
    const span = { id: c.id, start: c.anchor.start, end: c.anchor.end, color: claimColor(c, tags, colorMode), stripes: stripesCss(claimStripes(c, tags, colorMode)) };
    spanOfClaim.set(c, { tags: s.tags, colorMode, span });
    spans.push(span);
  }
  lastSpans = { claims: s.claims, tags: s.tags, colorMode, spans };
  return spans;
}
const sameSpans = (a: readonly SpanView[], b: readonly SpanView[]) =>
  a.length === b.length && a.every((x, i) => x === b[i] || sameFields(x, b[i]!));

/** Where the selected claim is in the text, or null. */
function selectedSpan(s: StoreState): { start: number; end: number } | null {
  const c = s.selectedClaimId ? s.claims.byId[s.selectedClaimId] : undefined;
  return c && !c.orphan ? { start: c.anchor.start, end: c.anchor.end } : null;
}
const sameSpan = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
  a === b || (!!a && !!b && a.start === b.start && a.end === b.end);

function ArticleReader({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const store = useWorkspaceStore();
  const { selectClaim, mutate, notify } = useWorkspaceActions();
  const readOnly = useReadOnly();
  const { toggleTag } = useClaimActions();
  const handle = useRef<ArticleEditorHandle>(null);
  const [snap, setSnap] = useState(() => localStorage.getItem(SNAP_KEY) === 'true');
  const [colorMode, setColorMode] = useState<ColorMode>(() => (localStorage.getItem(COLOR_KEY) === 'verdict' ? 'verdict' : 'tag'));
  const [findOpen, setFindOpen] = useState(false);
  // A search hit's query and place; a new one starts a fresh find bar.
  const [findSeed, setFindSeed] = useState<{ seed: FindSeed | undefined; n: number }>({ seed: undefined, n: 0 });
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const [renderTick, setRenderTick] = useState(0);
  const { content } = article;
  countRender('reader');

  const spans = useStore((s) => spansOf(s, colorMode), sameSpans);
  // Read when asked (hover, click, keys), so editing a claim does not render the reader again.
  const summaryOf = useCallback(
    (ids: string[]) => {
      const { claims, tags } = store.getState();
      const tagList = listOf(tags);
      return ids
        .map((id) => {
          if (id === PENDING_ID) return t('claim.saving');
          const claim = claims.byId[id];
          return claim ? `${claim.anchor.exact.slice(0, 24)} — ${claimSummary(claim, tagList, t, i18n.language)}` : '';
        })
        .join('\n');
    },
    [store, t, i18n.language],
  );
  const figureLabel = useCallback((alt: string | undefined) => (alt ? t('reader.figureWithAlt', { alt }) : t('reader.figure')), [t]);
  const onRendered = useCallback(() => setRenderTick((n) => n + 1), []);
  const dom = useCallback(() => handle.current?.dom() ?? null, []);

  const onClaimClick = useCallback(
    (ids: string[]) => {
      // Nested claims: the innermost is what the reader pointed at.
      const { claims } = store.getState();
      const inner = ids
        .map((id) => claims.byId[id])
        .filter((c) => c !== undefined)
        .sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start))[0];
      if (inner) selectClaim(inner.id);
    },
    [store, selectClaim],
  );

  const markSpan = useCallback(
    async (span: Span) => {
      const { quote, position } = describeSpan(content.text, span.start, span.end);
      // The save is sent first, so it travels while the pending highlight is drawn; the saved
      // claim's highlight replaces the pending one when the change set arrives.
      const saving = api.addClaim({ articleId: article.id, anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end } });
      handle.current?.showPending({ id: PENDING_ID, ...span, color: NEUTRAL_COLOR });
      const claim = await mutate(
        () => saving,
        (made) => made.id,
      );
      if (!claim) handle.current?.refresh();
    },
    [content.text, mutate, api, article.id],
  );

  const markSelection = useCallback(async () => {
    const d = dom();
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    let span = d && range ? d.spanOfRange(range) : null;
    if (span && snap) span = snapToWords(content.text, span.start, span.end);
    if (span) span = trimWhitespace(d!.index.slice(span.start, span.end), span);
    if (!span) return notify({ kind: 'info', text: t('claim.selectFirst') });
    selection?.removeAllRanges();
    await markSpan(span);
    // The reader keeps focus, with the caret after the new claim: tag it (1-9), move on (J/K) or
    // go on marking with the keyboard.
    requestAnimationFrame(() => placeCaret(dom(), span.end));
  }, [dom, snap, content.text, notify, t, markSpan]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (readOnly) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        if (isTypingAt(event.target as Element | null)) return;
        event.preventDefault();
        void markSelection();
        return;
      }
      if (isOwnedElsewhere(event)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
      const { claims, tags, selectedClaimId } = store.getState();
      const claim = selectedClaimId ? claims.byId[selectedClaimId] : undefined;
      const tag = claim && Object.values(tags.byId).find((tg) => tg.hotkey === Number(event.key));
      if (!claim || !tag) return;
      event.preventDefault();
      void toggleTag(claim, tag.id);
    };
    // Capture: a focused react-aria control would otherwise swallow the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [readOnly, markSelection, store, toggleTag]);

  // Suggestions the 建议 list asks to be underlined, painted over the view (no re-cut).
  const [suggestionSpans, setSuggestionSpans] = useState<readonly Span[]>([]);
  useEffect(() => onSuggestionMarks(setSuggestionSpans), []);
  useEffect(() => {
    const d = dom();
    paintHighlight('pizhu-suggest', d ? suggestionSpans.map((s) => d.rangeOfSpan(s.start, s.end)).filter((r): r is Range => r !== null) : []);
  }, [suggestionSpans, dom, renderTick]);
  useEffect(() => () => paintHighlight('pizhu-suggest', []), []);

  useEffect(
    () =>
      onFindRequest((seed) => {
        if (seed) setFindSeed((f) => ({ seed, n: f.n + 1 }));
        setFindOpen(true);
      }),
    [],
  );
  const closeMenu = useCallback(() => setMenuAt(null), []);

  // Stable, so the toolbar (memoised) does not render again with the reader.
  const onMark = useCallback(() => void markSelection(), [markSelection]);
  const onSnapChange = useCallback((on: boolean) => {
    setSnap(on);
    localStorage.setItem(SNAP_KEY, String(on));
  }, []);
  const onColorModeChange = useCallback((mode: ColorMode) => {
    setColorMode(mode);
    localStorage.setItem(COLOR_KEY, mode);
  }, []);
  const onFind = useCallback(() => setFindOpen(true), []);

  return (
    <div className="reader">
      <SelectedClaim dom={dom} renderTick={renderTick} />
      <ReaderToolbar
        canMark={!readOnly}
        onMark={onMark}
        snap={snap}
        onSnapChange={onSnapChange}
        colorMode={colorMode}
        onColorModeChange={onColorModeChange}
        onFind={onFind}
      />
      {findOpen && (
        <FindBar key={findSeed.n} initial={findSeed.seed} text={content.text} dom={dom} renderTick={renderTick} onMark={readOnly ? undefined : (span) => void markSpan(span)} onClose={() => setFindOpen(false)} />
      )}
      <div
        className="reader-scroll"
        onContextMenu={(e) => {
          if (readOnly || window.getSelection()?.isCollapsed !== false) return;
          e.preventDefault();
          setMenuAt({ x: e.clientX, y: e.clientY });
        }}
      >
        <article className="article" lang="zh-CN">
          {!content.blocks.some((b) => b.kind === 'title') && <h1 className="article-title">{content.title}</h1>}
          <ArticleSource article={article} />
          <ArticleEditor
            content={content}
            spans={spans}
            label={t('claim.articleText')}
            figureLabel={figureLabel}
            onClaimClick={onClaimClick}
            summaryOf={summaryOf}
            onRendered={onRendered}
            handleRef={handle}
          />
        </article>
      </div>
      {menuAt && <ReaderContextMenu {...menuAt} onMark={() => void markSelection()} onClose={closeMenu} />}
    </div>
  );
}

/**
 * The selected claim: emphasised, and brought into view when it is off screen. Its own component,
 * so that selecting another claim (J, K, a click) renders this and not the reader.
 */
function SelectedClaim({ dom, renderTick }: { dom: () => ArticleDom | null; renderTick: number }) {
  const selectedClaimId = useSelectedClaimId();
  const selected = useStore(selectedSpan, sameSpan);
  useEffect(() => {
    const range = selected ? dom()?.rangeOfSpan(selected.start, selected.end) : null;
    paintHighlight('pizhu-selected', range ? [range] : []);
  }, [selected, dom, renderTick]);
  useEffect(() => {
    if (!selectedClaimId) return;
    const mark = dom()?.root.querySelector(`mark[data-claims~="${CSS.escape(selectedClaimId)}"]`);
    mark?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId, dom]);
  useEffect(() => () => paintHighlight('pizhu-selected', []), []);
  return null;
}

function ArticleSource({ article }: { article: Article }) {
  const { publisher, author, publishedAt, url } = article.content.source;
  const parts = [publisher, author, publishedAt, url].filter(Boolean);
  return parts.length ? <p className="article-source">{parts.join(' · ')}</p> : null;
}

/** Drops whitespace (and the newline between blocks) at both ends of a selected span. */
function trimWhitespace(text: string, span: Span): Span | null {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && /\s/u.test(chars[start]!)) start++;
  while (end > start && /\s/u.test(chars[end - 1]!)) end--;
  return start === end ? null : { start: span.start + start, end: span.start + end };
}
