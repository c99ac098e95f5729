// A harness for tests of the pizhu command run in-process: each test gets a temporary folder
// with its own config directory, and what the command writes to stdout and stderr. The locale
// is cleared, so the language comes from --lang or the preferences (Chinese unless set).
import { afterEach, beforeEach, vi } from 'vitest';
import { tempDir } from '../project/testing/fixtures';

export interface CliHarness {
  tmp: ReturnType<typeof tempDir>;
  out: string;
  err: string;
}

export function cliHarness(): CliHarness {
  const h = { out: '', err: '' } as CliHarness;
  beforeEach(() => {
    h.tmp = tempDir();
    vi.stubEnv('PIZHU_CONFIG_DIR', h.tmp.file('config'));
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) vi.stubEnv(name, '');
    h.out = '';
    h.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((h.out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((h.err += String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    h.tmp.remove();
  });
  return h;
}
