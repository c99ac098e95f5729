// `pizhu web`: browser mode. Serves the built renderer and the API on 127.0.0.1 and prints the
// address (with its one-time token) to open. Ctrl+C or SIGTERM closes the open project cleanly,
// which removes its lock, before the process ends.
import { join } from 'node:path';
import type { Command } from 'commander';
import { startWebHost } from '../../web/host';
import { createNodeServices } from '../../services/node-services';
import { packageRoot } from '../../services/package-root';
import { translate } from '../../../shared/i18n';
import { makeOut } from '../output';
import { runLanguage } from '../run';

export function registerWeb(program: Command): void {
  program
    .command('web')
    .description('serve the Pizhu workspace to a browser on 127.0.0.1 (browser mode)')
    .option('-p, --port <port>', 'port to listen on (default: a random free port)', (v) => Number.parseInt(v, 10))
    .option('--renderer <dir>', 'the built renderer to serve', join(packageRoot(), 'out', 'renderer'))
    .option('--json', 'print the address as JSON')
    .action(async (opts: { port?: number; renderer: string; json?: boolean }) => {
      const services = createNodeServices({ mode: 'browser' });
      const host = await startWebHost({ services, rendererDir: opts.renderer, port: opts.port });
      makeOut(Boolean(opts.json)).result({ url: host.url, origin: host.origin }, () => translate(runLanguage(), 'cli.web.serving', { url: host.url }));
      await new Promise<void>((resolve) => {
        const stop = () =>
          void host.close().then(() => {
            services.session.close();
            resolve();
          });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
