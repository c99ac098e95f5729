// The navigator pane: the project's articles, the claims of the open article, comparisons. The
// article list is virtualised and each entry reads its own summary, so an edit renders only the
// entry whose count or title changed, and selecting a claim renders none.
import { memo, useState } from 'react';
import { Button, ListBox, ListBoxItem, ListLayout, Virtualizer } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PaneBoundary } from './ErrorBoundary';
import { useWorkspaceActions } from './WorkspaceContext';
import { ClaimsPanel } from './ClaimsPanel';
import { RecentProjects } from './RecentProjects';
import { ComparisonsPanel } from '../comparison/ComparisonsPanel';
import { SuggestionsPanel } from '../suggest/SuggestionsPanel';
import { countRender, useItems, useReadOnly, useStore } from '../store/hooks';
import type { RecentEntry } from '../../../shared/api/contract';
import { ArticleContextMenu } from '../app/ArticleContextMenu';

export interface NavigatorProps {
  onNewProject(): void;
  onOpenProject(): void;
  onImport(): void;
  recent: RecentEntry[];
  onOpenRecent(path: string): void;
  onRemoveRecent(path: string): void;
}

const ARTICLE_ROW = 48;

export const Navigator = memo(function Navigator({ onNewProject, onOpenProject, onImport, recent, onOpenRecent, onRemoveRecent }: NavigatorProps) {
  const { t } = useTranslation();
  const path = useStore((s) => s.project?.path);
  const title = useStore((s) => s.project?.project.title);
  countRender('navigator');
  return (
    <aside className="pane pane-navigator" aria-label={t('pane.navigator')}>
      <header className="pane-header">
        <h2 className="pane-title" title={path}>
          {title ?? t('pane.navigator')}
        </h2>
      </header>
      <div className="pane-body">
        {path ? (
          <>
            <PaneBoundary pane={t('pane.articles')}>
              <ArticlesSection onImport={onImport} />
            </PaneBoundary>
            <PaneBoundary pane={t('pane.claims')}>
              <ClaimsPanel />
            </PaneBoundary>
            <PaneBoundary pane={t('suggest.title')}>
              <SuggestionsPanel />
            </PaneBoundary>
            <PaneBoundary pane={t('pane.comparisons')}>
              <ComparisonsPanel />
            </PaneBoundary>
          </>
        ) : (
          <>
            <EmptyState title={t('empty.noProjectTitle')} body={t('empty.noProjectBody')}>
              <Button className="button button-primary" onPress={onNewProject}>
                {t('action.newProject')}
              </Button>
              <Button className="button" onPress={onOpenProject}>
                {t('action.openProject')}
              </Button>
            </EmptyState>
            <RecentProjects recent={recent} onOpen={onOpenRecent} onRemove={onRemoveRecent} />
          </>
        )}
      </div>
    </aside>
  );
});

function ArticlesSection({ onImport }: { onImport(): void }) {
  const { t } = useTranslation();
  const { openArticle } = useWorkspaceActions();
  const ids = useStore((s) => s.articles.ids);
  const openId = useStore((s) => s.article?.id ?? null);
  const items = useItems(ids);
  const readOnly = useReadOnly();
  const [menu, setMenu] = useState<{ x: number; y: number; articleId: string } | null>(null);
  // Right click, Shift+F10 or the menu key on an article offers 重命名… and 删除….
  const openMenu = (target: EventTarget, at?: { x: number; y: number }) => {
    const option = (target as HTMLElement).closest<HTMLElement>('[role="option"][data-key]');
    if (!option || readOnly) return false;
    const rect = option.getBoundingClientRect();
    setMenu({ ...(at ?? { x: rect.left + 16, y: rect.bottom }), articleId: option.dataset.key! });
    return true;
  };
  countRender('articles');
  return (
    <section className="nav-section" aria-labelledby="nav-articles">
      <h3 className="nav-heading" id="nav-articles">
        {t('pane.articles')} <span className="count">{ids.length}</span>
      </h3>
      {ids.length === 0 ? (
        <EmptyState body={t('empty.noArticles')}>
          <Button className="button" onPress={onImport}>
            {t('menu.importArticle')}
          </Button>
        </EmptyState>
      ) : (
        <div
          onContextMenu={(e) => openMenu(e.target, { x: e.clientX, y: e.clientY }) && e.preventDefault()}
          onKeyDown={(e) => (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && openMenu(e.target) && e.preventDefault()}
        >
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ARTICLE_ROW }}>
          <ListBox
            aria-labelledby="nav-articles"
            className="nav-list articles-list"
            style={{ height: Math.min(ids.length, 6) * ARTICLE_ROW }}
            selectionMode="single"
            disallowEmptySelection
            items={items}
            selectedKeys={openId ? [openId] : []}
            onSelectionChange={(keys) => {
              const [id] = [...(keys as Set<string>)];
              if (id) openArticle(id);
            }}
          >
            {(item) => <ArticleRow id={item.id} />}
          </ListBox>
        </Virtualizer>
        </div>
      )}
      {menu && <ArticleContextMenu {...menu} onClose={() => setMenu(null)} />}
    </section>
  );
}

const ArticleRow = memo(function ArticleRow({ id }: { id: string }) {
  const { t } = useTranslation();
  const a = useStore((s) => s.articles.byId[id]);
  countRender(`article-row ${id}`);
  return (
    <ListBoxItem id={id} className="nav-item" textValue={a?.title ?? ''}>
      <span className="nav-item-title">{a?.title}</span>
      {a && (
        <span className="nav-item-meta">
          {t('nav.claimCount', { count: a.claimCount })}
          {a.revisionCount > 1 && ` · ${t('nav.revision', { n: a.revisionCount })}`}
        </span>
      )}
    </ListBoxItem>
  );
});
