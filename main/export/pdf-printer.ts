// Printing HTML to PDF behind one small interface: the CLI and tests print with a system
// Chromium through playwright-core; the desktop app will print with webContents.printToPDF, taking
// the same HTML and the same PrintSetup.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PizhuError } from '../../shared/api/result';
import { printFlags, type PrintSetup } from '../../shared/export/print-setup';
import type { Language } from '../../shared/preferences';
import { findChromium } from '../../scripts/find-chromium.mjs';

export interface PrintOptions {
  /** Stops the print: it then throws (what it throws does not matter). */
  signal?: AbortSignal;
  /** A folder holding the files the page refers to by relative URL; the page is printed from it. */
  folder?: string;
  /** Files of `folder` still being written while the page is laid out. */
  pending?: PendingFiles;
}

/** Files still being written into the print folder. */
export interface PendingFiles {
  /** Settles once the file `name` is there, or will not come (at once for a name not pending). */
  file(name: string): Promise<void>;
  /** Settles once every file is written; rejects with the first failure. */
  all: Promise<void>;
}

export interface PdfPrinter {
  print(html: string, setup: PrintSetup, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A headless system Chromium; one browser serves many prints until close(). */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly lang: Language = 'zh-CN') {}

  private launch(): Promise<Browser> {
    const path = findChromium();
    if (!path) {
      const detail = process.env.PIZHU_CHROMIUM ? `PIZHU_CHROMIUM=${process.env.PIZHU_CHROMIUM} does not exist` : 'no system Chromium found';
      throw PizhuError.keyed('unsupported', 'export.noChromium', { detail }, this.lang);
    }
    this.browser ??= chromium.launch({ executablePath: path, args: ['--no-sandbox'] }).catch((err: unknown) => {
      this.browser = null;
      throw PizhuError.keyed('unsupported', 'export.noChromium', { detail: `${path}: ${String(err)}` }, this.lang);
    });
    return this.browser;
  }

  async print(html: string, setup: PrintSetup, { signal, folder, pending }: PrintOptions = {}): Promise<Uint8Array> {
    const browser = await this.launch();
    const page = await browser.newPage();
    // Closing the page is how a print in progress is stopped: page.pdf() then rejects.
    const stop = () => void page.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      signal?.throwIfAborted();
      // No network: an export carries its fonts inline and its images in its own folder.
      const own = folder ? pathToFileURL(folder + sep).href : null;
      // A screenshot still being scaled is waited for: the page is laid out meanwhile.
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:')) return route.continue();
        if (!own || !url.startsWith(own)) return route.abort();
        await pending?.file(decodeURIComponent(url.slice(own.length)));
        return route.continue();
      });
      if (folder) {
        // The page goes to Chromium from a file, so it need not pass through this process again.
        const file = join(folder, 'index.html');
        writeFileSync(file, html);
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      } else {
        await page.setContent(html, { waitUntil: 'load' });
      }
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      return await printStreamed(page, setup, folder);
    } catch (err) {
      if (signal?.aborted) throw err;
      throw PizhuError.keyed('io', 'export.printFailed', { detail: err instanceof Error ? err.message : String(err) }, this.lang);
    } finally {
      signal?.removeEventListener('abort', stop);
      await page.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close();
  }
}

// The PDF is read from Chromium 64 KB at a time, into a file: page.pdf() gathers it in pieces,
// joins them and hands the whole file over once more, and pieces of a megabyte or more outlive
// the young generation (measured: the print's peak 60 MB above this, for a 11 MB export).
const CHUNK = 1 << 16;

/** Prints through the DevTools protocol, streaming the PDF into `folder` (when given) and reading it back once. */
async function printStreamed(page: Page, setup: PrintSetup, folder: string | undefined): Promise<Uint8Array> {
  const { width, height, margin } = setup.geometry;
  const inch = (pt: number) => pt / 72;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { stream } = await cdp.send('Page.printToPDF', {
      transferMode: 'ReturnAsStream',
      paperWidth: inch(width),
      paperHeight: inch(height),
      marginTop: inch(margin.top),
      marginBottom: inch(margin.bottom),
      marginLeft: inch(margin.left),
      marginRight: inch(margin.right),
      ...printFlags(setup),
    });
    if (!stream) throw new Error('Chromium returned no PDF stream');
    const file = folder ? join(folder, 'printed.pdf') : null;
    const chunks: Buffer[] = [];
    const fd = file ? openSync(file, 'w') : null;
    try {
      for (let eof = false; !eof; ) {
        const read = await cdp.send('IO.read', { handle: stream, size: CHUNK });
        const chunk = Buffer.from(read.data, read.base64Encoded ? 'base64' : 'latin1');
        if (fd === null) chunks.push(chunk);
        else writeSync(fd, chunk);
        eof = read.eof;
      }
    } finally {
      if (fd !== null) closeSync(fd);
      await cdp.send('IO.close', { handle: stream }).catch(() => undefined);
    }
    const pdf = file ? readFileSync(file) : Buffer.concat(chunks);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
