// The set-up step's decisions on machines of every kind, without touching this one.
import { describe, expect, it } from 'vitest';
import { setupPlan } from './setup-plan.mjs';

const all = { chromium: true, cjkFont: true, pdftotext: true, qpdf: true };
const debian = { platform: 'linux', hasAptGet: true };

describe('the set-up step before npm test', () => {
  it('goes on when the system browser and the PDF tools are there', () => {
    expect(setupPlan({ ...debian, isRoot: false, found: all })).toEqual({ action: 'ok' });
  });

  it('installs only what is missing with apt-get when run as root on Debian', () => {
    const plan = setupPlan({ ...debian, isRoot: true, found: { ...all, chromium: false, qpdf: false } });
    expect(plan).toMatchObject({ action: 'install', commands: ['apt-get update', 'apt-get install -y --no-install-recommends chromium qpdf'] });
  });

  it('stops with the exact sudo commands for a user who is not root', () => {
    const plan = setupPlan({ ...debian, isRoot: false, found: { ...all, cjkFont: false, pdftotext: false } });
    expect(plan.action).toBe('stop');
    expect(plan).toMatchObject({ commands: ['sudo apt-get update', 'sudo apt-get install -y --no-install-recommends fonts-noto-cjk poppler-utils'] });
    expect(plan.action !== 'ok' && plan.message).toMatch(/CJK fonts.*poppler-utils/);
  });

  it('names the Homebrew command on a Mac, and what is missing where it knows no installer', () => {
    expect(setupPlan({ platform: 'darwin', hasAptGet: false, isRoot: false, found: { ...all, qpdf: false } })).toMatchObject({
      action: 'stop',
      commands: ['brew install qpdf'],
    });
    const other = setupPlan({ platform: 'linux', hasAptGet: false, isRoot: true, found: { ...all, chromium: false } });
    expect(other).toMatchObject({ action: 'stop', commands: [] });
    expect(other.action !== 'ok' && other.message).toMatch(/Chromium.*PIZHU_CHROMIUM/);
  });
});
