// Printing HTML to PDF behind one small interface: the CLI and tests print with a system
// Chromium through playwright-core; the desktop app will print with webContents.printToPDF, taking
// the same HTML and the same PrintSetup.
import { writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { PizhuError } from '../../shared/api/result';
import type { PrintSetup } from '../../shared/export/print-setup';
import type { Language } from '../../shared/preferences';
import { findChromium } from '../../scripts/find-chromium.mjs';

export interface PrintOptions {
  /** Stops the print: it then throws (what it throws does not matter). */
  signal?: AbortSignal;
  /** A folder holding the files the page refers to by relative URL; the page is printed from it. */
  folder?: string;
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

  async print(html: string, setup: PrintSetup, { signal, folder }: PrintOptions = {}): Promise<Uint8Array> {
    const browser = await this.launch();
    const page = await browser.newPage();
    // Closing the page is how a print in progress is stopped: page.pdf() then rejects.
    const stop = () => void page.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      signal?.throwIfAborted();
      // No network: an export carries its fonts inline and its images in its own folder.
      const own = folder ? pathToFileURL(folder + sep).href : null;
      await page.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith('data:') || (own && url.startsWith(own)) ? route.continue() : route.abort();
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
      const { width, height, margin } = setup.geometry;
      const inch = (pt: number) => `${(pt / 72).toFixed(4)}in`;
      const pdf = await page.pdf({
        width: inch(width),
        height: inch(height),
        margin: { top: inch(margin.top), bottom: inch(margin.bottom), left: inch(margin.left), right: inch(margin.right) },
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: setup.headerTemplate,
        footerTemplate: setup.footerTemplate,
        // Bookmarks from the layout's headings: sections, articles and each claim.
        outline: true,
        tagged: true,
      });
      // A view of Playwright's buffer, not a copy of it.
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
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
