// Percent agreement and Cohen's kappa for two coders rating the same items. Kappa corrects the
// raw agreement for what two coders with these rates would agree on by chance.

export interface Agreement {
  /** Items both coders rated. */
  n: number;
  /** Share of items rated alike, 0-1; null when there are no items. */
  percent: number | null;
  /**
   * Cohen's kappa; null when there are no items, or when chance agreement is already total
   * (both coders gave every item one and the same rating) and kappa is undefined.
   */
  kappa: number | null;
}

/** Agreement over paired ratings (any categories: tag present/absent, a verdict). */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { n, percent: null, kappa: null };
  const countsA = new Map<T, number>();
  const countsB = new Map<T, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
  }
  const observed = agree / n;
  let chance = 0;
  for (const [category, na] of countsA) chance += (na / n) * ((countsB.get(category) ?? 0) / n);
  const kappa = chance === 1 ? null : (observed - chance) / (1 - chance);
  return { n, percent: observed, kappa };
}
