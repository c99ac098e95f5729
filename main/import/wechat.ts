// WeChat official-account articles (mp.weixin.qq.com) saved from a browser, the commonest source
// of Chinese tech articles. Their body is always #js_content, so Readability (which sometimes
// drops the account's bold lead or a captioned picture) is not used; the pictures are lazy
// (the real address in data-src); and the account, author and publish time live in the page's
// script variables (var ct = "1731034800", var publish_time = "2024-11-08") more reliably than
// in its markup, which the page's own scripts fill in after load.
import type { SourceMetadata } from '../../shared/article/model';
import type { DomDocument, DomElement, DomNode } from './dom';
import { parseDateLine } from './metadata';

export interface WeChatArticle {
  body: DomNode;
  title?: string;
  source: SourceMetadata;
}

const HOST = /^https?:\/\/mp\.weixin\.qq\.com\//i;

/** Whether a page is a saved WeChat article: its address, or the markup only they have. */
export function isWeChatPage(doc: DomDocument, url: string | undefined): boolean {
  if (!doc.querySelector('#js_content')) return false;
  return (url !== undefined && HOST.test(url)) || doc.querySelector('#js_name, #activity-name, .rich_media_title') !== null;
}

/** A `var NAME = "…"` (or '…', or htmlDecode("…")) from the page's scripts, unescaped. */
export function scriptVar(html: string, name: string): string | undefined {
  const re = new RegExp(`(?:var\\s+|window\\.)${name}\\s*=\\s*(?:htmlDecode\\()?\\s*(["'])((?:\\\\.|(?!\\1).)*)\\1`);
  const raw = re.exec(html)?.[2];
  if (raw === undefined) return undefined;
  const value = unescapeJs(raw).trim();
  return value === '' ? undefined : value;
}

function unescapeJs(s: string): string {
  return s
    .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** A Unix time in seconds as Beijing time, the zone WeChat shows it in. */
export function beijingTime(seconds: number): string {
  return `${new Date((seconds + 8 * 3600) * 1000).toISOString().slice(0, 19)}+08:00`;
}

const textOf = (doc: DomDocument, selector: string): string | undefined => {
  const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
};

/** The article of a saved WeChat page: its body element (lazy pictures resolved) and metadata. */
export function readWeChat(doc: DomDocument, html: string, savedUrl: string | undefined): WeChatArticle {
  const body = doc.querySelector('#js_content') as DomElement & {
    querySelectorAll(selector: string): ArrayLike<DomElement & { setAttribute(name: string, value: string): void }>;
  };
  const pictures = body.querySelectorAll('img[data-src]');
  for (let i = 0; i < pictures.length; i++) {
    const img = pictures[i]!;
    img.setAttribute('src', img.getAttribute('data-src') ?? '');
  }
  const ct = Number(scriptVar(html, 'ct'));
  const shownTime = scriptVar(html, 'publish_time') ?? textOf(doc, '#publish_time');
  const publishedAt = ct > 0 ? beijingTime(ct) : shownTime ? parseDateLine(shownTime) : undefined;
  const link = scriptVar(html, 'msg_link');
  const url = [link, savedUrl].find((u) => u !== undefined && HOST.test(u));
  const source: SourceMetadata = {
    ...(url ? { url: url.replace(/^http:/, 'https:').replace(/#rd$/, '') } : {}),
    ...optional('publisher', textOf(doc, '#js_name') ?? scriptVar(html, 'nickname')),
    ...optional('author', textOf(doc, '#js_author_name') ?? scriptVar(html, 'author') ?? metaAuthor(doc)),
    ...optional('publishedAt', publishedAt),
  };
  const title = textOf(doc, '#activity-name') ?? scriptVar(html, 'msg_title');
  return { body, ...(title ? { title } : {}), source };
}

function metaAuthor(doc: DomDocument): string | undefined {
  return doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim() || undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
