import { describe, expect, it } from 'vitest';
import {
  contentFarmIntro,
  imageAnnouncements,
  imageCredits,
  numberedSections,
  runRepostCleanups,
  type Segment,
} from './repost-cleanup';

const paras = (...lines: string[]): Segment[] => lines.map((text) => ({ kind: 'paragraph', text }));

describe('content-farm-intro', () => {
  it.each([
    ['今天小编分享的科技经验:腾讯的AI困局,欢迎阅读。', '腾讯的AI困局'],
    ['今天小编分享的汽车资讯:理想 MEGA 交付破万,欢迎阅读。', '理想 MEGA 交付破万'],
    ['小编为大家带来的数码知识:iPhone 16 值得买吗?,欢迎大家阅读!', 'iPhone 16 值得买吗?'],
  ])('takes the title out of "%s"', (line, title) => {
    const r = contentFarmIntro.apply(paras(line, '正文。'));
    expect(r.title).toBe(title);
    expect(r.segments).toEqual([{ kind: 'title', text: title }, { kind: 'paragraph', text: '正文。' }]);
  });

  it.each(['今天我们来聊聊腾讯的AI困局。', '小编觉得腾讯的AI困局值得一读'])('leaves an ordinary first line alone: %s', (line) => {
    expect(contentFarmIntro.apply(paras(line)).count).toBe(0);
  });
});

describe('numbered-sections', () => {
  it('joins "01" and a short line into one heading that keeps the number', () => {
    const r = numberedSections.apply(paras('前文。', '01', '及格边缘', '正文。'));
    expect(r.segments).toEqual([
      { kind: 'paragraph', text: '前文。' },
      { kind: 'heading', level: 2, text: '01 及格边缘' },
      { kind: 'paragraph', text: '正文。' },
    ]);
  });

  it.each([
    ['a number followed by a sentence', ['01', '基于腾讯混元大模型的 AI 产品,目前在 C 端的体验究竟怎样?']],
    ['a year on its own line', ['2024', '及格边缘']],
    ['a number at the very end', ['正文。', '03']],
  ])('does not make a heading from %s', (_story, lines) => {
    expect(numberedSections.apply(paras(...lines)).count).toBe(0);
  });
});

describe('image-credits', () => {
  it.each(['图源 / 量子位', '图片来源:视觉中国', '图源:网络'])('marks "%s" as a caption under a figure placeholder', (line) => {
    const r = imageCredits.apply(paras('排行榜如下。', line));
    expect(r.segments).toEqual([
      { kind: 'paragraph', text: '排行榜如下。' },
      { kind: 'figure', text: '' },
      { kind: 'caption', text: line },
    ]);
  });

  it('leaves a sentence that merely mentions an image source alone', () => {
    expect(imageCredits.apply(paras('图源是什么并不重要,重要的是数据本身是否可靠,以及它来自哪一份报告。')).count).toBe(0);
  });
});

describe('image-announcements', () => {
  it('puts a figure placeholder with the announced list after the sentence', () => {
    const r = imageAnnouncements.apply(paras('从上到下的模型分别是:元宝、Kimi、通义千问。', '可以看到……'));
    expect(r.segments).toEqual([
      { kind: 'paragraph', text: '从上到下的模型分别是:元宝、Kimi、通义千问。' },
      { kind: 'figure', text: '', alt: '元宝、Kimi、通义千问' },
      { kind: 'paragraph', text: '可以看到……' },
    ]);
  });

  it('also understands "从左到右依次为"', () => {
    const r = imageAnnouncements.apply(paras('从左到右依次为:豆包、文心一言。'));
    expect(r.segments[1]).toEqual({ kind: 'figure', text: '', alt: '豆包、文心一言' });
  });

  it('ignores sentences that announce nothing', () => {
    expect(imageAnnouncements.apply(paras('模型分别是元宝和 Kimi。')).count).toBe(0);
  });
});

describe('runRepostCleanups', () => {
  it('skips a disabled cleanup and reports it as not applied', () => {
    const r = runRepostCleanups(paras('01', '及格边缘'), ['numbered-sections']);
    expect(r.segments).toEqual(paras('01', '及格边缘'));
    expect(r.reports.find((x) => x.id === 'numbered-sections')).toEqual({ id: 'numbered-sections', applied: false, count: 0 });
  });
});
