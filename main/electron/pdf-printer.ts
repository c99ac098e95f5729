// PDF printing in the desktop app: the export's HTML in a hidden, sandboxed window, printed with
// webContents.printToPDF and the same page setup the CLI gives Chromium.
import { BrowserWindow } from 'electron';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { PdfPrinter, PrintOptions } from '../export';
import { printFlags, type PrintSetup } from '../../shared/export/print-setup';

const inches = (pt: number) => pt / 72;

export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, setup: PrintSetup, { signal, folder, pending }: PrintOptions = {}): Promise<Uint8Array> {
    // The window loads the page's images from the folder as they are: all of them first.
    await pending?.all.catch(() => undefined);
    signal?.throwIfAborted();
    // A file rather than a data: URL: exports carry their fonts inline and grow large; in the
    // export's folder, beside the screenshots it refers to.
    const file = join(folder ?? tmpdir(), `pizhu-export-${randomUUID()}.html`);
    writeFileSync(file, html);
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
    });
    // Destroying the window stops a print in progress (printToPDF then rejects).
    const stop = () => win.destroy();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      await win.loadFile(file);
      await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const { width, height, margin } = setup.geometry;
      const pdf = await win.webContents.printToPDF({
        pageSize: { width: inches(width), height: inches(height) },
        margins: { top: inches(margin.top), bottom: inches(margin.bottom), left: inches(margin.left), right: inches(margin.right) },
        ...printFlags(setup),
      });
      return new Uint8Array(pdf);
    } finally {
      signal?.removeEventListener('abort', stop);
      if (!win.isDestroyed()) win.destroy();
      rmSync(file, { force: true });
    }
  }

  async close(): Promise<void> {}
}
