// Source metadata of a web page: where it was published, by whom and when. Read from the page's
// head before Readability rewrites the document: <title>, og:*, article:*, the canonical link
// and JSON-LD NewsArticle/Article objects. Open Graph and JSON-LD come first because sites fill
// them for sharing, while <title> usually carries the site's name as well.
import type { SourceMetadata } from '../../shared/article/model';
import type { DomDocument, DomElement } from './dom';

export interface PageMetadata extends SourceMetadata {
  /** og:title or the JSON-LD headline: what the site gives for sharing. */
  title?: string;
  /** The page's <title>. */
  documentTitle?: string;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Report|Scholarly|Tech)?Article$|^BlogPosting$/;

type MetaTags = Map<string, string>;

/** The page's <meta> values by property or name (the first of each), read from the head once. */
function metaTags(doc: DomDocument): MetaTags {
  const head = doc.querySelector('head') as (DomElement & { querySelectorAll(s: string): ArrayLike<DomElement> }) | null;
  const tags: MetaTags = new Map();
  const list = head ? head.querySelectorAll('meta') : doc.querySelectorAll('meta');
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    for (const key of [el.getAttribute('property'), el.getAttribute('name')]) if (key && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join('、') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

function findArticle(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const obj = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj['@graph']);
}

/** The first JSON-LD article object of the page; malformed JSON-LD blocks are ignored. */
export function jsonLdArticle(doc: DomDocument): JsonLdArticle {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(parsed);
    if (!article) continue;
    const page = article['mainEntityOfPage'];
    const pageUrl = typeof page === 'string' ? page : nameOfUrl(page);
    return {
      headline: nameOf(article['headline']) ?? nameOf(article['name']),
      author: nameOf(article['author']),
      publisher: nameOf(article['publisher']),
      datePublished: nameOf(article['datePublished']),
      url: nameOf(article['url']) ?? pageUrl,
    };
  }
  return {};
}

function nameOfUrl(value: unknown): string | undefined {
  if (value && typeof value === 'object' && '@id' in value) return nameOf((value as { '@id': unknown })['@id']);
  return undefined;
}

// Browsers mark a saved page with the address it came from: Internet Explorer and Chrome write
// <!-- saved from url=(0042)https://… -->, SingleFile and others <!--https://…-->.
const SAVED_FROM = /<!--\s*(?:saved from url=\(\d+\))?\s*(https?:\/\/[^\s>]+?)\s*-->/i;

/** The address in a saved page's "saved from" comment, looked for near the top of the file. */
export function savedFromUrl(html: string): string | undefined {
  return SAVED_FROM.exec(html.slice(0, 4096))?.[1];
}

export function extractMetadata(doc: DomDocument, html = ''): PageMetadata {
  const tags = metaTags(doc);
  const meta = (key: string) => tags.get(key);
  const ld = jsonLdArticle(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const title = doc.querySelector('title')?.textContent?.trim();
  const absolute = (u: string | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);
  const author = [meta('article:author'), ld.author, meta('author')].map((a) => cleanByline(a)).find((a) => a !== undefined);
  const found: PageMetadata = {
    title: meta('og:title') ?? ld.headline,
    documentTitle: title || undefined,
    url: absolute(canonical) ?? absolute(meta('og:url')) ?? absolute(ld.url) ?? savedFromUrl(html) ?? (canonical || ld.url),
    publisher: meta('og:site_name') ?? ld.publisher ?? meta('application-name'),
    author,
    publishedAt:
      meta('article:published_time') ??
      ld.datePublished ??
      meta('og:release_date') ??
      meta('pubdate') ??
      meta('publishdate') ??
      meta('PubDate') ??
      meta('publish_time') ??
      meta('date') ??
      visibleDate(doc, savedAt(html)),
  };
  for (const key of Object.keys(found) as (keyof PageMetadata)[]) if (found[key] === undefined) delete found[key];
  return found;
}

// Where a byline line runs on into the date or the company (「IT之家发布时间：09-3022:46青岛软媒
// 网络科技有限公司」), the name is what comes before.
const BYLINE_STOP = /发布时间|发布于|发表于|时间[:：]|来源[:：]|责任编辑|\d{2,4}[-/年.]\d{1,2}|\s{2,}|\|/;
const BYLINE_LABEL = /^(?:作者|文|撰文|记者|编辑|By)\s*[:：|/丨]?\s*/i;

/** A person's or organisation's name from a byline, or undefined when none is left. */
export function cleanByline(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let s = value.replace(/\s+/g, ' ').trim().replace(BYLINE_LABEL, '');
  const stop = BYLINE_STOP.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/[\s:：|丨/,，、]+$/u, '').trim();
  // A byline names someone: an id from the site's system (「104363」) or a bare URL does not.
  if (s === '' || [...s].length > 40 || !/\p{L}/u.test(s) || /^https?:\/\//i.test(s)) return undefined;
  return s;
}

// A visible date line: 「2024-11-05 10:32」, 「2024年11月5日 10:32」, 「2024/11/05」.
const DATE_LINE = /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** An ISO date (and time, if shown) from the first date a page shows in a short line. */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec] = m;
  const pad = (n: string) => n.padStart(2, '0');
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  const date = `${y}-${pad(mo!)}-${pad(d!)}`;
  return h !== undefined && mi !== undefined ? `${date}T${pad(h)}:${mi}${sec ? `:${sec}` : ''}` : date;
}

