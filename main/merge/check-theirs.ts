// Before anything of theirs is used: it is a project file, belongs to the same project as mine,
// and is not newer than this build. Its SQLite header says the first and last; a file that is not
// plainly a project at rest (not ours, cut off, a crash's journal beside it) goes through the full
// read-only open, which says what is wrong in the user's words. A merge reads only a few pages of
// theirs, so it does not check every page the way opening a project does; SQLite still refuses
// any damaged page it reads.
import { existsSync } from 'node:fs';
import { PizhuError } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import { classifyFile, SCHEMA_VERSION } from '../project/format';
import { ProjectStore } from '../project/store';

const refusal = (lang: Language, key: string, vars: Record<string, string | number>) =>
  PizhuError.keyed('invalid-argument', `merge.${key}`, vars, lang);

/** Refuses theirs unless it is a project file at rest that this build can read. */
export function checkTheirsFile(theirsPath: string, minePath: string, lang: Language, author: Author): void {
  const kind = existsSync(theirsPath) ? classifyFile(theirsPath) : null;
  if (kind?.kind !== 'pizhu' || kind.userVersion === 0 || existsSync(`${theirsPath}-journal`)) {
    // Throws the open's own error; a file it accepts after all is then read like any other.
    ProjectStore.open(theirsPath, { author, lang, readOnly: true }).close();
  }
  const version = kind?.kind === 'pizhu' ? kind.userVersion : SCHEMA_VERSION;
  if (version > SCHEMA_VERSION) throw refusal(lang, 'newerProject', { mine: minePath, theirs: theirsPath, version });
}

/** Refuses a copy of another project. */
export function checkSameProject(mineId: string, theirsId: string, minePath: string, theirsPath: string, lang: Language): void {
  if (theirsId !== mineId) throw refusal(lang, 'differentProject', { mine: minePath, theirs: theirsPath, mineId, theirsId });
}
