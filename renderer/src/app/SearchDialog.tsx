// 在项目中搜索: claims, notes, evidence and the articles' text; choosing a result opens its
// article with the claim selected, or with the find bar on that place in the text.
import { useEffect, useState } from 'react';
import { Input, Label, ListBox, ListBoxItem, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../shared/api/contract';
import { useClient } from '../api/ClientContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { DialogShell } from './DialogShell';
import { requestFind } from '../reader/findRequests';

type Hit = ResultOf<'searchProject'>[number];

export function SearchDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { api } = useClient();
  const ws = useWorkspace();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ query: string; hits: Hit[] }>({ query: '', hits: [] });

  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.searchProject({ query }).then((r) => live && r.ok && setHits({ query, hits: r.value }));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const shown = query.trim() && hits.query === query ? hits.hits : [];
  const title = (articleId: string) => ws.project?.articles.find((a) => a.id === articleId)?.title ?? '';

  return (
    <DialogShell title={t('search.title')} onClose={onClose} wide>
      <TextField className="field" value={query} onChange={setQuery} autoFocus>
        <Label>{t('search.label')}</Label>
        <Input placeholder={t('search.placeholder')} />
      </TextField>
      <p className="muted search-count" role="status">
        {query.trim() ? t('search.count', { count: shown.length }) : ''}
      </p>
      {shown.length > 0 && (
        <ListBox
          aria-label={t('search.results')}
          className="nav-list search-results"
          selectionMode="single"
          onAction={(key) => {
            const hit = shown[Number(key)];
            if (!hit) return;
            if (ws.article?.id !== hit.articleId) ws.openArticle(hit.articleId);
            if (hit.claimId) ws.selectClaim(hit.claimId);
            onClose();
            if (hit.start !== undefined) requestFind({ query: hits.query.trim(), start: hit.start });
          }}
        >
          {shown.map((h, i) => (
            <ListBoxItem key={i} id={String(i)} className="nav-item" textValue={h.excerpt}>
              <span className="nav-item-title">{h.excerpt}</span>
              <span className="nav-item-meta">
                {t(`search.kind.${h.kind}`)} · {title(h.articleId)}
              </span>
            </ListBoxItem>
          ))}
        </ListBox>
      )}
    </DialogShell>
  );
}
