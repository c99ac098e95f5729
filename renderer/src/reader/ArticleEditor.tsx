// The read-only Lexical editor that shows the article with its claims highlighted. The editor
// state is a view: built from the article's blocks (grouped in chunks, see nodes.ts) and re-cut
// wherever the claims' anchors change; only the blocks whose highlights changed are replaced, so
// adding one claim to a long article touches one block.
import { memo, useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { $createTextNode, $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, $setSelection, type NodeKey } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { mergeRegister } from '@lexical/utils';
import type { ArticleContent, Block } from '../../../shared/article/model';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { $createArticleBlockNode, $createArticleChunkNode, $createClaimHighlightNode, ArticleBlockNode, ArticleChunkNode, BLOCKS_PER_CHUNK, ClaimHighlightNode } from './nodes';
import { cutBlock, layoutBlocks, signature, spansKey, spansPerBlock, type Piece, type SpanView } from './layout';
import { ArticleDom } from './ArticleDom';
import { attachCaretBrowsing } from './caret';

export interface ArticleEditorHandle {
  /** The DOM mapping for the current article, once it is rendered. */
  dom(): ArticleDom | null;
  /** Highlights a span that is being saved as a claim, until the next change of the claims. */
  showPending(span: SpanView): void;
  /** Re-cuts the view from the last claims given (drops a pending highlight whose save failed). */
  refresh(): void;
}

interface Props {
  content: ArticleContent;
  spans: readonly SpanView[];
  label: string;
  figureLabel(alt: string | undefined): string;
  onClaimClick(ids: string[]): void;
  /** The hover text of a highlight covering these claims; asked for on hover, so never stale. */
  summaryOf(ids: string[]): string;
  /** Called after each change of the view has reached the DOM. */
  onRendered(): void;
  handleRef: Ref<ArticleEditorHandle>;
}

const config = {
  namespace: 'pizhu-reader',
  editable: false,
  nodes: [ArticleChunkNode, ArticleBlockNode, ClaimHighlightNode],
  theme: {},
  onError(error: Error) {
    throw error;
  },
};

// Memoised: the reader renders again for its own state (a Lexical render, find, a menu); the
// editor only when the text or the highlights change.
export const ArticleEditor = memo(function ArticleEditor(props: Props) {
  return (
    <LexicalComposer initialConfig={config}>
      <ContentEditable className="article-text" aria-label={props.label} lang="zh-CN" />
      <ArticleSync {...props} />
    </LexicalComposer>
  );
});

/** Marks a block cut with a pending claim: it is always cut again by the next sync. */
const PENDING_CUT: readonly SpanView[] = [];

/** Whether a block's spans changed: the same span objects (the usual case) need no key built. */
function spansChanged(now: readonly SpanView[], before: readonly SpanView[] | undefined): boolean {
  if (before === PENDING_CUT || before === undefined) return true;
  if (now.length === before.length && now.every((s, i) => s === before[i])) return false;
  return spansKey(now) !== spansKey(before);
}

interface Shown {
  content: ArticleContent | null;
  spans: readonly SpanView[];
  figureLabel: Props['figureLabel'];
  keys: NodeKey[];
  signatures: string[];
  /** Each block's spans when it was last cut (PENDING_CUT after showPending re-cut it). */
  inputs: (readonly SpanView[])[];
  index: CodePointIndex | null;
}

function ArticleSync({ content, spans, figureLabel, onClaimClick, summaryOf, onRendered, handleRef }: Props) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<Shown>({ content: null, spans: [], figureLabel, keys: [], signatures: [], inputs: [], index: null });
  const domRef = useRef<ArticleDom | null>(null);

  const sync = useCallback(
    (content: ArticleContent, spans: readonly SpanView[], figureLabel: Props['figureLabel']) => {
      const state = shown.current;
      // A reload brings a new but equal article object; only a different text (or the figure
      // labels of another UI language) needs a new view.
      const fresh =
        !state.content ||
        state.content.text !== content.text ||
        state.content.blocks.length !== content.blocks.length ||
        state.figureLabel !== figureLabel;
      // Only blocks whose spans changed are cut again: a claim added to a long article cuts one.
      const inputs = spansPerBlock(content.blocks, spans);
      const recut = fresh || state.content !== content;
      const pieces = inputs.map((inBlock, i) => (recut || spansChanged(inBlock, state.inputs[i]) ? cutBlock(content.blocks[i]!, inBlock) : null));
      const signatures = pieces.map((p, i) => (p ? signature(p) : state.signatures[i]!));
      const index = !fresh && state.index ? state.index : new CodePointIndex(content.text);
      // The reader's text selection survives highlights being re-cut under it.
      const selection = window.getSelection();
      const kept = !fresh && selection && selection.rangeCount > 0 ? (domRef.current?.spanOfRange(selection.getRangeAt(0)) ?? null) : null;
      editor.update(
        () => {
          const root = $getRoot();
          if (fresh) {
            root.clear();
            let chunk = $createArticleChunkNode();
            state.keys = content.blocks.map((block, i) => {
              if (i % BLOCKS_PER_CHUNK === 0) root.append((chunk = $createArticleChunkNode()));
              const node = $buildBlock(block, pieces[i]!, index, figureLabel);
              chunk.append(node);
              return node.getKey();
            });
          } else {
            signatures.forEach((sig, i) => {
              const cut = pieces[i];
              if (cut && sig !== state.signatures[i]) $replaceBlock(state, i, $buildBlock(content.blocks[i]!, cut, index, figureLabel));
            });
          }
          $dropStaleSelection();
        },
        {
          tag: 'pizhu-view',
          onUpdate: () => {
            const range = kept && domRef.current?.rangeOfSpan(kept.start, kept.end);
            if (!range) return;
            window.getSelection()?.removeAllRanges();
            window.getSelection()?.addRange(range);
          },
        },
      );
      Object.assign(state, { content, spans, figureLabel, signatures, inputs, index });
    },
    [editor],
  );

  useEffect(() => sync(content, spans, figureLabel), [sync, content, spans, figureLabel]);

  useImperativeHandle(
    handleRef,
    () => ({
      dom: () => domRef.current,
      // Only the blocks under the new span are re-cut, synchronously: the highlight must show in
      // the frame of the keystroke, without waiting for React or the save.
      showPending(pending: SpanView) {
        const state = shown.current;
        const index = domRef.current?.index;
        if (!state.content || !index) return;
        const { blocks } = state.content;
        editor.update(
          () => {
            blocks.forEach((block, i) => {
              if (block.kind === 'figure' || block.end <= pending.start || block.start >= pending.end) return;
              const inBlock = state.spans.filter((s) => s.start < block.end && s.end > block.start);
              const pieces = layoutBlocks([block], [...inBlock, pending])[0]!;
              state.signatures[i] = signature(pieces);
              state.inputs[i] = PENDING_CUT;
              $replaceBlock(state, i, $buildBlock(block, pieces, index, state.figureLabel));
            });
            $dropStaleSelection();
          },
          { tag: 'pizhu-view', discrete: true },
        );
      },
      refresh() {
        const state = shown.current;
        if (state.content) sync(state.content, state.spans, state.figureLabel);
      },
    }),
    [editor, sync],
  );

  // The latest callbacks, read by listeners that are registered once per article.
  const callbacks = useRef({ onClaimClick, summaryOf, onRendered });
  useEffect(() => {
    callbacks.current = { onClaimClick, summaryOf, onRendered };
  }, [onClaimClick, summaryOf, onRendered]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A click that ends a drag-selection is making a selection, not picking a claim.
      if (!window.getSelection()?.isCollapsed) return;
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.claim-mark');
      if (mark?.dataset.claims) callbacks.current.onClaimClick(mark.dataset.claims.split(' '));
    };
    const onHover = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark.claim-mark');
      if (mark?.dataset.claims) mark.title = callbacks.current.summaryOf(mark.dataset.claims.split(' '));
    };
    let current: HTMLElement | null = null;
    let detachCaret = () => {};
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        previous?.removeEventListener('mouseover', onHover);
        root?.addEventListener('click', onClick);
        root?.addEventListener('mouseover', onHover);
        detachCaret();
        detachCaret = root ? attachCaretBrowsing(root) : () => {};
        current = root;
        domRef.current = root ? new ArticleDom(root, content) : null;
      }),
      () => {
        current?.removeEventListener('click', onClick);
        current?.removeEventListener('mouseover', onHover);
        detachCaret();
      },
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has('pizhu-view')) callbacks.current.onRendered();
      }),
    );
  }, [editor, content]);

  return null;
}

function $replaceBlock(state: Shown, i: number, node: ArticleBlockNode): void {
  $getNodeByKey(state.keys[i]!)?.replace(node);
  state.keys[i] = node.getKey();
}

function $buildBlock(block: Block, pieces: readonly Piece[], index: CodePointIndex, figureLabel: Props['figureLabel']): ArticleBlockNode {
  const node = $createArticleBlockNode(block.kind, block.level ?? null, block.ordered ?? false);
  if (block.kind === 'figure') return node.append($createTextNode(figureLabel(block.alt)));
  for (const piece of pieces) {
    if (piece.end <= piece.start) continue;
    const text = $createTextNode(index.slice(piece.start, piece.end));
    if (piece.spans.length === 0) node.append(text);
    else {
      const ids = piece.spans.map((s) => s.id);
      node.append($createClaimHighlightNode(ids, piece.spans[0]!.color, piece.spans[0]!.stripes).append(text));
    }
  }
  return node;
}

/** A selection inside replaced text would point at removed nodes, which Lexical refuses. */
function $dropStaleSelection(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const attached = (key: NodeKey) => $getNodeByKey(key)?.isAttached() ?? false;
  if (!attached(selection.anchor.key) || !attached(selection.focus.key)) $setSelection(null);
}
