// Shared test material: temporary folders, authors, and a short article in the seed's style
// with 𠮷 and an emoji before the claims, so code-point positions differ from UTF-16 ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticleContent } from '../../../shared/article/model';
import type { TextAnchor } from '../../../shared/domain/claim';
import { CodePointIndex } from '../../../shared/text/codepoints';

export const EDITOR = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f60', name: '编辑张' };
export const CHECKER = { id: '0b8f2c44-91d5-4c3e-8a17-5e6f7a8b9c0d', name: '核查李' };

export function tempDir(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-project-'));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sha256OfFile = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

export const SAMPLE_TEXT =
  '𠮷🙂 腾讯混元大模型总参数量 389B,激活参数量 52B。据报道,元宝排在了第 11 位,月访问量不到 200 万。业界参数规模最大、效果最好。';

export const sampleArticle = (text = SAMPLE_TEXT): ArticleContent => ({
  title: '腾讯混元与元宝',
  text,
  blocks: [{ kind: 'paragraph', start: 0, end: new CodePointIndex(text).length }],
  links: [],
  source: { publisher: '量子位', fileName: 'hunyuan.txt' },
});

/** The anchor of the first occurrence of `exact` in `text`, in code points. */
export function anchorOf(text: string, exact: string): TextAnchor {
  const index = new CodePointIndex(text);
  const at = text.indexOf(exact);
  if (at < 0) throw new Error(`"${exact}" is not in the text`);
  const start = index.toCodePoint(at);
  const end = start + new CodePointIndex(exact).length;
  return { exact, prefix: index.slice(Math.max(0, start - 8), start), suffix: index.slice(end, end + 8), start, end };
}
