// Reference numbers in the directorate's "yy/nnnnn" style (e.g. 26/00412). An issued letter's own
// reference ("Vår ref.", yy/nnnnn-n) comes from its journal entry: server/archive/numbers.ts.
export const formatReferenceNumber = (year: number, serial: number) =>
  `${String(year % 100).padStart(2, '0')}/${String(serial).padStart(5, '0')}`;
