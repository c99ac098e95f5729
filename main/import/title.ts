// The headline of a saved page. <title> usually carries the site's name as well
// (「…虚假宣传-搜狐财经」, 「多维博客 » …」), og:title sometimes too, and Readability picks one of
// them; the headline printed on the page (an <h1>/<h2>) is what a reader saw. So each candidate
// has the site's name cut off, and the one that appears as a heading on the page wins.
import { normalizeInline } from '../../shared/article/normalize';

export interface TitleCandidates {
  ogTitle?: string;
  /** Texts of the page's headline-like elements (<h1>–<h4>, class="title"), in document order. */
  headings: string[];
  readabilityTitle?: string;
  documentTitle?: string;
  siteName?: string;
  /** The host the page was saved from, if known. */
  host?: string;
}

// Separators sites put between the headline and their name. A hyphen only counts with spaces
// around it or between CJK text, so 「GPT-4o」 is never split.
const SEPARATOR = /\s*[_|»·—–]+\s*|\s+-+\s+|(?<=[\p{Script=Han}）」》])-+(?=[\p{Script=Han}A-Za-z（「《])/u;

const SITE_WORDS = /(?:网|网站|新闻|在线|频道|博客|日报|晚报|早报|周刊|官网|科技|财经|房产|汽车|体育|娱乐|时报|论坛|社区|资讯|中心|首页|Blog|News|Online|Daily|Times|Software|Post)$/iu;
const HOST_NAME = /(?:^|\.)[a-z0-9-]+\.(?:com|cn|net|org|io|cc|tv|me)(?:\.cn)?$/i;

// The Chinese names of hosts whose names are not spelled in their address.
const KNOWN_SITES: Record<string, string> = {
  '36kr': '36氪',
  huxiu: '虎嗅',
  qbitai: '量子位',
  ithome: 'IT之家',
  sina: '新浪',
  qq: '腾讯',
  thepaper: '澎湃',
  caixin: '财新',
  sspai: '少数派',
  zhihu: '知乎',
  sohu: '搜狐',
  '163': '网易',
  ifeng: '凤凰',
  jiqizhixin: '机器之心',
  geekpark: '极客公园',
  leiphone: '雷锋网',
  tmtpost: '钛媒体',
  pingwest: '品玩',
  baijiahao: '百家号',
  weixin: '微信',
  people: '人民网',
  xinhuanet: '新华网',
  yicai: '第一财经',
  jiemian: '界面',
};

export const normalizeTitle = (s: string): string => normalizeInline(s).replace(/\s+/g, ' ').trim();

/** Letters and digits only, for comparing titles that differ in spacing or punctuation. */
const squeeze = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a segment split off a title reads as a site's name rather than part of the headline. */
function looksLikeSiteName(segment: string, siteName: string | undefined, host: string | undefined): boolean {
  const s = squeeze(segment);
  if (s === '') return true;
  if (siteName) {
    const site = squeeze(siteName);
    if (site && (s === site || s.includes(site) || (site.includes(s) && s.length >= 2))) return true;
  }
  if (host && s.length >= 2) {
    const labels = host.toLowerCase().split('.');
    for (const label of labels) {
      if (label.length >= 3 && label !== 'www' && (s.includes(label) || label.includes(s))) return true;
      const known = KNOWN_SITES[label];
      if (known && s.includes(squeeze(known))) return true;
    }
  }
  if (HOST_NAME.test(segment.trim())) return true;
  // A short segment ending in a site word: 「搜狐财经」, 「新浪网」, 「多维博客」, 「Joel on Software」.
  return [...segment.trim()].length <= 20 && SITE_WORDS.test(segment.trim());
}

/** The title with site-name segments removed from either end; the longest part is never cut. */
export function stripSiteName(title: string, siteName?: string, host?: string): string {
  const clean = normalizeTitle(title);
  const parts = clean.split(SEPARATOR).filter((p) => p !== undefined);
  if (parts.length < 2) return clean;
  let longest = 0;
  for (let i = 1; i < parts.length; i++) if ([...parts[i]!].length > [...parts[longest]!].length) longest = i;
  let from = 0;
  let to = parts.length;
  while (from < longest && looksLikeSiteName(parts[from]!, siteName, host)) from++;
  while (to - 1 > longest && looksLikeSiteName(parts[to - 1]!, siteName, host)) to--;
  if (from === 0 && to === parts.length) return clean;
  return sliceBetween(clean, parts[from]!, parts[to - 1]!);
}

/** The original text from the first kept part to the end of the last, separators inside kept. */
function sliceBetween(title: string, first: string, last: string): string {
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : first;
}

/**
 * The article's title: a candidate (site name removed) that matches a heading of the page, the
 * heading itself when a candidate starts with it, else og:title, Readability's and <title>.
 */
export function chooseTitle(c: TitleCandidates): string | undefined {
  const candidates = [c.ogTitle, c.readabilityTitle, c.documentTitle]
    .filter((t): t is string => !!t && t.trim() !== '')
    .map((t) => stripSiteName(t, c.siteName, c.host))
    .filter((t) => t !== '');
  const headings = c.headings.map(normalizeTitle).filter((h) => [...h].length >= 4);
  for (const heading of headings) {
    const h = squeeze(heading);
    if (candidates.some((t) => squeeze(t) === h)) return heading;
  }
  // A heading that a candidate contains whole (the <title> also had a column or section name);
  // the longest such, so that a subheading repeating the headline's second half never wins.
  let contained: string | undefined;
  for (const heading of headings) {
    const h = squeeze(heading);
    if (h.length >= 6 && h.length > squeeze(contained ?? '').length && candidates.some((t) => squeeze(t).includes(h))) contained = heading;
  }
  if (contained) return contained;
  return candidates[0] ?? headings[0];
}
