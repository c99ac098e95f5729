export interface Need {
  id: 'chromium' | 'cjkFont' | 'pdftotext' | 'qpdf';
  what: string;
  apt: string;
  brew: string;
}
export const NEEDS: Need[];
export interface SetupFacts {
  platform: string;
  isRoot: boolean;
  hasAptGet: boolean;
  found: Record<string, boolean>;
}
export type SetupPlan = { action: 'ok' } | { action: 'install' | 'stop'; missing: string[]; commands: string[]; message: string };
export function setupPlan(facts: SetupFacts): SetupPlan;
