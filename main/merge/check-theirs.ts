// Before anything of theirs is used: it opens as a project (lock-free read-only open with the
// structure check), belongs to the same project as mine, and is not newer than this build.
import { PizhuError } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { SCHEMA_VERSION } from '../project/format';
import { ProjectStore } from '../project/store';

export function checkTheirs(theirsPath: string, projectId: string, minePath: string, lang: Language, author: Author): void {
  const theirs = ProjectStore.open(theirsPath, { author, lang, readOnly: true });
  try {
    const t = theirs.info();
    const refuse = (key: string, vars: Record<string, string | number>) => {
      throw new PizhuError('invalid-argument', translate(lang, `merge.${key}`, { mine: minePath, theirs: theirsPath, ...vars }));
    };
    if (t.id !== projectId) refuse('differentProject', { mineId: projectId, theirsId: t.id });
    if (t.schemaVersion > SCHEMA_VERSION) refuse('newerProject', { version: t.schemaVersion });
  } finally {
    theirs.close();
  }
}
