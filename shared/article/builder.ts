// Assembles an ArticleContent block by block. Every importer (plain text, HTML, Markdown, docx)
// ends here, so the text layout (one "\n" between blocks) and the code-point offsets of blocks
// and links are computed in one place.
import type { ArticleContent, Block, BlockKind, InlineLink, SourceMetadata } from './model';
import { cpLength } from '../text/codepoints';

/** A piece of inline text, optionally inside a link. */
export interface InlineRun {
  text: string;
  href?: string;
}

export type BlockExtras = Pick<Block, 'level' | 'ordered' | 'alt' | 'assetHash'>;

export class ArticleBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly links: InlineLink[] = [];

  /** True once a block with text has been added. */
  get hasText(): boolean {
    return this.length > 0;
  }

  /**
   * Adds a block. Leading and trailing whitespace of the block is dropped (link offsets follow);
   * a block left empty is skipped, except a figure, which becomes a zero-length placeholder at
   * the end of the previous block (a boundary, so it never overlaps a neighbour).
   */
  add(kind: BlockKind, content: string | InlineRun[], extras: BlockExtras = {}): void {
    const runs = trimRuns(typeof content === 'string' ? [{ text: content }] : content);
    let text = '';
    for (const run of runs) text += run.text;
    if (text === '') {
      if (kind === 'figure') this.blocks.push(clean({ kind, start: this.length, end: this.length, ...extras }));
      return;
    }
    if (this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    const start = this.length;
    let at = start;
    for (const run of runs) {
      const n = cpLength(run.text);
      if (run.href !== undefined && n > 0) this.links.push({ start: at, end: at + n, href: run.href });
      at += n;
    }
    this.parts.push(text);
    this.length = at;
    this.blocks.push(clean({ kind, start, end: at, ...extras }));
  }

  build(title: string, source: SourceMetadata): ArticleContent {
    return { title, text: this.parts.join(''), blocks: this.blocks, links: mergeLinks(this.links), source };
  }
}

/** Drops whitespace at both ends of a run list, keeping the runs' boundaries (never changing the caller's runs). */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  // Most blocks need nothing done: no empty run, no white space at either end.
  const first = runs[0]?.text ?? '';
  const last = runs[runs.length - 1]?.text ?? '';
  if (runs.length > 0 && runs.every((r) => r.text !== '') && !/^\s/.test(first) && !/\s$/.test(last)) return runs;
  const out = runs.filter((r) => r.text !== '').map((r) => ({ ...r }));
  while (out.length > 0) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    if (out[0]!.text !== '') break;
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

/** Adjacent runs of one link (split by <b>, <em>…) become one link. */
function mergeLinks(links: InlineLink[]): InlineLink[] {
  const out: InlineLink[] = [];
  for (const link of links) {
    const prev = out.at(-1);
    if (prev && prev.end === link.start && prev.href === link.href) prev.end = link.end;
    else out.push({ ...link });
  }
  return out;
}

/** The block with only the extras that are set, so blocks compare and serialise cleanly (no delete: objects stay fast). */
function clean(block: Block): Block {
  const out = { kind: block.kind, start: block.start, end: block.end } as Block;
  for (const key of EXTRA_KEYS) if (block[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = block[key];
  return out;
}
const EXTRA_KEYS = ['level', 'ordered', 'alt', 'assetHash'] as const satisfies readonly (keyof BlockExtras)[];
