// Test material for screenshot comparisons: small stand-in screenshots stored through the
// store (content-addressed like real ones) and a comparison of them backing some claims.
import type { Comparison } from '../../../shared/domain/comparison';
import type { ProjectStore } from '../store';

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n % 256, (n + 1) % 256, (n + 2) % 256]);

/** Stores screenshot `n` and its thumbnail; returns their hashes. */
export const storeShot = (store: ProjectStore, n: number) =>
  store.addScreenshot({ bytes: png(n), mime: 'image/png', width: 1200, height: 800 }, { bytes: png(n + 100), mime: 'image/webp', width: 320, height: 213 });

/** A comparison of two or more screenshots (元宝, Kimi, …) backing `claimIds`. */
export function addShotComparison(store: ProjectStore, claimIds: string[], { shots = 2, title = '元宝与 Kimi' } = {}): Comparison {
  const labels = ['元宝', 'Kimi', '通义千问', '豆包', '文心一言', '智谱清言'];
  return store.addComparison({
    title,
    claimIds,
    items: labels.slice(0, shots).map((label, i) => {
      const s = storeShot(store, i + 1);
      return { assetHash: s.hash, thumbnailHash: s.thumbnailHash, label };
    }),
  });
}
