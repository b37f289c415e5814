// The meeting pack: HTML made fresh on demand; PDF as stored once the agenda is final (with its
// SHA-256 as ETag), or made fresh and marked as a draft before that.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { authorize } from '../../../policies/index.js';
import { storage } from '../../../storage/index.js';
import { buildMeetingPackView } from '../../../meetings/meetingPackView.js';
import { renderMeetingPackHtml, renderMeetingPackPdf } from '../../../meetings/renderMeetingPack.js';
import { meetingPackFilename } from '../../../meetings/meetingPackDocument.js';
import { findMeeting } from '../../../meetings/meetingRecord.js';

const tag = 'steering meetings';

export function registerMeetingPackRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings/:id/pack',
    tag,
    summary: 'The meeting pack as HTML, made now from the current data',
    params: idParams,
    produces: 'text/html',
    handler: async ({ res, actor, params }) => {
      const meeting = await findMeeting(params.id);
      authorize(actor, 'read', meeting, 'steering meeting');
      res.type('html').send(renderMeetingPackHtml(await buildMeetingPackView(meeting)));
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/steering-meetings/:id/pack.pdf',
    tag,
    summary: 'The meeting pack as PDF: the stored one once the agenda is final, else a fresh draft',
    params: idParams,
    produces: 'application/pdf',
    handler: async ({ req, res, actor, params }) => {
      const meeting = await findMeeting(params.id);
      authorize(actor, 'read', meeting, 'steering meeting');
      const filename = meetingPackFilename(meeting.centre!.code, meeting.year, meeting.sequence);
      if (meeting.packStorageKey && meeting.packSha256) {
        const etag = `"${meeting.packSha256}"`;
        res.set('ETag', etag).set('X-Content-SHA256', meeting.packSha256);
        if (req.headers['if-none-match'] === etag) return void res.status(304).end();
        res
          .type('pdf')
          .attachment(filename)
          .send(await storage.get(meeting.packStorageKey));
        return;
      }
      const pdf = await renderMeetingPackPdf(await buildMeetingPackView(meeting));
      res.type('pdf').set('Cache-Control', 'no-store').attachment(filename).send(pdf);
    },
  });
}
