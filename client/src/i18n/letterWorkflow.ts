// Texts for the progress of a letter: submit, approve, issue, accept. Bokmål first; English with exactly the same keys.

export const nb = {
  workflow: 'Saksgang',
  stepButton: {
    submit: 'Send til godkjenning',
    approve: 'Godkjenn brevet',
    reopen: 'Send tilbake til utkast',
    issue: 'Send ut brevet',
    accept: 'Aksepter brevet',
  },
  stepDone: {
    submit: 'Brevet er sendt til godkjenning.',
    approve: 'Brevet er godkjent elektronisk.',
    reopen: 'Brevet er sendt tilbake til utkast.',
    issue: 'Brevet er sendt ut. PDF og e-post til senteret lages nå.',
    accept: 'Brevet er akseptert.',
  },
  stepWorking: 'Arbeider …',
  awaitingAcceptance: 'Venter på aksept fra senteret.',
  acceptedBy: (name: string, when: string, account: string) =>
    `Akseptert av ${name}, ${when}. Utbetales til konto ${account}.`,
  preview: 'Forhåndsvis',
  opensInNewTab: '(åpnes i ny fane)',
  downloadPdf: 'Last ned PDF',
  acceptTitle: 'Aksepter tilskuddsbrevet',
  acceptIntro: 'Oppgi kontonummeret tilskuddet skal betales ut til, og bekreft vilkårene i brevet.',
  bankAccount: 'Kontonummer (11 siffer)',
  bankAccountHelp: 'For eksempel 8601 11 17947. Mellomrom og punktum er lov.',
  confirmConditions: 'Senteret godtar vilkårene i brevet',
  confirmRequired: 'Kryss av for at senteret godtar vilkårene.',
};

export const en: typeof nb = {
  workflow: 'Progress of the letter',
  stepButton: {
    submit: 'Send for approval',
    approve: 'Approve the letter',
    reopen: 'Send back to draft',
    issue: 'Issue the letter',
    accept: 'Accept the letter',
  },
  stepDone: {
    submit: 'The letter has been sent for approval.',
    approve: 'The letter has been approved electronically.',
    reopen: 'The letter has been sent back to draft.',
    issue: 'The letter has been issued. The PDF and the e-mail to the centre are being made.',
    accept: 'The letter has been accepted.',
  },
  stepWorking: 'Working …',
  awaitingAcceptance: 'Awaiting acceptance by the centre.',
  acceptedBy: (name, when, account) => `Accepted by ${name}, ${when}. Paid to account ${account}.`,
  preview: 'Preview',
  opensInNewTab: '(opens in a new tab)',
  downloadPdf: 'Download PDF',
  acceptTitle: 'Accept the grant letter',
  acceptIntro: 'Give the bank account the grant is to be paid to, and confirm the conditions of the letter.',
  bankAccount: 'Bank account (11 digits)',
  bankAccountHelp: 'For example 8601 11 17947. Spaces and full stops are allowed.',
  confirmConditions: 'The centre accepts the conditions of the letter',
  confirmRequired: 'Tick the box to confirm the centre accepts the conditions.',
};
