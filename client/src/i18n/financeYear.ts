// Texts for finance's year: setting up a budget year (copy, amounts, Excel/CSV), the payment ledger
// with reversals, and the accounts review. Bokmål first; English with exactly the same keys.

export const nb = {
  navFinanceYear: 'Budsjettår',
  navPayments: 'Utbetalinger',
  navAccounts: 'Regnskap',
  financeWork: 'Økonomiarbeid',
  financeCentre: 'Senter',
  financeAllCentres: 'Alle sentre',
  financeYearTitle: (year: number) => `Budsjett ${year}`,
  financeYearIntro:
    'Sett opp årets budsjettlinjer og rammer per senter. Start med en kopi av fjorårets, og endre beløpene.',
  copyFramesTitle: 'Kopier fra fjoråret',
  copyFramesHelp: (from: number, to: number) =>
    `Kopierer budsjettlinjene og rammene for ${from} til ${to}. Du kan endre beløpene etterpå.`,
  copyMissingHelp: (from: number, to: number) =>
    `${to} har allerede rammer. Bare rammene som finnes for ${from}, men mangler for ${to}, blir kopiert.`,
  copyFrames: (from: number) => `Kopier rammer fra ${from}`,
  copyMissingFrames: (from: number) => `Kopier manglende rammer fra ${from}`,
  framesCopied: (frames: number, lines: number, from: number, to: number) =>
    `${frames === 1 ? '1 ramme' : `${frames} rammer`} og ${lines === 1 ? '1 budsjettlinje' : `${lines} budsjettlinjer`} er kopiert fra ${from} til ${to}.`,
  frameFilesTitle: 'Excel og CSV',
  downloadExcel: (year: number) => `Last ned rammer for ${year} som Excel`,
  downloadCsv: (year: number) => `Last ned rammer for ${year} som CSV`,
  frameImportHelp:
    'Last opp en Excel- eller CSV-fil med kolonnene Senter, År, Kapittel, Post og Ramme (kr), for eksempel arket «Rammer» eller CSV-filen fra nedlastingen. Har én rad feil, blir ingenting importert.',
  frameImportFile: 'Excel- eller CSV-fil (.xlsx, .csv)',
  frameImportButton: 'Importer rammer',
  framesImported: (rows: number, created: number, updated: number, total: string) =>
    `${rows === 1 ? '1 rad' : `${rows} rader`} er importert: ${created} nye og ${updated} endrede rammer, til sammen ${total}.`,
  frameImportProblems: (n: number) =>
    n === 1 ? 'Regnearket har 1 feil. Ingenting er importert.' : `Regnearket har ${n} feil. Ingenting er importert.`,
  sheetRow: 'Rad',
  sheetColumn: 'Kolonne',
  sheetProblem: 'Feil',
  ledgerTitle: (year: number) => `Utbetalinger ${year}`,
  ledgerIntro:
    'Alle utbetalinger og tilbakeføringer i året, nyeste først. En feil utbetaling tilbakeføres med en begrunnelse.',
  noPayments: (year: number) => `Ingen utbetalinger er registrert for ${year}.`,
  ledgerEntryStatus: 'Status',
  paymentIsPaid: 'Utbetalt',
  paymentIsReversed: 'Tilbakeført',
  reversalOf: (reason: string) => `Tilbakeføring: ${reason}`,
  paymentOf: (amount: string, voucher: string) => `utbetaling på ${amount}, bilag ${voucher}`,
  reversePayment: 'Tilbakefør',
  reversalReasonLabel: (what: string) => `Begrunnelse for å tilbakeføre ${what}`,
  confirmReversal: 'Tilbakefør utbetalingen',
  paymentReversed: (what: string) => `Tilbakeført: ${what}.`,
  accountsReviewTitle: (year: number) => `Regnskap ${year}`,
  accountsReviewIntro:
    'Sentrenes regnskap per kapittel og post, mot ramme og utbetalt. Godkjenn eller send tilbake med en kommentar.',
  noAccounts: (year: number) => `Ingen regnskap er sendt inn for ${year}.`,
  accountsPaid: 'Utbetalt',
  accountsSpent: 'Brukt',
  accountsUnspent: 'Ubrukt',
  accountsUnaccounted: 'Ikke gjort rede for',
  accountsStatusNames: { submitted: 'Sendt inn', returned: 'Sendt tilbake', approved: 'Godkjent' } as Record<
    'submitted' | 'returned' | 'approved',
    string
  >,
  reviewAccountsOf: (what: string) => `Vurder regnskapet for ${what}`,
  approveAccounts: 'Godkjenn',
  returnAccounts: 'Send tilbake',
  unspentOutcomeLabel: 'Hva skjer med ubrukte midler?',
  chooseUnspentOutcome: 'Velg',
  unspentOutcomeNames: {
    carried_over: 'Overføres til neste år',
    repaid: 'Betales tilbake',
    waived: 'Ettergis',
  } as Record<'carried_over' | 'repaid' | 'waived', string>,
  reviewNoteLabel: 'Kommentar til senteret',
  reviewNoteRequired: 'Skriv hvorfor regnskapet sendes tilbake.',
  saveAccountsReview: 'Lagre vurderingen',
  accountsApproved: (what: string) => `Regnskapet for ${what} er godkjent.`,
  accountsReturned: (what: string) => `Regnskapet for ${what} er sendt tilbake.`,
};

