// The image checks' errors: a PizhuError('bad-input') whose message names the file, the problem
// and the limit in the user's language, from the `image.error.*` catalog keys.
import { PizhuError } from '../../shared/api/result';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export type ImageErrorKey = 'empty' | 'tooLarge' | 'tooManyPixels' | 'tooSmall' | 'svg' | 'otherFormat' | 'unknownFormat' | 'damaged';

export function imageError(lang: Language, key: ImageErrorKey, vars: Record<string, string | number>): PizhuError {
  return new PizhuError('bad-input', translate(lang, `image.error.${key}`, vars));
}
