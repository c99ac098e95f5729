// The navigator pane: the project's articles, the claims of the open article, comparisons.
import { useState } from 'react';
import { Button, ListBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';
import { ClaimsPanel } from './ClaimsPanel';
import { RecentProjects } from './RecentProjects';
import { ComparisonsPanel } from '../comparison/ComparisonsPanel';
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

export function Navigator({ onNewProject, onOpenProject, onImport, recent, onOpenRecent, onRemoveRecent }: NavigatorProps) {
  const { t } = useTranslation();
  const { project, article, openArticle, readOnly } = useWorkspace();
  const [menu, setMenu] = useState<{ x: number; y: number; articleId: string } | null>(null);
  // Right click, Shift+F10 or the menu key on an article offers 重命名… and 删除….
  const openMenu = (target: EventTarget, at?: { x: number; y: number }) => {
    const option = (target as HTMLElement).closest<HTMLElement>('[role="option"][data-key]');
    if (!option || readOnly) return false;
    const rect = option.getBoundingClientRect();
    setMenu({ ...(at ?? { x: rect.left + 16, y: rect.bottom }), articleId: option.dataset.key! });
    return true;
  };
  return (
    <aside className="pane pane-navigator" aria-label={t('pane.navigator')}>
      <header className="pane-header">
        <h2 className="pane-title" title={project?.path}>
          {project?.project.title ?? t('pane.navigator')}
        </h2>
      </header>
      <div className="pane-body">
        {project ? (
          <>
            <section className="nav-section" aria-labelledby="nav-articles">
              <h3 className="nav-heading" id="nav-articles">
                {t('pane.articles')} <span className="count">{project.articles.length}</span>
              </h3>
              {project.articles.length === 0 ? (
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
                  <ListBox
                    aria-labelledby="nav-articles"
                    className="nav-list"
                    selectionMode="single"
                    disallowEmptySelection
                    selectedKeys={article ? [article.id] : []}
                    onSelectionChange={(keys) => {
                      const [id] = [...(keys as Set<string>)];
                      if (id) openArticle(id);
                    }}
                  >
                    {project.articles.map((a) => (
                      <ListBoxItem key={a.id} id={a.id} className="nav-item" textValue={a.title}>
                        <span className="nav-item-title">{a.title}</span>
                        <span className="nav-item-meta">
                          {t('nav.claimCount', { count: a.claimCount })}
                          {a.revisionCount > 1 && ` · ${t('nav.revision', { n: a.revisionCount })}`}
                        </span>
                      </ListBoxItem>
                    ))}
                  </ListBox>
                </div>
              )}
            </section>
            {menu && <ArticleContextMenu {...menu} onClose={() => setMenu(null)} />}
            <ClaimsPanel />
            <ComparisonsPanel />
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
}
