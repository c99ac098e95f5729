// The artefact report of an article: every trace of how the text travelled (script conversion,
// repost punctuation, lost figures, page chrome), each with a span in code points, a kind, an
// explanation and where one exists a suggested reading. The report only reads the text.
import { CodePointIndex } from '../text/codepoints';
import { PATTERN_RULES, SCRIPT_EXPLANATIONS, type ArtefactKind, type Explanation } from './rules';
import { scriptHits } from './script';

export interface ArtefactPlace {
  start: number;
  end: number;
}

export interface ArtefactFinding {
  exact: string;
  /** Code points of the article text, end exclusive. */
  start: number;
  end: number;
  kind: ArtefactKind;
  explanation: Explanation;
  /** The likely original reading, when there is one. */
  suggestion?: string;
  /** For a kind reported once for the whole text: how many places, and where. */
  count?: number;
  places?: ArtefactPlace[];
}

interface Raw {
  from: number;
  to: number;
  kind: ArtefactKind;
  explanation: Explanation;
  suggestion?: string;
  places?: { from: number; to: number }[];
}

const COMPILED = PATTERN_RULES.map((r) => ({ ...r, re: new RegExp(r.pattern, 'gmu') }));

function patternFindings(text: string): Raw[] {
  const out: Raw[] = [];
  for (const rule of COMPILED) {
    const matches = [...text.matchAll(rule.re)].filter((m) => m[0].length > 0);
    if (matches.length === 0) continue;
    if (rule.aggregate) {
      if (rule.kind === 'width-mixing' && !/[0-9A-Za-z]/u.test(text)) continue;
      const first = matches[0]!;
      out.push({
        from: first.index,
        to: first.index + first[0].length,
        kind: rule.kind,
        explanation: rule.explanation,
        places: matches.map((m) => ({ from: m.index, to: m.index + m[0].length })),
      });
      continue;
    }
    for (const m of matches) {
      const raw: Raw = { from: m.index, to: m.index + m[0].length, kind: rule.kind, explanation: rule.explanation };
      if (rule.suggestion) raw.suggestion = rule.suggestion.replace(/\$(\d)/gu, (_, n: string) => m[Number(n)] ?? '');
      out.push(raw);
    }
  }
  return out;
}

/** A short line repeated within the next three lines: a caption printed twice (once as alt text). */
function duplicatedCaptions(text: string): Raw[] {
  const out: Raw[] = [];
  const lines: { from: number; text: string }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    lines.push({ from, text: line.trim() });
    from += line.length + 1;
  }
  lines.forEach((line, i) => {
    // A caption has words: a repeated fence, rule or section number is not one.
    if (line.text.length < 2 || line.text.length > 30 || !/\p{L}/u.test(line.text) || /^[0-9]+$/u.test(line.text)) return;
    const earlier = lines.slice(Math.max(0, i - 3), i).some((l) => l.text === line.text);
    if (!earlier) return;
    const at = text.indexOf(line.text, line.from);
    out.push({
      from: at,
      to: at + line.text.length,
      kind: 'duplicated-caption',
      explanation: {
        zh: '同一行文字紧接着又出现一次：多半是图片说明被重复抓取（一次作为图注，一次作为替代文字）。',
        en: 'The same line appears again right after itself: most likely a caption captured twice (once as caption, once as alt text).',
      },
    });
  });
  return out;
}

function scriptFindings(text: string): Raw[] {
  return scriptHits(text).map((h) => {
    const explanation = SCRIPT_EXPLANATIONS[h.kind];
    const chain = h.via ? { zh: `${explanation.zh}（转换链：${h.via}）`, en: `${explanation.en} (conversion chain: ${h.via})` } : explanation;
    // A whole traditional article gets no suggested reading: that would be the article again.
    const raw: Raw = { from: h.from, to: h.to, kind: h.kind, explanation: chain };
    if (h.kind !== 'traditional-article') raw.suggestion = h.original;
    return raw;
  });
}

/** The artefact report of `text`, in text order. */
export function artefactReport(text: string): ArtefactFinding[] {
  const index = new CodePointIndex(text);
  const raws = [...scriptFindings(text), ...patternFindings(text), ...duplicatedCaptions(text)];
  return raws
    .map((r) => {
      const f: ArtefactFinding = {
        exact: text.slice(r.from, r.to),
        start: index.toCodePoint(r.from),
        end: index.toCodePoint(r.to),
        kind: r.kind,
        explanation: r.explanation,
      };
      if (r.suggestion !== undefined) f.suggestion = r.suggestion;
      if (r.places) {
        f.count = r.places.length;
        f.places = r.places.map((p) => ({ start: index.toCodePoint(p.from), end: index.toCodePoint(p.to) }));
      }
      return f;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Findings counted by kind, for a summary line. */
export function countByKind(findings: readonly ArtefactFinding[]): Partial<Record<ArtefactKind, number>> {
  const counts: Partial<Record<ArtefactKind, number>> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + (f.count ?? 1);
  return counts;
}
