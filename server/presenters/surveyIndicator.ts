import { z } from 'zod';
import { surveyChannels } from '../models/SurveyIndicator.js';
import type { SurveyIndicator } from '../models/index.js';

const channelCountsSchema = z
  .object(Object.fromEntries(surveyChannels.map((channel) => [channel, z.number().int().nullable()])))
  .openapi({
    description:
      'Municipalities that used each contact channel: web (website), phone, collaboration, elearning, articles, course, programme (competence programme), other',
  });

export const surveyIndicatorSchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    code: z.string().openapi({ description: 'Centre code, or centre group (KORUS, RVTS) as the survey names it' }),
    name: z.string(),
    kind: z.enum(['centre', 'group']),
    respondents: z.number().int().nullable().openapi({ description: 'Municipalities that answered (n)' }),
    contactedPct: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Share of respondents that had been in contact with or used the centre, in per cent' }),
    channels: channelCountsSchema.nullable(),
  })
  .openapi('SurveyIndicator');

/** Expects centre loaded for centre rows. */
export function presentSurveyIndicator(indicator: SurveyIndicator): z.infer<typeof surveyIndicatorSchema> {
  const isGroup = indicator.centreGroup !== null;
  return {
    id: indicator.id,
    year: indicator.year,
    code: indicator.subjectCode,
    name: isGroup ? indicator.subjectCode : (indicator.centre?.name ?? indicator.subjectCode),
    kind: isGroup ? 'group' : 'centre',
    respondents: indicator.respondents,
    contactedPct: indicator.contactedPct,
    channels: indicator.channels,
  };
}
