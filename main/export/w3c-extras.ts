// What the W3C export names that the export document does not carry: the SHA-256 of each
// exported revision's text (so a reader can tell which text the positions count) and who made
// and last changed each claim, by their ids in the project.
import { createHash } from 'node:crypto';
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
