// Screenshots as the app and the CLI take them in: every image is checked by content and
// thumbnailed before anything is stored, so one bad file in a batch stores none of them.
import { PizhuError } from '../../shared/api/result';
import type { ScreenshotView } from '../../shared/api/contract';
import type { Language } from '../../shared/preferences';
import type { Comparison, NewComparison } from '../../shared/domain/comparison';
import { MAX_SCREENSHOTS, MIN_SCREENSHOTS } from '../../shared/comparison/model';
import { inspectImage, makeThumbnail } from '../images';
import type { ProjectStore } from '../project/store';

export interface ScreenshotFile {
  fileName: string;
  bytes: Uint8Array;
}

export type StoredScreenshot = ScreenshotView;

export async function attachScreenshots(store: ProjectStore, files: ScreenshotFile[], lang: Language): Promise<StoredScreenshot[]> {
  const prepared = [];
  for (const file of files) {
    const info = await inspectImage({ fileName: file.fileName, bytes: file.bytes, lang });
    const thumbnail = await makeThumbnail(file.bytes);
    prepared.push({ file, info, thumbnail });
  }
  return prepared.map(({ file, info, thumbnail }) => {
    const stored = store.addScreenshot(
      { bytes: file.bytes, mime: info.mime, width: info.width, height: info.height },
      { bytes: thumbnail.bytes, mime: thumbnail.mime, width: thumbnail.width, height: thumbnail.height },
    );
    return { fileName: file.fileName, ...stored, mime: info.mime, width: info.width, height: info.height };
  });
}

export interface ComparisonFromFiles {
  title: string;
  claimIds: string[];
  articleId?: string | null;
  images: (ScreenshotFile & { label: string; caption?: string; sourceUrl?: string; capturedAt?: string | null })[];
}

/** Checks the images and the comparison's shape first, then stores the screenshots and the comparison. */
export async function createComparison(store: ProjectStore, input: ComparisonFromFiles, lang: Language): Promise<Comparison> {
  const labels = input.images.map((i) => i.label.trim());
  if (labels.length < MIN_SCREENSHOTS || labels.length > MAX_SCREENSHOTS) {
    throw PizhuError.keyed('invalid-argument', 'project.comparisonSize', { min: MIN_SCREENSHOTS, max: MAX_SCREENSHOTS }, lang);
  }
  if (labels.some((l) => !l) || new Set(labels).size !== labels.length) {
    throw PizhuError.keyed('invalid-argument', 'project.comparisonLabels', {}, lang);
  }
  for (const id of input.claimIds) store.getClaim(id);
  const shots = await attachScreenshots(store, input.images, lang);
  const comparison: NewComparison = {
    title: input.title,
    claimIds: input.claimIds,
    articleId: input.articleId ?? null,
    items: input.images.map((img, i) => ({
      assetHash: shots[i]!.hash,
      thumbnailHash: shots[i]!.thumbnailHash,
      label: img.label,
      caption: img.caption ?? '',
      sourceUrl: img.sourceUrl ?? '',
      capturedAt: img.capturedAt ?? null,
    })),
  };
  return store.addComparison(comparison);
}
