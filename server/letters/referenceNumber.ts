// Reference numbers in the directorate's "yy/nnnnn" style (e.g. 26/00412).
export const formatReferenceNumber = (year: number, serial: number) =>
  `${String(year % 100).padStart(2, '0')}/${String(serial).padStart(5, '0')}`;

/** The letter's own id is the serial: unique without a counter that concurrent issues would contend for. */
export const referenceNumberFor = (letter: { id: number; year: number }) =>
  formatReferenceNumber(letter.year, letter.id);
