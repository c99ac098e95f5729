import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from './wire';

describe('the browser-mode wire format', () => {
  it('carries bytes inside arguments and back unchanged', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    const back = fromWire(toWire({ file: { name: '𠮷.txt', bytes } })) as { file: { name: string; bytes: Uint8Array } };
    expect(back.file.name).toBe('𠮷.txt');
    expect([...back.file.bytes]).toEqual([...bytes]);
  });

  it('encodes base64 the way Node does, for every remainder length', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 64, 65, 66]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect([...base64ToBytes(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
    }
  });
});
