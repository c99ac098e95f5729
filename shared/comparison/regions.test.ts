import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampRegion, FragmentSelectorSchema, parseFragmentSelector, RegionNoteSchema, toFragmentSelector } from './index';

describe('region notes as W3C FragmentSelectors', () => {
  it('writes a region as an xywh=pixel: media fragment', () => {
    expect(toFragmentSelector({ x: 12, y: 340, w: 300, h: 48 })).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://www.w3.org/TR/media-frags/',
      value: 'xywh=pixel:12,340,300,48',
    });
  });

  it('reads back every region it writes', () => {
    const region = fc.record({ x: fc.nat(), y: fc.nat(), w: fc.integer({ min: 1, max: 1e7 }), h: fc.integer({ min: 1, max: 1e7 }) });
    fc.assert(
      fc.property(region, (r) => {
        expect(parseFragmentSelector(toFragmentSelector(r).value)).toEqual(r);
      }),
    );
  });

  it('reads a fragment without the unit, pixel being the default', () => {
    expect(parseFragmentSelector('xywh=160,120,320,240')).toEqual({ x: 160, y: 120, w: 320, h: 240 });
  });

  it('reads a fragment copied from a URL, with its leading #', () => {
    expect(parseFragmentSelector('#xywh=pixel:0,0,10,10')).toEqual({ x: 0, y: 0, w: 10, h: 10 });
  });

  it.each([
    ['percent units', 'xywh=percent:25,25,50,50'],
    ['a negative offset', 'xywh=pixel:-5,0,10,10'],
    ['a fractional pixel', 'xywh=pixel:1.5,0,10,10'],
    ['NaN', 'xywh=pixel:NaN,0,10,10'],
    ['zero width', 'xywh=pixel:0,0,0,10'],
    ['three numbers', 'xywh=pixel:0,0,10'],
    ['another dimension', 't=10,20'],
  ])('rejects %s', (_what, value) => {
    expect(parseFragmentSelector(value)).toBeNull();
  });

  it('clips a region that runs off the bottom of a shorter capture', () => {
    expect(parseFragmentSelector('xywh=pixel:20,600,300,100', { width: 360, height: 640 })).toEqual({ x: 20, y: 600, w: 300, h: 40 });
  });

  it('drops a region that lies wholly outside the image', () => {
    expect(clampRegion({ x: 400, y: 10, w: 50, h: 50 }, 360, 640)).toBeNull();
    expect(clampRegion({ x: 10, y: 640, w: 50, h: 50 }, 360, 640)).toBeNull();
  });

  it('keeps every clamped region inside the image and never larger than it was', () => {
    const arb = fc.record({ x: fc.nat(2000), y: fc.nat(2000), w: fc.integer({ min: 1, max: 2000 }), h: fc.integer({ min: 1, max: 2000 }) });
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (r, width, height) => {
        const c = clampRegion(r, width, height);
        if (!c) return;
        expect(c.x + c.w).toBeLessThanOrEqual(width);
        expect(c.y + c.h).toBeLessThanOrEqual(height);
        expect(c.w).toBeLessThanOrEqual(r.w);
        expect(c.h).toBeLessThanOrEqual(r.h);
      }),
    );
  });

  it('refuses a writer asked for an impossible region', () => {
    expect(() => toFragmentSelector({ x: 0, y: 0, w: 0, h: 5 })).toThrow(RangeError);
  });

  it('validates a stored region note and its selector', () => {
    const note = { selector: toFragmentSelector({ x: 1, y: 2, w: 3, h: 4 }), note: '元宝没有给出来源', colour: 'orange' };
    expect(RegionNoteSchema.parse(note)).toEqual(note);
    expect(FragmentSelectorSchema.safeParse({ ...note.selector, value: 'xywh=percent:1,2,3,4' }).success).toBe(false);
    expect(RegionNoteSchema.safeParse({ ...note, colour: 'red' }).success).toBe(false);
  });
});
