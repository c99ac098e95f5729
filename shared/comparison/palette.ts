// The colours a region note can take on a screenshot: few enough to tell apart at a glance,
// strong enough to read over both light and dark app screenshots, and not red/green-only, so
// colour-blind checkers can still tell regions apart.
import { z } from 'zod';

export const REGION_COLOURS = [
  { id: 'orange', hex: '#E8590C' },
  { id: 'blue', hex: '#1971C2' },
  { id: 'magenta', hex: '#C2255C' },
  { id: 'teal', hex: '#0C8599' },
  { id: 'violet', hex: '#7048E8' },
  { id: 'yellow', hex: '#F59F00' },
] as const;

export type RegionColour = (typeof REGION_COLOURS)[number]['id'];

export const RegionColourSchema = z.enum(REGION_COLOURS.map((c) => c.id) as [RegionColour, ...RegionColour[]]);

/** The colour for the n-th region of a screenshot: consecutive regions never share one until the palette wraps. */
export const regionColourAt = (index: number): RegionColour => REGION_COLOURS[((index % REGION_COLOURS.length) + REGION_COLOURS.length) % REGION_COLOURS.length]!.id;

export const hexOf = (colour: RegionColour): string => REGION_COLOURS.find((c) => c.id === colour)!.hex;
