// Test helper for the crash-safety test: adds claims to a project as fast as it can and prints
// each claim's id on stdout once its transaction has committed. The test kills it at random.
import { ProjectStore } from '../store';
import { anchorOf, CHECKER, SAMPLE_TEXT } from './fixtures';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-writer.ts PROJECT');
const store = ProjectStore.open(path, { author: CHECKER });
const [article] = store.listArticles();
const anchors = ['389B', '52B', '据报道', '第 11 位', '200 万'].map((q) => anchorOf(SAMPLE_TEXT, q));
const [tag] = store.listTags();
for (let i = 0; ; i++) {
  const claim = store.addClaim({
    articleId: article!.id,
    anchor: anchors[i % anchors.length]!,
    note: { json: '', text: `第 ${i} 条 ${'核查记录'.repeat(i % 50)}` },
    tagIds: [tag!.id],
  });
  if (i % 3 === 0) store.addEvidence(claim.id, { title: `证据 ${i}`, quote: '引文'.repeat(i % 200) });
  process.stdout.write(`${claim.id}\n`);
}
