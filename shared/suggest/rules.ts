// The rules behind claim suggestions, kept as data: one table per kind, each rule a pattern with
// a reason a person can read in Chinese and English. The engine (suggest.ts) has no knowledge
// of any kind; adding or tuning a rule is an edit here. `{m}` in a reason is replaced by what
// the pattern matched. Weights are how check-worthy a match alone makes its statement (0–1).
export type SuggestionKind =
  | 'statistic'
  | 'ranking'
  | 'comparison'
  | 'causal'
  | 'prediction'
  | 'quote'
  | 'unnamed-source'
  | 'superlative';

export interface SuggestRule {
  id: string;
  /** A regular expression source, compiled with the `u` flag (and `g`). */
  pattern: string;
  reason: { zh: string; en: string };
  weight: number;
}

export interface KindTable {
  kind: SuggestionKind;
  /** The default codebook tag (shared/domain/codebook.ts) a suggestion of this kind is coded with. */
  tag: string;
  rules: readonly SuggestRule[];
}

// Numbers: Arabic with separators and decimals, full-width digits, or Chinese numerals.
const ARABIC = String.raw`[0-9０-９]+(?:[.,，][0-9０-９]+)*`;
const HANNUM = '[零〇一二三四五六七八九十百千万亿两几数]+';
const UNIT =
  String.raw`(?:%|％|‰|个百分点|倍|万亿|亿|万|千|百万|余|多)?\s*(?:B|K|T|M|G|GB|TB|PB|MB|W|kW|nm|Hz|GHz|fps|tokens?|亿元|万元|元|美元|欧元|港元|人民币|块|个|家|款|项|位|名|人|次|台|辆|部|张|条|篇|颗|卡|小时|分钟|秒|公里|千米|米|吨|瓦|帧|美金|笔|单|件|份|户|座|所|届|mAh|Wh|kWh|GWh|毫米|厘米|英寸|尼特|度|℃|ms|IPS(?:\/W)?|TOPS|级|点|笔)`;

const statistic: KindTable = {
  kind: 'statistic',
  tag: '数据',
  rules: [
    {
      id: 'number-unit',
      pattern: String.raw`${ARABIC}\s*(?:%|％|‰|个百分点|倍|万亿|亿|万|千亿|千万|百万)(?:\s*(?:元|美元|人民币|人|次|台|个|家|用户|辆|部))?|${ARABIC}\s*${UNIT}(?![A-Za-z])`,
      reason: { zh: '含数字与单位：{m}', en: 'number with a unit: {m}' },
      weight: 0.75,
    },
    {
      id: 'number-unit-han',
      pattern: String.raw`(?<![一这那某每同单唯统])(?:[二三四五六七八九十两几数][零〇一二三四五六七八九十百千万亿两]*|一[零〇一二三四五六七八九十百千万亿]+)(?:成|倍|万亿|亿|万|千|百)(?:多|余)?(?:元|美元|人|台|个|家|次|用户|辆|部|款)?`,
      reason: { zh: '含中文数字与量级：{m}', en: 'Chinese numeral with a magnitude: {m}' },
      weight: 0.6,
    },
    {
      id: 'number-counted',
      pattern: String.raw`(?<![一这那某每同单唯统第])[二三四五六七八九十两][零〇一二三四五六七八九十百千]*(?:个|家|款|项|位|名|大|条|部)(?![子面方])`,
      reason: { zh: '含中文数量：{m}', en: 'Chinese count: {m}' },
      weight: 0.4,
    },
    {
      id: 'number-short-span',
      // A span of time as an amount (「9天跌近30%」, 「五周」), not a date (2019年 is the date rule's).
      pattern: String.raw`(?<![0-9０-９年月])(?:[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个月|周|天)(?![0-9０-９])`,
      reason: { zh: '含时长：{m}', en: 'a span of time: {m}' },
      weight: 0.45,
    },
    {
      id: 'proportion-words',
      pattern: String.raw`(?<![0-9０-９])[0-9０-９]{1,2}成|[一二两三四五六七八九]成(?=[^，,。；;\n]{0,6}(?:企业|公司|用户|人|的))|一半|减半|翻倍|两倍|破(?:亿|万|千万|百万)|十几(?:笔|家|个|次|亿|万)`,
      reason: { zh: '含比例或量级：{m}', en: 'a proportion or magnitude: {m}' },
      weight: 0.5,
    },
    {
      id: 'money-words',
      pattern: '(?:营收|收入|利润|净利|市值|估值|融资|投资|销量|出货量|用户数|访问量|日活|月活|参数量|份额|增速|增长率|毛利率)[^，,。；;！？\\n]{0,12}?(?:' + ARABIC + '|' + HANNUM + ')',
      reason: { zh: '可核对的指标：{m}', en: 'a checkable metric: {m}' },
      weight: 0.7,
    },
    {
      id: 'date',
      pattern: String.raw`(?:[0-9０-９]{4}\s*年(?:\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?)?|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)`,
      reason: { zh: '含日期：{m}', en: 'a date: {m}' },
      weight: 0.35,
    },
  ],
};

