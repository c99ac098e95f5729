export const CLI_ENTRIES: Record<string, string>;
export function cliBundleFresh(outDir?: string): boolean;
export function buildCli(outDir?: string): Promise<{ outDir: string; files: number; inputs: number }>;
