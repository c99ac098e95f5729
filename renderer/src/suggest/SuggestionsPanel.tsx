// The navigator's 建议 section: statements of the open article likely worth checking (numbers,
// rankings, comparisons, unnamed sources…, see shared/suggest), each with its reason. Enter
// accepts one as a claim coded with its tag (one undo step); Delete dismisses it for good (kept
// in the project file, one undo step); 在文中标出 underlines them in the reader. Suggestions
// already covered by a claim are left out.
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ListBox, ListBoxItem, ListLayout, ToggleButton, Virtualizer } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { suggestClaims, type Suggestion } from '../../../shared/suggest/suggest';
import { useClient } from '../api/ClientContext';
import { EmptyState } from '../workspace/EmptyState';
import { useWorkspaceActions } from '../workspace/WorkspaceContext';
import { useReadOnly, useStore, useTagList } from '../store/hooks';
import { listOf } from '../store/state';
import { suggestionKey } from '../../../shared/suggest/key';
import { dismissedKeys, forgetOldSuggestionState, readOldSuggestionState, statsOf } from './dismissed';
import { showSuggestionMarks } from './suggestionMarks';

const SHOW_KEY = 'pizhu.suggestions.show';
const spanKey = (s: Suggestion) => `${s.start}:${s.end}`;
/** One suggestion row's height in px: title and reason, one line each. */
const SUGGESTION_ROW = 52;

