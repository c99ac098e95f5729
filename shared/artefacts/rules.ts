// The traces a repost leaves in an article's text, as data: each kind has a pattern, an
// explanation in Chinese and English, and where one exists a suggested reading built from the
// match. report.ts runs them; nothing here or there changes the article's text.
export type ArtefactKind =
  | 'traditional'
  | 'mixed-script'
  | 'regional-vocabulary'
  | 'traditional-article'
  | 'padded-quotes'
  | 'halfwidth-punctuation'
  | 'width-mixing'
  | 'content-farm-line'
  | 'image-credit'
  | 'figure-placeholder'
  | 'duplicated-caption'
  | 'run-together-date'
  | 'navigation-residue'
  | 'link-stub';

export interface Explanation {
  zh: string;
  en: string;
}

export interface PatternRule {
  kind: ArtefactKind;
  /** Compiled with the `gu` flags (plus `m` so ^ and $ are line ends). */
  pattern: string;
  explanation: Explanation;
  /** The suggested reading: `$1`… refer to the pattern's groups; absent when there is none. */
  suggestion?: string;
  /** When true, every match is one place of a single finding (with a count) instead of a finding each. */
  aggregate?: boolean;
}

const HAN = String.raw`\p{Script=Han}`;

export const PATTERN_RULES: readonly PatternRule[] = [
  {
    kind: 'padded-quotes',
    pattern: String.raw`(?<=${HAN}|^|"|\s)" ([^"\n]*${HAN}[^"\n]*?) "`,
    explanation: {
      zh: '半角引号两侧补了空格：常见于转载平台把全角引号“”替换成 " 后留下的痕迹。',
      en: 'ASCII quotes padded with spaces around Chinese words: a repost platform replaced the full-width quotes “” with ".',
    },
    suggestion: '“$1”',
  },
  {
    kind: 'halfwidth-punctuation',
    pattern: String.raw`(?<=${HAN})[,:;!?()]|[,:;!?()](?=${HAN})`,
    explanation: {
      zh: '中文句子里用了半角标点（, : ; ! ? ( )），原文多半是全角标点，转载时被替换。',
      en: 'Half-width punctuation (, : ; ! ? ( )) inside Chinese sentences; the original most likely used full-width marks.',
    },
    aggregate: true,
  },
  {
    kind: 'width-mixing',
    pattern: '[０-９Ａ-Ｚａ-ｚ]+',
    explanation: {
      zh: '全角数字或字母与半角的混用：文本可能来自不同来源或经过了不同的转换。',
      en: 'Full-width digits or letters mixed with half-width ones: parts of the text came from different sources or conversions.',
    },
    aggregate: true,
  },
  {
    kind: 'content-farm-line',
    pattern: String.raw`^(?:今天小编|小编今天|今天给大家|今天为大家|本文来自|原标题[:：]|欢迎阅读|点击上方)[^\n]*$`,
    explanation: {
      zh: '内容农场或聚合平台加在开头的套话，不是作者写的。',
      en: 'A boilerplate line a content farm or aggregator put at the start; the author did not write it.',
    },
  },
  {
    kind: 'image-credit',
    pattern: String.raw`^\s*(?:图源|图片来源|图片来自|图片源自|来源|图)\s*[/／:：|｜]\s*[^\n]{1,30}$`,
    explanation: {
      zh: '图片署名行：原文此处有一张图，转载时图丢了，只剩署名。',
      en: 'An image credit line: the original had a picture here; the repost kept only its credit.',
    },
  },
  {
    kind: 'figure-placeholder',
    pattern: String.raw`\[图片\]|【图片】|\[image\]|\[img\]|<img[^>\n]*>|（图\s*[0-9]*）|\(图\s*[0-9]*\)|点击查看大图|如下图所示|见下图|下图为`,
    explanation: {
      zh: '图片占位或指向图片的文字：原文的图在转载中缺失，相关说法无法就地核对。',
      en: 'A figure placeholder or a pointer to a picture: the figure was lost in the repost, so what it shows cannot be checked here.',
    },
  },
  {
    kind: 'run-together-date',
    pattern: String.raw`[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?=[0-9]{1,2}:[0-9]{2}|${HAN}(?<!日))`,
    explanation: {
      zh: '日期与后面的时间或文字连在一起，是网页的日期栏与正文被拼接的痕迹。',
      en: 'A date run together with the time or text after it: the page’s dateline was glued to the body.',
    },
  },
  {
    kind: 'navigation-residue',
    pattern: String.raw`^[^\n]{0,6}(?:首页|频道|栏目|当前位置)[^\n]{0,40}?[|｜>»][^\n]*$|^(?:[^|｜\n]{1,8}[|｜]){2,}[^|｜\n]{1,8}$`,
    explanation: {
      zh: '网页导航栏的残留（如「本网首页|财经频道」），不属于正文。',
      en: 'Residue of the page’s navigation bar (such as 「本网首页|财经频道」), not part of the article.',
    },
  },
  {
    kind: 'link-stub',
    pattern: String.raw`>>\s*(?:详细|更多|全文)|\[(?:详细|更多|全文)\]|【(?:详细|更多|全文)】|点击查看(?:全文|详情|原文)|阅读原文|查看原文`,
    explanation: {
      zh: '链接残根：原网页上的链接文字，链接本身已丢失。',
      en: 'A link stub: the text of a link on the original page, without the link.',
    },
  },
];

