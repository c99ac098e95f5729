// Picks, from @fontsource's @font-face CSS, only the subsets an export's text needs. The Noto
// CJK families come as ~100 woff2 subsets per weight (each with a unicode-range); a report uses a
// few dozen, so embedding just those keeps the HTML small and the print fast.
import { CodePointIndex } from '../text/codepoints';

export interface FontFace {
  family: string;
  weight: number;
  /** The woff2 file's name, relative to the package's files/ folder. */
  file: string;
  ranges: [number, number][];
}

export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!family || !file || !range || !weight) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
    });
    faces.push({ family, weight, file, ranges });
  }
  return faces;
}

/** The faces whose unicode-range holds at least one code point of `text`. */
export function facesFor(faces: readonly FontFace[], text: string): FontFace[] {
  const used = new Set<number>();
  for (const ch of new CodePointIndex(text).text) used.add(ch.codePointAt(0)!);
  const points = [...used];
  return faces.filter((f) => points.some((p) => f.ranges.some(([lo, hi]) => p >= lo && p <= hi)));
}

/** @font-face rules for `faces`, each with its font as the URL `urlOf` gives. */
export function fontFaceCss(faces: readonly FontFace[], urlOf: (f: FontFace) => string): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};src:url(${urlOf(f)}) format('woff2');unicode-range:${f.ranges
          .map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`))
          .join(',')};}`,
    )
    .join('\n');
}
