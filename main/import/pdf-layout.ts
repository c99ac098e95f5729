// From a PDF's positioned text runs to an article's blocks: runs grouped into lines, lines in
// reading order (top to bottom, then left to right), running heads, feet and page numbers that
// repeat across pages dropped, lines joined into paragraphs (with no space where either side is
// CJK, since a line break inside Chinese text is not a word break), and headings told by their
// font size against the body's.

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  width: number;
  size: number;
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

export interface LaidOutBlock {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Joins two pieces of text the way a line break between them reads: no space next to CJK. */
export function joinBroken(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  const last = [...a].at(-1)!;
  const first = [...b][0]!;
  if (CJK.test(last) || CJK.test(first)) return a + b;
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return /\s$/.test(a) || /^\s/.test(b) ? a + b : `${a} ${b}`;
}

/** A page's runs as lines, top to bottom; runs on one baseline (within a third of their size) form a line. */
export function linesOf(runs: TextRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - run.y) <= Math.max(group[0]!.size, run.size) / 3) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const run of group) {
      // A gap of a fifth of an em is a space the PDF did not draw, except between two CJK
      // characters, which justified text spreads apart.
      const gap = run.x - right;
      const str = fixRadicals(run.str);
      if (text !== '' && gap > run.size * 0.2 && !(CJK.test([...text].at(-1)!) && CJK.test([...str][0] ?? ''))) text += ' ';
      text += str;
      right = Math.max(right, run.x + run.width);
    }
    const size = Math.max(...group.map((r) => r.size));
    return { text: text.replace(/\s+/g, ' ').trim(), x: group[0]!.x, right, y: group[0]!.y, size };
  });
}

// Fonts that draw a radical and a character with one glyph (Noto CJK) make PDF writers map the
// glyph back to the radical: 「⼤」 (U+2F24) for 大, 「⻚」 (U+2EDA) for 页. The Kangxi radicals
// fold to their characters by NFKC; the supplement's simplified forms (no decomposition) and
// radicals whose NFKC form is the traditional character are mapped here.
const RADICALS: Record<string, string> = {
  '⻚': '页', '⻓': '长', '⻛': '风', '⻔': '门', '⻅': '见', '⻢': '马', '⻋': '车', '⻜': '飞', '⻘': '青',
  '⻝': '食', '⻥': '鱼', '⻦': '鸟', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⻆': '角', '⻄': '西',
  '⻉': '贝', '⻩': '黄', '⻨': '麦', '⻧': '卤', '⼾': '户', '⻤': '鬼', '⻣': '骨',
};

/** Text with the radicals a PDF wrote for ordinary characters replaced by those characters. */
export function fixRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/gu, (c) => RADICALS[c] ?? c.normalize('NFKC'));
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:第\s*)?\d+\s*(?:页)?(?:\s*[/／]\s*\d+|\s*共\s*\d+\s*页)?(?:\s*[-–—])?$|^(?:page\s+)?\d+(?:\s+of\s+\d+)?$/i;
// The top and bottom lines of each page are where running heads and feet sit.
const EDGE_LINES = 2;

const shape = (text: string): string => text.replace(/\d+/g, '#');

/** The pages' lines without page numbers and the heads and feet that repeat on most pages. */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => shape(l.text)));
    for (const s of edges) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const repeated = (l: PdfLine) => pages.length >= 2 && (counts.get(shape(l.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      return !(atEdge && (PAGE_NUMBER.test(line.text) || repeated(line)));
    }),
  );
}

/** The most common font size, weighted by characters: the body's. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + [...l.text].length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

const SENTENCE_END = /[。！？!?．.…」』”）)：:]$/u;

/** The article's blocks: the first page's largest line(s) as title, larger lines as headings, the rest as paragraphs. */
export function layOut(pages: PdfLine[][]): LaidOutBlock[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const body = bodySize(all);
  const left = Math.min(...all.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x));
  const right = Math.max(...all.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.right));
  const blocks: LaidOutBlock[] = [];
  const largest = Math.max(...(pages[0] ?? []).map((l) => l.size));
  let open: { kind: LaidOutBlock['kind']; text: string; last: PdfLine } | null = null;
  const close = () => {
    if (open) blocks.push({ kind: open.kind, text: open.text });
    open = null;
  };
  pages.forEach((lines, p) => {
    for (const line of lines) {
      const kind: LaidOutBlock['kind'] =
        line.size >= body * 1.15 ? (p === 0 && blocks.every((b) => b.kind === 'title') && line.size >= largest - 0.5 && largest > body * 1.3 ? 'title' : 'heading') : 'paragraph';
      if (open) {
        const prev: PdfLine = open.last;
        const samePage = prev.y > line.y;
        const gap = samePage ? prev.y - line.y : 0;
        const endedShort = prev.right < right - body * 2 && SENTENCE_END.test(prev.text);
        const indented = kind === 'paragraph' && line.x > left + body * 1.2;
        const apart = samePage && gap > Math.max(prev.size, line.size) * 1.9;
        const continues = open.kind === kind && !indented && !apart && !(kind === 'paragraph' && endedShort);
        if (continues) {
          open.text = joinBroken(open.text, line.text);
          open.last = line;
          continue;
        }
        close();
      }
      open = { kind, text: line.text, last: line };
    }
  });
  close();
  return blocks;
}