export const SCRIPT_EXPLANATIONS: Record<'traditional' | 'mixed-script' | 'regional-vocabulary' | 'traditional-article', Explanation> = {
  traditional: {
    zh: '简体文本中的繁体字：文章可能从繁体来源转换而来，个别字没有转换。',
    en: 'Traditional characters in simplified text: the article was probably converted from a traditional source and some characters were missed.',
  },
  'mixed-script': {
    zh: '同一个词里简繁混用：简体先被转成繁体（台湾用语），再逐字转回简体时漏转了部分字。',
    en: 'One word mixes simplified and traditional characters: it was converted to traditional with Taiwan phrasing, then back to simplified character by character, and part of it was missed.',
  },
  'regional-vocabulary': {
    zh: '简体字写出的台湾或香港用语：简→繁（台湾用语）→简的转换会留下这种词。',
    en: 'A Taiwan or Hong Kong word in simplified characters: what a simplified → traditional (Taiwan phrasing) → simplified round trip leaves.',
  },
  'traditional-article': {
    zh: '全文以繁体字为主：如果这是转载的大陆文章，它经过了简→繁转换。',
    en: 'The article is mostly in traditional characters: if it reposts a mainland article, it went through a simplified → traditional conversion.',
  },
};

/** What each kind is called in a report's headings and lists. */
export const ARTEFACT_KIND_LABELS: Record<ArtefactKind, Explanation> = {
  traditional: { zh: '繁体字', en: 'Traditional characters' },
  'mixed-script': { zh: '简繁混杂的词', en: 'Mixed-script words' },
  'regional-vocabulary': { zh: '台港用语', en: 'Taiwan/Hong Kong vocabulary' },
  'traditional-article': { zh: '繁体全文', en: 'Traditional-character text' },
  'padded-quotes': { zh: '补空格的半角引号', en: 'Padded ASCII quotes' },
  'halfwidth-punctuation': { zh: '中文句中的半角标点', en: 'Half-width punctuation' },
  'width-mixing': { zh: '全角半角混用', en: 'Full-width/half-width mixing' },
  'content-farm-line': { zh: '内容农场套话', en: 'Content-farm line' },
  'image-credit': { zh: '图片署名（图已丢失）', en: 'Image credit (picture lost)' },
  'figure-placeholder': { zh: '图片占位', en: 'Figure placeholder' },
  'duplicated-caption': { zh: '重复的图注', en: 'Duplicated caption' },
  'run-together-date': { zh: '连在一起的日期', en: 'Run-together date' },
  'navigation-residue': { zh: '导航栏残留', en: 'Navigation residue' },
  'link-stub': { zh: '链接残根', en: 'Link stub' },
};
