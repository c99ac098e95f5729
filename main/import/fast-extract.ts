// Finds the article in a saved page's light tree (light-dom.ts) the way Readability does, in a
// few linear passes: drop what cannot be article (scripts, hidden elements, parts whose class or
// id says navigation, comments, sharing…), score each paragraph into its parent and grandparent,
// take the best-scoring container weighed by how little of it is links, add the siblings that
// belong with it, and clean out link lists and widgets inside. It answers only when it is sure
// (a clear winner holding most of the page's paragraph text); otherwise html.ts asks Readability.
// The method and its class/id word lists follow Mozilla's Readability (Apache-2.0, the dependency
// html.ts falls back to), with words added for Chinese portals (share, recommend, detail…) and
// CJK commas counted.
import { TEXT_NODE } from './dom';
import { LightElement, type LightDocument, type LightText } from './light-dom';

export interface FastArticle {
  body: LightElement;
  byline?: string;
}

// A page whose whole body is one <form> (ASP.NET's) has nothing left: Readability reads it.
const REMOVED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'select', 'textarea', 'input', 'nav']);
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|recommend|hot-?news|toolbar|copyright/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|text|detail/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|recommend/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'blockquote', 'li', 'ul', 'ol',
  'table', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'center',
  'figcaption',
]);
// Where a paragraph's text sits in its own element (its score goes to the element's ancestors);
// any other block with text of its own holds an implicit paragraph (its score starts at itself).
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
/** Below this many letters the page is not clearly an article: Readability decides. */
const MIN_ARTICLE = 250;
/** The article must hold this share of the text of all paragraphs on the page. */
const MIN_SHARE = 0.6;

interface Stats {
  /** Letters (white space left out) of all text below, and of the text inside links. */
  chars: number;
  linkChars: number;
  /** Letters of text directly inside, not inside a child block. */
  ownChars: number;
  ownCommas: number;
  score: number;
  scored: boolean;
  /** <p>, <img> and <li> elements below, for the conditional clean. */
  paragraphs: number;
  images: number;
  items: number;
}

/** Letters (anything but white space) and commas of a text, in one pass. */
function count(s: string): { letters: number; commas: number } {
  let letters = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000) continue;
    letters++;
    // , ， 、 ； ; 。
    if (c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0x3b || c === 0x3002) commas++;
  }
  return { letters, commas };
}

function classWeight(el: LightElement): number {
  let w = 0;
  for (const value of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) w -= 25;
    if (POSITIVE.test(value)) w += 25;
  }
  return w;
}

function isHidden(el: LightElement): boolean {
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

function isUnlikely(el: LightElement): boolean {
  if (el.localName === 'body' || el.localName === 'a' || el.localName === 'article' || el.localName === 'main') return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return UNLIKELY.test(names) && !MAYBE.test(names);
}

/** Drops what cannot be article, taking the byline on the way; returns it. */
function prune(body: LightElement): string | undefined {
  let byline: string | undefined;
  const stack = body.children.reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (REMOVED.has(el.localName)) {
      el.remove();
      continue;
    }
    // Most elements carry no attribute: nothing below can apply to them.
    if (el.attributeCount === 0) {
      for (let n = el.lastChild; n; n = n.previousSibling) if (n instanceof LightElement) stack.push(n);
      continue;
    }
    if (isHidden(el)) {
      el.remove();
      continue;
    }
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (byline === undefined && BYLINE.test(names)) {
      const text = el.textContent.replace(/\s+/g, ' ').trim();
      if (text !== '' && text.length < 100) {
        byline = text;
        el.remove();
        continue;
      }
    }
    if (isUnlikely(el)) {
      el.remove();
      continue;
    }
    for (let n = el.lastChild; n; n = n.previousSibling) if (n instanceof LightElement) stack.push(n);
  }
  return byline;
}

/** An element's figures, kept in its scratch slot by measure(). */
const figures = (el: LightElement): Stats => el.scratch as Stats;

/** Letters, link letters and own text of every element, children before parents; returns them in that order. */
function measure(root: LightElement): LightElement[] {
  const order: LightElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.push(el);
    for (let n = el.firstChild; n; n = n.nextSibling) if (n instanceof LightElement) stack.push(n);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: Stats = { chars: 0, linkChars: 0, ownChars: 0, ownCommas: 0, score: 0, scored: false, paragraphs: 0, images: 0, items: 0 };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const c = count((n as LightText).data);
        s.chars += c.letters;
        s.ownChars += c.letters;
        s.ownCommas += c.commas;
        continue;
      }
      const child = n as LightElement;
      const cs = figures(child);
      s.chars += cs.chars;
      s.linkChars += child.localName === 'a' ? cs.chars : cs.linkChars;
      s.paragraphs += cs.paragraphs + (child.localName === 'p' ? 1 : 0);
      s.images += cs.images + (child.localName === 'img' ? 1 : 0);
      s.items += cs.items + (child.localName === 'li' ? 1 : 0);
      // Inline children's text is this element's own text.
      if (!BLOCKS.has(child.localName)) {
        s.ownChars += cs.ownChars;
        s.ownCommas += cs.ownCommas;
      }
    }
    el.scratch = s;
  }
  return order.reverse();
}

