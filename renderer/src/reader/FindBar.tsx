// Find in the article: every occurrence of the query (any length, one Chinese character
// included) is highlighted; Enter and Shift+Enter step through them. The current match can be
// marked as a claim, which is how a keyboard alone makes one.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CodePointIndex } from '../../../shared/text/codepoints';
import type { ArticleDom, Span } from './ArticleDom';
import { paintHighlight } from './highlights';
import type { FindSeed } from './findRequests';

interface Props {
  /** A query to start with and the match to show first. */
  initial?: FindSeed;
  text: string;
  dom(): ArticleDom | null;
  /** Changes whenever the reader re-rendered, so the highlights are repainted. */
  renderTick: number;
  /** Marks the current match as a claim; absent when the project is read-only. */
  onMark?(span: Span): void;
  onClose(): void;
}

export function FindBar({ initial, text, dom, renderTick, onMark, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initial?.query ?? '');
  const [current, setCurrent] = useState(0);
  // The match a search hit pointed at, made current once the article holding it is shown.
  const [seek, setSeek] = useState(initial?.start);
  const input = useRef<HTMLInputElement>(null);
  const index = useMemo(() => new CodePointIndex(text), [text]);
  const matches = useMemo(() => findAll(text, query, index), [text, query, index]);

  useEffect(() => input.current?.focus(), []);

  const sought = seek === undefined ? -1 : matches.findIndex((m) => m.start === seek);
  if (sought >= 0) {
    setSeek(undefined);
    setCurrent(sought);
  }

  useEffect(() => {
    const d = dom();
    const ranges = d ? matches.map((m) => d.rangeOfSpan(m.start, m.end)).filter((r): r is Range => r !== null) : [];
    const here = matches[current];
    const currentRange = d && here ? d.rangeOfSpan(here.start, here.end) : null;
    paintHighlight('pizhu-find', ranges);
    paintHighlight('pizhu-find-current', currentRange ? [currentRange] : []);
    currentRange?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [matches, current, dom, renderTick]);

  useEffect(
    () => () => {
      paintHighlight('pizhu-find', []);
      paintHighlight('pizhu-find-current', []);
    },
    [],
  );

  const step = (by: number) => matches.length && setCurrent((c) => (c + by + matches.length) % matches.length);

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        className="text-field"
        type="search"
        aria-label={t('find.query')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? t('find.count', { current: matches.length ? current + 1 : 0, total: matches.length }) : ''}
      </span>
      <Button className="button" aria-label={t('find.previous')} isDisabled={!matches.length} onPress={() => step(-1)}>
        <span aria-hidden="true">↑</span>
      </Button>
      <Button className="button" aria-label={t('find.next')} isDisabled={!matches.length} onPress={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </Button>
      {onMark && (
        <Button className="button" isDisabled={!matches[current]} onPress={() => matches[current] && onMark(matches[current])}>
          {t('find.markMatch')}
        </Button>
      )}
      <Button className="button" aria-label={t('find.close')} onPress={onClose}>
        <span aria-hidden="true">×</span>
      </Button>
    </div>
  );
}

/** Every occurrence of `query` in `text`, in code points; case-insensitive for Latin letters. */
function findAll(text: string, query: string, index: CodePointIndex): Span[] {
  if (!query) return [];
  const folded = text.toLowerCase();
  // Lower-casing can change lengths (e.g. "İ"); then search as written so offsets stay true.
  const [hay, needle] = folded.length === text.length ? [folded, query.toLowerCase()] : [text, query];
  const out: Span[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
    out.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) });
  }
  return out;
}
