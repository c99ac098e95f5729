// The image checks' errors: a keyed PizhuError('bad-input') (`image.error.*`) naming the file, the
// problem and the limit, worded where it is shown in the user's language of that moment.
import { PizhuError, type PhraseVars } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';

export type ImageErrorKey = 'empty' | 'tooLarge' | 'tooManyPixels' | 'tooSmall' | 'svg' | 'otherFormat' | 'unknownFormat' | 'damaged';

export function imageError(lang: Language, key: ImageErrorKey, vars: PhraseVars): PizhuError {
  return PizhuError.keyed('bad-input', `image.error.${key}`, vars, lang);
}
