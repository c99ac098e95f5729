// Escaping for the string-template layouts: text, attributes, and the only link targets an
// export may carry (web and mail links), so no note or evidence URL can inject markup or script.
import { NEUTRAL_COLOR } from '../domain/claim-color';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A URL safe to put in href: http(s) and mailto only; anything else is not a link. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return ['http:', 'https:', 'mailto:'].includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is safe, else the URL as plain text. */
export function link(url: string, text = url): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text);
}

/** A CSS colour from a tag: only #rrggbb passes, so a colour cannot break out of a style. */
export const cssColor = (c: string): string => (/^#[0-9a-f]{6}$/i.test(c) ? c : NEUTRAL_COLOR);
