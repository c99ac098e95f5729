import { describe, expect, it } from 'vitest';
import { importFixture, textsOf } from './fixtures';

describe('importing Markdown', () => {
  it('takes title, author, date, URL and publisher from the front matter', async () => {
    const p = await importFixture('hunyuan-large.md');
    expect(p.format).toBe('markdown');
    expect(p.content.title).toBe('混元 Large 开源:参数最大等于效果最好吗');
    expect(p.content.source).toEqual({
      author: '陈一',
      publishedAt: '2024-11-06',
      url: 'https://blog.example.cn/hunyuan-large',
      publisher: '模型观察',
      fileName: 'hunyuan-large.md',
    });
  });

  it('maps headings, nested lists, quotes, images, code and links to the same blocks as a web page', async () => {
    const p = await importFixture('hunyuan-large.md');
    expect(p.content.blocks[0]).toMatchObject({ kind: 'title', start: 0 });
    expect(textsOf(p, 'title')).toEqual(['混元 Large 开源:参数最大等于效果最好吗']);
    expect(textsOf(p, 'heading')).toEqual(['官方给出的数字']);
    expect(p.content.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.level, b.ordered])).toEqual([
      [1, true],
      [1, true],
      [2, false],
    ]);
    expect(textsOf(p, 'quote')).toEqual(['参数规模与效果之间并没有简单的对应关系。']);
    expect(p.content.blocks.find((b) => b.kind === 'figure')).toMatchObject({ alt: '混元 Large 评测成绩表' });
    expect(textsOf(p, 'code')).toEqual(['python infer.py --model hunyuan-large']);
    const link = p.content.links[0]!;
    expect([...p.content.text].slice(link.start, link.end).join('')).toBe('官方公告');
  });

  it('decodes entities and keeps embedded scripts out', async () => {
    const p = await importFixture('hunyuan-large.md');
    expect(p.content.text).toContain('包含 & 实体');
    expect(p.content.text).not.toContain('alert');
  });
});

describe('importing a Word document', () => {
  it('makes the first Heading 1 the title and maps headings, paragraphs and a bulleted list', async () => {
    const p = await importFixture('hunyuan-large.docx');
    expect(p.format).toBe('docx');
    expect(p.content.title).toBe('混元 Large 的开源账本');
    expect(p.content.text).toBe(
      [
        '混元 Large 的开源账本',
        '11 月 5 日,腾讯宣布开源 MoE 大语言模型混元 Large,总参数量 389B,激活参数量 52B。',
        '关键数字',
        '上下文长度 256K',
        '训练数据 7T tokens',
        '这些数字都来自腾讯的官方发布,尚无第三方复现。',
      ].join('\n'),
    );
    expect(p.content.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'list-item', 'list-item', 'paragraph']);
    expect(p.content.blocks[3]).toMatchObject({ level: 1, ordered: false });
  });
});
