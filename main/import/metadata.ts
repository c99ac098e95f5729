// Source metadata of a web page: where it was published, by whom and when. Read from the page's
// head before Readability rewrites the document: <title>, og:*, article:*, the canonical link
// and JSON-LD NewsArticle/Article objects. Open Graph and JSON-LD come first because sites fill
// them for sharing, while <title> usually carries the site's name as well.
import type { SourceMetadata } from '../../shared/article/model';
import type { DomDocument } from './dom';

export interface PageMetadata extends SourceMetadata {
  title?: string;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Report|Scholarly|Tech)?Article$|^BlogPosting$/;

function meta(doc: DomDocument, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  const value = el?.getAttribute('content')?.trim();
  return value ? value : undefined;
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

export function extractMetadata(doc: DomDocument): PageMetadata {
  const ld = jsonLdArticle(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const title = doc.querySelector('title')?.textContent?.trim();
  const found: PageMetadata = {
    title: meta(doc, 'og:title') ?? ld.headline ?? (title || undefined),
    url: canonical || meta(doc, 'og:url') || ld.url,
    publisher: meta(doc, 'og:site_name') ?? ld.publisher,
    author: meta(doc, 'article:author') ?? ld.author ?? meta(doc, 'author'),
    publishedAt: meta(doc, 'article:published_time') ?? ld.datePublished,
  };
  for (const key of Object.keys(found) as (keyof PageMetadata)[]) if (found[key] === undefined) delete found[key];
  return found;
}