const ranking: KindTable = {
  kind: 'ranking',
  tag: '排名',
  rules: [
    {
      id: 'ordinal-rank',
      // Not a programme's order of speakers (「第二位分享人」): that ranks nothing.
      pattern: String.raw`第\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*(?:位(?!(?:分享人|嘉宾|讲者|演讲者|发言人|主持人|主讲人))|名|大|梯队)`,
      reason: { zh: '名次：{m}', en: 'a rank: {m}' },
      weight: 0.8,
    },
    {
      id: 'list-words',
      pattern: String.raw`排行榜|排名(?:第|前|靠前|较前|垫底)|榜单|榜首|TOP\s*[0-9]+|Top\s*[0-9]+|前(?:[0-9]+|[二三四五六七八九十]+)(?:名|位|强|个)|第一梯队|头部|位居|跻身|仅次于|前列|排在(?:第|前|了第)|行业格局|市场格局|第一家|第一款`,
      reason: { zh: '排名或榜单：{m}', en: 'a ranking or list: {m}' },
      weight: 0.7,
    },
    {
      id: 'first-only',
      pattern: String.raw`首个|首款|首家|首次|唯一一?|全球第一|国内第一|行业第一|世界第一|领先`,
      reason: { zh: '首个、唯一或领先：{m}', en: 'first, only or leading: {m}' },
      weight: 0.6,
    },
  ],
};

// A comparison is checkable when it says which side is ahead: a frame alone (「与元宝相比」, a
// lead-in to the author's own impression) or a difference alone (「差距不大」) weighs too little
// to be suggested by itself; a frame with a comparative predicate, or a verb that says who leads,
// is suggested.
const COMPARATIVE = String.raw`更为?|得多|不及|高于|低于|快于|慢于|多于|少于|强于|弱于|优于|大于|小于|好于|领先|落后`;
const comparison: KindTable = {
  kind: 'comparison',
  tag: '比较',
  rules: [
    {
      id: 'compare-verb',
      pattern: String.raw`远超|远不及|远远不及|不及|高于|低于|超过|超越|优于|逊于|落后于?|领先于|媲美|比肩|持平|翻番|翻了|不如|快于|慢于|强于|弱于`,
      reason: { zh: '比较：{m}', en: 'a comparison: {m}' },
      weight: 0.65,
    },
    {
      // The frame and the predicate that says who is ahead, across the frame's comma
      // (「相比欧盟的同类规定，这份指引……更为具体」): one statement.
      id: 'compare-frame-predicate',
      pattern: String.raw`(?:(?:与|和|跟)[^。；;！？?\n]{1,50}?(?:相比|相较|对比|比起来)|相比|相较)[^。；;！？?\n]{0,30}?(?:${COMPARATIVE})|比[^，,。；;！？\n]{1,10}?更`,
      reason: { zh: '比较：{m}', en: 'a comparison: {m}' },
      weight: 0.6,
    },
    {
      id: 'compare-frame',
      pattern: String.raw`(?:与|和|跟)[^，,。；;！？\n]{1,12}?(?:相比|相较|对比|比起来)|相比之下|相较之下|相比于|相较于`,
      reason: { zh: '比较：{m}', en: 'a comparison: {m}' },
      weight: 0.3,
    },
    {
      id: 'equivalence',
      pattern: String.raw`相当于|(?<![比])较(?:高|低|大|小|多|少|快|慢)|相对较?(?:高|低|多|少)|大大(?:加强|提升|提高|降低|减少)|基本吻合|更适于|更为经济`,
      reason: { zh: '比较：{m}', en: 'a comparison: {m}' },
      weight: 0.45,
    },
    {
      id: 'difference-in-kind',
      pattern: String.raw`区别在于|本质区别|本质上的区别|根本区别`,
      reason: { zh: '差异判断：{m}', en: 'a claimed difference: {m}' },
      weight: 0.45,
    },
    {
      id: 'gap',
      pattern: String.raw`差距|差别|先天差异|巨大的?差异`,
      reason: { zh: '差异判断：{m}', en: 'a claimed difference: {m}' },
      weight: 0.3,
    },
  ],
};

