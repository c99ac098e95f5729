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

// Printing is the long step; the shares follow the export bench (layout and images ≈ 15 %,
// printing ≈ 65 %, finding claims and writing annotations ≈ 20 %).
const SHARE: Record<ExportStage, [number, number]> = {
  prepare: [0, 0.05],
  images: [0.05, 0.15],
  print: [0.15, 0.8],
  annotate: [0.8, 0.98],
  save: [0.98, 1],
};

/** A fraction from 0 to 1 for a progress bar. */
export function progressFraction(p: ExportProgress): number {
  const [from, to] = SHARE[p.stage];
  const part = p.stage === 'images' ? p.images : p.stage === 'annotate' ? p.annotations : null;
  const within = part && part.total > 0 ? part.done / part.total : 0;
  return from + (to - from) * Math.min(1, within);
}
