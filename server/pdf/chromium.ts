// HTML → PDF through one headless Chromium (Debian's package, driven by playwright-core), kept and
// reused across renders. Letter text comes from users, so the rendering page may load nothing:
// every request is aborted, JavaScript is off, and the templates carry a CSP that forbids loads.
import Handlebars from 'handlebars';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { env } from '../env.js';
import { logger } from '../logger.js';
import { toPdfA } from './pdfA.js';

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  const launching = chromium
    .launch({ executablePath: env.CHROMIUM_PATH, args: ['--no-sandbox', '--disable-dev-shm-usage'] })
    .then((started) => {
      // A crashed browser is replaced on the next render rather than failing every later job.
      started.on('disconnected', () => {
        if (browser === launching) browser = null;
      });
      return started;
    });
  launching.catch((error: unknown) => {
    logger.error({ err: error }, 'Chromium failed to start');
    if (browser === launching) browser = null;
  });
  return launching;
}

export function sharedBrowser(): Promise<Browser> {
  browser ??= launch();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close();
}

const escapeHtml = (text: string) => Handlebars.Utils.escapeExpression(text);

export interface PdfOptions {
  headerText: string;
  footerText: string;
  pageLabel: { page: string; of: string };
}

/**
 * Prints HTML to an A4 PDF with a running header, the footer text and "Side n av m": tagged (headings,
 * lists, tables for screen readers), with an outline, the page's title and language, as PDF/A-2b.
 */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const small =
      'font-family: DejaVu Sans, Arial, sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 22mm 0 25mm;';
    const title = await page.title();
    const language = (await page.locator('html').getAttribute('lang')) ?? 'nb';
    const printed = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small} text-align: right;">${escapeHtml(options.headerText)}</div>`,
      footerTemplate:
        `<div style="${small} display: flex; justify-content: space-between;">` +
        `<span>${escapeHtml(options.footerText)}</span>` +
        `<span>${escapeHtml(options.pageLabel.page)} <span class="pageNumber"></span> ${escapeHtml(options.pageLabel.of)} <span class="totalPages"></span></span></div>`,
    });
    return await toPdfA(printed, { title, language });
  } finally {
    await context.close();
  }
}
