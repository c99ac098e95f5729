import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { METHOD_NAMES } from './methods';

describe('the API contract', () => {
  it('defines exactly the methods the preload bridge exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses unknown fields in a preferences change', () => {
    expect(contract.setPreferences.arg.safeParse({ language: 'en', admin: true }).success).toBe(false);
    expect(contract.setPreferences.arg.safeParse({ language: 'en' }).success).toBe(true);
  });
});
