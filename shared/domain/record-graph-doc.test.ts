// docs/project-file.md shows the record graph generated from its declaration. This fails when a
// change to the declaration has not been carried into the document; run it with
// PIZHU_WRITE_DOCS=1 to rewrite the section.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordGraphDoc, withRecordGraphDoc } from './record-graph-doc';

const DOC = join(import.meta.dirname, '../../docs/project-file.md');

describe('the record graph in docs/project-file.md', () => {
  it('is the one generated from the declaration', () => {
    const doc = readFileSync(DOC, 'utf8');
    const current = withRecordGraphDoc(doc);
    if (process.env.PIZHU_WRITE_DOCS === '1' && current !== doc) writeFileSync(DOC, current);
    else expect(doc).toBe(current);
  });

  it('names every delete rule a reader needs: what goes with a claim and what stays, unlinked', () => {
    const section = recordGraphDoc();
    expect(section).toContain('`claim_id` → `claims`: deleted with it');
    expect(section).toContain('claim_comparisons -- "claim_id: unlink" --> claims');
    expect(section).toContain('`parent_id` → `tags`: moved up to its parent');
  });
});