const causal: KindTable = {
  kind: 'causal',
  tag: '因果',
  rules: [
    {
      id: 'cause-link',
      pattern: String.raw`导致|造成|致使|使得|从而|因此|所以|由于|因为|得益于|归因于|归功于|源于|决定了|带来了|促使|引发|倒逼|之所以|以致|以至于|就(?:无法|不能)|让[^，,。；;\n]{1,8}意识到`,
      reason: { zh: '因果关系：{m}', en: 'a causal link: {m}' },
      weight: 0.55,
    },
    {
      id: 'root-cause',
      pattern: String.raw`根本原因|深层的?原因|重要的?原因|主要原因|原因(?:是|在于)|的原因|究其根本|罪魁祸首|说到底`,
      reason: { zh: '归因：{m}', en: 'an attributed cause: {m}' },
      weight: 0.65,
    },
  ],
};

const prediction: KindTable = {
  kind: 'prediction',
  tag: '预测',
  rules: [
    {
      id: 'forecast',
      pattern: String.raw`预计|预期|预测|有望|或将|将会|即将|势必|必将|注定|到\s*[0-9]{4}\s*年`,
      reason: { zh: '预测：{m}', en: 'a prediction: {m}' },
      weight: 0.65,
    },
    {
      id: 'will',
      pattern: String.raw`(?:将|会)(?:成为|推出|发布|上线|达到|超过|突破|迎来|继续|在[0-9０-９]|于|持续|出现|影响|推进|全面|逐步|进一步|进入|开启|保持|增加|减少|下降|上升|提升|扩大)|仍将|还将|也将|都将|大势所趋|可以预见|越来越|未来(?:还|将|会|可|几年|一段时间|近一周)`,
      reason: { zh: '对未来的判断：{m}', en: 'a statement about the future: {m}' },
      weight: 0.55,
    },
    {
      // 「可能」 alone is a hedge as often as a forecast (「部分设置可能会恢复默认」): it weighs
      // too little to be suggested by itself.
      id: 'maybe',
      pattern: String.raw`可能会?|有可能`,
      reason: { zh: '可能性判断：{m}', en: 'a likelihood: {m}' },
      weight: 0.35,
    },
  ],
};

const quote: KindTable = {
  kind: 'quote',
  tag: '引述',
  rules: [
    {
      id: 'said-quote',
      pattern: String.raw`(?:表示|称|说|指出|透露|坦言|强调|回应|宣布)\s*[:：，,]?\s*[“「"][^”」"\n]{2,}[”」"]|[“「"][^”」"\n]{4,}[”」"]\s*[，,]?\s*[^，,。；;！？\n]{1,12}?(?:表示|说|称|指出)`,
      reason: { zh: '署名引语：{m}', en: 'an attributed quote: {m}' },
      weight: 0.75,
    },
    {
      id: 'said',
      pattern: String.raw`(?<![名堪号简俗声宣])称(?![为作之号])|表示|宣称|声称|透露|坦言|宣布|官方数据|财报显示|数据显示|信息显示|消息显示|认为(?=[，,：:])|分析道|谈到|提到|据[^，,。；;\n]{1,10}?介绍|公布了|发布了|(?:发布|继续发布)[^，,。；;\n]{0,8}(?:预警|预报|公告|通知|报告)`,
      reason: { zh: '引述某人或某机构：{m}', en: 'attributed to someone: {m}' },
      weight: 0.55,
    },
  ],
};

