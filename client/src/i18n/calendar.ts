// Texts for a centre's calendar of the year. Bokmål first; English with exactly the same keys.

export const nb = {
  centreCalendar: 'Årskalender',
  centreCalendarTitle: (centre: string, year: number) => `Årskalender ${year} – ${centre}`,
  centreCalendarIntro: 'Styringsmøter og frister måned for måned.',
  centreCalendarEmpty: 'Ingen styringsmøter eller frister dette året.',
};

export const en: typeof nb = {
  centreCalendar: 'Calendar of the year',
  centreCalendarTitle: (centre, year) => `Calendar ${year} – ${centre}`,
  centreCalendarIntro: 'Steering meetings and deadlines month by month.',
  centreCalendarEmpty: 'No steering meetings or deadlines this year.',
};
