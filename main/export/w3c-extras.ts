// What the W3C and ClaimReview exports name that the export document does not carry: the SHA-256
// of each exported revision's text (so a reader can tell which text the positions count), who made
// and last changed each claim, by their ids in the project, and the screenshots (hashes, capture
// times, no bytes) of the comparisons backing each claim.
import { createHash } from 'node:crypto';
import type { ReviewedComparison } from '../../shared/export/claimreview';
import type { ExportDocument } from '../../shared/export/document';
import type { W3CExtras } from '../../shared/export/w3c';
import type { ProjectStore } from '../project/store';

export const textSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function w3cExtras(store: ProjectStore, doc: ExportDocument): W3CExtras {
  const textHashes = new Map(doc.articles.map((a) => [a.revisionId, textSha256(a.content.text)]));
  if (!doc.options.include.authors) return { textSha256: textHashes };
  const names = new Map(store.authors().map((a) => [a.id, a.name]));
  const who = (id: string) => ({ id, name: names.get(id) ?? id });
  const authorship = new Map(
    doc.claims.map((c) => {
      const claim = store.getClaim(c.id);
      return [c.id, { createdBy: who(claim.createdBy), updatedBy: who(claim.updatedBy) }];
    }),
  );
  return { textSha256: textHashes, authorship };
}

/** The comparisons backing the exported claims, one entry per claim a comparison backs. */
export function reviewedComparisons(store: ProjectStore, doc: ExportDocument): ReviewedComparison[] {
  const exported = new Set(doc.claims.map((c) => c.id));
  return store.listComparisons().flatMap((k) =>
    k.claimIds
      .filter((id) => exported.has(id))
      .map((claimId) => ({
        claimId,
        title: k.title,
        note: k.note.text,
        screenshots: k.items.map((i) => ({ sha256: i.assetHash, mime: i.mime, width: i.width, height: i.height, label: i.label, caption: i.caption, sourceUrl: i.sourceUrl, capturedAt: i.capturedAt })),
      })),
  );
}
