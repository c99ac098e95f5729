import { describe, expect, it } from 'vitest';
import { ComparisonSchema, hexOf, MAX_SCREENSHOTS, REGION_COLOURS, regionColourAt, reorder } from './index';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const shot = (label: string, n: number) => ({ image: hash(n), label });

describe('the rules of a screenshot comparison', () => {
  const threeAssistants = {
    title: '同一个问题,三个助手的回答',
    screenshots: [
      { ...shot('元宝', 1), caption: '元宝的回答', sourceUrl: 'https://yuanbao.tencent.com/chat', capturedAt: '2024-11-05T10:30:00+08:00' },
      shot('Kimi', 2),
      shot('通义千问', 3),
    ],
  };

  it('holds Yuanbao, Kimi and Tongyi side by side, filling in empty captions and regions', () => {
    const parsed = ComparisonSchema.parse(threeAssistants);
    expect(parsed.screenshots.map((s) => s.label)).toEqual(['元宝', 'Kimi', '通义千问']);
    expect(parsed.screenshots[1]).toMatchObject({ caption: '', regions: [] });
  });

  it('needs at least two screenshots to compare', () => {
    expect(ComparisonSchema.safeParse({ title: '一张', screenshots: [shot('元宝', 1)] }).success).toBe(false);
  });

  it(`holds at most ${MAX_SCREENSHOTS} screenshots`, () => {
    const seven = Array.from({ length: 7 }, (_, i) => shot(`助手 ${i}`, i));
    expect(ComparisonSchema.safeParse({ title: '七张', screenshots: seven }).success).toBe(false);
    expect(ComparisonSchema.safeParse({ title: '六张', screenshots: seven.slice(0, 6) }).success).toBe(true);
  });

  it('refuses two screenshots with the same label', () => {
    expect(ComparisonSchema.safeParse({ title: '重复', screenshots: [shot('Kimi', 1), shot(' Kimi ', 2)] }).success).toBe(false);
  });

  it('refuses a blank label, a non-web source and a capture time without its UTC offset', () => {
    const withFirst = (patch: object) => ({ ...threeAssistants, screenshots: [{ ...threeAssistants.screenshots[0], ...patch }, shot('Kimi', 2)] });
    expect(ComparisonSchema.safeParse(withFirst({ label: '  ' })).success).toBe(false);
    expect(ComparisonSchema.safeParse(withFirst({ sourceUrl: 'file:///etc/passwd' })).success).toBe(false);
    expect(ComparisonSchema.safeParse(withFirst({ capturedAt: '2024-11-05 10:30' })).success).toBe(false);
  });
});

describe('reordering screenshots', () => {
  const labels = ['元宝', 'Kimi', '通义千问'];

  it('moves Tongyi to the front', () => {
    expect(reorder(labels, 2, 0)).toEqual(['通义千问', '元宝', 'Kimi']);
  });

  it('moves Yuanbao to the end without changing the original', () => {
    expect(reorder(labels, 0, 2)).toEqual(['Kimi', '通义千问', '元宝']);
    expect(labels).toEqual(['元宝', 'Kimi', '通义千问']);
  });

  it('refuses a position outside the list', () => {
    expect(() => reorder(labels, 0, 3)).toThrow(RangeError);
    expect(() => reorder(labels, -1, 0)).toThrow(RangeError);
  });
});

describe('region colours', () => {
  it('gives neighbouring regions different colours and wraps around the palette', () => {
    expect(regionColourAt(0)).not.toBe(regionColourAt(1));
    expect(regionColourAt(REGION_COLOURS.length)).toBe(regionColourAt(0));
    expect(hexOf(regionColourAt(1))).toMatch(/^#[0-9A-F]{6}$/);
  });
});
