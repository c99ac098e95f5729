// The page geometry and Chromium's running head and foot for a printed export. Playwright's
// page.pdf() and Electron's printToPDF take the same templates, so both print the same pages.
import type { ExportDocument } from './document';
import { esc } from './html';
import { labels } from './labels';
import type { Paper } from './options';

/** Page size and margins in PDF points (1/72 inch). */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
}

export interface PrintSetup {
  paper: Paper;
  geometry: PageGeometry;
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * What every print of the layout asks of Chromium besides the paper: backgrounds, the running
 * head and page numbers, bookmarks from the headings, a tagged PDF. Chromium's DevTools protocol
 * (browser mode, CLI) and Electron's printToPDF take these under the same names.
 */
export function printFlags(setup: PrintSetup) {
  return {
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: setup.headerTemplate,
    footerTemplate: setup.footerTemplate,
    // Bookmarks from the layout's headings: sections, articles and each claim.
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  } as const;
}

const MM = 72 / 25.4;
const SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210 * MM, height: 297 * MM },
  letter: { width: 8.5 * 72, height: 11 * 72 },
};
// Wide enough top and bottom margins for the running head and page numbers to sit in.
const MARGIN = { top: 22 * MM, bottom: 20 * MM, left: 18 * MM, right: 18 * MM };

/**
 * `fontCss` is @font-face CSS covering the header's characters: Chromium renders the templates
 * apart from the page, so the page's fonts are not available to them.
 */
export function printSetup(doc: ExportDocument, fontCss = ''): PrintSetup {
  const l = labels(doc.options.lang);
  const box = (align: string, inner: string) =>
    `<style>${fontCss}</style><div style="font-family:'Noto Sans SC',sans-serif;font-size:8pt;color:#555;width:100%;margin:0 ${MARGIN.left}pt;text-align:${align};">${inner}</div>`;
  const page = l.t('pageOf', { page: '\u0000', total: '\u0001' });
  return {
    paper: doc.options.paper,
    geometry: { ...SIZES[doc.options.paper], margin: MARGIN },
    headerTemplate: box('right', esc(runningHead(doc))),
    footerTemplate: box(
      'center',
      esc(page).replace('\u0000', '<span class="pageNumber"></span>').replace('\u0001', '<span class="totalPages"></span>'),
    ),
  };
}

/** The running head: the project title, and the article's when there is only one. */
export function runningHead(doc: ExportDocument): string {
  const only = doc.articles.length === 1 ? doc.articles[0]!.content.title : '';
  return only && only !== doc.project.title ? `${doc.project.title} · ${only}` : doc.project.title;
}
