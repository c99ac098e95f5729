// The navigator's 建议 section: statements of the open article likely worth checking (numbers,
// rankings, comparisons, unnamed sources…, see shared/suggest), each with its reason. Enter
// accepts one as a claim coded with its tag (one undo step); Delete dismisses it for good;
// 在文中标出 underlines them in the reader. Suggestions already covered by a claim are left out.
import { memo, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { ListBox, ListBoxItem, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { suggestClaims, type Suggestion } from '../../../shared/suggest/suggest';
import { useClient } from '../api/ClientContext';
import { EmptyState } from '../workspace/EmptyState';
import { useWorkspaceActions } from '../workspace/WorkspaceContext';
import { useReadOnly, useStore, useTagList } from '../store/hooks';
import { listOf } from '../store/state';
import { readSuggestionState, recordSuggestion, suggestionKey } from './dismissed';
import { showSuggestionMarks } from './suggestionMarks';

const SHOW_KEY = 'pizhu.suggestions.show';
const spanKey = (s: Suggestion) => `${s.start}:${s.end}`;

export const SuggestionsPanel = memo(function SuggestionsPanel() {
  const { t, i18n } = useTranslation();
  const { api } = useClient();
  const { mutate } = useWorkspaceActions();
  const readOnly = useReadOnly();
  const article = useStore((s) => s.article);
  const projectId = useStore((s) => s.project?.project.id ?? '');
  const claims = useStore((s) => s.claims);
  const tags = useTagList();
  const [stored, setStored] = useState(() => readSuggestionState(projectId));
  const [show, setShow] = useState(() => localStorage.getItem(SHOW_KEY) === 'true');
  useEffect(() => setStored(readSuggestionState(projectId)), [projectId]);

  // Worked out after the article is shown (a long article takes tens of milliseconds), once per text.
  const [found, setFound] = useState<{ text: string; all: Suggestion[] } | null>(null);
  const text = article?.content.text;
  useEffect(() => {
    if (text === undefined) return;
    const timer = setTimeout(() => setFound({ text, all: suggestClaims(text) }), 0);
    return () => clearTimeout(timer);
  }, [text]);
  const all = useMemo(() => (found && found.text === text ? found.all : []), [found, text]);
  const shown = useMemo(() => {
    if (!article) return [];
    const dismissed = new Set(stored.dismissed);
    const covered = listOf(claims).filter((c) => !c.orphan);
    return all.filter((s) => !dismissed.has(suggestionKey(article.id, s)) && !covered.some((c) => c.anchor.start < s.end && c.anchor.end > s.start));
  }, [all, article, stored, claims]);

  useEffect(() => {
    showSuggestionMarks(show ? shown : []);
  }, [show, shown]);
  useEffect(() => () => showSuggestionMarks([]), []);

  if (!article) return null;
  const en = i18n.language === 'en';
  const totals = Object.values(stored.stats).reduce((a, s) => ({ accepted: a.accepted + s.accepted, dismissed: a.dismissed + s.dismissed }), { accepted: 0, dismissed: 0 });

  const accept = async (s: Suggestion) => {
    if (readOnly) return;
    const { quote, position } = describeSpan(article.content.text, s.start, s.end);
    const tag = tags.find((x) => x.name === s.tag);
    const made = await mutate(
      () =>
        api.addClaim({
          articleId: article.id,
          anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
          ...(tag ? { tagIds: [tag.id] } : {}),
        }),
      (claim) => claim.id,
    );
    if (made) setStored(recordSuggestion(projectId, s.kind, 'accepted'));
  };
  const dismiss = (s: Suggestion) => setStored(recordSuggestion(projectId, s.kind, 'dismissed', suggestionKey(article.id, s)));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const key = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[role="option"][data-key]')?.dataset.key;
    const s = shown.find((x) => spanKey(x) === key);
    if (!s) return;
    event.preventDefault();
    dismiss(s);
  };

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
            <ListBox
              aria-label={t('suggest.title')}
              className="nav-list suggestion-list"
              selectionMode="none"
              onAction={(key) => {
                const s = shown.find((x) => spanKey(x) === key);
                if (s) void accept(s);
              }}
            >
              {shown.map((s) => (
                <ListBoxItem key={spanKey(s)} id={spanKey(s)} className="nav-item" textValue={s.exact}>
                  <span className="nav-item-title">{s.exact}</span>
                  <span className="nav-item-meta">
                    {s.tag} · {en ? s.reasonEn : s.reason}
                  </span>
                </ListBoxItem>
              ))}
            </ListBox>
          </div>
        </>
      )}
      {totals.accepted + totals.dismissed > 0 && (
        <p
          className="field-help"
          title={Object.entries(stored.stats)
            .map(([kind, s]) => `${kind}: ${t('suggest.stats', { accepted: s.accepted, dismissed: s.dismissed })}`)
            .join('\n')}
        >
          {t('suggest.stats', { ...totals })}
        </p>
      )}
    </section>
  );
});
