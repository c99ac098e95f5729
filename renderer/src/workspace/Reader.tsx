// The reader pane: the open article with its structure (title, headings, paragraphs, quotes,
// lists, captions, figure placeholders).
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain/project';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { EmptyState } from './EmptyState';
import { useWorkspace } from './WorkspaceContext';

export function Reader() {
  const { t } = useTranslation();
  const { article } = useWorkspace();
  return (
    <main className="pane pane-reader" aria-label={t('pane.reader')}>
      {article ? <ArticleView article={article} /> : <EmptyState title={t('empty.readerTitle')} body={t('empty.readerBody')} />}
    </main>
  );
}

function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { content } = article;
  const index = new CodePointIndex(content.text);
  const source = content.source;
  return (
    <article className="article" lang="zh-CN">
      {!content.blocks.some((b) => b.kind === 'title') && <h1 className="article-title">{content.title}</h1>}
      {(source.publisher || source.author || source.publishedAt || source.url) && (
        <p className="article-source">{[source.publisher, source.author, source.publishedAt, source.url].filter(Boolean).join(' · ')}</p>
      )}
      {content.blocks.map((block, i) => {
        const text = index.slice(block.start, block.end);
        const key = `${i}-${block.start}`;
        switch (block.kind) {
          case 'title':
            return <h1 key={key} className="article-title">{text}</h1>;
          case 'heading':
            return <h2 key={key} className={`article-heading level-${block.level ?? 2}`}>{text}</h2>;
          case 'quote':
            return <blockquote key={key} className="article-quote">{text}</blockquote>;
          case 'list-item':
            return <p key={key} className="article-list-item" data-ordered={block.ordered ? 'true' : undefined}>{text}</p>;
          case 'caption':
            return <p key={key} className="article-caption">{text}</p>;
          case 'code':
            return <pre key={key} className="article-code">{text}</pre>;
          case 'figure':
            return (
              <figure key={key} className="article-figure" aria-label={t('reader.figure')}>
                <span className="figure-mark" aria-hidden="true">▣</span>
                <span>{block.alt ? t('reader.figureWithAlt', { alt: block.alt }) : t('reader.figure')}</span>
              </figure>
            );
          default:
            return <p key={key} className="article-paragraph">{text}</p>;
        }
      })}
    </article>
  );
}
