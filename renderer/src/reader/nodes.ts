// The Lexical nodes of the read-only article view: chunks of BLOCKS_PER_CHUNK blocks under the
// root, one block per article block (so block i is child i % BLOCKS_PER_CHUNK of chunk
// i / BLOCKS_PER_CHUNK), and the inline highlight of the claims covering a run of text. All are
// rebuilt from the article and the claims' anchors; nothing stored refers to their keys.
import { $applyNodeReplacement, ElementNode, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';
import type { BlockKind } from '../../../shared/article/model';

/**
 * Blocks per chunk. A chunk is skipped by layout and paint while off screen (content-visibility);
 * grouping keeps the number of elements the browser watches for that small (64 for a
 * 1,000-block article instead of 1,000, which cost 20 ms a frame after each edit).
 */
export const BLOCKS_PER_CHUNK = 16;

export class ArticleChunkNode extends ElementNode {
  static override getType(): string {
    return 'article-chunk';
  }

  static override clone(node: ArticleChunkNode): ArticleChunkNode {
    return new ArticleChunkNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): ArticleChunkNode {
    return $createArticleChunkNode().updateFromJSON(json);
  }

  override createDOM(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'article-chunk';
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createArticleChunkNode(): ArticleChunkNode {
  return $applyNodeReplacement(new ArticleChunkNode());
}

type SerializedArticleBlock = Spread<{ kind: BlockKind; level: number | null; ordered: boolean }, SerializedElementNode>;

export class ArticleBlockNode extends ElementNode {
  __kind: BlockKind;
  __level: number | null;
  __ordered: boolean;

  static override getType(): string {
    return 'article-block';
  }

  static override clone(node: ArticleBlockNode): ArticleBlockNode {
    return new ArticleBlockNode(node.__kind, node.__level, node.__ordered, node.__key);
  }

  static override importJSON(json: SerializedArticleBlock): ArticleBlockNode {
    return $createArticleBlockNode(json.kind, json.level, json.ordered).updateFromJSON(json);
  }

  constructor(kind: BlockKind, level: number | null, ordered: boolean, key?: NodeKey) {
    super(key);
    this.__kind = kind;
    this.__level = level;
    this.__ordered = ordered;
  }

  override exportJSON(): SerializedArticleBlock {
    return { ...super.exportJSON(), kind: this.__kind, level: this.__level, ordered: this.__ordered };
  }

  override createDOM(): HTMLElement {
    const tag = {
      title: 'h1',
      // The title is the page's h1; a section keeps its own level, never above h2.
      heading: `h${Math.min(6, Math.max(2, this.__level ?? 2))}`,
      quote: 'blockquote',
      code: 'pre',
      figure: 'figure',
      'list-item': 'p',
      caption: 'p',
      paragraph: 'p',
    }[this.__kind];
    const el = document.createElement(tag);
    el.className = `article-block article-${this.__kind}`;
    if (this.__kind === 'list-item') el.dataset.ordered = String(this.__ordered);
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createArticleBlockNode(kind: BlockKind, level: number | null = null, ordered = false): ArticleBlockNode {
  return $applyNodeReplacement(new ArticleBlockNode(kind, level, ordered));
}

type SerializedClaimHighlight = Spread<{ claimIds: string[]; color: string; stripes?: string }, SerializedElementNode>;

export class ClaimHighlightNode extends ElementNode {
  __claimIds: string[];
  __color: string;
  __stripes: string;

  static override getType(): string {
    return 'claim-highlight';
  }

  static override clone(node: ClaimHighlightNode): ClaimHighlightNode {
    return new ClaimHighlightNode(node.__claimIds, node.__color, node.__stripes, node.__key);
  }

  static override importJSON(json: SerializedClaimHighlight): ClaimHighlightNode {
    return $createClaimHighlightNode(json.claimIds, json.color, json.stripes).updateFromJSON(json);
  }

  constructor(claimIds: string[], color: string, stripes = 'none', key?: NodeKey) {
    super(key);
    this.__claimIds = claimIds;
    this.__color = color;
    this.__stripes = stripes;
  }

  override exportJSON(): SerializedClaimHighlight {
    return { ...super.exportJSON(), claimIds: this.__claimIds, color: this.__color, stripes: this.__stripes };
  }

  override createDOM(): HTMLElement {
    const el = document.createElement('mark');
    el.className = 'claim-mark';
    el.dataset.claims = this.__claimIds.join(' ');
    // Nested and overlapping claims show as a deeper underline, one step per claim.
    el.dataset.depth = String(Math.min(this.__claimIds.length, 3));
    el.style.setProperty('--mark-color', this.__color);
    // A claim with several tags: the split underline in each tag's colour (shared/domain/claim-color.ts).
    if (this.__stripes !== 'none') {
      el.dataset.split = '';
      el.style.setProperty('--mark-stripes', this.__stripes);
    }
    return el;
  }

  // Highlights are replaced, never changed in place.
  override updateDOM(): boolean {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }
}

export function $createClaimHighlightNode(claimIds: string[], color: string, stripes?: string): ClaimHighlightNode {
  return $applyNodeReplacement(new ClaimHighlightNode(claimIds, color, stripes));
}
