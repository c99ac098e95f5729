// The import pipeline's errors: a PizhuError whose message names the file and the problem in
// the user's language, from the `import.error.*` catalog keys.
import { PizhuError, type ErrorCode } from '../../shared/api/result';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export type ImportErrorCode = Extract<ErrorCode, 'bad-input' | 'unsupported' | 'io'>;

export function importError(
  code: ImportErrorCode,
  lang: Language,
  key: string,
  vars: Record<string, string | number>,
): PizhuError {
  return new PizhuError(code, translate(lang, `import.error.${key}`, vars));
}