export const SuggestionsPanel = memo(function SuggestionsPanel() {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const { mutate } = useWorkspaceActions();
  const readOnly = useReadOnly();
  const article = useStore((s) => s.article);
  const projectId = useStore((s) => s.project?.project.id ?? '');
  // Deferred: a new claim is shown first, and the list drops what it covers in a later render.
  const claims = useDeferredValue(useStore((s) => s.claims));
  const tags = useTagList();
  const settings = useStore((s) => s.settings);
  const [show, setShow] = useState(() => localStorage.getItem(SHOW_KEY) === 'true');
  // What this computer kept before the file had settings: handed over once, honoured meanwhile.
  const [old, setOld] = useState(() => readOldSuggestionState(projectId));
  useEffect(() => setOld(readOldSuggestionState(projectId)), [projectId]);
  // Sent once per project: a second hand-over would count the same accepted suggestions again.
  const handedOver = useRef<string | null>(null);
  useEffect(() => {
    if (!old || readOnly || !projectId || handedOver.current === projectId) return;
    handedOver.current = projectId;
    void mutate(() => api.handOverSuggestions(old)).then((done) => {
      if (done === undefined) {
        handedOver.current = null;
        return;
      }
      forgetOldSuggestionState(projectId);
      setOld((now) => (now === old ? null : now));
    });
  }, [old, readOnly, projectId, api, mutate]);
  const dismissed = useMemo(() => dismissedKeys(settings, old), [settings, old]);
  const stats = useMemo(() => statsOf(settings), [settings]);

  // Worked out after the article is shown (a long article takes tens of milliseconds), once per text.
  const [found, setFound] = useState<{ text: string; all: Suggestion[] } | null>(null);
  const text = article?.content.text;
  useEffect(() => {
    if (text === undefined) return;
    const timer = setTimeout(() => setFound({ text, all: suggestClaims(text) }), 0);
    return () => clearTimeout(timer);
  }, [text]);
  const all = useMemo(() => (found && found.text === text ? found.all : []), [found, text]);
  // Kept as the same array while the same suggestions remain (an edit of a note leaves them), so
  // the list renders again only when one is accepted, dismissed or covered by a new claim.
  const previous = useRef<Suggestion[]>([]);
  const shown = useMemo(() => {
    if (!article) return (previous.current = []);
    // Which code points the claims cover: one pass over the claims, then one look per suggestion.
    const covered = new Uint8Array(all.reduce((most, s) => Math.max(most, s.end), 0));
    for (const c of listOf(claims)) {
      if (!c.orphan) covered.fill(1, Math.min(c.anchor.start, covered.length), Math.min(c.anchor.end, covered.length));
    }
    const next = all.filter((s) => !dismissed.has(suggestionKey(article.id, s)) && covered.subarray(s.start, s.end).indexOf(1) < 0);
    const same = next.length === previous.current.length && next.every((x, i) => x === previous.current[i]);
    return same ? previous.current : (previous.current = next);
  }, [all, article, dismissed, claims]);

  useEffect(() => {
    showSuggestionMarks(show ? shown : []);
  }, [show, shown]);
  useEffect(() => () => showSuggestionMarks([]), []);

  const en = i18n.language === 'en';
  const totals = Object.values(stats).reduce((a, s) => ({ accepted: a.accepted + s.accepted, dismissed: a.dismissed + s.dismissed }), { accepted: 0, dismissed: 0 });

  const accept = async (s: Suggestion) => {
    if (readOnly || !article) return;
    const { quote, position } = describeSpan(article.content.text, s.start, s.end);
    const tag = tags.find((x) => x.name === s.tag);
    await mutate(
      () =>
        api.acceptSuggestion({
          claim: {
            articleId: article.id,
            anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
            ...(tag ? { tagIds: [tag.id] } : {}),
          },
          kind: s.kind,
        }),
      (claim) => claim.id,
    );
  };
  const latestAccept = useRef(accept);
  useEffect(() => {
    latestAccept.current = accept;
  });
  // Stable, so rendering the panel again (an edit elsewhere) does not render the list.
  const onAccept = useCallback((s: Suggestion) => void latestAccept.current(s), []);
  const dismiss = (s: Suggestion) => {
    // In a read-only file the edit is refused with the reason, shown like any refused edit.
    if (article) void mutate(() => api.dismissSuggestion({ key: suggestionKey(article.id, s), kind: s.kind }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const key = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="option"][data-key]')?.dataset.key;
    const s = shown.find((x) => spanKey(x) === key);
    if (!s) return;
    event.preventDefault();
    dismiss(s);
  };

  if (!article) return null;
  return (
    <section className="nav-section" aria-labelledby="nav-suggestions">
      <h3 className="nav-heading" id="nav-suggestions">
        {t('suggest.title')} <span className="count">{shown.length}</span>
      </h3>
      <ToggleButton
        className="button"
        isSelected={show}
        onChange={(on) => {
          setShow(on);
          localStorage.setItem(SHOW_KEY, String(on));
        }}
      >
        {t('suggest.show')}
      </ToggleButton>
      {shown.length === 0 ? (
        <EmptyState body={t('suggest.none')} />
      ) : (
        <>
          <p className="field-help">{t('suggest.keys')}</p>
          <div onKeyDown={onKeyDown}>
            <SuggestionList shown={shown} en={en} label={t('suggest.title')} onAccept={onAccept} />
          </div>
        </>
      )}
      {totals.accepted + totals.dismissed > 0 && (
        <p
          className="field-help"
          title={Object.entries(stats)
            .map(([kind, s]) => `${kind}: ${t('suggest.stats', { accepted: s.accepted, dismissed: s.dismissed })}`)
            .join('\n')}
        >
          {t('suggest.stats', { ...totals })}
        </p>
      )}
    </section>
  );
});

/** Suggestions a row each, windowed (a long article has hundreds); Enter or a click accepts one. */
const SuggestionList = memo(function SuggestionList({
  shown,
  en,
  label,
  onAccept,
}: {
  shown: Suggestion[];
  en: boolean;
  label: string;
  onAccept(s: Suggestion): void;
}) {
  // The language is part of each item: the list draws an unchanged item from its cache.
  const items = useMemo(() => shown.map((s) => ({ id: spanKey(s), s, reason: en ? s.reasonEn : s.reason })), [shown, en]);
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: SUGGESTION_ROW }}>
      <ListBox
        aria-label={label}
        className="nav-list suggestion-list"
        style={{ height: Math.min(items.length, 6) * SUGGESTION_ROW }}
        selectionMode="none"
        items={items}
        onAction={(key) => {
          const item = items.find((x) => x.id === key);
          if (item) onAccept(item.s);
        }}
      >
        {(item) => (
          <ListBoxItem id={item.id} className="nav-item" textValue={item.s.exact}>
            <span className="nav-item-title">{item.s.exact}</span>
            <span className="nav-item-meta">
              {item.s.tag} · {item.reason}
            </span>
          </ListBoxItem>
        )}
      </ListBox>
    </Virtualizer>
  );
});
