// Test support: reads a file from fixtures/articles and imports it, checking the invariants of
// every result so each story only states what it is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Block } from '../../shared/article/model';
import { ArticleContentSchema } from '../../shared/article/model';
import { articleProblems } from '../../shared/article/validate';
import { cpSlice } from '../../shared/text/codepoints';
import { previewImport, type ImportOptions, type ImportPreview } from './index';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/articles');

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

export async function importFixture(name: string, options?: ImportOptions, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<ImportPreview> {
  const preview = await previewImport({ fileName: name, bytes: fixtureBytes(name), options, lang });
  expect(ArticleContentSchema.parse(preview.content)).toEqual(preview.content);
  expect(articleProblems(preview.content)).toEqual([]);
  return preview;
}

/** The text of a block. */
export const blockText = (p: ImportPreview, b: Block): string => cpSlice(p.content.text, b.start, b.end);

/** The texts of all blocks of one kind. */
export const textsOf = (p: ImportPreview, kind: Block['kind']): string[] =>
  p.content.blocks.filter((b) => b.kind === kind).map((b) => blockText(p, b));
