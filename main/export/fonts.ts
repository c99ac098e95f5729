// Embeds the Noto Sans SC / Noto Serif SC subsets an export needs as data: URLs, so the printed
// PDF looks the same on every machine, whatever CJK fonts it has installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { facesFor, fontFaceCss, parseFontFaces, type FontFace } from '../../shared/export/font-faces';

const require = createRequire(import.meta.url);

/** The families and weights the layout uses (see shared/export/style.ts). */
const SOURCES = [
  { pkg: '@fontsource/noto-sans-sc', weights: [400, 700] },
  { pkg: '@fontsource/noto-serif-sc', weights: [400] },
];

let cached: { faces: FontFace[]; dirOf: Map<FontFace, string> } | null = null;

function allFaces() {
  if (cached) return cached;
  const faces: FontFace[] = [];
  const dirOf = new Map<FontFace, string>();
  for (const { pkg, weights } of SOURCES) {
    const dir = dirname(require.resolve(`${pkg}/400.css`));
    for (const w of weights) {
      for (const face of parseFontFaces(readFileSync(join(dir, `${w}.css`), 'utf8'))) {
        faces.push(face);
        dirOf.set(face, join(dir, 'files'));
      }
    }
  }
  cached = { faces, dirOf };
  return cached;
}

/** @font-face CSS with data: URLs for every subset that holds a character of `text`. */
export function embeddedFontCss(text: string): { css: string; bytes: number; faces: number } {
  const { faces, dirOf } = allFaces();
  const needed = facesFor(faces, text);
  let bytes = 0;
  const css = fontFaceCss(needed, (f) => {
    const data = readFileSync(join(dirOf.get(f)!, f.file));
    bytes += data.length;
    return `data:font/woff2;base64,${data.toString('base64')}`;
  });
  return { css, bytes, faces: needed.length };
}
