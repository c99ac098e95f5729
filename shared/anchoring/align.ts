// Edit distance of a short pattern against the text on one side of a boundary, where the text
// side may stop anywhere. One routine serves two needs: recovering where an approximate match
// starts (read the quote backwards from its end) and measuring how well a claim's prefix or
// suffix still agrees with the text beside a candidate (read outwards from its edge).

export interface Alignment {
  /** Fewest edits turning the pattern into the text read. */
  distance: number;
  /** Text code points read by that alignment. */
  length: number;
}

/**
 * Aligns `pattern` against `text`, both read from a boundary outwards: forwards from
 * `patternFrom`/`textFrom` when `step` is 1, backwards when -1 (the boundary itself is then the
 * last element read). At most `maxLength` text code points are read. Among equally good
 * alignments the one whose length is closest to the pattern's wins.
 */
export function alignOutwards(
  pattern: Int32Array,
  text: Int32Array,
  textFrom: number,
  step: 1 | -1,
  maxLength: number,
): Alignment {
  const m = pattern.length;
  const available = step === 1 ? text.length - textFrom : textFrom + 1;
  const limit = Math.max(0, Math.min(maxLength, available));
  // row[i]: distance between the first i pattern elements and the text read so far.
  const row = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) row[i] = i;
  let best: Alignment = { distance: m, length: 0 };
  for (let j = 1; j <= limit; j++) {
    const t = text[textFrom + step * (j - 1)]!;
    let diagonal = row[0]!;
    row[0] = j;
    for (let i = 1; i <= m; i++) {
      const p = pattern[step === 1 ? i - 1 : m - i]!;
      const above = row[i]!;
      const cost = Math.min(diagonal + (p === t ? 0 : 1), above + 1, row[i - 1]! + 1);
      diagonal = above;
      row[i] = cost;
    }
    const d = row[m]!;
    if (d < best.distance || (d === best.distance && Math.abs(j - m) < Math.abs(best.length - m))) {
      best = { distance: d, length: j };
    }
  }
  return best;
}
