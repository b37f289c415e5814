// The municipal survey 2023 (shared/reference/survey-2023.json, from 003_kartlegging_kompetansesentre_2023.txt):
// per centre or centre group (KORUS and RVTS are named as groups) the municipalities that answered (n),
// the share in per cent that had been in contact with or used it, and municipalities per contact
// channel; `history` holds the earlier shares the source quotes. Copied as the source gives it.
import type { ChannelCounts } from '../../server/models/SurveyIndicator.js';

export interface SurveyFigures {
  code: string;
  respondents: number;
  contactedPct: number;
  channels: ChannelCounts;
  /** Earlier years' contacted share, by year. */
  history: Record<number, number>;
}

export const surveyYear = 2023;

export const survey2023: SurveyFigures[] = [
  {
    code: 'NAPHA',
    respondents: 341,
    contactedPct: 76,
    channels: {
      web: 217,
      phone: 79,
      collaboration: 65,
      elearning: 60,
      articles: 167,
      course: 133,
      programme: 70,
      other: 8,
    },
    history: { 2016: 65 },
  },
  {
    code: 'KORUS',
    respondents: 341,
    contactedPct: 91,
    channels: {
      web: 236,
      phone: 130,
      collaboration: 146,
      elearning: 72,
      articles: 147,
      course: 209,
      programme: 103,
      other: 7,
    },
    history: {},
  },
  {
    code: 'RBUP-RKBU',
    respondents: 332,
    contactedPct: 62,
    channels: {
      web: 160,
      phone: 50,
      collaboration: 47,
      elearning: 30,
      articles: 90,
      course: 93,
      programme: 44,
      other: 6,
    },
    history: { 2022: 64 },
  },
  {
    code: 'RVTS',
    respondents: 341,
    contactedPct: 88,
    channels: {
      web: 228,
      phone: 101,
      collaboration: 108,
      elearning: 84,
      articles: 144,
      course: 208,
      programme: 90,
      other: 6,
    },
    history: { 2016: 80 },
  },
  {
    code: 'NKROP',
    respondents: 337,
    contactedPct: 34,
    channels: {
      web: 93,
      phone: 14,
      collaboration: 16,
      elearning: 12,
      articles: 59,
      course: 24,
      programme: 10,
      other: 1,
    },
    history: {},
  },
  {
    code: 'NKVTS',
    respondents: 340,
    contactedPct: 36,
    channels: {
      web: 96,
      phone: 16,
      collaboration: 11,
      elearning: 12,
      articles: 55,
      course: 24,
      programme: 11,
      other: 1,
    },
    history: { 2019: 28 },
  },
  {
    code: 'NSSF',
    respondents: 339,
    contactedPct: 27,
    channels: { web: 74, phone: 6, collaboration: 5, elearning: 7, articles: 38, course: 19, programme: 6, other: 1 },
    history: {},
  },
  {
    code: 'SANKS',
    respondents: 339,
    contactedPct: 14,
    channels: { web: 24, phone: 21, collaboration: 25, elearning: 3, articles: 10, course: 9, programme: 4, other: 3 },
    history: {},
  },
  {
    code: 'SIFER',
    respondents: 338,
    contactedPct: 12,
    channels: { web: 26, phone: 8, collaboration: 4, elearning: 1, articles: 9, course: 6, programme: 3, other: 2 },
    history: {},
  },
  {
    code: 'ERFARINGSKOMPETANSE',
    respondents: 341,
    contactedPct: 34,
    channels: {
      web: 102,
      phone: 16,
      collaboration: 14,
      elearning: 5,
      articles: 58,
      course: 14,
      programme: 4,
      other: 1,
    },
    history: {},
  },
];
