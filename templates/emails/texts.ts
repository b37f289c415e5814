// The words of each e-mail, in bokmål and English.
import type { Language } from '../formats.js';

export const emailTexts = {
  nb: {
    letterIssued: {
      subject: (centre: string, year: number) => `Tilskuddsbrev ${year} til ${centre}`,
      greeting: (name: string) => `Hei ${name},`,
      body: (title: string, reference: string) =>
        `Helsedirektoratet har sendt brevet «${title}» (vår referanse ${reference}). Brevet ligger vedlagt som PDF.`,
      action:
        'Les brevet i Styringsdialog og bekreft at dere godtar vilkårene og kontonummeret for utbetaling. Utbetalinger venter til brevet er godtatt.',
      link: 'Åpne brevet',
      footer: 'Denne e-posten er sendt automatisk fra Styringsdialog.',
    },
  },
  en: {
    letterIssued: {
      subject: (centre: string, year: number) => `Grant letter ${year} to ${centre}`,
      greeting: (name: string) => `Dear ${name},`,
      body: (title: string, reference: string) =>
        `The Directorate has issued the letter “${title}” (our reference ${reference}). The letter is attached as a PDF.`,
      action:
        'Read the letter in Styringsdialog and confirm that you accept its conditions and the bank account for payments. Payments wait until the letter is accepted.',
      link: 'Open the letter',
      footer: 'This e-mail was sent automatically by Styringsdialog.',
    },
  },
} satisfies Record<Language, Record<string, Record<string, unknown>>>;
