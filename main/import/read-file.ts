// The import pipeline's one piece of I/O: reading the picked file, with the size limit checked
// before reading and the file system's errors turned into messages a user can act on.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PizhuError } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';
import { importError } from './errors';
import { checkSize } from './limits';

export async function readArticleFile(path: string, lang: Language = 'zh-CN'): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw importError('io', lang, 'notAFile', { file: fileName });
    checkSize(fileName, info.size, lang);
    return { fileName, bytes: new Uint8Array(await readFile(path)) };
  } catch (err) {
    if (err instanceof PizhuError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw importError('io', lang, 'notFound', { file: path });
    if (code === 'EACCES' || code === 'EPERM') throw importError('io', lang, 'noPermission', { file: path });
    if (code === 'EISDIR') throw importError('io', lang, 'notAFile', { file: fileName });
    throw importError('io', lang, 'readFailed', { file: path, detail: code ?? String(err) });
  }
}
