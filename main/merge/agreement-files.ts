// Agreement between two copies of a project in which two checkers annotated the same article
// independently: reads each copy's claims and tags, and hands them to shared/agreement.
import { PizhuError } from '../../shared/api/result';
import { computeAgreement, type AgreementReport, type CodedClaim } from '../../shared/agreement/report';
import type { Claim } from '../../shared/domain/claim';
import type { Author } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import { ProjectStore } from '../project/store';

export interface FileAgreement {
  articleId: string;
  title: string;
  report: AgreementReport;
}

const coded = (c: Claim): CodedClaim => ({
  id: c.id,
  start: c.anchor.start,
  end: c.anchor.end,
  exact: c.anchor.exact,
  tagIds: c.tagIds,
  verdict: c.verdict,
  strength: c.strength,
});

/** Agreement on `articleId` (default: the first article both copies hold). Neither file is written. */
export function agreementOfFiles(
  aPath: string,
  bPath: string,
  { articleId, author, lang = 'zh-CN' }: { articleId?: string; author: Author; lang?: Language },
): FileAgreement {
  const a = ProjectStore.open(aPath, { author, lang, readOnly: true });
  try {
    const b = ProjectStore.open(bPath, { author, lang, readOnly: true });
    try {
      const inB = new Set(b.listArticles().map((x) => x.id));
      const shared = a.listArticles().filter((x) => inB.has(x.id));
      const article = articleId ? shared.find((x) => x.id === articleId) : shared[0];
      if (!article) {
        throw articleId
          ? PizhuError.keyed('not-found', 'agreement.articleNotFound', { id: articleId }, lang)
          : PizhuError.keyed('not-found', 'agreement.noSharedArticle', {}, lang);
      }
      // Both copies name tags; a tag either created counts, under its name.
      const tagNames = new Map([...b.listTags(), ...a.listTags()].map((t) => [t.id, t.name]));
      const report = computeAgreement(a.listClaims(article.id).map(coded), b.listClaims(article.id).map(coded), { tagNames });
      return { articleId: article.id, title: article.title, report };
    } finally {
      b.close();
    }
  } finally {
    a.close();
  }
}
