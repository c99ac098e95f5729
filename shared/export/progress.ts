// How far a running export has come, as the app's dialog and the CLI's progress bar show it:
// images placed, pages laid out, annotations written. The same steps in every mode.

export type ExportStage = 'prepare' | 'images' | 'print' | 'annotate' | 'save';

export interface ExportProgress {
  stage: ExportStage;
  images: { done: number; total: number };
  /** Pages Chromium laid out; known once printing is done. */
  pages: number;
  annotations: { done: number; total: number };
}

export const startingProgress = (): ExportProgress => ({
  stage: 'prepare',
  images: { done: 0, total: 0 },
  pages: 0,
  annotations: { done: 0, total: 0 },
});

// Printing is the long step; the shares follow the export bench (layout ≈ 2 %, screenshots ≈ 10 %
// while Chromium starts on the page, printing ≈ 85 %, finding claims and writing annotations ≈ 2 %).
const SHARE: Record<ExportStage, [number, number]> = {
  prepare: [0, 0.02],
  images: [0.02, 0.12],
  print: [0.12, 0.97],
  annotate: [0.97, 0.99],
  save: [0.99, 1],
};

/** A fraction from 0 to 1 for a progress bar. */
export function progressFraction(p: ExportProgress): number {
  const [from, to] = SHARE[p.stage];
  const part = p.stage === 'images' ? p.images : p.stage === 'annotate' ? p.annotations : null;
  const within = part && part.total > 0 ? part.done / part.total : 0;
  return from + (to - from) * Math.min(1, within);
}
