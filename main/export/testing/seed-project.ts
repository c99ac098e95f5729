// A project built from the seed article, as an editor would leave it after a session: claims of
// every tag and verdict, one nested inside another, notes, evidence with links. Shared by the
// export tests and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImport } from '../../import';
import { ProjectStore } from '../../project/store';
import { anchorOf, CHECKER, EDITOR } from '../../project/testing/fixtures';
import { packageRoot } from '../../services/package-root';
import type { NewClaim } from '../../../shared/domain/claim';
import type { Verdict } from '../../../shared/domain/scales';

export const SEED_URL = 'https://www.example.com/news/tencent-ai';

export interface SeedClaim {
  exact: string;
  tag: string;
  verdict: Verdict | null;
  strength: number | null;
  note: string;
  evidenceUrl?: string;
}

/** Claims on the seed article; 总参数量 389B sits inside the longer parameter claim. */
export const SEED_CLAIMS: SeedClaim[] = [
  { exact: '业界参数规模最大、效果最好', tag: '夸大', verdict: 'misleading', strength: 1, note: '“最大”只在开源 MoE 模型中成立。' },
  { exact: '总参数量 389B,激活参数量 52B', tag: '数据', verdict: 'true', strength: 4, note: '与技术报告一致。', evidenceUrl: 'https://arxiv.org/abs/2411.02265' },
  { exact: '总参数量 389B', tag: '比较', verdict: 'mostly-true', strength: 3, note: '嵌套论断:只核总参数量。' },
  { exact: '仅排在了第 11 位,月访问量不到 200 万', tag: '排名', verdict: 'half-true', strength: 2, note: '榜单口径 "Web 端",不含 App。', evidenceUrl: 'https://www.example.org/ranking?month=10&a=1' },
  { exact: '平庸到毫无 " 特色 " 的存在', tag: '评价', verdict: 'opinion', strength: null, note: '作者观点,不作核查。' },
];

export const seedText = (): string => readFileSync(join(packageRoot(), 'fixtures/articles/seed-tencent-ai.txt'), 'utf8');

/** Imports the seed into a new project at `path`, with SEED_CLAIMS (or `claims`) on it. */
export async function seedProject(path: string, claims: SeedClaim[] = SEED_CLAIMS): Promise<ProjectStore> {
  const preview = await previewImport({ fileName: 'seed-tencent-ai.txt', bytes: new TextEncoder().encode(seedText()), lang: 'zh-CN' });
  const content = { ...preview.content, source: { ...preview.content.source, url: SEED_URL, publisher: '量子位', author: '小编', publishedAt: '2024-11-20' } };
  const store = ProjectStore.create(path, { title: '腾讯 AI 困局核查', author: EDITOR });
  const article = store.addArticle(content);
  const tags = new Map(store.listTags().map((t) => [t.name, t.id]));
  for (const c of claims) {
    const input: NewClaim = {
      articleId: article.id,
      anchor: anchorOf(article.content.text, c.exact),
      tagIds: c.tag ? [tags.get(c.tag)!] : [],
      verdict: c.verdict,
      strength: c.strength,
      status: c.verdict ? 'checked' : 'to-check',
      note: { json: '', text: c.note },
    };
    const claim = store.addClaim(input);
    if (c.evidenceUrl) store.addEvidence(claim.id, { title: '来源', url: c.evidenceUrl, publisher: '腾讯', stance: 'supports', reliability: 'reliable' });
  }
  return store;
}

export { CHECKER, EDITOR };