export const en: typeof nb = {
  navFinanceYear: 'Budget year',
  navPayments: 'Payments',
  navAccounts: 'Accounts',
  financeWork: 'Finance work',
  financeCentre: 'Centre',
  financeAllCentres: 'All centres',
  financeYearTitle: (year) => `Budget ${year}`,
  financeYearIntro:
    'Set up the year’s budget lines and frames per centre. Start from a copy of last year’s and change the amounts.',
  copyFramesTitle: 'Copy from last year',
  copyFramesHelp: (from, to) =>
    `Copies the budget lines and frames of ${from} into ${to}. You can change the amounts afterwards.`,
  copyMissingHelp: (from, to) =>
    `${to} already has frames. Only the frames that exist for ${from} but are missing for ${to} are copied.`,
  copyFrames: (from) => `Copy frames from ${from}`,
  copyMissingFrames: (from) => `Copy missing frames from ${from}`,
  framesCopied: (frames, lines, from, to) =>
    `${frames === 1 ? '1 frame' : `${frames} frames`} and ${lines === 1 ? '1 budget line' : `${lines} budget lines`} copied from ${from} to ${to}.`,
  frameFilesTitle: 'Excel and CSV',
  downloadExcel: (year) => `Download the ${year} frames as Excel`,
  downloadCsv: (year) => `Download the ${year} frames as CSV`,
  frameImportHelp:
    'Upload an Excel or CSV file with the columns Senter, År, Kapittel, Post and Ramme (kr), such as the “Rammer” sheet or the CSV file of the download. If one row is wrong, nothing is imported.',
  frameImportFile: 'Excel or CSV file (.xlsx, .csv)',
  frameImportButton: 'Import frames',
  framesImported: (rows, created, updated, total) =>
    `${rows === 1 ? '1 row' : `${rows} rows`} imported: ${created} new and ${updated} changed frames, ${total} in all.`,
  frameImportProblems: (n) =>
    n === 1 ? 'The sheet has 1 problem. Nothing was imported.' : `The sheet has ${n} problems. Nothing was imported.`,
  sheetRow: 'Row',
  sheetColumn: 'Column',
  sheetProblem: 'Problem',
  ledgerTitle: (year) => `Payments ${year}`,
  ledgerIntro:
    'Every payment and reversal of the year, newest first. A payment made in error is reversed with a reason.',
  noPayments: (year) => `No payments are recorded for ${year}.`,
  ledgerEntryStatus: 'Status',
  paymentIsPaid: 'Paid',
  paymentIsReversed: 'Reversed',
  reversalOf: (reason) => `Reversal: ${reason}`,
  paymentOf: (amount, voucher) => `payment of ${amount}, voucher ${voucher}`,
  reversePayment: 'Reverse',
  reversalReasonLabel: (what) => `Reason for reversing the ${what}`,
  confirmReversal: 'Reverse the payment',
  paymentReversed: (what) => `Reversed: ${what}.`,
  accountsReviewTitle: (year) => `Accounts ${year}`,
  accountsReviewIntro:
    'The centres’ accounts per chapter and item, against frame and payments. Approve them or return them with a comment.',
  noAccounts: (year) => `No accounts have been submitted for ${year}.`,
  accountsPaid: 'Paid',
  accountsSpent: 'Spent',
  accountsUnspent: 'Unspent',
  accountsUnaccounted: 'Unaccounted for',
  accountsStatusNames: { submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
  reviewAccountsOf: (what) => `Review the accounts of ${what}`,
  approveAccounts: 'Approve',
  returnAccounts: 'Return',
  unspentOutcomeLabel: 'What happens to unspent money?',
  chooseUnspentOutcome: 'Choose',
  unspentOutcomeNames: { carried_over: 'Carried over to next year', repaid: 'Paid back', waived: 'Waived' },
  reviewNoteLabel: 'Comment to the centre',
  reviewNoteRequired: 'Say why the accounts are returned.',
  saveAccountsReview: 'Save the review',
  accountsApproved: (what) => `The accounts of ${what} are approved.`,
  accountsReturned: (what) => `The accounts of ${what} are returned.`,
};
