// Budget frames (budsjettrammer): what a centre is granted per year and budget line, in integer øre.
// Only finance officers write them; a centre reads its own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute, defineReadOneRoute, defineUpdateRoute } from '../crud.js';
import { copyBudgetFramesBody, createBudgetFrameBody, listBudgetFramesQuery, updateBudgetFrameBody } from './schema.js';
import { BudgetFrame, BudgetLine, Centre, GrantLetter } from '../../../models/index.js';
import { abilitiesFor, authorize, system } from '../../../policies/index.js';
import { copyBudgetFrames } from '../../../commands/copyBudgetFrames.js';
import { budgetFrameSchema, findBudgetFrame, presentBudgetFrame } from '../../../presenters/budgetFrame.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { Conflict, fieldError } from '../../../errors.js';
import { importBudgetFrames } from '../../../commands/importBudgetFrames.js';
import { frameBelowPaid } from '../../../commands/frameFloor.js';
import { formatKroner } from '../../../../common/money.js';
import { say } from '../../../i18n/language.js';

const entityType = 'BudgetFrame';

const importResultSchema = z
  .object({
    sheet: z.string(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    totalOre: z.number().int().openapi({ description: 'Sum of the imported amounts, integer øre' }),
    frames: z.array(budgetFrameSchema),
  })
  .openapi('BudgetFrameImport');

const frameAbilities = ['update', 'delete', 'createDisbursement'] as const;
const listItemSchema = budgetFrameSchema.extend({
  abilities: z
    .object(Object.fromEntries(frameAbilities.map((action) => [action, z.boolean()])))
    .openapi({ description: 'What you may do with this frame (menus and buttons follow these)' }),
});

const copyResultSchema = z
  .object({
    fromYear: z.number().int(),
    toYear: z.number().int(),
    linesCreated: z.number().int(),
    framesCreated: z.number().int(),
    framesSkipped: z.number().int().openapi({ description: 'Frames the target year already had' }),
    frames: z.array(budgetFrameSchema).openapi({ description: 'The frames created' }),
  })
  .openapi('BudgetFrameCopy');

const recordRoutes = {
  path: '/api/budget-frames/:id',
  tag: 'budget',
  params: idParams,
  entity: 'budget frame' as const,
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => findBudgetFrame(id, transaction),
  present: presentBudgetFrame,
  schema: budgetFrameSchema,
  centreIdOf: (frame: BudgetFrame) => frame.centreId,
};

export function registerBudgetFrameRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/budget-frames',
    tag: 'budget',
    summary: 'List budget frames; filters centre, year, chapter, item',
    query: listBudgetFramesQuery,
    response: pageSchema(listItemSchema),
    handler: async ({ actor, query }) => {
      const lineWhere = {
        ...(query.chapter ? { chapter: query.chapter } : {}),
        ...(query.item ? { item: query.item } : {}),
      };
      // The budget line joins as a filter only when the list is filtered by chapter or item. A
      // `where` on an include makes it an inner join, and MariaDB then starts from the budget lines
      // and reads every year's frames of each (8,400 at 300 centres × 10 years) to sort all of the
      // year's 843 for a page of 50; left-joined, it reads the page's 50 frames in order through
      // (year, centre_id) and the count through the year alone (5.6 ms → 0.2 ms for the page).
      // Filtered, the lines are narrowed to the frames' year too (a frame's year is its line's), so
      // only that year's lines' frames are read.
      const filtersByLine = Object.keys(lineWhere).length > 0;
      const { rows, count } = await BudgetFrame.findAndCountAll({
        where: { ...(await centreFilter(actor, query.centre)), ...(query.year ? { year: query.year } : {}) },
        include: [
          { model: Centre, as: 'centre' },
          {
            model: BudgetLine,
            as: 'budgetLine',
            ...(filtersByLine ? { where: { ...lineWhere, ...(query.year ? { year: query.year } : {}) } } : {}),
          },
        ],
        order: [
          ['year', 'DESC'],
          ['centreId', 'ASC'],
          ['id', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(
        rows.map((frame) => ({ ...presentBudgetFrame(frame), abilities: abilitiesFor(actor, frame, frameAbilities) })),
        count,
        query,
      );
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/budget-frames/import',
    tag: 'budget',
    summary: 'Import frames from an Excel sheet (finance); any bad row imports nothing',
    description:
      'Upload an .xlsx as multipart/form-data field `file`. The first row names the columns Senter, År, Kapittel, ' +
      'Post, Ramme (kr) and optionally Merknad (the portfolio export’s “Rammer” sheet has them). Each row sets ' +
      'that centre’s frame on that budget line: created, or its amount changed. When any row has a problem the ' +
      'answer is 400 spreadsheet-invalid, whose `errors` give the row and column of every problem, and nothing is written.',
    upload: { field: 'file', description: 'The Excel workbook (.xlsx), at most 5 MB' },
    response: importResultSchema,
    handler: async ({ req, actor }) => {
      authorize(actor, 'importBudgetFrames', system, 'budget frames');
      return importBudgetFrames(req.file!.buffer, req);
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/budget-frames/copy',
    tag: 'budget',
    summary: 'Set up a year’s budget lines and frames as a copy of another year’s (finance)',
    description:
      'Creates the source year’s budget lines in the target year where missing and copies each centre’s frame ' +
      '(amount and note) onto them, all in one transaction, each line and frame audited as `copy`. When the target ' +
      'year already has frames (for `centre`, when given) the answer is 409 and nothing is written, unless ' +
      '`onlyMissing` is true: then only the missing frames are added, so running it twice copies nothing twice.',
    body: copyBudgetFramesBody,
    response: copyResultSchema,
    handler: async ({ req, actor, body }) => {
      authorize(
        actor,
        'copyBudgetFrames',
        system,
        'budget frames',
        say('Bare økonomimedarbeidere setter opp budsjettrammer.', 'Only finance officers set up budget frames.'),
      );
      const centre = body.centre ? await centreByCode(body.centre, 'body.centre') : undefined;
      return copyBudgetFrames(
        {
          fromYear: body.fromYear,
          toYear: body.toYear,
          onlyMissing: body.onlyMissing,
          ...(centre ? { centreId: centre.id } : {}),
        },
        req,
      );
    },
  });

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One budget frame' });

  defineCreateRoute(router, {
    path: '/api/budget-frames',
    tag: 'budget',
    summary: 'Set a centre’s frame for a year on a budget line (finance)',
    body: createBudgetFrameBody,
    schema: budgetFrameSchema,
    entityType,
    authorize: async ({ actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      authorize(actor, 'createBudgetFrame', centre, 'centre');
      return centre;
    },
    create: async ({ body, parent: centre, transaction }) => {
      const line = await BudgetLine.findOne({ where: { year: body.year, ...body.budgetLine }, transaction });
      if (!line)
        throw fieldError(
          'body.budgetLine',
          say(
            `ingen budsjettpost kap. ${body.budgetLine.chapter} post ${body.budgetLine.item} for ${body.year}`,
            `no budget line kap. ${body.budgetLine.chapter} post ${body.budgetLine.item} for ${body.year}`,
          ),
        );
      if (body.letterId) {
        const letter = await GrantLetter.findByPk(body.letterId, { transaction });
        if (!letter || letter.centreId !== centre.id)
          throw fieldError(
            'body.letterId',
            say(`${centre.code} har ikke noe brev ${body.letterId}`, `no letter ${body.letterId} for ${centre.code}`),
          );
      }
      if (await BudgetFrame.count({ where: { centreId: centre.id, budgetLineId: line.id }, transaction }))
        throw Conflict(
          say(
            `${centre.code} har allerede en ramme på kap. ${line.chapter} post ${line.item} for ${line.year}; endre den i stedet.`,
            `${centre.code} already has a frame on kap. ${line.chapter} post ${line.item} for ${line.year}; change that one.`,
          ),
        );
      return BudgetFrame.create(
        {
          centreId: centre.id,
          year: body.year,
          budgetLineId: line.id,
          amountOre: body.amountOre,
          letterId: body.letterId ?? null,
          note: body.note ?? null,
        },
        { transaction },
      );
    },
    present: async (created, { transaction }) => presentBudgetFrame((await findBudgetFrame(created.id, transaction))!),
    centreIdOf: (frame) => frame.centreId,
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change a frame’s amount or note (finance); not below what is already paid on it',
    body: updateBudgetFrameBody,
    check: async ({ record, body, transaction }) => {
      if (body.amountOre === undefined) return;
      const below = await frameBelowPaid(record.id, body.amountOre, transaction);
      if (below)
        throw Conflict(
          say(
            `${below.reason.nb}; den kan ikke senkes til ${formatKroner(body.amountOre)}.`,
            `${below.reason.en}; it cannot be lowered to ${formatKroner(body.amountOre)}.`,
          ),
        );
    },
  });

  defineDeleteRoute(router, { ...recordRoutes, summary: 'Delete a frame (finance)' });
}
