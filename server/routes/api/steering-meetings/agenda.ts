// The shared agenda: both sides propose items (with attachments) until the agenda closes for them;
// the case officer orders the items, declares the agenda final (the pack is then stored) or reopens it.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { agendaFileParams, agendaItemBody, agendaItemChangesBody, agendaOrderBody } from './schema.js';
import { idParams } from '../common.js';
import { AgendaItem, StoredFile } from '../../../models/index.js';
import { authorize } from '../../../policies/index.js';
import { steeringMeetingDetailSchema } from '../../../presenters/steeringMeeting.js';
import { NotFound } from '../../../errors.js';
import { storage } from '../../../storage/index.js';
import { sendStoredFile } from '../../../storage/fileTypes.js';
import { withStoredUploads } from '../../../storage/uploadedFiles.js';
import { proposeAgendaItem } from '../../../commands/proposeAgendaItem.js';
import { finaliseAgenda, orderAgenda, reopenAgenda } from '../../../commands/arrangeAgenda.js';
import { enqueue } from '../../../../workflows/queues.js';
import { StoreMeetingPackTask } from '../../../../workflows/tasks/StoreMeetingPackTask.js';
import { readDocumentFiles } from '../deadlines/upload.js';
import { findMeeting } from '../../../meetings/meetingRecord.js';
import { editAgendaItem } from '../../../commands/editAgendaItem.js';
import { withdrawAgendaItem } from '../../../commands/withdrawAgendaItem.js';
import { assertMayAttachAgendaFiles, attachAgendaFiles } from '../../../commands/attachAgendaFiles.js';
import { defineMeetingChange } from './meetingChangeRoute.js';

const tag = 'steering meetings';
const storePack = new StoreMeetingPackTask();

export function registerAgendaRoutes(router: Router) {
  defineMeetingChange(router, {
    method: 'post',
    path: '/agenda-items',
    summary: 'Propose an agenda item (both sides; the centre until the agenda deadline)',
    description:
      '409 agenda-closed after the agenda deadline (centre), once the agenda is final, or for a held or cancelled meeting.',
    body: agendaItemBody,
    status: 201,
    action: 'proposeAgendaItem',
    auditAction: 'create',
    change: async ({ actor, meeting, body, transaction }) => {
      const item = await proposeAgendaItem(actor, meeting, body, transaction);
      const after = { meetingId: meeting.id, title: item.title, description: item.description, side: item.side };
      return { audit: { entityType: 'AgendaItem', entityId: item.id, after } };
    },
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/agenda-items/:id',
    tag,
    summary: 'Change an agenda item (its proposer or a case officer, while the agenda is open to them)',
    params: idParams,
    body: agendaItemChangesBody,
    response: steeringMeetingDetailSchema,
    handler: ({ req, actor, params, body }) => editAgendaItem(actor, params.id, body, req),
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/agenda-items/:id',
    tag,
    summary: 'Withdraw an agenda item (its proposer or a case officer, while the agenda is open to them)',
    params: idParams,
    status: 204,
    handler: ({ req, actor, params }) => withdrawAgendaItem(actor, params.id, req),
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/agenda-items/:id/files',
    tag,
    summary: 'Attach documents to an agenda item: multipart/form-data with one or more `files`',
    description:
      'Files up to UPLOAD_MAX_MB each (413 above it, nothing stored). Types are checked by content: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, or UTF-8 text named .txt/.csv (415 otherwise); an empty file or a name with control characters or over 255 characters is 400.',
    params: idParams,
    status: 201,
    response: steeringMeetingDetailSchema,
    bodyType: 'multipart',
    handler: async ({ req, res, actor, params }) => {
      // Checked before any upload is read, and again under the lock when the files are recorded.
      await assertMayAttachAgendaFiles(actor, params.id);
      const files = await readDocumentFiles(req, res);
      return withStoredUploads(`agenda-items/${params.id}`, files, (stored) =>
        attachAgendaFiles(actor, params.id, stored, req),
      );
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/agenda-items/:id/files/:fileId',
    tag,
    summary: "Download an agenda item's attachment (an attachment with its checked type)",
    params: agendaFileParams,
    produces: 'application/octet-stream',
    handler: async ({ res, actor, params }) => {
      const item = await AgendaItem.findByPk(params.id);
      const meeting = item && (await findMeeting(item.steeringMeetingId));
      authorize(actor, 'read', meeting, 'agenda item');
      const file = await StoredFile.findOne({ where: { id: params.fileId, agendaItemId: params.id } });
      if (!file) throw NotFound('file');
      sendStoredFile(res, file, await storage.get(file.storageKey));
    },
  });

  defineMeetingChange(router, {
    method: 'put',
    path: '/agenda/order',
    summary: 'Put the agenda items in order: every item id once, first to last (case officer)',
    body: agendaOrderBody,
    action: 'manageAgenda',
    auditAction: 'order_agenda',
    change: async ({ meeting, body, transaction }) => {
      await orderAgenda(meeting, body.itemIds, transaction);
      return { audit: { after: { itemIds: body.itemIds } } };
    },
  });

  defineMeetingChange(router, {
    method: 'post',
    path: '/agenda/finalise',
    summary: 'Declare the agenda final (case officer): no more items, and the meeting pack is stored',
    action: 'manageAgenda',
    auditAction: 'finalise_agenda',
    change: async ({ meeting, transaction }) => {
      const { alreadyFinal } = await finaliseAgenda(meeting, transaction);
      return { audit: { skip: alreadyFinal, after: { agendaFinalisedAt: meeting.agendaFinalisedAt } } };
    },
    // The job id is per finalisation, so a reopened and re-finalised agenda gets a new pack.
    // Queued through enqueueAfterCommit (meetingChangeRoute): with Redis down the agenda is still final.
    afterCommit: (meeting) =>
      enqueue(storePack, { meetingId: meeting.id }, StoreMeetingPackTask.jobId(meeting.id, meeting.agendaFinalisedAt!)),
  });

  defineMeetingChange(router, {
    method: 'post',
    path: '/agenda/reopen',
    summary: 'Open a final agenda again (case officer); the stored pack is dropped until it is final again',
    action: 'manageAgenda',
    auditAction: 'reopen_agenda',
    change: async ({ meeting, transaction }) => {
      await reopenAgenda(meeting, transaction);
      return { audit: { after: { agendaStatus: meeting.agendaStatus } } };
    },
  });
}