const density = (s: Stats): number => (s.chars ? s.linkChars / s.chars : 0);

function baseScore(el: LightElement): number {
  switch (el.localName) {
    case 'div':
    case 'article':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Scores every paragraph into its ancestors; returns the candidates and the paragraph text seen. */
function score(body: LightElement, measured: readonly LightElement[]): { candidates: LightElement[]; paragraphChars: number } {
  const candidates: LightElement[] = [];
  let paragraphChars = 0;
  const credit = (el: LightElement, points: number) => {
    const s = figures(el);
    if (!s.scored) {
      s.scored = true;
      s.score = baseScore(el) + classWeight(el);
      candidates.push(el);
    }
    s.score += points;
  };
  for (const el of measured) {
    const s = figures(el);
    if (s.ownChars < 25 || !BLOCKS.has(el.localName) || /^h[1-6]$/.test(el.localName)) continue;
    paragraphChars += s.ownChars;
    const points = 1 + s.ownCommas + Math.min(Math.floor(s.ownChars / 100), 3);
    let level = 0;
    for (let a: LightElement | null = PARAGRAPHS.has(el.localName) ? el.parentNode : el; a && level < 5; a = a.parentNode, level++) {
      if (a === body.parentNode) break;
      credit(a, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
    }
  }
  return { candidates, paragraphChars };
}

/** Readability's conditional clean: lists, tables and boxes inside the article that are mostly links or widgets. */
function cleanConditionally(article: LightElement): void {
  // A box removed no longer counts in the boxes around it (they are judged after it).
  const drop = (el: LightElement) => {
    const s = figures(el);
    const own = (name: string) => (el.localName === name ? 1 : 0);
    for (let a = el.parentNode; a && a !== article; a = a.parentNode) {
      const up = a.scratch as Stats | undefined;
      if (!up) continue;
      up.paragraphs -= s.paragraphs + own('p');
      up.images -= s.images + own('img');
      up.items -= s.items + own('li');
    }
    el.remove();
  };
  const boxes = article.querySelectorAll('div, section, ul, ol, table, aside, header, footer, dl');
  for (let i = boxes.length - 1; i >= 0; i--) {
    const el = boxes[i]!;
    const s = el.scratch as Stats | undefined;
    if (!s || !el.parentNode) continue;
    const weight = classWeight(el);
    if (weight + (s.scored ? s.score : 0) < 0) {
      drop(el);
      continue;
    }
    const commas = s.ownCommas;
    if (commas >= 10) continue;
    const ld = density(s);
    const p = s.paragraphs;
    const img = s.images;
    const li = s.items - 100;
    const isList = el.localName === 'ul' || el.localName === 'ol';
    const junk =
      (img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      (!isList && s.chars < 25 && (img === 0 || img > 2) && ld > 0) ||
      (!isList && weight < 25 && ld > 0.2 && s.chars < 600) ||
      (weight >= 25 && ld > 0.5);
    if (junk) drop(el);
  }
}

/** The article of a page, or null when the page has no clear one (Readability decides then). */
export function extractArticle(doc: LightDocument): FastArticle | null {
  const body = doc.body;
  const byline = prune(body);
  const { candidates, paragraphChars } = score(body, measure(body));
  let top: LightElement | null = null;
  let best = -Infinity;
  for (const el of candidates) {
    const s = figures(el);
    s.score *= 1 - density(s);
    if (s.score > best) {
      best = s.score;
      top = el;
    }
  }
  if (!top || top === body) return null;
  const topStats = figures(top);
  if (topStats.chars < MIN_ARTICLE || topStats.chars < paragraphChars * MIN_SHARE) return null;
  // The siblings that belong with it: well scored, or paragraphs of text rather than links.
  const article = new LightElement('div');
  const threshold = Math.max(10, best * 0.2);
  const parent = top.parentNode;
  const siblings = parent ? parent.children : [top];
  for (const sibling of siblings) {
    const s = figures(sibling);
    const join =
      sibling === top ||
      (s.scored && s.score + (classWeight(sibling) === classWeight(top) && classWeight(top) !== 0 ? best * 0.2 : 0) >= threshold) ||
      (sibling.localName === 'p' && ((s.chars > 80 && density(s) < 0.25) || (s.chars > 0 && s.chars <= 80 && density(s) === 0 && /[。.]\s*$/.test(sibling.textContent))));
    if (join) article.appendChild(sibling);
  }
  // The figures measured on the page still hold: the article's elements were moved, not changed.
  cleanConditionally(article);
  return { body: article, ...(byline ? { byline } : {}) };
}
