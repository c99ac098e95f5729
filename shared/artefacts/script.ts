// Traces of Chinese script conversion in simplified text, found with OpenCC's data (opencc-js):
// traditional characters left behind (軟體, 領域), words mixing both scripts (领網域), and
// Taiwan/Hong Kong vocabulary written in simplified characters (软体 for 软件), which is what a
// simplified → traditional-with-Taiwan-phrases → simplified-by-character round trip leaves.
// Only the traditional → simplified half of OpenCC is loaded (about 110 kB), so this runs in the
// renderer as well as in main. Offsets are UTF-16 units; report.ts converts them.
import { ConverterFactory } from 'opencc-js/core';
import { configs, to } from 'opencc-js/preset/t2cn';
import type { DictLike } from 'opencc-js/core';

export interface ScriptHit {
  from: number;
  to: number;
  kind: 'traditional' | 'mixed-script' | 'regional-vocabulary' | 'traditional-article';
  /** The likely mainland simplified reading. */
  original: string;
  /** The OpenCC entry or chain that explains the hit, when one does. */
  via?: string;
}

/** Pairs of a dictionary in opencc-js's "key value|key value" form (or already as pairs). */
function pairs(dict: DictLike): [string, string][] {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  return dict.split('|').map((entry) => {
    const [k = '', v = ''] = entry.split(' ');
    return [k, v];
  });
}

// Characters OpenCC maps to a simplified form that mainland text still uses in their own right
// (乾坤, 著名, 瞭望, 夥伴, the surname 於): seeing them is no sign of conversion.
const VALID_IN_SIMPLIFIED = new Set([...'乾著瞭夥於藉甦鍾劄摺']);

// Of OpenCC's Taiwan/HK phrases, the ones that are not also ordinary mainland Chinese (核心,
// 查询, 整合 are in both, and so say nothing about a text's history). The likely original of
// each comes from OpenCC's own entry.
const DISTINCTLY_REGIONAL = new Set([
  '软体', '硬体', '韧体', '记忆体', '快闪记忆体', '滑鼠', '萤幕', '资料库', '部落格', '网路', '网际网路', '伺服器',
  '晶片', '演算法', '程式', '程式码', '原始码', '硬碟', '数位', '列印', '印表机', '介面', '视讯', '位元', '位元组',
  '作业系统', '应用程式', '行动电话', '随身碟', '解析度', '讯号', '人工智慧', '智慧型手机', '云端', '乙太网路',
  '宽频', '游标', '外挂程式', '即时通', '寄件者', '光碟', '笔记型电脑', '桌上型电脑', '资讯科技', '网志',
]);

// Converter artefacts no dictionary entry explains on its own: simplified → Taiwan phrasing
// turned 域 (of 域名 → 網域名稱) into 網域 inside other words, and the way back converted
// character by character.
const KNOWN_CHAINS: readonly { artefact: string; original: string; via: string }[] = [
  { artefact: '網域', original: '域', via: '域名 → 網域名稱' },
  { artefact: '网域', original: '域', via: '域名 → 網域名稱' },
];

class ScriptData {
  readonly toSimplifiedChar = new Map<string, string>();
  readonly simplifiedOnly = new Set<string>();
  /** Taiwan/HK word in simplified characters → the mainland word. */
  readonly regional = new Map<string, string>();
  readonly toMainland: (text: string) => string;
  readonly regionalPattern: RegExp | null;

  constructor() {
    // to.cn is [[TSPhrases, TSCharacters]]: the second holds the character mapping.
    const tsChars = to.cn![0]![1]!;
    for (const [k, v] of pairs(tsChars)) {
      if (k !== v && !VALID_IN_SIMPLIFIED.has(k)) this.toSimplifiedChar.set(k, v);
    }
    for (const v of this.toSimplifiedChar.values()) if (!this.toSimplifiedChar.has(v)) this.simplifiedOnly.add(v);
    const chain = configs.tw2sp!.conversionChain;
    this.toMainland = ConverterFactory(...chain);
    const simplify = (s: string): string => [...s].map((c) => this.toSimplifiedChar.get(c) ?? c).join('');
    for (const [tw, cn] of [...pairs(chain[0]![0]!), ...pairs(configs.hk2sp!.conversionChain[0]![0]!)]) {
      const word = simplify(tw);
      const mainland = simplify(cn);
      if (word === mainland || !DISTINCTLY_REGIONAL.has(word)) continue;
      this.regional.set(word, mainland);
    }
    const words = [...this.regional.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.regionalPattern = words.length ? new RegExp(words.join('|'), 'gu') : null;
  }

  isTraditional(c: string): boolean {
    return this.toSimplifiedChar.has(c);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

let data: ScriptData | null = null;
/** Built on first use: parsing the dictionaries takes a few milliseconds. */
function scriptData(): ScriptData {
  data ??= new ScriptData();
  return data;
}

const HAN = /\p{Script=Han}/u;

/** Finds conversion traces in `text`; a text mostly in traditional characters gets one hit saying so. */
export function scriptHits(text: string): ScriptHit[] {
  const d = scriptData();
  let traditional = 0;
  let simplified = 0;
  for (const c of text) {
    if (d.isTraditional(c)) traditional++;
    else if (d.simplifiedOnly.has(c)) simplified++;
  }
  if (traditional === 0 && !d.regionalPattern) return [];
  if (traditional > simplified) {
    return [{ from: 0, to: text.length, kind: 'traditional-article', original: d.toMainland(text) }];
  }
  const hits: ScriptHit[] = [];
  if (traditional > 0) {
    for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
      const word = s.segment;
      if (![...word].some((c) => d.isTraditional(c))) continue;
      const prev = hits.at(-1);
      // Adjacent flagged words (領|網域) are one token, as the converter treated them.
      if (prev && prev.to === s.index) prev.to += word.length;
      else hits.push({ from: s.index, to: s.index + word.length, kind: 'traditional', original: '' });
    }
    for (const h of hits) widenToHan(text, h, d);
  }
  if (d.regionalPattern) {
    for (const m of text.matchAll(d.regionalPattern)) {
      if (hits.some((h) => h.from < m.index + m[0].length && m.index < h.to)) continue;
      hits.push({ from: m.index, to: m.index + m[0].length, kind: 'regional-vocabulary', original: d.regional.get(m[0])! });
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}

/**
 * Names a flagged token's likely original and whether it mixes the two scripts. A token that
 * starts with a known chain artefact takes in the Han character before it: 網域 stood for the
 * 域 of a word (领域), so the word is 领網域.
 */
function widenToHan(text: string, h: ScriptHit, d: ScriptData): void {
  const known = KNOWN_CHAINS.find((k) => text.startsWith(k.artefact, h.from));
  if (known && h.from > 0 && HAN.test(text[h.from - 1]!)) h.from--;
  const token = text.slice(h.from, h.to);
  const chain = KNOWN_CHAINS.find((k) => token.includes(k.artefact));
  if (chain) {
    h.original = d.toMainland(token.replace(chain.artefact, chain.original));
    h.via = chain.via;
  } else h.original = d.toMainland(token);
  if ([...token].some((c) => d.simplifiedOnly.has(c))) h.kind = 'mixed-script';
}