const DATE_HOLDER = /time|date|pub|info|meta|source|author/i;

/** When a page was saved, as the local wall-clock time there (its fields read in UTC) and its offset. */
export interface SavedAt {
  local: Date;
  offset: string;
}

// SingleFile notes when it saved a page: <!-- … saved date: Tue Nov 05 2024 10:32:00 GMT+0800 (…) -->.
const SAVED_DATE = /saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function savedAt(html: string): SavedAt | undefined {
  const m = SAVED_DATE.exec(html.slice(0, 8192));
  if (!m) return undefined;
  const [, mon, d, y, h, mi, sec, zone] = m;
  const month = MONTHS.indexOf(mon!);
  if (month < 0) return undefined;
  return { local: new Date(Date.UTC(Number(y), month, Number(d), Number(h), Number(mi), Number(sec))), offset: `${zone!.slice(0, 3)}:${zone!.slice(3)}` };
}

const RELATIVE = /(今天|昨天|前天)\s*(\d{1,2}):(\d{2})|(\d{1,2})\s*(分钟|小时|天)前|(?<![\d-])(\d{1,2})-(\d{1,2})\s*(\d{1,2}):(\d{2})/u;

/** 「昨天 10:32」, 「3小时前」, 「09-30 22:46」 as a date, counted back from when the page was saved. */
export function relativeDate(text: string, saved: SavedAt): string | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const at = new Date(saved.local);
  const iso = (withTime: boolean) => `${at.toISOString().slice(0, withTime ? 16 : 10)}${withTime ? saved.offset : ''}`;
  if (m[1]) {
    at.setUTCDate(at.getUTCDate() - ['今天', '昨天', '前天'].indexOf(m[1]));
    at.setUTCHours(Number(m[2]), Number(m[3]), 0, 0);
    return iso(true);
  }
  if (m[4]) {
    const n = Number(m[4]);
    if (m[5] === '天') {
      at.setUTCDate(at.getUTCDate() - n);
      return iso(false);
    }
    at.setUTCMinutes(at.getUTCMinutes() - n * (m[5] === '小时' ? 60 : 1));
    return iso(true);
  }
  const month = Number(m[6]) - 1;
  const day = Number(m[7]);
  if (month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  // A month and day later in the year than the save date were last year's.
  const year = at.getUTCFullYear() - (month > at.getUTCMonth() || (month === at.getUTCMonth() && day > at.getUTCDate()) ? 1 : 0);
  at.setUTCFullYear(year, month, day);
  at.setUTCHours(Number(m[8]), Number(m[9]), 0, 0);
  return iso(true);
}

// A date line sits near the top of the page, so only the first elements are looked at.
const DATE_SCAN_ELEMENTS = 3000;

type Walkable = DomElement & { children: ArrayLike<Walkable> };

/** The publication date shown on the page, in an element whose class or id says it holds one. */
function visibleDate(doc: DomDocument, saved: SavedAt | undefined): string | undefined {
  const stack: Walkable[] = doc.body ? [doc.body as Walkable] : [];
  for (let seen = 0; stack.length > 0 && seen < DATE_SCAN_ELEMENTS; seen++) {
    const el = stack.pop()!;
    if (el.localName === 'time') {
      const datetime = el.getAttribute('datetime')?.trim();
      if (datetime) return datetime;
    }
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (label.trim() !== '' && DATE_HOLDER.test(label)) {
      const text = el.textContent ?? '';
      const date = text.length <= 200 ? (parseDateLine(text) ?? (saved ? relativeDate(text, saved) : undefined)) : undefined;
      if (date) return date;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}
