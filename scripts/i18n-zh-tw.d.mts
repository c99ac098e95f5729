export const ZH_TW_FILE: string;
export type Overrides = readonly (readonly [simplified: string, taiwan: string, why: string])[];
export function makeConverter(overrides: Overrides): (text: string) => string;
export function renderZhTW(zhCN: object, overrides: Overrides): string;
export function loadSources(): Promise<{ zhCN: object; overrides: Overrides }>;
