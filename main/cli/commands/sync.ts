// `pizhu sync FILE --server URL --project NAME --key KEY`: brings a project file and a team sync
// server's project in step, then exits (with --watch, keeps them in step until Ctrl+C). A FILE
// that does not exist yet is made from the server's project (joining it); an existing file that
// never synced is shared with `--share`; one that synced before sends what was edited since
// (by the CLI or the app, offline) and takes in what colleagues did.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { SyncBridge } from '../../sync/bridge';
import type { ServerAddress } from '../../sync/client';
import { PizhuError } from '../../../shared/api/result';
import { makeOut } from '../output';
import { cliSession } from './new';

interface SyncOptions {
  server: string;
  project: string;
  key: string;
  share?: boolean;
  watch?: boolean;
  json?: boolean;
}

/** How long the command waits for the server before saying it cannot reach it. */
const FIRST_SYNC_MS = 15_000;

async function openBridge(file: string, address: ServerAddress, share: boolean): Promise<SyncBridge> {
  const session = cliSession();
  if (!existsSync(file)) return SyncBridge.join(file, address, { ...session, firstSyncMs: FIRST_SYNC_MS });
  const store = ProjectStore.open(file, session);
  let bridge: SyncBridge | null = null;
  try {
    bridge = SyncBridge.open(store, session.author);
    if (bridge) {
      await bridge.connect(address, FIRST_SYNC_MS);
      return bridge;
    }
    if (!share) throw PizhuError.keyed('invalid-argument', 'sync.neverSynced', { file, project: address.project });
    return await SyncBridge.share(store, session.author, address, FIRST_SYNC_MS);
  } catch (err) {
    bridge?.close();
    store.close();
    throw err;
  }
}

export function registerSync(program: Command): void {
  program
    .command('sync')
    .description('bring a project file in step with a team sync server (pizhu serve)')
    .argument('<file>', 'the .pizhu file; made from the server project when it does not exist')
    .requiredOption('--server <url>', 'the server address, e.g. ws://127.0.0.1:4455')
    .requiredOption('--project <name>', 'the project name on the server')
    .requiredOption('--key <key>', 'a key of the project (pizhu serve --add-key)')
    .option('--share', 'share a project file that never synced as this server project')
    .option('--watch', 'stay connected, keeping the file in step, until Ctrl+C')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: SyncOptions) => {
      const out = makeOut(Boolean(opts.json));
      const bridge = await openBridge(file, { url: opts.server, project: opts.project, token: opts.key }, Boolean(opts.share));
      await bridge.settled();
      out.result({ file, ...bridge.status() }, () => {
        const s = bridge.status();
        const waiting = s.uploadsWaiting ? `, screenshots still to send: ${s.uploadsWaiting}` : '';
        return `${file} is in step with ${opts.project} at ${opts.server} (conflicts: ${s.conflicts}${waiting})${opts.watch ? '; press Ctrl+C to stop.' : ''}`;
      });
      if (!opts.watch) {
        bridge.close();
        bridge.store.close();
        return;
      }
      await new Promise<void>((done) => {
        const stop = () => {
          bridge.close();
          bridge.store.close();
          done();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
