import { describe, expect, it } from 'vitest';
import { parseImageArg } from './index';

describe('the CLI argument LABEL=PATH', () => {
  it('splits 元宝=/path/to/a.png into label and path', () => {
    expect(parseImageArg('元宝=/path/to/a.png', 'zh-CN')).toEqual({ label: '元宝', path: '/path/to/a.png' });
  });

  it('keeps an = inside the path, the label ending at the first one', () => {
    expect(parseImageArg('Kimi=./shots/q=1.png', 'en')).toEqual({ label: 'Kimi', path: './shots/q=1.png' });
  });

  it('says what is wrong with an argument that has no =', () => {
    expect(() => parseImageArg('./a.png', 'en')).toThrow(expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining('“./a.png” has no “=”') }));
  });

  it('refuses an empty label, in Chinese for a Chinese UI', () => {
    expect(() => parseImageArg('=./a.png', 'zh-CN')).toThrow(expect.objectContaining({ message: expect.stringContaining('标签为空') }));
  });

  it('refuses an empty path', () => {
    expect(() => parseImageArg('通义千问= ', 'en')).toThrow(expect.objectContaining({ message: expect.stringContaining('empty path') }));
  });
});
