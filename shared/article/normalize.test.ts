import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['turns CRLF, CR and line separators into LF', 'a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
    ['turns NBSP into a plain space', '混元\u00a0Large', '混元 Large'],
    ['removes zero-width spaces and BOMs', '\ufeff腾\u200b讯', '腾讯'],
    ['keeps the zero-width joiner inside a family emoji', '一家人 👨‍👩‍👧', '一家人 👨‍👩‍👧'],
    ['trims spaces at line ends', '第一行  \n第二行\t', '第一行\n第二行'],
    ['collapses runs of blank lines to one', 'a\n\n\n\n  \nb', 'a\n\nb'],
    ['drops blank lines at both ends', '\n\n正文\n\n', '正文'],
    ['keeps padded quotes, half-width punctuation and traditional characters', '" 双修 " 领網域,軟體', '" 双修 " 领網域,軟體'],
  ])('%s', (_story, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('never changes a visible character the author wrote', () => {
    const visible = fc.string({ unit: fc.constantFrom('腾', '讯', 'A', ',', ',', '“', '"', '網', '𠮷', '👍🏽', ' ', '\n') });
    fc.assert(
      fc.property(visible, (s) => normalizeText(s).replace(/\s/g, '') === s.replace(/\s/g, '')),
    );
  });
});
