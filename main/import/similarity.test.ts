import { describe, expect, it } from 'vitest';
import { shingles, similarity } from './similarity';

describe('how alike two article texts are', () => {
  const text = '在 10 月国内 Web 端 AI 助手的排行榜上，腾讯的 AI 产品元宝仅排在了第 11 位，月访问量不到 200 万。';
  it('ignores spacing and punctuation, and counts 𠮷 as one character and emoji not at all', () => {
    expect(similarity(shingles(text), shingles(text.replace(/\s+/g, '').replace(/，/g, ',')))).toBe(1);
    expect(shingles('𠮷野家😀好吃')).toEqual(new Set(['𠮷野家好', '野家好吃']));
  });
  it('scores an edited copy high and an unrelated text low', () => {
    expect(similarity(shingles(text), shingles(text.replace('第 11 位', '第 12 位')))).toBeGreaterThan(0.8);
    expect(similarity(shingles(text), shingles('苹果发布 M4 芯片，性能提升百分之五十。'))).toBeLessThan(0.1);
  });
});
