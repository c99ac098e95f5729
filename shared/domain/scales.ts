// The fact-checking scales with their default zh/en labels (product.md "Scales"). Stored values
// are the stable `value`s; a project may relabel a scale but never change its values.

export interface ScaleEntry<V> {
  value: V;
  zh: string;
  /** Traditional Chinese as used in Taiwan (the zh-TW UI). */
  tw: string;
  en: string;
}

export const STRENGTHS = [
  { value: 0, zh: '无依据', tw: '無依據', en: 'none' },
  { value: 1, zh: '薄弱', tw: '薄弱', en: 'weak' },
  { value: 2, zh: '一般', tw: '一般', en: 'moderate' },
  { value: 3, zh: '较强', tw: '較強', en: 'strong' },
  { value: 4, zh: '确凿', tw: '確鑿', en: 'conclusive' },
] as const satisfies readonly ScaleEntry<number>[];

export const VERDICTS = [
  { value: 'true', zh: '属实', tw: '屬實', en: 'true' },
  { value: 'mostly-true', zh: '基本属实', tw: '基本屬實', en: 'mostly true' },
  { value: 'half-true', zh: '部分属实', tw: '部分屬實', en: 'half true' },
  { value: 'misleading', zh: '有误导', tw: '有誤導', en: 'misleading' },
  { value: 'false', zh: '不实', tw: '不實', en: 'false' },
  { value: 'unproven', zh: '证据不足', tw: '證據不足', en: 'unproven' },
  { value: 'opinion', zh: '不适用(观点)', tw: '不適用（觀點）', en: 'not a factual claim' },
] as const satisfies readonly ScaleEntry<string>[];

export const STATUSES = [
  { value: 'to-check', zh: '待核查', tw: '待核查', en: 'to check' },
  { value: 'in-progress', zh: '核查中', tw: '核查中', en: 'in progress' },
  { value: 'needs-review', zh: '待复核', tw: '待複核', en: 'needs review' },
  { value: 'checked', zh: '已核查', tw: '已核查', en: 'checked' },
] as const satisfies readonly ScaleEntry<string>[];

export const STANCES = [
  { value: 'supports', zh: '支持', tw: '支持', en: 'supports' },
  { value: 'refutes', zh: '反驳', tw: '反駁', en: 'refutes' },
  { value: 'context', zh: '背景', tw: '背景', en: 'context' },
] as const satisfies readonly ScaleEntry<string>[];

export const RELIABILITIES = [
  { value: 'reliable', zh: '可靠', tw: '可靠', en: 'reliable' },
  { value: 'mixed', zh: '一般', tw: '一般', en: 'mixed' },
  { value: 'doubtful', zh: '存疑', tw: '存疑', en: 'doubtful' },
] as const satisfies readonly ScaleEntry<string>[];

type Values<T extends readonly { value: unknown }[]> = { [K in keyof T]: T[K]['value'] };
const values = <T extends readonly { value: unknown }[]>(scale: T): Values<T> =>
  scale.map((e) => e.value) as Values<T>;

export const STRENGTH_VALUES = values(STRENGTHS);
export const VERDICT_VALUES = values(VERDICTS);
export const STATUS_VALUES = values(STATUSES);
export const STANCE_VALUES = values(STANCES);
export const RELIABILITY_VALUES = values(RELIABILITIES);

export type Strength = (typeof STRENGTH_VALUES)[number];
export type Verdict = (typeof VERDICT_VALUES)[number];
export type ClaimStatus = (typeof STATUS_VALUES)[number];
export type Stance = (typeof STANCE_VALUES)[number];
export type Reliability = (typeof RELIABILITY_VALUES)[number];

/** A scale entry's label in a UI language (zh-CN, zh-TW or en). */
export const scaleText = (entry: { zh: string; tw: string; en: string }, lang: string): string => (lang === 'en' ? entry.en : lang === 'zh-TW' ? entry.tw : entry.zh);

/** The label of a scale value in one language; undefined for a value not on the scale. */
export function scaleLabel<V>(scale: readonly ScaleEntry<V>[], value: V, lang: 'zh-CN' | 'zh-TW' | 'en'): string | undefined {
  const entry = scale.find((e) => e.value === value);
  return entry && scaleText(entry, lang);
}
