// The municipal survey 2023 per centre or centre group, and the earlier contacted shares it quotes.
import type { Transaction } from 'sequelize';
import { SurveyIndicator } from '../server/models/index.js';
import type { Centre } from '../server/models/index.js';
import { survey2023, surveyYear } from './data/survey2023.js';

export async function seedIndicators(centres: Map<string, Centre>, transaction: Transaction): Promise<void> {
  const groups = new Set([...centres.values()].flatMap((centre) => (centre.group ? [centre.group] : [])));
  const subject = (code: string) => {
    const centre = centres.get(code);
    if (centre) return { subjectCode: code, centreId: centre.id, centreGroup: null };
    if (groups.has(code)) return { subjectCode: code, centreId: null, centreGroup: code };
    throw new Error(`Survey data names an unknown centre or group: ${code}`);
  };
  await SurveyIndicator.bulkCreate(
    survey2023.flatMap((figures) => [
      {
        ...subject(figures.code),
        year: surveyYear,
        respondents: figures.respondents,
        contactedPct: figures.contactedPct,
        channels: figures.channels,
      },
      ...Object.entries(figures.history).map(([year, contactedPct]) => ({
        ...subject(figures.code),
        year: Number(year),
        respondents: null,
        contactedPct,
        channels: null,
      })),
    ]),
    { transaction },
  );
}
