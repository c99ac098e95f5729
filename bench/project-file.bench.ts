// Project file benchmarks (product.md "Goals that have numbers"): the cost of saving one claim
// edit and of opening to the first screen must not grow with the screenshots a project holds,
// and neither may the memory opening it takes. `--small` uses 50 MB of assets for a quick run.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProjectStore } from '../main/project/store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle } from '../main/project/testing/fixtures';
import { mb, ratio, report, result, time } from './lib';

const ASSET_BYTES = 2 * 1024 * 1024;
const CLAIMS = 5000;
const ARTICLES = 10;
const QUOTES = ['389B', '52B', '据报道', '第 11 位', '200 万', '参数规模最大'];

/** What the first screen needs: project info, the article list and the claims of one article. */
function openFirstScreen(path: string): ProjectStore {
  const store = ProjectStore.open(path, { author: EDITOR });
  store.info();
  const [first] = store.listArticles();
  store.listClaims(first!.id);
  return store;
}

// Child mode: open one project to its first screen and report the peak RSS.
if (process.argv[2] === '--child-open') {
  openFirstScreen(process.argv[3]!).close();
  process.stdout.write(`${process.resourceUsage().maxRSS * 1024}\n`);
  process.exit(0);
}

function peakRssOfOpening(path: string): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-open', path], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}

function buildProject(path: string, claims: number): void {
  const store = ProjectStore.create(path, { title: 'bench', author: EDITOR });
  const articles = Array.from({ length: Math.min(ARTICLES, claims) }, () => store.addArticle(sampleArticle()));
  const anchors = QUOTES.map((q) => anchorOf(SAMPLE_TEXT, q));
  for (let i = 0; i < claims; i++) {
    store.addClaim({
      articleId: articles[i % articles.length]!.id,
      anchor: anchors[i % anchors.length]!,
      strength: i % 5,
      note: { json: '', text: `核查记录 ${i}` },
    });
  }
  store.close();
}

function addScreenshots(path: string, totalBytes: number): void {
  const store = ProjectStore.open(path, { author: EDITOR });
  for (let put = 0; put < totalBytes; put += ASSET_BYTES) {
    store.putAsset(randomBytes(ASSET_BYTES), { mime: 'image/png', width: 1280, height: 2560 });
  }
  store.close();
}

async function medianEditMs(path: string): Promise<number> {
  const store = ProjectStore.open(path, { author: EDITOR });
  const [article] = store.listArticles();
  const claim = store.listClaims(article!.id)[0]!;
  let n = 0;
  const t = await time(() => store.updateClaim(claim.id, { note: { json: '', text: `修改 ${n++}` } }), { runs: 41, warmup: 5 });
  store.close();
  return t.medianMs;
}

async function medianOpenMs(path: string): Promise<number> {
  return (await time(() => openFirstScreen(path).close(), { runs: 15, warmup: 3 })).medianMs;
}

const assetBytes = (process.argv.includes('--small') ? 50 : 500) * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-'));
try {
  const empty = join(dir, 'empty.pizhu');
  const claimsOnly = join(dir, 'claims-only.pizhu');
  const big = join(dir, 'big.pizhu');
  buildProject(empty, 1);
  buildProject(claimsOnly, CLAIMS);
  copyFileSync(claimsOnly, big);
  addScreenshots(big, assetBytes);
  report('project with screenshots', `${mb(assetBytes)} MB of assets, ${CLAIMS} claims`);

  const editEmpty = await medianEditMs(empty);
  const editBig = await medianEditMs(big);
  report('claim edit saved, empty project (median ms)', editEmpty.toFixed(2));
  report('claim edit saved, big project (median ms)', editBig.toFixed(2));

  const openClaimsOnly = await medianOpenMs(claimsOnly);
  const openBig = await medianOpenMs(big);
  report('open to first screen, no assets (median ms)', openClaimsOnly.toFixed(2));
  report('open to first screen, big project (median ms)', openBig.toFixed(2));

  const rssEmpty = peakRssOfOpening(empty);
  const rssBig = peakRssOfOpening(big);
  report('peak RSS opening empty project (MB)', mb(rssEmpty));
  report('peak RSS opening big project (MB)', mb(rssBig));

  result({
    assetMB: mb(assetBytes),
    claims: CLAIMS,
    editMs: { empty: editEmpty, big: editBig },
    editRatio: ratio(editBig, editEmpty),
    openMs: { noAssets: openClaimsOnly, big: openBig },
    openRatio: ratio(openBig, openClaimsOnly),
    openRssAboveEmptyMB: mb(rssBig - rssEmpty),
    goals: { editRatio: 1.5, openRatio: 1.5, openRssAboveEmptyMB: 150 },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
