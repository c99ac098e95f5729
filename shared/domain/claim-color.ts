// The one colour rule for claims, used by the reader, the HTML report and the annotated PDF, so a
// claim has the same colour wherever it is shown: a claim takes the colour of its tag that comes
// first in the codebook (the store does not keep the order tags were applied in); an untagged
// claim is highlighter yellow. A claim with several tags is also underlined in each of its tags'
// colours in turn (the split underline), so no tag goes unseen. Printed pages show the colour as
// a light tint of it.
import type { Claim } from './claim';
import type { Tag } from './codebook';

export type ColorMode = 'tag' | 'verdict';

/** Untagged or unjudged claims: a highlighter yellow that reads on light and dark themes. */
export const NEUTRAL_COLOR = '#d4a72c';

/** Only #rrggbb passes, so a tag's colour cannot break out of a style or a PDF stream. */
const hex = (color: string): string => (/^#[0-9a-f]{6}$/i.test(color) ? color : NEUTRAL_COLOR);

// Green to red along the verdict scale, grey for "unproven", violet for opinions.
export const VERDICT_COLORS: Readonly<Record<string, string>> = {
  true: '#2e7d32',
  'mostly-true': '#7cb342',
  'half-true': '#f9a825',
  misleading: '#ef6c00',
  false: '#c62828',
  unproven: '#757575',
  opinion: '#5e35b1',
};

/** `tags` in codebook order, as the store lists them. */
export function claimColor(claim: Pick<Claim, 'tagIds' | 'verdict'>, tags: readonly Pick<Tag, 'id' | 'color'>[], mode: ColorMode = 'tag'): string {
  if (mode === 'verdict') return (claim.verdict && VERDICT_COLORS[claim.verdict]) || NEUTRAL_COLOR;
  return tags.find((t) => claim.tagIds.includes(t.id))?.color ?? NEUTRAL_COLOR;
}

/**
 * The split underline of a claim with several tags: its tags' colours in codebook order, repeated
 * along the text, STRIPE_PX each. Empty for a claim with one tag or none, and when claims are
 * coloured by verdict: their highlight says it all.
 */
export function claimStripes(claim: Pick<Claim, 'tagIds'>, tags: readonly Pick<Tag, 'id' | 'color'>[], mode: ColorMode = 'tag'): string[] {
  if (mode === 'verdict') return [];
  const colors = tags.filter((t) => claim.tagIds.includes(t.id)).map((t) => hex(t.color));
  return colors.length > 1 ? colors : [];
}

/** One colour's length along the split underline, in CSS px (in print, 0.75 pt each). */
export const STRIPE_PX = 6;

/** The split underline's thickness, in CSS px. */
export const STRIPE_THICKNESS_PX = 2;

/** The split underline as a CSS image, for a background or border image; none for no colours. */
export function stripesCss(colors: readonly string[]): string {
  if (colors.length === 0) return 'none';
  const stops = colors.map((c, i) => `${hex(c)} ${i * STRIPE_PX}px ${(i + 1) * STRIPE_PX}px`);
  return `repeating-linear-gradient(90deg, ${stops.join(', ')})`;
}

/** How much of the claim's colour a printed highlight shows over white paper. */
export const PAPER_TINT = 0.35;

const channels = (color: string): number[] => {
  const safe = hex(color);
  return [1, 3, 5].map((i) => parseInt(safe.slice(i, i + 2), 16));
};

/**
 * The light colour a printed highlight shows: the claim's colour over white at PAPER_TINT, as
 * #rrggbb. The page and the PDF annotation both use it, so they show the same colour.
 */
export function paperTint(color: string): string {
  return `#${channels(color)
    .map((v) => Math.round(255 - PAPER_TINT * (255 - v)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A #rrggbb colour as the 0–1 RGB components PDF colour operators take. */
export const rgbComponents = (color: string): number[] => channels(color).map((v) => Math.round((v / 255) * 1000) / 1000);
