// HTML → PDF through one headless Chromium (Debian's package, driven by playwright-core), kept and
// reused across renders. Letter text comes from users, so the rendering page may load nothing:
// every request is aborted, JavaScript is off, and the templates carry a CSP that forbids loads.
import { availableParallelism } from 'node:os';
import Handlebars from 'handlebars';
import { createPool } from 'generic-pool';
import type { Pool } from 'generic-pool';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
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

// Warm pages: a new context and page cost ~0.5 s per PDF. Each pooled page keeps JavaScript off and
// every request blocked, and gets fresh content per render (setContent replaces the document).
// Renders at once are bounded by the cores: more would only queue inside Chromium.
let pages: Pool<Page> | null = null;

function pagePool(): Pool<Page> {
  pages ??= createPool<Page>(
    {
      create: async () => {
        const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        return context.newPage();
      },
      destroy: async (page) => {
        await page
          .context()
          .close()
          .catch(() => undefined);
      },
      // A page of a crashed or replaced browser is thrown away, not handed out.
      validate: (page) => Promise.resolve(!page.isClosed() && page.context().browser()?.isConnected() === true),
    },
    {
      max: Math.max(1, availableParallelism()),
      min: 0,
      testOnBorrow: true,
      idleTimeoutMillis: 60_000,
      evictionRunIntervalMillis: 30_000,
    },
  );
  return pages;
}

export async function closeBrowser(): Promise<void> {
  const pool = pages;
  pages = null;
  if (pool) {
    await pool.drain();
    await pool.clear();
  }
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

/** What page.pdf is asked for: A4, tagged, with an outline, the running header and "Side n av m". */
export function printOptions(options: PdfOptions) {
  const small =
    'font-family: DejaVu Sans, Arial, sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 22mm 0 25mm;';
  return {
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
  } as const;
}

/**
 * Prints HTML to an A4 PDF with a running header, the footer text and "Side n av m": tagged (headings,
 * lists, tables for screen readers), with an outline, the page's title and language, as PDF/A-2b.
 */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const pool = pagePool();
  const page = await pool.acquire();
  let printed: Buffer;
  let title: string;
  let language: string;
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // One round trip for both (Playwright evaluates in its own world; the page's scripts stay off).
    // (An expression, as the server is compiled without the DOM's types.)
    [title, language] = await page.evaluate<[string, string]>(
      "[document.title, document.documentElement.lang || 'nb']",
    );
    printed = await page.pdf(printOptions(options));
  } catch (error) {
    // A page that failed mid-render may be in any state: it is not reused.
    await pool.destroy(page);
    throw error;
  }
  await pool.release(page);
  // The PDF/A pass (pdf-lib) runs outside Chromium: the page is free for the next render meanwhile.
  return toPdfA(printed, { title, language });
}
