// The structured report against a report deadline: the centre writes it (autosaved) and submits it
// as its hand-in; the case officer reads each version and assesses it. Returning and accepting are
// the deadline's review (POST /api/deadlines/:id/review), which the report follows.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { idParams } from '../common.js';
import { assessReportBody, saveReportBody, submitReportFields, versionParams } from './schema.js';
import { AnnualReportVersion, User } from '../../../models/index.js';
import {
  annualReportSchema,
  presentReport,
  presentVersion,
  reportVersionContentSchema,
} from '../../../presenters/annualReport.js';
import { reportFor } from '../../../reports/reportRecord.js';
import { saveReportDraft } from '../../../commands/saveReportDraft.js';
import { submitReport } from '../../../commands/submitReport.js';
import { assessReport } from '../../../commands/assessReport.js';
import { queueAfterCommit } from '../../../notifications/queueAfterCommit.js';
import { fieldError, NotFound } from '../../../errors.js';
import { validationMessage } from '../../../i18n/validationMessages.js';
import { readDocumentFiles } from '../deadlines/upload.js';

const tag = 'reports';

export function registerReportRoutes(router: Router) {
  const present = async (actor: User, deadlineId: number) =>
    presentReport(actor, await reportFor(actor, 'read', deadlineId));

  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/:id/report',
    tag,
    summary: 'The structured report against a report deadline (a new draft until the centre saves it)',
    params: idParams,
    response: annualReportSchema,
    handler: ({ actor, params }) => present(actor, params.id),
  });

  defineRoute(router, {
    method: 'put',
    path: '/api/deadlines/:id/report',
    tag,
    summary: 'Save the report while writing it (centre; a draft or a returned report)',
    params: idParams,
    body: saveReportBody,
    response: annualReportSchema,
    handler: async ({ actor, params, body }) => {
      await saveReportDraft(actor, params.id, body.content);
      return present(actor, params.id);
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/deadlines/:id/report/submit',
    tag,
    summary:
      'Submit the report as the hand-in against its deadline (centre): multipart with optional `files` and a `comment`',
    description:
      'Every special assignment needs a status (400 naming each that has none). The report is frozen as its next version; files are checked as for any hand-in.',
    params: idParams,
    bodyType: 'multipart',
    response: annualReportSchema,
    handler: async ({ req, res, actor, params }) => {
      await reportFor(actor, 'submit', params.id); // before reading any upload
      const files = await readDocumentFiles(req, res, { required: false });
      const fields = submitReportFields.safeParse(req.body ?? {});
      if (!fields.success) throw fieldError('body.comment', validationMessage(fields.error.issues[0]!, false));
      const { emails } = await submitReport(req, actor, params.id, { comment: fields.data.comment ?? null, files });
      await queueAfterCommit(emails, { deadlineId: params.id });
      return present(actor, params.id);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/deadlines/:id/report/versions/:version',
    tag,
    summary: 'One submitted version of the report, as it was handed in',
    params: versionParams,
    response: reportVersionContentSchema,
    handler: async ({ actor, params }) => {
      const { report } = await reportFor(actor, 'read', params.id);
      const version = report.id
        ? await AnnualReportVersion.findOne({
            where: { reportId: report.id, version: params.version },
            include: [{ model: User, as: 'submittedBy', attributes: ['id', 'name'] }],
          })
        : null;
      if (!version) throw NotFound('report');
      return { ...presentVersion(version), content: version.content };
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/deadlines/:id/report/assessments',
    tag,
    summary:
      'Assess a submitted report: one special assignment, or the whole with the control of the funds (case officer)',
    description:
      'Nothing recorded changes: a new assessment supersedes the latest of the same target, also after acceptance (a correction).',
    params: idParams,
    body: assessReportBody,
    status: 201,
    response: annualReportSchema,
    handler: async ({ req, actor, params, body }) => {
      await assessReport(req, actor, params.id, body);
      return present(actor, params.id);
    },
  });
}
