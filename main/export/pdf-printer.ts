// Printing HTML to PDF behind one small interface: the CLI and tests print with a system
// Chromium through playwright-core; the desktop app will print with webContents.printToPDF, taking
// the same HTML and the same PrintSetup.
import { chromium, type Browser } from 'playwright-core';
import { PizhuError } from '../../shared/api/result';
import type { PrintSetup } from '../../shared/export/print-setup';
import type { Language } from '../../shared/preferences';
import { findChromium } from '../../scripts/find-chromium.mjs';

export interface PdfPrinter {
  /** Prints; stops and throws (what it throws does not matter) once `signal` aborts. */
  print(html: string, setup: PrintSetup, signal?: AbortSignal): Promise<Uint8Array>;
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

  async print(html: string, setup: PrintSetup, signal?: AbortSignal): Promise<Uint8Array> {
    const browser = await this.launch();
    const page = await browser.newPage();
    // Closing the page is how a print in progress is stopped: page.pdf() then rejects.
    const stop = () => void page.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      signal?.throwIfAborted();
      // No network: an export carries its fonts and images inline.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
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
      return new Uint8Array(pdf);
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
