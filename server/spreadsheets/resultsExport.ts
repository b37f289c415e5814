// The results portfolio as an Excel workbook (exceljs), in bokmål: one sheet per centre and year,
// one of joint assignments rolled up over their centres, one of activity figures per year and
// channel. Titles are text from people, so a leading = + - @ is neutralised as in the portfolio.
import ExcelJS from 'exceljs';
import type { ResultsPortfolio } from '../reports/resultsPortfolio.js';
import { achievementNamesNb, activityChannelNamesNb, reportStatusNamesNb, statusNamesNb } from '../i18n/reportNames.js';
import { achievements } from '../models/AnnualReport.js';
import { reportAssignmentStatuses } from '../reports/reportContent.js';

const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const statusColumns = [...reportAssignmentStatuses, 'none'] as const;
const achievementColumns = [...achievements, 'unassessed'] as const;

function sheet(workbook: ExcelJS.Workbook, name: string, headers: string[], widths: number[]) {
  const added = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  added.columns = headers.map((header, index) => ({ header, width: widths[index] ?? 14 }));
  added.getRow(1).font = { bold: true };
  return added;
}

export async function resultsWorkbook(results: ResultsPortfolio): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styringsdialog';
  workbook.created = new Date();
  const counts = [
    ...statusColumns.map((s) => `Status: ${statusNamesNb[s]}`),
    ...achievementColumns.map((a) => `Vurdering: ${achievementNamesNb[a]}`),
  ];

  const centres = sheet(
    workbook,
    'Sentre',
    ['Senter', 'Navn', 'År', 'Rapport', 'Versjon', 'Oppdrag', ...counts, 'Samlet vurdering'],
    [14, 40, 8, 14, 9, 9],
  );
  for (const row of results.centres)
    centres.addRow([
      row.centre.code,
      safe(row.centre.name),
      row.year,
      reportStatusNamesNb[row.reportStatus],
      row.version,
      row.assignments,
      ...statusColumns.map((s) => row.byStatus[s]),
      ...achievementColumns.map((a) => row.byAchievement[a]),
      row.overall ? achievementNamesNb[row.overall] : '',
    ]);

  const joint = sheet(workbook, 'Fellesoppdrag', ['Fellesoppdrag', 'År', 'Sentre', ...counts], [50, 8, 40]);
  for (const row of results.joint)
    joint.addRow([
      safe(row.title),
      row.year,
      row.centres.join(', '),
      ...statusColumns.map((s) => row.byStatus[s]),
      ...achievementColumns.map((a) => row.byAchievement[a]),
    ]);

  const activities = sheet(workbook, 'Aktiviteter', ['År', 'Kanal', 'Antall', 'Deltakere'], [8, 22, 12, 12]);
  for (const row of results.activities)
    activities.addRow([row.year, activityChannelNamesNb[row.channel], row.count, row.participants]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
