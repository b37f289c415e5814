// Texts for money and deadlines of the year as charts. Bokmål first; English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  yearFigures: (year: number) => `Økonomi og frister ${year}`,
  portfolioChartTitle: (year: number) => `Ramme, utbetalt og regnskapsført per senter, ${year}`,
  portfolioChartSummary: (frame: string, paid: string, spent: string) =>
    `I alt: ramme ${frame}, utbetalt ${paid}, regnskapsført ${spent}.`,
  portfolioFigure: { frameOre: 'Ramme', paidOre: 'Utbetalt', spentOre: 'Regnskapsført' },
  noPortfolio: (year: number) => `Ingen rammer, utbetalinger eller regnskap for ${year}.`,
  punctualityChartTitle: (year: number) => `Frister overholdt per senter, ${year}`,
  punctualityChartSummary: (due: number, onTime: number, late: number, open: number, overdue: number) =>
    `Av ${nbCount(due, '# frist', '# frister')} er ${onTime} levert i tide og ${late} levert for sent; ${open} er ikke levert (${overdue} forfalt).`,
  punctualityCount: { due: 'Frister', onTime: 'Levert i tide', late: 'Levert for sent', open: 'Ikke levert' },
  noPunctuality: (year: number) => `Ingen frister for ${year}.`,
};

export const en: typeof nb = {
  yearFigures: (year) => `Money and deadlines ${year}`,
  portfolioChartTitle: (year) => `Frame, paid and accounted per centre, ${year}`,
  portfolioChartSummary: (frame, paid, spent) => `In all: frame ${frame}, paid ${paid}, accounted ${spent}.`,
  portfolioFigure: { frameOre: 'Frame', paidOre: 'Paid', spentOre: 'Accounted' },
  noPortfolio: (year) => `No frames, payments or accounts for ${year}.`,
  punctualityChartTitle: (year) => `Deadlines met per centre, ${year}`,
  punctualityChartSummary: (due, onTime, late, open, overdue) =>
    `Of ${enCount(due, '# deadline', '# deadlines')}, ${enCount(onTime, '# was', '# were')} handed in on time and ${late} late; ${enCount(open, '# is', '# are')} not handed in (${overdue} overdue).`,
  punctualityCount: { due: 'Deadlines', onTime: 'On time', late: 'Late', open: 'Not handed in' },
  noPunctuality: (year) => `No deadlines for ${year}.`,
};
