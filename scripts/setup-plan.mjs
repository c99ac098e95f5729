// What the test suite needs from the machine, and what to do when some of it is missing. Pure:
// the checks' results come in, a decision goes out, so the decisions are tested without touching
// the machine (scripts/setup-plan.test.ts); scripts/setup-check.mjs gathers the facts and acts.

/** What the tests need beyond npm packages, with the Debian package that brings each. */
export const NEEDS = [
  { id: 'chromium', what: 'Chromium (e2e tests, PDF export)', apt: 'chromium', brew: 'chromium' },
  { id: 'cjkFont', what: 'CJK fonts (Chinese text in exported PDFs)', apt: 'fonts-noto-cjk', brew: 'font-noto-sans-cjk' },
  { id: 'pdftotext', what: 'poppler-utils (pdftotext, pdftoppm: reading exported PDFs)', apt: 'poppler-utils', brew: 'poppler' },
  { id: 'qpdf', what: 'qpdf (checking exported PDFs)', apt: 'qpdf', brew: 'qpdf' },
];

/**
 * The decision, given what was found:
 * - `ok`: everything is there;
 * - `install`: run `commands` (as root, with apt-get), then go on;
 * - `stop`: the tests cannot run; `message` says what is missing and `commands` what to run.
 *
 * @param {{ platform: string; isRoot: boolean; hasAptGet: boolean; found: Record<string, boolean> }} facts
 * @returns {{ action: 'ok' } | { action: 'install' | 'stop'; missing: string[]; commands: string[]; message: string }}
 */
export function setupPlan({ platform, isRoot, hasAptGet, found }) {
  const missing = NEEDS.filter((n) => !found[n.id]);
  if (missing.length === 0) return { action: 'ok' };
  const names = missing.map((n) => n.what);
  if (platform === 'linux' && hasAptGet) {
    const install = `apt-get install -y --no-install-recommends ${missing.map((n) => n.apt).join(' ')}`;
    if (isRoot) return { action: 'install', missing: names, commands: ['apt-get update', install], message: `Installing: ${names.join('; ')}` };
    return {
      action: 'stop',
      missing: names,
      commands: ['sudo apt-get update', `sudo ${install}`],
      message: `The tests need: ${names.join('; ')}. Run these, then npm test again:`,
    };
  }
  if (platform === 'darwin') {
    return {
      action: 'stop',
      missing: names,
      commands: [`brew install ${missing.map((n) => n.brew).join(' ')}`],
      message: `The tests need: ${names.join('; ')}. With Homebrew, run this, then npm test again:`,
    };
  }
  return {
    action: 'stop',
    missing: names,
    commands: [],
    message: `The tests need: ${names.join('; ')}. Install them with this system's package manager (or set PIZHU_CHROMIUM to a Chromium), then run npm test again.`,
  };
}
