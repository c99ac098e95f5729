// The codebook (标签体系): the tags claims are coded with, and the default one for tech articles.
import { z } from 'zod';
import { IdSchema, TimeSchema } from './ids';

export const TagColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i);
export const HotkeySchema = z.number().int().min(1).max(9).nullable();

export const TagSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  color: TagColorSchema,
  description: z.string(),
  /** The digit key that applies this tag to the selected claim, 1-9, or null. */
  hotkey: HotkeySchema,
  /** The parent tag when tags nest, or null at the top level. */
  parentId: IdSchema.nullable(),
  /** Order among siblings, ascending. */
  sortOrder: z.number().int(),
  createdAt: TimeSchema,
  createdBy: IdSchema,
});
export type Tag = z.infer<typeof TagSchema>;

const tagFields = {
  name: z.string().trim().min(1),
  color: TagColorSchema,
  description: z.string(),
  hotkey: HotkeySchema,
  parentId: IdSchema.nullable(),
};

export const NewTagSchema = z.object({
  ...tagFields,
  description: tagFields.description.default(''),
  hotkey: tagFields.hotkey.default(null),
  parentId: tagFields.parentId.default(null),
});
export type NewTag = z.input<typeof NewTagSchema>;

/** Only the fields given: no defaults, so changing the hotkey never clears the description. */
export const TagPatchSchema = z.object(tagFields).partial().strict();
export type TagPatch = z.infer<typeof TagPatchSchema>;

/** The default codebook for tech articles (product.md), seeded into every new project. */
export const DEFAULT_CODEBOOK: readonly { name: string; en: string; color: string; hotkey: number; description: string }[] = [
  { name: '数据', en: 'statistic', color: '#1f77b4', hotkey: 1, description: '数字、参数、用量等可核对的数据' },
  { name: '排名', en: 'ranking', color: '#ff7f0e', hotkey: 2, description: '名次、榜单、第几位' },
  { name: '比较', en: 'comparison', color: '#2ca02c', hotkey: 3, description: '与其他产品或时期的比较' },
  { name: '因果', en: 'causal', color: '#d62728', hotkey: 4, description: '把结果归于某个原因' },
  { name: '预测', en: 'prediction', color: '#9467bd', hotkey: 5, description: '对未来的判断' },
  { name: '引述', en: 'attribution/quote', color: '#8c564b', hotkey: 6, description: '引用某人或某机构的话' },
  { name: '未具名信源', en: 'unnamed source', color: '#e377c2', hotkey: 7, description: '“据报道”“有消息称”等未说明来源' },
  { name: '夸大', en: 'superlative', color: '#7f7f7f', hotkey: 8, description: '“最大”“最好”“第一”等最高级说法' },
  { name: '评价', en: 'opinion', color: '#17becf', hotkey: 9, description: '作者的评价与观点' },
];
