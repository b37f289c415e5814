// A letter as a reader sees it: the rendered HTML preview and the PDF. An issued letter's PDF is
// the stored one (rendered once, with its SHA-256); any other letter is rendered fresh, marked draft.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { previewQuery } from './schema.js';
import { authorize } from '../../../policies/index.js';
import { findLetter, findLetterForPreview } from '../../../letters/loadLetter.js';
import { buildLetterView } from '../../../letters/letterView.js';
import { renderLetterHtml, renderLetterPdf } from '../../../letters/renderLetter.js';
import { ensureLetterDocument, letterPdfFilename } from '../../../letters/letterDocument.js';
import { storage } from '../../../storage/index.js';
import { sendWhole } from '../../sendWhole.js';
import { issuedLetterPreview } from './issuedPreview.js';

export function registerLetterFileRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/letters/:id/preview',
    tag: 'letters',
    summary:
      'The letter rendered as HTML: as issued (the stored view) once issued; a draft in its current state, marked as draft',
    params: idParams,
    query: previewQuery,
    produces: 'text/html',
    handler: async ({ req, res, actor, params, query }) => {
      // An issued letter shows what it was issued as (the view stored with its PDF), not today's
      // data: the letter's row is all it needs to be authorized; only a draft reads the whole letter.
      const row = await findLetterForPreview(params.id);
      authorize(actor, 'read', row, 'letter');
      let preview;
      if (row.status === 'issued') preview = await issuedLetterPreview(row.id, row.document, query.language);
      else {
        const letter = await findLetter(row.id); // gone meanwhile (deleted): 404, as any missing letter
        authorize(actor, 'read', letter, 'letter');
        const view = await buildLetterView(letter);
        preview = renderLetterHtml({ ...view, language: query.language ?? view.language });
      }
      // The preview page may show nothing but itself: no scripts, no loads (letter text is user input).
      res
        .type('html')
        .set(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
        );
      sendWhole(req, res, preview);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/letters/:id/pdf',
    tag: 'letters',
    summary: 'The letter as PDF: the stored PDF once issued, otherwise freshly rendered and marked as draft',
    params: idParams,
    produces: 'application/pdf',
    handler: async ({ res, actor, params }) => {
      const letter = await findLetter(params.id);
      authorize(actor, 'read', letter, 'letter');
      const filename = letterPdfFilename(letter.centre!.code, letter.year, letter.id);
      if (letter.status === 'issued') {
        // Normally the issue job has stored it already; if not yet, this makes the same document.
        const document = letter.document ?? (await ensureLetterDocument(letter.id));
        res
          .type('application/pdf')
          .set('Content-Disposition', `inline; filename="${filename}"`)
          .set('ETag', `"${document.sha256}"`)
          .send(await storage.get(document.storageKey));
        return;
      }
      const pdf = await renderLetterPdf(await buildLetterView(letter));
      res
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="utkast-${filename}"`)
        .set('Cache-Control', 'no-store')
        .send(pdf);
    },
  });
}
