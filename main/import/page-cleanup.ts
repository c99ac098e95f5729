// Clean-ups of an extracted page body beyond Readability, each switchable in the preview with a
// count (like the repost clean-ups of plain text): pagers, related-reading link lists, print and
// share bars, SMS and app ads, copyright notices and disclaimers, readers' comment sections. Each removes whole elements and never edits the text of what stays.
import { blockLines } from './block-lines';
import type { DomElement, DomNode } from './dom';

export interface PageCleanupReport {
  id: PageCleanupId;
  applied: boolean;
  count: number;
}

export const PAGE_CLEANUPS = ['pagers', 'related-links', 'page-tools', 'ad-lines', 'notices', 'comments', 'source-lines'] as const;
export type PageCleanupId = (typeof PAGE_CLEANUPS)[number];

type Element = DomElement & {
  children: ArrayLike<Element>;
  parentNode: Element | null;
  nextElementSibling: Element | null;
  previousElementSibling: Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
};

const squash = (el: DomNode): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

// 「第1页/共3页」, 「[1] [2] [3] 下一页」, 「上一页 1 2 下一页」, 「1 2 3 4 5 6」.
const PAGE_COUNT = /^(?:共\s*\d+\s*页\s*)?第\s*\d+\s*页\s*(?:[/／]\s*共\s*\d+\s*页)?$/u;
const PAGER_TOKEN = /^(?:上一页|下一页|首页|尾页|末页|\[\d+\]|\d+|…|\.{3})$/u;

/** A pager line: a page count, or page links whose numbers run 1, 2, 3, … */
export function isPager(text: string): boolean {
  if (PAGE_COUNT.test(text)) return true;
  const tokens = text.split(/\s+|(?<=\])(?=\[)/u).filter((t) => t !== '');
  if (tokens.length < 2 || !tokens.every((t) => PAGER_TOKEN.test(t))) return false;
  const numbers = tokens.map((t) => Number(t.replace(/[[\]]/g, ''))).filter((n) => Number.isInteger(n) && n > 0);
  const words = tokens.some((t) => /页/u.test(t));
  const counting = numbers.length >= 2 && numbers.every((n, i) => n === numbers[0]! + i) && numbers[0]! <= 2;
  return words ? numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1) : counting && numbers.length >= 3;
}
const RELATED_LABEL = /^[【[「]?\s*(?:延伸阅读|推荐阅读|相关阅读|相关新闻|相关文章|相关报道|猜你喜欢|热门推荐|往期回顾|往期推荐)\s*[】\]」]?\s*[:：]?$/u;
// A lone link out of the article: 「点击进入“文艺星青年”>>」, 「[详细]」, 「查看更多」.
const LINK_STUB = /^(?:点击(?:进入|查看|阅读)|进入专题|更多精彩|查看更多|阅读全文|[[【]?详细[\]】]?$|>>\s*详细)|(?:>>|》》|＞＞)$/u;
const TOOL_WORDS = /打印本文|打印此文|【打印】|关闭窗口|【关闭】|字号[:：]?\s*[大中小]|分享到[:：]?|收藏本文|【收藏】|纠错|举报|复制链接|返回顶部/u;
const AD_LINE = /点击(?:投票|报名|参与|领取|抢购)|发送短信|编辑短信|短信.{0,8}到\s*\d{4,}|手机看新闻|扫描?二维码|扫码下载|下载.{0,6}(?:APP|客户端)|关注.{0,8}(?:微信公众号|官方微博)|点击进入.{0,10}专题|本文来自.{0,20}(?:APP|客户端)/iu;