const unnamedSource: KindTable = {
  kind: 'unnamed-source',
  tag: '未具名信源',
  rules: [
    {
      id: 'unnamed',
      pattern: String.raw`据悉|据了解|据报道|据称|据传|据说|据媒体|据外媒|据知情人士|知情人士|业内人士|消息人士|相关人士|接近[^，,。；;\n]{1,8}的人士|有消息称|有媒体|网传|传闻|坊间|有分析认为|有观点认为|有人说|据[^，,。；;\n]{1,10}?(?:了解|统计)|有报道(?:指出|称|显示)|(?:一位|一名|多位|多名|某位?)[^，,。；;\n]{0,12}?(?:人士|高管|专家|负责人|员工|店员|从业者)|(?:行业|专业|市场|金融|圈内)人士|告诉《`,
      reason: { zh: '未具名信源：{m}', en: 'an unnamed source: {m}' },
      weight: 0.8,
    },
    {
      id: 'hedge',
      pattern: String.raw`恐怕|或许|似乎|疑似|据估计|估计|大概率|不排除`,
      reason: { zh: '含糊其辞：{m}', en: 'a hedge: {m}' },
      weight: 0.35,
    },
  ],
};

// A superlative is checkable when it is about the world: it has a scope (国内、全球、业界、同级、
// 有史以来……) or ranks something measurable (the largest market, the highest share). 「最」 alone
// is mostly the writer's emphasis or advice (「最关心的问题」「最好先看看」) and weighs too little
// to be suggested by itself.
const SCOPE = String.raw`国内|国外|海外|全国|全球|世界|业界|业内|行业|市场上|市面上|史上|有史以来|迄今|同级|同价位|同类|同档|全网|全省|全市`;
const MEASURED = String.raw`市场|份额|规模|销量|用户|厂商|公司|企业|平台|品牌|产品|机型|车型|收购|交易|运营商|服务商|供应商|经济体|工厂|项目|客户`;
const superlative: KindTable = {
  kind: 'superlative',
  tag: '夸大',
  rules: [
    {
      id: 'most-scoped',
      pattern: String.raw`(?<=(?:${SCOPE})[^，,。；;！？\n]{0,16})最(?:为)?[\p{Script=Han}]{1,2}`,
      reason: { zh: '最高级：{m}', en: 'a superlative: {m}' },
      weight: 0.65,
    },
    {
      id: 'most-measured',
      pattern: String.raw`最(?:大|高|低|多|少|快|慢|长|强|贵|便宜)的?(?=[\p{Script=Han}]{0,6}?(?:${MEASURED}))`,
      reason: { zh: '最高级：{m}', en: 'a superlative: {m}' },
      weight: 0.6,
    },
    {
      id: 'most',
      pattern: String.raw`最(?!后|近|终|初|早|新|好是|少要|好(?:先|再|还|要|能|别|不|在|把|用|保持|提前|选择|多))(?:为|是)?[\p{Script=Han}]{1,2}`,
      reason: { zh: '最高级：{m}', en: 'a superlative: {m}' },
      weight: 0.3,
    },
    {
      id: 'hype',
      pattern: String.raw`史上|业界(?=[^，,。；;\n]{0,8}最)|全球首|遥遥领先|碾压|吊打|颠覆|前所未有|绝无仅有|天花板|独一无二|凤毛麟角|极致|(?:创|刷新)[^，,。；;\n]{0,12}新(?:低|高)|历史新(?:高|低)|全覆盖|最(?:典型|优秀)`,
      reason: { zh: '夸大用语：{m}', en: 'hype: {m}' },
      weight: 0.6,
    },
  ],
};

/**
 * Context that makes a sentence's statements less check-worthy: the author narrating their own
 * test or the article itself (GUIDE.md: the author's own evaluations are not claims to check).
 * A suggestion in such a sentence has its score multiplied by `factor`, and says so.
 */
export interface Discount {
  id: string;
  pattern: string;
  factor: number;
  reason: { zh: string; en: string };
}

export const DISCOUNTS: readonly Discount[] = [
  {
    id: 'first-person',
    pattern: String.raw`我们|笔者|小编|本文|这里只|在这里`,
    factor: 0.6,
    reason: { zh: '作者自述（{m}），分数降低', en: 'the author narrating ({m}): score lowered' },
  },
];

/** Every table, in the order their tags appear in the default codebook. */
export const KIND_TABLES: readonly KindTable[] = [statistic, ranking, comparison, causal, prediction, quote, unnamedSource, superlative];

export const KINDS: readonly SuggestionKind[] = KIND_TABLES.map((t) => t.kind);
