// A letter as HTML (its template filled with its view) and as PDF (that HTML printed by Chromium).
import { renderTemplate } from '../../templates/render.js';
import { withTexts } from './letterView.js';
import type { LetterViewData } from './letterView.js';
import { htmlToPdf } from '../pdf/chromium.js';
import type { PdfOptions } from '../pdf/chromium.js';
import { letterTexts } from '../../templates/letters/texts.js';

export function renderLetterHtml(data: LetterViewData): string {
  return renderTemplate(data.kind === 'supplement' ? 'letters/supplement' : 'letters/main', withTexts(data));
}

/** The running header and footer of a letter's pages. */
export function letterPdfOptions(data: LetterViewData): PdfOptions {
  const t = letterTexts[data.language];
  const reference = data.referenceNumber ? `${t.ourReference}: ${data.referenceNumber}` : data.draft ? t.draft : '';
  return {
    headerText: `${data.recipient.centreName} – ${data.year}`,
    footerText: reference,
    pageLabel: { page: t.page, of: t.of },
  };
}

export async function renderLetterPdf(data: LetterViewData): Promise<Buffer> {
  return htmlToPdf(renderLetterHtml(data), letterPdfOptions(data));
}
