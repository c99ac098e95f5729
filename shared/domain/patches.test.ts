// A patch carries only the fields an edit gives: parsing it must not fill in defaults, or
// changing a tag's hotkey would clear its description and typing a region note would reset
// its colour.
import { describe, expect, it } from 'vitest';
import { TagPatchSchema } from './codebook';
import { RegionPatchSchema } from './comparison';
import { EvidencePatchSchema } from './evidence';
import { ClaimPatchSchema } from './claim';

describe('patches', () => {
  it('keep exactly the fields given', () => {
    expect(TagPatchSchema.parse({ hotkey: 7 })).toEqual({ hotkey: 7 });
    expect(RegionPatchSchema.parse({ note: { json: '', text: '漏掉了' } })).toEqual({ note: { json: '', text: '漏掉了' } });
    expect(EvidencePatchSchema.parse({ date: '2024-11-05' })).toEqual({ date: '2024-11-05' });
    expect(ClaimPatchSchema.parse({ strength: 3 })).toEqual({ strength: 3 });
  });
});
