// Lines of a news page's body that are metadata, not article: 「来源：新华社」, 「责任编辑：王某」,
// 「作者：李某」, a reporter's credit, 「原标题：…」. Readability keeps them as paragraphs; they are taken out of the body whole
// (a paragraph is either removed entirely or left exactly as it was) and their values become
// the article's publisher or noted editor.
import { edgeLines } from './block-lines';
import { parseDateLine } from './metadata';
import type { DomElement, DomNode } from './dom';

export interface SourceLines {
  /** 「来源」: the outlet the story came from. */
  publisher?: string;
  /** 「作者」 line in the body. */
  author?: string;
  /** 「责任编辑」 and similar editor credits, removed from the text. */
  editor?: string;
  /** 「发布时间：2019-09-26 10:09」: when the story was published, as parseDateLine reads it. */
  publishedAt?: string;
  removed: number;
}

const LINE = /^[（(【[]?\s*(来源|稿源|出处|责任编辑|责编|编辑|作者)\s*[:：]\s*(.{1,40}?)\s*[）)】\]]?$/u;
const MAX_LINE = 80;
// 「原标题：…」: the headline the story had where it first ran, which reposts keep as a line.
const ORIGINAL_TITLE = /^[（(【[]?\s*原标题\s*[:：]\s*\S.{0,120}$/u;
// A reporter's credit on its own line at either end of the story: 「扬子晚报记者 张楠」,
// 「本报记者 李明 通讯员 王芳」. The outlet, when there is one, ends in 报/社/网/台/新闻; without
// one, a space must follow 记者, so that 「记者了解到」 is never taken for a name.
const REPORTER_CREDIT =
  /^(?:(?:本报|本台|本刊|\p{Script=Han}{1,10}(?:报|社|网|台|新闻|客户端))(?:特约|首席|实习)?记者\s*|(?:特约|首席|实习)?记者\s+)(\p{Script=Han}{2,4}(?:[ 、](?!通讯员|实习生)\p{Script=Han}{2,4}){0,3})(?:\s+(?:通讯员|实习生)\s*\p{Script=Han}{2,4}(?:[ 、]\p{Script=Han}{2,4}){0,3})*$/u;
// Verbs and particles a sentence would have after 记者 and a name never has (向 is left out: it is a surname).
const NOT_A_NAME = /了|到|说|称|问|表示|获悉|发现|采访|注意|看到|从|在|对|的/u;
// 「发布时间：2019-09-26 10:09:11」 inside the body: the date line a page prints under its headline,
// alone or ahead of the credits (「2019-09-26 12:11 来源：证券时报网 作者：李在山」).
const DATE_LABEL = /^(?:发布时间|发表时间|发布日期|发表日期|更新时间|时间|日期)\s*[:：]/u;
const LEADING_DATE =
  /^(?:(?:发布时间|发表时间|发布日期|发表日期|更新时间|时间|日期)\s*[:：]\s*)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*/u;
/** How many lines at each end of the body may hold a credit, a date or an original title. */
const CREDIT_REACH = 4;
// The credit that opens many WeChat tech articles: 「梦晨 发自 凹非寺 量子位 | 公众号 QbitAI」.
const DATELINE_CREDIT = /^(\S{1,12}(?: \S{1,12})?) 发自 \S{1,12}(?: ?\S{1,16} ?[|｜] ?公众号 ?[\w-]+)?$/u;

/** Removes the metadata lines from an extracted body (unless told not to), returning what they said. */
export function takeSourceLines(root: DomNode, remove = true): SourceLines {
  const out: SourceLines = { removed: 0 };
  const found: DomElement[] = [];
  // Credit and date lines stand at the ends of a story: only the lines there are read, so a long
  // article costs what a short one does.
  const lines = edgeLines(root, CREDIT_REACH);
  for (const { el, text } of lines) {
    if (ORIGINAL_TITLE.test(text)) {
      found.push(el);
      continue;
    }
    if (text.length > MAX_LINE) continue;
    const dated = DATE_LABEL.test(text) ? parseDateLine(text) : undefined;
    if (dated) {
      out.publishedAt ??= dated;
      found.push(el);
      continue;
    }
    const credit = DATELINE_CREDIT.exec(text);
    const reporter = credit ? null : REPORTER_CREDIT.exec(text);
    const byline = credit?.[1] ?? (reporter && !NOT_A_NAME.test(reporter[1]!) ? reporter[1] : undefined);
    const date = byline ? null : LEADING_DATE.exec(text);
    const credits = date && date[0].length < text.length ? text.slice(date[0].length) : text;
    const parts = byline ? ([['作者', byline]] as [string, string][]) : splitCredits(credits);
    if (!parts) continue;
    if (date && credits !== text) out.publishedAt ??= parseDateLine(date[0]);
    for (const [label, value] of parts) {
      if (/来源|稿源|出处/.test(label)) out.publisher ??= value;
      else if (label === '作者') out.author ??= value;
      else out.editor ??= value;
    }
    found.push(el);
  }
  if (remove) for (const el of found) el.remove();
  out.removed = found.length;
  return out;
}

/** 「来源：新华社 责任编辑：王某」 → its label/value pairs, or null if any part is not a credit. */
function splitCredits(text: string): [string, string][] | null {
  const pieces = text.split(/\s+(?=(?:来源|稿源|出处|责任编辑|责编|编辑|作者)\s*[:：])/u);
  const out: [string, string][] = [];
  for (const piece of pieces) {
    const m = LINE.exec(piece.trim());
    if (!m) return null;
    out.push([m[1]!, m[2]!]);
  }
  return out.length > 0 ? out : null;
}
