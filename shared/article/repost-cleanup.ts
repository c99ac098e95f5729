// Repost cleanups for plain text: content farms and WeChat reposts flatten an article into lines
// and leave traces of what was lost (a boilerplate first line, section numbers on their own
// line, image credits, sentences announcing screenshots). Each cleanup is a pure function over
// the article's lines, has an id, and can be switched off by the user; none of them changes a
// character inside a line the author wrote.
//
// Choices, so that reviewers and the reader know what to expect:
// - content-farm-intro: "今天小编分享的科技经验:腾讯的AI困局,欢迎阅读。" on the first line is
//   replaced by a title line holding only the title ("腾讯的AI困局").
// - numbered-sections: a line of one or two digits ("01") followed by a short line ("及格边缘")
//   becomes one level-2 heading that keeps the number: "01 及格边缘" (the line break between
//   them becomes a space).
// - image-credits: "图源 / 量子位" becomes a caption block, preceded by a zero-length figure
//   placeholder, because a credit line stands right under the image it credits.
// - image-announcements: "从上到下的模型分别是:元宝、Kimi、通义千问。" stays a paragraph and is
//   followed by a zero-length figure placeholder whose alt is the announced list
//   ("元宝、Kimi、通义千问"), where the screenshots stood.
import type { BlockKind } from './model';
import { cpLength } from '../text/codepoints';

/** One line of the article on its way to becoming a block. */
export interface Segment {
  kind: BlockKind;
  text: string;
  level?: number;
  alt?: string;
}

export interface CleanupResult {
  segments: Segment[];
  /** How many places the cleanup changed; 0 means it did not apply. */
  count: number;
  title?: string;
}

export type RepostCleanupId = 'content-farm-intro' | 'numbered-sections' | 'image-credits' | 'image-announcements';

export interface RepostCleanup {
  id: RepostCleanupId;
  apply(segments: Segment[]): CleanupResult;
}

// "今天小编分享的科技经验:X,欢迎阅读。" and close variants ("小编给大家带来的…", "…,欢迎大家阅读!").
const FARM_INTRO =
  /^(?:今天|今日)?小编(?:为大家|给大家|和大家|与大家)?(?:分享|带来|整理)的?[^::]{0,12}[::]\s*(.+?)\s*[,,]\s*(?:欢迎|希望)[^,,]{0,8}[。.!!]?$/u;
const SECTION_NUMBER = /^\d{1,2}$/;
// Longer than this, or ending like a sentence, and the line is prose, not a section title.
const MAX_SECTION_TITLE = 24;
const SENTENCE_END = /[。!?!?;;,,::…]$/;
// A credit names its source after a separator: "图源 / 量子位", "图片来源:视觉中国".
const IMAGE_CREDIT = /^(?:图源|图片来源|图片来自|图片出处|配图来源|图)\s*[//::|丨]\s*\S/u;
const MAX_CREDIT = 40;
const ANNOUNCEMENT =
  /(?:从上到下|从上至下|自上而下|由上至下|从左到右|从左至右|自左向右|由左至右)[^。!?]{0,16}?(?:分别|依次)?(?:是|为)[::]\s*(.+?)[。.!]?$/u;

const paragraph = (s: Segment): boolean => s.kind === 'paragraph';

export const contentFarmIntro: RepostCleanup = {
  id: 'content-farm-intro',
  apply(segments) {
    const first = segments[0];
    const m = first && paragraph(first) ? FARM_INTRO.exec(first.text) : null;
    if (!m) return { segments, count: 0 };
    return { segments: [{ kind: 'title', text: m[1]! }, ...segments.slice(1)], count: 1, title: m[1]! };
  },
};

export const numberedSections: RepostCleanup = {
  id: 'numbered-sections',
  apply(segments) {
    const out: Segment[] = [];
    let count = 0;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      const next = segments[i + 1];
      if (
        paragraph(s) &&
        SECTION_NUMBER.test(s.text) &&
        next &&
        paragraph(next) &&
        cpLength(next.text) <= MAX_SECTION_TITLE &&
        !SENTENCE_END.test(next.text)
      ) {
        out.push({ kind: 'heading', level: 2, text: `${s.text} ${next.text}` });
        count++;
        i++;
      } else out.push(s);
    }
    return { segments: out, count };
  },
};

export const imageCredits: RepostCleanup = {
  id: 'image-credits',
  apply(segments) {
    const out: Segment[] = [];
    let count = 0;
    for (const s of segments) {
      if (paragraph(s) && cpLength(s.text) <= MAX_CREDIT && IMAGE_CREDIT.test(s.text)) {
        out.push({ kind: 'figure', text: '' }, { kind: 'caption', text: s.text });
        count++;
      } else out.push(s);
    }
    return { segments: out, count };
  },
};

export const imageAnnouncements: RepostCleanup = {
  id: 'image-announcements',
  apply(segments) {
    const out: Segment[] = [];
    let count = 0;
    for (const s of segments) {
      out.push(s);
      const m = paragraph(s) ? ANNOUNCEMENT.exec(s.text) : null;
      if (m) {
        out.push({ kind: 'figure', text: '', alt: m[1]! });
        count++;
      }
    }
    return { segments: out, count };
  },
};

/** All cleanups, in the order they run (the intro first: it only looks at the first line). */
export const REPOST_CLEANUPS: readonly RepostCleanup[] = [
  contentFarmIntro,
  numberedSections,
  imageCredits,
  imageAnnouncements,
];

export interface CleanupReport {
  id: RepostCleanupId;
  applied: boolean;
  count: number;
}

/** Runs every cleanup not in `disabled`; reports each one, disabled ones as not applied. */
export function runRepostCleanups(
  segments: Segment[],
  disabled: readonly string[] = [],
): { segments: Segment[]; title?: string; reports: CleanupReport[] } {
  let current = segments;
  let title: string | undefined;
  const reports: CleanupReport[] = [];
  for (const cleanup of REPOST_CLEANUPS) {
    if (disabled.includes(cleanup.id)) {
      reports.push({ id: cleanup.id, applied: false, count: 0 });
      continue;
    }
    const r = cleanup.apply(current);
    current = r.segments;
    title ??= r.title;
    reports.push({ id: cleanup.id, applied: r.count > 0, count: r.count });
  }
  return { segments: current, title, reports };
}
