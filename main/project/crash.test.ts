// Crash safety, as a user would meet it: the app is killed mid-edit, at any moment (while
// opening, while repairing the previous crash, mid-transaction, between commit and the reply),
// and the next thing that happens is a check in a fresh process, before anything opens the file
// for writing. Every write the app acknowledged must be in the file; none may be lost.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ProjectStore } from './store';
import type { CrashDump } from './testing/crash-checker';
import { EDITOR, sampleArticle, tempDir } from './testing/fixtures';

const KILLS = Number(process.env.PIZHU_CRASH_KILLS ?? 200);
/** The real `pizhu check` runs after this many kills too (it is slow to start: it runs through tsx). */
const CLI_EVERY = 50;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Bundles the writer and the checker once, so each of the hundreds of spawns starts in milliseconds. */
async function bundle(dir: string): Promise<{ writer: string; checker: string }> {
  const out = { writer: join(dir, 'crash-writer.mjs'), checker: join(dir, 'crash-checker.mjs') };
  await build({
    entryPoints: { 'crash-writer': here('./testing/crash-writer.ts'), 'crash-checker': here('./testing/crash-checker.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return out;
}

interface Ack {
  op: 'addClaim' | 'updateClaim' | 'toggleTag' | 'addEvidence' | 'updateEvidence' | 'addComparison' | 'dismissSuggestion';
  id?: string;
  note?: string;
  tagId?: string;
  tagIds?: string[];
  on?: boolean;
  quote?: string;
}

/** A writer started ahead of time: Node starts while the previous round is checked. */
interface Writer {
  child: ReturnType<typeof spawn>;
  out: string;
  err: string;
}

function startWriter(writer: string, path: string, seq: number): Writer {
  const child = spawn(process.execPath, [writer, path, String(seq), String(seq)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const w: Writer = { child, out: '', err: '' };
  child.stderr!.on('data', (d: Buffer) => (w.err += d.toString()));
  return w;
}

/**
 * Lets the writer go and SIGKILLs it `ms` later (`from: 'go'`: while it opens the file or rolls
 * back the previous crash's journal) or `ms` after its first write began (`from: 'editing'`);
 * returns the lines it completed.
 */
function runAndKill(w: Writer, ms: number, from: 'go' | 'editing'): Promise<{ acks: Ack[]; pending: Ack | null }> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const kill = () => (timer = setTimeout(() => w.child.kill('SIGKILL'), ms));
    w.child.stdout!.on('data', (d: Buffer) => {
      w.out += d.toString();
      if (!timer) kill();
    });
    w.child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the writer ended on its own: ${w.err}`));
      // Only whole lines were printed; a cut-off last line is not an acknowledgement.
      const lines = w.out.split('\n').slice(0, -1).map((l) => [l.slice(0, l.indexOf(' ')), JSON.parse(l.slice(l.indexOf(' ') + 1)) as Ack] as const);
      const acks = lines.filter(([kind]) => kind === 'ack').map(([, a]) => a);
      const last = lines.at(-1);
      resolve({ acks, pending: last?.[0] === 'intent' ? last[1] : null });
    });
    w.child.stdin!.write('go\n');
    if (from === 'go') kill();
  });
}

/** The long-lived checker: one fresh read-only open per question. */
function startChecker(checker: string): { ask(path: string): Promise<CrashDump>; stop(): void } {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [checker]);
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async ask(path) {
      child.stdin.write(`${path}\n`);
      const next = await answers.next();
      if (next.done) throw new Error('the checker stopped');
      return JSON.parse(next.value) as CrashDump;
    },
    stop: () => child.kill(),
  };
}

/** What the acknowledged writes say the file holds. */
class Expected {
  claims = new Map<string, { note: string; tags: Set<string> }>();
  evidence = new Map<string, string>();
  comparisons = new Set<string>();
  dismissed = new Set<string>();
  writes = 0;

  apply(a: Ack): void {
    this.writes++;
    if (a.op === 'addClaim') this.claims.set(a.id!, { note: a.note!, tags: new Set(a.tagIds) });
    else if (a.op === 'updateClaim') this.claims.get(a.id!)!.note = a.note!;
    else if (a.op === 'toggleTag') this.claims.get(a.id!)!.tags[a.on ? 'add' : 'delete'](a.tagId!);
    else if (a.op === 'addEvidence' || a.op === 'updateEvidence') this.evidence.set(a.id!, a.quote!);
    else if (a.op === 'dismissSuggestion') this.dismissed.add(a.id!);
    else this.comparisons.add(a.id!);
  }

  /**
   * The acknowledged writes missing from `got`. The one write in flight when the writer died
   * (`pending`) may or may not be there; nothing else may differ.
   */
  lost(got: CrashDump, pending: Ack | null): string[] {
    const lost: string[] = [];
    for (const [id, want] of this.claims) {
      const have = got.claims[id];
      if (!have) {
        lost.push(`claim ${id} added`);
        continue;
      }
      const inFlight = (op: Ack['op']) => pending?.op === op && pending.id === id;
      if (have.note !== want.note && !(inFlight('updateClaim') && have.note === pending!.note)) lost.push(`claim ${id} note ${want.note}, found ${have.note}`);
      const tags = new Set(have.tagIds);
      const toggled = inFlight('toggleTag') && tags.has(pending!.tagId!) === pending!.on && sameExcept(tags, want.tags, pending!.tagId!);
      if (!sameSet(tags, want.tags) && !toggled) lost.push(`claim ${id} tags ${[...want.tags]}, found ${have.tagIds}`);
    }
    for (const [id, quote] of this.evidence) {
      const have = got.evidence[id];
      const inFlight = pending?.op === 'updateEvidence' && pending.id === id && have === pending.quote;
      if (have !== quote && !inFlight) lost.push(`evidence ${id} quote ${quote}, found ${have}`);
    }
    for (const id of this.comparisons) if (!got.comparisons.includes(id)) lost.push(`comparison ${id} added`);
    for (const key of this.dismissed) if (!got.dismissed.includes(key)) lost.push(`suggestion ${key} dismissed`);
    const extra = (op: Ack['op'], found: number, known: number) => {
      const allowed = pending?.op === op ? 1 : 0;
      if (found - known > allowed) lost.push(`${found - known} unexpected records from ${op}`);
    };
    extra('addClaim', Object.keys(got.claims).length, this.claims.size);
    extra('addEvidence', Object.keys(got.evidence).length, this.evidence.size);
    extra('addComparison', got.comparisons.length, this.comparisons.size);
    extra('dismissSuggestion', got.dismissed.length, this.dismissed.size);
    return lost;
  }

  /** Takes in a record the writer committed but was killed before acknowledging. */
  adopt(got: CrashDump): void {
    for (const [id, c] of Object.entries(got.claims)) {
      const known = this.claims.get(id);
      if (!known) this.claims.set(id, { note: c.note, tags: new Set(c.tagIds) });
      else {
        known.note = c.note;
        known.tags = new Set(c.tagIds);
      }
    }
    for (const [id, quote] of Object.entries(got.evidence)) this.evidence.set(id, quote);
    for (const id of got.comparisons) this.comparisons.add(id);
    for (const key of got.dismissed) this.dismissed.add(key);
  }
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const sameExcept = (a: Set<string>, b: Set<string>, x: string) => sameSet(new Set([...a].filter((y) => y !== x)), new Set([...b].filter((y) => y !== x)));

describe('crash safety', () => {
  it('keeps every acknowledged write when the app is killed at random moments, and check finds the file sound', async () => {
    const tmp = tempDir();
    const bundles = mkdtempSync(join(tmpdir(), 'pizhu-crash-bundle-'));
    const { writer, checker } = await bundle(bundles);
    const check = startChecker(checker);
    let next: Writer | undefined;
    try {
      const path = tmp.file('崩溃.pizhu');
      const store = ProjectStore.create(path, { title: '崩溃测试', author: EDITOR });
      store.addArticle(sampleArticle());
      store.close();
      const expected = new Expected();
      let kills = 0;
      let cliChecks = 0;
      const lostWrites: string[] = [];
      next = startWriter(writer, path, 0);
      for (let round = 0; round < KILLS; round++) {
        // Most kills land mid-edit; one in five while the app starts, opens the file or rolls back
        // the previous crash's journal.
        const atStart = round % 5 === 0;
        const current: Writer = next;
        next = startWriter(writer, path, (round + 1) * 100_000);
        const { acks, pending } = await runAndKill(current, Math.random() * (atStart ? 60 : 120), atStart ? 'go' : 'editing');
        kills++;
        for (const a of acks) expected.apply(a);
        if (round % CLI_EVERY === 0) {
          // The real command, before anything opens the file for writing: exit 0, not "damaged".
          const cli = spawnSync(process.execPath, [here('../../bin/pizhu.mjs'), 'check', path, '--lang', 'en'], { encoding: 'utf8' });
          expect({ status: cli.status, out: cli.stdout + cli.stderr }).toMatchObject({ status: 0, out: expect.stringMatching(/: ok/) });
          cliChecks++;
        }
        // Every other kill the file is read-only when checked, so the checker reads a rolled-back
        // copy and leaves the crash's journal for the next writer to roll back while opening.
        const readOnlyCheck = round % 2 === 1;
        if (readOnlyCheck) chmodSync(path, 0o444);
        const got = await check.ask(path);
        if (readOnlyCheck) chmodSync(path, 0o644);
        expect(got.error).toBeUndefined();
        expect(got.failures).toEqual([]);
        lostWrites.push(...expected.lost(got, pending));
        expected.adopt(got);
      }
      process.stdout.write(`crash test: ${kills} kills, ${expected.writes} acknowledged writes checked, ${lostWrites.length} lost, ${cliChecks} pizhu check runs\n`);
      expect(lostWrites).toEqual([]);
      expect(kills).toBeGreaterThanOrEqual(KILLS);
      expect(expected.writes).toBeGreaterThan(KILLS);
    } finally {
      next?.child.kill();
      check.stop();
      rmSync(bundles, { recursive: true, force: true });
      tmp.remove();
    }
  }, 180_000);
});
