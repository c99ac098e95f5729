// Images found inside an imported page or document (data: URIs, a .docx's pictures) go through
// the same check as screenshots (main/images/inspect.ts): by content, never by their declared
// type, with every pixel decoded. SVG is never kept (it can carry scripts and references), nor
// is anything the check refuses: its figure stays, with its alt text, without the picture, and
// the preview says why. What is kept is stored under the type its bytes show.
import type { ArticleContent } from '../../shared/article/model';
import { PizhuError } from '../../shared/api/result';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { inspectImage } from '../images';
import type { EmbeddedImage } from './images';

export interface CheckedImages {
  content: ArticleContent;
  images: EmbeddedImage[];
  warnings: string[];
}

export async function checkEmbeddedImages(content: ArticleContent, images: EmbeddedImage[], fileName: string, lang: Language): Promise<CheckedImages> {
  const kept: EmbeddedImage[] = [];
  const dropped = new Set<string>();
  const warnings: string[] = [];
  for (const image of images) {
    try {
      const info = await inspectImage({ fileName, bytes: image.bytes, lang });
      kept.push({ ...image, mime: info.mime });
    } catch (err) {
      if (!(err instanceof PizhuError)) throw err;
      dropped.add(image.hash);
      warnings.push(
        err.key === 'image.error.svg'
          ? translate(lang, 'import.warning.svgImage', { file: fileName })
          : translate(lang, 'import.warning.refusedImage', { file: fileName, detail: err.wordedIn(lang) }),
      );
    }
  }
  if (dropped.size === 0) return { content, images: kept, warnings };
  const blocks = content.blocks.map((b) => {
    if (b.assetHash === undefined || !dropped.has(b.assetHash)) return b;
    const { assetHash: _dropped, ...rest } = b;
    return rest;
  });
  return { content: { ...content, blocks }, images: kept, warnings };
}
