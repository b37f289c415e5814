// Texts for issuing every approved letter at once. Bokmål first; English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  bulkIssue: 'Send ut alle godkjente brev',
  bulkIssueTitle: 'Utsending av godkjente brev',
  bulkProgress: (done: number, total: number) => `${done} av ${nbCount(total, '# brev', '# brev')} sendt`,
  bulkWaiting: 'Utsendingen starter …',
  bulkDone: (issued: number, failed: number) =>
    `Ferdig: ${nbCount(issued, '# brev', '# brev')} sendt, ${failed} feilet.`,
  bulkFailedLetter: (id: number, error: string) => `Brev ${id}: ${error}`,
  bulkJobFailed: (reason: string) => `Utsendingen stoppet: ${reason}`,
  bulkLost: 'Mistet kontakten med utsendingen. Last siden på nytt for å se status.',
};

export const en: typeof nb = {
  bulkIssue: 'Issue all approved letters',
  bulkIssueTitle: 'Issuing approved letters',
  bulkProgress: (done, total) => `${done} of ${enCount(total, '# letter', '# letters')} issued`,
  bulkWaiting: 'Starting …',
  bulkDone: (issued, failed) => `Finished: ${enCount(issued, '# letter', '# letters')} issued, ${failed} failed.`,
  bulkFailedLetter: (id, error) => `Letter ${id}: ${error}`,
  bulkJobFailed: (reason) => `Issuing stopped: ${reason}`,
  bulkLost: 'Lost contact with the job. Reload the page to see its state.',
};