// A tag list under the story: 「标签：AI 芯片」, 「20190926|国贸|增长率|全球经济」.
const TAG_LINE = /^(?:标签|关键词|关键字|Tags?)\s*[:：]|^[^\s|｜。，！？、]{1,10}(?:\s*[|｜]\s*[^\s|｜。，！？、]{1,10}){2,}$/iu;
// Copyright notices and disclaimers: 「声明：…仅供参考，不构成投资建议，据此操作风险自担」,
// 「本文为CSDN原创文章，未经允许不得转载」, 「版权归原作者所有」.
const NOTICE =
  /^[【[（(]?\s*(?:免责声明|版权声明|特别声明|郑重声明)|仅供参考.{0,12}不构成.{0,8}建议|据此操作.{0,4}风险自担|未经(?:许可|授权|允许|同意).{0,16}(?:不得|禁止|严禁)(?:转载|转发|使用)|转载请(?:注明|联系)|版权(?:归|属于).{0,20}所有/u;

// 「网友评论（3）」, 「发表评论」, 「共 12 条评论」, 「精选留言」: the heading of a comment section.
// A bare 「评论」 is left alone: an article may well have a section by that name.
const COMMENT_LABEL =
  /^[【[]?\s*(?:网友|读者|用户|全部|热门|最新|精彩|精选)?(?:评论|留言|跟帖)(?:区|列表|板)?\s*[】\]]?\s*(?:[（(]\s*\d+\s*[)）])?\s*[:：]?$|^(?:我要|发表|写)(?:评论|留言|跟帖)$|^(?:共|已有)\s*\d+\s*(?:条评论|条留言|人参与|条跟帖)/u;
// What comments carry and article paragraphs do not: a reply button, a time stamp of their own,
// a floor number, a like count.
const COMMENT_MARK = /^(?:回复|举报|赞|点赞|顶|踩)(?:\s*[（(]?\d*[)）]?)?$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^\d+\s*(?:分钟|小时|天)前$|^\d+\s*楼$|^IP\s*属地/u;

/** The label of a comment section and everything after it in its section, when what follows
 *  looks like comments (or nothing follows: a lone 「发表评论」 at the end). */
function commentBlock(label: Element, root: Element): Element[] {
  let head = label;
  // A heading wrapped on its own (<div><h3>网友评论</h3></div>) stands for its wrapper.
  while (head.parentNode !== root && head.parentNode && !head.nextElementSibling && !head.previousElementSibling) head = head.parentNode;
  const rest: Element[] = [];
  for (let next = head.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
  if (rest.length > 0 && !rest.some((el) => blockLines(el, 200).some((line) => COMMENT_MARK.test(line.text)))) return [];
  return [head, ...rest];
}

/** Whether an element holds nothing but links (and separators): a list of other articles. */
function onlyLinks(el: Element): boolean {
  const text = squash(el);
  if (text === '') return false;
  const links = Array.from(el.querySelectorAll('a')).map(squash).join('');
  return links.replace(/[\s|·•、,，]/gu, '').length >= text.replace(/[\s|·•、,，]/gu, '').length * 0.9;
}

/** The element and the ones after it that form a related-reading block under a label. */
function relatedBlock(label: Element): Element[] {
  const out = [label];
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (['ul', 'ol'].includes(next.localName) || onlyLinks(next)) out.push(next);
    else break;
  }
  return out;
}

const LINE_ELEMENTS = new Set(['p', 'div', 'li', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'center']);

/** Applies the enabled clean-ups to a body, returning what each found. */
export function cleanPageBody(root: DomNode, disabled: ReadonlySet<string>): PageCleanupReport[] {
  const body = root as Element;
  const found = new Map<PageCleanupId, Set<Element>>(PAGE_CLEANUPS.map((id) => [id, new Set()]));
  for (const { el: line, text } of blockLines(body)) {
    if (!LINE_ELEMENTS.has(line.localName) || text === '' || text.length > 120) continue;
    const el = line as Element;
    if (isPager(text)) found.get('pagers')!.add(el);
    else if (COMMENT_LABEL.test(text)) for (const part of commentBlock(el, body)) found.get('comments')!.add(part);
    else if (RELATED_LABEL.test(text)) for (const part of relatedBlock(el)) found.get('related-links')!.add(part);
    else if (LINK_STUB.test(text) && text.length <= 40 && onlyLinks(el)) found.get('related-links')!.add(el);
    else if ((TOOL_WORDS.test(text) || TAG_LINE.test(text)) && text.length <= 60) found.get('page-tools')!.add(el);
    else if (AD_LINE.test(text) && text.length <= 100) found.get('ad-lines')!.add(el);
    else if (NOTICE.test(text)) found.get('notices')!.add(el);
  }
  const reports: PageCleanupReport[] = [];
  for (const id of PAGE_CLEANUPS) {
    if (id === 'source-lines') continue;
    const elements = found.get(id)!;
    const applied = !disabled.has(id) && elements.size > 0;
    if (applied) for (const el of elements) el.remove();
    reports.push({ id, applied, count: elements.size });
  }
  return reports;
}
