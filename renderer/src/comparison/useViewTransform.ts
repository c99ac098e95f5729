// One zoom-and-pan shared by every pane of a comparison, so the screenshots move together:
// wheel or pinch to zoom about the pointer, drag to pan, fit and 100%.
import { useCallback, useState } from 'react';

export interface ViewTransform {
  scale: number;
  x: number;
  y: number;
}

const clampScale = (s: number) => Math.min(8, Math.max(0.05, s));

export function useViewTransform() {
  const [view, setView] = useState<ViewTransform>({ scale: 1, x: 0, y: 0 });

  /** Zooms by `factor` keeping the point (px, py) of the pane fixed. */
  const zoomAt = useCallback((factor: number, px = 0, py = 0) => {
    setView((v) => {
      const scale = clampScale(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k };
    });
  }, []);

  const panBy = useCallback((dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy })), []);

  /** Scale so an image `width` wide fits a pane `paneWidth` wide. */
  const fit = useCallback((width: number, paneWidth: number) => setView({ scale: clampScale(paneWidth / Math.max(1, width)), x: 0, y: 0 }), []);
  const actualSize = useCallback(() => setView({ scale: 1, x: 0, y: 0 }), []);

  return { view, zoomAt, panBy, fit, actualSize };
}
