import { describe, expect, it } from 'vitest';
import { CodePointIndex } from './codepoints.ts';
import { snapToWords } from './segment.ts';

/** Selects the `nth` occurrence of `selected` in `text` and returns the snapped wording. */
function snapSelection(text: string, selected: string, nth = 0): string | null {
  const index = new CodePointIndex(text);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(selected, at + 1);
  const start = index.toCodePoint(at);
  const span = snapToWords(text, start, start + [...selected].length);
  return span && index.slice(span.start, span.end);
}

const CLAIM = '腾讯宣布开源 MoE 大语言模型混元 Large,总参数量 389B,激活参数量 52B。';

describe('snapping a selection to whole words', () => {
  it('completes a Chinese word cut at either end', () => {
    expect(snapSelection(CLAIM, '数量 389')).toBe('参数量 389B');
  });

  it('completes a Latin word and a Chinese word in mixed text', () => {
    expect(snapSelection(CLAIM, 'oE 大语')).toBe('MoE 大语言');
  });

  it('leaves a selection that already falls on word boundaries alone', () => {
    expect(snapSelection(CLAIM, '激活参数量 52B')).toBe('激活参数量 52B');
  });

  it('trims the spaces padding a selection', () => {
    expect(snapSelection(CLAIM, ' MoE ')).toBe('MoE');
  });

  it('never grows into the next line when a selection ends on a line break', () => {
    expect(snapSelection('元宝的表现\n首先来看看文本总结。', '表现\n')).toBe('表现');
  });

  it('never grows into the previous line when a selection starts on a line break', () => {
    expect(snapSelection('第一行参数\n模型分别是', '\n模')).toBe('模型');
  });

  it('keeps a family emoji whole when a selection starts between its people', () => {
    const text = '一家三口👨‍👩‍👧都用元宝';
    const index = new CodePointIndex(text);
    // The emoji is 👨 ZWJ 👩 ZWJ 👧 at code points 4-8; code point 6 is 👩, the mother.
    const span = snapToWords(text, 6, 10);
    expect(span).toEqual({ start: 4, end: 10 });
    expect(index.slice(span!.start, span!.end)).toBe('👨‍👩‍👧都');
  });

  it('counts offsets in code points after 𠮷', () => {
    const text = '吉野家的𠮷字,总参数量 389B';
    expect(snapToWords(text, 9, 11)).toEqual({ start: 8, end: 11 });
  });

  it('returns nothing for a selection of only whitespace, or an empty one', () => {
    expect(snapSelection('元宝 \n 通义', ' \n ')).toBeNull();
    expect(snapToWords('元宝', 1, 1)).toBeNull();
  });

  it('rejects a selection outside the text', () => {
    expect(() => snapToWords('元宝', 1, 3)).toThrow(RangeError);
  });
});
