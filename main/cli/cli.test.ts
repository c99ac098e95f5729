import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const pizhu = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/pizhu.mjs', ...args], { encoding: 'utf8', env: { ...process.env, PIZHU_CONFIG_DIR: '/nonexistent-pizhu-test' } });

describe('the pizhu command', () => {
  it('prints its version', () => {
    const r = pizhu('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists its commands with --help', () => {
    const r = pizhu('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: pizhu/);
    expect(r.stdout).toMatch(/\bweb\b/);
  });

  it('fails with a clear message on an unknown command', () => {
    const r = pizhu('frobnicate');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
