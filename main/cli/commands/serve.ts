// `pizhu serve`: runs the team sync server (main/sync/server.ts) until Ctrl+C or SIGTERM, which
// store every open document first. `--add-key PROJECT` makes a key for a project instead and
// prints it once (the keys file keeps only its hash).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addKey } from '../../sync/keys';
import { startSyncServer } from '../../sync/server';
import { makeOut } from '../output';

interface ServeOptions {
  port?: number;
  host: string;
  data: string;
  addKey?: string;
  readOnly?: boolean;
  json?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the team sync server (Hocuspocus) for projects shared by a desk; loopback unless --host says otherwise')
    .option('-p, --port <port>', 'port to listen on', (v) => Number.parseInt(v, 10), 4455)
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--data <dir>', 'folder for the server database and keys', 'pizhu-sync')
    .option('--add-key <project>', 'make a new key for PROJECT, print it and exit')
    .option('--read-only', 'with --add-key: a key that can read but not change the project')
    .option('--json', 'print as JSON')
    .action(async (opts: ServeOptions) => {
      const out = makeOut(Boolean(opts.json));
      const dataDir = resolve(opts.data);
      if (opts.addKey) {
        const mode = opts.readOnly ? 'read-only' : 'read-write';
        const key = addKey(dataDir, opts.addKey, mode);
        out.result({ project: opts.addKey, mode, key }, () => `${mode} key for ${opts.addKey} (shown once, keep it safe):\n${key}`);
        return;
      }
      const server = await startSyncServer({
        dataDir,
        port: opts.port,
        host: opts.host,
        warn: (message) => process.stderr.write(`pizhu serve: warning: ${message}\n`),
      });
      out.result({ url: server.url, data: dataDir }, () =>
        `Pizhu sync server at ${server.url} (data in ${dataDir}); press Ctrl+C to stop.`,
      );
      await new Promise<void>((done) => {
        const stop = () => void server.stop().then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
