// Claim suggestions against the hand-labelled set (fixtures/checkworthy/, GUIDE.md): precision
// and recall per kind and overall, and time per 10,000 characters against plain sentence
// segmentation and Intl.Segmenter word segmentation of the same text, measured in the same run;
// suggestions on the articles written to hold no check-worthy statement (every one a false
// positive, per 10,000 characters); the artefact report's finding counts on the set and on its
// clean articles (where every finding is a false positive) close it.
// `npm run bench -- suggest [minScore]`.
import { suggestClaims } from '../shared/suggest/suggest.ts';
import { splitSentences } from '../shared/suggest/sentences.ts';
import { KINDS } from '../shared/suggest/rules.ts';
import { artefactReport, countByKind } from '../shared/artefacts/report.ts';
import { loadLabelledSet, precision, recall, tally, type Tally } from './suggest-set.ts';
import { ratio, report, result, time } from './lib.ts';

const minScore = Number(process.argv[2] ?? 0.4);
const set = loadLabelledSet();
const tallies = new Map<string, Tally>();
for (const a of set) tally(tallies, suggestClaims(a.text, { minScore }), a.spans);

const round = (x: number): number => Math.round(x * 100) / 100;
report(`labelled set: articles`, set.length);
report(`labelled spans`, set.reduce((n, a) => n + a.spans.length, 0));
report(`minimum score`, minScore);
process.stdout.write(`\n${'kind'.padEnd(16)}${'labelled'.padStart(9)}${'found'.padStart(7)}${'recall'.padStart(8)}${'suggested'.padStart(11)}${'matched'.padStart(9)}${'precision'.padStart(11)}${'same kind'.padStart(11)}\n`);
const perKind: Record<string, { precision: number; recall: number; labelled: number; suggested: number }> = {};
for (const kind of [...KINDS, 'all']) {
  const t = tallies.get(kind);
  if (!t) continue;
  perKind[kind] = { precision: round(precision(t)), recall: round(recall(t)), labelled: t.labelled, suggested: t.suggested };
  process.stdout.write(
    `${kind.padEnd(16)}${String(t.labelled).padStart(9)}${String(t.labelledFound).padStart(7)}${recall(t).toFixed(2).padStart(8)}` +
      `${String(t.suggested).padStart(11)}${String(t.suggestedMatched).padStart(9)}${precision(t).toFixed(2).padStart(11)}${String(t.kindAgrees).padStart(11)}\n`,
  );
}
process.stdout.write('\n');

// Speed: the whole set's text, repeated to about 100,000 characters so one run is measurable.
const corpus = set.map((a) => a.text).join('\n');
const text = corpus.repeat(Math.max(1, Math.ceil(100_000 / corpus.length)));
const per10k = (ms: number): number => Math.round((ms / text.length) * 10_000 * 100) / 100;
const baseline = await time(() => splitSentences(text), { runs: 9, warmup: 2 });
const words = await time(() => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].length, { runs: 9, warmup: 2 });
const suggest = await time(() => suggestClaims(text), { runs: 9, warmup: 2 });
const artefacts = await time(() => artefactReport(text), { runs: 5, warmup: 1 });
report(`text measured (characters)`, text.length);
report(`sentence segmentation (baseline), ms per 10,000 chars`, per10k(baseline.medianMs));
report(`Intl.Segmenter words (second baseline), ms per 10,000 chars`, per10k(words.medianMs));
report(`suggestClaims, ms per 10,000 chars`, per10k(suggest.medianMs));
report(`artefactReport, ms per 10,000 chars`, per10k(artefacts.medianMs));
report(`suggestClaims ÷ sentence segmentation`, ratio(suggest.medianMs, baseline.medianMs));
report(`suggestClaims ÷ word segmentation`, ratio(suggest.medianMs, words.medianMs));

// False positives where there is nothing to find: suggestions on the articles written to hold no
// check-worthy statement, artefact findings on the articles with no repost traces, per 10,000 characters.
const perTenThousand = (count: number, articles: readonly { text: string }[]): number => {
  const chars = articles.reduce((n, a) => n + [...a.text].length, 0);
  return chars ? Math.round((count / chars) * 10_000 * 10) / 10 : 0;
};
const claimFree = set.filter((a) => a.claimFree);
const claimFreeSuggestions = claimFree.flatMap((a) => suggestClaims(a.text, { minScore }).map((s) => `${a.name}: ${s.exact} (${s.kind})`));
report(`claim-free articles / characters`, `${claimFree.length} / ${claimFree.reduce((n, a) => n + [...a.text].length, 0)}`);
report(`suggestions on them (false positives)`, claimFreeSuggestions.length);
report(`suggestion false positives per 10,000 chars of claim-free text`, perTenThousand(claimFreeSuggestions.length, claimFree));
for (const s of claimFreeSuggestions) process.stdout.write(`  ${s}\n`);

const findings = set.flatMap((a) => artefactReport(a.text));
const clean = set.filter((a) => a.clean);
const cleanFindings = clean.flatMap((a) => artefactReport(a.text));
report(`artefact findings on the set, by kind`, JSON.stringify(countByKind(findings)));
report(`clean articles / findings on them (false positives)`, `${clean.length} / ${cleanFindings.length}`);
report(`artefact false positives per 10,000 chars of clean text`, perTenThousand(cleanFindings.length, clean));

result({
  articles: set.length,
  perKind,
  msPer10k: { sentences: per10k(baseline.medianMs), words: per10k(words.medianMs), suggest: per10k(suggest.medianMs), artefacts: per10k(artefacts.medianMs) },
  suggestOverSentences: ratio(suggest.medianMs, baseline.medianMs),
  suggestOverWords: ratio(suggest.medianMs, words.medianMs),
  artefacts: countByKind(findings),
  cleanFalsePositives: cleanFindings.length,
  cleanFalsePositivesPer10k: perTenThousand(cleanFindings.length, clean),
  claimFreeSuggestions: claimFreeSuggestions.length,
  claimFreeSuggestionsPer10k: perTenThousand(claimFreeSuggestions.length, claimFree),
});
