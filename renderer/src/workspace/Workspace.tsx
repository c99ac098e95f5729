// The three panes: navigator (articles, claims, comparisons), reader, inspector.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

interface Props {
  projectTitle?: string;
  onNewProject(): void;
  onOpenProject(): void;
}

export function Workspace({ projectTitle, onNewProject, onOpenProject }: Props) {
  const { t } = useTranslation();
  return (
    <div className="workspace">
      <aside className="pane pane-navigator" aria-label={t('pane.navigator')}>
        <header className="pane-header">
          <h2 className="pane-title">{projectTitle ?? t('pane.navigator')}</h2>
        </header>
        <div className="pane-body">
          {projectTitle ? (
            <>
              <section className="nav-section" aria-label={t('pane.articles')}>
                <h3 className="nav-heading">{t('pane.articles')}</h3>
                <EmptyState body={t('empty.noArticles')} />
              </section>
              <section className="nav-section" aria-label={t('pane.claims')}>
                <h3 className="nav-heading">{t('pane.claims')}</h3>
                <EmptyState body={t('empty.noClaims')} />
              </section>
              <section className="nav-section" aria-label={t('pane.comparisons')}>
                <h3 className="nav-heading">{t('pane.comparisons')}</h3>
                <EmptyState body={t('empty.noComparisons')} />
              </section>
            </>
          ) : (
            <EmptyState title={t('empty.noProjectTitle')} body={t('empty.noProjectBody')}>
              <Button className="button button-primary" onPress={onNewProject}>
                {t('action.newProject')}
              </Button>
              <Button className="button" onPress={onOpenProject}>
                {t('action.openProject')}
              </Button>
            </EmptyState>
          )}
        </div>
      </aside>
      <main className="pane pane-reader" aria-label={t('pane.reader')}>
        <EmptyState title={t('empty.readerTitle')} body={t('empty.readerBody')} />
      </main>
      <aside className="pane pane-inspector" aria-label={t('pane.inspector')}>
        <header className="pane-header">
          <h2 className="pane-title">{t('pane.inspector')}</h2>
        </header>
        <div className="pane-body">
          <EmptyState title={t('empty.inspectorTitle')} body={t('empty.inspectorBody')} />
        </div>
      </aside>
    </div>
  );
}
