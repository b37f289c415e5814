// The archive extract of a year (Noark 5 arkivuttrekk as a zip), streamed (admin, auditor).
import type { Router } from 'express';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { authorize, system } from '../../../policies/index.js';
import { archiveExtract, yearHasCases } from '../../../archive/extract.js';
import { ProblemError } from '../../../errors.js';
import { logger } from '../../../logger.js';
import { say } from '../../../i18n/language.js';

const exportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).openapi({ description: 'The grant year to extract' }),
});

export function registerArchiveRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/archive/export',
    tag: 'archive',
    summary:
      'The Noark 5 archive extract of a year: arkivstruktur.xml, the documents and sjekksummer.txt in a zip (admin, auditor)',
    query: exportQuery,
    produces: 'application/zip',
    handler: async ({ res, actor, query }) => {
      authorize(
        actor,
        'exportArchive',
        system,
        'archive',
        say(
          'Bare administratorer og revisorer kan ta arkivuttrekk.',
          'Only admins and auditors take archive extracts.',
        ),
      );
      if (!(await yearHasCases(query.year)))
        throw new ProblemError(
          404,
          'not-found',
          say('Finnes ikke', 'Not found'),
          say(
            `Ingen journaldata for ${query.year}: ingenting ble utstedt, akseptert eller levert det året.`,
            `No journal data for ${query.year}: nothing was issued, accepted or handed in for that year.`,
          ),
        );
      const zip = await archiveExtract(query.year);
      res.type('application/zip').attachment(`arkivuttrekk-${query.year}.zip`);
      await pipeline(zip, res).catch((error: unknown) =>
        logger.error({ err: error, year: query.year }, 'archive extract stopped'),
      );
    },
  });
}
