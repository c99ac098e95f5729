// Test helper for the crash test: edits a project as fast as it can with every kind of write the
// app makes (a claim added, a claim updated, a tag toggled, evidence added and updated, a
// suggestion dismissed (a project setting), a comparison with screenshots added). Before each write it prints `intent {json}`, after its
// transaction commits `ack {json}`; the test kills it at random and checks that every
// acknowledged write is in the file. Usage: crash-writer PROJECT FIRST_SEQ SEED
// The test starts it ahead of time; it opens the project only when a line arrives on stdin.
import { ProjectStore } from '../store';
import { anchorOf, CHECKER, SAMPLE_TEXT } from './fixtures';

const [path, firstSeq, seedArg] = process.argv.slice(2);
if (!path || !firstSeq || !seedArg) throw new Error('usage: crash-writer PROJECT FIRST_SEQ SEED');

/** A small deterministic generator (mulberry32), so a failing run can be repeated from its seed. */
let seed = Number(seedArg) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const say = (line: string, data: object) => process.stdout.write(`${line} ${JSON.stringify(data)}\n`);

await new Promise((resolve) => process.stdin.once('data', resolve));
const store = ProjectStore.open(path, { author: CHECKER });
const [article] = store.listArticles();
const tags = store.listTags().slice(0, 4).map((t) => t.id);
const anchors = ['389B', '52B', '据报道', '第 11 位', '200 万'].map((q) => anchorOf(SAMPLE_TEXT, q));
// Targets for updates: the latest claims and evidence, so startup stays fast as the file grows.
const claims = store.listClaims(article!.id).slice(-30).map((c) => ({ id: c.id, tagIds: c.tagIds }));
const evidence = claims.flatMap((c) => store.listEvidence(c.id).map((e) => e.id));

function pixel(n: number): Uint8Array {
  const bytes = new Uint8Array(256);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (n * 31 + i) & 0xff;
  return bytes;
}

for (let seq = Number(firstSeq); ; seq++) {
  const roll = random();
  const claim = pick(claims);
  if (!claim || roll < 0.25) {
    say('intent', { op: 'addClaim' });
    const added = store.addClaim({ articleId: article!.id, anchor: pick(anchors)!, note: { json: '', text: 'n0' }, tagIds: [tags[0]!] });
    claims.push({ id: added.id, tagIds: added.tagIds });
    say('ack', { op: 'addClaim', id: added.id, note: 'n0', tagIds: added.tagIds });
  } else if (roll < 0.45) {
    say('intent', { op: 'updateClaim', id: claim.id, note: `u${seq}` });
    store.updateClaim(claim.id, { note: { json: '', text: `u${seq}` }, strength: seq % 5 });
    say('ack', { op: 'updateClaim', id: claim.id, note: `u${seq}` });
  } else if (roll < 0.65) {
    const tagId = pick(tags)!;
    const on = !claim.tagIds.includes(tagId);
    say('intent', { op: 'toggleTag', id: claim.id, tagId, on });
    claim.tagIds = on ? [...claim.tagIds, tagId] : claim.tagIds.filter((t) => t !== tagId);
    store.updateClaim(claim.id, { tagIds: claim.tagIds });
    say('ack', { op: 'toggleTag', id: claim.id, tagId, on });
  } else if (roll < 0.8) {
    say('intent', { op: 'addEvidence', claimId: claim.id });
    const item = store.addEvidence(claim.id, { title: `证据 ${seq}`, quote: `q${seq}` });
    evidence.push(item.id);
    say('ack', { op: 'addEvidence', id: item.id, quote: `q${seq}` });
  } else if (roll < 0.92 && evidence.length > 0) {
    const id = pick(evidence)!;
    say('intent', { op: 'updateEvidence', id, quote: `q${seq}` });
    store.updateEvidence(id, { quote: `q${seq}` });
    say('ack', { op: 'updateEvidence', id, quote: `q${seq}` });
  } else if (roll < 0.96) {
    const key = `${article!.id}:${seq}:${seq + 2}:据报道`;
    say('intent', { op: 'dismissSuggestion', id: key });
    store.dismissSuggestion(key, 'unnamed-source');
    say('ack', { op: 'dismissSuggestion', id: key });
  } else {
    say('intent', { op: 'addComparison' });
    const a = store.addScreenshot({ bytes: pixel(seq), mime: 'image/png', width: 8, height: 8 }, { bytes: pixel(seq + 1), mime: 'image/png', width: 4, height: 4 });
    const b = store.addScreenshot({ bytes: pixel(seq + 2), mime: 'image/png', width: 8, height: 8 }, { bytes: pixel(seq + 3), mime: 'image/png', width: 4, height: 4 });
    const comparison = store.addComparison({
      title: `对比 ${seq}`,
      claimIds: [claim.id],
      items: [
        { assetHash: a.hash, thumbnailHash: a.thumbnailHash, label: '元宝' },
        { assetHash: b.hash, thumbnailHash: b.thumbnailHash, label: '通义' },
      ],
    });
    say('ack', { op: 'addComparison', id: comparison.id });
  }
}
