// The words of each e-mail, in bokmål and English.
import type { Language } from '../formats.js';

/** What an invitation e-mail tells: first invitation, a change, a cancellation, or taken off the list. */
export type InvitationChange = 'new' | 'update' | 'cancel' | 'withdrawn';

export const emailTexts = {
  nb: {
    meetingPack: {
      subject: (meeting: string, when: string) => `Møtepakke: ${meeting} – ${when}`,
      greeting: (name: string) => `Hei ${name},`,
      body: (meeting: string, when: string) =>
        `Dagsorden for ${meeting} ${when} er fastsatt. Møtepakken med dagsorden, status for oppdragene, økonomi og frister ligger vedlagt som PDF.`,
      action: 'Referat og oppfølgingspunkter kommer i Styringsdialog etter møtet.',
      link: 'Åpne møtet',
      footer: 'Denne e-posten er sendt automatisk fra Styringsdialog.',
    },
    meetingInvitation: {
      subject: (change: InvitationChange, meeting: string, when: string) =>
        change === 'withdrawn'
          ? `Ikke lenger invitert: ${meeting} (${when})`
          : change === 'cancel'
            ? `Avlyst: ${meeting} (${when})`
            : change === 'update'
              ? `Endret: ${meeting} – ${when}`
              : `Invitasjon: ${meeting} – ${when}`,
      greeting: (name: string) => `Hei ${name},`,
      body: (change: InvitationChange, meeting: string, when: string, place: string) =>
        change === 'withdrawn'
          ? `Du står ikke lenger på deltakerlisten til ${meeting} ${when}. Vedlegget fjerner møtet fra kalenderen din.`
          : change === 'cancel'
            ? `${meeting} ${when} er avlyst. Kalenderoppføringen fjernes når du åpner vedlegget.`
            : change === 'update'
              ? `${meeting} er endret. Nytt tidspunkt og sted: ${when}, ${place}. Vedlegget oppdaterer kalenderen din.`
              : `Du er invitert til ${meeting} ${when}, ${place}. Legg møtet i kalenderen med vedlegget.`,
      action: 'Dagsorden, møtepakke og referat ligger i Styringsdialog. Meld inn saker før fristen for dagsorden.',
      link: 'Åpne møtet',
      footer: 'Denne e-posten er sendt automatisk fra Styringsdialog.',
    },
    letterIssued: {
      subject: (centre: string, year: number, supplement: boolean) =>
        `${supplement ? 'Tilleggsbrev' : 'Tilskuddsbrev'} ${year} til ${centre}`,
      greeting: (name: string) => `Hei ${name},`,
      body: (title: string, reference: string) =>
        `Helsedirektoratet har sendt brevet «${title}» (vår referanse ${reference}). Brevet ligger vedlagt som PDF.`,
      action:
        'Les brevet i Styringsdialog og bekreft at dere godtar vilkårene og kontonummeret for utbetaling. Utbetalinger venter til brevet er godtatt.',
      link: 'Åpne brevet',
      footer: 'Denne e-posten er sendt automatisk fra Styringsdialog.',
    },
    reminder: {
      subject: (title: string, due: string, step: number) =>
        step > 0
          ? `Fristen er passert: ${title} (${due})`
          : step === 0
            ? `Frist i dag: ${title}`
            : `Påminnelse: ${title} – frist ${due}`,
      greeting: (name: string) => `Hei ${name},`,
      body: (title: string, centre: string, due: string, step: number) =>
        step > 0
          ? `Fristen for «${title}» for ${centre} var ${due}, og vi har ikke mottatt noe ennå.`
          : step === 0
            ? `Fristen for «${title}» for ${centre} er i dag, ${due}.`
            : `Fristen for «${title}» for ${centre} er ${due}, om ${-step} ${-step === 1 ? 'dag' : 'dager'}.`,
      action: 'Lever i Styringsdialog, eller avtal en ny frist med saksbehandleren i direktoratet.',
      link: 'Åpne fristen',
      agendaAction:
        'Meld inn saker til dagsorden på møtesiden i Styringsdialog før fristen. Etter fristen kan bare direktoratet legge til saker.',
      agendaLink: 'Åpne møtet',
      footer: 'Denne påminnelsen er sendt automatisk fra Styringsdialog. Leverte frister får ingen flere påminnelser.',
    },
    reminderDigest: {
      subject: (date: string, count: number) => `Påminnelser ${date}: ${count} ${count === 1 ? 'frist' : 'frister'}`,
      body: 'Dette er fristene du får påminnelse om i dag:',
      item: (title: string, centre: string, due: string, step: number) =>
        `«${title}» for ${centre}: ${step > 0 ? `fristen var ${due}` : step === 0 ? `frist i dag, ${due}` : `frist ${due}, om ${-step} ${-step === 1 ? 'dag' : 'dager'}`}`,
      link: 'Åpne fristene',
    },
    notification: {
      greeting: (name: string) => `Hei ${name},`,
      action: 'Oppgaven ligger også under «Mine oppgaver» i Styringsdialog.',
      link: 'Åpne i Styringsdialog',
      footer:
        'Denne e-posten er sendt automatisk fra Styringsdialog. Under «Min profil» velger du én e-post per hendelse eller ett samlet sammendrag om dagen.',
      digestSubject: (count: number) => `Styringsdialog: ${count} ${count === 1 ? 'ny hendelse' : 'nye hendelser'}`,
      digestBody: 'Dette har skjedd siden forrige sammendrag:',
      digestLink: 'Åpne «Mine oppgaver»',
    },
  },
  en: {
    meetingPack: {
      subject: (meeting: string, when: string) => `Meeting pack: ${meeting} – ${when}`,
      greeting: (name: string) => `Dear ${name},`,
      body: (meeting: string, when: string) =>
        `The agenda for ${meeting} on ${when} is final. The meeting pack with the agenda, the status of the assignments, finances and deadlines is attached as a PDF.`,
      action: 'Minutes and action items follow in Styringsdialog after the meeting.',
      link: 'Open the meeting',
      footer: 'This e-mail was sent automatically by Styringsdialog.',
    },
    meetingInvitation: {
      subject: (change: InvitationChange, meeting: string, when: string) =>
        change === 'withdrawn'
          ? `No longer invited: ${meeting} (${when})`
          : change === 'cancel'
            ? `Cancelled: ${meeting} (${when})`
            : change === 'update'
              ? `Changed: ${meeting} – ${when}`
              : `Invitation: ${meeting} – ${when}`,
      greeting: (name: string) => `Dear ${name},`,
      body: (change: InvitationChange, meeting: string, when: string, place: string) =>
        change === 'withdrawn'
          ? `You are no longer on the list of participants for ${meeting} on ${when}. The attachment removes it from your calendar.`
          : change === 'cancel'
            ? `${meeting} on ${when} has been cancelled. Opening the attachment removes it from your calendar.`
            : change === 'update'
              ? `${meeting} has changed. New time and place: ${when}, ${place}. The attachment updates your calendar.`
              : `You are invited to ${meeting} on ${when}, ${place}. Add it to your calendar with the attachment.`,
      action: 'The agenda, meeting pack and minutes are in Styringsdialog. Propose items before the agenda deadline.',
      link: 'Open the meeting',
      footer: 'This e-mail was sent automatically by Styringsdialog.',
    },
    letterIssued: {
      subject: (centre: string, year: number, supplement: boolean) =>
        `${supplement ? 'Supplementary letter' : 'Grant letter'} ${year} to ${centre}`,
      greeting: (name: string) => `Dear ${name},`,
      body: (title: string, reference: string) =>
        `The Directorate has issued the letter “${title}” (our reference ${reference}). The letter is attached as a PDF.`,
      action:
        'Read the letter in Styringsdialog and confirm that you accept its conditions and the bank account for payments. Payments wait until the letter is accepted.',
      link: 'Open the letter',
      footer: 'This e-mail was sent automatically by Styringsdialog.',
    },
    reminder: {
      subject: (title: string, due: string, step: number) =>
        step > 0
          ? `Deadline passed: ${title} (${due})`
          : step === 0
            ? `Due today: ${title}`
            : `Reminder: ${title} – due ${due}`,
      greeting: (name: string) => `Dear ${name},`,
      body: (title: string, centre: string, due: string, step: number) =>
        step > 0
          ? `“${title}” for ${centre} was due on ${due}, and nothing has been handed in yet.`
          : step === 0
            ? `“${title}” for ${centre} is due today, ${due}.`
            : `“${title}” for ${centre} is due on ${due}, in ${-step} day${-step === 1 ? '' : 's'}.`,
      action: 'Hand it in in Styringsdialog, or agree a new deadline with the case officer at the Directorate.',
      link: 'Open the deadline',
      agendaAction:
        'Propose agenda items on the meeting page in Styringsdialog before the deadline. After it, only the Directorate can add items.',
      agendaLink: 'Open the meeting',
      footer: 'This reminder was sent automatically by Styringsdialog. Deadlines handed in get no further reminders.',
    },
    reminderDigest: {
      subject: (date: string, count: number) => `Reminders ${date}: ${count} deadline${count === 1 ? '' : 's'}`,
      body: 'These are the deadlines you are reminded of today:',
      item: (title: string, centre: string, due: string, step: number) =>
        `“${title}” for ${centre}: ${step > 0 ? `was due ${due}` : step === 0 ? `due today, ${due}` : `due ${due}, in ${-step} day${-step === 1 ? '' : 's'}`}`,
      link: 'Open the deadlines',
    },
    notification: {
      greeting: (name: string) => `Dear ${name},`,
      action: 'The task is also listed under “My tasks” in Styringsdialog.',
      link: 'Open in Styringsdialog',
      footer:
        'This e-mail was sent automatically by Styringsdialog. Under “My profile” you choose one e-mail per event or one daily summary.',
      digestSubject: (count: number) => `Styringsdialog: ${count} new event${count === 1 ? '' : 's'}`,
      digestBody: 'This has happened since the last summary:',
      digestLink: 'Open “My tasks”',
    },
  },
} satisfies Record<Language, Record<string, Record<string, unknown>>>;
