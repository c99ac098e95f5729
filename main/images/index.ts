// The screenshot backend of comparisons: checking an incoming image, its thumbnail, and the
// pixel difference of two captures. No storage and no UI here; those call in.
export { inspectImage, type InspectInput } from './inspect';
export { makeThumbnail, THUMBNAIL_SIZE, type Thumbnail } from './thumbnail';
export { pixelDiff, type PixelDiff, type PixelDiffOptions } from './pixel-diff';
export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MIN_IMAGE_SIDE } from './limits';
