// The shape every UI string catalog has: that of the Simplified Chinese one, with string leaves.
import type { zhCN } from './zh-CN';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalog = Widen<typeof zhCN>;
