import { describe, expect, it } from 'vitest';
import { NEUTRAL_COLOR, claimColor, claimStripes, paperTint, rgbComponents, stripesCss } from './claim-color';

const codebook = [
  { id: 'statistic', color: '#1f77b4' },
  { id: 'ranking', color: '#ff7f0e' },
  { id: 'opinion', color: '#17becf' },
];

describe('the claim colour rule', () => {
  it('gives a claim tagged 评价 then 数据 the colour of 数据, which comes first in the codebook', () => {
    expect(claimColor({ tagIds: ['opinion', 'statistic'], verdict: null }, codebook)).toBe('#1f77b4');
    expect(claimColor({ tagIds: ['statistic', 'opinion'], verdict: null }, codebook)).toBe('#1f77b4');
  });

  it('follows the codebook when its order changes', () => {
    expect(claimColor({ tagIds: ['opinion', 'statistic'], verdict: null }, [...codebook].reverse())).toBe('#17becf');
  });

  it('shows an untagged claim, or one whose tag is gone, in highlighter yellow', () => {
    expect(claimColor({ tagIds: [], verdict: 'true' }, codebook)).toBe(NEUTRAL_COLOR);
    expect(claimColor({ tagIds: ['deleted'], verdict: null }, codebook)).toBe(NEUTRAL_COLOR);
  });

  it('colours by verdict when the reader asks for it', () => {
    expect(claimColor({ tagIds: ['statistic'], verdict: 'false' }, codebook, 'verdict')).toBe('#c62828');
    expect(claimColor({ tagIds: ['statistic'], verdict: null }, codebook, 'verdict')).toBe(NEUTRAL_COLOR);
  });
});

describe('the printed tint', () => {
  it('is the colour at 35 % over white paper', () => {
    expect(paperTint('#1f77b4')).toBe('#b1cfe5');
    expect(paperTint('#000000')).toBe('#a6a6a6');
    expect(paperTint('#ffffff')).toBe('#ffffff');
  });

  it('turns anything but #rrggbb into the neutral colour, so a colour cannot break out of a style', () => {
    expect(paperTint('red;background:url(x)')).toBe(paperTint(NEUTRAL_COLOR));
  });

  it('gives PDF colour components from 0 to 1', () => {
    expect(rgbComponents('#ff8000')).toEqual([1, 0.502, 0]);
  });
});

describe('the split underline of a claim with several tags', () => {
  it('shows each of its tags’ colours in codebook order, whatever order they were applied in', () => {
    expect(claimStripes({ tagIds: ['opinion', 'statistic'] }, codebook)).toEqual(['#1f77b4', '#17becf']);
    expect(stripesCss(['#1f77b4', '#17becf'])).toBe('repeating-linear-gradient(90deg, #1f77b4 0px 6px, #17becf 6px 12px)');
  });

  it('is not drawn for one tag, no tag, or colours by verdict', () => {
    expect(claimStripes({ tagIds: ['opinion'] }, codebook)).toEqual([]);
    expect(claimStripes({ tagIds: [] }, codebook)).toEqual([]);
    expect(claimStripes({ tagIds: ['opinion', 'statistic'] }, codebook, 'verdict')).toEqual([]);
    expect(stripesCss([])).toBe('none');
  });

  it('lets no colour that is not #rrggbb into a style', () => {
    expect(stripesCss(['red;background:url(x)', '#17becf'])).toBe(`repeating-linear-gradient(90deg, ${NEUTRAL_COLOR} 0px 6px, #17becf 6px 12px)`);
  });
});
